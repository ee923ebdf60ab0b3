"""Acceptance: broadcasts through the local Bot API. An organiser writes an announcement in the group
(segment, Spanish, English, preview, send); each registrant gets it once, in their own language (else the
other one); a person who blocked the bot is marked and skipped next time; a 429 holds every send; a
non-organiser is refused at every step; a scheduled one fires once, after a restart too."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.clock import FixedClock
from localapi import Fault, LocalBotApi, LocalUser, MessageRecord
from localapi.state import CallRecord
from storage.models import Broadcast, BroadcastRecipient, EventSnapshot, User
from tests.conftest import EVENTS_DIR
from tests.support.database import rows
from tests.support.organiser_tools import (
    ADMIN,
    GROUP,
    MEMBER,
    answers,
    in_group,
    organisers_bot,
    ours,
    request_for_myself,
)
from tests.support.registration import EN, ES, open_rsvp, register, tap
from tests.support.waiting import eventually

TITLE_EN = "Regional Stakeholder Dialogue in the Americas 2026"
SPANISH = "Hola a todos: el programa provisional ya está publicado."
ENGLISH = "Hello all: the provisional programme is out."


async def recipients(url: str, broadcast_id: int) -> list[BroadcastRecipient]:
    found = await rows(url, BroadcastRecipient, BroadcastRecipient.broadcast_id == broadcast_id)
    return sorted(found, key=lambda r: r.user_id)


async def broadcasts(url: str) -> list[Broadcast]:
    return await rows(url, Broadcast)


async def three_registrants(local_api: LocalBotApi) -> tuple[LocalUser, LocalUser, LocalUser]:
    """Ana (Spanish), John and Eva (English), registered for rsd2026 through the bot."""
    ana = local_api.user(6101, first_name="Ana", language_code="es")
    await register(ana, ES, "Ana Pérez", "Perú", "ana@example.pe")
    john = local_api.user(6102, first_name="John", language_code="en")
    await register(john, EN, "John Smith", "Chile", "john@example.cl")
    eva = local_api.user(6103, first_name="Eva", language_code="en")
    await register(eva, EN, "Eva Ruiz", "Colombia", "eva@example.co")
    return ana, john, eva


def to(call: CallRecord) -> int:
    """The chat a Bot API call was made to (parameters arrive as text)."""
    return int(call.params.get("chat_id", 0))


def not_a_notice(message: MessageRecord) -> bool:
    """The broadcast tool's own messages, not the notices of new registrations posted meanwhile."""
    return not (message.text or "").startswith(("🆕", "✏️", "🙋", "❓"))


async def reply(org: LocalUser, count: int = 1) -> list[MessageRecord]:
    return await answers(org, count, not_a_notice)


async def choose(org: LocalUser, segment: str, replies: int) -> list[MessageRecord]:
    """/broadcast, then a segment's button: what the bot says next."""
    await org.send("/broadcast rsd2026")
    (start,) = await reply(org)
    assert "New announcement" in (start.text or "")
    await org.press(segment, message=start)
    return await reply(org, replies)


async def compose(org: LocalUser, segment: str, spanish: str | None, english: str | None) -> MessageRecord:
    """Write a broadcast as an organiser does; return the preview's summary (with its buttons)."""
    chosen, ask = await choose(org, segment, 2)
    assert segment in (chosen.text or "") and "in Spanish" in (ask.text or "")
    await org.send(spanish or "/skip", reply_to=ask)
    (ask_en,) = await reply(org)
    assert "in English" in (ask_en.text or "")
    await org.send(english or "/skip", reply_to=ask_en)
    previews = await reply(org, 1 + (spanish is not None) + (english is not None))
    summary = previews[-1]
    assert "what recipients will see" in (summary.text or "")
    return summary


