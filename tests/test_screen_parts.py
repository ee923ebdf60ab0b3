"""The programme, sponsorship and logistics screens in parts: a first message that fits a phone (at most 1,000
characters shown) with one button per further part the event has; each part comes as a new message with the
way back; a note is said once; stale or forged part buttons get the menu."""

from __future__ import annotations

import html
import logging
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.callbacks import DATA_LIMIT, decode_part, encode_part
from bot.events.loader import load_events
from bot.i18n import LANGUAGES, I18n
from bot.localrun import RunningBot
from bot.present import parts
from bot.present.render import Renderer
from localapi import LocalBotApi, LocalUser, MessageRecord

EVENTS_DIR = Path(__file__).resolve().parent.parent / "events"
EVENTS = load_events(EVENTS_DIR).events
NOW = datetime(2026, 3, 20, 15, tzinfo=UTC)  # as in conftest: before the 2026 dialogue's deadline
FIRST_LIMIT = 1000
I18N = I18n(strict=True)
CASES = [(key, lang, screen) for key in sorted(EVENTS) for lang in LANGUAGES for screen in parts.PARTS]
_NOTE = re.compile(r"<i>(.*?)</i>", re.DOTALL)


def shown(text: str) -> str:
    """HTML as Telegram shows it: without its tags, entities read."""
    return html.unescape(re.sub(r"<[^<>]*>", "", text))


def notes(text: str) -> list[str]:
    """The italic notes of a message."""
    return [n.strip() for n in _NOTE.findall(text)]


def rendered(key: str, lang: str, screen: str) -> tuple[str, dict[str, str]]:
    """A screen's first part and each further part the event has."""
    r, event = Renderer(I18N, lang), EVENTS[key]
    first = parts.first(r, screen, event, NOW, None)
    names = parts.available(r, screen, event, NOW, None)
    return first, {name: parts.part(r, screen, name, event, NOW, None) for name in names}


def test_the_events_folder_has_events() -> None:
    assert {"rsd2026", "va2020", "mfa2021"} <= set(EVENTS)


@pytest.mark.parametrize(("key", "lang", "screen"), CASES)
def test_first_part_fits_a_phone_and_says_each_note_once(key: str, lang: str, screen: str) -> None:
    first, further = rendered(key, lang, screen)
    assert len(shown(first)) <= FIRST_LIMIT, (len(shown(first)), shown(first))
    for text in (first, *further.values()):
        said = notes(text)
        assert len(said) == len(set(said)), said  # no note twice in one message
        assert "{???}" not in text
    for name, text in further.items():
        assert text, name  # no button for an empty part
        assert not set(notes(text)) & set(notes(first)), name  # the first part does not repeat a part's note


@pytest.mark.parametrize("lang", LANGUAGES)
def test_first_parts_hold_what_most_people_need_first(lang: str) -> None:
    r, rsd, va = Renderer(I18N, lang), EVENTS["rsd2026"], EVENTS["va2020"]
    programme = shown(parts.first(r, "programme", va, NOW, None))
    assert va.title.get(lang) in programme and "/timezone" in programme
    assert all(s.title.get(lang) in programme for s in va.sessions)
    assert shown(I18N.html(lang, "info-no-times")) in shown(parts.first(r, "programme", rsd, NOW, None))
    sponsorship = shown(parts.first(r, "sponsorship", rsd, NOW, None))
    assert rsd.sponsorship is not None
    for fact in (rsd.sponsorship.funder, rsd.sponsorship.how_to_apply):
        assert fact.get(lang) in sponsorship
    assert shown(I18N.html(lang, "info-sponsorship-orgs-invited-short")) in sponsorship
    assert shown(I18N.html(lang, "info-sponsorship-deadline", when="")) in sponsorship
    logistics = shown(parts.first(r, "logistics", rsd, NOW, None))
    assert rsd.contact.email is not None and rsd.contact.email in logistics
    assert rsd.venue is not None and rsd.venue.note is not None and rsd.venue.note.get(lang) in logistics
    # What a part holds is not on the first screen.
    assert rsd.open_points[0].get(lang) not in logistics
    assert rsd.sponsorship.slots[0].role.get(lang) not in sponsorship
    assert rsd.agenda is not None
    programme = shown(parts.first(r, "programme", rsd, NOW, None))
    assert rsd.agenda.sections[0].items[0].text.get(lang) not in programme


def test_each_event_has_only_the_parts_it_fills() -> None:
    r = Renderer(I18N, "en")
    assert parts.available(r, "sponsorship", EVENTS["va2020"], NOW, None) == []  # no sponsorship at all
    assert "agenda" not in parts.available(r, "programme", EVENTS["mfa2021"], NOW, None)
    assert "speakers" not in parts.available(r, "programme", EVENTS["rsd2026"], NOW, None)
    assert parts.available(r, "sponsorship", EVENTS["rsd2026"], NOW, None) == [
        "nominations",
        "organisations",
        "note",
    ]
    assert parts.part(r, "logistics", "agenda", EVENTS["rsd2026"], NOW, None) == ""  # not this screen's


@pytest.mark.parametrize("lang", LANGUAGES)
def test_part_buttons_are_labelled_short_and_their_data_fits(lang: str) -> None:
    longest_key = "k" * 32  # the longest event key the event files allow
    for screen, names in parts.PARTS.items():
        assert len(I18N.t(lang, f"info-back-{screen}")) <= 32
        for name in (*names, parts.FIRST):
            data = encode_part(screen, name, longest_key)
            assert len(data.encode()) <= DATA_LIMIT
            assert decode_part(data) is not None and decode_part(data).part == name  # type: ignore[union-attr]
            if name != parts.FIRST:
                assert len(I18N.t(lang, f"info-part-{name}")) <= 24


