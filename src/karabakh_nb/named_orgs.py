"""Organisations the lexicon does not know, read from the shape "Full Name (ACR)".

What belongs here: an organisation an answer introduces with its full name and a bracketed
acronym ("the Sylvanian Development Bank (SDB)", "the Freedonian Monitoring Group
(FREMOG)"). Such a name is an ``org`` named by its acronym, as the tables name
organisations. The name is the run of capitalised words (with "of", "for", "the", "and"
inside) just before the bracket; the acronym must spell it loosely: its first letter is the
name's first initial, its letters come in order from the name's letters, and the name's
last word gives one of them ("Economic Monitoring Group (ECOMOG)", "Development Bank
(DevB)"). A name the lexicon knows whole, or one with a head noun of armed groups (a side,
:mod:`karabakh_nb.named_groups`), is left alone; a known name inside a longer one
("the Economic Community of West African States Monitoring Group") gives way to it.

:func:`karabakh_nb.entities.find_entities` calls :func:`orgs_in` on every text holding a
bracket; the words are walked one by one from each bracket, so the scan stays linear.
"""

from __future__ import annotations

import re

from .lexicon import read_words

__all__ = ["orgs_in", "spells_loosely"]

Found = tuple[int, int, str, tuple[str, str, bool, str], bool]

# "(ECOMOG)", "(AfDB)": a capital first, two to ten letters, at least two of them capitals.
_BRACKET = re.compile(r"\(\s*([A-Z][A-Za-z&.-]{1,9})\s*\)")
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*$")
_CONNECTORS = frozenset({"of", "for", "the", "and", "on", "in", "de"})
_HEADS = read_words("group_heads")
MAX_NAME_WORDS = 10


def spells_loosely(acronym: str, words: list[str]) -> bool:
    """True when ``acronym`` is a loose spelling of the name ``words`` (module docstring).

    Example:
        >>> spells_loosely("ECOMOG", ["Economic", "Monitoring", "Group"])
        True
        >>> spells_loosely("REUT", ["Free", "Army"])
        False
    """
    letters = [c.lower() for c in acronym if c.isalpha()]
    capitals = [w for w in words if w[:1].isupper()]
    if not letters or not capitals or letters[0] != capitals[0][0].lower():
        return False
    # Letter by letter from the end of the name back: the last letter as far right as it
    # can be (in the last word), each letter before it further left, the first one the
    # name's first initial.
    name = " ".join(words).lower()
    if name[0] != letters[0]:
        return False
    pos = len(name)
    for k in range(len(letters) - 1, 0, -1):
        pos = name.rfind(letters[k], 1, pos)
        if pos < 1:
            return False
        if k == len(letters) - 1 and pos < name.rfind(" ") + 1:
            return False  # the last word gives no letter
    return True


def _name_before(text: str, end: int) -> tuple[int, list[tuple[int, int]]] | None:
    """The words (spans) of the name ending at ``end``, walked back from it."""
    words: list[tuple[int, int]] = []
    pos = end
    while len(words) < MAX_NAME_WORDS:
        gap = pos
        while gap > 0 and text[gap - 1] == " ":
            gap -= 1
        if (gap == pos and words) or gap == 0:
            break
        start = text.rfind(" ", 0, gap) + 1
        word = text[start:gap]
        if not (_NAME_WORD.match(word) or word in _CONNECTORS):
            break
        words.append((start, gap))
        pos = start
    words.reverse()
    return (end, words) if words else None


def orgs_in(text: str, known: list[Found]) -> list[Found]:
    """``known`` with the organisations "Full Name (ACR)" defines added (module docstring)."""
    if "(" not in text:
        return known
    out: list[Found] | None = None
    starts: set[int] | None = None
    for bracket in _BRACKET.finditer(text):
        acronym = bracket.group(1)
        if sum(c.isupper() for c in acronym) < 2:
            continue  # not an acronym
        if starts is None:
            starts = {f[0] for f in known}
        if bracket.start(1) in starts:
            continue  # one the lexicon (or a named group) knows
        found = _name_before(text, bracket.start())
        if found is None:
            continue
        org = _org(text, acronym, found[1], known)
        if org is not None:
            out = [f for f in (known if out is None else out) if f[1] <= org[0] or f[0] >= org[1]]
            out.append(org)
    if out is None:
        return known
    out.sort(key=lambda f: f[0])
    return out


def _state_forces(text: str, spans: list[tuple[int, int]], inside: list[Found]) -> bool:
    """True when a name is a state's (demonym or name) with words of its forces only."""
    from .named_groups import is_force_word

    states = [f for f in inside if f[3][1] == "state"]
    rest = [text[a:b] for a, b in spans if not any(f[0] <= a and b <= f[1] for f in states)]
    return bool(states) and all(w in _CONNECTORS or is_force_word(w) for w in rest)


def _org(text: str, acronym: str, spans: list[tuple[int, int]], known: list[Found]) -> Found | None:
    words = [text[a:b] for a, b in spans]
    if any(w in _HEADS for w in words):
        return None  # an armed group: a side, named_groups' part
    # The longest run that opens with a capitalised word and that the acronym spells.
    for first in range(len(words)):
        if not words[first][:1].isupper() or (words[first] == "The" and first + 1 < len(words)):
            continue
        run = words[first:]
        if sum(w[:1].isupper() for w in run) < 2 or not spells_loosely(acronym, run):
            continue
        start, end = spans[first][0], spans[-1][1]
        inside = [f for f in known if f[0] < end and f[1] > start]
        if any(f[0] <= start and f[1] >= end for f in inside):
            return None  # the lexicon knows the whole name
        if _state_forces(text, spans[first:], inside):
            return None  # "the Freedonian National Defence Force (FNDF)" is Freedonia
        if any(f[3][1] == "side" for f in inside):
            return None  # a known side's body ("the Hamas Shura Council")
        return (start, end, text[start:end], (acronym, "org", False, acronym), False)
    return None
