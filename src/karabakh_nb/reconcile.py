"""Reconciling casualty figures: one range per (party, category).

The same loss is often reported several times, by different sources, at
different dates and with different qualifiers. :func:`reconcile_casualties`
folds the rows of the ``casualties`` table into one row per ``(party,
category)`` without ever reading more into a figure than it says:

* a figure is grouped by the full set of parties it covers (its ``parties``
  list; ``party`` alone when the table has no such column): "More than 1,600
  British and Argentine soldiers were wounded" is a *joint* figure, reconciled
  with other figures of the same parties into a joint row whose ``party`` is
  ``"United Kingdom + Argentina"`` (the names in the order first reported,
  joined by :data:`JOINT_SEPARATOR`), never with one side's own figures;
* ``exact`` and ``approx`` figures are *points* (claims of the value);
* ``at_least`` figures are *lower bounds* only: they never become ``high``;
* ``at_most`` figures are *upper bounds* only: they never become ``low``.

Columns:

* ``low``: the smallest point or lower bound (null when there are only upper
  bounds): the least any report says;
* ``high``: the largest point or upper bound (null when there are only lower
  bounds): the most any report claims as a value or allows;
* ``best``: the median of the points (``statistics.median_low``, so always a
  figure someone reported); with no points, the largest lower bound (the
  strongest "at least"); with neither, the smallest upper bound;
  ``best_basis`` says which (``points``, ``lower_bound``, ``upper_bound``);
* ``disagree``: True when two points differ (an ``approx`` point stands for
  anything within :data:`APPROX_TOLERANCE` of it), a point falls below a lower
  bound or above an upper bound, or a lower bound exceeds an upper bound;
* ``n_reports``, ``qa_ids`` (pairs in order of first appearance), ``qualifiers``
  (one per report) and ``reported_by`` (distinct sources named).

``low`` may exceed ``high`` when reports contradict each other (an "at least"
above every point); ``disagree`` is then True.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from typing import Any

import pandas as pd

from .casualties import CATEGORIES
from .errors import UsageError

MSG_NOT_CASUALTIES = (
    "reconcile_casualties wants the casualties table, which has no column(s) {missing} here; "
    'try kn.reconcile_casualties(kn.extract(qa, "casualties"))'
)

__all__ = ["APPROX_TOLERANCE", "JOINT_SEPARATOR", "RECONCILED_COLUMNS", "reconcile_casualties"]

RECONCILED_COLUMNS = [
    "party",
    "category",
    "low",
    "best",
    "high",
    "n_reports",
    "qa_ids",
    "disagree",
    "best_basis",
    "qualifiers",
    "reported_by",
]
APPROX_TOLERANCE = 0.10
#: Joins the names of a joint row's parties in its ``party`` ("United Kingdom + Argentina").
JOINT_SEPARATOR = " + "
_POINT = frozenset({"exact", "approx"})


def _interval(value: int, qualifier: str) -> tuple[float, float]:
    slack = APPROX_TOLERANCE * value if qualifier == "approx" else 0.0
    return value - slack, value + slack


def _disagree(points: list[tuple[int, str]], lows: list[int], highs: list[int]) -> bool:
    intervals = [_interval(v, q) for v, q in points]
    if intervals and max(a for a, _ in intervals) > min(b for _, b in intervals):
        return True
    if lows and any(b < max(lows) for _, b in intervals):
        return True
    if highs and any(a > min(highs) for a, _ in intervals):
        return True
    return bool(lows and highs and max(lows) > min(highs))


def _reconcile_group(rows: pd.DataFrame) -> dict[str, Any]:
    counts = [int(c) for c in rows["count"]]
    quals = list(rows["qualifier"])
    points = [(c, q) for c, q in zip(counts, quals, strict=True) if q in _POINT]
    lows = [c for c, q in zip(counts, quals, strict=True) if q == "at_least"]
    highs = [c for c, q in zip(counts, quals, strict=True) if q == "at_most"]
    values = [v for v, _ in points]
    low = min(values + lows) if values or lows else None
    high = max(values + highs) if values or highs else None
    if values:
        best, basis = statistics.median_low(values), "points"
    elif lows:
        best, basis = max(lows), "lower_bound"
    elif highs:
        best, basis = min(highs), "upper_bound"
    else:
        best, basis = None, None
    sources = [s for s in dict.fromkeys(rows.get("reported_by", [])) if isinstance(s, str)]
    return {
        "low": low,
        "best": best,
        "high": high,
        "n_reports": len(rows),
        "qa_ids": list(dict.fromkeys(rows["qa_id"])),
        "disagree": _disagree(points, lows, highs),
        "best_basis": basis,
        "qualifiers": quals,
        "reported_by": sources,
    }


def _covered(party: object, listed: object) -> list[str]:
    """The parties a casualties row covers: its ``parties`` list, else its ``party``."""
    if isinstance(listed, Iterable) and not isinstance(listed, str):
        names = [p for p in dict.fromkeys(listed) if isinstance(p, str) and p != "unspecified"]
        if names:
            return names
    if isinstance(party, str) and party != "unspecified":
        return [party]
    return []


def _label(parties: list[str]) -> str:
    return JOINT_SEPARATOR.join(parties) if parties else "unspecified"


def reconcile_casualties(casualties: pd.DataFrame) -> pd.DataFrame:
    """Fold casualty figures into one low/best/high range per (party, category).

    Args:
        casualties: The ``casualties`` table (``party``, ``category``, ``count``,
            ``qualifier``, ``qa_id``; ``reported_by`` and ``parties`` when present).

    Returns:
        One row per (party, category), columns :data:`RECONCILED_COLUMNS`, sorted by
        party then category (in the contract's order); ``low``, ``best`` and ``high``
        are nullable integers. A figure covering several parties (``parties``) is
        reconciled with the figures of the same parties only, into a joint row
        (``party`` "United Kingdom + Argentina").

    Example:
        >>> import pandas as pd
        >>> rows = pd.DataFrame({"party": ["Ruritania"] * 2, "category": ["military"] * 2,
        ...     "count": [1200, 1250], "qualifier": ["at_least", "exact"], "qa_id": ["a", "b"]})
        >>> r = reconcile_casualties(rows).iloc[0]
        >>> int(r.low), int(r.best), int(r.high), bool(r.disagree)
        (1200, 1250, 1250, False)

    Raises:
        UsageError: ``casualties`` lacks the columns of the casualties table.
    """
    needed = ("party", "category", "count", "qualifier", "qa_id")
    missing = [c for c in needed if c not in getattr(casualties, "columns", ())]
    if missing:
        raise UsageError(MSG_NOT_CASUALTIES.format(missing=", ".join(missing)))
    out: list[dict[str, Any]] = []
    if len(casualties):
        order = {c: i for i, c in enumerate(CATEGORIES)}
        listed = (
            casualties["parties"] if "parties" in casualties.columns else [None] * len(casualties)
        )
        # One group per (set of parties, category); its names in the order first reported.
        names: dict[frozenset[str], list[str]] = {}
        positions: dict[tuple[frozenset[str], str], list[int]] = {}
        rows_of = zip(casualties["party"], listed, casualties["category"], strict=True)
        for i, (party, parties, category) in enumerate(rows_of):
            covered = _covered(party, parties)
            group = frozenset(covered)
            names.setdefault(group, covered)
            positions.setdefault((group, category), []).append(i)
        labels = {group: _label(covered) for group, covered in names.items()}
        keys = sorted(
            positions, key=lambda k: (labels[k[0]], order.get(k[1], len(order)), str(k[1]))
        )
        for group, category in keys:
            rows = casualties.iloc[positions[(group, category)]]
            out.append(
                {
                    "party": labels[group],
                    "category": category,
                    **_reconcile_group(rows),
                }
            )
    frame = pd.DataFrame(out, columns=RECONCILED_COLUMNS)
    for column in ("low", "best", "high"):
        frame[column] = frame[column].astype("Int64")
    frame["n_reports"] = frame["n_reports"].astype("int64")
    frame["disagree"] = frame["disagree"].astype(bool)
    return frame
