"""Webhook mode: the bot's own aiohttp server takes Telegram's updates (secret checked first, stored before
the 200, processed once) and answers /healthz, /readyz and /metrics with real values."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiohttp
import pytest

from bot.app import ALLOWED_UPDATES, build_application
from bot.clock import FixedClock
from bot.web import SECRET_HEADER, WebServer
from localapi import LocalBotApi
from tests.conftest import make_settings
from tests.support.registration import open_rsvp, say
from tests.support.waiting import PATIENCE

SECRET = "webhook-secret-for-tests-0123"
PATH = "/telegram/hook"


@asynccontextmanager
async def webhook_bot(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> AsyncIterator[WebServer]:
    """The real application served by its webhook server, registered with the local Bot API."""
    app = build_application(make_settings(local_api, database_url), clock, strict_messages=True)
    server = WebServer(app, PATH, SECRET, "127.0.0.1", 0)
    await app.initialize()
    await app.start()
    await server.start()
    url = f"http://127.0.0.1:{server.port}{PATH}"
    await app.bot.set_webhook(url, secret_token=SECRET, allowed_updates=ALLOWED_UPDATES)
    try:
        yield server
    finally:
        await server.stop()
        await app.stop()
        await app.shutdown()


def _url(server: WebServer, path: str = PATH) -> str:
    return f"http://127.0.0.1:{server.port}{path}"


async def test_updates_arrive_through_the_webhook_and_are_answered(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with webhook_bot(local_api, database_url, clock):
        u = local_api.user(4401, first_name="Wen", language_code="en")
        reply = await say(u, "/help")
        assert "/register" in reply.text
        assert all(status == 200 for _, status in local_api.webhooks.attempts)


async def test_a_request_without_the_right_secret_is_refused_unread(
    local_api: LocalBotApi, database_url: str, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    update = {
        "update_id": 9001,
        "message": {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"}},
    }
    async with webhook_bot(local_api, database_url, clock) as server, aiohttp.ClientSession() as http:
        for headers in ({}, {SECRET_HEADER: "wrong-secret-0000000000"}):
            async with http.post(_url(server), json=update, headers=headers) as response:
                assert response.status == 403
        async with http.post(_url(server), data=b"{not json", headers={SECRET_HEADER: SECRET}) as response:
            assert response.status == 400
        async with http.post(_url(server), json={"no": "id"}, headers={SECRET_HEADER: SECRET}) as response:
            assert response.status == 400
        too_big = b'{"update_id": 1, "x": "' + b"a" * (2 * 1024 * 1024) + b'"}'
        async with http.post(_url(server), data=too_big, headers={SECRET_HEADER: SECRET}) as response:
            assert response.status == 413
    refusals = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert len(refusals) == 2 and not any("9001" in m or "message_id" in m for m in refusals)


async def test_an_update_posted_twice_is_processed_once(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with webhook_bot(local_api, database_url, clock) as server, aiohttp.ClientSession() as http:
        u = local_api.user(4402, first_name="Dai", language_code="en")
        await say(u, "/start rsd2026")  # the chat exists, the bot knows the person
        update = {
            "update_id": 777_001,
            "message": {
                "message_id": 900,
                "date": 1_774_000_000,
                "chat": {"id": u.id, "type": "private", "first_name": "Dai"},
                "from": {"id": u.id, "is_bot": False, "first_name": "Dai", "language_code": "en"},
                "text": "/help",
                "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
            },
        }
        mark = local_api.mark()
        for _ in range(2):
            async with http.post(_url(server), json=update, headers={SECRET_HEADER: SECRET}) as response:
                assert response.status == 200
        await local_api.wait_for_messages(u.id, 1, PATIENCE, since=mark)
        closing = await say(u, "/language")  # processed after both copies (same chat, in order)
        assert "language" in closing.text.lower()
        helps = [m for m in local_api.messages_since(mark, u.id) if "/register" in m.text]
        assert len(helps) == 1


async def test_health_readiness_and_metrics_answer_with_real_values(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with webhook_bot(local_api, database_url, clock) as server, aiohttp.ClientSession() as http:
        await say(local_api.user(4403, first_name="Mia", language_code="es"), "/help")
        async with http.get(_url(server, "/healthz")) as response:
            assert response.status == 200
        async with http.get(_url(server, "/readyz")) as response:
            assert response.status == 200
            assert json.loads(await response.text()) == {
                "status": "ok",
                "database": True,
                "events": True,
                "bot": True,
            }
        async with http.get(_url(server, "/metrics")) as response:
            metrics = await response.text()
        assert 'delegatebot_updates_total{type="message"} 1.0' in metrics
        assert 'delegatebot_telegram_calls_total{method="sendMessage"}' in metrics
        assert 'delegatebot_update_seconds_count{handler="handlers.help.help_command"} 1.0' in metrics
        assert "delegatebot_outbox_backlog 0.0" in metrics
        assert "delegatebot_conversations_active 0.0" in metrics
        await open_rsvp(local_api.user(4404, first_name="Noe", language_code="en"))
        async with http.get(_url(server, "/metrics")) as response:
            assert "delegatebot_conversations_active 1.0" in await response.text()
