"""Shaping a question's intents before they are resolved: yes/no checks of a date or a place, "why"
questions, run-on messages; and the words by which it names an event or a place's zone."""

from __future__ import annotations

import re

from bot import places
from bot.answers.audiences import MIN_SHARED, shared
from bot.answers.countries import country_names, country_spans
from bot.answers.datecheck import named_days
from bot.answers.demonyms import governments
from bot.answers.intents import Chosen
from bot.answers.model import Query
from bot.answers.premises import asks_why
from bot.answers.verdict import group_size
from bot.countries import name as country_name
from bot.events.models import Event
from bot.folding import fold, words, words_of

PLACE_WORDS = frozenset({"en", "in"})
PARTY_CONCEPTS = frozenset({"ORGANISE", "FUND", "SPEAKER"})


def without_countries(ws: list[str]) -> list[str]:
    """The words outside the countries they name."""
    inside = {
        i
        for start, size, _ in country_spans(ws)
        if start == 0 or ws[start - 1] not in PLACE_WORDS  # "the dialogue in El Salvador": where it is
        for i in range(start, start + size)
    }
    return [w for i, w in enumerate(ws) if i not in inside]


def checked(q: Query, chosen: list[Chosen], raw: list[str]) -> list[Chosen]:
    """A yes/no question checking a date or a place ("es en junio verdad?", "es en tegucigalpa no?") is
    answered with the event's dates or place, whatever else it mentions."""
    if not q.yes_no:
        return chosen
    intents = {c.intent for c in chosen}
    months, _ = named_days(q.text)
    if months and not intents & {"sp_deadline", "deadline", "reg_deadline", "schedule"}:
        return [Chosen("schedule", "programme", 1.0), *chosen]
    at = raw.index(q.named_place[0]) if q.named_place else -1
    if q.concepts & {"NGO", "STATE"}:
        return chosen  # "an organisation in Honduras", "the ministry in Lima": who asks, not where
    if at > 0 and raw[at - 1] in PLACE_WORDS and not intents & {"where", "format"} and _asked_in(q):
        return [Chosen("where", "logistics", 1.0), *chosen]
    return chosen


_SENTENCE = re.compile(r"[^.?!\n]*[.?!\n]?")


def _asked_in(q: Query) -> bool:
    """Whether the place a yes/no question names is in a sentence that asks: "Soy sobreviviente de mina en
    Colombia. ¿Puedo pedir la palabra?" says where the person is from, not where the event is."""
    sentences = [fold(m.group(0)) for m in _SENTENCE.finditer(q.text) if m.group(0).strip()]
    asked = [s for s in sentences if s.rstrip().endswith("?")] or sentences
    place = " ".join(q.named_place or [])
    return any(place in " ".join(words(s)) for s in asked)


_YEAR = re.compile(r"^(?:19|20)\d\d$")


_LIKE = frozenset(words_of("like como unlike"))
_COMPARED = 4  # words after "like" / "como" that name what is compared, not what is asked about


def premise_free(ws: list[str]) -> list[str]:
    """Words naming an event, without the place a question names by year checks ("was the 2021 one
    also in San Salvador?" names the 2021 event; San Salvador is what it asks about), and without what it
    compares with ("Is the San Salvador dialogue also on 4 December like the debate?" asks about San
    Salvador; "like the debate" is the comparison)."""
    if any(w in _LIKE for w in ws[1:]):
        at = next(i for i, w in enumerate(ws) if w in _LIKE and i > 0)
        ws = ws[:at] + ws[at + 1 + _COMPARED :]
    if not any(_YEAR.match(w) for w in ws):
        return ws
    out, skip = [], 0
    for i, w in enumerate(ws):
        if skip:
            skip -= 1
            continue
        out.append(w)
        if w in PLACE_WORDS and i > 0 and ws[i - 1] in ("also", "tambien", "too", "still"):
            skip = 2
    return out


def country_zone(span: list[str]) -> str | None:
    """The zone of the country a place's words begin the name of ("Trinidad": Trinidad and Tobago, not
    the town of that name elsewhere): delegates name their country by its first words."""
    said = " ".join(span)
    if len(said) < 5 or said in country_names():
        return None
    for name in country_names():
        if name.startswith(said + " ") and (zone := places.index().lookup(name)) is not None:
            return zone
    return None


def reasoned(q: Query, chosen: list[Chosen]) -> list[Chosen]:
    """A "why" about an organisation ("why is the EU paying?") is answered by what it does; about a
    State ("why is Argentina invited?"), by what the invitation says of it; else by the event's purpose."""
    if not asks_why(q.text) or any(c.intent not in WHY_PLAIN for c in chosen):
        return chosen
    if q.parties and q.event.funders:
        return [Chosen("funders", "general", 1.0)]
    if q.countries and _says_of(q.event, q.countries):
        return [Chosen("participants", "registration", 1.0)]
    return chosen or [Chosen("purpose", "general", 1.0)]


