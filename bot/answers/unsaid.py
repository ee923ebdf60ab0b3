"""Questions the invitation cannot settle, though their words find an answer: what happens, or what to do,
if something goes otherwise ("What if we miss the deadline by a few days?", "¿qué pasa si llego tarde?")."""

from __future__ import annotations

import re

from bot.answers.audiences import unlisted_kind
from bot.answers.model import Part, Query
from bot.answers.passages import event_texts
from bot.answers.verdict import group_size
from bot.folding import fold

_WHAT_IF = re.compile(
    r"\b(?:what happens if|what if|what should (?:i|we) do if|what do (?:i|we) do if|"
    r"what can (?:i|we) do if|"
    r"que pasa si|que sucede si|que ocurre si|que hago si|que hacemos si|que debo hacer si|"
    r"que debemos hacer si|"
    r"y si no|si no (?:puedo|podemos|alcanzo|alcanzamos|alcance|llego|llegamos|me funciona)|"
    r"si (?:mi|nuestro|nuestra|el|la) \w+ no (?:puede|pueden|podra|llega|viaja)|"
    r"if (?:i|we) (?:can ?not|can['’]?t|miss|missed|only)|if my \w+ (?:can ?not|can['’]?t))\b"
)
# Intents that answer a what-if themselves: who to nominate when a profile is missing ("in its absence").
ABSENCES = frozenset({"sp_nominations"})


# "We don't have a national mine action centre, who should be our second nominee then?": a profile missing,
# which the annex answers ("or, in its absence…"); replacing a nominee or confirming late it does not.
_MISSING = re.compile(
    r"\b(?:don['’ ]?t have|do not have|there is no|there['’ ]?s no|no hay|no tenemos|no existe|no contamos)\b"
)


def hypothetical(q: Query) -> bool:
    """Whether the question asks what happens, or what to do, if something goes otherwise."""
    return _WHAT_IF.search(fold(q.text)) is not None


def answered_by_quota(q: Query) -> bool:
    """Whether a what-if is one the quota answers: a profile missing ("or, in its absence…"), a third
    nominee or a group larger than the quota ("subject to availability")."""
    text = fold(q.text)
    third = _THIRD.search(text) is not None  # written out: "otra persona" is no third nominee
    return _MISSING.search(text) is not None or third or group_size(q.text) is not None


_THIRD = re.compile(r"\b(?:third|3rd|tercer|tercera|3er|3ra|tres|three)\b")


# Who may take part, register or be sponsored: a yes/no on a kind of person the lists do not name.
WHO_MAY = frozenset(
    {"participants", "registration", "sp_nominations", "sp_eligible", "sponsorship", "sp_ngo"}
)


# "Can I go myself, or only governments?": a choice between alternatives, asking whether one may take part.
_MAY = re.compile(
    r"\b(?:can i|could i|may i|can we|could we|puedo|podria|podia|podemos|podriamos|puede|pueden)\b"
    r"(?:\s+\w+){0,3}?\s+(?:go|come|attend|join|take part|participate|register|ir|venir|asistir|"
    r"participar|inscribir\w*|registrar\w*)\b"
)


def unlisted_asker(q: Query, intents: list[str]) -> bool:
    """ "¿Una diputada puede ser una de las patrocinadas?", "can youth organisations register?", "soy mamá
    de un sobreviviente, ¿puedo ir yo o solo van gobiernos?": whether a yes/no (or a choice) on who may take
    part names a kind of person the event's lists do not name."""
    asks = q.yes_no or _MAY.search(fold(q.text)) is not None
    return asks and bool(set(intents) & WHO_MAY) and unlisted_kind(q.text, q.event)


# What the sponsorship covers, asked for people it does not cover: the invitation says nothing of them.
_UNSPONSORED = re.compile(
    r"\b(?:not|aren'?t|arent|isn'?t|isnt|non|un)[- ]?sponsored\b|\bwithout (?:a |any )?sponsorship\b|"
    r"\bself[- ]?funded\b|\bno (?:son |estan |esten |sean |vienen )?patrocinad[oa]s?\b|\bsin patrocinio\b|"
    r"\bautofinanciad[oa]s?\b"
)
COVERS = frozenset({"sp_covers", "sponsorship", "sp_travel"})


