"""Names misspelt by one letter ("Lebenese", "Eqyptians"), read as the name they miss.

What belongs here: scraped answers carry typing slips in the very names a table needs. A
capitalised word of seven letters or more that the lexicon does not know is read as a
lexicon form when the two differ in one letter only, inside the word: the first letter and
the last two are the form's own, the length is the same, and no other form is as near (a
word between two names is read as neither). Ordinary words one letter off a name
("Brutish", "Arminian") are listed in ``lexicon/not_misspellings.txt``. Only
single-word forms of states, sides, peoples and regions are candidates, never
organisations (acronyms), so short words and ordinary words stay out. A trailing "s" is
a plural after a demonym ("Eqyptians") and a possessive after a name.

:func:`karabakh_nb.entities.find_entities` calls :func:`near_spellings_in` on every text,
after the lexicon and the named groups; the candidates come from one linear pattern.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Mapping

from .lexicon import read_words

__all__ = ["near_spellings_in"]

Found = tuple[int, int, str, tuple[str, str, bool, str], bool]
Entry = tuple[str, str, bool, str]

MIN_LENGTH = 7
_KINDS = frozenset({"state", "side", "people", "region"})
_WORD = re.compile(r"(?<![\w'’.-])[A-Z][a-z]{6,}(?:['’]s|s)?(?![\w'’-])")
_FORM = re.compile(r"[A-Z][a-z]+")
_NOT_MISSPELT = frozenset(read_words("not_misspellings"))

# Masked form ("Leb*nese") -> the forms it stands for; built once per table.
_INDEX: dict[int, dict[str, set[str]]] = {}


def _index(table: Mapping[str, Entry]) -> dict[str, set[str]]:
    index = _INDEX.get(id(table))
    if index is None:
        index = {}
        for form, entry in table.items():
            if len(form) < MIN_LENGTH or entry[1] not in _KINDS or not _FORM.fullmatch(form):
                continue
            for i in range(1, len(form) - 2):
                index.setdefault(form[:i] + "*" + form[i + 1 :], set()).add(form)
        _INDEX.clear()
        _INDEX[id(table)] = index
    return index


def _nearest(word: str, table: Mapping[str, Entry], index: dict[str, set[str]]) -> str | None:
    """The one lexicon form ``word`` misses by one inner letter, else None."""
    if len(word) < MIN_LENGTH or word in table or word in _NOT_MISSPELT:
        return None
    forms: set[str] = set()
    for i in range(1, len(word) - 2):
        forms |= index.get(word[:i] + "*" + word[i + 1 :], set())
    names = {table[form][0] for form in forms}
    return next(iter(forms)) if len(names) == 1 and len(forms) == 1 else None


def near_spellings_in(text: str, known: list[Found], table: Mapping[str, Entry]) -> list[Found]:
    """The entities of ``text``: ``known`` with the misspelt names added, in order.

    Args:
        text: A sentence or passage.
        known: What the lexicon and the named groups found.
        table: The lexicon's table (form -> name, kind, adjective, party).

    Returns:
        ``known`` and, for each unknown capitalised word one letter off a single form,
        that form's entity over the word.
    """
    covered = _overlap_test(known)
    words = [m for m in _WORD.finditer(text) if not covered(m.start(), m.end())]
    if not words:
        return known
    index = _index(table)
    out = list(known)
    for match in words:
        word = match.group(0)
        base, suffix = word, ""
        if word[-2:] in ("'s", "’s"):
            base, suffix = word[:-2], word[-2:]
        elif word.endswith("s") and word not in table:
            base, suffix = word[:-1], "s"
        form = _nearest(base, table, index)
        if form is None and suffix == "s":
            base, suffix = word, ""
            form = _nearest(word, table, index)
        if form is None:
            continue
        entry = table[form]
        possessive = bool(suffix) and (len(suffix) == 2 or not entry[2])
        out.append((match.start(), match.end(), word, entry, possessive))
    out.sort(key=lambda f: f[0])
    return out


def _overlap_test(known: list[Found]) -> Callable[[int, int], bool]:
    """A test of whether ``start, end`` overlaps an entity of ``known``.

    The entities sorted by start with the furthest end so far: a word asks only those that
    start before it ends (a list of 2,000 names is not 2,000 x 2,000 comparisons).
    """
    spans = sorted((f[0], f[1]) for f in known)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))

    def covered(start: int, end: int) -> bool:
        before = bisect.bisect_left(starts, end)
        return before > 0 and reach[before - 1] > start

    return covered
