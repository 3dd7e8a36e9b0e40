"""The low end of a range a rule or a count read only at its high end.

"30–68% of the population is mestizo", "25,000–60,000 Setos live in Lowbury": the group
after the range is tied to the figure next to it, the high end; the low end is the same
group's share or count too (:func:`range_lows`).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import pandas as pd

from .numbers import NumberMention, find_numbers

__all__ = ["range_lows"]

_JOIN = re.compile(r"\s*(?:[–—-]|to|and)\s*", re.IGNORECASE)


def _lows(evidence: str) -> dict[tuple[float, bool], NumberMention]:
    """The low ends of the ranges in ``evidence``, by their high end's value and kind."""
    found = find_numbers(evidence)
    out: dict[tuple[float, bool], NumberMention] = {}
    for low, high in itertools.pairwise(found):
        if (
            low.is_percent == high.is_percent
            and low.qualifier in ("at_least", "approx")
            and high.qualifier == "at_most"
            and _JOIN.fullmatch(evidence, low.end, high.start)
        ):
            out[high.value, high.is_percent] = low
    return out


def range_lows(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the low end of each range whose high end alone is a row.

    The low end's row follows its high end's, so the order stays that of the answers
    (a table read in parts gives the same rows in the same order).
    """
    if frame.empty:
        return frame
    highs = frame["unit"].isin(["percent", "people"]) & (frame["qualifier"] == "at_most")
    if not highs.any():
        return frame
    have = set(zip(frame["qa_id"], frame["evidence"], frame["group"], frame["value"], strict=True))
    cache: dict[str, dict[tuple[float, bool], NumberMention]] = {}
    extra: list[dict[str, Any]] = []
    after: list[int] = []
    # Only the rows of a range's high end are looked at (a large table has few).
    for at in [i for i, high in enumerate(highs.tolist()) if high]:
        row = frame.iloc[at].to_dict()
        evidence = row["evidence"]
        if evidence not in cache:
            cache[evidence] = _lows(evidence)
        low = cache[evidence].get((row["value"], row["unit"] == "percent"))
        if low is None or (row["qa_id"], evidence, row["group"], low.value) in have:
            continue
        have.add((row["qa_id"], evidence, row["group"], low.value))
        extra.append({**row, "value": low.value, "qualifier": "at_least"})
        after.append(at)
    if not extra:
        return frame
    both = pd.concat([frame, pd.DataFrame(extra, columns=frame.columns)], ignore_index=True)
    order = [float(i) for i in range(len(frame))] + [at + 0.5 for at in after]
    return both.iloc[sorted(range(len(both)), key=order.__getitem__)].reset_index(drop=True)
