"""The Bot API client (bot/request.py) against a small aiohttp server: what it sends, and the errors it raises
as python-telegram-bot's own client would."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from telegram import Bot, InputFile
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.request import NOT_SENT, AiohttpRequest

TIMEOUTS = {"connect_timeout": 2.0, "read_timeout": 2.0, "write_timeout": 2.0}


@pytest.fixture
async def server() -> AsyncIterator[tuple[str, list[dict[str, object]], asyncio.Event, asyncio.Event]]:
    """A server that records each request's form (setting `arrived`) and answers; /slow answers once
    `release` is set."""
    seen: list[dict[str, object]] = []
    release, arrived = asyncio.Event(), asyncio.Event()

    async def method(request: web.Request) -> web.Response:
        form = await request.post()
        fields: dict[str, object] = {"agent": request.headers.get("User-Agent", "")}
        for name, value in form.items():
            fields[name] = (value.filename, value.file.read()) if isinstance(value, web.FileField) else value
        name = request.path.rsplit("/", 1)[-1]
        if name == "getMe":
            me = {"id": 1, "is_bot": True, "first_name": "Bot", "username": "bot"}
            return web.json_response({"ok": True, "result": me})
        seen.append(fields)
        arrived.set()
        if name == "slow":
            await release.wait()
        return web.json_response({"ok": True, "result": True})

    app = web.Application()
    app.router.add_post("/{path:.*}", method)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}", seen, release, arrived
    finally:
        release.set()
        await runner.cleanup()


def _data(**values: object) -> RequestData:
    return RequestData([RequestParameter.from_input(k, v) for k, v in values.items()])


async def test_parameters_are_form_encoded_with_the_library_user_agent(server) -> None:
    url, seen, _, _ = server
    async with AiohttpRequest(4, **TIMEOUTS) as request:
        status, body = await request.do_request(
            f"{url}/sendMessage", "POST", _data(chat_id=42, text="¿Dónde es?", reply_markup={"a": [1]})
        )
    assert status == 200 and json.loads(body)["ok"] is True
    assert seen[0]["chat_id"] == "42" and seen[0]["text"] == "¿Dónde es?"
    assert json.loads(str(seen[0]["reply_markup"])) == {"a": [1]}
    assert str(seen[0]["agent"]).startswith("python-telegram-bot")


async def test_a_file_goes_as_multipart_with_its_name_and_the_other_parameters(server) -> None:
    url, seen, _, _ = server
    document = InputFile(b"PK\x03\x04 rows", filename="inscripción.xlsx")
    async with AiohttpRequest(4, **TIMEOUTS) as request:
        status, _ = await request.do_request(
            f"{url}/sendDocument", "POST", _data(chat_id=-100, document=document, caption="Lista")
        )
    assert status == 200
    name, content = seen[0]["document"]  # type: ignore[misc]
    assert content == b"PK\x03\x04 rows" and name == "inscripción.xlsx"
    assert seen[0]["chat_id"] == "-100" and seen[0]["caption"] == "Lista"


async def test_a_slow_answer_is_a_timeout(server) -> None:
    url, _, _, _ = server
    async with AiohttpRequest(4, **TIMEOUTS) as request:
        with pytest.raises(TimedOut) as caught:
            await request.do_request(f"{url}/slow", "POST", _data(chat_id=1), read_timeout=0.2)
    assert NOT_SENT not in caught.value.message  # it left: a send may have been delivered


async def test_no_free_connection_is_a_timeout_that_says_nothing_was_sent(server) -> None:
    url, seen, release, arrived = server
    async with AiohttpRequest(1, **TIMEOUTS) as request:
        first = asyncio.create_task(request.do_request(f"{url}/slow", "POST", _data(chat_id=1)))
        await arrived.wait()  # the one connection is taken
        with pytest.raises(TimedOut, match="not sent"):
            await request.do_request(f"{url}/sendMessage", "POST", _data(chat_id=2), pool_timeout=0.2)
        release.set()
        assert (await first)[0] == 200
    assert [s["chat_id"] for s in seen] == ["1"]


async def test_a_refused_connection_is_a_network_error() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with AiohttpRequest(4, **TIMEOUTS) as request:
        with pytest.raises(NetworkError, match="aiohttp"):
            await request.do_request(f"http://127.0.0.1:{port}/getMe", "POST")


async def test_a_bot_works_through_it_after_a_restart(server) -> None:
    url, seen, _, _ = server
    request = AiohttpRequest(4, **TIMEOUTS)
    bot = Bot("1:T", base_url=f"{url}/", request=request, get_updates_request=AiohttpRequest(1, **TIMEOUTS))
    for _ in range(2):  # shut down, then initialised again (as tests and restarts do)
        async with bot:
            assert await bot.delete_message(chat_id=5, message_id=7) is True
    assert [s["message_id"] for s in seen if "message_id" in s] == ["7", "7"]
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request(f"{url}/getMe", "POST")


async def test_a_request_cancelled_while_it_waits_for_a_connection_is_not_sent(server) -> None:
    """Cancelled in the pool's wait, a request is never sent and takes no connection with it: the next
    request gets the pool's one connection. (Cancelled once granted the connection, a request is sent:
    nothing then stands between the grant and the write. Until the client read the proxy environment in
    a worker thread on every request, that thread hop hid the difference.)"""
    url, seen, release, arrived = server
    async with AiohttpRequest(1, **TIMEOUTS, pool_timeout=5.0) as request:
        holder = asyncio.create_task(request.do_request(f"{url}/slow", "POST", _data(chat_id=1)))
        waiting = asyncio.create_task(request.do_request(f"{url}/sendMessage", "POST", _data(chat_id=2)))
        await arrived.wait()  # the holder's request reached the server; the other waits for the connection
        waiting.cancel()  # a worker stopping
        release.set()
        await holder
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert (await request.do_request(f"{url}/sendMessage", "POST", _data(chat_id=3)))[0] == 200
    assert [s["chat_id"] for s in seen] == ["1", "3"]


async def test_a_zero_pool_timeout_still_sends_when_a_connection_is_free(server) -> None:
    url, seen, _, _ = server
    async with AiohttpRequest(2, **TIMEOUTS) as request:
        status, _ = await request.do_request(f"{url}/sendMessage", "POST", _data(chat_id=4), pool_timeout=0)
    assert status == 200 and seen[0]["chat_id"] == "4"


async def test_file_names_with_quotes_and_line_breaks_are_encoded_as_httpx_does(server) -> None:
    url, seen, _, _ = server
    document = InputFile(b"data", filename='a "b"\nc.csv')
    async with AiohttpRequest(4, **TIMEOUTS) as request:
        status, _ = await request.do_request(
            f"{url}/sendDocument", "POST", _data(chat_id=1, document=document)
        )
    assert status == 200 and seen[0]["document"] == ("a %22b%22%0Ac.csv", b"data")  # type: ignore[comparison-overlap]


async def test_the_proxy_of_the_environment_is_used(server, monkeypatch: pytest.MonkeyPatch) -> None:
    url, seen, _, _ = server  # the server stands in for a forward proxy: it records what reaches it
    monkeypatch.setenv("HTTP_PROXY", url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    async with AiohttpRequest(4, **TIMEOUTS) as request:
        status, _ = await request.do_request(
            "http://api.telegram.invalid/botX/sendMessage", "POST", _data(chat_id=9)
        )
    assert status == 200 and seen[0]["chat_id"] == "9"
