"""Acceptance: a decision carries a reason (a standard one from the event file, read by the delegate in
their language, or the organiser's own words), can be cancelled before it is confirmed, changed later with
the post's button or /decide, and the audit log shows each step; a colleague nominated by someone else
is told too."""

from __future__ import annotations

from bot.clock import FixedClock
from bot.events.registry import EventRegistry
from bot.services.sponsorship.service import SponsorshipService
from localapi import LocalBotApi, MessageRecord
from storage.db import Database
from storage.registrations import RegistrationRepository
from tests.conftest import EVENTS_DIR
from tests.support.organisers import (
    GROUP,
    MAILBOX,
    ORGANISER,
    Organisers,
    audit,
    organisers_bot,
    settled,
)
from tests.support.registration import EN, ES, Stored, register, say
from tests.support.waiting import PATIENCE, eventually
from tests.test_decisions import CHANGE, WHEN, asked, decided, requested, shown

PROFILE_EN = "The nomination does not match the roles the invitation describes."
PROFILE_ES = "La nominación no corresponde a las funciones que describe la invitación."


async def test_a_standard_reason_reaches_the_delegate_in_spanish_and_the_decision_changes_later(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        ana = local_api.user(5801, first_name="Ana", language_code="es")
        post = await requested(org, ana, ES, "Ana Pérez")
        (request,) = await Stored(database_url).requests(5801)
        ref = f"S{request.id}"
        ask = await asked(org, ORGANISER, "✖️ Decline", post)
        assert ask.buttons == [
            "Funds already allocated",
            "State's two places taken",
            "Profile does not match",
            "✖️ Decline without a reason",
            "Cancel",
        ]
        assert "Choose the reason the delegate will read" in ask.text and f"/decide {ref} decline" in ask.text
        since = org.mark()
        await org.member(ORGANISER).press("Profile does not match", message=ask)
        (told,) = await local_api.wait_for_messages(ana.id, 1, PATIENCE, since=since)
        assert "ha sido denegada" in told.text and f"Motivo: {PROFILE_ES}" in told.text
        edited = await shown(org, post, lambda m: "Declined by" in m.text)
        assert f"✖️ Declined by Olga, {WHEN}\nReason: {PROFILE_EN}" in edited.text
        assert edited.buttons == [CHANGE]

        since = org.mark()
        await org.member(ORGANISER).press(CHANGE, message=edited)
        (choices,) = await org.posts(since)
        assert (
            choices.text
            == f"Sponsorship request {ref} · Ana Pérez · Peru: declined.\nChoose the new decision:"
        )
        assert choices.buttons == ["✅ Approve", "⏳ Waiting list"]
        since = org.mark()
        await decided(org, ORGANISER, "✅ Approve", choices)
        (changed,) = await local_api.wait_for_messages(ana.id, 1, PATIENCE, since=since)
        assert changed.text.startswith("🔄 Los organizadores cambiaron su decisión")
        assert "ha sido aprobada" in changed.text and "Motivo" not in changed.text
        approved = await shown(org, post, lambda m: "Approved by" in m.text)
        assert "Reason:" not in approved.text and approved.buttons == [CHANGE]

        mine = await say(ana, "/myregistration")
        assert f"• {ref} · Ana Pérez: ✅ aprobada" in mine.text  # the request's own reference
        history = await say(local_api.user(ORGANISER), f"/audit {ref.lower()}")
    lines = history.text.split("\n")
    assert lines[0] == f"🗂 History of {ref}"
    assert f"{WHEN} · sponsorship request {ref} made (place held) · the delegate" in lines
    declined = lines.index(f"{WHEN} · sponsorship request {ref} declined · Olga")
    assert lines[declined + 1 : declined + 3] == [
        "    status: submitted → declined",
        "    reason: — → profile",
    ]
    approved_at = lines.index(f"{WHEN} · sponsorship request {ref} approved · Olga")
    assert lines[approved_at + 1 :] == ["    status: declined → approved"]  # no reason this time
    (stored,) = await Stored(database_url).requests(5801)
    assert stored.status == "approved"


async def test_decide_with_own_words_in_spanish_for_an_english_delegate_and_a_cancelled_change(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock, ORGANISER_LANGUAGE="es") as org:
        john = local_api.user(5802, first_name="John", language_code="en")
        post = await requested(org, john, EN, "John Smith")
        (request,) = await Stored(database_url).requests(5802)
        reference, ref = (await Stored(database_url).registration(5802)).reference, f"S{request.id}"
        olga = local_api.user(ORGANISER)
        assert "Uso: /decide REFERENCIA" in (await say(olga, "/decide")).text
        unknown = await say(olga, "/decide S99999")
        assert unknown.text == "Ninguna solicitud de patrocinio tiene la referencia «S99999»."
        found = await say(olga, f"/registration s{request.id}")  # finds the registration
        assert found.text.startswith(f"👤 {reference} · ") and f"{ref} John Smith: enviada" in found.text
        offered = await say(olga, f"/decide {reference.lower()}")  # a registration with a single request
        assert offered.text.startswith(f"Solicitud de patrocinio {ref} · John Smith · Perú: enviada")
        assert offered.buttons == ["✅ Aprobar", "✖️ Rechazar", "⏳ Lista de espera"]

        since = org.mark()
        done = await say(olga, f"/decide {ref} rechazar The nomination arrived after the deadline.")
        assert done.text.startswith(f"✖️ Solicitud de patrocinio {ref} rechazada por Olga.")
        assert done.text.endswith("Se avisa a la persona delegada, con el motivo.")
        (told,) = await local_api.wait_for_messages(john.id, 1, PATIENCE, since=since)
        assert "has been declined" in told.text
        assert "Reason: The nomination arrived after the deadline." in told.text
        edited = await shown(org, post, lambda m: "✖️ Rechazada por Olga" in m.text)
        assert "Motivo: The nomination arrived after the deadline." in edited.text
        again = await say(olga, f"/decide {ref} decline")
        assert again.text == f"La solicitud de patrocinio {ref} ya está rechazada. No se cambió nada."

        since = org.mark()
        await org.member(ORGANISER).press("✏️ Cambiar la decisión", message=edited)
        (choices,) = await org.posts(since)
        ask = await asked(org, ORGANISER, "✅ Aprobar", choices)
        assert ask.buttons == ["✅ Aprobar sin motivo", "Cancelar"]
        await org.member(ORGANISER).press("Cancelar", message=ask)
        cancelled = await shown(org, ask, lambda m: not m.buttons)
        assert cancelled.text == f"No se cambió nada: la solicitud de patrocinio {ref} sigue rechazada."
    (stored,) = await Stored(database_url).requests(5802)
    assert stored.status == "declined"
    decisions = [e for e in await audit(database_url, reference) if e.actor_kind == "organiser"]
    assert [(e.action, e.after["reason"]) for e in decisions] == [("sponsorship.declined", "own_words")]
    assert "deadline" not in str([(e.before, e.after) for e in await audit(database_url)])


async def test_a_colleague_who_uses_the_bot_is_told_of_the_decision_in_their_language(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        luis = local_api.user(5803, first_name="Luis", language_code="en")
        await register(luis, EN, "Luis Gómez", "Peru", "Luis.Gomez@minsa.gob.pe")
        ana = local_api.user(5804, first_name="Ana", language_code="es")
        await register(ana, ES, "Ana Pérez", "Perú", "ana@rree.gob.pe")
        post = await _nominated(org, clock, 5804, "luis.gomez@minsa.gob.pe")
        since = org.mark()
        await decided(org, ORGANISER, "✅ Approve", post)
        (to_ana,) = await local_api.wait_for_messages(ana.id, 1, PATIENCE, since=since)
        (to_luis,) = await local_api.wait_for_messages(luis.id, 1, PATIENCE, since=since)
    assert "Su solicitud de patrocinio para Luis Gómez" in to_ana.text and "aprobada" in to_ana.text
    assert to_luis.text.startswith("✅ The sponsorship request Ana Pérez made for you")
    assert "has been approved" in to_luis.text


async def test_a_colleague_who_does_not_use_the_bot_is_told_by_e_mail_in_the_requesters_language(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        ana = local_api.user(5805, first_name="Ana", language_code="es")
        await register(ana, ES, "Ana Pérez", "Perú", "ana@rree.gob.pe")
        post = await _nominated(org, clock, 5805, "luis.gomez@minsa.gob.pe")
        copies = await org.mails(2)  # the organisers' copies of the registration and of the request
        since = org.mark()
        await decided(org, ORGANISER, "✖️ Decline", post, "Profile does not match")
        await local_api.wait_for_messages(ana.id, 1, PATIENCE, since=since)
        mails = await org.mails(3)
        rows = await settled(database_url)
    assert mails[:2] == copies and all(m["To"] == MAILBOX for m in copies)
    (to_luis,) = mails[2:]
    assert to_luis["To"] == "luis.gomez@minsa.gob.pe"
    assert to_luis["Subject"].startswith("Solicitud de patrocinio a su nombre: ")
    body = to_luis.get_content()
    assert "A la atención de Luis Gómez:" in body and "Ana Pérez pidió a los organizadores" in body
    assert "La solicitud ha sido denegada." in body and f"Motivo: {PROFILE_ES}" in body
    assert "<b>" not in body
    (row,) = [r for r in rows if r.template == "nominee_mail"]
    assert (row.channel, row.status, row.payload) == ("mail", "sent", {})  # no address left behind


async def _nominated(org: Organisers, clock: FixedClock, user_id: int, email: str) -> MessageRecord:
    """A request for a colleague, made through the sponsorship service (the form is tested elsewhere); its
    post in the organisers' group."""
    since = org.mark()
    await _nominate(org.url, clock, user_id, email)
    (post,) = await eventually(lambda: [m for m in org.api.messages_since(since, GROUP) if m.buttons])
    return post


async def _nominate(database_url: str, clock: FixedClock, user_id: int, email: str) -> None:
    """A request for a colleague, made through the sponsorship service."""
    event = EventRegistry(EVENTS_DIR).get("rsd2026")
    assert event is not None
    db = Database(database_url)
    values = {"slot": "victim_assistance", "nominee": "colleague", "nominee_name": "Luis Gómez"}
    async with db.session() as session:
        registration = await RegistrationRepository(session).find(user_id, "rsd2026")
        assert registration is not None
        done = await SponsorshipService(session, clock.now()).submit(
            event, registration, {**values, "nominee_email": email, "departure_city": "Lima"}
        )
        assert done.status == "submitted"
    await db.dispose()
