"""Tests for localapi: a real HTTP Bot API server driven by python-telegram-bot."""

from __future__ import annotations

import asyncio
import datetime as dtm
from collections.abc import AsyncIterator

import aiohttp
import pytest
from telegram import (
    Bot,
    ChatMemberAdministrator,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MessageEntity,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.ext import ApplicationBuilder, CallbackQueryHandler, CommandHandler, ContextTypes

from localapi import ApiError, ControlError, Fault, LocalBotApi, RateLimit, sample_png
from localapi.html import parse_html
from localapi.markdown import parse_markdown_v2
from localapi.updates import MAX_TIMEOUT
from tests.support.waiting import PATIENCE, eventually

TOKEN = "123456:TEST-TOKEN"
BOT_USERNAME = "delegatebot_test_bot"


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opt in to PTB's timedelta retry_after (the int form emits a deprecation warning)."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture
async def api() -> AsyncIterator[LocalBotApi]:
    async with LocalBotApi(token=TOKEN, bot_username=BOT_USERNAME) as server:
        yield server


@pytest.fixture
async def bot(api: LocalBotApi) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=api.base_url, base_file_url=api.base_file_url) as client:
        yield client


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


def keyboard(*labels: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=f"pick:{label}") for label in labels]]
    )


# --- raw protocol -------------------------------------------------------------------------------


async def test_get_me_and_base_urls(api: LocalBotApi, bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.is_bot) == (123456, BOT_USERNAME, True)
    assert api.base_url == f"http://127.0.0.1:{api.port}/bot" and api.port > 0
    assert api.base_file_url == f"http://127.0.0.1:{api.port}/file/bot"


async def test_protocol_errors_and_param_encodings(api: LocalBotApi, http: aiohttp.ClientSession) -> None:
    async with http.get(f"{api.base_url}999:WRONG/getMe") as resp:
        assert resp.status == 401
        assert await resp.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    async with http.get(f"{api.base_url}{TOKEN}/noSuchMethod") as resp:
        assert (resp.status, (await resp.json())["description"]) == (404, "Not Found")
    async with http.get(f"{api.base_url}{TOKEN}/GETME") as resp:
        assert (await resp.json())["result"]["username"] == BOT_USERNAME
    api.add_user(7)
    url = f"{api.base_url}{TOKEN}/sendMessage"
    async with http.post(url, json={"chat_id": 7, "text": "json"}) as resp:
        assert (await resp.json())["result"]["text"] == "json"
    async with http.post(url, data={"chat_id": "7", "text": "form"}) as resp:
        assert (await resp.json())["result"]["message_id"] == 2
    async with http.get(url, params={"chat_id": "7", "text": "query"}) as resp:
        assert (await resp.json())["result"]["chat"] == {"id": 7, "first_name": "User7", "type": "private"}
    async with http.post(url, json={"chat_id": 8, "text": "x"}) as resp:
        assert await resp.json() == {
            "ok": False,
            "error_code": 400,
            "description": "Bad Request: chat not found",
        }
    assert [m.text for m in api.bot_messages(7)] == ["json", "form", "query"]


# --- getUpdates ----------------------------------------------------------------------------------


async def test_get_updates_offset_limit_and_confirmation(api: LocalBotApi, bot: Bot) -> None:
    user = api.user(42, "Ana", language_code="es-419")
    for text in ("one", "two", "three"):
        await user.send(text)
    updates = await bot.get_updates()
    assert [u.message.text for u in updates] == ["one", "two", "three"]
    assert updates[0].message.from_user.language_code == "es-419"
    assert [u.message.text for u in await bot.get_updates(limit=1)] == ["one"]
    second = updates[1].update_id
    assert [u.message.text for u in await bot.get_updates(offset=second)] == ["two", "three"]
    assert [u.message.text for u in await bot.get_updates()] == ["two", "three"]  # "one" was confirmed
    assert [u.message.text for u in await bot.get_updates(offset=-1)] == ["three"]
    assert await bot.get_updates(offset=updates[-1].update_id + 1) == ()
    assert (await bot.get_webhook_info()).pending_update_count == 0


