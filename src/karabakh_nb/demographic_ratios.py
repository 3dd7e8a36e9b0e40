"""Groups' shares given as a ratio: "the Vosk/Tarn ratio being 29%/28% in 1984".

A census summary may give two groups' shares together, the groups joined by a slash before
a noun of proportion and the shares joined the same way after it, one pair per date ("and
32%/30% in 1994"). Each share is its group's, in the order the groups are named.

Shares per hundred, too: "out of every 100 people in X, 44 were Vosks, 39 Tarns and 5 Kels"
(:func:`per_hundred_shares`): each count of the list is its group's percentage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .demographic_majorities import _GROUP, _WORD, _is_group, _is_name
from .demographic_populations import _Found
from .numbers import NumberMention

__all__ = ["per_hundred_shares", "ratio_shares"]

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


# "out of every 100 people you met in X, 44 were ...": the list after the comma.
_PER_HUNDRED = re.compile(
    r"\b(?:out\s+of|of|in)\s+every\s+(?:100|hundred|one\s+hundred)\s+(?:people|persons"
    r"|inhabitants|residents)\b[^,;.]{0,60},\s*"
)
_COUNTED_AS = re.compile(rf"\s+(?:(?:were|are|was|is)\s+)?(?P<group>{_GROUP})")
_NEXT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def per_hundred_shares(text: str, numbers: list[NumberMention]) -> Iterator[_Found]:
    """A share row for each count listed after "out of every 100 people ..."."""
    if "every" not in text:
        return
    for cue in _PER_HUNDRED.finditer(text):
        starts = {n.start: n for n in numbers if not n.is_percent}
        at = cue.end()
        while (number := starts.get(at)) is not None and number.value <= 100:
            named = _COUNTED_AS.match(text, number.end)
            if named is None or not (_is_group(named["group"]) or _is_name(named["group"])):
                break
            yield _Found(number.start, number.end, named.span("group"), None, number.value,
                         "percent", number.qualifier)  # fmt: skip
            sep = _NEXT.match(text, named.end())
            if sep is None:
                break
            at = sep.end()
