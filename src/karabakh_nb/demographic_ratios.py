"""Two groups' shares given as a ratio: "the Vosk/Tarn ratio being 29%/28% in 1984".

A census summary may give two groups' shares together, the groups joined by a slash before
a noun of proportion and the shares joined the same way after it, one pair per date ("and
32%/30% in 1994"). Each share is its group's, in the order the groups are named.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .demographic_majorities import _WORD, _is_group, _is_name
from .demographic_populations import _Found

__all__ = ["ratio_shares"]

_GROUPS = re.compile(
    rf"(?<![\w'’/-])(?P<a>{_WORD})\s*/\s*(?P<b>{_WORD})\s+(?:ratio|split|proportions?|shares?)\b"
)
_PAIR = re.compile(
    r"(?<![\d.,/])(?P<p>\d{1,2}(?:\.\d+)?)\s*%\s*/\s*(?P<q>\d{1,2}(?:\.\d+)?)\s*%(?![\d/])"
    # "29%/28% in 1984": the pair's year.
    r"(?:\s+in\s+(?P<year>1[5-9]\d\d|20\d\d)\b)?"
)
_STOP = re.compile(r"[.;](?!\d)")
# How far after the groups their pairs of shares may come.
_REACH = 120


def _value(text: str) -> int | float:
    return float(text) if "." in text else int(text)


def ratio_shares(text: str) -> Iterator[_Found]:
    """A share row for each group of each pair of shares after "X/Y ratio"."""
    if "/" not in text:
        return
    for named in _GROUPS.finditer(text):
        if not all(_is_group(named[k]) or _is_name(named[k]) for k in "ab"):
            continue
        end = _STOP.search(text, named.end())
        stop = end.start() if end else len(text)
        for pair in _PAIR.finditer(text, named.end(), min(stop, named.end() + _REACH)):
            for key, group in (("p", "a"), ("q", "b")):
                yield _Found(pair.start(key), pair.end(key) + 1, named.span(group), None,
                             _value(pair[key]), "percent", "exact",
                             year=int(pair["year"]) if pair["year"] else None)  # fmt: skip
