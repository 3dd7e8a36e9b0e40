"""The other end of a range a rule or a count read only at one end.

"30–68% of the population is mestizo", "25,000–60,000 Setos live in Lowbury": the group
after the range is tied to the figure next to it, the high end; the low end is the same
group's share or count too (:func:`range_lows`). "Latvia had between 1.8 and 2 million
inhabitants", "a population of 1.8-2 million": a rule read the figure after its verb, the
low end; the high end is the same place's population too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Hashable, Iterator
from typing import Any

import pandas as pd

from ._frames import add_after
from .numbers import NumberMention, find_numbers

__all__ = ["range_end", "range_lows"]

_JOIN = re.compile(r"\s*(?:[–—-]|to|and)\s*", re.IGNORECASE)


def range_end(text: str, numbers: list[NumberMention], at: int) -> int:
    """Where the figure ``numbers[at]`` ends, or the range it opens ("15,000-20,000")."""
    low = numbers[at]
    high = numbers[at + 1] if at + 1 < len(numbers) else None
    if (
        high is not None
        and low.qualifier in ("at_least", "approx")  # "some 15,000-20,000"
        and high.qualifier == "at_most"
        and _JOIN.fullmatch(text, low.end, high.start)
    ):
        return high.end
    return low.end


_Ends = dict[tuple[str, float, bool], NumberMention]


def _ends(evidence: str) -> _Ends:
    """The other end of each range in ``evidence``, by one end's qualifier, value and kind.

    ``("at_most", 2e6, False)`` gives the low end of the range whose high end is 2 million;
    ``("at_least", 1.8e6, False)`` its high end.
    """
    found = find_numbers(evidence)
    out: _Ends = {}
    for low, high in itertools.pairwise(found):
        if (
            low.is_percent == high.is_percent
            and low.qualifier in ("at_least", "approx")
            and high.qualifier == "at_most"
            and _JOIN.fullmatch(evidence, low.end, high.start)
        ):
            out["at_most", high.value, high.is_percent] = low
            # "some 150,000-160,000": a low end read as approximate opens the range too.
            out[low.qualifier, low.value, low.is_percent] = high
    return out


def range_lows(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the other end of each range only one of whose ends is a row.

    The other end's row follows the row read, so the order stays that of the answers
    (a table read in parts gives the same rows in the same order).
    """
    if frame.empty:
        return frame
    highs = frame["unit"].isin(["percent", "people"]) & frame["qualifier"].isin(
        ["at_most", "at_least", "approx"]
    )
    if not highs.any():
        return frame
    have = set(zip(frame["qa_id"], frame["evidence"], frame["group"], frame["value"], strict=True))
    return add_after(frame, highs, _ends, _other_end, have)


def _other_end(row: dict[str, Any], ends: _Ends) -> Iterator[tuple[Hashable, dict[str, Any]]]:
    other = ends.get((row["qualifier"], row["value"], row["unit"] == "percent"))
    if other is not None:
        flipped = "at_least" if row["qualifier"] == "at_most" else "at_most"
        key = (row["qa_id"], row["evidence"], row["group"], other.value)
        yield key, {**row, "value": other.value, "qualifier": flipped}
