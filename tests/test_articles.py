"""Grammar, in both languages: names of events and funders take the article the event file gives them
("su participación en el Diálogo Regional…", "lo financia el Consejo de la Unión Europea", "de la Unión
Europea"), through Fluent selectors rather than words glued to the name."""

from __future__ import annotations

import pytest

from bot.i18n import I18n
from bot.localrun import RunningBot
from localapi import LocalBotApi
from tests.support.registration import EN, ES, Labels, register, tap

BOTH = [(EN, "en"), (ES, "es")]
CONFIRMED = {
    "en": "You are registered for the Regional Stakeholder Dialogue in the Americas 2026.",
    "es": "Su inscripción en el Diálogo Regional de Partes Interesadas en las Américas 2026"
    " quedó registrada.",
}
OFFER = {
    "en": "You may request sponsorship from the Council of the European Union until",
    "es": "Puede solicitar patrocinio del Consejo de la Unión Europea hasta el",
}
INTRO = {
    "en": "Funded by the Council of the European Union.",
    "es": "Lo financia el Consejo de la Unión Europea.",
}


@pytest.mark.parametrize(("labels", "lang"), BOTH)
async def test_the_event_and_its_funder_take_their_articles(
    local_api: LocalBotApi, bot: RunningBot, labels: Labels, lang: str
) -> None:
    u = local_api.user(14001 if lang == "en" else 14002, first_name="Ana", language_code=lang)
    done = await register(u, labels, "Ana Rojas", "Perú" if lang == "es" else "Peru", f"{u.id}@example.org")
    assert CONFIRMED[lang] in done.text and OFFER[lang] in done.text
    assert INTRO[lang] in (await tap(u, labels.request)).text


ASK = {"en": "What does the sponsorship cover?", "es": "¿Qué cubre el patrocinio?"}
FUNDED = {
    "en": "✈️ Sponsorship is funded by the Council of the European Union.",
    "es": "✈️ El patrocinio lo financia el Consejo de la Unión Europea.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
async def test_an_answer_about_sponsorship_names_the_funder_with_its_article(
    local_api: LocalBotApi, bot: RunningBot, lang: str
) -> None:
    u = local_api.user(14003 if lang == "en" else 14004, first_name="Leo", language_code=lang)
    await u.send("/start rsd2026")
    await u.replies(2)
    await u.send(ASK[lang])
    (answer,) = await u.replies(1)
    assert answer.text.startswith(FUNDED[lang]), answer.text


@pytest.mark.parametrize(
    ("lang", "article", "expected"),
    [
        ("es", "la", "Puede solicitar patrocinio de la Unión Europea hasta"),
        ("es", "none", "Puede solicitar patrocinio de Noruega hasta"),
        ("en", "the", "sponsorship from the European Union until"),
        ("en", "none", "sponsorship from Norway until"),
    ],
)
def test_feminine_and_bare_names_read_as_written(lang: str, article: str, expected: str) -> None:
    funder = {"la": "Unión Europea", "the": "European Union"}.get(
        article, "Noruega" if lang == "es" else "Norway"
    )
    text = I18n(strict=True).t(lang, "spons-offer", funder=funder, article=article, date="31 de marzo")
    assert expected in text
    assert "del Unión" not in text and "the Norway" not in text
