"""Acceptance through the local Bot API: programme, sponsorship and logistics screens, /timezone, .ics."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from icalendar import Calendar
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from bot.localrun import RunningBot
from localapi import LocalBotApi
from localapi.state import MessageRecord
from storage.users import UserRepository
from tests.support.waiting import eventually

# mfa2021: 15:00-18:00 GMT+1 on 10 and 11 February 2021 = 14:00-17:00 UTC.
MFA_STARTS = [datetime(2021, 2, 10, 14, 0, tzinfo=UTC), datetime(2021, 2, 11, 14, 0, tzinfo=UTC)]
RSD_DEADLINE = int(datetime(2026, 4, 1, 5, 59, 59, tzinfo=UTC).timestamp())  # 31 March 23:59:59 UTC-6


def instants(record: MessageRecord) -> set[int]:
    """Unix times of the date_time entities of a message."""
    return {e["unix_time"] for e in record.entities if e["type"] == "date_time"}


async def open_event(user: object, key: str) -> None:
    """Deep-link into an event and skip the greeting and the menu."""
    await user.send(f"/start {key}")  # type: ignore[attr-defined]
    await user.replies(2)  # type: ignore[attr-defined]


async def stored_timezone(database_url: str, user_id: int) -> str | None:
    """Re-read the user's time zone from the database."""
    engine = create_async_engine(database_url)
    async with AsyncSession(engine) as session:
        user = await UserRepository(session).get(user_id)
    await engine.dispose()
    return user.timezone if user else None


