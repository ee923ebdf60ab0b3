"""Acceptance: sponsorship requests through the local Bot API: slots, nominees, travel needs, deadlines,
eligibility and invitations; the database is re-read after each act."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.clock import FixedClock
from bot.localrun import RunningBot
from bot.services.sponsorship.invitations import InvitationService
from bot.services.sponsorship.service import SponsorshipService
from localapi import LocalBotApi
from storage.db import Database
from tests.support.registration import EN, ES, Stored, drive, open_rsvp, register, say, tap

AFTER_DEADLINE = datetime(2026, 4, 1, 6, 0, tzinfo=UTC)  # 1 April 00:00 in San Salvador


async def test_spanish_delegate_nominates_a_colleague(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    ana = local_api.user(3001, first_name="Ana", language_code="es")
    await register(ana, ES, "Ana Pérez", "Perú", "ana@example.org")
    slots = await tap(ana, ES.request)
    assert (
        "Solicitud de patrocinio" in slots.text and "31 de marzo de 2026 (hora de El Salvador)" in slots.text
    )
    assert slots.buttons == [
        "Asistencia a víctimas",
        "Centro de acción contra minas",
        "Tercera nominación · lista de espera",
    ]
    assert "asistencia a víctimas" in slots.text
    nominee = await tap(ana, "Asistencia a víctimas")
    assert nominee.buttons == [ES.myself, ES.colleague]
    await drive(ana, [("press", ES.colleague), ("send", "Luis Gómez"), ("send", "Jefe de Rehabilitación")])
    city = await say(ana, "luis.gomez@minsa.gob.pe")
    assert "ciudad" in city.text
    accommodation = await say(ana, "Lima")
    assert accommodation.buttons == [ES.yes, ES.no]
    await tap(ana, ES.yes)
    arrival = await tap(ana, ES.no)
    assert "Primera semana de mayo de 2026" in arrival.text and "por confirmar" in arrival.text
    wrong = await say(ana, "31/2/2026")
    assert "No pude leer esa fecha" in wrong.text
    far = await say(ana, "3/8/2026")
    assert "entre el 24 de abril de 2026 y el 17 de mayo de 2026" in far.text
    await say(ana, "2/5/2026")
    before = await say(ana, "30 de abril")
    assert "no puede ser anterior a la llegada (2 de mayo de 2026)" in before.text
    summary = await say(ana, "6 de mayo de 2026")
    assert "Luis Gómez" in summary.text and "Llegada: 2 de mayo de 2026" in summary.text
    done = await tap(ana, ES.confirm)

    (request,) = await Stored(database_url).requests(3001)
    assert f"Solicitud de patrocinio S{request.id} enviada para Luis Gómez" in done.text  # its own reference
    assert (request.status, request.party, request.slot_id) == ("submitted", "PE", "victim_assistance")
    assert (request.nominee_self, request.nominee_name) == (False, "Luis Gómez")
    assert (request.nominee_position, request.nominee_email) == (
        "Jefe de Rehabilitación",
        "luis.gomez@minsa.gob.pe",
    )
    assert (request.departure_city, request.accommodation, request.meals) == ("Lima", True, False)
    assert (request.arrival_date, request.departure_date) == (date(2026, 5, 2), date(2026, 5, 6))
    (claim,) = await Stored(database_url).claims()
    assert (claim.party, claim.slot_id, claim.seat_no, claim.request_id) == (
        "PE",
        "victim_assistance",
        0,
        request.id,
    )

    view = await say(ana, "/myregistration")
    assert "Luis Gómez: enviada (plaza reservada)" in view.text


async def test_english_self_nomination_then_taken_slot_is_waitlisted(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    first = local_api.user(3002, first_name="Maria", language_code="en")
    second = local_api.user(3003, first_name="Jorge", language_code="en")
    for u, name in ((first, "Maria Lopez"), (second, "Jorge Ruiz")):
        await register(u, EN, name, "Chile", f"{name.split()[0].lower()}@example.cl")
    await tap(first, EN.request)
    await drive(first, [("press", "Victim assistance"), ("press", EN.myself), ("send", "Santiago")])
    await drive(first, [("press", EN.yes), ("press", EN.yes), ("send", "3 May 2026")])
    summary = await say(first, "2026-05-07")
    assert "Nominee: 🙋 Myself" in summary.text and "Arrival: 3 May 2026" in summary.text
    assert "submitted" not in summary.text
    assert "submitted for Maria Lopez" in (await tap(first, EN.confirm)).text

    slots = await tap(second, EN.request)
    taken = "Victim assistance · waiting list"
    assert slots.buttons == [taken, "Mine action centre", "Third nomination · waiting list"]
    await drive(second, [("press", taken), ("press", EN.myself), ("send", "Valparaíso")])
    await drive(second, [("press", EN.no), ("press", EN.no), ("send", "4/5/2026"), ("send", "5/5/2026")])
    waitlisted = await tap(second, EN.confirm)
    assert "subject to availability" in waitlisted.text and "waiting list" in waitlisted.text

    mine, theirs = await Stored(database_url).requests()
    assert (mine.status, mine.nominee_name, mine.nominee_email) == (
        "submitted",
        "Maria Lopez",
        "maria@example.cl",
    )
    assert (theirs.status, theirs.slot_id, theirs.accommodation) == ("waitlisted", "victim_assistance", False)
    claims = {(c.slot_id, c.request_id) for c in await Stored(database_url).claims()}
    # The second nomination for the same role counts as the third one, which is subject to availability.
    assert claims == {("victim_assistance", mine.id), ("either_area", theirs.id)}


async def test_ineligible_state_is_told_and_forged_button_refused(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    u = local_api.user(3004, first_name="Pat", language_code="en")
    done = await register(u, EN, "Pat Jones", "Mexico", "pat@example.mx")
    assert (
        "only offered to the delegations of these States" in done.text
        and "Mexico is not among them" in done.text
    )
    assert EN.request not in done.buttons
    await u.press(data="sp:rsd2026", force=True)
    refused = await u.reply()
    assert "Mexico is not among them" in refused.text
    assert await Stored(database_url).requests(3004) == []
    assert await Stored(database_url).drafts(3004) == []


async def test_deadlines_close_registration_and_sponsorship(
    local_api: LocalBotApi, bot: RunningBot, database_url: str, clock: FixedClock
) -> None:
    early = local_api.user(3005, first_name="Early", language_code="en")
    await register(early, EN, "Early Bird", "Peru", "early@example.org")
    late = local_api.user(3006, first_name="Late", language_code="es")
    await open_rsvp(late)
    await drive(late, [("press", ES.agree), ("send", "Tardío Pérez")])

    clock.set(AFTER_DEADLINE)
    closed = await tap(early, EN.request)
    assert "deadline for sponsorship requests was 31 March 2026 (El Salvador time)" in closed.text
    assert "isu@apminebanconvention.org" in closed.text
    await drive(late, [("send", "Cargo"), ("press", ES.state), ("send", "Chile"), ("send", "Min")])
    await drive(
        late, [("send", "t@example.cl"), ("press", ES.skip), ("press", "Español"), ("press", ES.none)]
    )
    await tap(late, "Ninguno")
    refused = await tap(late, ES.confirm)
    assert "La inscripción se cerró el 31 de marzo de 2026 (hora de El Salvador)" in refused.text
    newcomer = local_api.user(3007, first_name="New", language_code="en")
    await newcomer.send("/start rsd2026")
    await newcomer.replies(2)
    assert "Registration closed on 31 March 2026" in (await say(newcomer, "/register")).text

    assert await Stored(database_url).requests(3005) == []
    assert await Stored(database_url).registrations(3006) == []
    assert await Stored(database_url).drafts(3007) == []


async def test_organisation_requests_with_an_invitation_code(
    local_api: LocalBotApi, bot: RunningBot, database_url: str, clock: FixedClock
) -> None:
    db = Database(database_url)
    async with db.session() as session:
        invitation = await InvitationService(session, clock.now()).create_invitation(
            "rsd2026", "Survivors Network"
        )
    await db.dispose()
    u = local_api.user(3008, first_name="Nora", language_code="en")
    await open_rsvp(u)
    await drive(u, [("press", EN.agree), ("send", "Nora Diaz"), ("send", "Coordinator"), ("press", EN.ngo)])
    country = await say(u, "El Salvador")
    assert "name of your organisation" in country.text
    await drive(u, [("send", "Survivors Network"), ("send", "nora@survivors.org"), ("press", EN.skip)])
    await drive(u, [("press", "Spanish"), ("press", EN.none), ("press", "None")])
    offer = await tap(u, EN.confirm)
    screen = await tap(u, offer.buttons[0])  # sponsorship for organisations is by invitation...
    assert "by invitation" in screen.text
    code_prompt = await tap(u, "🔑 I have a code")  # ...and Nora has a code
    assert "invitation code" in code_prompt.text
    assert "do not know that invitation code" in (await say(u, "INV-2222")).text
    nominee = await say(u, invitation.code.lower())
    assert nominee.buttons == [EN.myself, EN.colleague]
    await drive(u, [("press", EN.myself), ("send", "San Salvador"), ("press", EN.no), ("press", EN.no)])
    await drive(u, [("send", "4/5/2026"), ("send", "5/5/2026")])
    assert "submitted" in (await tap(u, EN.confirm)).text

    (request,) = await Stored(database_url).requests(3008)
    assert (request.party, request.slot_id, request.status) == (
        f"org:{invitation.code}",
        "organisation",
        "submitted",
    )
    (used,) = await Stored(database_url).invitations()
    assert used.used_by_user_id == 3008 and used.used_at == clock.now()


async def test_decisions_show_in_my_registration_and_a_request_can_be_withdrawn(
    local_api: LocalBotApi, bot: RunningBot, database_url: str, clock: FixedClock
) -> None:
    u = local_api.user(3009, first_name="Eli", language_code="en")
    await register(u, EN, "Eli Mora", "Guatemala", "eli@example.gt")
    for slot, nominee in (("Victim assistance", "Ana Paz"), ("Mine action centre", "Beto Paz")):
        await say(u, "/myregistration")
        await drive(u, [("press", EN.request), ("press", slot), ("press", EN.colleague), ("send", nominee)])
        await drive(
            u, [("send", "Officer"), ("send", "x@example.gt"), ("send", "Guatemala City"), ("press", EN.no)]
        )
        await drive(u, [("press", EN.no), ("send", "4/5/2026"), ("send", "5/5/2026"), ("press", EN.confirm)])
    first, _ = await Stored(database_url).requests(3009)
    db = Database(database_url)
    async with db.session() as session:
        assert (await SponsorshipService(session, clock.now()).decide(first.id, "approved", 77)).ok
    await db.dispose()
    view = await say(u, "/myregistration")
    assert "Ana Paz: ✅ approved" in view.text and "Beto Paz: submitted (place held)" in view.text
    ask = await tap(u, "🗑 Withdraw the request for Beto Paz")
    assert "Do you really want to withdraw the sponsorship request for Beto Paz?" in ask.text
    assert "has been withdrawn" in (await tap(u, "Yes, withdraw")).text
    statuses = [r.status for r in await Stored(database_url).requests(3009)]
    assert statuses == ["approved", "withdrawn"]
    assert [c.request_id for c in await Stored(database_url).claims()] == [first.id]


async def test_cancel_from_the_summary_stores_nothing(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    u = local_api.user(3010, first_name="Ola", language_code="en")
    await register(u, EN, "Ola Ruiz", "Argentina", "ola@example.ar")
    await tap(u, EN.request)
    await drive(u, [("press", "Mine action centre"), ("press", EN.myself), ("send", "Buenos Aires")])
    await drive(u, [("press", EN.yes), ("press", EN.yes), ("send", "1/5/2026"), ("send", "5/5/2026")])
    cancelled = await tap(u, "✖️ Cancel")
    assert "Stopped" in cancelled.text
    assert await Stored(database_url).requests(3010) == [] and await Stored(database_url).drafts(3010) == []
