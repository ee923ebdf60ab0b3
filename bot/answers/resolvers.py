"""Intent -> resolver: the function that renders the answer from the event data."""

from __future__ import annotations

from bot.answers import resolve_agenda as ra
from bot.answers import resolve_funding as rf
from bot.answers import resolve_general as rg
from bot.answers import resolve_languages as rl
from bot.answers import resolve_place as rp
from bot.answers import resolve_sponsor as rs
from bot.answers import resolve_time as rt
from bot.answers import resolve_visit as rv
from bot.answers.counting import count
from bot.answers.model import Resolver
from bot.answers.resolve_unknown import UNKNOWN_TOPICS, complaint, greet, help_me, thanks, unknown_topic
from bot.answers.terms import heading, term_unknown

RESOLVERS: dict[str, Resolver] = {
    "schedule": rt.schedule,
    "duration": rt.duration,
    "time_in_place": rt.time_in_place,
    "agenda": ra.agenda,
    "speakers": rt.speakers,
    "field_visit": rv.field_visit,
    "purpose": rt.purpose,
    "where": rp.where,
    "format": rp.where,
    "connect": rp.connect,
    "languages": rl.languages,
    "accessibility": rl.accessibility,
    "contact": rp.contact,
    "links": rp.links,
    "organisers": rp.organisers,
    "funders": rf.funders,
    "person": rp.person,
    "participants": rp.participants,
    "open_points": rp.open_points,
    "sponsorship": rs.overview,
    "sp_travel": rs.overview,
    "sp_covers": rs.covers,
    "sp_eligible": rs.eligible,
    "sp_nominations": rs.nominations,
    "sp_deadline": rs.sponsorship_deadline,
    "sp_apply": rs.apply,
    "submit": rs.submit,
    "sp_ngo": rs.organisations,
    "registration": rs.registration,
    "reg_deadline": rs.registration_deadline,
    "deadline": rs.any_deadline,
    "floor": rs.floor,
    "title": rg.title,
    "invitation_date": rg.invitation_date,
    "preparation": rg.preparation,
    "observers": rg.observers,
    "clearance_deadlines": rg.clearance_deadlines,
    "count": count,
    "unknown_term": term_unknown,
    "heading": heading,
    "greet": greet,
    "thanks": thanks,
    "help": help_me,
    "complaint": complaint,
    **{f"unknown_{c.lower()}": unknown_topic(c) for c in UNKNOWN_TOPICS},
}
RESOLVERS["perdiem_amount"] = RESOLVERS["unknown_perdiem"]
