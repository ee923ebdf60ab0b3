"""Acceptance: registrations reach the organisers' group and their inbox (new, changed, withdrawn), in the
organisers' language, per-event group; a failing mail server is retried and never blocks the bot."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.clock import FixedClock
from bot.localrun import RunningBot
from localapi import LocalBotApi
from storage.models import OutboxMessage
from tests.conftest import EVENTS_DIR
from tests.support.organisers import (
    GROUP,
    MAILBOX,
    audit,
    organisers_bot,
    outbox,
    request_sponsorship,
    settled,
)
from tests.support.registration import EN, ES, Stored, register, say, tap
from tests.support.waiting import PATIENCE, eventually


async def test_a_registration_appears_in_the_group_and_in_the_inbox(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        ana = local_api.user(5101, first_name="Ana", language_code="es")
        since = org.mark()
        await register(ana, ES, "Ana Pérez", "Perú", "ana@example.org")
        reference = (await Stored(database_url).registration(5101)).reference
        (post,) = await org.posts(since)
        assert post.text.startswith(f"🆕 New registration · {reference} · Regional Stakeholder Dialogue")
        for line in ("Name: Ana Pérez", "Delegation: 🏛 A State delegation · Peru", "E-mail: ana@example.org"):
            assert line in post.text
        assert "Language: Español" in post.text and post.buttons == []
        (mail,) = await org.mails(1)
        assert mail["To"] == MAILBOX and mail["Subject"] == post.text.split("\n")[0]
        assert "Name: Ana Pérez" in mail.get_content() and "<b>" not in mail.get_content()
        rows = await settled(database_url)  # the dispatcher records a message just after sending it

    assert {(r.channel, r.status) for r in rows} == {("group", "sent"), ("mail", "sent")}
    assert all(r.payload == {} for r in rows)  # names and addresses do not stay in the queue
    (entry,) = await audit(database_url, reference)
    assert (entry.action, entry.actor_kind, entry.actor_id) == ("registration.confirmed", "delegate", 5101)
    assert entry.after == {"status": "confirmed", "delegation": "state", "country": "PE", "attendance": None}


async def test_changes_and_withdrawals_are_posted_in_the_organisers_language(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock, ORGANISER_LANGUAGE="es") as org:
        ines = local_api.user(5102, first_name="Ines", language_code="en")
        await register(ines, EN, "Ines Castro", "Ecuador", "ines@example.ec")
        await org.posts(0)
        since = org.mark()
        await say(ines, "/myregistration")
        await tap(ines, "✏️ Change my registration")
        await tap(ines, EN.edit)
        await tap(ines, "E-mail")
        await say(ines, "ines.castro@cancilleria.gob.ec")
        await tap(ines, EN.confirm)
        (changed,) = await org.posts(since)
        assert changed.text.startswith("✏️ Inscripción modificada")
        assert "Correo: ines.castro@cancilleria.gob.ec" in changed.text and "Cambió: Correo" in changed.text

        since = org.mark()
        await say(ines, "/myregistration")
        await tap(ines, "🗑 Withdraw my registration")
        await tap(ines, "Yes, withdraw")
        (withdrawn,) = await org.posts(since)
        assert withdrawn.text.startswith("🗑 Inscripción retirada") and "Ines Castro" in withdrawn.text
        await org.mails(3)
    reference = (await Stored(database_url).registration(5102)).reference
    actions = [e.action for e in await audit(database_url, reference)]
    assert actions == ["registration.confirmed", "registration.changed", "registration.withdrawn"]
    changed_entry = (await audit(database_url, reference))[1]
    assert changed_entry.after["changed"] == ["email"] and "ines" not in str(changed_entry.after)


async def test_an_event_can_send_its_notices_to_its_own_group(
    local_api: LocalBotApi, database_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    events = tmp_path / "events"
    events.mkdir()
    for source in EVENTS_DIR.glob("*.toml"):
        text = source.read_text(encoding="utf-8")
        if source.name == "rsd2026.toml":
            text = text.replace("[registration]\n", "[registration]\norganiser_chat_id = -1009990001\n", 1)
        (events / source.name).write_text(text, encoding="utf-8")
    local_api.user(9100, first_name="Eve")
    local_api.add_group(-1009990001, "rsd2026 team", members={9100: "administrator"})
    async with organisers_bot(local_api, database_url, clock, EVENTS_DIR=str(events)) as org:
        u = local_api.user(5103, first_name="Leo", language_code="en")
        since = org.mark()
        await register(u, EN, "Leo Ruiz", "Chile", "leo@example.cl")
        (post,) = await local_api.wait_for_messages(-1009990001, 1, PATIENCE, since=since)
        assert post.text.startswith("🆕 New registration")
        assert local_api.bot_messages(GROUP) == []


async def test_a_refusing_mail_server_is_retried_and_never_blocks_the_bot(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    def mail_row(status: str, attempts: int):  # type: ignore[no-untyped-def]
        async def read() -> OutboxMessage | None:
            return next((r for r in await outbox(database_url) if r.channel == "mail"), None)

        return eventually(read, lambda r: r is not None and (r.status, r.attempts) == (status, attempts))

    async with organisers_bot(local_api, database_url, clock) as org:
        org.inbox.refuse = True
        u = local_api.user(5104, first_name="Mia", language_code="en")
        since = org.mark()
        assert "You are registered" in (await register(u, EN, "Mia Soto", "Colombia", "mia@example.co")).text
        await org.posts(since)
        row = await mail_row("pending", 1)
        assert "451" in (row.last_error or "") and row.next_attempt_at == clock.now() + timedelta(seconds=10)
        assert org.inbox.messages == [] and row.payload["name"] == "Mia Soto"

        assert "dress code" in (await say(u, "What is the dress code?")).text.lower()  # not held up
        clock.advance(timedelta(seconds=10))
        row = await mail_row("pending", 2)
        assert row.next_attempt_at == clock.now() + timedelta(seconds=20)  # twice as long

        org.inbox.refuse = False
        clock.advance(timedelta(seconds=20))
        (arrived,) = await org.mails(1)
        assert arrived["Subject"].startswith("🆕 New registration")
        row = await mail_row("sent", 3)
    assert row.payload == {} and row.last_error is None


async def test_without_a_group_or_smtp_nothing_is_sent_and_the_queue_settles(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    u = local_api.user(5105, first_name="Noa", language_code="en")
    await register(u, EN, "Noa Paz", "Peru", "noa@example.pe")
    await request_sponsorship(u)
    rows = await settled(database_url)
    assert sorted(r.channel for r in rows) == ["group", "group", "mail", "mail"]
    assert {r.status for r in rows} == {"skipped"} and all(r.payload == {} for r in rows)
    assert [m for m in local_api.bot_messages() if m.chat_id < 0] == []
