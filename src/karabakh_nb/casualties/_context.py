"""Small tests on a casualty figure's sentence, shared by :func:`extract_casualties`.

Whether a figure counts the enemy (:func:`_opponents`), which figure stands before it
past a parenthesis (:func:`_outside_parenthesis`), whether a list mixes parties
(:func:`_mixed`), a figure "killed in action" (:func:`_in_action`), a bare figure
opening its sentence (:func:`_opens_bare`) and losses of a body no entity names
(:func:`_unknown_owner`).
"""

from __future__ import annotations

import re

from ..entities import find_entities
from ..lexicon import read_words
from ._figures import _Figure
from ._patterns import _IN_ACTION, _JOINED, _PARTY_KINDS

_OPPONENTS = read_words("opponent_nouns")
# What may open a sentence before a bare figure that counts the people counted before.
_OPENING_BARE = re.compile(
    r"\s*(?:(?:almost|about|some|nearly|around|roughly|another|a\s+further|over|more\s+than"
    r"|at\s+least|an\s+estimated|up\s+to)\s+)?",
    re.IGNORECASE,
)


def _opens_bare(text: str, fig: _Figure) -> bool:
    """True when only a qualifier stands before the figure: "Almost 32,000 had been ..."."""
    return bool(_OPENING_BARE.fullmatch(text, 0, fig.number.start))


def _opponents(fig: _Figure) -> bool:
    """Whether a figure counts fighters no government counts as its own ("rebels")."""
    words = f"{fig.mods} {fig.head or ''}".lower().split()
    return "enemy" in words or bool(words and words[-1] in _OPPONENTS)


def _outside_parenthesis(text: str, figures: list[_Figure], index: int) -> int | None:
    """The figure before ``figures[index]``, past a parenthesis closed in between.

    "8,000 (5,000 Egyptian and 3,000 Syrian) killed and 18,000 wounded": 8,000's.
    """
    before = index - 1
    between = text[figures[before].np_end : figures[index].number.start]
    if ")" in between and "(" not in between:
        opened = text.rfind("(", 0, figures[before].number.start)
        return next((k for k in range(before, -1, -1) if figures[k].number.start < opened), None)
    return before


def _mixed(text: str, figures: list[_Figure], parties_of: dict[int, list[str]], at: int) -> bool:
    """True when the figure ``at`` ends a list naming another party just before it."""
    before = at - 1
    return (
        before in parties_of
        and parties_of[before] != parties_of.get(at)
        and bool(_JOINED.fullmatch(text, figures[before].np_end, figures[at].number.start))
    )


def _in_action(category: str, text: str, fig: _Figure) -> str:
    if category == "unspecified" and _IN_ACTION.match(text, fig.np_end):
        return "military"
    return category


# "the JNA suffered 44 fatalities": an acronym as the subject of a loss verb.
_ACRONYM_LOST = re.compile(
    r"\b(?P<acronym>[A-Z]{2,6})\s+(?:(?:has|have|had)\s+)?(?:lost|suffered|sustained|incurred"
    r"|had)\s+(?:[a-z]+\s+){0,2}$"
)


def _unknown_owner(text: str, fig: _Figure) -> bool:
    """True when the subject losing the figure is an acronym naming no state or side.

    Then the losses are that body's, not a party named before it nor the reporter's.
    """
    start = fig.number.start
    lost = _ACRONYM_LOST.search(text, max(0, start - 60), start)
    if lost is None:
        return False
    return not any(e.kind in _PARTY_KINDS for e in find_entities(lost.group("acronym")))
