"""A leader named right after his own state is said of that state: no second party.

What belongs here: dropping the match of a leader (``lexicon/leaders.txt``) that stands in
apposition to the state or side just named, "Cuba under Fidel Castro", "Liberia (then ruled
by Charles Taylor)", "Iraq's Saddam Hussein". The leader names no other party, and the run
of names he would break stays a list ("backed by Cuba under Fidel Castro and the Soviet
Union" is backed by Cuba and the Soviet Union).

:func:`karabakh_nb.entities.find_entities` calls :func:`appositions_dropped` on its matches.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .lexicon import read_table

__all__ = ["appositions_dropped"]

# What may stand between a state and its leader: punctuation, "under (the rule of)", "led
# by", a title. Applied to the whole gap, so every part is a fixed word: linear.
_APPOSITION = re.compile(
    r"[\s,(]*(?:(?:now|then|still|at\s+the\s+time)\s+)?"
    r"(?:(?:under|led\s+by|ruled\s+by|headed\s+by|governed\s+by)\s+(?:the\s+)?"
    r"(?:(?:control|rule|leadership|presidency|regime|command|dictatorship)\s+of\s+)?)?"
    r"(?:(?:President|Prime\s+Minister|Premier|King|Queen|Emperor|Shah|Sultan|General"
    r"|Marshal|Field\s+Marshal|Colonel|Chairman|dictator|leader|strongman)\s+)?"
)
_LONGEST_GAP = 60


@lru_cache(maxsize=1)
def _leader_forms() -> frozenset[str]:
    forms = {f for forms in read_table("leaders").values() for f in forms}
    return frozenset(forms | {f.upper() for f in forms})


def appositions_dropped(text: str, found: list[Any]) -> list[Any]:
    """The matches ``found`` less the leaders that follow their own state or side.

    Each match is ``(start, end, surface, (name, ...), possessive)``; the state's match then
    ends where its leader's did, so the phrase is one name to the rules.

    Example:
        >>> from karabakh_nb.entities import find_entities
        >>> [e.name for e in find_entities("Cuba under Fidel Castro and Angola")]
        ['Cuba', 'Angola']
    """
    leaders = _leader_forms()
    if len(found) < 2 or not any(f[2] in leaders or f[2][:-2] in leaders for f in found[1:]):
        return found
    kept = [found[0]]
    for item in found[1:]:
        last = kept[-1]
        if (
            item[3][0] == last[3][0]
            and (item[2] in leaders or item[2][:-2] in leaders)
            and item[0] - last[1] <= _LONGEST_GAP
            and _APPOSITION.fullmatch(text, last[1], item[0])
        ):
            # "Cuba under Fidel Castro": Cuba, said once; the phrase is one name to the rules
            end = item[1]
            if "(" in text[last[1] : item[0]] and text[end : end + 1] == ")":
                end += 1  # "Liberia (then under Charles Taylor)": the parenthesis closes too
            kept[-1] = (last[0], end, *last[2:])
            continue
        kept.append(item)
    return kept