def _says_of(event: Event, countries: list[str]) -> bool:
    """Whether the invitation's list of participants says something of one of these States."""
    who = event.participants
    if who is None:
        return False
    said = fold(" ".join(f"{x.en} {x.es}" for x in (*who.invited, *who.encouraged)))
    return any(fold(country_name(c, lang)) in said for c in countries for lang in ("en", "es"))


# Readings a claim about a State in the invitation's lists outweighs (anything else answers it itself).
_WEAK_READINGS = frozenset({"faq", "passage", "purpose", "schedule", "unknown", "participants"})
WHICH_STATES = re.compile(r"\b(?:which|what|que|cuales)\s+(?:countries|states|paises|estados)\b")
WHY_PLAIN = frozenset({"purpose", "funders", "participants", "organisers", "sp_eligible"})
RUN_ON = 15  # words: a message this long carries courtesies and context besides its question
RUN_ON_SHARE = 0.4  # in it, an intent scoring under this share of the best one is a stray word's


def focused(chosen: list[Chosen], raw: list[str]) -> list[Chosen]:
    """In a run-on message ("disculpe la hora, le escribo de parte de la Dirección…, hasta qué fecha se
    puede pedir el patrocinio"), the intents its stray words suggest are dropped: the question is the
    best-supported need."""
    if len(raw) < RUN_ON or not chosen:
        return chosen
    best = max(c.score for c in chosen)
    return [c for c in chosen if c.score >= best * RUN_ON_SHARE]


SPONSOR_ASKS = frozenset({"sponsorship", "sp_travel", "sp_eligible", "sp_covers", "sp_nominations", "sp_ngo"})


def as_asked_by(chosen: list[Chosen], concepts: set[str]) -> list[Chosen]:
    """An organisation asking about sponsorship ("I'm with an organisation in Honduras, is there any
    funding for us?") gets the organisations' rule, not the States' eligibility or quotas."""
    if "NGO" not in concepts or not any(c.intent in SPONSOR_ASKS for c in chosen):
        return chosen
    out: list[Chosen] = []
    for c in chosen:
        if c.intent not in SPONSOR_ASKS:
            out.append(c)
        elif not any(o.intent == "sp_ngo" for o in out):
            out.append(Chosen("sp_ngo", "sponsorship", c.score))
    return out


_FUNDED_BY = re.compile(
    r"\b(?:funded|financed|paid for|supported financially|sponsored) by\b|\bfinanciad[oa]s? por\b|"
    r"\bapoyo financiero de\b|\bfinancial support (?:of|from)\b|\b(?:lo|la|los|las) (?:financia|paga)n?\b|"
    r"\b(?:does|do|will|is|are) (?:the )?\w+ (?:pay|paying|fund|funding|finance|financing)\b|"
    r"\b(?:financia|financian|funds|fund|finances|finance|pays for|pay for)\s+"
    r"(?:el |la |the |this |este |esta )?"
    r"(?:dialogo|debate|evento|event|dialogue|meeting|reunion|conference|conferencia)\b|"
    # "the sponsorship comes from the Salvadoran government?", "el patrocinio lo paga / viene de…"
    r"\b(?:sponsorship|funding|money|funds|patrocinio|financiamiento|financiacion|fondos|dinero)\s+"
    r"(?:\w+\s+){0,2}(?:comes? from|is provided by|is paid by|"
    r"(?:viene|vienen|proviene|provienen|sale) del?)\b"
)


def for_a_state(q: Query, chosen: list[Chosen]) -> list[Chosen]:
    """ "¿Y a Uruguay le pagan el pasaje?": what the sponsorship covers, for a State the question names,
    depends first on whether that State may be sponsored (an unlisted State: ask the organisers)."""
    covers = any(c.intent in ("sp_covers", "sp_travel", "sponsorship") for c in chosen)
    if not q.countries or not covers or any(c.intent in ("sp_eligible", "sp_ngo") for c in chosen):
        return chosen
    return [Chosen("sp_eligible", "sponsorship", 1.0), *chosen]


def as_funded_by(q: Query, chosen: list[Chosen]) -> list[Chosen]:
    """Decision: "funded by Norway, right?", "con apoyo financiero de Estados Unidos" name who funds the
    event (checked against its funders), not a State asking whether it may be sponsored."""
    paid = q.has("PAY", "FUND") and bool(governments(words(q.text)))  # "the Peruvian government pays it"
    if not (q.countries or q.parties) or not (_FUNDED_BY.search(fold(q.text)) or paid):
        return chosen
    out = [c for c in chosen if c.intent not in SPONSOR_ASKS]
    return out if any(c.intent == "funders" for c in out) else [*out, Chosen("funders", "general", 1.0)]


