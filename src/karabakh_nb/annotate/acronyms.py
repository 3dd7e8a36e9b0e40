"""Acronyms an answer defines for itself: "the Popular Front for Freedom (PFF)".

What belongs here: the answer-level part of entity recognition. A side or organisation
named in full and followed by a bracketed acronym the lexicon does not know ("the
Sylvanian Liberation Army (SLA)") defines that acronym for the rest of the answer: a
later "the SLA" is the same side. The acronym's letters must be initials of the name's
words, in order (so "the Free Army (Reuters)" defines nothing); the name may be the form
the text wrote of a side known under another name ("the Qassam Brigades (QB)" defines QB
as Hamas). Only the answer that
defines it reads it so: the same letters in another answer are left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..entities import Entity

__all__ = ["Alias", "alias_entities", "aliases_defined"]

# (acronym, name, kind, offset): a definition, read in a sentence from that offset on.
Alias = tuple[str, str, str, int]

# "(PFF)", "( SLA )": two to eight capitals, maybe with "&", "-" or "." inside.
_BRACKETED = re.compile(r"\s*\(\s*([A-Z][A-Z&.-]{1,7})\s*\)")
_WORD = re.compile(r"[A-Za-z]+")


def _spells(acronym: str, name: str) -> bool:
    """True when the acronym's letters are initials of the name's words, in order."""
    initials = "".join(w[0].upper() for w in _WORD.findall(name))
    letters = [c for c in acronym if c.isalpha()]
    if not letters or letters[0] != initials[:1]:
        return False
    at = 0
    for letter in letters:
        at = initials.find(letter, at) + 1
        if at == 0:
            return False
    return True


def aliases_defined(text: str, entities: list[Entity]) -> list[Alias]:
    """The acronyms a sentence defines, each with the offset where its definition ends."""
    out: list[Alias] = []
    if "(" not in text:
        return out
    starts = {e.start for e in entities}
    for ent in entities:
        if ent.kind not in ("side", "org") or ent.adjective:
            continue
        match = _BRACKETED.match(text, ent.end)
        if match is None or match.start(1) in starts:
            continue  # no acronym, or one the lexicon knows already
        acronym = match.group(1)
        # An organisation named by its acronym already ("... Monitoring Group (ECOMOG)",
        # karabakh_nb.named_orgs) defines it too.
        # The letters spell the name as written, which may be another form of a known
        # side ("the Qassam Brigades (QB)" is Hamas, and so is a later "QB").
        if (
            ent.name != acronym
            and not _spells(acronym, ent.name)
            and not _spells(acronym, ent.surface)
        ):
            continue
        out.append((acronym, ent.name, ent.kind, match.end()))
    return out


@lru_cache(maxsize=4096)
def _pattern(acronyms: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(a) for a in sorted(acronyms, key=len, reverse=True))
    # "the PFF", "PFF's", "PFF-held": the letters as a word of their own.
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w]|-[A-Z])")


def alias_entities(text: str, entities: list[Entity], aliases: tuple[Alias, ...]) -> list[Entity]:
    """``entities`` with the mentions of ``aliases`` added (each from its offset on)."""
    if not aliases or not any(a[0] in text for a in aliases):
        return entities
    names = {a: (name, kind, after) for a, name, kind, after in aliases}
    extra: list[Entity] = []
    for match in _pattern(tuple(names)).finditer(text):
        start, end = match.span()
        name, kind, after = names[match.group(0)]
        if start < after or any(e.start < end and start < e.end for e in entities):
            continue
        possessive = text.startswith(("'s", "’s"), end)
        extra.append(Entity(name, kind, match.group(0), start, end, False, name, possessive))
    if not extra:
        return entities
    return sorted([*entities, *extra], key=lambda e: e.start)
