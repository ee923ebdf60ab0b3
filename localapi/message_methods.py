"""Bot API methods that send, edit and delete messages (text, documents, photos)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .formatting import format_text
from .markup import validate_markup
from .media import guess_mime, image_size
from .methods import Params, Upload, api_method
from .state import JSON, Chat, MessageRecord, StoredFile, bad_request, clone, now
from .store import BotState

MEDIA_KEYS = ("document", "photo", "video", "audio", "animation", "voice")
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same "
    "as a current content and reply markup of the message"
)
_COMPARED = ("text", "entities", "caption", "caption_entities", "reply_markup")


def _target(state: BotState, p: Params) -> Chat:
    """The chat to send to, after Telegram's chat and permission checks."""
    chat = state.chat(p.chat_id())
    state.check_can_send(chat)
    return chat


class _UsersJson(Mapping[int, JSON]):
    """Known users as JSON (for text_mention entities), each converted when looked up: a message mentions
    few users, and converting every known one per message made each send O(users)."""

    def __init__(self, state: BotState) -> None:
        self._users = state.users

    def __getitem__(self, user_id: int) -> JSON:
        return self._users[user_id].to_json()

    def __iter__(self) -> Iterator[int]:
        return iter(self._users)

    def __len__(self) -> int:
        return len(self._users)


def _reply_to(state: BotState, chat: Chat, p: Params) -> JSON | None:
    """reply_to_message (plus quote) for reply_parameters / reply_to_message_id."""
    reply = p.decoded("reply_parameters")
    if reply is None and p.has("reply_to_message_id"):
        reply = {"message_id": p.get("reply_to_message_id")}
        reply["allow_sending_without_reply"] = p.flag("allow_sending_without_reply")
    if not reply:
        return None
    if not isinstance(reply, dict):
        raise bad_request("can't parse reply parameters JSON object")
    target = state.chat(reply["chat_id"]) if reply.get("chat_id") not in (None, "") else chat
    record = state.message(target.id, reply.get("message_id"))
    if record is None:
        if reply.get("allow_sending_without_reply"):
            return None
        raise bad_request("message to be replied not found")
    out = {"reply_to_message": state.quoted(record)}
    if reply.get("quote"):
        out["quote"] = {
            "text": reply["quote"],
            "position": int(reply.get("quote_position", 0)),
            "is_manual": True,
        }
    return out


def _deliver(state: BotState, chat: Chat, p: Params, content: JSON, file: StoredFile | None = None) -> JSON:
    """Build, store and return a new bot message."""
    markup = validate_markup(p.decoded("reply_markup"))
    reply = _reply_to(state, chat, p)
    message: JSON = {
        "message_id": chat.next_message_id(),
        "from": state.bot.to_json(),
        "chat": chat.to_json(),
    }
    message["date"] = now()
    message.update(reply or {})
    message.update(content)
    if markup is not None and "inline_keyboard" in markup:
        message["reply_markup"] = {"inline_keyboard": markup["inline_keyboard"]}
    if p.flag("protect_content"):
        message["has_protected_content"] = True
    state.add_message(chat, message, from_bot=True, params=p.loggable(), markup=markup, file=file)
    return clone(message)


def _caption(state: BotState, p: Params) -> JSON:
    """caption / caption_entities fields (empty when no caption)."""
    text, entities = format_text(
        p.string("caption"),
        p.string("parse_mode"),
        p.decoded("caption_entities"),
        caption=True,
        users=_UsersJson(state),
    )
    return {k: v for k, v in (("caption", text), ("caption_entities", entities)) if v}


@api_method("sendMessage")
def send_message(state: BotState, p: Params) -> JSON:
    """Send a text message (parse_mode, entities, keyboards, replies, link preview options)."""
    chat = _target(state, p)
    text, entities = format_text(
        p.string("text"), p.string("parse_mode"), p.decoded("entities"), users=_UsersJson(state)
    )
    content: JSON = {"text": text}
    if entities:
        content["entities"] = entities
    if p.has("link_preview_options"):
        content["link_preview_options"] = p.decoded("link_preview_options")
    return _deliver(state, chat, p, content)


def _file(state: BotState, p: Params, name: str, kind: str) -> StoredFile:
    """Store an uploaded file or resolve a file_id for the given parameter."""
    value = p.upload(name)
    if value is None:
        raise bad_request(f"there is no {name} in the request")
    if isinstance(value, Upload):
        if not value.data:
            raise bad_request("file must be non-empty")
        mime = guess_mime(value.filename, value.content_type)
        if kind == "photo":
            size = image_size(value.data)
            if size is None:
                raise bad_request("IMAGE_PROCESS_FAILED")
            return state.new_file("photo", value.data, mime_type=mime, width=size[0], height=size[1])
        return state.new_file(kind, value.data, file_name=value.filename, mime_type=mime)
    stored = state.files.get(value)
    if stored is None:
        raise bad_request("wrong file identifier/HTTP URL specified")
    if stored.kind != kind:
        raise bad_request("type of file mismatch")
    return stored


