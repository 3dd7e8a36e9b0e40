"""A bare figure a named party lost: "Estonia lost 90,000", "the Loyalists lost 4,000 in all".

"lost" before a number with no noun after it counts people only when its subject is a
party (a state, side, region or people) named right before the verb, and the number ends
its clause, past at most a phrase of place or time. "Estonia lost 326 tanks" (a noun of
things follows) and "the army lost ground" (no number) are no losses of people.
"""

from __future__ import annotations

import re

from ..entities import find_entities
from ._patterns import _PARTY_KINDS

# The subject's last word, adverbs allowed before the verb ("Estonia probably lost").
_LOSS_SUBJECT = re.compile(
    r"(?P<name>(?-i:[A-Z])[\w'’-]*)(?:\s+(?:probably|perhaps|possibly|reportedly|alone|also"
    r"|itself|eventually|ultimately|altogether|likely|apparently))?\s+(?:(?:had|has|have)\s+)?"
    r"(?:lost|loses|lose)\s+$"
)
# After the number: a phrase of place or time at most, then the clause ends.
_LOSS_END = re.compile(
    r"(?:\s+(?:in|during|at|on|over|from|by|before|after|throughout|between)\s+[^,;.()]{1,60}?)?"
    r"\s*(?:[,;.!?)]|\s(?:and|while|whereas|but|against|compared)\s|\s[—–-]|$)",
    re.IGNORECASE,
)


def _bare_loss(text: str, verb_start: int, verb_end: int, number_end: int) -> bool:
    """True when a named party's "lost" before a bare number is a loss of people."""
    subject = _LOSS_SUBJECT.search(text, max(0, verb_start - 60), verb_end)
    if subject is None or not _LOSS_END.match(text, number_end):
        return False
    named = find_entities(text[: subject.end("name")])
    return bool(named) and named[-1].end == subject.end("name") and named[-1].kind in _PARTY_KINDS
