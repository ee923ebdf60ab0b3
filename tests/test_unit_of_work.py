"""One unit of work per update: what a delegate is shown is already committed, and one delegate's trouble
with Telegram (a slow answer, a 429) holds up nobody else."""

from __future__ import annotations

from bot.localrun import RunningBot
from localapi import Fault, LocalBotApi
from tests.support.registration import EN, Stored, drive, open_rsvp, rsvp_steps, say
from tests.support.waiting import PATIENCE, eventually


async def test_the_confirmation_is_committed_before_it_is_sent(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    u = local_api.user(4201, first_name="Ines", language_code="en")
    await open_rsvp(u)
    await drive(u, rsvp_steps(EN, "Ines Vera", "Chile", "ines@example.org"))
    local_api.add_fault(Fault.slow("sendMessage", 5.0, chat_id=u.id))
    pressed = local_api.mark()
    await u.press(EN.confirm)
    # While the confirmation is still on its way, the registration is already stored.
    stored = await eventually(lambda: Stored(database_url).registrations(u.id))
    assert [r.status for r in stored] == ["confirmed"]
    assert not local_api.messages_since(pressed, u.id)
    (confirmation,) = await u.replies(1, PATIENCE)
    assert "You are registered" in confirmation.text


async def test_a_slow_or_rate_limited_reply_holds_up_only_its_own_chat(
    local_api: LocalBotApi, bot: RunningBot
) -> None:
    slow = local_api.user(4202, first_name="Sol", language_code="en")
    other = local_api.user(4203, first_name="Otto", language_code="en")
    limited = local_api.user(4204, first_name="Lu", language_code="en")
    for u in (slow, other, limited):
        await u.send("/start rsd2026")
        await u.replies(2, PATIENCE)
    local_api.add_fault(Fault.slow("sendMessage", 12.0, chat_id=slow.id))
    local_api.add_fault(Fault.flood("sendMessage", retry_after=12, chat_id=limited.id))
    await slow.send("/help")
    await limited.send("/help")
    before = local_api.mark()
    await other.send("/help")
    # Answered while the other two still wait on Telegram (12 s; the bot's stop then waits for them):
    # well within half that time.
    (reply,) = await other.replies(1, 6.0)
    assert "/register" in reply.text
    assert not local_api.messages_since(before, slow.id) and not local_api.messages_since(before, limited.id)


async def test_a_refused_formatting_tag_is_dropped_and_the_reply_still_arrives(
    local_api: LocalBotApi, bot: RunningBot
) -> None:
    u = local_api.user(4205, first_name="Tom", language_code="en")
    await u.send("/start mfa2021")
    await u.replies(2, PATIENCE)
    refused = 'Can\'t parse entities: unsupported start tag "tg-time" at byte offset 120'
    local_api.add_fault(Fault.bad_request("sendMessage", refused, chat_id=u.id))
    await u.press("📅 Programme")
    (screen,) = await u.replies(1, PATIENCE)
    assert "10 February 2021" in screen.text  # the times' text is kept
    assert not [e for e in screen.json.get("entities", []) if e["type"] == "date_time"]
    assert "went wrong" not in screen.text


async def test_a_refused_step_reply_is_apologised_for_and_not_taken_for_a_question(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    u = local_api.user(4206, first_name="Ivo", language_code="en")
    await open_rsvp(u)
    await drive(u, [("press", EN.agree)])
    local_api.add_fault(Fault.bad_request("sendMessage", "message is too long", chat_id=u.id))
    await u.send("Ivo Ramos")
    (only,) = await u.replies(1, PATIENCE)
    assert "went wrong" in only.text  # one apology: no deferral, no second answer
    (draft,) = await Stored(database_url).drafts(u.id)
    assert draft.data["full_name"] == "Ivo Ramos"  # the step itself was kept
    reply = await say(u, "Adviser")
    assert "represent" in reply.text.lower() or "organisation" in reply.text.lower()
    assert not [m for m in u.messages if "don't have that information" in m.text]
