"""Acceptance, in both languages: the 2020 virtual debate's requests for the floor and questions form a
moderator's queue; a delegate who asks for the floor in words is led to that question of the form;
/floor lists the queue in the order received, a moderator marks items taken or done, and it exports."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest

from bot.clock import FixedClock
from bot.localrun import RunningBot
from localapi import LocalBotApi, LocalUser
from tests.support.organisers import GROUP, MEMBER, ORGANISER, organisers_bot, settled
from tests.support.registration import EN, ES, Labels, Stored, drive, say, tap
from tests.support.waiting import PATIENCE, eventually
from tests.test_decisions import answers, shown
from tests.test_delegate_paths import words

BEFORE_THE_DEBATE = datetime(2020, 11, 20, 12, 0, tzinfo=UTC)
BOTH = [(EN, "en"), (ES, "es")]
FLOOR = {
    "en": "Request the floor to share experiences",
    "es": "Solicitar tomar la palabra para compartir experiencias",
}
QUESTION = {"en": "Submit a question", "es": "Presentar una pregunta"}
ASKS = {"en": "I'd like to ask a question at the debate", "es": "quisiera pedir la palabra"}


async def started(u: LocalUser, labels: Labels, name: str, state: bool, country: str, org: str) -> None:
    """The va2020 registration up to (and including) the e-mail address."""
    await u.send("/start va2020")
    await u.replies(2, PATIENCE)
    await say(u, "/register")
    kind = labels.state if state else labels.ngo
    await drive(u, [("press", labels.agree), ("send", name), ("send", "Coordinator"), ("press", kind)])
    await drive(u, [("send", country), ("send", org), ("send", f"{u.id}@example.org")])


@pytest.mark.parametrize(("labels", "lang"), BOTH)
async def test_asking_for_the_floor_in_words_leads_to_that_question(
    local_api: LocalBotApi, bot: RunningBot, database_url: str, clock: FixedClock, labels: Labels, lang: str
) -> None:
    clock.set(BEFORE_THE_DEBATE)
    u = local_api.user(13001 if lang == "en" else 13002, first_name="Rosa", language_code=lang)
    await started(u, labels, "Rosa Díaz", False, "Guatemala", "Red de Sobrevivientes")
    led = await say(u, ASKS[lang])
    assert words(lang, "You can ask for the floor", "Puede pedir la palabra") in led.text
    assert FLOOR[lang] in led.buttons and QUESTION[lang] in led.buttons
    language = await tap(u, QUESTION[lang] if lang == "en" else FLOOR[lang])
    assert words(lang, "Spanish", "Español") in language.buttons  # back to the steps left unanswered
    topic = await drive(u, [("press", words(lang, "Spanish", "Español")), ("press", labels.none)])
    assert words(lang, "Write your question", "Escriba su pregunta") in topic.text
    await say(u, "Funding for survivors' associations")
    done = await tap(u, labels.confirm)
    assert done.text.startswith("✅"), done.text
    registration = await Stored(database_url).registration(u.id)
    assert registration.answers == {
        "contribution": "question" if lang == "en" else "floor",
        "contribution_text": "Funding for survivors' associations",
    }

    # Someone not registered yet is led to the registration, which asks it after the questions about them.
    newcomer = local_api.user(13003 if lang == "en" else 13004, first_name="Ben", language_code=lang)
    await newcomer.send("/start va2020")
    await newcomer.replies(2, PATIENCE)
    consent = await say(newcomer, ASKS[lang])
    assert words(lang, "please register", "inscríbase") in consent.text and labels.agree in consent.buttons


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "🎙 Asks for the floor to share experiences"),
        ("es", "🎙 Pide la palabra para compartir experiencias"),
    ],
)
async def test_the_organisers_post_of_a_registration_shows_its_request_for_the_floor(
    local_api: LocalBotApi, database_url: str, clock: FixedClock, language: str, line: str
) -> None:
    clock.set(BEFORE_THE_DEBATE)
    settings = {"ORGANISER_LANGUAGE": language, "ORGANISER_EMAIL": "moderators@example.org"}
    async with organisers_bot(local_api, database_url, clock, **settings) as org:
        ana = local_api.user(13021, first_name="Ana", language_code="es")
        await started(ana, ES, "Ana Rojas", True, "Colombia", "Cancillería")
        await drive(ana, [("press", "Español"), ("press", ES.none), ("press", FLOOR["es"])])
        await say(ana, "La experiencia de Colombia con <fondos> regionales")
        since = org.mark()
        await tap(ana, ES.confirm)
        (post,) = await org.posts(since)
        (mail,) = await org.mails(1)
    topic = "« La experiencia de Colombia con <fondos> regionales »"
    assert f"{line}\n{topic}" in post.text  # the delegate's words, escaped (not read as a tag)
    assert f"{line}\r\n{topic}" in mail.get_content()


async def test_the_moderator_lists_marks_and_exports_the_queue(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    clock.set(BEFORE_THE_DEBATE)
    async with organisers_bot(local_api, database_url, clock) as org:
        ana = local_api.user(13011, first_name="Ana", language_code="es")
        await started(ana, ES, "Ana Rojas", True, "Colombia", "Cancillería")
        await drive(ana, [("press", "Español"), ("press", ES.none), ("press", FLOOR["es"])])
        await say(ana, "La experiencia de Colombia con fondos regionales")
        await tap(ana, ES.confirm)
        ben = local_api.user(13012, first_name="Ben", language_code="en")
        await started(ben, EN, "Ben Hale", False, "Kenya", "Survivors Network")
        await drive(ben, [("press", "English"), ("press", EN.none), ("press", QUESTION["en"])])
        await say(ben, "How do donors measure accountability?")
        await tap(ben, EN.confirm)
        cy = local_api.user(13013, first_name="Cy", language_code="en")
        await started(cy, EN, "Cy Moss", False, "Peru", "Red Andina")
        await drive(cy, [("press", "English"), ("press", EN.none), ("press", "No, thank you")])
        await tap(cy, EN.skip)
        await tap(cy, EN.confirm)

        await settled(database_url)  # the registrations' notices are posted: the group is quiet
        notices = [m.text for m in org.api.messages_since(0, GROUP)]
        assert any("🎙 Has a question for the debate\n« How do donors" in t for t in notices)
        assert not any("Cy Moss" in t and "🎙" in t for t in notices)  # "No, thank you": nothing to show
        refused = await say(org.member(MEMBER), "/floor va2020")
        assert refused.text == "Only the organisers can do this."
        queue = await say(org.member(ORGANISER), "/floor")  # the one event with a queue
        lines = queue.text.split("\n\n")
        title = "Global debate on financing for victim assistance"
        assert lines[0] == f"🎙 Floor and questions · {title}: 2 requests, in the order received."
        assert lines[1].startswith("1. ⏳ Ana Rojas · Colombia · asks for the floor · Español")
        assert "« La experiencia de Colombia con fondos regionales »" in lines[1]
        assert lines[2].startswith("2. ⏳ Ben Hale · Survivors Network · has a question · English")
        assert "Cy Moss" not in queue.text
        assert queue.buttons == ["▶️ 1 taken", "✅ 1 done", "▶️ 2 taken", "✅ 2 done", "📄 Export (CSV)"]

        await org.member(ORGANISER).press("▶️ 1 taken", message=queue)
        taken = await shown(org, queue, lambda m: "1. ▶️ Ana Rojas" in (m.text or ""))
        await org.member(ORGANISER).press("✅ 2 done", message=taken)
        done = await shown(org, queue, lambda m: "2. ✅ Ben Hale" in (m.text or ""))
        assert done.buttons == ["▶️ 1 taken", "✅ 1 done", "📄 Export (CSV)"]
        assert answers(local_api, ORGANISER)[-2:] == ["Marked as taken.", "Marked as done."]

        since = org.mark()
        await org.member(ORGANISER).press("📄 Export (CSV)", message=done)
        (document,) = await eventually(
            lambda: [m for m in org.api.messages_since(since, GROUP) if m.document], bool
        )
    states = {r.full_name: r.floor_state for r in await Stored(database_url).registrations()}
    assert states == {"Ana Rojas": "taken", "Ben Hale": "done", "Cy Moss": None}
    assert document.document["file_name"].startswith("va2020-floor-")
    rows = list(csv.reader(io.StringIO(document.data.decode("utf-8-sig"))))
    assert rows[0] == [
        "No.",
        "Reference",
        "Name",
        "State or organisation",
        "Request",
        "Question or topic",
        "Language",
        "State of the request",
    ]
    assert [(r[0], r[2], r[3], r[4], r[6], r[7]) for r in rows[1:]] == [
        ("1", "Ana Rojas", "Colombia", "floor", "es", "taken"),
        ("2", "Ben Hale", "Survivors Network", "question", "en", "done"),
    ]
