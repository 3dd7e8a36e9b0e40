"""Casualties: the troops a sentence names before a bare figure ("the last X troops")."""

from __future__ import annotations

import re

from ..entities import Entity
from ._patterns import _PARTY_KINDS

# "the last X combat troops": a side's own soldiers named as a noun phrase.
_TROOPS = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:troops|soldiers|servicemen|forces|army|personnel)\b"
)
# What those troops did to others: the bare figure after it counts the victims.
_TROOPS_ACTING = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:attacked|shelled|bombed|killed|massacred|fired|opened|stormed"
    r"|raided|shot|executed|captured|entered|overran|invaded)\b"
)

_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _troops_before(text: str, named: list[Entity], pos: int) -> list[str]:
    """The one party whose troops the sentence names before a bare figure at ``pos``.

    "When the last X combat troops left, 4,421 had been killed": X's; not the troops'
    victims ("X troops shelled the town; 30 were killed").
    """
    parties = []
    for e, troops_end, acting in _troops_named(text, named):
        if e.end > pos or troops_end > pos or e.party in parties:
            continue
        if acting:
            return []
        parties.append(e.party)
    return parties if len(parties) == 1 else []


# The last sentence's troop mentions: a sentence of many figures asks for each of them,
# and reading every name of the sentence again for each figure is quadratic.
_LAST: tuple[str, list[Entity], list[tuple[Entity, int, bool]]] | None = None


def _troops_named(text: str, named: list[Entity]) -> list[tuple[Entity, int, bool]]:
    """The party names of ``text`` followed by their troops.

    Each is (name, end of the troops, whether the troops act on others or stand in a
    war's "between").
    """
    global _LAST
    last = _LAST
    if last is not None and last[0] is text and last[1] is named:
        return last[2]
    found = []
    for e in named:
        if e.kind not in _PARTY_KINDS:
            continue
        troops = _TROOPS.match(text, e.end)
        if troops is not None:
            acting = bool(
                _TROOPS_ACTING.match(text, troops.end())
                or _BETWEEN.search(text, max(0, e.start - 40), e.start)
            )
            found.append((e, troops.end(), acting))
    _LAST = (text, named, found)
    return found
