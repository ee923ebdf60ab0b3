"""Acceptance: organisers decide sponsorship requests from the group post's buttons, confirming each
decision; only organisers may; a double tap or two organisers at once give one outcome; forged buttons
change nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bot.clock import FixedClock
from bot.events.registry import EventRegistry
from bot.services.audit import Organiser
from bot.services.organisers.decisions import DecisionService
from localapi import LocalBotApi, LocalUser, MessageRecord
from storage.db import Database
from tests.conftest import EVENTS_DIR
from tests.support.organisers import (
    ADMIN,
    GROUP,
    MEMBER,
    ORGANISER,
    Organisers,
    audit,
    organisers_bot,
    outbox,
    posts,
    request_sponsorship,
    settled,
)
from tests.support.registration import EN, ES, Labels, Stored, register
from tests.support.waiting import PATIENCE, eventually

BUTTONS = ["✅ Approve", "✖️ Decline", "⏳ Waiting list"]
CONFIRM = {label: f"{label} without a reason" for label in BUTTONS}
CHANGE = "✏️ Change decision"
WHEN = "20 March 2026, 09:00 (El Salvador time)"  # the fixed clock, 15:00 UTC, in San Salvador


async def asked(org: Organisers, who: int, label: str, message: MessageRecord) -> MessageRecord:
    """An organiser presses a decision button; the confirmation the bot replies with in the group."""
    since = org.mark()
    await org.member(who).press(label, message=message)
    (ask,) = await org.posts(since)
    return ask


async def decided(
    org: Organisers, who: int, label: str, message: MessageRecord, reason: str | None = None
) -> MessageRecord:
    """Press a decision button, then confirm it (with the reason button `reason`, else without one);
    the confirmation message once edited to say what was decided."""
    ask = await asked(org, who, label, message)
    await org.member(who).press(reason or CONFIRM[label], message=ask)
    return await shown(org, ask, lambda m: not m.buttons)


async def shown(
    org: Organisers, message: MessageRecord, ok: Callable[[MessageRecord], object]
) -> MessageRecord:
    """A group message once `ok` accepts it as it is now (edits arrive through the outbox)."""

    def now() -> MessageRecord | None:
        return org.api.state.message(GROUP, message.message_id)

    return await eventually(now, lambda m: m is not None and ok(m))  # type: ignore[arg-type]


async def requested(org: Organisers, u: LocalUser, labels: Labels, name: str) -> MessageRecord:
    """Register and request sponsorship; the request's post in the group."""
    since = org.mark()
    await register(u, labels, name, "Perú" if labels is ES else "Peru", f"{u.id}@example.org")
    await request_sponsorship(u, labels)
    found = await org.posts(since, 2)
    (post,) = [p for p in found if p.buttons]
    await eventually(lambda: posts(org.url), lambda rows: any(r.message_id == post.message_id for r in rows))
    return post


def answers(api: LocalBotApi, user_id: int) -> list[str]:
    return [c.answer["text"] for c in api.callback_queries(user_id) if c.answer]


