"""Neighbouring ways of writing, read as the two languages the engine knows.

Decision: a delegate writing portuñol ("¿Quando é o diálogo?", "Tem interpretação?") gets a Spanish
reply, and one writing Caribbean English ("wha time di debate start?", "we not pon di list") an English
one: their words are replaced, before anything else, by the Spanish or English words they stand for.
Words both languages share with these forms ("do", "no", "di", "mi") are only replaced when the message
clearly is written that way (a Portuguese letter or word, a Caribbean word), so plain Spanish and
English are never touched.
"""

from __future__ import annotations

import re

from bot.folding import fold, words_of

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# Portuguese -> Spanish (folded Portuguese word -> Spanish replacement).
PORTUGUESE = {
    "ola": "hola",
    "oi": "hola",
    "bom": "buenos",
    "boa": "buenas",
    "noite": "noches",
    "obrigado": "gracias",
    "obrigada": "gracias",
    "tchau": "adios",
    "quando": "cuando",
    "onde": "donde",
    "quem": "quien",
    "quanto": "cuanto",
    "quanta": "cuanta",
    "quantos": "cuantos",
    "quantas": "cuantas",
    "qual": "cual",
    "quais": "cuales",
    "so": "solo",
    "ate": "hasta",
    "sao": "son",
    "estao": "estan",
    "foi": "fue",
    "vai": "va",
    "vao": "van",
    "posso": "puedo",
    "pode": "puede",
    "podem": "pueden",
    "tem": "hay",
    "tenho": "tengo",
    "temos": "tenemos",
    "preciso": "necesito",
    "precisa": "necesita",
    "precisamos": "necesitamos",
    "uma": "una",
    "um": "un",
    "o": "el",
    "os": "los",
    "ou": "o",
    "do": "del",
    "da": "de la",
    "dos": "de los",
    "das": "de las",
    "na": "en la",
    "nas": "en las",
    "em": "en",
    "ao": "al",
    "aos": "a los",
    "pelo": "por el",
    "pela": "por la",
    "com": "con",
    "sem": "sin",
    "nao": "no",
    "sim": "si",
    "tambem": "tambien",
    "ja": "ya",
    "ainda": "aun",
    "muito": "muy",
    "mais": "mas",
    "eu": "yo",
    "voce": "usted",
    "voces": "ustedes",
    "meu": "mi",
    "minha": "mi",
    "nosso": "nuestro",
    "nossa": "nuestra",
    "seu": "su",
    "sua": "su",
    "pergunta": "pregunta",
    "perguntas": "preguntas",
    "passagem": "pasaje",
    "passagens": "pasajes",
    "classe": "clase",
    "executiva": "ejecutiva",
    "hospedagem": "alojamiento",
    "diaria": "viatico",
    "diarias": "viaticos",
    "prazo": "plazo",
    "convite": "invitacion",
    "espanhol": "espanol",
    "genebra": "ginebra",
    "depois": "despues",
    "hoje": "hoy",
    "amanha": "manana",
    "comeca": "comienza",
    "comecar": "comenzar",
    "cidade": "ciudad",
    "endereco": "direccion",
    "visto": "visado",
    "palavra": "palabra",
    "gravacao": "grabacion",
    "traducao": "traduccion",
    "inscricao": "inscripcion",
    "inscricoes": "inscripciones",
    "lingua": "lengua",
    "linguas": "lenguas",
    "reuniao": "reunion",
    "mandar": "enviar",
    "logo": "pronto",
}
# Words only Portuguese writes (Spanish writes them otherwise).
_PT_ONLY = frozenset(
    words_of(
        "bom boa obrigado obrigada quando quem quantos quais posso podem tem uma nao voce voces tambem "
        "pergunta perguntas passagem passagens hospedagem prazo convite"
    )
)
_NAMES_START = frozenset({"sao", "santa", "santo"})
_PT_LETTERS = re.compile(r"[ãõçêôà]", re.IGNORECASE)
_PT_ENDINGS = ((re.compile(r"coes$"), "ciones"), (re.compile(r"cao$"), "cion"), (re.compile(r"ao$"), "on"))

# Caribbean English -> English.
CARIBBEAN = {
    "di": "the",
    "de": "the",
    "dem": "them",
    "pon": "on",
    "wey": "where",
    "weh": "where",
    "wheh": "where",
    "deh": "there",
    "wha": "what",
    "wah": "what",
    "wuh": "what",
    "inna": "in",
    "fi": "to",
    "fa": "for",
    "fuh": "for",
    "ting": "thing",
    "nuh": "not",
    "yuh": "you",
    "unu": "you",
    "mi": "I",
    "dat": "that",
    "dis": "this",
    "dese": "these",
    "dere": "there",
    "wid": "with",
    "haffi": "have to",
    "gwine": "going to",
    "cyan": "cannot",
    "seh": "say",
    "tek": "take",
    "mek": "make",
    "bout": "about",
    "neva": "never",
    "den": "then",
    "ah": "I",
}
_CARIBBEAN_ONLY = frozenset(
    words_of("dem pon wey weh wheh deh wha wah wuh inna ting nuh yuh unu haffi gwine cyan seh")
)
# "wah fa?", "wha fi?": why.
_WHY = re.compile(r"\b(?:wah|wha|wuh)\s+(?:fa|fi|fuh)\b", re.IGNORECASE)
_SPANISH = re.compile(r"[¿¡ñáéíóú]", re.IGNORECASE)


def _portuguese(text: str, folded: set[str]) -> bool:
    return bool(_PT_LETTERS.search(text) or folded & _PT_ONLY)


def _pt_word(m: re.Match[str]) -> str:
    word = m.group(0)
    key = fold(word)
    if key == "e":
        return "es" if word in ("é", "É") else "y"
    if word[:1].isupper() and (key in _NAMES_START or key not in PORTUGUESE):
        return word  # "São Paulo", "Missão": names keep their spelling
    if key in PORTUGUESE:
        out = PORTUGUESE[key]
    else:
        out = key
        for pattern, ending in _PT_ENDINGS:
            if pattern.search(out):
                out = pattern.sub(ending, out)
                break
        if out == key:
            return word
    return out.capitalize() if word[:1].isupper() else out


def _caribbean_word(m: re.Match[str]) -> str:
    word = m.group(0)
    out = CARIBBEAN.get(word.lower())
    if out is None:
        return word
    return out.capitalize() if word[:1].isupper() and out != "I" else out


_CONTRACTION = re.compile(r"\b(\w+)n['’]t\b", re.IGNORECASE)  # "can't" is "ca" + "n't"
_IRREGULAR = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}


def _uncontracted(m: re.Match[str]) -> str:
    word = m.group(1)
    return f"{_IRREGULAR.get(word.lower(), word)} not"


def read_as_known(text: str) -> str:
    """The message with Portuguese words turned Spanish and Caribbean English words turned English, and
    English contractions written out ("don't" is "do not": its "don" is no Spanish "donar")."""
    text = _CONTRACTION.sub(_uncontracted, text)
    found = {fold(w) for w in _WORD.findall(text)}
    if _portuguese(text, found):
        return _WORD.sub(_pt_word, text)
    if found & _CARIBBEAN_ONLY and not _SPANISH.search(text):
        return _WORD.sub(_caribbean_word, _WHY.sub("why", text))
    return text
