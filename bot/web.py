"""The bot's own aiohttp server for webhook mode: Telegram's updates, health, readiness and metrics.

- `POST <WEBHOOK_PATH>`: the secret header is checked in constant time before the body is read (403, logged
  without the body); a body that is too large (413) or not an update (400) is refused; an update is stored
  in the database (the inbox) before Telegram gets its 200, then processed, so a crash loses none and a
  repeat (Telegram re-delivers what it believes failed, maybe to another process) is processed once.
- `GET /healthz`: the process is alive. `GET /readyz`: the database answers, events are loaded and the bot is
  initialised (503 otherwise). `GET /metrics`: Prometheus text format.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import TYPE_CHECKING, Any

from aiohttp import web
from sqlalchemy import text

from bot.inbox import read_update
from bot.metrics import CONTENT_TYPE
from storage.drafts import DraftRepository
from storage.outbox import OutboxRepository

if TYPE_CHECKING:
    from bot.application import BotApplication

log = logging.getLogger(__name__)
MAX_BODY = 1024 * 1024  # Telegram's updates are far smaller; anything larger is not from Telegram
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


LINGER = 1.0  # seconds


class WebServer:
    """Serves one application on `host:port`."""

    def __init__(self, app: BotApplication, path: str, secret: str, host: str, port: int) -> None:
        self.app = app
        self.path = path
        self.secret = secret.encode()
        self.host = host
        self.port = port
        self.accepting = True
        self._runner: web.AppRunner | None = None
        web_app = web.Application(client_max_size=MAX_BODY)
        web_app.router.add_post(path, self.webhook)
        web_app.router.add_get("/healthz", self.healthz)
        web_app.router.add_get("/readyz", self.readyz)
        web_app.router.add_get("/metrics", self.metrics)
        self.web_app = web_app

    async def start(self) -> None:
        """Listen (port 0 picks a free port, then `self.port` holds it)."""
        # A body refused unread (413) is drained for at most LINGER seconds, not aiohttp's 10
        self._runner = web.AppRunner(self.web_app, access_log=None, lingering_time=LINGER)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.port).start()
        self.port = self._runner.addresses[0][1]
        log.info("webhook server listening on %s:%s", self.host, self.port)

    async def stop(self) -> None:
        """Stop taking requests (the application finishes what it holds)."""
        self.accepting = False
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def webhook(self, request: web.Request) -> web.Response:
        """One update from Telegram."""
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self.secret):
            log.warning("webhook request refused: wrong or missing secret token")
            return web.Response(status=403)
        if not self.accepting:
            return web.Response(status=503)  # Telegram retries; another process or the next start takes it
        if request.content_length is not None and request.content_length > MAX_BODY:
            return web.Response(status=413)
        payload = await self._payload(request)
        if payload is None:
            return web.Response(status=400)
        try:
            await self.app.bot.inbox.store([payload])
        except Exception:  # the database is down: Telegram will deliver it again
            log.exception("update %s could not be stored", payload["update_id"])
            return web.Response(status=500)
        await self.app.update_queue.put(read_update(payload, self.app.bot))
        return web.Response(status=200)

    @staticmethod
    async def _payload(request: web.Request) -> dict[str, Any] | None:
        try:
            payload = json.loads(await request.read())
        except (ValueError, web.HTTPRequestEntityTooLarge):
            return None
        if not isinstance(payload, dict) or not isinstance(payload.get("update_id"), int):
            return None
        return payload

    async def healthz(self, _: web.Request) -> web.Response:
        """Alive."""
        return web.json_response({"status": "ok"})

    async def readyz(self, _: web.Request) -> web.Response:
        """Ready to serve: database reachable, events loaded, bot initialised and running."""
        checks = {
            "database": await self._database_ok(),
            "events": bool(self.app.runtime.events.all()),
            "bot": self.app.running and self.accepting,
        }
        status = 200 if all(checks.values()) else 503
        return web.json_response(
            {"status": "ok" if status == 200 else "unavailable", **checks}, status=status
        )

    async def _database_ok(self) -> bool:
        try:
            async with self.app.runtime.db.session() as session:
                await session.execute(text("SELECT 1"))
        except Exception as exc:  # any failure means not ready
            log.warning("readiness: database check failed: %s", type(exc).__name__)
            return False
        return True

    async def metrics(self, _: web.Request) -> web.Response:
        """Prometheus metrics; the backlogs are read from the database at each scrape."""
        try:
            await self._backlogs()
        except Exception as exc:  # the counters are still worth serving
            log.warning("metrics: backlogs not read: %s", type(exc).__name__)
        return web.Response(body=self.app.metrics.render(), headers={"Content-Type": CONTENT_TYPE})

    async def _backlogs(self) -> None:
        rt, metrics = self.app.runtime, self.app.metrics
        async with rt.db.session() as session:
            waiting, oldest = await OutboxRepository(session).backlog()
            active = await DraftRepository(session).count_active()
        metrics.outbox_backlog.set(waiting)
        metrics.outbox_oldest.set((rt.clock.now() - oldest).total_seconds() if oldest else 0)
        metrics.conversations.set(active)
