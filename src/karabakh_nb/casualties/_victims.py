"""Soldiers a named side killed are its enemy's: "X militants killed 5 soldiers" -> Y.

A figure of soldiers with no party of its own, the object of a verb of killing or
wounding ("killing 40 troops", "X forces attacked the post, injuring six soldiers")
whose clause opens with a side ("X militants", "The Xs"), counts the losses of that
side's enemy, not its own. The enemy is the one party the answer names most often
besides the attacker, named at least twice and more often than any other; a party
sharing the attacker's word ("Xs" and "the X Kingdom") is the attacker's own.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from ..entities import Entity, find_entities
from ._categories import _category
from ._patterns import _PARTY_KINDS

if TYPE_CHECKING:
    from ._figures import _Figure

# The verb of killing or wounding right before the figure, a few qualifiers between.
_KILLING = re.compile(
    r"\b(?:killing|killed|kills|wounding|wounded|injuring|injured)(?:\s+[a-z]+){0,3}\s+$"
)
# A clause opens at the sentence's start or after a semicolon.
_CLAUSE = re.compile(r"[;:]\s*")
# The words that may stand before the attacker opening its clause ("The", "In 1990,").
# A passive verb after the side: "X troops were ambushed, killing 30 soldiers" (X's own).
_PASSIVE = re.compile(r"\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b")
_BUT = re.compile(r",\s*but\b")
# "At the same time, X forces ...": a short opening phrase and its comma come first.
_OPENING = re.compile(
    r"(?:[A-Z][a-z]+(?:\s[a-z]+){0,3},\s+)?(?:(?:[Tt]he|[Ii]n\s+\d{4},?|[Tt]hen|[Ll]ater,?)\s+)*$"
)


def _opponent_of(attacker: str, counts: Counter[str]) -> str | None:
    """The one party named most often besides ``attacker`` (and parties of its word)."""
    stem = attacker.split()[0].rstrip("s")
    rest = [(n, p) for p, n in counts.items() if p != attacker and not p.startswith(stem)]
    rest.sort(reverse=True)
    if not rest or rest[0][0] < 2 or (len(rest) > 1 and rest[1][0] == rest[0][0]):
        return None
    return rest[0][1]


@lru_cache(maxsize=16)
def _answer_parties(answer: str) -> Counter[str]:
    """How often the answer names each party (read once per answer, when first needed)."""
    return Counter(e.party for e in find_entities(answer) if e.kind in _PARTY_KINDS)


def _victims_enemy(text: str, fig: _Figure, named: list[Entity], answer: str) -> list[str]:
    """The enemy's party of soldiers a side named as the clause's subject killed."""
    if fig.parties or fig.head is None or _category("killed", fig) != "military":
        return []
    verb = _KILLING.search(text, max(0, fig.number.start - 40), fig.number.start)
    if verb is None:
        return []
    opened = 0
    for cut in _CLAUSE.finditer(text, 0, verb.start()):
        opened = cut.end()
    subject = next(
        (e for e in named if e.start >= opened and e.kind in _PARTY_KINDS),
        None,
    )
    if subject is None or subject.end > verb.start():
        return []
    if not _OPENING.fullmatch(text, opened, subject.start) or subject.possessive:
        return []
    between = text[subject.end : verb.start()]
    if _PASSIVE.search(_BUT.split(between)[-1]):
        return []  # the side's own men: "X troops were ambushed, killing 30 soldiers"
    enemy = _opponent_of(subject.party, _answer_parties(answer))
    return [enemy] if enemy else []
