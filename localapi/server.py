"""LocalBotApi: an aiohttp server speaking the Telegram Bot API, plus the /control routes."""

from __future__ import annotations

import functools
import json
import logging
import re
from typing import Any

from aiohttp import BodyPartReader, web

from .control import Controller
from .control_http import add_control_routes
from .faults import RateLimit
from .methods import Params, Upload
from .state import ApiError, bad_request
from .webhook import WebhookDelivery

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"^\d+:[\w-]+$")
_BAD_GATEWAY_HTML = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n"
)
dumps = functools.partial(json.dumps, ensure_ascii=False)


def error_response(exc: ApiError) -> web.Response:
    """Telegram's answer for an error (502 comes as nginx's HTML page, like the real thing)."""
    if exc.code == 502:
        return web.Response(status=502, text=_BAD_GATEWAY_HTML, content_type="text/html")
    return web.json_response(exc.to_json(), status=exc.code, dumps=dumps)


async def read_params(request: web.Request) -> Params:
    """Merge query-string and body parameters (JSON, form-urlencoded or multipart with files)."""
    raw: dict[str, Any] = dict(request.query)
    files: dict[str, Upload] = {}
    if request.body_exists:
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise bad_request("can't parse JSON encoded request parameters") from None
            if not isinstance(body, dict):
                raise bad_request("JSON object expected as request parameters")
            raw.update(body)
        elif request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            async for part in reader:
                if not isinstance(part, BodyPartReader) or part.name is None:
                    continue
                if part.filename is not None:
                    files[part.name] = Upload(
                        part.filename, part.headers.get("Content-Type"), bytes(await part.read())
                    )
                else:
                    raw[part.name] = await part.text()
        else:
            form = await request.post()
            raw.update({key: value for key, value in form.items() if isinstance(value, str)})
    return Params(raw, files)


class LocalBotApi(Controller):
    """A local Telegram Bot API server; point telegram.Bot(base_url=..., base_file_url=...) at it."""

    def __init__(
        self,
        token: str = "123456:TEST-TOKEN",
        bot_username: str = "delegatebot_test_bot",
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        bot_name: str = "Local Test Bot",
        privacy_mode: bool = False,
        rate_limit: RateLimit | None = None,
        control_routes: bool = True,
    ) -> None:
        super().__init__(
            token, bot_username, bot_name=bot_name, privacy_mode=privacy_mode, rate_limit=rate_limit
        )
        self.host = host
        self.port = port
        self.control_routes = control_routes
        self._runner: web.AppRunner | None = None
        self.webhooks = WebhookDelivery(self.state)

    @property
    def url(self) -> str:
        """Root URL of the server, e.g. http://127.0.0.1:8081."""
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """Value for Bot(base_url=...): <url>/bot."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """Value for Bot(base_file_url=...): <url>/file/bot."""
        return f"{self.url}/file/bot"

    def make_app(self) -> web.Application:
        """The aiohttp application (Bot API routes, file downloads, /control routes)."""
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_route("GET", "/file/bot{token}/{path:.+}", self._handle_file)
        if self.control_routes:
            add_control_routes(app, self)
        return app

    async def start(self) -> LocalBotApi:
        """Start listening (port 0 picks a free port, available as .port afterwards)."""
        if self._runner is not None:
            raise RuntimeError("LocalBotApi already started")
        self.state.updates.closed = False
        runner = web.AppRunner(self.make_app(), access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        await web.TCPSite(runner, self.host, self.port).start()
        self.port = runner.addresses[0][1]
        self._runner = runner
        self.webhooks.start()
        log.info("local Bot API listening on %s", self.base_url)
        return self

    async def stop(self) -> None:
        """Release long polls and shut the server down."""
        if self._runner is None:
            return
        self.state.updates.close()
        await self.webhooks.stop()
        runner, self._runner = self._runner, None
        await runner.cleanup()
        log.info("local Bot API on %s stopped", self.url)

    async def __aenter__(self) -> LocalBotApi:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def _handle_method(self, request: web.Request) -> web.StreamResponse:
        """/bot<token>/<method>: answer exactly like Telegram."""
        token = request.match_info["token"]
        if token != self.token:
            return error_response(
                ApiError(401, "Unauthorized") if _TOKEN.match(token) else ApiError(404, "Not Found")
            )
        try:
            params = await read_params(request)
            result = await self.dispatcher.call(request.match_info["method"], params)
        except ApiError as exc:
            return error_response(exc)
        except Exception:
            log.exception("local Bot API crashed on %s", request.path)
            return error_response(ApiError(500, "Internal Server Error"))
        return web.json_response({"ok": True, "result": result}, dumps=dumps)

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        """/file/bot<token>/<file_path>: the stored bytes."""
        stored = self.state.file_by_path(request.match_info["path"])
        if request.match_info["token"] != self.token or stored is None:
            return error_response(ApiError(404, "Not Found"))
        return web.Response(body=stored.data, content_type=stored.mime_type or "application/octet-stream")
