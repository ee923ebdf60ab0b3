"""Acceptance, in both languages: the delegates' paths of issue 11 through the local Bot API, with the
database re-read after each act: a step counter that never jumps, phones read with the delegate's country,
dates as people write them, options that fit the event, what registering means, /myregistration with every
answer, and help for people who get lost (media, another language, old buttons, the menu mid-form)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.clock import FixedClock
from bot.localrun import RunningBot
from localapi import LocalBotApi, LocalUser, MessageRecord
from tests.support.registration import EN, ES, Labels, Stored, drive, open_rsvp, say, tap
from tests.support.waiting import PATIENCE
from tests.test_events import broken_copy, only_issue

BOTH = [(EN, "en"), (ES, "es")]
COUNTER = re.compile(r"^(\d+)/(\d+) ")
BEFORE_THE_DEBATE = datetime(2020, 11, 20, 12, 0, tzinfo=UTC)


def counters(replies: list[MessageRecord]) -> list[tuple[int, int]]:
    """The '3/10' heads of the replies that have one."""
    return [(int(m[1]), int(m[2])) for r in replies if (m := COUNTER.match(r.text))]


def words(lang: str, en: str, es: str) -> str:
    return en if lang == "en" else es


@pytest.mark.parametrize(("labels", "lang"), BOTH)
async def test_counter_phone_dates_and_every_answer_in_my_registration(
    local_api: LocalBotApi, bot: RunningBot, database_url: str, labels: Labels, lang: str
) -> None:
    u = local_api.user(11001 if lang == "en" else 11002, first_name="Ana", language_code=lang)
    await open_rsvp(u)
    steps = [
        ("press", labels.agree),
        ("send", "Ana Rojas"),
        ("send", "Focal point"),
        ("press", labels.state),
        ("send", "Colombia"),
        ("send", "Cancillería"),
        ("send", "ana@cancilleria.gov.co"),
        ("send", "311 555 0199"),  # a Colombian mobile, written as at home
        ("press", words(lang, "Spanish", "Español")),
        ("press", words(lang, "⬜ Other", "⬜ Otra")),
        ("press", labels.done),
        ("send", "A ramp"),
        ("press", words(lang, "Other (allergy, religious…)", "Otro (alergia, religión…)")),
        ("send", "Gluten-free"),
    ]
    replies = [await drive(u, [step]) for step in steps]
    seen = counters(replies)
    assert {total for _, total in seen} == {10}  # follow-ups do not change the total...
    numbers = [n for n, _ in seen]
    assert numbers == [1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 9, 10, 10]  # ...nor make the counter jump
    assert "+57 321 1234567" in replies[6].text  # the phone question's example is Colombian
    done = await tap(u, labels.confirm)
    said = words(lang, "does not replace the confirmation", "no sustituye la confirmación")
    assert said in done.text and done.text.count(said) == 1
    assert (await Stored(database_url).registration(u.id)).phone == "+57 311 5550199"

    await drive(
        u, [("press", labels.request), ("press", words(lang, "Victim assistance", "Asistencia a víctimas"))]
    )
    await drive(
        u, [("press", labels.myself), ("send", "Bogotá"), ("press", labels.yes), ("press", labels.no)]
    )
    await say(u, words(lang, "May 3rd", "el 3 de mayo"))
    summary = await say(u, "6/5")
    assert words(lang, "Arrival: 3 May 2026", "Llegada: 3 de mayo de 2026") in summary.text
    await tap(u, labels.confirm)
    (request,) = await Stored(database_url).requests(u.id)
    assert (request.arrival_date, request.departure_date) == (date(2026, 5, 3), date(2026, 5, 6))

    # With a request pending, the State cannot change, but it is still shown with every other answer.
    view = await say(u, "/myregistration")
    assert words(lang, "Country: Colombia", "País: Colombia") in view.text
    delegation = words(lang, "Delegation: 🏛 A State delegation", "Delegación: 🏛 Una delegación de un Estado")
    assert delegation in view.text
    assert "+57 311 5550199" in view.text


@pytest.mark.parametrize(("labels", "lang"), BOTH)
async def test_a_virtual_event_asks_only_what_fits_it(
    local_api: LocalBotApi, bot: RunningBot, database_url: str, clock: FixedClock, labels: Labels, lang: str
) -> None:
    clock.set(BEFORE_THE_DEBATE)
    u = local_api.user(11003 if lang == "en" else 11004, first_name="Rosa", language_code=lang)
    consent = await open_rsvp(u, "va2020")
    assert "https://bit.ly/CoopAssist-VA" in consent.text
    assert words(lang, "please also register at", "inscríbase también en") in consent.text
    await drive(u, [("press", labels.agree), ("send", "Rosa Díaz"), ("send", "Coordinadora")])
    country = await tap(u, labels.ngo)
    assert country.buttons == []  # no States to press...
    assert words(lang, "Type the country's name", "Escriba el nombre del país") in country.text
    assert words(lang, "Press your country", "Pulse el botón") not in country.text  # ...so none is mentioned
    await drive(u, [("send", "Guatemala"), ("send", "Red de Sobrevivientes"), ("send", "rosa@red.org")])
    access = await tap(u, words(lang, "Spanish", "Español"))
    assert words(lang, "⬜ Sign language", "⬜ Lengua de señas") in access.buttons
    assert not any(words(lang, "Step-free", "sin escalones") in b for b in access.buttons)  # virtual


def test_slot_labels_fit_a_button_and_notice_needs_a_way_to_confirm(tmp_path: Path) -> None:
    long = 'label.en = "' + "x" * 31 + '"'
    issue = only_issue(broken_copy(tmp_path, "rsd2026", 'label.en = "Victim assistance"', long))
    assert issue.path == "sponsorship.slots[0].label.en" and "a button fits 30" in issue.message
    registration_url = 'url = "https://bit.ly/CoopAssist-VA"\ncounts_as'
    issue = only_issue(broken_copy(tmp_path, "va2020", registration_url, "counts_as"))
    assert issue.path == "registration.counts_as"


async def _count_paused(u: LocalUser, since: int, api: LocalBotApi) -> int:
    return sum("⏸" in m.text for m in api.messages_since(since, u.chat_id))


@pytest.mark.parametrize(("labels", "lang"), BOTH)
async def test_lost_people_are_helped(
    local_api: LocalBotApi, bot: RunningBot, database_url: str, labels: Labels, lang: str
) -> None:
    other = "es" if lang == "en" else "en"
    u = local_api.user(11005 if lang == "en" else 11006, first_name="Leo", language_code=lang)
    await u.send("/start rsd2026")
    (_, menu) = await u.replies(2, PATIENCE)
    await u.send_sticker()
    hint = await u.reply(PATIENCE)
    assert (
        words(lang, "I can only read text", "Solo puedo leer") in hint.text and hint.buttons == menu.buttons
    )

    await open_rsvp(u)
    await tap(u, labels.agree)
    offer = await say(u, words(lang, "¿podemos seguir en español?", "can we continue in English?"))
    assert offer.buttons == ["English", "Español"]
    await u.press(words(other, "English", "Español"))
    switched, *_ = await u.replies(1, PATIENCE)
    assert words(other, "full name", "nombre completo") in switched.text
    position = await say(u, "Leo Castro")
    assert words(other, "position", "cargo") in position.text
    assert (await Stored(database_url).drafts(u.id))[0].data["full_name"] == "Leo Castro"

    # The menu during the form: "paused" once, however many menu buttons follow.
    since = local_api.mark()
    for expected in (2, 1):  # the languages (and, the first time only, "paused")
        await u.press(words(lang, "🌐 Language", "🌐 Idioma"), message=menu)
        await u.replies(expected, PATIENCE)
    helped = await say(u, "/help")
    assert (
        words(other, "I answer questions", "Respondo preguntas") in helped.text
    )  # all earlier replies are in
    assert await _count_paused(u, since, local_api) == 1

    # An old button: what is open now (the paused registration), then, once it is dropped, nothing.
    await u.press(words(lang, labels.agree, labels.agree))
    stale = await u.reply(PATIENCE)
    assert words(other, "paused with your answers kept", "en pausa y con sus respuestas") in stale.text
    await say(u, "/cancel")
    await u.press(labels.agree)
    nothing = await u.reply(PATIENCE)
    assert words(other, "nothing is open now", "no hay nada abierto") in nothing.text
    assert len(nothing.buttons) == len(menu.buttons)
    assert await Stored(database_url).drafts(u.id) == []
