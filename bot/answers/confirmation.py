"""Whether a confirmation of participation is required ("do we need to confirm even if we don't want
sponsorship?", "¿hay que confirmar la participación?"): yes, when the invitation asks for one."""

from __future__ import annotations

import re

from bot.answers.model import Query
from bot.folding import fold

_MUST_CONFIRM = re.compile(
    r"\b(?:need|needs|have|has|must|required|supposed)\s+to\s+confirm\b|\bmust\s+(?:we\s+|i\s+)?confirm\b|"
    r"\b(?:tenemos|tengo|tiene|tienen|hay|debo|debemos|deben|necesito|necesitamos)\s+(?:que\s+)?confirmar\b|"
    r"\bconfirmation (?:is )?(?:required|needed|mandatory|compulsory)\b|\bconfirmacion (?:es )?obligatoria\b"
)


def confirmation_required(q: Query) -> bool | None:
    """True when a yes/no question asks whether participation must be confirmed and the invitation asks
    for that confirmation; None otherwise."""
    if not _MUST_CONFIRM.search(fold(q.text)):
        return None
    s, reg = q.event.sponsorship, q.event.registration
    texts = [s.how_to_apply.en] if s is not None else []
    texts += [reg.note.en] if reg is not None and reg.note else []
    return True if any("confirmation of participation" in fold(t) for t in texts) else None
