"""What to do to take part ("¿qué tengo que hacer para participar?", "what do I have to do and by when",
"what am I supposed to do before the event"): the invitation's registration step (where to send or sign
up, by when), not who is invited."""

from __future__ import annotations

import re

from bot.answers.intents import Chosen
from bot.answers.model import Query
from bot.folding import fold

_DO = (
    r"(?:what|que|q)\s+(?:do|does|should|must|shall|would|am|are|is|have|has|need|tengo|tenemos|debo|debemos|"
    r"hay|necesito|necesitamos|me toca|nos toca|tendria|tendriamos|deberia|deberiamos)\b"
    r"(?:\s+\w+){0,4}?\s+(?:do|hacer|done)\b"
)
_FOR = (
    r"(?:to|para|in order to|so i can|por)\s+(?:\w+\s+){0,2}?"
    r"(?:attend|participate|take part|join|go|be there|register|participar|asistir|ir|estar|inscribirme|"
    r"unirme|unirnos|conectarme|formar parte)\b"
)
STEPS = re.compile(
    rf"\b{_DO}\s+(?:{_FOR}|before (?:the )?(?:event|meeting|dialogue|debate)|antes del? (?:evento|reunion|"
    rf"dialogo|debate)|and by when|y (?:para|hasta) cuando|y antes de cuando)|\b{_DO}\s*[?.!]*$"
)
# what else the words of such a question suggest, which the registration step answers
_ROUGH = frozenset({"participants", "deadline", "reg_deadline", "registration", "submit"})


# "how do we join this online event?", "¿cómo participamos?": taking part, which registering is
HOW_JOIN = re.compile(
    r"\bhow (?:do|can|should|would|does) (?:i|we|one|my \w+|our \w+) (?:join|attend|participate|take part)\b|"
    r"\bcomo (?:me |nos |se |puedo |podemos )?(?:uno|unimos|une|unirme|unirnos|participo|participamos|"
    r"participa|participar|sumo|sumamos|sumarme|sumarnos|asisto|asistimos|asistir)\b"
)


def as_steps(q: Query, chosen: list[Chosen]) -> list[Chosen]:
    """ "What do I have to do to attend?" is answered by how to register (or confirm) and by when; "how do
    we join this online event?" too (that it is online is not the question)."""
    if q.event.registration is None:
        return chosen
    if STEPS.search(fold(q.text)):
        rough = _ROUGH
    elif HOW_JOIN.search(fold(q.text)):
        rough = _ROUGH | {"format"}
    else:
        return chosen
    if any(c.intent not in rough for c in chosen):
        return chosen
    return [Chosen("registration", "registration", 1.0)]


# "¿qué día habla Perú?", "when does Ecuador speak?": the order of speakers, which only a programme gives
_SPEAKS_WHEN = re.compile(
    r"\b(?:que dia|q dia|cuando|a que hora|what day|which day|when|what time)\b(?:\s+\w+){0,3}?\s+"
    r"(?:habla|hablan|hablara|hablaran|interviene|intervienen|intervendra|expone|exponen|"
    r"speaks?|speaking|present|presents|presenting|takes the floor|toma la palabra)\b"
)


def as_speaking_order(q: Query, chosen: list[Chosen]) -> list[Chosen]:
    """When a named State or organisation speaks is a question about the speakers, not the dates."""
    if not _SPEAKS_WHEN.search(fold(q.text)) or not (q.countries or q.parties):
        return chosen
    q.concepts.add("PANEL")
    return [Chosen("speakers", "programme", 1.0)]
