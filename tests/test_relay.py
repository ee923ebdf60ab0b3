"""Acceptance: a question the bot could not answer goes to the organisers' group; an organiser's reply
reaches the delegate in their language; "Add to the FAQ" makes the next delegate get the answer at once."""

from __future__ import annotations

from bot.clock import FixedClock
from handlers.organisers.voice import signed
from localapi import LocalBotApi, LocalUser, MessageRecord
from tests.support.organisers import (
    ADMIN,
    MEMBER,
    ORGANISER,
    Organisers,
    audit,
    faq,
    organisers_bot,
    outbox,
    questions,
)
from tests.support.waiting import PATIENCE, eventually
from tests.test_decisions import WHEN, answers

VISA = "¿Necesito visa para entrar a El Salvador?"
ANSWER = "No: las personas nacionales de los Estados de la región no necesitan visa."
RELAY = "📨 Transmitir mi pregunta a los organizadores"


async def ask(u: LocalUser, text: str) -> str:
    await u.send("/start rsd2026")
    await u.replies(2)
    await u.send(text)
    return (await u.reply()).text or ""


async def relayed(org: Organisers, eva: LocalUser, question: str = VISA) -> MessageRecord:
    """Eva's visa question, deferred by the bot, passed on: its post in the group."""
    assert "no dice nada sobre visados" in await ask(eva, question)
    since = org.mark()
    await eva.press(RELAY)
    (post,) = await org.posts(since)
    await eventually(lambda: questions(org.url), lambda found: found[0].status == "relayed")
    return post


async def answered(
    org: Organisers, eva: LocalUser, post: MessageRecord, question: str = VISA
) -> MessageRecord:
    """Olga answers by replying to the post; the post as edited."""
    since = org.mark()
    await org.member(ORGANISER).send(ANSWER, reply_to=post)
    (told,) = await org.api.wait_for_messages(eva.id, 1, PATIENCE, since=since)
    assert told.text.startswith("📬 Los organizadores respondieron a su pregunta")
    assert question in told.text and told.text.endswith(ANSWER)
    (edited,) = await org.posts(since)
    return edited


