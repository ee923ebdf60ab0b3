"""The command menu Telegram shows delegates, in each language."""

from __future__ import annotations

from telegram import Bot, BotCommand, BotCommandScopeDefault

from bot.i18n import LANGUAGES, I18n

COMMANDS = (
    "start",
    "event",
    "register",
    "myregistration",
    "timezone",
    "language",
    "help",
    "cancel",
    "mydata",
    "forget",
)


async def publish_commands(bot: Bot, i18n: I18n) -> None:
    """Set the command menu for each language (English is also the default)."""
    for lang in LANGUAGES:
        commands = [BotCommand(c, i18n.t(lang, f"cmd-{c}")) for c in COMMANDS]
        code = None if lang == "en" else lang
        await bot.set_my_commands(commands, scope=BotCommandScopeDefault(), language_code=code)
