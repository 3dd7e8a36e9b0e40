"""Whether a name stands for a force, whose losses are soldiers ("the Freedonian Army").

A name ending in a force's noun ("Israel Defense Forces") is one; so is an acronym the
lexicon gives beside such a name, when it spells that name's words ("IDF" beside "Israel
Defense Forces", "JNA" beside "Yugoslav National Army"): "the IDF suffered 44 fatalities"
counts soldiers, while "USA" beside "U.S. Army" is no force's initials.
"""

from __future__ import annotations

import re
from functools import cache

from ..entities import Entity, find_entities
from ..lexicon import read_table
from ._patterns import _FORCE_NAME

_ACRONYM = re.compile(r"[A-Z]{2,6}")
# "the JNA suffered 44 fatalities", "The Freedonian Army had lost some 300": a loss verb
# right after the force's name, before the figure (with a qualifier or so in between).
_FORCE_LOSS = re.compile(
    r"(?:['’]s?)?\s+(?:has\s+|have\s+|had\s+)?(?:lost|suffered|sustained|incurred|had)\s+"
    r"(?:(?:a\s+total\s+of|an\s+estimated|the|some|about|around|nearly|almost|over"
    r"|more\s+than|at\s+least|up\s+to)\s+){0,2}$",
    re.IGNORECASE,
)

# "French military authorities listed their losses at 25,600 dead": a force, or those who
# speak for it, counting its own losses (a reporter's "its" or "their" before the figure).
_OWN_LOSSES = re.compile(
    r"\b(?:military(?:\s+(?:authorities|officials|sources|commanders?|command|spokesm[ae]n))?"
    r"|army|armed\s+forces|navy|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)"
    r"\b[^.;:]{0,60}?\b(?:their|its)\s+(?:own\s+)?(?:losses|casualties|dead|death\s+toll)\b"
    r"[^.;:]{0,40}$",
    re.IGNORECASE,
)


@cache
def _force_acronyms() -> frozenset[tuple[str, str]]:
    """``(name, acronym)`` of each acronym the lexicon gives beside a force's name."""
    found = set()
    for file in ("states", "former_states", "sides", "factions"):
        for canon, forms in read_table(file).items():
            names = (canon, *forms)
            shapes = {
                (len(words), words[-1][0])
                for words in (re.split(r"[\s-]+", n) for n in names if _FORCE_NAME.search(n))
            }
            for form in names:
                if _ACRONYM.fullmatch(form) and (len(form), form[-1]) in shapes:
                    found.add((canon, form))
    return frozenset(found)


def _is_force(entity: Entity) -> bool:
    """Whether ``entity`` is named as a force ("the Freedonian Army", "the IDF")."""
    return bool(_FORCE_NAME.search(entity.surface)) or (
        (entity.name, entity.surface) in _force_acronyms()
    )


def _force_lost(text: str, named: list[Entity], pos: int) -> bool:
    """Whether the figure at ``pos`` is the loss of a force named right before its verb."""
    if _OWN_LOSSES.search(text, max(0, pos - 160), pos):
        return True
    return any(
        e.end <= pos and _is_force(e) and _FORCE_LOSS.fullmatch(text, e.end, pos) for e in named
    )


def _names_force(text: str) -> bool:
    """Whether ``text`` names a force ("IDF casualties numbered": the IDF's losses)."""
    return any(_is_force(e) for e in find_entities(text))
