"""Common nouns that stand for one side of an answer's war ("the separatists").

Where the answer (or its file) is about a war between a state and a non-state side,
"the separatists", "rebel forces", "the breakaway region" name the non-state side and
"the government", "government forces", "federal troops" the state. The rule engine
reads such a sentence a second time with those nouns as name slots, so every rule
applies to them as to a name; ``evidence`` stays the sentence as written. The nouns
are data (``lexicon/generic_sides.txt``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .._first_chars import first_guard
from ..annotate import SentenceNote
from ..annotate.template import Template
from ..annotate.template import build as build_template
from ..entities import Entity, kind_of
from ..lexicon import read_table

__all__ = ["GENERIC_CUE", "generic_roles", "generic_template", "side_noun_pattern"]

# Cheap test on a lower-cased answer: may it hold a generic side noun?
GENERIC_CUE = re.compile(
    r"separatist|rebel|insurgen|secession|breakaway|self-proclaimed|guerr|government|federal"
    r"|national army|regular army|regime|junta|opposition"
)


# What may stand before a one-word generic noun (each a fixed-width look-behind):
# its article, or a hyphenated backer or leader ("the Moscow-backed government", "the
# army-aligned government"), the backer itself read as a name of its own.
_ONE_WORD_BEFORE = "|".join(
    rf"(?<={before}\s)"
    for before in (
        r"\b[Tt]he",
        *(
            f"-{participle}"
            for participle in (
                "backed",
                "led",
                "aligned",
                "supported",
                "sponsored",
                "installed",
                "controlled",
                "dominated",
            )
        ),
    )
)


_ONE_LETTER = re.compile(r"\(\?=\(\?i:\[(\w)\]\)\)")


def _by_first_letter(alternatives: list[str]) -> str:
    """The alternatives (matched ignoring case) grouped by their first letter, in order.

    The same matches as ``"|".join(alternatives)``: two alternatives of other first
    letters never match at one place, and within a letter the order stays. The engine
    skips a group at once where its letter is not, instead of entering some ninety
    look-behinds at every word. Any alternative whose first character is not one letter
    (:func:`~karabakh_nb._first_chars.first_guard`) leaves the list as it is.
    """
    letters = [_ONE_LETTER.fullmatch(first_guard(alt, re.IGNORECASE)) for alt in alternatives]
    if not all(letters):
        return "|".join(alternatives)
    groups: dict[str, list[str]] = {}
    for letter, alt in zip(letters, alternatives, strict=True):
        assert letter is not None
        groups.setdefault(letter.group(1).lower(), []).append(alt)
    return "|".join(f"(?=(?i:{c}))(?:{'|'.join(alts)})" for c, alts in groups.items())


@cache
def _pattern() -> re.Pattern[str]:
    table = read_table("generic_sides")
    parts: list[str] = []
    for role, phrases in table.items():
        alternatives = []
        for phrase in sorted(phrases, key=len, reverse=True):
            words = re.escape(phrase).replace(r"\ ", r"\s+")
            # A one-word noun needs its article ("the rebels") or a backer glued before it
            # ("the Kremlin-backed government"); a phrase stands alone.
            alternatives.append(words if " " in phrase else rf"(?:{_ONE_WORD_BEFORE}){words}")
        parts.append(rf"(?P<{role}>{_by_first_letter(alternatives)})")
    # "the government of X" names X's government: X is the slot, not the noun.
    return re.compile(rf"\b(?:{'|'.join(parts)})\b(?!\s+of\b)(?![-‐]\w)", re.IGNORECASE)


def side_noun_pattern() -> re.Pattern[str]:
    """The generic side nouns, each match's group the role it names (``state``, ``rebel``)."""
    return _pattern()


def generic_roles(sides: list[str] | None) -> dict[str, str] | None:
    """``{"state": X, "rebel": Y}`` when the sides are one state and one non-state side."""
    if not sides or len(sides) != 2:
        return None
    # A name the lexicon lacks is a group's read from its shape ("the X Liberation Front").
    kinds = [kind_of(s) or "side" for s in sides]
    if kinds.count("state") != 1 or not all(k in ("state", "side", "region") for k in kinds):
        return None
    state = sides[kinds.index("state")]
    rebel = sides[1 - kinds.index("state")]
    return {"state": state, "rebel": rebel}


@dataclass(frozen=True)
class _Generic:
    """A sentence note whose template also holds the generic side nouns as slots."""

    note: SentenceNote
    template: Template

    def __getattr__(self, name: str) -> Any:
        return getattr(self.note, name)


# What generic_template gives depends on the sentence (its text, the acronyms before it)
# and the roles alone: kept per distinct such pair; bounded, emptied when full.
_GENERIC: dict[tuple[str, tuple[Any, ...], tuple[tuple[str, str], ...]], Any] = {}


def generic_template(sent: SentenceNote, roles: dict[str, str]) -> Any | None:
    """The sentence with its generic side nouns as name slots, or None if it has none."""
    key = (sent.text, sent.aliases, tuple(sorted(roles.items())))
    if key in _GENERIC:
        return _GENERIC[key]
    if len(_GENERIC) >= 8192:
        _GENERIC.clear()
    _GENERIC[key] = found = _read_generic(sent, roles)
    return found


def _read_generic(sent: SentenceNote, roles: dict[str, str]) -> Any | None:
    extra: list[Entity] = []
    taken = [(e.start, e.end) for e in sent.entities]
    for match in _pattern().finditer(sent.text):
        role = match.lastgroup
        if role is None or role not in roles:
            continue
        start, end = match.span()
        if any(a < end and start < b for a, b in taken):
            continue
        name = roles[role]
        kind = kind_of(name) or "side"
        extra.append(Entity(name, kind, match.group(0), start, end, False, name, False))
    if not extra:
        return None
    entities = sorted([*sent.entities, *extra], key=lambda e: e.start)
    return _Generic(sent, build_template(sent.text, entities, list(sent.numbers)))