async def test_long_poll_is_held_until_an_update_arrives(api: LocalBotApi, bot: Bot) -> None:
    user = api.user(42)
    assert await bot.get_updates(timeout=0.3) == ()  # nothing came: empty, once its timeout is over
    poll = asyncio.create_task(bot.get_updates(timeout=MAX_TIMEOUT))
    # Logged on arrival, then held: this re-read wakes long before the poll's own timeout would.
    (_, held) = await eventually(lambda: api.calls("getUpdates"), lambda calls: len(calls) == 2)
    assert held.result is None and not poll.done()
    update = await user.send("/start rsd2026@x")
    # Answered on the update's arrival: waiting for the poll's timeout instead would outlast PATIENCE.
    (received,) = await asyncio.wait_for(poll, PATIENCE)
    assert received.update_id == update["update_id"]
    assert received.message.text == "/start rsd2026@x"
    assert [u["update_id"] for u in held.result] == [update["update_id"]]


async def test_allowed_updates_and_commands_entities(api: LocalBotApi, bot: Bot) -> None:
    user = api.user(42)
    await bot.get_updates(allowed_updates=["callback_query"], timeout=0)
    await user.send("ignored")
    assert await bot.get_updates(timeout=0) == ()
    await bot.get_updates(allowed_updates=[], timeout=0)
    update = await user.send(f"/vote@{BOT_USERNAME} yes, see @someone #tag https://example.org.")
    entities = [(e["type"], e["offset"], e["length"]) for e in update["message"]["entities"]]
    assert entities == [
        ("bot_command", 0, 26),
        ("mention", 36, 8),
        ("hashtag", 45, 4),
        ("url", 50, 19),
    ]
    (received,) = await bot.get_updates(timeout=0)
    assert (
        received.message.parse_entities([MessageEntity.BOT_COMMAND]).popitem()[1] == f"/vote@{BOT_USERNAME}"
    )


# --- sending and formatting -------------------------------------------------------------------------


async def test_send_message_html_entities_and_keyboard(api: LocalBotApi, bot: Bot) -> None:
    api.add_user(42)
    text = "<b>Hi</b> &amp; <a href='https://example.com'>link</a> <tg-spoiler>x</tg-spoiler> 🏟 <i>é</i>"
    message = await bot.send_message(42, text, parse_mode=ParseMode.HTML, reply_markup=keyboard("Yes", "No"))
    assert message.text == "Hi & link x 🏟 é"
    assert [(e.type, e.offset, e.length) for e in message.entities] == [
        ("bold", 0, 2),
        ("text_link", 5, 4),
        ("spoiler", 10, 1),
        ("italic", 15, 1),  # 🏟 takes two UTF-16 code units
    ]
    assert message.entities[1].url == "https://example.com/"
    (record,) = api.bot_messages(42)
    assert record.buttons == ["Yes", "No"] and record.find_button("No")["callback_data"] == "pick:No"
    assert record.params["parse_mode"] == "HTML"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("<b>bold", 'can\'t find end tag corresponding to start tag "b"'),
        ("a < b", 'unsupported start tag "" at byte offset 2'),
        ("<b>x</i>", 'unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("<br>", 'unsupported start tag "br" at byte offset 0'),
    ],
)
async def test_broken_html_is_rejected(api: LocalBotApi, bot: Bot, text: str, error: str) -> None:
    api.add_user(42)
    with pytest.raises(BadRequest) as info:
        await bot.send_message(42, text, parse_mode=ParseMode.HTML)
    assert info.value.message.lower() == f"can't parse entities: {error}"
    (call,) = api.calls("sendMessage")
    assert call.error_code == 400 and call.description.startswith("Bad Request: can't parse entities: ")
    assert api.bot_messages(42) == []


async def test_length_and_empty_text_limits(api: LocalBotApi, bot: Bot) -> None:
    api.add_user(42)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(42, "a" * 4097)
    long_markup = "<b>" + "a" * 4090 + "</b>" + "&amp;" * 6
    assert len((await bot.send_message(42, long_markup, parse_mode=ParseMode.HTML)).text) == 4096
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(42, "<b> </b>", parse_mode=ParseMode.HTML)


async def test_markdown_v2(api: LocalBotApi, bot: Bot) -> None:
    api.add_user(42)
    message = await bot.send_message(42, "*Hi* _there_\\.", parse_mode=ParseMode.MARKDOWN_V2)
    assert message.text == "Hi there." and [e.type for e in message.entities] == ["bold", "italic"]
    with pytest.raises(BadRequest, match=r"character '\.' is reserved"):
        await bot.send_message(42, "Hello.", parse_mode=ParseMode.MARKDOWN_V2)