# Through the local Bot API.


async def open_event(user: LocalUser, key: str) -> None:
    """Deep-link into an event and skip the greeting and the menu."""
    await user.send(f"/start {key}")
    await user.replies(2)


async def one_reply(user: LocalUser) -> MessageRecord:
    (message,) = await user.replies(1)
    return message


async def test_programme_in_spanish_then_its_agenda_then_back(
    local_api: LocalBotApi, bot: RunningBot
) -> None:
    ana = local_api.user(7101, first_name="Ana", language_code="es")
    await open_event(ana, "va2020")
    await ana.press("📅 Programa")
    screen = await one_reply(ana)
    assert len(screen.text or "") <= FIRST_LIMIT
    assert "4 de diciembre de 2020" in screen.text and "/timezone" in screen.text
    assert screen.buttons[:5] == [
        "📆 Añadir a mi calendario (.ics)",
        "📋 Agenda",
        "🎤 Intervenciones",
        "📜 Antecedentes",
        "🔗 Enlaces",
    ]
    assert "📅 Programa" in screen.buttons  # and the main menu

    await ana.press("📋 Agenda", message=screen)
    agenda = await one_reply(ana)
    item = EVENTS["va2020"].agenda.sections[0].items[3]  # type: ignore[union-attr]
    assert item.text.get("es") in agenda.text  # "Independientemente de las fuentes de financiación…"
    assert "Comentarios y preguntas guía para el debate" in agenda.text
    assert len(agenda.text or "") <= 4096
    assert agenda.buttons[0] == "⬅️ Volver al programa" and "📅 Programa" in agenda.buttons

    await ana.press("⬅️ Volver al programa", message=agenda)
    back = await one_reply(ana)
    assert back.text == screen.text and back.buttons == screen.buttons


async def test_sponsorship_nominations_in_english_then_back(local_api: LocalBotApi, bot: RunningBot) -> None:
    tom = local_api.user(7102, first_name="Tom", language_code="en")
    await open_event(tom, "rsd2026")
    await tom.press("✈️ Sponsorship")
    screen = await one_reply(tom)
    assert len(screen.text or "") <= FIRST_LIMIT
    assert "Funded by: Council of the European Union" in screen.text
    assert "Organisations: by invitation only." in screen.text
    assert "Up to 2 officials per State." not in screen.text  # a part of its own
    assert screen.buttons[:4] == ["✈️ Request sponsorship", "👥 Nominations", "🏢 Organisations", "🗒 Note"]

    await tom.press("👥 Nominations", message=screen)
    nominations = await one_reply(tom)
    assert "Up to 2 officials per State." in nominations.text
    assert "The director of a national mine action centre" in nominations.text
    assert nominations.buttons[0] == "⬅️ Back to sponsorship"

    await tom.press("⬅️ Back to sponsorship", message=nominations)
    back = await one_reply(tom)
    assert back.text == screen.text and back.buttons[0] == "✈️ Request sponsorship"


async def test_logistics_not_known_yet_then_back(local_api: LocalBotApi, bot: RunningBot) -> None:
    kim = local_api.user(7103, first_name="Kim", language_code="en")
    await open_event(kim, "rsd2026")
    await kim.press("📍 Logistics")
    screen = await one_reply(kim)
    assert len(screen.text or "") <= FIRST_LIMIT
    assert "Place: San Salvador, El Salvador" in screen.text and "isu@apminebanconvention.org" in screen.text
    assert screen.buttons[:5] == ["🗣 Languages", "🏛 Host", "🚌 Field visit", "🔗 Links", "❔ Not known yet"]

    await kim.press("❔ Not known yet", message=screen)
    points = await one_reply(kim)
    assert "Not known yet" in points.text
    assert "Visas and entry requirements are not mentioned in the invitation." in points.text
    assert points.buttons[0] == "⬅️ Back to logistics" and "📍 Logistics" in points.buttons

    await kim.press("⬅️ Back to logistics", message=points)
    back = await one_reply(kim)
    assert back.text == screen.text


STALE = [
    "part:programme:agenda:nosuchevent",  # unknown event
    "part:programme:minutes:rsd2026",  # unknown part
    "part:programme:speakers:rsd2026",  # a part this event does not have
    "part:sponsorship:nominations:va2020",  # no sponsorship at all
    "part:logistics:agenda:rsd2026",  # another screen's part
    "part:timetable:agenda:rsd2026",  # unknown screen
    "part:programme:agenda",
    "part:programme:agenda:rsd2026:extra",
    "part:programme::rsd2026",
    "part:programme:agénda:rsd2026",
    "part:",
]


async def test_stale_or_forged_part_buttons_get_the_menu(
    local_api: LocalBotApi, bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    lia = local_api.user(7104, first_name="Lía", language_code="es")
    await open_event(lia, "rsd2026")
    await lia.press("📅 Programa")
    menu = await one_reply(lia)
    hint = I18n().t("es", "hint-stale-button")
    for data in STALE:
        await lia.press(data=data, force=True)
        reply = await one_reply(lia)
        assert reply.text == hint, data
        assert "📅 Programa" in reply.buttons and "📋 Agenda" not in reply.buttons, data
    assert all(a.answered for a in lia.answers)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]

    # A part of another event than the current one still opens (the button says which event it is about).
    await lia.press(data="part:programme:agenda:va2020", force=True, message=menu)
    other = await one_reply(lia)
    assert "Comentarios y preguntas guía para el debate" in other.text
