"""Groups paired with their figures by "respectively".

"Setos and Latvians make up 60% and 30% of the population, respectively": the first group
has the first share, the second the second (:func:`respectively`), whichever group the
reading of each share found next to it.
"""

from __future__ import annotations

import re

import pandas as pd

from .numbers import find_numbers

__all__ = ["respectively"]

_NAME = r"[A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+){0,3}"
_LISTED = re.compile(
    rf"(?<![\w'’-])(?P<groups>{_NAME}(?:\s*,\s*{_NAME}){{0,6}}\s*,?\s+and\s+{_NAME})"
    r"\s+(?:make|makes|made|account|accounts|accounted|constitute|constitutes|constituted"
    r"|comprise|comprises|comprised|form|forms|formed|represent|represents|represented"
    r"|are|were|number|numbered)\b"
)
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _pairs(evidence: str) -> dict[tuple[float, bool], str]:
    """The group of each figure a "respectively" pairs, by the figure's value and kind."""
    match = _LISTED.search(evidence)
    if match is None or "respectively" not in evidence[match.end() :]:
        return {}
    groups = _SPLIT.split(match.group("groups"))
    figures = find_numbers(evidence[match.end() :])
    for percent in (True, False):
        chosen = [n.value for n in figures if n.is_percent == percent]
        if len(chosen) == len(groups) and len(set(chosen)) == len(chosen):
            return {(value, percent): group for value, group in zip(chosen, groups, strict=True)}
    return {}


def respectively(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with each figure of a "respectively" sentence given its own group."""
    if frame.empty:
        return frame
    cache: dict[str, dict[tuple[float, bool], str]] = {}
    groups = frame["group"].tolist()
    changed = False
    for at, evidence in enumerate(frame["evidence"].tolist()):
        if not isinstance(evidence, str) or "respectively" not in evidence:
            continue
        if evidence not in cache:
            cache[evidence] = _pairs(evidence)
        key = (frame["value"].iat[at], frame["unit"].iat[at] == "percent")
        group = cache[evidence].get(key)
        if group is not None and group != groups[at]:
            groups[at], changed = group, True
    if not changed:
        return frame
    return frame.assign(group=groups)