async def test_date_time_entity_is_kept_verbatim(api: LocalBotApi, bot: Bot) -> None:
    api.add_user(42)
    when = dtm.datetime(2026, 5, 4, 10, 0, tzinfo=dtm.UTC)
    entity = MessageEntity(MessageEntity.DATE_TIME, 11, 5, unix_time=when, date_time_format="wDT")
    message = await bot.send_message(42, "Meeting at 10:00", entities=[entity])
    (got,) = message.entities
    assert (got.type, got.unix_time, got.date_time_format) == ("date_time", when, "wDT")
    raw = api.last_bot_message(42).json["entities"]
    assert raw == [
        {"type": "date_time", "offset": 11, "length": 5, "unix_time": 1777888800, "date_time_format": "wDT"}
    ]
    html = await bot.send_message(
        42, '<tg-time unix="1777888800" format="t">10:00</tg-time>', parse_mode="HTML"
    )
    assert (html.entities[0].type, html.entities[0].date_time_format) == ("date_time", "t")


async def test_edits_and_not_modified(api: LocalBotApi, bot: Bot) -> None:
    api.add_user(42)
    sent = await bot.send_message(42, "Pick one", reply_markup=keyboard("A", "B"))
    mark = api.mark()
    edited = await bot.edit_message_text("Picked A", 42, sent.message_id, reply_markup=keyboard("Undo"))
    assert edited.text == "Picked A" and edited.edit_date is not None
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("Picked A", 42, sent.message_id, reply_markup=keyboard("Undo"))
    await bot.edit_message_reply_markup(42, sent.message_id)
    (record,) = api.messages_since(mark, 42)
    assert (record.text, record.buttons, len(record.history)) == ("Picked A", [], 2)
    assert "reply_markup" not in record.json
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", 42, 999)
    assert await bot.delete_message(42, sent.message_id) is True
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(42, sent.message_id)
    assert api.bot_messages(42) == [] and api.bot_messages(42, include_deleted=True)[0].deleted


# --- files ------------------------------------------------------------------------------------------


async def test_document_upload_and_download_byte_for_byte(api: LocalBotApi, bot: Bot) -> None:
    api.add_user(42)
    payload = bytes(range(256)) * 40
    message = await bot.send_document(
        42, payload, filename="agenda.pdf", caption="<b>Agenda</b>", parse_mode="HTML"
    )
    document = message.document
    assert (document.file_name, document.mime_type, document.file_size) == (
        "agenda.pdf",
        "application/pdf",
        10240,
    )
    assert (message.caption, message.caption_entities[0].type) == ("Agenda", "bold")
    record = api.last_bot_message(42)
    assert record.data == payload and record.document["file_id"] == document.file_id
    downloaded = await (await bot.get_file(document.file_id)).download_as_bytearray()
    assert bytes(downloaded) == payload
    again = await bot.send_document(42, document.file_id)
    assert again.document.file_unique_id == document.file_unique_id


async def test_photos_and_user_files(api: LocalBotApi, bot: Bot) -> None:
    user = api.user(42)
    photo = await bot.send_photo(42, sample_png(3, 2), caption="map")
    assert (photo.photo[-1].width, photo.photo[-1].height, photo.caption) == (3, 2, "map")
    with pytest.raises(BadRequest, match="Image_process_failed"):
        await bot.send_photo(42, b"not an image")
    await user.send_document(b"hello,csv", "list.csv", caption="my list")
    (update,) = await bot.get_updates()
    assert update.message.document.mime_type == "text/csv"
    data = await (await update.message.document.get_file()).download_as_bytearray()
    assert bytes(data) == b"hello,csv"


# --- callbacks -------------------------------------------------------------------------------------


async def test_callback_press_and_answer(api: LocalBotApi, bot: Bot) -> None:
    user = api.user(42)
    sent = await bot.send_message(42, "Language?", reply_markup=keyboard("English", "Español"))
    await user.press("English")
    (update,) = await bot.get_updates()
    query = update.callback_query
    assert (query.data, query.message.message_id, query.from_user.id) == ("pick:English", sent.message_id, 42)
    assert await bot.answer_callback_query(query.id, text="Saved", show_alert=True)
    (answer,) = user.answers
    assert answer.answer["text"] == "Saved" and answer.answer["show_alert"] is True
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query(query.id)
    with pytest.raises(ControlError, match="no bot message"):
        await user.press("Deutsch")
    forged = await user.press(data="pick:forged", message=sent.message_id, force=True)
    assert forged["callback_query"]["data"] == "pick:forged"
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(
            42, "x", reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="d" * 65)]])
        )