async def test_a_relayed_question_is_answered_by_the_first_organiser_who_replies(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        eva = local_api.user(5301, first_name="Eva", language_code="es")
        post = await relayed(org, eva)
        (question,) = await questions(database_url)
        title = "Regional Stakeholder Dialogue in the Americas 2026"
        assert post.text.startswith(f"❓ Question from a delegate · Q{question.id} · {title}")
        assert "Language: Español" in post.text and VISA in post.text and post.buttons == []
        (mail,) = await org.mails(1)
        assert VISA in mail.get_content()

        await org.member(MEMBER).send("Creo que sí", reply_to=post)
        assert (await org.member(MEMBER).reply()).text == "Only the organisers can do this."
        assert (await questions(database_url))[0].status == "relayed"

        edited = await answered(org, eva, post)
        assert f"✅ Answered by Olga, {WHEN}:\n{ANSWER}" in edited.text
        assert edited.buttons == ["📚 Add to the FAQ"]

        since = org.mark()
        await org.member(ADMIN).send("Sí necesita visa", reply_to=post)
        refused = await org.member(ADMIN).reply()
        assert refused.text == f"This question was already answered by Olga, {WHEN}. Your reply was not sent."
        # The refusal was sent after its update committed: a second answer would be queued by now.
        assert [r.channel for r in await outbox(database_url)].count("delegate") == 1
        assert local_api.messages_since(since, eva.id) == []
    (question,) = await questions(database_url)
    assert (question.status, question.answer, question.answered_by) == ("answered", ANSWER, ORGANISER)


async def test_an_answer_added_to_the_faq_answers_the_next_delegate_at_once(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        eva = local_api.user(5302, first_name="Eva", language_code="es")
        post = await relayed(org, eva)
        edited = await answered(org, eva, post)
        faq_button = edited.find_button(label="📚 Add to the FAQ")["callback_data"]
        since = org.mark()
        await org.member(ORGANISER).press("📚 Add to the FAQ", message=edited)
        (in_faq,) = await org.posts(since)
        assert f"📚 Added to the FAQ by Olga, {WHEN}" in in_faq.text and in_faq.buttons == []
        await org.member(ADMIN).press(data=faq_button, message=post, force=True)  # a second, late tap
        await local_api.wait_until(lambda: answers(local_api, ADMIN), PATIENCE)
        assert answers(local_api, ORGANISER) == [
            "Added to the FAQ: delegates asking this again get the answer at once."
        ]
        assert answers(local_api, ADMIN) == ["Already added to the FAQ by Olga. Nothing changed."]

        sol = local_api.user(5303, first_name="Sol", language_code="es")
        direct = await ask(sol, "¿Hace falta visa para entrar en El Salvador?")
        assert "Los organizadores ya respondieron a esta pregunta" in direct and ANSWER in direct
        assert sol.last is not None and sol.last.buttons == []

    (question,) = await questions(database_url)  # Sol's question was answered: nothing recorded for her
    (entry,) = await faq(database_url)
    assert (entry.event_key, entry.language, entry.question, entry.answer) == ("rsd2026", "es", VISA, ANSWER)
    assert (entry.question_id, entry.added_by) == (question.id, ORGANISER)
    history = [(e.action, e.actor_kind) for e in await audit(database_url, f"Q{question.id}")]
    assert history == [
        ("question.requested", "delegate"),
        ("question.relayed", "system"),
        ("question.answered", "organiser"),
        ("question.added_to_faq", "organiser"),
    ]


async def test_only_an_answered_question_goes_to_the_faq_and_only_the_same_question_gets_it(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        eva = local_api.user(5304, first_name="Eva", language_code="es")
        post = await relayed(org, eva)
        (question,) = await questions(database_url)
        data = signed(org.bot.app.bot_data["runtime"], "ofaq", str(question.id))
        await org.member(ORGANISER).press(data=data, message=post, force=True)
        await local_api.wait_until(lambda: answers(local_api, ORGANISER), PATIENCE)
        assert answers(local_api, ORGANISER) == [
            "Answer the question first (reply to it), then add it to the FAQ."
        ]
        edited = await answered(org, eva, post)
        await org.member(ORGANISER).press("📚 Add to the FAQ", message=edited)
        await local_api.wait_until(lambda: len(answers(local_api, ORGANISER)) == 2, PATIENCE)

        vaccine = await ask(
            local_api.user(5305, first_name="Ivo", language_code="es"),
            "¿Necesito vacuna para entrar a El Salvador?",
        )
        assert ANSWER not in vaccine and "organizadores" in vaccine
    assert [entry.question for entry in await faq(database_url)] == [VISA]


async def test_an_added_answer_reaches_rewordings_and_the_other_language_but_not_another_country(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    colombian = "¿Necesito visa para El Salvador con pasaporte colombiano?"
    async with organisers_bot(local_api, database_url, clock) as org:
        eva = local_api.user(5306, first_name="Eva", language_code="es")
        post = await relayed(org, eva, colombian)
        edited = await answered(org, eva, post, colombian)
        await org.member(ORGANISER).press("📚 Add to the FAQ", message=edited)
        await local_api.wait_until(lambda: answers(local_api, ORGANISER), PATIENCE)

        sol = local_api.user(5307, first_name="Sol", language_code="es")
        reworded = await ask(sol, "¿los colombianos necesitan visado para ir a El Salvador?")
        assert "Los organizadores ya respondieron a esta pregunta" in reworded and ANSWER in reworded
        joe = local_api.user(5308, first_name="Joe", language_code="en")
        english = await ask(joe, "Do I need a visa for El Salvador with a Colombian passport?")
        assert "The organisers have answered this question" in english and ANSWER in english
        pia = local_api.user(5309, first_name="Pía", language_code="es")
        peruvian = await ask(pia, "¿Necesito visa para El Salvador con pasaporte peruano?")
        assert ANSWER not in peruvian and "no dice nada sobre visados" in peruvian
        assert pia.last is not None and pia.last.buttons == [RELAY]
    recorded = [(q.user_id, q.status) for q in await questions(database_url)]
    assert recorded == [(eva.id, "answered"), (pia.id, "recorded")]  # only Pía's is kept, unanswered
