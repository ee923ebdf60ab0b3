"""Acceptance: callback data the bot never issued (huge numbers, non-ASCII digits, junk) is refused
quietly: every press is answered, nothing fails, nothing is logged as an error, and the bot carries on."""

from __future__ import annotations

import logging

import pytest

from bot.clock import FixedClock
from bot.i18n import LANGUAGES, I18n
from localapi import LocalBotApi, LocalUser
from tests.support.organisers import GROUP, ORGANISER, organisers_bot
from tests.support.registration import EN, open_rsvp, register
from tests.support.waiting import PATIENCE

# Beyond int64 (47 and 65 digits), beyond int32 (PostgreSQL's integer ids), and digits that
# str.isdigit() accepts but the bot never writes: superscript two, Arabic-Indic three, full-width one.
NUMBERS = ("9" * 47, "1" + "0" * 64, "9" * 19, "99999999999", "²", "٣", "１", "0" * 30 + "1")
SIGNATURE = "AAAAAAAAAAA"


def delegate_presses(n: str) -> list[str]:
    """Forged presses of every delegate-side button kind, carrying `n` where a number or key goes."""
    return [
        *(f"qrelay:{n}", f"rf:{n}:go", f"rf:{n}:new", f"mr:wr:{n}", f"mr:wry:{n}", f"mr:wdy:{n}"),
        *(f"sp:{n}", f"fg:yes:{n}", f"fg:{n}", f"qev:{n}", f"menu:{n}", f"ics:{n}"),
        *(f"lang:{n}", f"ev:{n}", f"evpast:{n}", f"f:{n}:c:{n}", f"f:{n}:ok:", f"{n}:{n}", n),
    ]


def organiser_presses(n: str) -> list[str]:
    """Forged presses of the organisers' signed buttons (decisions, Add to the FAQ)."""
    return [
        *(f"od:{n}:as:{SIGNATURE}", f"od:1:as:{n}", f"od:{n}:{n}", f"od:{n}"),
        *(f"ofaq:{n}:{SIGNATURE}", f"ofaq:1:{n}", f"ofaq:{n}"),
    ]


async def press_all(api: LocalBotApi, u: LocalUser, presses: list[str]) -> None:
    """Send the forged presses and wait until each one has been answered."""
    before = len(api.callback_queries(u.id))
    for data in presses:
        await u.press(data=data, force=True)
    expected = before + len(presses)
    await api.wait_until(lambda: len(api.callback_queries(u.id, answered=True)) >= expected, PATIENCE)
    assert api.callback_queries(u.id, answered=False) == []


async def test_forged_callback_data_is_refused_quietly(
    local_api: LocalBotApi, database_url: str, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    async with organisers_bot(local_api, database_url, clock) as org:
        registered = local_api.user(6101, first_name="Rita", language_code="en")
        await register(registered, EN, "Rita Moreno", "Peru", "rita@example.org")
        drafting = local_api.user(6102, first_name="Dan", language_code="es")
        await open_rsvp(drafting)  # a conversation in progress: flow buttons reach the draft
        organiser = org.member(ORGANISER)
        for n in NUMBERS:
            await press_all(local_api, registered, delegate_presses(n))
            await press_all(local_api, drafting, delegate_presses(n))
            await press_all(local_api, organiser, organiser_presses(n))

        for u in (registered, drafting):
            await u.send("/help")
            assert "/register" in (await u.reply(PATIENCE)).text
        chats = (registered.id, drafting.id, GROUP)
        texts = [m.text or "" for chat in chats for m in local_api.bot_messages(chat)]
    apologies = {I18n().t(lang, "error-generic") for lang in LANGUAGES}
    assert not [t for t in texts if t in apologies]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert "Traceback" not in caplog.text
