"""Words that do not ask what they usually ask, in the question they are in: finishing demining is not the
end of a session, a State's clearance deadline is not the event's, "una ONG española" names no language,
"an NGO in Quito" says where the asker is from."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from bot.answers.concepts import Hit
from bot.folding import Token, words_of

_CLEARANCE = frozenset(
    words_of(
        "desminado clearance demining limpieza remocion despeje articulo article obligaciones obligations "
        "obligacion obligation mines minas"
    )
)
_SIGNING = frozenset(words_of("firma signing signature"))
_TREATY = frozenset(words_of("convencion convention tratado treaty"))
_ANNIVERSARY = frozenset(words_of("aniversario anniversary"))
_ARTICLES = frozenset(words_of("el la los las su sus con de del the its their with"))


def misread(hit: Hit, toks: list[Token]) -> bool:
    """Words that are not what they usually ask: "¿No era que Perú ya había terminado el desminado?",
    "Peru and Ecuador's demining deadlines" (demining work, not the event's sessions or registration), "una
    ONG española" (where it is from, not a language)."""
    rest = [t.word for t in toks[hit.end : hit.end + 3] if t.word not in _ARTICLES]
    before = [t.word for t in toks[max(0, hit.start - 3) : hit.start] if t.word not in _ARTICLES]
    if hit.concept in ("START", "END"):
        return bool(rest) and rest[0] in _CLEARANCE
    if hit.concept == "PLACE":  # "¿de dónde salen los fondos?", "where does the money come from?"
        return bool({t.word for t in toks[hit.end : hit.end + 6]} & _ORIGIN)
    if hit.concept == "INVITE" and toks[hit.start].word in ("welcome", "welcomed"):
        return bool(before) and before[-1] in ("youre", "re", "you", "thanks", "thank")  # "you're welcome"
    if hit.concept == "DOCS":
        return _sourced(before)
    if hit.concept == "ORGANISE" and toks[hit.start].word in _SIGNING:
        # "el aniversario de la firma de la Convención": the treaty's signing, not who signs the invitation
        return (bool(rest) and rest[0] in _TREATY) or (bool(before) and before[-1] in _ANNIVERSARY)

    if hit.concept == "LANGUAGE":
        return bool(before) and before[-1] in BODIES
    if hit.concept == "Q_WHEN" and toks[hit.start].word == "cuando" and hit.start > 0:
        # "¿puedo mandar una pregunta cuando me inscriba?": when I register, not a question of when
        nxt = toks[hit.end].word if hit.end < len(toks) else ""
        return toks[hit.start - 1].word not in _ASKS_WHEN_AFTER and nxt in _CLAUSE_STARTS
    return False


def _sourced(before: list[str]) -> bool:
    """ "según la invitación", "as mentioned in the invitation": where a fact is read, not a document
    asked for."""
    if not before:
        return False
    if before[-1] in ("segun", "per") or before[-2:] == ["according", "to"]:
        return True
    return len(before) > 1 and before[-1] in ("en", "in") and before[-2] in _SAYS


_ORIGIN = frozenset(words_of("salen sale vienen viene provienen proviene come comes"))
_SAYS = frozenset(
    words_of(
        "dice dicen menciona mencionan mencionado mencionada sale salen aparece aparecen escrito escrita "
        "pone says say mentioned mentions mention written appears appear stated states"
    )
)


def reread(hit: Hit, toks: list[Token]) -> Hit:
    """ "Peru's and Ecuador's clearance deadlines", "plazos de desminado": the States' own deadlines under
    the Convention, not the event's for registering."""
    if hit.concept != "DEADLINE":
        return hit
    near = [t.word for t in (*toks[max(0, hit.start - 2) : hit.start], *toks[hit.end : hit.end + 3])]
    return replace(hit, concept="CLEARANCE_DEADLINE") if set(near) & _CLEARANCE else hit


BODIES = frozenset(
    words_of(
        "ong ongs ngo ngos organizacion organization organisation asociacion association fundacion "
        "foundation empresa company universidad university delegacion delegation gobierno government "
        "embajada embassy mision mission observacion observation ministerio ministry cancilleria"
    )
)
# "hola, ¿cuándo…?", "y cuando es?": still a question of when
_ASKS_WHEN_AFTER = frozenset(
    words_of("hasta desde para de a y o e pero hola buenas buenos dias tardes noches oye entonces ok gracias")
)
_CLAUSE_STARTS = frozenset(
    words_of("me nos se te lo la le les uno una yo tu usted ustedes ellos ellas el ella")
)


TITLE_RUN = 3  # words in a row of an event's title: the question names the event by it


def title_spans(toks: list[Token], titles: tuple[tuple[str, ...], ...]) -> set[int]:
    """The token positions inside a run of words quoting an event's title ("a debate on financing victim
    assistance"): words naming the event, not asking about its funding."""
    ws = [t.word for t in toks]
    inside: set[int] = set()
    for title in titles:
        at = _positions(title)
        for i, w in enumerate(ws):
            for j in at.get(w, ()):
                k = 1
                while i + k < len(ws) and j + k < len(title) and ws[i + k] == title[j + k]:
                    k += 1
                if k >= TITLE_RUN:
                    inside.update(range(i, i + k))
    return inside


@lru_cache(maxsize=64)
def _positions(title: tuple[str, ...]) -> dict[str, list[int]]:
    at: dict[str, list[int]] = {}
    for j, w in enumerate(title):
        at.setdefault(w, []).append(j)
    return at
