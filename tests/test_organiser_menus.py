"""Acceptance: the organisers' commands are discoverable: Telegram's command menu per scope (delegates'
private chats, each organisers' group, each known organiser's private chat) in English and Spanish, and
/help in the organisers' group or from an organiser lists the organisers' commands."""

from __future__ import annotations

from bot.clock import FixedClock
from localapi import LocalBotApi
from tests.support.organisers import ADMIN, GROUP, MEMBER, ORGANISER, organisers_bot
from tests.support.registration import say

DELEGATES = ["start", "event", "register", "myregistration", "timezone", "notifications", "language", "help"]
ORGANISERS = [
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
]


def menu(api: LocalBotApi, scope: dict | None = None, lang: str = "") -> dict[str, str]:
    return {c["command"]: c["description"] for c in api.commands(scope, lang)}


async def test_command_menus_are_set_per_scope_in_both_languages(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        default, spanish = menu(local_api), menu(local_api, None, "es")
        private = menu(local_api, {"type": "all_private_chats"}, "es")
        group, group_es = (menu(local_api, {"type": "chat", "chat_id": GROUP}, lang) for lang in ("", "es"))
        olga = menu(local_api, {"type": "chat", "chat_id": ORGANISER})
        adrian = menu(local_api, {"type": "chat", "chat_id": ADMIN}, "es")  # administers the group
        mallory = menu(local_api, {"type": "chat", "chat_id": MEMBER})
    assert list(default)[:8] == DELEGATES and "stats" not in default and private == spanish
    assert default["notifications"] == "Reminders on or off"
    assert spanish["notifications"] == "Activar o desactivar recordatorios"
    assert list(group)[:10] == ORGANISERS and "register" not in group
    assert (group["broadcast"], group["broadcasts"], group["broadcast_cancel"]) == (
        "Send an announcement to registrants",
        "Past and scheduled announcements",
        "Stop the announcement being sent",
    )
    assert (group_es["broadcast"], group_es["broadcasts"], group_es["broadcast_cancel"]) == (
        "Enviar un anuncio a los inscritos",
        "Anuncios enviados y programados",
        "Detener el anuncio en curso",
    )
    assert group_es["decide"] == "Decidir o cambiar la decisión sobre una solicitud de patrocinio"
    assert list(olga) == [*default, *(c for c in group if c != "help")]  # theirs and the delegates'
    assert adrian["export"] == "Inscripciones y solicitudes en archivos CSV y Excel" and "register" in adrian
    assert mallory == {}  # a plain member of the group: the delegates' menu, by default


async def test_help_lists_the_organisers_commands_in_the_group_and_to_organisers(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        in_group = await say(local_api.user(MEMBER).in_chat(GROUP), "/help")
        olga = await say(local_api.user(ORGANISER), "/help")
        delegate = await say(local_api.user(5901, first_name="Eva", language_code="es"), "/help")
    assert in_group.text.startswith("🛠 Organisers' commands\n/stats – Counts and a chart")
    assert "/decide – Decide or change the decision on a sponsorship request" in in_group.text
    assert "/broadcast_cancel – Stop the announcement being sent" in in_group.text
    assert "/register" not in in_group.text
    assert "/register" in olga.text and "/audit – The history of a registration" in olga.text
    assert "Comandos de los organizadores" not in delegate.text and "/audit" not in delegate.text


async def test_help_for_organisers_in_spanish(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock, ORGANISER_LANGUAGE="es"):
        in_group = await say(local_api.user(ADMIN).in_chat(GROUP), "/help")
    assert in_group.text.startswith("🛠 Comandos de los organizadores\n/stats – Cifras y un gráfico")
    assert "/broadcast – Enviar un anuncio a los inscritos" in in_group.text
    assert "/decide REFERENCIA" in in_group.text