async def test_an_approval_reaches_the_delegate_in_spanish_and_edits_the_post(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        ana = local_api.user(5201, first_name="Ana", language_code="es")
        post = await requested(org, ana, ES, "Ana Pérez")
        reference = (await Stored(database_url).registration(5201)).reference
        (request,) = await Stored(database_url).requests(5201)
        head = f"✈️ Sponsorship request · S{request.id} · {reference} · Regional Stakeholder Dialogue"
        assert post.text.startswith(head)
        assert "Nominee: Ana Pérez" in post.text and "Status: submitted (place held)" in post.text
        assert post.buttons == BUTTONS
        since = org.mark()
        ask = await asked(org, ORGANISER, "✅ Approve", post)
        assert ask.text.startswith(f"✅ Approve sponsorship request S{request.id} (Ana Pérez, Peru)?")
        assert ask.buttons == ["✅ Approve without a reason", "Cancel"]  # rsd2026 gives no reason to approve
        assert (await Stored(database_url).requests(5201))[0].status == "submitted"  # not yet
        await org.member(ORGANISER).press("✅ Approve without a reason", message=ask)
        (told,) = await local_api.wait_for_messages(ana.id, 1, PATIENCE, since=since)
        assert "Su solicitud de patrocinio para Ana Pérez" in told.text and "ha sido aprobada" in told.text
        assert "Motivo" not in told.text
        edited = await shown(org, post, lambda m: "Approved by" in m.text)
        assert edited.buttons == [CHANGE] and "Status: approved" in edited.text
        assert f"✅ Approved by Olga, {WHEN}" in edited.text
        done = await shown(org, ask, lambda m: not m.buttons)
        assert done.text == f"✅ Sponsorship request S{request.id} approved by Olga. The delegate is told."
        assert answers(local_api, ORGANISER) == ["Confirm below.", "Approved."]

    (request,) = await Stored(database_url).requests(5201)
    assert (request.status, request.decided_by, request.decided_at) == ("approved", ORGANISER, clock.now())
    decision = (await audit(database_url, reference))[-1]
    assert (decision.action, decision.actor_kind, decision.actor_id) == (
        "sponsorship.approved",
        "organiser",
        ORGANISER,
    )
    assert (decision.before["status"], decision.after["status"]) == ("submitted", "approved")


async def test_non_organisers_are_refused_and_nothing_changes(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        u = local_api.user(5202, first_name="Leo", language_code="en")
        post = await requested(org, u, EN, "Leo Ruiz")
        reference = (await Stored(database_url).registration(5202)).reference
        entries = len(await audit(database_url))
        mallory = org.member(MEMBER)
        await mallory.press("✅ Approve", message=post)
        await local_api.wait_until(lambda: answers(local_api, MEMBER), PATIENCE)
        assert answers(local_api, MEMBER) == ["Only the organisers can do this."]
        for command in ("/invite rsd2026 Fake NGO", f"/audit {reference}"):
            await mallory.send(command)
            assert (await mallory.reply()).text == "Only the organisers can do this."
        private = local_api.user(MEMBER)
        await private.send("/invite rsd2026")
        assert (await private.reply()).text == "Only the organisers can do this."
        assert local_api.state.message(GROUP, post.message_id).buttons == BUTTONS  # not edited

    (request,) = await Stored(database_url).requests(5202)
    assert (request.status, request.decided_by) == ("submitted", None)
    assert await Stored(database_url).invitations() == [] and len(await audit(database_url)) == entries
    assert [r for r in await outbox(database_url) if r.channel == "delegate"] == []


async def test_a_double_tap_decides_once(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        u = local_api.user(5203, first_name="Eli", language_code="en")
        post = await requested(org, u, EN, "Eli Mora")
        ask = await asked(org, ORGANISER, "✅ Approve", post)
        approve = ask.find_button(label="✅ Approve without a reason")["callback_data"]
        olga = org.member(ORGANISER)
        since = org.mark()
        await olga.press(data=approve, message=ask)
        await olga.press(data=approve, message=ask, force=True)
        await local_api.wait_until(lambda: len(answers(local_api, ORGANISER)) == 3, PATIENCE)
        assert answers(local_api, ORGANISER)[1:] == [
            "Approved.",
            f"Already decided by Olga, {WHEN}: approved. Nothing changed.",
        ]
        await local_api.wait_for_messages(u.id, 1, PATIENCE, since=since)
        await org.posts(since)

        # The second tap was answered after its commit: anything it queued is in the outbox, and is sent too.
        rows = await settled(database_url)
    decided = sorted((r.channel, r.status) for r in rows if r.channel in ("delegate", "edit"))
    assert decided == [("delegate", "sent"), ("edit", "sent")]
    decisions = [e for e in await audit(database_url) if e.actor_kind == "organiser"]
    assert [e.action for e in decisions] == ["sponsorship.approved"]


async def test_two_organisers_pressing_at_once_give_one_outcome(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        u = local_api.user(5204, first_name="Ola", language_code="en")
        post = await requested(org, u, EN, "Ola Ruiz")
        approve = await asked(org, ORGANISER, "✅ Approve", post)
        decline = await asked(org, ADMIN, "✖️ Decline", post)
        await asyncio.gather(
            org.member(ORGANISER).press(CONFIRM["✅ Approve"], message=approve),
            org.member(ADMIN).press(CONFIRM["✖️ Decline"], message=decline),
        )
        await local_api.wait_until(
            lambda: len(answers(local_api, ORGANISER)) == 2 and len(answers(local_api, ADMIN)) == 2, PATIENCE
        )
        olga, adrian = answers(local_api, ORGANISER)[1], answers(local_api, ADMIN)[1]
    (request,) = await Stored(database_url).requests(5204)
    if request.status == "approved":
        assert (olga, adrian) == ("Approved.", f"Already decided by Olga, {WHEN}: approved. Nothing changed.")
    else:
        assert (olga, adrian) == (
            f"Already decided by Adrián, {WHEN}: declined. Nothing changed.",
            "Declined.",
        )
    assert len([e for e in await audit(database_url) if e.actor_kind == "organiser"]) == 1


async def test_concurrent_decisions_in_separate_transactions(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        u = local_api.user(5205, first_name="Rai", language_code="en")
        await requested(org, u, EN, "Rai Soto")
        (request,) = await Stored(database_url).requests(5205)
        db = Database(database_url)

        async def decide(organiser: Organiser, code: str):  # type: ignore[no-untyped-def]
            async with db.session() as session:
                service = DecisionService(session, clock.now(), EventRegistry(EVENTS_DIR))
                return await service.decide(request.id, code, organiser)

        outcomes = await asyncio.gather(
            decide(Organiser(ORGANISER, "Olga"), "as"), decide(Organiser(ADMIN, "Adrián"), "ws")
        )
        await db.dispose()
    assert sorted(o.kind for o in outcomes) == ["already", "done"]
    done = next(o for o in outcomes if o.kind == "done")
    already = next(o for o in outcomes if o.kind == "already")
    assert (already.status, already.by) == (done.status, done.by)
    (stored,) = await Stored(database_url).requests(5205)
    assert stored.status == done.status
    assert len([r for r in await outbox(database_url) if r.channel == "delegate"]) == 1


async def test_forged_and_misplaced_buttons_change_nothing(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        u = local_api.user(5206, first_name="Ivo", language_code="en")
        post = await requested(org, u, EN, "Ivo Lara")
        (request,) = await Stored(database_url).requests(5206)
        approve = post.find_button(label="✅ Approve")["callback_data"]
        other = next(m for m in local_api.bot_messages(GROUP) if m.message_id != post.message_id)
        olga = org.member(ORGANISER)
        for data, message in (
            (f"od:{request.id}:as:AAAAAAAAAAA", post),  # a made-up signature
            (approve.replace(f"od:{request.id}:", f"od:{request.id + 1}:"), post),  # another request
            (approve, other),  # a real button pressed on another message
        ):
            await olga.press(data=data, message=message, force=True)
        await local_api.wait_until(lambda: len(answers(local_api, ORGANISER)) == 3, PATIENCE)
        assert set(answers(local_api, ORGANISER)) == {"This button is no longer valid; nothing changed."}
    (stored,) = await Stored(database_url).requests(5206)
    assert (stored.status, stored.decided_by) == ("submitted", None)


async def test_the_waiting_list_frees_the_seat_and_keeps_approve_and_decline(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        u = local_api.user(5207, first_name="Tea", language_code="en")
        post = await requested(org, u, EN, "Tea Vidal")
        assert len(await Stored(database_url).claims()) == 1
        old_approve = post.find_button(label="✅ Approve")["callback_data"]
        since = org.mark()
        await decided(org, ADMIN, "⏳ Waiting list", post)
        (told,) = await local_api.wait_for_messages(u.id, 1, PATIENCE, since=since)
        assert "is on the waiting list" in told.text
        edited = await shown(org, post, lambda m: "Put on the waiting list by" in m.text)
        assert edited.buttons == ["✅ Approve", "✖️ Decline"]
        assert f"Put on the waiting list by Adrián, {WHEN}" in edited.text
        assert await Stored(database_url).claims() == []
        await org.member(ORGANISER).press(data=old_approve, message=post, force=True)  # made for "submitted"
        await local_api.wait_until(lambda: answers(local_api, ORGANISER), PATIENCE)
        assert answers(local_api, ORGANISER) == [
            f"Already decided by Adrián, {WHEN}: on the waiting list. Nothing changed."
        ]
        assert (await Stored(database_url).requests(5207))[0].status == "waitlisted"
        await decided(org, ORGANISER, "✅ Approve", edited)
        approved = await shown(org, post, lambda m: "Approved by" in m.text)
        assert f"✅ Approved by Olga, {WHEN}" in approved.text and approved.buttons == [CHANGE]
    (stored,) = await Stored(database_url).requests(5207)
    assert stored.status == "approved"