def for_unsponsored(q: Query, intents: list[str]) -> bool:
    """ "Is lunch provided for people who aren't sponsored?": what the sponsorship covers does not say."""
    return bool(set(intents) & COVERS) and _UNSPONSORED.search(fold(q.text)) is not None


# Interpreters as people working at the event: their hiring, travel or pay, which no invitation covers.
_INTERPRETERS = re.compile(r"\b(?:interpreters?|interpretes|interprete|traductores?|translators?)\b")
_THEIR_WORK = re.compile(
    r"\b(?:travel|hire|hiring|hired|recruit\w*|freelance\w*|apply|applying|aplico|aplicar|postul\w*|"
    r"contrat\w*|buscan|busca|viaje|viajes|pasaje|pasajes|honorarios|fees?|rates?|paid|pay|pagan|pagados?)\b"
)


def about_interpreters(q: Query) -> bool:
    """ "Do interpreters get their travel covered?", "¿buscan intérpretes freelance?": the interpreters'
    own arrangements, not the languages interpreted."""
    text = fold(q.text)
    return _INTERPRETERS.search(text) is not None and _THEIR_WORK.search(text) is not None


# Paying one's own way: the quota of sponsored officials does not say whether more may come at their cost.
_SELF_PAID = re.compile(
    r"\b(?:(?:we|i|they) (?:will |would |can |could )?(?:pay|cover|fund)\b.*"
    r"\b(?:ourselves|myself|themselves|our own|own cost|own expense)|at our (?:own )?(?:cost|expense)|"
    r"(?:a|por) (?:nuestra|mi|su) (?:cuenta|costa|cargo)|"
    r"(?:lo |la |los |las )?(?:pagamos|pagaremos|pagaria|pago) (?:nosotros|yo)|"
    r"(?:con|de) (?:nuestros|mis) propios fondos)\b"
)
QUOTA = frozenset({"sp_nominations"})


def self_paid(q: Query, intents: list[str]) -> bool:
    """ "Can a third person come if we pay for them ourselves?": the sponsored quota is not the answer."""
    return bool(set(intents) & QUOTA) and _SELF_PAID.search(fold(q.text)) is not None


def unpriced(q: Query, parts: list[Part]) -> bool:
    """ "¿Cuánto dinero aporta la Unión Europea?": an amount asked, and no figure in what was found."""
    return q.has("AMOUNT") and not any(re.search(r"\d", str(p.html)) for p in parts)


# The press as the subject asked about: whether it may attend or cover, accreditation, a press contact
# ("can media attend…?", "¿la prensa puede estar en las sesiones?", "is there a spokesperson i can call?"),
# not a journalist asking about something else ("Journalist here. Who signs the invitation?").
_PRESS_WORDS = r"(?:press|media|journalists?|reporters?|prensa|periodistas?|medios|reporteros?)"
_PRESS = re.compile(
    rf"\b{_PRESS_WORDS}\b(?:\s+\w+){{0,4}}?\s+(?:attend|join|cover|covering|allowed|admitted|be there|"
    r"be present|come|asistir|cubrir|estar|entrar|acceder|ingresar|venir)\b|"
    rf"\b(?:attend|cover|admit|admitted|allow|allowed|venir|asistir|entrar|cubrir|acceder|ingresar)\s+"
    rf"(?:\w+\s+){{0,1}}{_PRESS_WORDS}\b|"
    r"\b(?:a|an|the|any|your|un|una|el|la|algun|alguna)\s+(?:spokesperson|spokesman|spokeswoman|"
    r"press officer|press contact|media contact|vocero|vocera|portavoz|oficina de prensa|"
    r"contacto de prensa)\b|\b(?:press|media) accreditation\b|\bacreditacion de prensa\b|"
    r"\bclosed[- ]doors?\b|\bpuertas? cerradas?\b"
)


def about_press(q: Query) -> bool:
    """Whether the question asks about the press (access, coverage, a press contact) and the event's
    texts say nothing of it."""
    if _PRESS.search(fold(q.text)) is None:
        return False
    return not any(
        re.search(rf"\b{_PRESS_WORDS}\b", fold(text))
        for lang in ("en", "es")
        for text in event_texts(q.event, lang)
    )
