"""Acceptance: /audit REF shows a record's history (who, what, when, before → after); the log keeps
statuses, slots and countries, never names or e-mail addresses."""

from __future__ import annotations

from bot.clock import FixedClock
from localapi import LocalBotApi
from tests.support.organisers import ORGANISER, audit, organisers_bot
from tests.support.registration import EN, Stored, say, tap
from tests.support.waiting import PATIENCE, eventually
from tests.test_decisions import WHEN, decided, requested, shown


async def test_a_registration_history_with_its_sponsorship_request(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        u = local_api.user(5501, first_name="Tom", language_code="en")
        post = await requested(org, u, EN, "Tom Reyes")
        reference = (await Stored(database_url).registration(5501)).reference
        since = org.mark()
        await decided(org, ORGANISER, "✅ Approve", post)
        await shown(org, post, lambda m: "Approved by" in m.text)
        await local_api.wait_for_messages(u.id, 1, PATIENCE, since=since)  # the delegate is told

        since = org.mark()
        await say(u, "/myregistration")
        await tap(u, "🗑 Withdraw the request for Tom Reyes")
        await tap(u, "Yes, withdraw")
        withdrawn, edited = await org.posts(since, 2)
        (request,) = await Stored(database_url).requests(5501)
        assert withdrawn.text.startswith(f"🗑 Sponsorship request withdrawn · S{request.id} · {reference}")
        assert edited.message_id == post.message_id and f"🗑 Withdrawn by the delegate, {WHEN}" in edited.text

        history = await say(org.member(ORGANISER), f"/audit {reference.lower()}")
    ref = f"S{request.id}"
    lines = history.text.split("\n")
    assert lines[0] == f"🗂 History of {reference}"
    assert lines[1] == f"{WHEN} · registration confirmed · the delegate"
    assert "    country: — → PE" in lines
    assert f"{WHEN} · sponsorship request {ref} made (place held) · the delegate" in lines
    assert f"{WHEN} · sponsorship request {ref} approved · Olga" in lines
    assert "    status: submitted → approved" in lines
    assert f"{WHEN} · sponsorship request {ref} withdrawn · the delegate" in lines
    assert "    status: approved → withdrawn" in lines
    stored = str([(e.before, e.after) for e in await audit(database_url)])
    assert "Tom" not in stored and "@" not in stored


async def test_audit_usage_unknown_references_and_questions(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        olga = local_api.user(ORGANISER)
        assert "Usage: /audit REFERENCE" in (await say(olga, "/audit")).text
        assert (await say(olga, "/audit RSD-ZZZZ")).text == "Nothing in the log about RSD-ZZZZ."
        eva = local_api.user(5502, first_name="Eva", language_code="es")
        await eva.send("/start rsd2026")
        await eva.replies(2)
        await say(eva, "¿Necesito visa para entrar a El Salvador?")
        since = org.mark()
        await tap(eva, "📨 Transmitir mi pregunta a los organizadores")
        await org.posts(since)
        # The dispatcher logs the post just after sending it.
        (entry, *_) = await eventually(
            lambda: audit(database_url), lambda log: any(e.action == "question.relayed" for e in log)
        )
        history = await say(olga, f"/audit {entry.subject_ref}")
    assert f"{WHEN} · question passed on by the delegate · the delegate" in history.text
    assert "question posted to the organisers · the bot" in history.text
