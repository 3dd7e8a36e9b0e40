"""Shares listed in a fact sheet or after another share: "Christian 2.7%, Hindu <0.1".

:func:`_list_item` is the group of a share listed under a heading ("Religions:") or after
another share ("..., mestizos - 37%", "Latvians—31.9%"); :func:`_listed_percents` reads a
bare figure listed among shares as one; :func:`_percent_spans` pairs the two ends of a range
of shares ("15-20%").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import lru_cache

from .demographic_majorities import _is_group
from .lexicon import read_words
from .numbers import NumberMention

# A list item of a fact sheet: a few words of any case after a delimiter, an aside in
# brackets, and its share ("others and unknown 6.2%", "folk religion <0.1", "minor ethnic
# groups (Aimaks, Turkmen, and others) 12%"). Searched with pos and endpos ("^", "$").
_ITEM = re.compile(
    r"(?:^|(?P<delim>[,:;]))\s*(?:and\s+)?(?P<group>[A-Za-z][\w'’/-]*(?:\s+[A-Za-z][\w'’/-]*){0,5})"
    r"(?:\s*\([^()]{0,80}\))?(?P<dash>\s+[-–—]\s|\s*[–—]\s*|\s*:\s*)?\s*$"
)
# Words no list item holds: verbs, prepositions and articles of a clause.
_NOT_ITEM = read_words("not_list_items")
# A heading that opens a list of shares ("Religions:", "Ethnic groups:", "Religious Summary:").
_LIST_HEADING = re.compile(
    r"\b(?:[Rr]eligio\w*|[Ee]thnic\w*|[Ll]anguages?|[Nn]ationalit\w*|[Ss]ummary|[Gg]roups"
    r"|[Dd]ivisions|[Cc]omposition|[Bb]eliefs|[Dd]enominations)\s*:"
)


@lru_cache(maxsize=256)
def _first_heading_end(text: str) -> int:
    """Where the text's first list heading ends (-1: none), found once per text."""
    found = _LIST_HEADING.search(text)
    return found.end() if found else -1


def heading_before(text: str, end: int) -> bool:
    """Whether a list heading lies wholly before ``end`` (``_LIST_HEADING.search(text, 0, end)``).

    Linear over a text's figures: a heading's end only grows with its start, so the first
    heading decides, found once per text.
    """
    return 0 <= _first_heading_end(text) <= end


_ITEM_GAP = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*")
# After a bare figure of a list of shares: the next item or the list's end.
_ITEM_END = re.compile(r"\s*(?:[,;)(]|\.(?!\d)|$)")


def _list_item(
    text: str, offset: int, start: int, previous_end: int | None
) -> tuple[int, int] | None:
    """The group of a share listed under a heading or after another share, if any."""
    item = _ITEM.search(text, offset, start)
    if item is None or any(w.lower() in _NOT_ITEM for w in item.group("group").split()):
        return None
    if item.group("group").lower() in ("and", "or"):
        return None  # "10 percent X, and 1 percent ...": a conjunction, no item's name
    delim = item.start("delim") if item.group("delim") else 0
    after_share = previous_end is not None and _ITEM_GAP.fullmatch(text, previous_end, delim)
    # "Indians constitute 45% of the population, mestizos - 37%": a dash lists a share.
    # "Note: 40% ...": a colon at the sentence's start ends a heading, not an item.
    dash = (item.group("dash") or "").strip()
    opening = not item.group("delim") and (dash != ":" or _is_group(item.group("group")))
    dashed = dash and (item.group("delim") == "," or opening)
    if not after_share and not dashed and not heading_before(text, delim + 1):
        return None
    return item.span("group")


def _listed_percents(text: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """A bare figure listed among shares is one ("Christian 2.7%, Hindu <0.1, Jewish <0.1")."""
    out = list(numbers)
    for i in range(1, len(out)):
        number, before = out[i], out[i - 1]
        if number.is_percent or not before.is_percent or number.maybe_year or number.value > 100:
            continue
        item = _ITEM.search(text, before.end, number.start)
        if (
            item is not None
            and item.group("delim")
            and _ITEM_GAP.fullmatch(text, before.end, item.start("delim"))
            and _ITEM_END.match(text, number.end)
        ):
            out[i] = dataclasses.replace(number, is_percent=True)
    return out


_RANGE_JOIN = re.compile(r"\s*(?:[–—-]|to|and)\s*")


def _percent_spans(
    text: str, numbers: list[NumberMention]
) -> Iterator[tuple[NumberMention, NumberMention]]:
    """The percentages of a sentence as (first, last): the two ends of a range are one.

    "Kurds make up 15-20%", "Iraq is 95-98% Muslim": the group is found before the low
    end or after the high end, and is both ends' (the number reader bounds them).
    """
    percents = [n for n in numbers if n.is_percent]
    i = 0
    while i < len(percents):
        low = percents[i]
        high = percents[i + 1] if i + 1 < len(percents) else None
        if (
            high is not None
            and low.qualifier in ("at_least", "approx")
            and high.qualifier == "at_most"
            and _RANGE_JOIN.fullmatch(text, low.end, high.start)
        ):
            yield low, high
            i += 2
        else:
            yield low, low
            i += 1
