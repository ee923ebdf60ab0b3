"""An organisers' group the bot cannot post in (Telegram answers "chat not found", or 403 once the bot was
removed) keeps its notices: they are retried with the usual backoff and posted once the group is back; the
organisers get one e-mail per outage, not one per notice."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage

from bot.clock import FixedClock
from bot.services.notify.outbox import backoff
from localapi import Fault, LocalBotApi
from storage.models import ChatOutage, OutboxMessage
from tests.support.database import rows
from tests.support.organisers import GROUP, MAILBOX, Organisers, organisers_bot, outbox, settled
from tests.support.registration import EN, register
from tests.support.waiting import eventually

ALERT = "⚠️ I cannot post in the organisers' group"


async def registered(org: Organisers, user_id: int, name: str) -> None:
    u = org.api.user(user_id, first_name=name.split()[0], language_code="en")
    assert "You are registered" in (await register(u, EN, name, "Peru", f"{user_id}@example.org")).text


async def group_rows(url: str, count: int, attempts: int) -> list[OutboxMessage]:
    """The group posts once `count` of them were tried `attempts` times and wait to be tried again."""

    def waiting(found: list[OutboxMessage]) -> bool:
        posts = [r for r in found if r.channel == "group"]
        return len(posts) == count and all((r.status, r.attempts) == ("pending", attempts) for r in posts)

    found = await eventually(lambda: outbox(url), waiting)
    return [r for r in found if r.channel == "group"]


def alerts(found: list[OutboxMessage]) -> list[OutboxMessage]:
    return [r for r in found if r.template == "unreachable"]


def alerts_in(mails: list[EmailMessage]) -> list[EmailMessage]:
    return [m for m in mails if m["Subject"].startswith(ALERT)]


async def test_a_group_that_is_not_found_keeps_its_notices_and_the_organisers_are_told_once(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    local_api.add_fault(Fault.bad_request("sendMessage", "chat not found", chat_id=GROUP, times=-1))
    async with organisers_bot(local_api, database_url, clock) as org:
        await registered(org, 5701, "Ana Pérez")
        await registered(org, 5702, "Luis Díaz")
        waiting = await group_rows(database_url, 2, attempts=1)
        assert all("chat not found" in (r.last_error or "").lower() and r.payload for r in waiting)
        assert all(r.next_attempt_at == clock.now() + backoff(1) for r in waiting)
        mails = await org.mails(3)  # the two e-mail copies, and the alert
        (alert,) = [m for m in mails if m["Subject"].startswith(ALERT)]
        assert alert["To"] == MAILBOX and str(GROUP) in alert["Subject"]
        assert "Chat not found" in alert.get_content() and "<b>" not in alert.get_content()

        clock.advance(backoff(1))
        await group_rows(database_url, 2, attempts=2)  # failed again: still the same outage
        assert len(alerts(await outbox(database_url))) == 1
        assert [o.id for o in await rows(database_url, ChatOutage)] == [GROUP]

        local_api.clear_faults()
        since = org.mark()
        clock.advance(backoff(2))
        shown = await org.posts(since, 2)  # both notices arrive, late but whole
        assert sorted(p.text.split("Name: ")[1].split("\n")[0] for p in shown) == ["Ana Pérez", "Luis Díaz"]
        assert {r.status for r in await settled(database_url)} == {"sent"}
    assert await rows(database_url, ChatOutage) == []  # the outage is over


async def test_a_bot_removed_from_the_group_retries_and_each_outage_is_reported(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        bot_id = local_api.state.bot.id
        local_api.set_member(GROUP, bot_id, "kicked")
        await registered(org, 5711, "Eva Ruiz")
        (row,) = await group_rows(database_url, 1, attempts=1)
        assert "kicked" in (row.last_error or "")
        await eventually(lambda: org.inbox.messages, lambda found: len(alerts_in(found)) == 1)

        local_api.set_member(GROUP, bot_id, "member")
        since = org.mark()
        clock.advance(backoff(1))
        (shown,) = await org.posts(since)
        assert "Eva Ruiz" in shown.text
        await eventually(lambda: rows(database_url, ChatOutage), lambda found: found == [])

        local_api.set_member(GROUP, bot_id, "left")  # a second outage: a second e-mail
        clock.advance(timedelta(minutes=5))
        await registered(org, 5712, "Iris Soto")
        await eventually(lambda: org.inbox.messages, lambda found: len(alerts_in(found)) == 2)
    assert len(alerts(await outbox(database_url))) == 2
