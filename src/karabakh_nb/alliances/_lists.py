"""The lists a name of a token template belongs to, read on either side of it.

What belongs here: "X attacked Y, Z and W" (the foes go on after Y) and "A, B and C
attacked Y" (the attackers run up to C), so that a rule reading one name before and one
after a verb relates every name of each list.
"""

from __future__ import annotations

import re

from ._text import _ids, _parties, _Tok

__all__: list[str] = []

# The rest of a list after its first name ("Y, Z and W", "Y and Z forces"), not a new
# clause's subject ("X attacked Y and Z condemned it").
_LIST_AFTER = re.compile(
    r"(?:\s*,\s*(?:the\s+)?«\d+»)*\s*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?«\d+»"
    r"(?!(?:\s+and\s+«\d+»)?\s+(?:has|have|had|was|were|is|are|did|does|would|will|could|also|"
    r"then|[a-z]+ed)\b)"
)
# The names of a list before its last one ("A, B and", "A and the"), at most eight of them;
# searched in a bounded window before the last name, so the scan stays linear.
_LIST_BEFORE = re.compile(
    r"(?:«\d+»\s*,\s*(?:the\s+)?){0,8}«\d+»\s*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?$"
)
_WINDOW = 160
# A preposition opening such a list makes it a place, a time or another's: "in A, B and C",
# "against A and B", "backed by A and B" (not "troops from A and B", "the forces of A and B").
_NO_SUBJECT_BEFORE = re.compile(
    r"\b(?:in|at|on|near|over|into|to|for|across|within|throughout|between|against|with|by"
    r"|among|alongside|beside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _listed_after(clause: str, end: int, toks: list[_Tok]) -> list[int]:
    """The parties a list goes on with after the name ending at ``end``."""
    match = _LIST_AFTER.match(clause, end)
    return _parties(toks, _ids(match.group(0))) if match else []


def _listed_before(clause: str, start: int, toks: list[_Tok]) -> list[int]:
    """The parties of the list whose last name starts at ``start`` ("A, B and C"), but C.

    A list after a preposition of place or time ("in A, B and C") names no subject; one
    after "from" or "of" does ("troops from A, B and C attacked Y").
    """
    match = _LIST_BEFORE.search(clause, max(0, start - _WINDOW), start)
    if match is None:
        return []
    if _NO_SUBJECT_BEFORE.search(clause, max(0, match.start() - 20), match.start()):
        return []
    return _parties(toks, _ids(match.group(0)))