async def test_reply_keyboard_press_sends_text(api: LocalBotApi, bot: Bot) -> None:
    user = api.user(42)
    await bot.send_message(42, "Sure?", reply_markup=ReplyKeyboardMarkup([["Yes", "No"]]))
    assert "reply_markup" not in api.last_bot_message(42).json  # reply keyboards are not part of the message
    update = await user.press("Yes")
    assert update["message"]["text"] == "Yes"


# --- faults -----------------------------------------------------------------------------------------


async def test_faults_surface_as_telegram_errors(api: LocalBotApi, bot: Bot) -> None:
    user = api.user(42)
    api.add_fault(Fault.flood("sendMessage", retry_after=7))
    with pytest.raises(RetryAfter) as info:
        await bot.send_message(42, "hi")
    assert info.value.retry_after == dtm.timedelta(seconds=7)
    assert (await bot.send_message(42, "hi")).text == "hi"  # the fault was used up
    api.add_fault(Fault.blocked("sendMessage", chat_id=42))
    with pytest.raises(Forbidden, match="blocked by the user"):
        await bot.send_message(42, "hi")
    api.add_fault(Fault.server_error("getMe", code=502))
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.get_me()
    user.block()
    with pytest.raises(Forbidden, match="Forbidden: bot was blocked by the user"):
        await bot.send_message(42, "hi")
    blocked_update = (await bot.get_updates())[-1]
    assert blocked_update.my_chat_member.new_chat_member.status == "kicked"
    assert [c.error_code for c in api.calls("sendMessage", errors_only=True)] == [429, 403, 403]


async def test_a_slow_call_is_held_while_calls_made_meanwhile_are_answered(
    api: LocalBotApi, bot: Bot
) -> None:
    api.add_user(42)
    api.add_fault(Fault.slow("sendMessage", 1.0, chat_id=42))
    slow = asyncio.create_task(bot.send_message(42, "first"))
    # The server logs the call on arrival, then the fault holds it for a second: this re-read wakes
    # (every 50 ms) before the fault's delay is over, and what follows does not yield to the event loop.
    (held,) = await eventually(lambda: api.calls("sendMessage"))
    await api.call("sendMessage", chat_id=42, text="second")  # the fault is used up: answered at once
    assert held.result is None and [m.text for m in api.bot_messages(42)] == ["second"]
    assert (await slow).text == "first"  # then answered normally
    assert [m.text for m in api.bot_messages(42)] == ["second", "first"] and held.ok


async def test_rate_limit_emulation(api: LocalBotApi, bot: Bot) -> None:
    api.add_user(42)
    api.set_rate_limit(RateLimit(chat_per_second=1, chat_burst=2))
    await bot.send_message(42, "1")
    await bot.send_message(42, "2")
    with pytest.raises(RetryAfter):
        await bot.send_message(42, "3")


# --- chats, members, commands -----------------------------------------------------------------------


async def test_groups_members_and_commands(api: LocalBotApi, bot: Bot) -> None:
    api.add_user(1, "Org")
    api.add_user(2, "Delegate")
    api.add_group(-100123, "Plenary", members={1: "administrator", 2: "member"}, bot_status="administrator")
    member = await bot.get_chat_member(-100123, 1)
    assert isinstance(member, ChatMemberAdministrator)
    assert (await bot.get_chat_member(-100123, 2)).status == "member"
    assert {m.user.id for m in await bot.get_chat_administrators(-100123)} == {1, 123456}
    chat = await bot.get_chat(-100123)
    assert (chat.type, chat.title) == ("supergroup", "Plenary")
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.get_chat(-5)
    await api.user(2).in_chat(-100123).send(f"/agenda@{BOT_USERNAME}")
    (update,) = await bot.get_updates()
    assert update.message.chat.id == -100123 and update.message.from_user.id == 2
    assert await bot.set_my_commands([("start", "Start"), ("agenda", "Agenda")], language_code="es")
    assert api.commands(language_code="es") == [
        {"command": "start", "description": "Start"},
        {"command": "agenda", "description": "Agenda"},
    ]
    assert [c.command for c in await bot.get_my_commands(language_code="es")] == ["start", "agenda"]
    assert await bot.get_my_commands() == ()
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([("Bad-Command", "x")])


# --- control over HTTP ------------------------------------------------------------------------------


