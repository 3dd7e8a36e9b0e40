"""The place a share is said of, read from the words around it.

"in Javakheti, where Armenians make up 90%" (a "where" clause's place, for every share in
the clause), "Khujand (...; 31% of its population is Uzbek)" (the place before the bracket
"its" stands in), and a name as a place (:func:`_named_place`: a known place, "Mount" or
"Greater" kept, else a name that is no group's).
"""

from __future__ import annotations

import re

from .demographic_majorities import _PLACE_KINDS, _is_group, _is_name
from .demographic_subjects import own_name
from .entities import city_of, find_entities
from .numbers import NumberMention

# "in Javakheti, where Armenians make up 90%": the place the clause is said of.
# "the Mt. Lowbury area, where": a kind of place may follow the name.
_WHERE = re.compile(
    r"(?P<place>(?:Mt\.\s+)?[A-Z][\w-]*+(?:\s+[A-Z][\w-]*+){0,3})"
    r"(?:\s+(?:area|region|district|province|valley|city|town|island|islands))?,?\s+where\s+$"
)
# "...; 31.3% of its population is Seto)": "its" is the place named before the bracket.
_OF_ITS = re.compile(r"\s+of\s+its\s+(?:total\s+)?(?:population|inhabitants|people)\b")
_NAME_BEFORE = re.compile(r"(?P<place>[A-Z][\w-]*+(?:\s+[A-Z][\w-]*+){0,3})\s*$")
_CLAUSE_BREAK = re.compile(r"[;:.()]")
# "Marlow, an archipelago off the coast of Sylvania, where ...": the clause is said of the
# place the apposition describes, not of the place named inside it.
_APPOSED_WHERE = re.compile(
    r"(?<![\w'’-])(?P<place>[A-ZÀ-ÖØ-Þ][\w-]*+(?:\s+[A-ZÀ-ÖØ-Þ][\w-]*+){0,3}),\s+(?:a|an)\s+"
    r"[^,;:()]{1,120},\s+where\s+$"
)


def _where_place(text: str, start: int) -> str | None:
    """The place of a "where" clause the group at ``start`` stands in, if any.

    "Lowbury, where Sylvans make up 80% and Setos the remaining 20%": both shares are said
    of Lowbury; a clause end between "where" and the group ends the clause.
    """
    at = text.rfind(" where ", max(0, start - 160), start)
    if at < 0 or _CLAUSE_BREAK.search(text, at, start):
        return None
    apposed = _APPOSED_WHERE.search(text, max(0, at - 200), at + 7)
    if apposed and (place := _named_place(apposed.group("place"))):
        return place
    where = _WHERE.search(text, max(0, at - 60), at + 7)
    return _named_place(where.group("place")) if where else None


def _bracket_owner(text: str, first: NumberMention, last: NumberMention) -> str | None:
    """The place named before the bracket a share "of its population" stands in."""
    if not _OF_ITS.match(text, last.end):
        return None
    opened = text.rfind("(", max(0, first.start - 200), first.start)
    if opened < 0 or text.rfind(")", opened, first.start) >= 0:
        return None
    name = _NAME_BEFORE.search(text, max(0, opened - 60), opened)
    return _named_place(name.group("place")) if name else None


def _named_place(name: str) -> str | None:
    """The place ``name`` is: a known one, else a name that is no group's ("Lowbury")."""
    known = [e for e in find_entities(name) if e.kind in _PLACE_KINDS and not e.adjective]
    if known:
        return city_of(known[0]) or own_name(name, known[0].start, known[0].name)
    return name if _is_name(name) and not _is_group(name) else None
