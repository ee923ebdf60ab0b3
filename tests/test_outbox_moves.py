"""An organisers' group upgraded to a supergroup (Telegram answers 400 with migrate_to_chat_id) is followed
at once and remembered: the notice goes to the new chat without a retry, later notices go straight there,
an earlier post is shown again there when it changes, and organisers are recognised in the new chat."""

from __future__ import annotations

from bot.clock import FixedClock
from localapi import Fault, LocalBotApi
from storage.models import ChatMove, Post
from tests.support.database import rows
from tests.support.organisers import (
    ADMIN,
    GROUP,
    MEMBER,
    ORGANISER,
    organisers_bot,
    request_sponsorship,
    settled,
)
from tests.support.registration import EN, Stored, register, say, tap
from tests.support.waiting import PATIENCE, eventually

SUPERGROUP = -1009876500002


def calls_to(api: LocalBotApi, chat_id: int) -> list[str]:
    return [c.method for c in api.calls() if str(c.params.get("chat_id")) == str(chat_id)]


async def test_a_group_upgraded_to_a_supergroup_is_followed_and_remembered(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        ana = local_api.user(5801, first_name="Ana", language_code="en")
        await register(ana, EN, "Ana Pérez", "Peru", "ana@example.org")
        await request_sponsorship(ana)
        await settled(database_url)
        (before,) = await rows(database_url, Post)
        assert before.chat_id == GROUP

        members = {ORGANISER: "member", ADMIN: "administrator", MEMBER: "member"}
        local_api.add_group(SUPERGROUP, "ISU organisers", members=members)
        local_api.add_fault(Fault.migrated(GROUP, SUPERGROUP))  # every call about the old id answers so
        since = org.mark()
        await register(
            local_api.user(5802, first_name="Luis", language_code="en"), EN, "Luis Díaz", "Chile", "l@x.cl"
        )
        (moved,) = await local_api.wait_for_messages(SUPERGROUP, 1, PATIENCE, since=since)
        assert moved.text.startswith("🆕 New registration") and "Luis Díaz" in moved.text
        found = await settled(database_url)
        assert [(r.status, r.attempts) for r in found if r.channel == "group"][-1] == ("sent", 1)
        assert [(m.id, m.new_chat_id) for m in await rows(database_url, ChatMove)] == [(GROUP, SUPERGROUP)]
        assert calls_to(local_api, GROUP)[-1:] == ["sendMessage"]  # the one answered with the new id

        since, tried = org.mark(), len(calls_to(local_api, GROUP))
        await say(ana, "/myregistration")
        await tap(ana, "🗑 Withdraw the request for Ana Pérez")
        await tap(ana, "Yes, withdraw")
        withdrawn, again = await local_api.wait_for_messages(SUPERGROUP, 2, PATIENCE, since=since)
        assert withdrawn.text.startswith("🗑 Sponsorship request withdrawn")
        assert again.text.startswith("✈️ Sponsorship request") and "🗑 Withdrawn by the delegate" in again.text
        assert again.buttons == [] and len(calls_to(local_api, GROUP)) == tried  # nothing to the old id
        (after,) = await eventually(
            lambda: rows(database_url, Post), lambda found: found[0].chat_id == SUPERGROUP
        )
        assert after.message_id == again.message_id  # later edits, and replies, go to the new post

        reference = (await Stored(database_url).registration(5802)).reference
        answer = await say(org.member(ADMIN).in_chat(SUPERGROUP), "/find Luis")
        assert reference in answer.text  # an administrator of the new chat is an organiser there
