"""Acceptance: long texts (questions full of characters HTML escapes, long organisers' answers, a long /start
payload) reach the other side whole, split under Telegram's limit, or shortened with a note; never as a
placeholder, and never in a message Telegram would refuse."""

from __future__ import annotations

import pytest

from bot.clock import FixedClock
from bot.i18n import I18n
from bot.localrun import RunningBot
from localapi import LocalBotApi, MessageRecord
from tests.support.organisers import GROUP, ORGANISER, organisers_bot, questions
from tests.support.waiting import PATIENCE, eventually

VISA = "¿Necesito visa para entrar a El Salvador?"
# 1,000 characters, 4,300 once escaped for HTML.
QUESTION = VISA + " " + "<&>" * ((1000 - len(VISA) - 1) // 3)
SHORTENED = {lang: I18n().t(lang, "text-shortened") for lang in ("en", "es")}


def answer_of(size: int) -> str:
    """An organiser's answer of `size` characters, with words and characters HTML escapes."""
    return ("Sí: a<b & c>d, " * size)[:size].strip()


def told_since(api: LocalBotApi, chat_id: int, since: int) -> str:
    """What the bot sent in a chat since a mark, as one text."""
    return " ".join(m.text or "" for m in api.messages_since(since, chat_id))


def sane(messages: list[MessageRecord]) -> None:
    """Every message fits Telegram's limit and none has a placeholder for a text Fluent refused."""
    for message in messages:
        assert len(message.text or "") <= 4096
        assert "{???}" not in (message.text or "")


@pytest.mark.parametrize("size", [2600, 3400, 4000])
async def test_long_questions_and_answers_make_the_round_trip(
    local_api: LocalBotApi, database_url: str, clock: FixedClock, size: int
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        eva = local_api.user(6201, first_name="Eva", language_code="es")
        await eva.send("/start rsd2026")
        await eva.replies(2, PATIENCE)
        since = org.mark()
        await eva.send(QUESTION)
        defer = await eva.reply(PATIENCE)
        assert defer.buttons == ["📨 Transmitir mi pregunta a los organizadores"]
        await eva.press(defer.buttons[0])
        (post,) = await org.posts(since)
        assert QUESTION in (post.text or "")  # 1,000 characters shown: the post keeps it whole
        await eventually(lambda: questions(org.url), lambda found: found[0].status == "relayed")

        answer = answer_of(size)
        since = org.mark()
        await org.member(ORGANISER).send(answer, reply_to=post)
        whole = " ".join(answer.split())  # the answer repeats itself: wait for all of it, not its tail
        told = await eventually(
            lambda: told_since(local_api, eva.id, since), lambda t: whole in " ".join(t.split())
        )
        assert told.startswith("📬 Los organizadores respondieron a su pregunta")
        assert QUESTION[:400] in told and SHORTENED["es"] in told  # the question, shortened with a note
        assert whole in " ".join(told.split())  # the whole answer, split between words
        assert len(local_api.messages_since(since, eva.id)) == (2 if size == 4000 else 1)
        (edited,) = await org.posts(since)
        assert edited.message_id == post.message_id
        assert answer[:1000] in (edited.text or "") and SHORTENED["en"] in (edited.text or "")
        sane(local_api.bot_messages(eva.id) + local_api.bot_messages(GROUP))
    (stored,) = await questions(database_url)
    assert (stored.text, stored.answer) == (QUESTION, answer)


async def test_a_long_start_payload_gets_the_usual_greeting(local_api: LocalBotApi, bot: RunningBot) -> None:
    u = local_api.user(6202, first_name="Leo", language_code="en")
    payload = ("<&>" * 1334)[:4000]
    await u.send(f"/start {payload}")
    greeting, sorry, listing = await u.replies(3, PATIENCE)
    assert greeting.text.startswith("Hello, Leo!")
    assert payload[:40] in sorry.text and SHORTENED["en"] in sorry.text
    assert listing.text == "Which event are you interested in?"
    sane([greeting, sorry, listing])
