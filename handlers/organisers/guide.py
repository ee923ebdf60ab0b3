"""The organisers' part of /help: their commands, as their menu names them."""

from __future__ import annotations

import html

from bot.commands import ORGANISER_COMMANDS
from bot.present.render import Renderer
from bot.text import Html


def organisers_help(voice: Renderer) -> Html:
    """The organisers' commands with their descriptions, and where decisions are made."""
    lines = "\n".join(
        voice.plain("help-organisers-line", command=c, description=voice.plain(f"cmd-{c}"))
        for c in ORGANISER_COMMANDS
        if c != "help"
    )
    return voice.t("help-organisers", commands=Html(html.escape(lines, quote=False)))
