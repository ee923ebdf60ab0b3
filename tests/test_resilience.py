"""Telegram errors (429, 403, 400, 5xx, timeouts) never lose an answer silently nor crash the bot."""

from __future__ import annotations

import logging

import pytest

from bot.localrun import RunningBot
from localapi import Fault, LocalBotApi
from tests.support.waiting import PATIENCE


async def test_flood_limit_is_waited_out_and_the_reply_arrives(
    local_api: LocalBotApi, bot: RunningBot
) -> None:
    u = local_api.user(2001, first_name="Ana", language_code="es")
    local_api.add_fault(Fault.flood("sendMessage", retry_after=1, chat_id=u.id))
    await u.send("/help")
    (reply,) = await u.replies(1, PATIENCE)
    assert reply.text.startswith("Respondo preguntas")
    errors = local_api.calls("sendMessage", errors_only=True)
    assert len(errors) == 1 and errors[0].error_code == 429


@pytest.mark.parametrize("status", [500, 502])
async def test_server_errors_are_retried(local_api: LocalBotApi, bot: RunningBot, status: int) -> None:
    u = local_api.user(2002, first_name="Bo", language_code="en")
    local_api.add_fault(Fault.server_error("sendMessage", status, chat_id=u.id))
    await u.send("/help")
    (reply,) = await u.replies(1, PATIENCE)
    assert reply.text.startswith("I answer questions")


async def test_a_user_who_blocked_the_bot_does_not_break_it(
    local_api: LocalBotApi, bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    gone = local_api.user(2003, first_name="Cy", language_code="en")
    local_api.add_fault(Fault.blocked("sendMessage", chat_id=gone.id, times=-1))
    other = local_api.user(2004, first_name="Di", language_code="en")
    with caplog.at_level(logging.INFO):
        await gone.send("/help")
        await local_api.wait_until(lambda: local_api.calls("sendMessage", errors_only=True), PATIENCE)
        await other.send("/help")
        assert (await other.reply(PATIENCE)).text.startswith("I answer questions")
    assert "user 2003 cannot be reached" in caplog.text
    assert "Traceback" not in caplog.text


async def test_a_bad_request_is_reported_to_the_user_in_their_language(
    local_api: LocalBotApi, bot: RunningBot
) -> None:
    u = local_api.user(2005, first_name="Ed", language_code="es")
    local_api.add_fault(Fault.bad_request("sendMessage", "Bad Request: something odd", chat_id=u.id))
    await u.send("/help")
    (reply,) = await u.replies(1, PATIENCE)
    assert reply.text == "Lo siento, algo falló de mi lado. Vuelva a intentarlo en un momento."


async def test_slow_api_still_answers(local_api: LocalBotApi, bot: RunningBot) -> None:
    u = local_api.user(2006, first_name="Flo", language_code="en")
    local_api.add_fault(Fault.slow("sendMessage", 1.0, chat_id=u.id))
    await u.send("/help")
    (reply,) = await u.replies(1, PATIENCE)
    assert reply.text.startswith("I answer questions")
