"""Acceptance: first contact, deep links, the menu, language choice, and hints, through the local Bot API."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from bot.localrun import RunningBot
from localapi import LocalBotApi
from storage.models import User
from storage.users import UserRepository

SPANISH_MENU = [
    "📅 Programa",
    "✈️ Patrocinio",
    "📍 Logística",
    "📝 Inscribirse",
    "❓ Hacer una pregunta",
    "👤 Mi inscripción",
    "🌐 Idioma",
    "🔁 Otro evento",
]
ENGLISH_MENU = [
    "📅 Programme",
    "✈️ Sponsorship",
    "📍 Logistics",
    "📝 Register",
    "❓ Ask a question",
    "👤 My registration",
    "🌐 Language",
    "🔁 Other event",
]


async def stored_user(database_url: str, user_id: int) -> User | None:
    """Re-read a user from the database, outside the bot."""
    engine = create_async_engine(database_url)
    async with AsyncSession(engine) as session:
        user = await UserRepository(session).get(user_id)
    await engine.dispose()
    return user


async def test_spanish_deep_link_then_english_survives_restart(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    ana = local_api.user(1001, first_name="Ana", language_code="es-419")
    await ana.send("/start rsd2026")
    greeting, header = await ana.replies(2)
    assert "¡Hola, Ana!" in greeting.text
    assert "Diálogo Regional" in header.text
    assert "Primera semana de mayo de 2026" in header.text
    assert "Presencial · San Salvador, El Salvador" in header.text
    assert header.buttons == SPANISH_MENU

    await ana.press("🌐 Idioma")
    (choice,) = await ana.replies(1)
    assert choice.buttons == ["English", "Español"]
    await ana.press("English")
    done, menu = await ana.replies(2)
    assert done.text == "Done: I will write to you in English."
    assert "Regional Stakeholder Dialogue in the Americas" in menu.text
    assert menu.buttons == ENGLISH_MENU

    user = await stored_user(database_url, 1001)
    assert user is not None
    assert (user.language, user.language_chosen, user.current_event) == ("en", True, "rsd2026")

    await bot.restart()
    await ana.send("/help")
    (help_text,) = await ana.replies(1)
    assert help_text.text.startswith("I answer questions about the event")


async def test_first_contact_language_follows_telegram(local_api: LocalBotApi, bot: RunningBot) -> None:
    john = local_api.user(1002, first_name="John", language_code="en-US")
    await john.send("/start")
    greeting, header = await john.replies(2)
    assert greeting.text.startswith("Hello, John!")
    # The only current or upcoming event is chosen for him: nothing to pick.
    assert "Regional Stakeholder Dialogue in the Americas" in header.text and header.buttons == ENGLISH_MENU
    await john.send("/event")
    (listing,) = await john.replies(1)
    assert listing.text == "Which event are you interested in?"
    assert listing.buttons == ["Regional Stakeholder Dialogue in the Americas 2026", "🕘 Past events"]


async def test_past_events_only_when_asked_and_marked(local_api: LocalBotApi, bot: RunningBot) -> None:
    eva = local_api.user(1003, first_name="Eva", language_code="es")
    await eva.send("/start")
    _, header = await eva.replies(2)
    assert "Diálogo Regional" in header.text and "📝 Inscribirse" in header.buttons  # the only current event
    await eva.send("/event")
    (listing,) = await eva.replies(1)
    assert all("(pasado)" not in b for b in listing.buttons)
    await eva.press("🕘 Eventos pasados")
    (past,) = await eva.replies(1)
    assert past.text == "Eventos pasados:"
    assert len(past.buttons) == 2 and all(b.endswith("(pasado)") for b in past.buttons)
    await eva.press(past.buttons[0])
    (header,) = await eva.replies(1)
    assert "(evento pasado)" in header.text
    assert "10–11 de febrero de 2021" in header.text


async def test_unknown_deep_link_offers_the_events(local_api: LocalBotApi, bot: RunningBot) -> None:
    u = local_api.user(1004, first_name="Lu", language_code="en")
    await u.send("/start nosuchevent")
    _, sorry, listing = await u.replies(3)
    assert "nosuchevent" in sorry.text
    assert listing.text == "Which event are you interested in?"


async def test_unknown_command_sticker_photo_and_forged_button_get_hints(
    local_api: LocalBotApi, bot: RunningBot
) -> None:
    u = local_api.user(1005, first_name="Max", language_code="es")
    await u.send("/start va2020")
    await u.replies(2)
    await u.send("/frobnicate")
    assert "No conozco ese comando" in (await u.reply()).text
    await u.send_sticker()
    assert "Solo puedo leer mensajes de texto" in (await u.reply()).text
    await u.send_photo()
    assert "Solo puedo leer mensajes de texto" in (await u.reply()).text
    await u.press(data="menu:../../etc", force=True)
    stale = await u.reply()
    assert "ya no es válido" in stale.text
    await u.press(data="ev:nosuchevent", force=True)
    assert "ya no es válido" in (await u.reply()).text


async def test_commands_are_registered_in_both_languages(local_api: LocalBotApi, bot: RunningBot) -> None:
    english = await local_api.call("getMyCommands")
    spanish = await local_api.call("getMyCommands", language_code="es")
    names = [
        *("start", "event", "register", "myregistration", "timezone", "notifications"),
        *("language", "help", "cancel", "mydata", "forget"),
    ]
    assert [c["command"] for c in english] == names
    assert english[6]["description"].startswith("Change language")
    assert spanish[6]["description"].startswith("Cambiar de idioma")