async def test_http_control_routes(api: LocalBotApi, bot: Bot, http: aiohttp.ClientSession) -> None:
    control = f"{api.url}/control"

    async def post(path: str, **body: object) -> object:
        async with http.post(control + path, json=body) as resp:
            data = await resp.json()
            assert data["ok"], data
            return data["result"]

    async def get(path: str, **params: object) -> object:
        async with http.get(control + path, params={k: str(v) for k, v in params.items()}) as resp:
            return (await resp.json())["result"]

    await post("/users", id=42, first_name="Ana", language_code="es")
    update = await post("/command", user_id=42, command="start", payload="rsd2026")
    (received,) = await bot.get_updates()
    assert received.message.text == "/start rsd2026" == update["message"]["text"]
    mark = await get("/mark")
    await bot.send_message(42, "Hola", reply_markup=keyboard("OK"))
    waited = await get("/wait", chat_id=42, since=mark, timeout=2)
    assert [m["text"] for m in waited["messages"]] == ["Hola"]
    await post("/callback", user_id=42, label="OK")
    assert (await bot.get_updates(offset=received.update_id + 1))[0].callback_query.data == "pick:OK"
    await post(
        "/faults",
        method="sendMessage",
        error_code=429,
        description="Too Many Requests: retry after 3",
        retry_after=3,
    )
    with pytest.raises(RetryAfter):
        await bot.send_message(42, "x")
    calls = await get("/calls", method="sendMessage")
    assert [c["ok"] for c in calls] == [True, False]
    async with http.post(control + "/callback", json={"user_id": 42, "label": "Nope"}) as resp:
        assert resp.status == 400 and "Nope" in (await resp.json())["error"]
    async with http.get(control + "/wait", params={"chat_id": "42", "timeout": "0.1"}) as resp:
        assert resp.status == 408


# --- a real python-telegram-bot Application ---------------------------------------------------------


async def test_real_application_with_long_polling(api: LocalBotApi) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        payload = " ".join(context.args or [])
        await update.message.reply_text(f"Welcome! payload={payload}", reply_markup=keyboard("English"))

    async def picked(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.callback_query.answer("Saved")
        await update.callback_query.edit_message_text(f"You picked {update.callback_query.data}")

    app = ApplicationBuilder().token(TOKEN).base_url(api.base_url).base_file_url(api.base_file_url).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(picked))
    user = api.user(42, "Ana", language_code="es")
    async with app:
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=1)
        await user.send("/start rsd2026")
        reply = await user.reply(PATIENCE)
        assert (reply.text, reply.buttons) == ("Welcome! payload=rsd2026", ["English"])
        await user.press("English")
        (edited,) = await user.replies(timeout=PATIENCE)
        assert edited.text == "You picked pick:English" and edited.message_id == reply.message_id
        await api.wait_until(lambda: user.answers and user.answers[0].answered, PATIENCE)
        await app.updater.stop()
        await app.stop()


async def test_in_process_calls_and_timeout_diagnostics(api: LocalBotApi) -> None:
    user = api.user(42)
    await api.call("sendMessage", chat_id=42, text="<i>hi</i>", parse_mode="HTML")
    with pytest.raises(ApiError) as info:
        await api.call("sendMessage", chat_id=42, text="<i>hi", parse_mode="HTML")
    assert info.value.code == 400
    with pytest.raises(
        TimeoutError, match=r"got 1: \['hi'\].*sendMessage: Bad Request: can't parse entities"
    ):
        await user.replies(count=2, timeout=0.1)


# --- parsers (tdlib's own test vectors) -----------------------------------------------------------


def test_parsers_follow_tdlib() -> None:
    assert parse_html("🏟 🏟&lt;<i    aba  =  190azAz-.   >a</i>") == (
        "🏟 🏟<a",
        [{"type": "italic", "offset": 6, "length": 1}],
    )
    assert parse_html('<pre><code class="language-python">x</code></pre>')[1] == [
        {"type": "pre", "offset": 0, "length": 1, "language": "python"}
    ]
    assert parse_html("&lt;&gt;&amp;&quot;&laquo;&#12345678;")[0] == '<>&"&laquo;&#12345678;'
    assert parse_markdown_v2("🏟 🏟_🏟 __🏟___")[1] == [
        {"type": "italic", "offset": 5, "length": 5},
        {"type": "underline", "offset": 8, "length": 2},
    ]
    with pytest.raises(Exception, match="Can't find end of Italic entity at byte offset 23"):
        parse_markdown_v2("🏟 🏟__🏟 _🏟___")
