"""A group's share right after its count: "numbering 325,000 (8.4%)", "numbered 9,000 or 4%".

Encyclopaedic prose gives a group's count and its share of the whole together, the share in
brackets ("the Sylvan community numbered 442,000 (77%)") or after "or" ("whites, numbering
589,000, or 61.8 per cent."; "412,000 people or 0.9% of the total population"). Whichever
rule read the count, the share is the same group's, of the same place and year
(:func:`bracketed_shares`); and a share read after "N or" gives the count too ("two million
Sylvans or eight percent of the population followed Islam").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Hashable, Iterator
from typing import Any

import pandas as pd

from ._frames import add_after
from .numbers import NumberMention, find_numbers

__all__ = ["bracketed_shares"]

# "two million Sylvans or eight percent": a count, a word naming whom it counts, then "or".
_COUNT_OR = re.compile(
    r"(?:\s+(?:people|persons|inhabitants|residents|[A-Z][\w'’-]*+))?,?\s+or\s+(?:about\s+|some\s+)?"
)
_OF_ALL = re.compile(
    r"\s*(?:of\s+(?:the\s+|its\s+)?(?:total\s+|whole\s+|entire\s+)?(?:population|inhabitants)\b"
    r"|of\s+the\s+(?:country|nation)\s*,|[,;.)]|$)"
)

_OPEN = re.compile(r"\s*\(\s*")
# "589,000, or 61.8%", "9,000 people or 4%": the share after "or", as the whole's part.
_OR = re.compile(r"(?:\s+(?:people|persons|inhabitants|residents))?,?\s+or\s+(?:about\s+|some\s+)?")
_OR_END = re.compile(
    r"\s*(?:of\s+(?:the\s+|its\s+)?(?:total\s+|whole\s+|entire\s+)?(?:population|total|inhabitants)\b)?"
    r"\s*(?:[,;.)]|$|and\b|while\b|whereas\b|in\s+\d{4}\b|according\b)"
)
# "1,050,000 Setos (mostly Catholic) in Latvia, 10 per cent of the population": the share
# closing the count's clause, "of the population" said.
# "250,000 Setos in 1974, who made up around 3% of the population": a year may stand between.
_TRAIL = re.compile(
    r"(?:[^\d;.()%]|(?<!\d)\d{4}(?![\d%])){1,60}(?:\([^()]{0,80}\)[^\d;.()%]{0,30})?,"
    r"(?:\s*(?:who|which)\s+(?:made\s+up|make\s+up|formed|form|constituted|constitute"
    r"|represented|represent|accounted\s+for|account\s+for))?"
    r"\s*(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?"
)
_OF_WHOLE = re.compile(r"\s*of\s+(?:the\s+|its\s+)?(?:total\s+|whole\s+|entire\s+)?population\b")
# "(8.4%)", "(8.4% of the population)", "(8.4 percent of the total)": the share alone.
_CLOSE = re.compile(
    r"\s*(?:of\s+(?:the\s+)?(?:total|whole|country['’]s\s+)?(?:\s*population)?\s*)?\)"
)


def _shares_after(evidence: str) -> dict[float, NumberMention]:
    """The bracketed share right after each count of ``evidence``, by the count's value."""
    found = find_numbers(evidence)
    out: dict[float, NumberMention] = {}
    for count, share in itertools.pairwise(found):
        if count.is_percent or not share.is_percent:
            continue
        opened = _OPEN.match(evidence, count.end)
        if opened and opened.end() == share.start and _CLOSE.match(evidence, share.end):
            out.setdefault(count.value, share)
            continue
        ored = _OR.match(evidence, count.end)
        if ored and ored.end() == share.start and _OR_END.match(evidence, share.end):
            out.setdefault(count.value, share)
    for at, count in enumerate(found):
        trailing = next((n for n in found[at + 1 :] if n.is_percent), None)
        if count.is_percent or trailing is None or count.value in out:
            continue
        if _TRAIL.fullmatch(evidence, count.end, trailing.start) and _OF_WHOLE.match(
            evidence, trailing.end
        ):
            out[count.value] = trailing
    return out


def bracketed_shares(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with a share row for each group count followed by its share in brackets."""
    if frame.empty:
        return frame
    counts = (frame["unit"] == "people") & (frame["group"] != "population")
    counts &= _by_evidence(frame, lambda e: "(" in e or " or " in e or "population" in e)
    if not counts.any():
        return frame
    return add_after(frame, counts, _shares_after, _share_row, _row_keys(frame))


def _by_evidence(frame: pd.DataFrame, test: Callable[[str], bool]) -> pd.Series:
    """Which rows' evidence passes ``test`` (run once per distinct evidence)."""
    passed = {e: test(e) for e in set(frame["evidence"].tolist())}
    # by list, not Series.map: mapping a dict would encode every cell of the column
    hits = [passed[evidence] for evidence in frame["evidence"].tolist()]
    return pd.Series(hits, index=frame.index, dtype=bool)


def _row_keys(frame: pd.DataFrame) -> set[Hashable]:
    """The ``(qa_id, evidence, group, value, unit)`` of every row: no row is added twice."""
    columns = [frame[c] for c in ("qa_id", "evidence", "group", "value", "unit")]
    return set(zip(*columns, strict=True))


def _share_row(
    row: dict[str, Any], shares: dict[float, NumberMention]
) -> Iterator[tuple[Hashable, dict[str, Any]]]:
    share = shares.get(row["value"])
    if share is not None:
        key = (row["qa_id"], row["evidence"], row["group"], share.value, "percent")
        yield key, {**row, "value": share.value, "unit": "percent", "qualifier": share.qualifier}


def _counts_before(evidence: str) -> dict[float, NumberMention]:
    """The count right before "or" and each share of ``evidence``, by the share's value."""
    out: dict[float, NumberMention] = {}
    for count, share in itertools.pairwise(find_numbers(evidence)):
        if count.is_percent or count.maybe_year or not share.is_percent:
            continue
        ored = _COUNT_OR.match(evidence, count.end)
        if ored and ored.end() == share.start and _OF_ALL.match(evidence, share.end):
            out.setdefault(share.value, count)
    return out


def counts_before_shares(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with a count row for each group share said after "N or" ("N or 8%")."""
    if frame.empty:
        return frame
    shares = (frame["unit"] == "percent") & _by_evidence(frame, lambda e: " or " in e)
    if not shares.any():
        return frame
    return add_after(frame, shares, _counts_before, _count_row, _row_keys(frame))


def _count_row(
    row: dict[str, Any], counts: dict[float, NumberMention]
) -> Iterator[tuple[Hashable, dict[str, Any]]]:
    count = counts.get(row["value"])
    if count is not None:
        key = (row["qa_id"], row["evidence"], row["group"], count.value, "people")
        yield key, {**row, "value": count.value, "unit": "people", "qualifier": count.qualifier}