async def test_a_bilingual_broadcast_reaches_each_registrant_once_in_their_language_and_skips_who_blocked(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        ana, john, eva = await three_registrants(local_api)
        eva.block()
        org = in_group(local_api, ADMIN)

        summary = await compose(org, "Everyone registered", SPANISH, ENGLISH)
        assert "3 recipients</b>" not in (summary.text or "")  # the text, not the HTML, is what is read
        assert "3 recipients: 1 in Spanish, 2 in English." in (summary.text or "")
        marked = local_api.mark()
        await org.press("📤 Send now to 3", message=summary)
        (first,) = await broadcasts(database_url)
        done = await eventually(lambda: broadcasts(database_url), lambda b: b[0].status == "done")
        assert done[0].id == first.id
        by_user = {r.user_id: r for r in await recipients(database_url, first.id)}
        assert {u: r.status for u, r in by_user.items()} == {
            ana.id: "sent",
            john.id: "sent",
            eva.id: "unreachable",
        }
        (to_ana,) = [m for m in local_api.messages_since(marked, ana.id) if SPANISH in (m.text or "")]
        assert (to_ana.text or "").startswith("📣 Diálogo Regional")
        (to_john,) = [m for m in local_api.messages_since(marked, john.id) if ENGLISH in (m.text or "")]
        assert (to_john.text or "").startswith(f"📣 {TITLE_EN}")
        assert not any(SPANISH in (m.text or "") for m in local_api.messages_since(marked, john.id))
        (eva_row,) = await rows(database_url, User, User.id == eva.id)
        assert eva_row.unreachable_since is not None
        report = await eventually(
            lambda: [
                m for m in local_api.messages_since(marked, org.chat_id) if "delivered" in (m.text or "")
            ]
        )
        assert "Sent 2 of 3 · unreachable (blocked the bot) 1 · failed 0" in (report[-1].text or "")
        await org.send("/stats rsd2026")
        stats, _chart = await answers(org, 2, ours("📊"))  # the counts, then the chart
        assert "1 confirmed registrant blocked the bot" in (stats.text or "")

        # English only: Ana gets the English text (a fallback, said in the preview); Eva is skipped unsent.
        summary = await compose(org, "Everyone registered", None, "Second notice: rooms are booked.")
        assert "2 recipients: 0 in Spanish, 2 in English. 1 of them gets the other language" in (
            summary.text or ""
        )
        assert "1 blocked the bot and will be skipped" in (summary.text or "")
        before = len([c for c in local_api.calls("sendMessage") if to(c) == eva.id])
        await org.press("📤 Send now to 2", message=summary)
        second = await eventually(lambda: broadcasts(database_url), lambda b: b[-1].status == "done")
        statuses = {r.user_id: (r.status, r.error) for r in await recipients(database_url, second[-1].id)}
        assert statuses[eva.id] == ("unreachable", "blocked the bot earlier")
        assert statuses[ana.id][0] == statuses[john.id][0] == "sent"
        after = len([c for c in local_api.calls("sendMessage") if to(c) == eva.id])
        assert after == before  # not even tried
        assert any("Second notice" in (m.text or "") for m in local_api.messages_since(marked, ana.id))


async def test_a_429_holds_every_send_until_retry_after_and_nothing_is_doubled(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        ana, john, eva = await three_registrants(local_api)
        org = in_group(local_api, ADMIN)
        summary = await compose(org, "Everyone registered", SPANISH, ENGLISH)
        local_api.add_fault(Fault.flood("sendMessage", retry_after=2, chat_id=ana.id))
        await org.press("📤 Send now to 3", message=summary)
        await eventually(lambda: broadcasts(database_url), lambda b: b[0].status == "done")
        calls = [c for c in local_api.calls("sendMessage") if to(c) in (ana.id, john.id, eva.id)]
        broadcast_calls = [c for c in calls if "📣" in str(c.params.get("text", ""))]
        (flood,) = [c for c in broadcast_calls if c.error_code == 429]
        later = [c for c in broadcast_calls if c.time > flood.time]
        assert later and all(c.time >= flood.time + 2 - 0.05 for c in later)  # nobody before retry_after
        delivered = [to(c) for c in broadcast_calls if c.ok]
        assert sorted(delivered) == sorted([ana.id, john.id, eva.id])  # each once, Ana after the wait


async def test_nobody_but_an_organiser_can_start_answer_see_or_stop_a_broadcast(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        org, member = in_group(local_api, ADMIN), in_group(local_api, MEMBER)
        await org.send("/broadcast rsd2026")
        (start,) = await reply(org)
        for command in ("/broadcast rsd2026", "/broadcasts", "/broadcast_cancel 1"):
            await member.send(command)
            (refusal,) = await member.replies(1)
            assert refusal.text == "Only the organisers can do this."
        await member.press("Everyone registered", message=start)  # the organiser's own button
        (draft,) = await broadcasts(database_url)
        assert (draft.step, draft.segment, draft.author_id) == ("segment", None, ADMIN)
        private = local_api.user(MEMBER)
        await private.send("/broadcast")
        (refused,) = await private.replies(1)
        assert refused.text == "Only the organisers can do this."
        assert len(await broadcasts(database_url)) == 1


async def test_a_scheduled_broadcast_fires_once_after_a_restart_and_only_to_its_segment(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        ana, john, eva = await three_registrants(local_api)
        org = in_group(local_api, ADMIN)
        summary = await compose(org, "People who use Spanish", SPANISH, None)
        await org.press("🕘 Schedule", message=summary)
        (ask,) = await answers(org, 1, lambda m: (m.text or "").startswith("🕘"))
        assert "When should it be sent?" in (ask.text or "")
        when = (clock.now() + timedelta(days=1)).astimezone().strftime("%Y-%m-%d 10:00")
        await org.send(when, reply_to=ask)
        (scheduled,) = await reply(org)
        assert "will be sent on" in (scheduled.text or "")
        (row,) = await broadcasts(database_url)
        assert row.status == "scheduled"
    clock.advance(timedelta(days=2))
    marked = local_api.mark()
    async with organisers_bot(local_api, database_url, clock):
        done = await eventually(lambda: broadcasts(database_url), lambda b: b[0].status == "done")
        sent = await recipients(database_url, done[0].id)
        assert [(r.user_id, r.status) for r in sent] == [(ana.id, "sent")]
        assert [m for m in local_api.messages_since(marked, ana.id) if SPANISH in (m.text or "")]
        assert not local_api.messages_since(marked, john.id) and not local_api.messages_since(marked, eva.id)


async def test_a_reminder_fires_once_after_restarts_and_only_to_the_people_missing_something(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    """rsd2026: sponsorship deadline 31 March, reminder 5 days before; registration closes the same day,
    reminder 3 days before. Ana (State, no request) and Mario (started registering) miss something; John
    requested sponsorship; Eva turned reminders off."""
    async with organisers_bot(local_api, database_url, clock):
        ana, john, eva = await three_registrants(local_api)
        await request_for_myself(john, "Santiago")
        await eva.send("/notifications")
        (state,) = await eva.replies(1)
        assert "Reminders are on" in (state.text or "")
        await eva.press("🔕 Turn reminders off", message=state)
        await eventually(lambda: rows(database_url, User, User.id == eva.id), lambda u: u[0].reminders_off)
        mario = local_api.user(6104, first_name="Mario", language_code="es")
        await open_rsvp(mario)
        await tap(mario, ES.agree)
    clock.set(datetime(2026, 3, 27, 12, 0, tzinfo=UTC))  # after the sponsorship reminder's time only
    marked = local_api.mark()
    for _ in range(2):  # a second start finds it already sent
        async with organisers_bot(local_api, database_url, clock):
            sent = await eventually(
                lambda: broadcasts(database_url), lambda b: [x.status for x in b] == ["done"]
            )
    (reminder,) = sent
    assert reminder.reminder == "sponsorship_deadline"
    assert [(r.user_id, r.status) for r in await recipients(database_url, reminder.id)] == [(ana.id, "sent")]
    (to_ana,) = [m for m in local_api.messages_since(marked, ana.id) if "⏰" in (m.text or "")]
    assert "El plazo para solicitar patrocinio vence el" in (to_ana.text or "")
    assert "31 de marzo de 2026" in (to_ana.text or "") and "23:59" not in (to_ana.text or "")
    assert (to_ana.text or "").startswith("📣 Diálogo Regional")
    assert not [m for m in local_api.messages_since(marked, john.id) if "⏰" in (m.text or "")]
    assert not [m for m in local_api.messages_since(marked, eva.id) if "⏰" in (m.text or "")]

    clock.set(datetime(2026, 3, 29, 12, 0, tzinfo=UTC))  # now registration closes in under 3 days
    async with organisers_bot(local_api, database_url, clock):
        done = await eventually(
            lambda: broadcasts(database_url), lambda b: len(b) == 2 and b[1].status == "done"
        )
    assert done[1].reminder == "registration_closes"
    assert [(r.user_id, r.status) for r in await recipients(database_url, done[1].id)] == [(mario.id, "sent")]
    (to_mario,) = [m for m in local_api.messages_since(marked, mario.id) if "⏰" in (m.text or "")]
    assert "La inscripción se cierra el" in (to_mario.text or "") and "/notifications" in (
        to_mario.text or ""
    )


async def test_reminders_missed_while_the_bot_was_down_are_reported_skipped_not_sent(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 4, 2, 12, 0, tzinfo=UTC))  # both rsd2026 deadlines passed unseen
    marked = local_api.mark()
    async with organisers_bot(local_api, database_url, clock):
        found = await eventually(lambda: broadcasts(database_url), lambda b: len(b) == 2)
        assert sorted((b.reminder, b.status) for b in found) == [
            ("registration_closes", "skipped"),
            ("sponsorship_deadline", "skipped"),
        ]
        notes = await eventually(
            lambda: [m for m in local_api.messages_since(marked, GROUP) if (m.text or "").startswith("⏭")],
            lambda n: len(n) == 2,
        )
        assert all("was not sent" in (n.text or "") for n in notes)
        org = in_group(local_api, ADMIN)
        await org.send("/broadcasts")
        (listing,) = await reply(org)
        assert (listing.text or "").count("not sent: its moment had passed") == 2


async def test_notifications_switch_reminders_off_and_on_in_both_languages(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        for user_id, code, off, on in (
            (6201, "es", "🔕 Desactivar los recordatorios", "🔔 Activar los recordatorios"),
            (6202, "en", "🔕 Turn reminders off", "🔔 Turn reminders on"),
        ):
            u = local_api.user(user_id, first_name="P", language_code=code)
            await u.send("/notifications")
            (state,) = await u.replies(1)
            await u.press(off, message=state)
            (changed,) = await u.replies(1)
            assert on in changed.buttons
            (stored,) = await rows(database_url, User, User.id == user_id)
            assert stored.reminders_off
            await u.press(on, message=changed)
            await eventually(
                lambda uid=user_id: rows(database_url, User, User.id == uid), lambda r: not r[0].reminders_off
            )


async def test_a_changed_event_date_proposes_a_notice_that_is_sent_only_on_an_organisers_tap(
    local_api: LocalBotApi, database_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    events = tmp_path / "events"
    shutil.copytree(EVENTS_DIR, events)
    extra = {"EVENTS_DIR": str(events), "EVENTS_RELOAD_SECONDS": 0}
    async with organisers_bot(local_api, database_url, clock, **extra):
        ana = local_api.user(6301, first_name="Ana", language_code="es")
        await register(ana, ES, "Ana Pérez", "Perú", "ana@example.pe")
        john = local_api.user(6302, first_name="John", language_code="en")
        await register(john, EN, "John Smith", "Chile", "john@example.cl")
        await eventually(
            lambda: rows(database_url, EventSnapshot, order=EventSnapshot.event_key), lambda r: len(r) == 3
        )
        marked = local_api.mark()
        path = events / "rsd2026.toml"
        text = path.read_text(encoding="utf-8")
        assert text.count("deadline = 2026-03-31T23:59:59-06:00") == 1
        path.write_text(
            text.replace("deadline = 2026-03-31T23:59:59-06:00", "deadline = 2026-04-07T23:59:59-06:00")
        )

        def proposals() -> list[MessageRecord]:
            return [m for m in local_api.messages_since(marked, GROUP) if (m.text or "").startswith("📝")]

        (post,) = await eventually(proposals)
        shown = post.text or ""
        assert "Proposed announcement to the 2 people registered" in shown
        assert "Sponsorship requests until: Tuesday, 31 March 2026 → Tuesday, 7 April 2026" in shown
        assert (
            "Solicitudes de patrocinio hasta: martes, 31 de marzo de 2026 → martes, 7 de abril de 2026"
            in shown
        )
        assert not [m for m in local_api.messages_since(marked, ana.id) if "🔔" in (m.text or "")]

        button = post.find_button("📤 Send to 2 registrants")
        assert button is not None
        send_now = button["callback_data"]
        member = in_group(local_api, MEMBER)
        await member.press("📤 Send to 2 registrants", message=post)
        refused = "Only the organisers can do this."
        await eventually(
            lambda: member.answers, lambda a: any((x.answer or {}).get("text") == refused for x in a)
        )
        (proposal,) = await broadcasts(database_url)
        assert proposal.status == "proposed"

        org = in_group(local_api, ADMIN)
        await org.press("📤 Send to 2 registrants", message=post)
        await eventually(lambda: broadcasts(database_url), lambda b: b[0].status == "done")
        (to_ana,) = [m for m in local_api.messages_since(marked, ana.id) if "🔔" in (m.text or "")]
        assert "martes, 7 de abril de 2026" in (to_ana.text or "") and (to_ana.text or "").startswith("📣")
        (to_john,) = [m for m in local_api.messages_since(marked, john.id) if "🔔" in (m.text or "")]
        assert "Please note a change" in (to_john.text or "") and "7 April 2026" in (to_john.text or "")
        await org.press(data=send_now, message=post, force=True)  # an old copy of the button: nothing more
        await eventually(lambda: org.answers, lambda a: any("no longer" in str(x.answer) for x in a))
        assert len(await broadcasts(database_url)) == 1
        assert len([m for m in local_api.messages_since(marked, ana.id) if "🔔" in (m.text or "")]) == 1


async def test_one_states_delegates_get_a_photo_with_its_caption_and_nobody_else_does(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        ana, john, eva = await three_registrants(local_api)  # Peru, Chile, Colombia
        org = in_group(local_api, ADMIN)
        (which,) = await choose(org, "One State's delegation…", 1)
        assert "Which State?" in (which.text or "")
        await org.send("Atlantis", reply_to=which)
        (unknown,) = await reply(org)
        assert "I do not recognise “Atlantis” as a State" in (unknown.text or "")
        await org.send("peru", reply_to=which)
        chosen, ask = await reply(org, 2)
        assert "State delegation of Peru: 1 person (Spanish 1, English 0)" in (chosen.text or "")
        assert "in Spanish" in (ask.text or "")
        await org.send_photo(caption="Así será la sala del diálogo.")
        (ask_en,) = await reply(org)
        assert "in English" in (ask_en.text or "")
        await org.send("/skip", reply_to=ask_en)
        photo, summary = await reply(org, 2)
        assert photo.json.get("photo") and "Así será la sala" in (photo.text or "")
        assert "1 recipient: 1 in Spanish, 0 in English." in (summary.text or "")
        marked = local_api.mark()
        await org.press("📤 Send now to 1", message=summary)
        await eventually(lambda: broadcasts(database_url), lambda b: b[0].status == "done")
        (to_ana,) = [m for m in local_api.messages_since(marked, ana.id) if m.json.get("photo")]
        assert (to_ana.text or "").startswith("📣 Diálogo Regional") and "Así será la sala" in (
            to_ana.text or ""
        )
        assert not local_api.messages_since(marked, john.id) and not local_api.messages_since(marked, eva.id)


async def test_a_segment_narrowed_to_one_language_reaches_only_those_who_use_it(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        ana, john, eva = await three_registrants(local_api)  # Spanish, English, English
        org = in_group(local_api, ADMIN)
        chosen, ask = await choose(org, "Everyone registered", 2)
        assert chosen.buttons == ["Only those who use Spanish (1)", "Only those who use English (2)"]
        await org.press("Only those who use English (2)", message=chosen)
        (narrowed,) = await reply(org)
        assert "Everyone registered · People who use English: 2 people" in (narrowed.text or "")
        await org.send("/skip", reply_to=ask)  # nobody left who uses Spanish
        (ask_en,) = await reply(org)
        await org.send(ENGLISH, reply_to=ask_en)
        _preview, summary = await reply(org, 2)
        assert "2 recipients: 0 in Spanish, 2 in English." in (summary.text or "")
        marked = local_api.mark()
        await org.press("📤 Send now to 2", message=summary)
        await eventually(lambda: broadcasts(database_url), lambda b: b[0].status == "done")
        assert not local_api.messages_since(marked, ana.id)
        assert all(
            any(ENGLISH in (m.text or "") for m in local_api.messages_since(marked, u.id))
            for u in (john, eva)
        )
