from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from karabakh_nb.casualties import extract_casualties
from karabakh_nb.parse import load
from karabakh_nb.reconcile import RECONCILED_COLUMNS, reconcile_casualties

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_c8ae912d7073d48a.txt"
S = "000_c8ae912d7073d48a"


def reports(*figures: tuple[int, str], party: str = "Azerbaijan", category: str = "military"):
    return pd.DataFrame(
        {
            "party": [party] * len(figures),
            "category": [category] * len(figures),
            "count": [c for c, _ in figures],
            "qualifier": [q for _, q in figures],
            "reported_by": [None] * len(figures),
            "qa_id": [f"t:{i}" for i in range(len(figures))],
        }
    )


def one(*figures: tuple[int, str]) -> dict:
    frame = reconcile_casualties(reports(*figures))
    assert len(frame) == 1
    row = frame.iloc[0].to_dict()
    return {k: (None if v is pd.NA else v) for k, v in row.items() if k != "qa_ids"}


def test_seed_reconciled_table():
    frame = reconcile_casualties(extract_casualties(load(SEED)))
    assert list(frame.columns) == RECONCILED_COLUMNS
    got = [
        tuple(None if v is pd.NA else v for v in row)
        for row in frame[
            ["party", "category", "low", "best", "high", "n_reports", "disagree"]
        ].itertuples(index=False, name=None)
    ]
    assert got == [
        ("Armenia", "military", 1746, 1746, None, 1, False),
        ("Azerbaijan", "military", 2783, 2783, 2801, 3, True),
        ("Azerbaijan", "missing", 100, 100, None, 1, False),
        ("unspecified", "civilian", 146, 146, None, 1, False),
    ]
    assert frame["qa_ids"].iloc[1] == [f"{S}:25", f"{S}:37", f"{S}:45"]
    assert frame["best_basis"].tolist() == ["lower_bound", "points", "lower_bound", "lower_bound"]


@pytest.mark.parametrize(
    ("figures", "low", "best", "high"),
    [
        ([(2783, "at_least")], 2783, 2783, None),
        ([(2783, "at_least"), (5000, "at_least")], 2783, 5000, None),
        ([(4000, "at_most")], None, 4000, 4000),
        ([(2801, "exact")], 2801, 2801, 2801),
        ([(2783, "at_least"), (2801, "exact")], 2783, 2801, 2801),
        ([(2801, "exact"), (3000, "at_most")], 2801, 2801, 3000),
        ([(100, "exact"), (300, "exact"), (200, "approx")], 100, 200, 300),
        ([(100, "exact"), (300, "exact")], 100, 100, 300),  # median_low: a reported figure
    ],
)
def test_ranges(figures, low, best, high):
    row = one(*figures)
    assert (row["low"], row["best"], row["high"]) == (low, best, high)


def test_lower_bounds_never_become_high():
    row = one((2783, "at_least"), (1746, "at_least"), (9000, "at_least"))
    assert row["high"] is None
    row = one((2783, "at_least"), (2801, "exact"), (9000, "at_least"))
    assert row["high"] == 2801


@pytest.mark.parametrize(
    ("figures", "disagree"),
    [
        ([(2801, "exact"), (2801, "exact")], False),
        ([(2801, "exact"), (2783, "exact")], True),
        ([(2783, "at_least"), (2801, "exact")], False),
        ([(2801, "at_least"), (2783, "exact")], True),  # a point below a lower bound
        ([(4000, "at_most"), (5000, "exact")], True),  # a point above an upper bound
        ([(300, "at_least"), (200, "at_most")], True),
        ([(30000, "approx"), (31000, "exact")], False),  # within the approx tolerance
        ([(30000, "approx"), (40000, "exact")], True),
        ([(100, "at_least"), (4000, "at_most")], False),
    ],
)
def test_disagreement(figures, disagree):
    assert one(*figures)["disagree"] is disagree


def test_groups_are_per_party_and_category_and_sorted():
    frame = reconcile_casualties(
        pd.concat(
            [
                reports((5, "exact"), party="Russia"),
                reports((7, "exact"), party="Armenia", category="missing"),
                reports((9, "exact"), party="Armenia"),
            ]
        )
    )
    assert frame[["party", "category", "best"]].values.tolist() == [
        ["Armenia", "military", 9],
        ["Armenia", "missing", 7],
        ["Russia", "military", 5],
    ]


def test_empty_table():
    frame = reconcile_casualties(reports())
    assert frame.empty
    assert list(frame.columns) == RECONCILED_COLUMNS
