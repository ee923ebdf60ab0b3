"""Bot API methods about chats and members: getChat, getChatMember(s), sendChatAction."""

from __future__ import annotations

from .methods import Params, api_method
from .state import JSON, User, bad_request
from .store import BotState

CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_ADMIN_RIGHTS = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": True,
    "can_edit_stories": True,
    "can_delete_stories": True,
    "can_pin_messages": True,
    "can_manage_topics": False,
}
_RESTRICTED = {
    "is_member": True,
    "can_change_info": False,
    "can_invite_users": False,
    "can_pin_messages": False,
    "can_send_messages": False,
    "can_send_polls": False,
    "can_send_other_messages": False,
    "can_add_web_page_previews": False,
    "can_manage_topics": False,
    "until_date": 0,
    "can_send_audios": False,
    "can_send_documents": False,
    "can_send_photos": False,
    "can_send_videos": False,
    "can_send_video_notes": False,
    "can_send_voice_notes": False,
    "can_edit_tag": False,
}
_GIFTS = {
    "unlimited_gifts": True,
    "limited_gifts": True,
    "unique_gifts": True,
    "premium_subscription": True,
    "gifts_from_channels": True,
}


def member_json(user: User, status: str) -> JSON:
    """A ChatMember object for a user with the given status."""
    out: JSON = {"user": user.to_json(), "status": status}
    if status == "creator":
        out["is_anonymous"] = False
    elif status == "administrator":
        out.update(_ADMIN_RIGHTS)
    elif status == "restricted":
        out.update(_RESTRICTED)
    elif status == "kicked":
        out["until_date"] = 0
    return out


@api_method("getChat")
def get_chat(state: BotState, p: Params) -> JSON:
    """A ChatFullInfo object."""
    chat = state.chat(p.chat_id())
    return {
        **chat.to_json(),
        "accent_color_id": abs(chat.id) % 7,
        "max_reaction_count": 11,
        "accepted_gift_types": _GIFTS,
    }


@api_method("getChatMember")
def get_chat_member(state: BotState, p: Params) -> JSON:
    """Membership of a user as configured for the chat."""
    chat = state.chat(p.chat_id())
    user_id = p.integer("user_id", error="invalid user_id specified")
    if user_id == state.bot.id:
        return member_json(state.bot, chat.bot_status if chat.user is None else "member")
    if user_id not in state.users:
        raise bad_request("user not found" if user_id else "invalid user_id specified")
    return member_json(state.users[user_id], chat.status_of(user_id))


@api_method("getChatAdministrators")
def get_chat_administrators(state: BotState, p: Params) -> list[JSON]:
    """Creator and administrators of a group (including the bot when it is one)."""
    chat = state.chat(p.chat_id())
    if chat.user is not None:
        raise bad_request("there are no administrators in the private chat")
    admins = [
        member_json(state.users[uid], s)
        for uid, s in chat.members.items()
        if s in ("creator", "administrator")
    ]
    if chat.bot_status in ("creator", "administrator"):
        admins.append(member_json(state.bot, chat.bot_status))
    return admins


@api_method("getChatMemberCount")
def get_chat_member_count(state: BotState, p: Params) -> int:
    """Number of members (the bot included)."""
    chat = state.chat(p.chat_id())
    if chat.user is not None:
        return 2
    present = ("creator", "administrator", "member", "restricted")
    return sum(s in present for s in chat.members.values()) + (chat.bot_status in present)


@api_method("sendChatAction")
def send_chat_action(state: BotState, p: Params) -> bool:
    """Validate and record a chat action."""
    chat = state.chat(p.chat_id())
    if p.string("action") not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    state.check_can_send(chat)
    return True