async def test_programme_in_spanish_with_two_announced_zones_then_lima(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    ana = local_api.user(3001, first_name="Ana", language_code="es")
    await open_event(ana, "mfa2021")
    await ana.press("📅 Programa")
    (screen,) = await ana.replies(1)
    assert "10–11 de febrero de 2021" in screen.text
    assert "15:00–18:00 (GMT+1, Suiza)" in screen.text
    assert "09:00–12:00 (GMT-5, Ecuador, Perú y Estados Unidos)" in screen.text
    assert "/timezone" in screen.text
    assert {int(t.timestamp()) for t in MFA_STARTS} <= instants(screen)
    assert screen.buttons[0] == "📆 Añadir a mi calendario (.ics)"

    await ana.send("/timezone Lima")
    (done,) = await ana.replies(1)
    assert "hora de Perú" in done.text and "UTC−05:00" in done.text
    assert await stored_timezone(database_url, 3001) == "America/Lima"
    await ana.send("/timezone Ginebra")
    assert "hora de Suiza" in (await ana.reply()).text
    assert await stored_timezone(database_url, 3001) == "Europe/Zurich"
    await ana.send("/timezone Ciudad de México")
    (mexico,) = await ana.replies(1)
    assert "México" in mexico.text
    await ana.press("📅 Programa", message=screen)
    (again,) = await ana.replies(1)
    assert "08:00–11:00 en su zona horaria (hora de México (Ciudad de México), UTC−06:00)" in again.text


async def test_timezone_accepts_offsets_and_refuses_unknown_places(
    local_api: LocalBotApi, bot: RunningBot
) -> None:
    joe = local_api.user(3002, first_name="Joe", language_code="en")
    await open_event(joe, "va2020")
    await joe.send("/timezone")
    assert "/timezone Lima" in (await joe.reply()).text
    await joe.send("/timezone Atlantis Undersea")
    assert "could not find “Atlantis Undersea”" in (await joe.reply()).text
    await joe.send("/timezone UTC-5")
    assert "UTC−05:00" in (await joe.reply()).text
    await joe.press("📅 Programme")
    (screen,) = await joe.replies(1)
    # va2020: 13:30-15:30 GMT+1 = 12:30-14:30 UTC = 07:30-09:30 at UTC-5.
    assert "13:30–15:30 (GMT+1)" in screen.text
    assert "07:30–09:30 in your time zone (UTC−05:00)" in screen.text
    assert int(datetime(2020, 12, 4, 12, 30, tzinfo=UTC).timestamp()) in instants(screen)
    await joe.press("📋 Agenda", message=screen)  # the agenda is one button away
    (agenda,) = await joe.replies(1)
    assert "Comments and guiding questions for the debate" in agenda.text


async def test_calendar_file_parses_back_with_utc_times(local_api: LocalBotApi, bot: RunningBot) -> None:
    eva = local_api.user(3003, first_name="Eva", language_code="en")
    await open_event(eva, "mfa2021")
    await eva.press("📅 Programme")
    await eva.replies(1)
    await eva.press("📆 Add to my calendar (.ics)")
    (doc,) = await eva.replies(1)
    assert doc.document is not None and doc.document["file_name"] == "mfa2021.ics"
    assert doc.data is not None
    calendar = Calendar.from_ical(doc.data)
    events = calendar.walk("VEVENT")
    starts = sorted(e.decoded("dtstart") for e in events)
    ends = sorted(e.decoded("dtend") for e in events)
    assert starts == MFA_STARTS
    assert [e.hour for e in ends] == [17, 17]
    assert all(s.utcoffset().total_seconds() == 0 for s in starts)
    assert "Regional Dialogue of Parties on Humanitarian Demining 2021: First session" in str(
        sorted(events, key=lambda e: e.decoded("dtstart"))[0]["summary"]
    )


async def test_approximate_dates_are_shown_as_such_without_calendar(
    local_api: LocalBotApi, bot: RunningBot
) -> None:
    sam = local_api.user(3004, first_name="Sam", language_code="en")
    await open_event(sam, "rsd2026")
    await sam.press("📅 Programme")
    (screen,) = await sam.replies(1)
    assert "Dates (approximate):</b>" not in screen.text  # tags are parsed, not shown
    assert "Dates (approximate): First week of May 2026 (exact dates to be confirmed)" in screen.text
    assert "The session times have not been published yet." in screen.text
    assert not any("calendar" in b for b in screen.buttons)
    await sam.press("📋 Agenda", message=screen)
    (agenda,) = await sam.replies(1)
    assert "Victim Assistance" in agenda.text and "8. Annual reporting." in agenda.text


async def test_sponsorship_screens_in_both_languages(local_api: LocalBotApi, bot: RunningBot) -> None:
    lia = local_api.user(3005, first_name="Lía", language_code="es")
    await open_event(lia, "rsd2026")
    await lia.press("✈️ Patrocinio")
    (screen,) = await lia.replies(1)
    assert "Surinam" in screen.text and "Perú" in screen.text
    assert "viaje aéreo en clase económica, alojamiento, comidas" in screen.text
    assert "31 de marzo de 2026 (hora de El Salvador, UTC−06:00): cierra dentro de 11 días" in screen.text
    assert "solo por invitación" in screen.text
    assert RSD_DEADLINE in instants(screen)
    relative = [e for e in screen.entities if e.get("date_time_format") == "r"]
    assert relative and relative[0]["unix_time"] == RSD_DEADLINE
    await lia.press("👥 Nominaciones", message=screen)  # the nominations are one button away
    (nominations,) = await lia.replies(1)
    assert "Hasta 2 funcionarios por Estado." in nominations.text
    assert "sujeta a disponibilidad" in nominations.text

    tom = local_api.user(3006, first_name="Tom", language_code="en")
    await open_event(tom, "va2020")
    await tom.press("✈️ Sponsorship")
    (none,) = await tom.replies(1)
    assert "does not mention any sponsorship" in none.text
    assert "bit.ly/CoopAssist-VA" in none.text
    assert none.buttons[0] == "📅 Programme"  # nothing more to show: no part buttons


async def test_logistics_screens_say_what_is_not_stated(local_api: LocalBotApi, bot: RunningBot) -> None:
    kim = local_api.user(3007, first_name="Kim", language_code="en")
    await open_event(kim, "mfa2021")
    await kim.press("📍 Logistics")
    (screen,) = await kim.replies(1)
    assert "Place: not stated in the invitation." in screen.text
    assert "Format: not stated" in screen.text
    assert "https://bit.ly/MineFreeAmericas" in screen.text
    await kim.press("🗣 Languages", message=screen)
    (languages,) = await kim.replies(1)
    assert "Interpretation: not stated." in languages.text and "Sign language: not stated." in languages.text

    luz = local_api.user(3008, first_name="Luz", language_code="es")
    await open_event(luz, "rsd2026")
    await luz.press("📍 Logística")
    (es,) = await luz.replies(1)
    assert "Lugar: San Salvador, El Salvador" in es.text
    assert "Sede: por confirmar." in es.text
    assert "Modalidad: Presencial" in es.text
    assert "isu@apminebanconvention.org" in es.text
    assert "visita de campo de medio día" in es.text
    await luz.press("🗣 Idiomas", message=es)
    (languages,) = await luz.replies(1)
    assert "Lengua de señas: sí." in languages.text
    await luz.press("🏛 Anfitrión", message=es)
    (host,) = await luz.replies(1)
    assert "Instituto Administrador de los Beneficios de los Veteranos y Excombatientes" in host.text


PROGRAMME = {
    ("rsd2026", "es"): (
        "📅 Programa",
        ["Primera semana de mayo de 2026", "Todavía no se han publicado los horarios"],
    ),
    ("rsd2026", "en"): ("📅 Programme", ["First week of May 2026", "session times have not been published"]),
    ("mfa2021", "es"): ("📅 Programa", ["Segunda sesión", "jueves, 11 de febrero de 2021, 15:00"]),
    ("mfa2021", "en"): ("📅 Programme", ["Second session", "Thursday, 11 February 2021, 15:00"]),
    ("va2020", "es"): ("📅 Programa", ["viernes, 4 de diciembre de 2020, 13:30", "Países Bajos"]),
    ("va2020", "en"): ("📅 Programme", ["Friday, 4 December 2020, 13:30", "Netherlands"]),
}


@pytest.mark.parametrize(("key", "lang"), sorted(PROGRAMME))
async def test_programme_of_each_event_in_each_language(
    local_api: LocalBotApi, bot: RunningBot, key: str, lang: str
) -> None:
    button, expected = PROGRAMME[(key, lang)]
    user = local_api.user(3100 + len(key) * 10 + (lang == "es"), first_name="Pat", language_code=lang)
    await open_event(user, key)
    since = local_api.mark()
    await user.press(button)
    # The programme's first part is one short message (va2020's long agenda, in Spanish, is a part of its
    # own), with the buttons.
    parts = await eventually(
        lambda: local_api.messages_since(since, user.chat_id), lambda found: found and found[-1].buttons
    )
    assert len(parts) == 1
    text = "\n".join(p.text or "" for p in parts)
    assert all(fact in text for fact in expected), text
    assert all(len(p.text or "") <= 1000 for p in parts)
    exact = key != "rsd2026"
    assert bool(set().union(*(instants(p) for p in parts))) == exact


async def test_sponsorship_screen_offers_the_request_only_while_open(
    local_api: LocalBotApi, bot: RunningBot, clock: object
) -> None:
    u = local_api.user(5301, first_name="Rosa", language_code="es")
    await open_event(u, "rsd2026")
    await u.press("✈️ Patrocinio")
    (screen,) = await u.replies(1)
    assert screen.buttons[0] == "✈️ Solicitar patrocinio"
    await u.press("✈️ Solicitar patrocinio")
    (first,) = await u.replies(1)
    assert "primero confirme su participación" in first.text

    clock.set(datetime(2026, 4, 2, 12, 0, tzinfo=UTC))  # type: ignore[attr-defined]
    await u.press("✈️ Patrocinio", message=u.last)
    (closed,) = await u.replies(1)
    assert "✈️ Solicitar patrocinio" not in closed.buttons
    assert closed.buttons[0] == "👥 Nominaciones" and "📅 Programa" in closed.buttons  # parts, then the menu
