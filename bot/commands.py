"""The command menus Telegram shows, in each language: delegates' commands in private chats; organisers'
commands in each organisers' group, and with the delegates' ones in each known organiser's private chat."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from telegram import (
    Bot,
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    BotCommandScopeDefault,
)
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError

from bot.i18n import LANGUAGES, I18n
from bot.services.organisers.chats import known_organisers, organiser_chats

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)
COMMANDS = (
    "start",
    "event",
    "register",
    "myregistration",
    "timezone",
    "notifications",
    "language",
    "help",
    "cancel",
    "mydata",
    "forget",
)
ORGANISER_COMMANDS = (
    "help",
    "stats",
    "export",
    "find",
    "registration",
    "decide",
    "audit",
    "invite",
    "floor",
    "broadcast",
    "broadcasts",
    "broadcast_cancel",
)
ADMINS = {ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER}


def menu(i18n: I18n, lang: str, names: Iterable[str]) -> list[BotCommand]:
    """Commands with their descriptions in `lang` (message ids cmd-NAME)."""
    return [BotCommand(c, i18n.t(lang, f"cmd-{c}")) for c in dict.fromkeys(names)]


async def _set(bot: Bot, commands: list[BotCommand], scope: BotCommandScope, code: str | None) -> bool:
    """One menu; a chat Telegram does not know (an organiser who never wrote to the bot, a group the bot
    left) is logged and skipped."""
    try:
        return await bot.set_my_commands(commands, scope=scope, language_code=code)
    except TelegramError as exc:
        log.info("no command menu for %s: %s", scope.to_dict(), exc)
        return False


async def publish_commands(
    bot: Bot, i18n: I18n, chats: Iterable[int] = (), people: Iterable[int] = ()
) -> None:
    """Set every menu in each language (English is also the default): delegates' everywhere, organisers'
    in the organisers' `chats`, both in the private chats of the organisers `people`."""
    for lang in LANGUAGES:
        code = None if lang == "en" else lang
        delegates = menu(i18n, lang, COMMANDS)
        await bot.set_my_commands(delegates, scope=BotCommandScopeDefault(), language_code=code)
        await bot.set_my_commands(delegates, scope=BotCommandScopeAllPrivateChats(), language_code=code)
        for chat in chats:
            await _set(bot, menu(i18n, lang, ORGANISER_COMMANDS), BotCommandScopeChat(chat), code)
        for person in people:
            await publish_organiser(bot, i18n, person, lang)


async def publish_organiser(bot: Bot, i18n: I18n, user_id: int, lang: str | None = None) -> None:
    """An organiser's private menu: the delegates' commands, then the organisers' (in one or every
    language)."""
    for each in [lang] if lang else LANGUAGES:
        commands = menu(i18n, each, (*COMMANDS, *ORGANISER_COMMANDS))
        await _set(bot, commands, BotCommandScopeChat(user_id), None if each == "en" else each)


async def _administrators(bot: Bot, chats: Iterable[int]) -> set[int]:
    """The people who administer the organisers' chats (bots left out)."""
    found: set[int] = set()
    for chat in chats:
        try:
            members = await bot.get_chat_administrators(chat)
        except TelegramError as exc:
            log.info("could not list the administrators of chat %s: %s", chat, exc)
            continue
        found |= {m.user.id for m in members if m.status in ADMINS and not m.user.is_bot}
    return found


async def publish_all(bot: Bot, rt: Runtime) -> None:
    """Every menu, for the organisers' chats and organisers the configuration and database know."""
    async with rt.db.read_session() as session:
        chats = await organiser_chats(session, rt.settings, rt.events)
        people = await known_organisers(session, rt.settings)
    await publish_commands(bot, rt.i18n, sorted(chats), sorted(people | await _administrators(bot, chats)))