@api_method("sendDocument")
def send_document(state: BotState, p: Params) -> JSON:
    """Send a document (multipart upload or file_id) with an optional caption."""
    chat = _target(state, p)
    stored = _file(state, p, "document", "document")
    return _deliver(state, chat, p, {"document": stored.to_json(), **_caption(state, p)}, stored)


@api_method("sendPhoto")
def send_photo(state: BotState, p: Params) -> JSON:
    """Send a photo (multipart upload or file_id) with an optional caption."""
    chat = _target(state, p)
    stored = _file(state, p, "photo", "photo")
    return _deliver(state, chat, p, {"photo": [stored.to_json()], **_caption(state, p)}, stored)


def _editable(state: BotState, p: Params) -> MessageRecord:
    """The bot message an edit* call targets."""
    if p.has("inline_message_id"):
        raise bad_request("MESSAGE_ID_INVALID")
    chat = state.chat(p.chat_id())
    message_id = p.integer("message_id", error="message identifier is not specified")
    if message_id is None:
        raise bad_request("message identifier is not specified")
    record = state.message(chat.id, message_id)
    if record is None:
        raise bad_request("message to edit not found")
    if not record.from_bot:
        raise bad_request("message can't be edited")
    return record


def _apply_edit(state: BotState, record: MessageRecord, fields: JSON, p: Params) -> JSON:
    """Apply new content + inline markup (omitted markup removes it); 400 when nothing changes."""
    markup = validate_markup(p.decoded("reply_markup"))
    if markup is not None and "inline_keyboard" not in markup:
        raise bad_request("inline keyboard expected")
    new = clone(record.json)
    for key, value in fields.items():
        if value:
            new[key] = value
        else:
            new.pop(key, None)
    if markup is not None:
        new["reply_markup"] = {"inline_keyboard": markup["inline_keyboard"]}
    else:
        new.pop("reply_markup", None)
    if all(new.get(key) == record.json.get(key) for key in _COMPARED):
        raise bad_request(NOT_MODIFIED)
    new["edit_date"] = now()
    previous, record.json = record.json, new
    if record.markup is None or "inline_keyboard" in record.markup:
        record.markup = markup
    state.touch(record, previous)
    return clone(new)


@api_method("editMessageText")
def edit_message_text(state: BotState, p: Params) -> JSON:
    """Edit the text (and inline keyboard) of a bot message."""
    record = _editable(state, p)
    if "text" not in record.json:
        raise bad_request("there is no text in the message to edit")
    text, entities = format_text(
        p.string("text"), p.string("parse_mode"), p.decoded("entities"), users=_UsersJson(state)
    )
    fields: JSON = {"text": text, "entities": entities}
    if p.has("link_preview_options"):
        fields["link_preview_options"] = p.decoded("link_preview_options")
    return _apply_edit(state, record, fields, p)


@api_method("editMessageCaption")
def edit_message_caption(state: BotState, p: Params) -> JSON:
    """Edit the caption (and inline keyboard) of a bot media message."""
    record = _editable(state, p)
    if not any(key in record.json for key in MEDIA_KEYS):
        raise bad_request("there is no caption in the message to edit")
    caption = _caption(state, p)
    fields = {"caption": caption.get("caption"), "caption_entities": caption.get("caption_entities")}
    return _apply_edit(state, record, fields, p)


@api_method("editMessageReplyMarkup")
def edit_message_reply_markup(state: BotState, p: Params) -> JSON:
    """Replace (or remove, when omitted) the inline keyboard of a bot message."""
    return _apply_edit(state, _editable(state, p), {}, p)


def _delete(state: BotState, chat: Chat, message_id: Any) -> bool:
    """Delete one message if it exists and the bot may delete it."""
    record = state.message(chat.id, message_id)
    if record is None:
        return False
    if chat.user is None and not record.from_bot and chat.bot_status not in ("administrator", "creator"):
        raise bad_request("message can't be deleted")
    record.deleted = True
    state.touch(record)
    return True


@api_method("deleteMessage")
def delete_message(state: BotState, p: Params) -> bool:
    """Delete a message."""
    chat = state.chat(p.chat_id())
    if not _delete(state, chat, p.integer("message_id", error="message identifier is not specified")):
        raise bad_request("message to delete not found")
    return True


@api_method("deleteMessages")
def delete_messages(state: BotState, p: Params) -> bool:
    """Delete several messages, skipping those that do not exist."""
    chat = state.chat(p.chat_id())
    ids = p.decoded("message_ids")
    if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
        raise bad_request("message identifiers are not specified")
    for message_id in ids:
        _delete(state, chat, message_id)
    return True
