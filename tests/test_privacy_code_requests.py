"""/forget and purge also remove a person's request for an invitation code (its post and unsent notices)
and their rows in broadcasts' recipient lists; other people's and other events' stay."""

from __future__ import annotations

from sqlalchemy import select

from bot.events.loader import load_events
from bot.services.notify.notices import CODE_REQUEST
from bot.services.privacy.erase import utc_zone
from bot.services.privacy.forget import forget
from bot.services.privacy.purge import purge
from bot.services.registration.service import RegistrationService
from bot.services.sponsorship.code_requests import CodeRequests
from storage.broadcasts import BroadcastRepository
from storage.db import Database
from storage.models import Broadcast, BroadcastRecipient, OutboxMessage, Post
from storage.users import UserRepository
from tests.conftest import EVENTS_DIR
from tests.test_purge import MARCH, _prepare

ANA, JOHN = 9501, 9502


async def _asked_and_listed(url: str) -> None:
    """John asks for an invitation code (a post, its notices unsent); both are on the recipient list of a
    broadcast of rsd2026, and Ana on one of mfa2021."""
    db = Database(url)
    async with db.session() as session:
        john = await RegistrationService(session, MARCH).current(JOHN, "rsd2026")
        assert john is not None and await CodeRequests(session, MARCH).ask(john)
        repo = BroadcastRepository(session)
        for key, people in (("rsd2026", [(ANA, "es"), (JOHN, "en")]), ("mfa2021", [(ANA, "es")])):
            broadcast = await repo.add(
                Broadcast(event_key=key, author_id=1, chat_id=-1, status="sent", created_at=MARCH)
            )
            await repo.add_recipients(broadcast.id, people, MARCH)
    await db.dispose()


async def _left(url: str) -> tuple[list[Post], list[OutboxMessage], list[tuple[int, str]]]:
    """The code-request posts, the code-request notices and (user, event) of each recipient row."""
    db = Database(url)
    async with db.session() as session:
        posts = list(await session.scalars(select(Post).where(Post.subject_type == CODE_REQUEST)))
        notices = select(OutboxMessage).where(OutboxMessage.template == CODE_REQUEST)
        rows = select(BroadcastRecipient.user_id, Broadcast.event_key).join(Broadcast)
        found = (posts, list(await session.scalars(notices)), sorted(await session.execute(rows)))
    await db.dispose()
    return found  # type: ignore[return-value]


async def test_forget_removes_the_code_request_and_the_persons_recipient_rows(database_url: str) -> None:
    await _prepare(database_url)
    await _asked_and_listed(database_url)
    posts, notices, rows = await _left(database_url)
    assert len(posts) == 1 and {n.payload["name"] for n in notices} == {"John Smith"}
    assert rows == [(ANA, "mfa2021"), (ANA, "rsd2026"), (JOHN, "rsd2026")]

    db = Database(database_url)
    async with db.session() as session:
        user = await UserRepository(session).get(JOHN)
        assert user is not None
        await forget(session, MARCH, user, utc_zone)
    await db.dispose()
    posts, notices, rows = await _left(database_url)
    assert posts == []
    assert [(n.status, n.payload) for n in notices] == [("skipped", {})] * len(notices) and notices
    assert rows == [(ANA, "mfa2021"), (ANA, "rsd2026")]


async def test_purge_removes_the_events_code_requests_and_recipient_rows(database_url: str) -> None:
    await _prepare(database_url)
    await _asked_and_listed(database_url)
    event = load_events(EVENTS_DIR).events["rsd2026"]
    db = Database(database_url)
    async with db.session() as session:
        await purge(session, MARCH, event)  # the end of the event is checked by the command (test_purge)
    await db.dispose()
    posts, notices, rows = await _left(database_url)
    assert posts == [] and notices and all((n.status, n.payload) == ("skipped", {}) for n in notices)
    assert rows == [(ANA, "mfa2021")]  # another event's broadcast keeps its list
