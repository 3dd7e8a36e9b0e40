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
from ..lexicon import read_table, read_words
from ._patterns import _FORCE_NAME, _PARTY_KINDS

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


_UNITS = "|".join(
    sorted((re.escape(w).replace(r"\ ", r"\s+") for w in read_words("unit_nouns")), key=len)[::-1]
)
# "The 12th regiment, which led the assault, lost 725 killed", "The X army raised for the
# war had 70,000 men and 3,900 dead": a body of soldiers (its demonym before it) losing the
# figure in its own clause; not what it did ("had killed 300", "had been sent").
_UNIT_LOSS = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<mods>(?:[\w'’-]+\s+){{0,3}}?)(?:{_UNITS})\b"
    r"(?:\s+[a-z]+ed\s+for\s+[^,;.]{1,40}?)?(?:,[^,;.]{1,80},)?"
    r"\s+(?:has\s+|have\s+|had\s+)?(?P<verb>lost|suffered|sustained|had)\b"
    r"(?!\s+(?:been|\w+ed|\w+en)\b)"
    r"[^;.:]{0,80}$",
    re.IGNORECASE,
)


def _unit_loss(text: str, pos: int) -> list[str] | None:
    """The parties of a body of soldiers losing the figure at ``pos``, else None.

    ``[]`` when the body names no party ("The besiegers lost 4,000 killed"); its
    demonym's state when it does ("The X garrison lost 420 killed": X's).
    """
    found = _UNIT_LOSS.search(text, max(0, pos - 200), pos)
    if found is None or any(
        e.kind in _PARTY_KINDS for e in find_entities(text[found.end("verb") : pos])
    ):
        return None  # not past another party: "... while the X lost 300"
    named = [e.party for e in find_entities(found.group("mods")) if e.kind in _PARTY_KINDS]
    return list(dict.fromkeys(named))
