"""The low end of a range of shares a rule read only at its high end.

"30–68% of the population is mestizo": a rule reads the group after the range and ties
it to the figure it names, the high end; the low end is the same group's share too
(:func:`range_lows`).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import pandas as pd

from .numbers import NumberMention, find_numbers

__all__ = ["range_lows"]

_JOIN = re.compile(r"\s*(?:[–—-]|to|and)\s*", re.IGNORECASE)


def _lows(evidence: str) -> dict[float, NumberMention]:
    """The low ends of the ranges of shares in ``evidence``, by their high end's value."""
    found = find_numbers(evidence)
    out: dict[float, NumberMention] = {}
    for low, high in itertools.pairwise(found):
        if (
            low.is_percent
            and high.is_percent
            and low.qualifier == "at_least"
            and high.qualifier == "at_most"
            and _JOIN.fullmatch(evidence, low.end, high.start)
        ):
            out[high.value] = low
    return out


def range_lows(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the low end of each range whose high end alone is a share's row."""
    if frame.empty:
        return frame
    highs = frame[(frame["unit"] == "percent") & (frame["qualifier"] == "at_most")]
    if highs.empty:
        return frame
    have = set(zip(frame["qa_id"], frame["evidence"], frame["group"], frame["value"], strict=True))
    cache: dict[str, dict[float, NumberMention]] = {}
    extra: list[dict[str, Any]] = []
    for row in highs.to_dict("records"):
        evidence = row["evidence"]
        if evidence not in cache:
            cache[evidence] = _lows(evidence)
        low = cache[evidence].get(row["value"])
        if low is None or (row["qa_id"], evidence, row["group"], low.value) in have:
            continue
        have.add((row["qa_id"], evidence, row["group"], low.value))
        extra.append({**row, "value": low.value, "qualifier": "at_least"})
    if not extra:
        return frame
    return pd.concat([frame, pd.DataFrame(extra, columns=frame.columns)], ignore_index=True)
