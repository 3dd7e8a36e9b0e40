"""A list of group counts whose verb is said once: "Setos number 2,068,058 and Vods 192,800".

"The Seto community numbered 442,000 (77%), the Vod community 104,000 (18%)": after a group's
count, another group and a bare figure are that group's count, of the same place and year
(:func:`gapped_counts`), whichever rule read the first.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Hashable, Iterator
from typing import Any

import pandas as pd

from ._frames import add_after
from .demographic_majorities import _CAP, _is_group, _is_name
from .numbers import NumberMention, find_numbers

__all__ = ["gapped_counts"]

# After the first count (and its bracketed share): a comma or "and", the next group, its figure.
_NEXT = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
    rf"(?P<group>(?:[Ee]thnic\s+)?{_CAP}(?:\s+{_CAP}){{0,2}})"
    r"(?:\s+(?:community|minority|population))?\s+$"
)
# The later figure ends its item: a comma, a bracket, "and", the sentence's end.
_ITEM_END = re.compile(r"\s*(?:[,;.(]|and\b|$)")
_NOUNS = re.compile(r"\s+(?:community|minority|population)\b")


def _items(evidence: str) -> dict[float, list[tuple[str, NumberMention]]]:
    """The gapped (group, figure) items after each count of ``evidence``, by its value."""
    found = [n for n in find_numbers(evidence) if not n.maybe_year and not n.is_percent]
    out: dict[float, list[tuple[str, NumberMention]]] = {}
    items: list[tuple[str, NumberMention]] = []
    head: float | None = None
    for first, second in itertools.pairwise(found):
        between = evidence[first.end : second.start]
        nxt = _NEXT.fullmatch(between)
        name = nxt.group("group") if nxt else None
        if (
            name is None
            or not _ITEM_END.match(evidence, second.end)
            or not (_is_group(name) or (_NOUNS.search(between) and _is_name(name)))
        ):
            head, items = None, []
            continue
        if head is None:
            head, items = first.value, []
            out[head] = items
        items.append((name, second))
    return out


def gapped_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with a row for each gapped group count after a group's count row."""
    if frame.empty:
        return frame
    cand = (frame["unit"] == "people") & (frame["group"] != "population")
    if not cand.any():
        return frame
    have = set(zip(frame["qa_id"], frame["evidence"], frame["value"], frame["unit"],
                   strict=True))  # fmt: skip
    return add_after(frame, cand, _items, _gapped_rows, have)


def _gapped_rows(
    row: dict[str, Any], items: dict[float, list[tuple[str, NumberMention]]]
) -> Iterator[tuple[Hashable, dict[str, Any]]]:
    for name, figure in items.get(row["value"], []):
        key = (row["qa_id"], row["evidence"], figure.value, "people")
        yield key, {**row, "group": name, "value": figure.value, "qualifier": figure.qualifier}
