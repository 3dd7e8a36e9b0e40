"""A later figure of the same statement, its verb and group gapped: "N in 1989 and M in 2014".

"Moldova had 4.3 million inhabitants in 1989 and 2.8 million in 2014", "Setos numbered 562,000
in 1989 but only 111,000 in 2014": the second figure, dated like the first, is the same group's
of the same place (:func:`later_figures`), whichever rule read the first. Another estimate
of the same figure is read alike: "16.9 million people; international estimates ranged as high
as 17.5 million", "about 100,000, while other sources have suggested 300,000" (the first
figure's year). So is a later count said by "there were": "numbered 34,000, of whom 57 were
women, and on December 31, 1877 there were 43,000" (the year of its date).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Hashable, Iterator
from typing import Any

import pandas as pd

from ._frames import add_after
from .numbers import NumberMention, find_numbers

__all__ = ["later_figures"]

# Between the figure read and the later one: the first figure's year, then a conjunction.
_GAP = re.compile(
    r"(?:\s+(?:inhabitants|residents|people|persons))?\s+(?:in|by)\s+(?:the\s+)?\d{4},?\s+"
    r"(?:and|but|while|whereas|against|versus)\s+(?:(?:only|just|still|then|again)\s+)?(?:to\s+)?"
)
# "35 million, against about 32 million in 2009": an earlier figure it is compared with, dated.
_COMPARED = re.compile(
    r"(?:\s+(?:inhabitants|residents|people|persons))?,?\s+(?:against|versus|compared\s+(?:with|to)"
    r"|up\s+from|down\s+from)\s+"
)
_MAY_GAP = re.compile(
    r"\d{4},?\s+(?:and|but|while|whereas|against|versus)\b|"
    r"\s(?:against|versus|compared\s+(?:with|to)|up\s+from|down\s+from)\s|"
    r"\b(?:estimates?|sources|figures|accounts|observers|historians|scholars)\s|"
    r"\d{4},?\s+there\s"
)
# Between a figure and another estimate of it: no other figure, no end of sentence.
_ALT_GAP = re.compile(r"[^\d.!?()]{0,60}(?:\([^()]{0,40}\)\s*(?:note:\s*)?)?")
_ALTERNATIVE = re.compile(
    r"\b(?:other|some|international|later|earlier|alternative|unofficial|independent|higher|"
    r"lower|rival|official)\s+(?:estimates?|sources|figures|accounts|observers|historians|"
    r"scholars)\s+(?:have\s+|had\s+)?(?:range[sd]?|go|went|put\s+(?:it|the\s+(?:figure|total|"
    r"number))|suggest(?:ed)?|give|gave|say|said|claim(?:ed)?|place[sd]?)\s+(?:it\s+)?"
    r"(?:(?:as\s+(?:low|high)\s+as|up\s+to|at|to)\s+)?"
)
# "N, of whom 57 were women, and in 1877 there were M": a later count, its date before it.
_THERE_LATER = re.compile(
    r"(?:\s+(?:in|by)\s+\d{4})?(?:,\s+of\s+(?:whom|them|which)\s+[^,;.()]{1,40})?,?\s+"
    r"(?:and|but|while|whereas)\s+(?:(?:in|by)\s+(?:[A-Z][a-z]+\s+)?|on\s+[A-Z][a-z]+\s+\d{1,2},\s+)"
    r"(?P<year>\d{4}),?\s+there\s+(?:were|was|remained|lived)\s+(?:only\s+|still\s+|again\s+)?"
)
# After the later figure: its own year.
_DATED = re.compile(r"(?:\s+(?:inhabitants|residents|people|persons))?\s+(?:in|by)\s+(\d{4})\b")


def _later(evidence: str) -> dict[tuple[float, bool], tuple[NumberMention, int | None]]:
    """The later figure after each figure of ``evidence`` and its year, by value and kind.

    Another estimate of the figure has no year of its own (None): it keeps the figure's.
    """
    found = [n for n in find_numbers(evidence) if not n.maybe_year]
    out: dict[tuple[float, bool], tuple[NumberMention, int | None]] = {}
    for first, second in itertools.pairwise(found):
        if first.is_percent != second.is_percent:
            continue
        gap = _GAP.match(evidence, first.end) or _COMPARED.match(evidence, first.end)
        dated = _DATED.match(evidence, second.end)
        if gap is not None and gap.end() == second.start and dated is not None:
            out.setdefault((first.value, first.is_percent), (second, int(dated.group(1))))
        elif _alternative(evidence, first, second):
            out.setdefault((first.value, first.is_percent), (second, None))
    if " there " in evidence:
        for at, first in enumerate(found):
            for second in found[at + 1 : at + 4]:
                there = _THERE_LATER.fullmatch(evidence, first.end, second.start)
                if not first.is_percent and not second.is_percent and there:
                    out.setdefault((first.value, False), (second, int(there.group("year"))))
    return out


def _alternative(evidence: str, first: NumberMention, second: NumberMention) -> bool:
    """Whether ``second`` is another estimate of ``first``: "; other estimates range to N"."""
    gap = _ALT_GAP.match(evidence, first.end, second.start)
    said = _ALTERNATIVE.search(evidence, first.end, second.start)
    return (
        gap is not None
        and said is not None
        and said.start() <= gap.end()
        and said.end() == second.start
    )


def later_figures(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with a row for the gapped later figure of each row read ("and M in 2014")."""
    if frame.empty:
        return frame
    value = frame["value"]
    # Each distinct sentence searched once: a long one stands as the evidence of many rows.
    gapped: dict[str, bool] = {}
    for evidence in frame["evidence"].tolist():
        if evidence not in gapped:
            gapped[evidence] = _MAY_GAP.search(evidence) is not None
    # by list, not Series.map: mapping a dict would encode every cell of the column
    hits = [gapped[evidence] for evidence in frame["evidence"].tolist()]
    cand = value.notna() & pd.Series(hits, index=frame.index, dtype=bool)
    if not cand.any():
        return frame
    have = set(zip(frame["qa_id"], frame["evidence"], frame["group"], value, frame["unit"],
                   strict=True))  # fmt: skip
    return add_after(frame, cand, _later, _later_row, have)


def _later_row(
    row: dict[str, Any], later: dict[tuple[float, bool], tuple[NumberMention, int | None]]
) -> Iterator[tuple[Hashable, dict[str, Any]]]:
    hit = later.get((row["value"], row["unit"] == "percent"))
    if hit is not None:
        second, year = hit
        year = row["year"] if year is None else year
        key = (row["qa_id"], row["evidence"], row["group"], second.value, row["unit"])
        yield key, {**row, "value": second.value, "qualifier": second.qualifier, "year": year}
