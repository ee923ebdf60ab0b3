"""The Bot API client: python-telegram-bot's request interface over aiohttp's HTTP client.

python-telegram-bot's default client is httpx. Measured against the local Bot API (64 requests at once,
`bench/speed.py`'s load), httpx spent 3.6 ms of CPU on each request and aiohttp's client 0.3 ms; on a
2-core machine that CPU is what limits how many updates per second the bot handles. aiohttp is already the
bot's web server, so this adds no dependency.

What this client does as python-telegram-bot's own would: form-encoded parameters (multipart when there are
files, their names encoded as httpx encodes them), the same User-Agent, the proxy environment variables, the
same errors (`TimedOut` for timeouts, `NetworkError` for the rest; status codes are turned into errors by
`BaseRequest`). A timeout while waiting for one of the pool's connections (at most the pool timeout, 1 s by
default as in python-telegram-bot) or while connecting says the request was *not* sent (see
`bot.ratelimit`: such a send is retried without fear of a duplicate). aiohttp has no timeout for writing a
body: a request's write timeout bounds its whole exchange instead, with its read timeout; an upload is
bounded by its reads alone (its time grows with its size).
"""

from __future__ import annotations

import asyncio
import re
import ssl
from typing import Any

import aiohttp
from aiohttp.helpers import get_env_proxy_for_url
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from yarl import URL

NOT_SENT = "Pool timeout: no connection to the Bot API could be had; the request was not sent"


class AiohttpRequest(BaseRequest):
    """A pool of `pool_size` connections to the Bot API, made on `initialize` (inside the event loop)."""

    __slots__ = ("_connect", "_free", "_pool", "_proxies", "_read", "_session", "_size", "_tls", "_write")

    def __init__(
        self,
        pool_size: int,
        *,
        connect_timeout: float,
        read_timeout: float,
        write_timeout: float,
        pool_timeout: float = 1.0,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self._size = pool_size
        self._connect, self._read, self._write = connect_timeout, read_timeout, write_timeout
        self._pool = pool_timeout  # python-telegram-bot's default: 1 s
        self._tls = tls
        self._session: aiohttp.ClientSession | None = None
        self._free = asyncio.Semaphore(pool_size)  # connections free: waited for at most the pool timeout
        self._proxies: dict[str, tuple[URL | None, aiohttp.BasicAuth | None]] = {}  # by origin

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._free = asyncio.Semaphore(self._size)  # of this event loop
            self._proxies = {}  # read again from the environment for a new session
            connector = aiohttp.TCPConnector(limit=0, ssl=self._tls or True)  # the semaphore is the limit
            self._session = aiohttp.ClientSession(
                connector=connector,
                headers={"User-Agent": self.USER_AGENT},
                skip_auto_headers=("Accept",),
                # The proxy environment is read once per origin (`_proxy`): aiohttp's trust_env reads it, and
                # ~/.netrc, in a worker thread on every request, two thread hops a message.
                trust_env=False,
            )

    async def shutdown(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """See `BaseRequest.do_request`."""
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        read = _given(read_timeout, self._read)
        write = _given(write_timeout, self._write)
        connect = _given(connect_timeout, self._connect)
        pool = _given(pool_timeout, self._pool)
        uploads = bool(request_data and request_data.contains_files)
        timeout = aiohttp.ClientTimeout(
            # an upload's time grows with its size: it is bounded by its reads alone, as with httpx
            total=None if read is None or write is None or uploads else read + write,
            connect=connect,
            sock_read=read,
        )
        await self._slot(pool)
        try:
            proxy, proxy_auth = await self._proxy(url)
            async with self._session.request(
                method, url, data=_body(request_data), timeout=timeout, proxy=proxy, proxy_auth=proxy_auth
            ) as response:
                return response.status, await response.read()
        except aiohttp.ConnectionTimeoutError as err:
            raise TimedOut(NOT_SENT) from err
        except TimeoutError as err:
            raise TimedOut from err
        except aiohttp.ClientError as err:
            raise NetworkError(f"aiohttp.{err.__class__.__name__}: {err}") from err
        finally:
            self._free.release()

    async def _proxy(self, url: str) -> tuple[URL | None, aiohttp.BasicAuth | None]:
        """The proxy for url's origin from HTTP(S)_PROXY / NO_PROXY (and proxy credentials from ~/.netrc),
        as httpx honoured them: read off the event loop on the origin's first request, then remembered."""
        origin = "/".join(url.split("/", 3)[:3])  # scheme://host:port; the path holds the token
        if (known := self._proxies.get(origin)) is not None:
            return known
        found = await asyncio.get_running_loop().run_in_executor(None, _env_proxy, URL(origin))
        self._proxies[origin] = found
        return found

    async def _slot(self, pool: float | None) -> None:
        """A connection of the pool: at once when one is free, else within the pool timeout
        (`asyncio.timeout`, not `wait_for`, which on Python 3.11 can drop a cancellation that arrives as the
        slot is granted)."""
        if not self._free.locked():
            await self._free.acquire()  # returns at once
            return
        try:
            async with asyncio.timeout(pool):
                await self._free.acquire()
        except TimeoutError:
            raise TimedOut(NOT_SENT) from None


def _env_proxy(origin: URL) -> tuple[URL | None, aiohttp.BasicAuth | None]:
    """The environment's proxy for origin, or none (it may read ~/.netrc: called in a worker thread)."""
    try:
        return get_env_proxy_for_url(origin)
    except LookupError:
        return None, None


def _given(value: ODVInput[float], default: float | None) -> float | None:
    """A timeout the call gave, else the client's."""
    return default if isinstance(value, DefaultValue) else value


def _body(request_data: RequestData | None) -> Any:
    """The parameters form-encoded, or a multipart form when files are uploaded."""
    if request_data is None:
        return None
    parameters = request_data.json_parameters
    files = request_data.multipart_data
    if not files:
        return parameters or None
    form = aiohttp.FormData(quote_fields=False)
    for name, value in parameters.items():
        form.add_field(name, value)
    for name, part in files.items():
        filename, content, *rest = part
        form.add_field(name, content, filename=_quoted(filename), content_type=rest[0] if rest else None)
    return form


_UNSAFE = re.compile(r'[\x00-\x1f"\\]')


def _quoted(filename: str | None) -> str | None:
    """A file name as httpx writes it in a multipart header: quotes, backslashes and control characters
    percent-encoded (aiohttp would refuse a line break, and escape a quote with a backslash)."""
    return None if filename is None else _UNSAFE.sub(lambda m: f"%{ord(m.group()):02X}", filename)
