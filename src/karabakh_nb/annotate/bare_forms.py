"""A bare short form read as the neighbour an answer is about ("Congo": the DRC).

What belongs here: the answer-level part of telling apart states that share a short form
(``lexicon/bare_forms.txt``). "Congo" alone is the Republic of the Congo to pycountry, but
an answer that names the Democratic Republic of the Congo by a form of its own ("the
DRC", "Congolese troops", "Kinshasa") and never the Republic of the Congo in full means
that state by it. The choice is made once per answer and applied to each sentence's
mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from ..entities import Entity, canonical
from ..lexicon import read_table

__all__ = ["Rename", "bare_form", "bare_forms", "bare_renames", "renamed"]

# (bare form, the state it names instead)
Rename = tuple[str, str]

_POSSESSIVE = re.compile(r"(?:['’][sS]?|s)$")


@cache
def bare_forms() -> dict[str, tuple[str, str]]:
    """Bare form -> (its own state, the state it may name instead)."""
    out: dict[str, tuple[str, str]] = {}
    for form, (target, *_) in read_table("bare_forms").items():
        own = canonical(form)
        if own and own != target:
            out[form] = (own, target)
    return out


def bare_form(surface: str) -> str:
    """A mention's surface without its possessive ("Congo's" -> "Congo")."""
    return surface if surface in bare_forms() else _POSSESSIVE.sub("", surface)


def _bare(entity: Entity) -> str:
    return bare_form(entity.surface)


def bare_renames(found: Iterable[Entity]) -> tuple[Rename, ...]:
    """The bare forms that name another state in an answer whose mentions are ``found``."""
    mentions = list(found)
    table = bare_forms()
    out: list[Rename] = []
    for form, (own, target) in table.items():
        bare = [e for e in mentions if e.name == own and _bare(e) == form]
        if not bare or any(e.name == own and _bare(e) != form for e in mentions):
            continue
        if any(e.name == target for e in mentions):
            out.append((form, target))
    return tuple(out)


def renamed(entities: list[Entity], renames: tuple[Rename, ...]) -> list[Entity]:
    """``entities`` with each bare form of ``renames`` read as the state it names.

    Example:
        >>> from karabakh_nb.entities import find_entities
        >>> found = find_entities("Rwanda and Congo signed; Congolese troops withdrew.")
        >>> [e.name for e in renamed(found, bare_renames(found))]
        ['Rwanda', 'DR Congo', 'DR Congo']
    """
    if not renames:
        return entities
    table = bare_forms()
    targets = dict(renames)
    out: list[Entity] = []
    for e in entities:
        form = _bare(e)
        if form in targets and e.name == table[form][0]:
            e = replace(e, name=targets[form], party=targets[form])
        out.append(e)
    return out