def which_states(q: Query, chosen: list[Chosen]) -> list[Chosen]:
    """ "Which countries…?" is answered by the list of States the invitation names when one of its lines
    says what was asked ("¿qué países informan regularmente sobre asistencia a víctimas?"), else by the
    summary when it does ("¿qué países buscan cumplir sus plazos de desminado?"), never by where it is."""
    who = q.event.participants
    lines = [x.get(q.lang) for x in (*who.encouraged, *who.invited)] if who else []
    claimed = q.yes_no and q.countries and all(c.intent in _WEAK_READINGS for c in chosen)
    if claimed and any(shared(q.text, q.lang, line) >= MIN_SHARED for line in lines):
        # "Isn't Mexico one of the countries that declared completion of Article 5?": what the list says of it
        return [Chosen("participants", "registration", 1.0)]
    if not WHICH_STATES.search(fold(q.text)):
        return chosen
    if any(shared(q.text, q.lang, line) >= MIN_SHARED for line in lines):
        return [Chosen("participants", "registration", 1.0)]
    if shared(q.text, q.lang, q.event.summary.get(q.lang)) >= MIN_SHARED:
        return [Chosen("purpose", "general", 1.0)]
    return [c for c in chosen if c.intent != "where"] or [Chosen("purpose", "general", 1.0)]


def as_group(q: Query, chosen: list[Chosen]) -> list[Chosen]:
    """Decision: a group asking together ("we are 3 from the ministry, can all of us be sponsored?",
    "somos 6, ¿hay un límite para inscribirnos?") is answered by the States' quota and profiles where the
    invitation sets one, and otherwise told the invitation does not say how many of one institution may
    take part; an organisation asking about sponsorship keeps the organisations' rule (`as_asked_by`)."""
    per_group = _PER_GROUP.search(fold(q.text)) is not None  # "¿cuántas personas por delegación…?"
    if (group_size(q.text) is None and not per_group) or any(c.intent == "sp_ngo" for c in chosen):
        return chosen
    asks = {c.intent for c in chosen}
    quota = q.event.sponsorship is not None and q.event.sponsorship.max_per_state is not None
    if asks & _STATE_SPONSOR or (quota and asks & _GROUP_ASKS):
        # "We are Brazil, can both of us be sponsored?": the State's eligibility is checked first
        kept = _GROUP_DROPS | (_STATE_SPONSOR | _GROUP_ASKS) - ({"sp_eligible"} if q.countries else set())
        rest = [c for c in chosen if c.intent not in kept]
        return [*rest[:1], Chosen("sp_nominations", "sponsorship", 1.0), *rest[1:]]
    if asks & _GROUP_ASKS and (per_group or _WHOLE_GROUP.search(fold(q.text))):
        return [Chosen("unknown_group", "registration", 1.0)]
    return chosen


# "can all three of us register?", "is there a limit on how many of us…", "¿nos dan la palabra a todos?";
# "we are 2 from an NGO, are NGOs invited?" asks about NGOs, not about the two.
_PER_GROUP = re.compile(
    r"\b(?:cuantas personas|cuantos|cuantas|how many)\b.*"
    r"\b(?:por|per|each|cada|from one|de una|de un|one|una|un) "
    r"(?:delegacion|delegation|institucion|institution|estado|state|organizacion|organisation|organization|"
    r"pais|country|mision|mission|ministerio|ministry)\b"
)
_WHOLE_GROUP = re.compile(
    r"\b(?:all|todos|todas|limit|limite|how many|cuantos|cuantas|each|cada|both of us)\b"
)


_STATE_SPONSOR = frozenset({"sponsorship", "sp_eligible", "sp_nominations"})
_GROUP_ASKS = frozenset({"registration", "participants", "floor"})  # "can all of us register / speak?"
_GROUP_DROPS = frozenset({"unknown_fee"})  # "is the cost of that third person covered?": the quota answers


# An intent another one answers when both are read in one question: "when was the invitation sent out?"
# asks the invitation's date, not whether documents are shared afterwards.
ABSORBED = {"unknown_share": "invitation_date"}


def absorbed(chosen: list[Chosen]) -> list[Chosen]:
    """The intents without those another chosen intent answers."""
    intents = {c.intent for c in chosen}
    return [c for c in chosen if ABSORBED.get(c.intent) not in intents]
