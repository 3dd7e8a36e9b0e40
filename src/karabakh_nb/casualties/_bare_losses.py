"""Bare figures of losses: "Estonia lost 90,000"; "The losses were: ... Estonia: 10,000".

"lost" before a number with no noun after it counts people only when its subject is a
party (a state, side, region or people) named right before the verb, and the number ends
its clause, past at most a phrase of place or time. "Estonia lost 326 tanks" (a noun of
things follows) and "the army lost ground" (no number) are no losses of people.
"""

from __future__ import annotations

import re

from ..entities import find_entities
from ._patterns import _LOSS_HEADING, _OTHER_HEADING, _PARTY_KINDS

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


_LABEL_COLON = re.compile(r"[\w)]\s*:\s*$")


def _heading_label(text: str, at: int) -> bool:
    """True when a bare number at ``at`` follows a label in a list under a heading of losses.

    "The losses were: X: 50,000 soldiers; Y: 10,000": the 10,000 are Y's losses. A heading
    of other things after the losses' ends the list ("Strength: 40,000").
    """
    if not _LABEL_COLON.search(text, max(0, at - 3), at):
        return False
    heading = _LOSS_HEADING.search(text, 0, at)
    return (
        heading is not None
        and heading.end() < at
        and not _OTHER_HEADING.search(text, heading.end(), at)
    )
