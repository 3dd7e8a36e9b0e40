"""Whether a bare four-digit number is a year, for :mod:`._scan`.

What belongs here: the one decision, from the words just before the number and just
after it (a cue, an article, a count's noun, a list of years, a figure after it, the
start of a sentence), of whether a bare number is a year and whether it is an adjective
("The 2020 war", "A 1999 vote").
"""

from __future__ import annotations

from ._patterns import (
    _ARTICLE_BEFORE,
    _COUNT,
    _COUNTED_NEXT,
    _COUNTED_NEXT2,
    _FIGURE_NEXT,
    _IN_YEAR,
    _LIST_CUE,
    _LISTED_DATE,
    _QUANTIFIER_BEFORE,
    _SENTENCE_START,
    _SINGULAR_NEXT,
    _STRAY_ARTICLE,
    _WORD_AFTER,
    _YEAR_CUE,
    _YEAR_LIST_BEFORE,
    _YEAR_LIST_NEXT,
)


def _bare_year_ok(text: str, start: int, end: int, has_mod: bool) -> tuple[bool, bool]:
    """Decide whether a four-digit number is a year; return ``(ok, adjective)``."""
    before = text[max(0, start - 24) : start]
    if _QUANTIFIER_BEFORE.search(before):
        return False, False
    after = text[end : end + 40]
    if _SINGULAR_NEXT.match(after) and _ARTICLE_BEFORE.search(before):
        return True, True
    if _COUNTED_NEXT.match(after):
        return False, False
    if has_mod or (
        _YEAR_CUE.search(before) and (not _LIST_CUE.search(before) or _LISTED_DATE.search(before))
    ):
        return True, False
    if _ARTICLE_BEFORE.search(before) and _WORD_AFTER.match(after):
        return True, True
    if _STRAY_ARTICLE.search(before) and after[:1] in (",", ";"):
        return True, False
    if _COUNTED_NEXT2.match(after):
        return False, False
    if _YEAR_LIST_BEFORE.search(before) and _YEAR_LIST_NEXT.match(after):
        return True, False
    if _FIGURE_NEXT.match(after):
        return True, False  # "Population 1967 13,500,000": the year of the figure after it
    if _LIST_CUE.search(before) and after[:1] == ",":
        # "in 1948 ... suspended the work and 1960, declared the treaty void": a second
        # clause's year after "and", in a sentence dated "in 1948" before with no count
        # between ("600 civilians died and 2000, it is said, fled" has one)
        dated = _IN_YEAR.search(text, 0, max(0, start - 24))
        if dated is not None and not _COUNT.search(text, dated.end(), start):
            return True, False
    return bool(_SENTENCE_START.search(before)), False
