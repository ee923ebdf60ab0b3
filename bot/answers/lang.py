"""Which language a question is written in, from function words and Spanish spelling marks."""

from __future__ import annotations

import re

from bot.folding import words_of

ES_MARKERS = frozenset(
    words_of(
        "que cuando donde hay el la los las para es como cual cuales quien quienes puedo puede pueden se "
        "un una mi mis del de y por con habra sera tiene tienen cuanto cuantos cuantas hasta necesito "
        "debo al lo su sus nos esta estan son si pero tambien muy mas hola gracias van vamos estoy ser "
        "tengo hago sobre nuestro nuestra usted ustedes alguna algun hacer esto eso ese esa porque entre "
        "desde vos sos podes tenes queres sabes"
    )
)
EN_MARKERS = frozenset(
    words_of(
        "what when where is the for do does can how who which will are there i my of and to we our be it "
        "in on at you should much many need any have has an this that with by from about would could get "
        "hello thanks please does did was were your if or but also so"
    )
)
# Frequent words that are not worth "repairing" into a lexicon word one letter away ("cuenta" is not
# "cuesta"); together with the markers, the lexicon and the events' own words they form the known words.
COMMON = frozenset(
    words_of(
        "cuenta cuento cuentan persona personas evento eventos reunion reuniones conferencia informacion "
        "quiero queria quisiera saber necesitamos podria podrian gustaria tenemos somos estamos vamos ir "
        "voy llegar llego salir salgo hacer hace dicen dice decir favor saludos tarde noche manana hoy "
        "ahora antes despues luego otro otra otros otras mismo misma todo toda todos todas cada nada "
        "algo bien mal bueno buena mejor claro gobierno ministerio embajada oficina nombre numero "
        "pregunta preguntas respuesta dialogo debate regional mundial minas mina convencion victimas "
        "asistencia tell know want would like going come coming arrive leave meeting event events "
        "conference being people person information question questions answer please thank still just only "
        "also some more other another every each same good best well sure right next first second "
        "ministry embassy office name dialogue debate regional global mines mine convention victims "
        "assistance list lista listed listado no era fue estaba was feed seria serian estaria podria "
        "contra accion action ours yours theirs lost lose lead leads led conviene convienen according "
        "text form forms correcto ultimate ultimately"
    )
)
_SPANISH_MARKS = re.compile(r"[¿¡ñÑáéíóúÁÉÍÓÚ]")


def evidence(
    text: str, words: list[str], repaired: list[str], lexicon_langs: dict[str, set[str]]
) -> dict[str, float]:
    """Points for each language: function words, Spanish marks, and words only one language's lexicon has
    (after typo repair)."""
    score = {"es": 0.0, "en": 0.0}
    for word in words:
        score["es"] += word in ES_MARKERS
        score["en"] += word in EN_MARKERS
    for word in repaired:
        only_es = word in lexicon_langs["es"] and word not in lexicon_langs["en"]
        only_en = word in lexicon_langs["en"] and word not in lexicon_langs["es"]
        score["es"] += 0.8 * only_es
        score["en"] += 0.8 * only_en
    if _SPANISH_MARKS.search(text):
        score["es"] += 2
    return score


def detect(
    text: str, words: list[str], repaired: list[str], lexicon_langs: dict[str, set[str]], default: str
) -> str:
    """The question's language: `default` unless the other language clearly dominates."""
    score = evidence(text, words, repaired, lexicon_langs)
    other = "en" if default == "es" else "es"
    if score[other] >= 1.5 and score[other] > 2 * score[default]:
        return other
    return default
