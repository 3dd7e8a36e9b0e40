"""Sides named by a capitalised plural the lexicon does not know ("the Loyalists").

What belongs here: finding a side that history text names by its cause or its stand rather
than by a state or an organisation: "the Loyalists were backed by X", "the war pitted the
Royalists against the Republicans", "arms reached the Insurgents". After "the" (and maybe
an "X-backed"), a capitalised word ending in a plural of persons
(``lexicon/side_plural_endings.txt``: "-ists", "-licans", "-ents", ...) that the lexicon
does not know and that starts no longer name ("the Republicans' Army" is left to
:mod:`karabakh_nb.named_groups`) is a ``side`` named by that word.
``lexicon/not_side_plurals.txt`` lists the plurals with such an ending that name no side
("the Balkans", "the Olympics").

Such a name is weaker than a proper one: a file's text may call its rebels "the
Communists" in one answer and by their army's name in the others, so
:func:`is_plural_side` lets the choice of a file's two sides
(:mod:`karabakh_nb.rules.merge`) pass over it; an answer's own sides keep it.

:func:`karabakh_nb.entities.find_entities` calls :func:`plurals_in` on every text; one
linear pattern finds the candidates.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import read_words

__all__ = ["is_plural_side", "plurals_in"]

Found = tuple[int, int, str, tuple[str, str, bool, str], bool]

_ENDINGS = read_words("side_plural_endings")
_NOT_SIDES = frozenset(read_words("not_side_plurals"))
_PLURAL = re.compile(
    r"\b[Tt]he\s+(?:[\w.]+[-‐](?:backed|led|supported|allied|aligned|sponsored|armed)\s+)?"
    r"([A-Z][a-z]{2,}(?:" + "|".join(sorted(_ENDINGS, key=len, reverse=True)) + r"))\b"
    r"(?![-'’]|\s+(?:[A-Z]|of\s+[A-Z]))"
)


def plurals_in(text: str, known: list[Found]) -> list[Found]:
    """The entities of ``text``: ``known`` with the sides named by a capitalised plural added.

    Args:
        text: A sentence or passage.
        known: What the lexicon and the named groups found.

    Returns:
        The matches in order; a word any match already covers is left to it.

    Example:
        >>> [f[3][0] for f in plurals_in("Cuba backed the Loyalists.", [])]
        ['Loyalists']
    """
    if "he " not in text:
        return known
    added: list[Found] = []
    for match in _PLURAL.finditer(text):
        start, end = match.span(1)
        word = match.group(1)
        if word in _NOT_SIDES:
            continue
        if any(f[0] < end and f[1] > start for f in known):
            continue
        added.append((start, end, word, (word, "side", False, word), False))
    if not added:
        return known
    return sorted([*known, *added], key=lambda f: f[0])


_WHOLE = re.compile(r"[A-Z][a-z]{2,}(?:" + "|".join(sorted(_ENDINGS, key=len, reverse=True)) + r")")


@lru_cache(maxsize=4096)
def is_plural_side(name: str) -> bool:
    """True for a side named only by a capitalised plural the lexicon does not know.

    Example:
        >>> is_plural_side("Insurgents"), is_plural_side("Hamas")
        (True, False)
    """
    from .entities import canonical

    return _WHOLE.fullmatch(name) is not None and name not in _NOT_SIDES and canonical(name) is None
