from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from karabakh_nb.casualties import extract_casualties
from karabakh_nb.parse import load
from karabakh_nb.reconcile import JOINT_SEPARATOR, RECONCILED_COLUMNS, reconcile_casualties

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
        # "1,746 Armenian and Karabakh soldiers": a joint figure, never Armenia's alone
        ("Armenia + Artsakh", "military", 1746, 1746, None, 1, False),
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


FALKLANDS = pd.DataFrame(
    {
        "id": ["f:1", "f:5"],
        "question": ["How many were wounded in the Falklands War?"] * 2,
        "answer": [
            "More than 1,600 British and Argentine soldiers were wounded.",
            "In all 777 British soldiers were wounded, and 1,068 Argentine soldiers were wounded.",
        ],
    }
)


def test_joint_figure_is_a_joint_row_never_one_sides():
    casualties = extract_casualties(FALKLANDS)
    joint = casualties[casualties["count"] == 1600].iloc[0]
    assert joint["parties"] == ["United Kingdom", "Argentina"]  # as the extractor fills it
    frame = reconcile_casualties(casualties)
    rows = {
        (r.party, r.category): (int(r.low), r.n_reports, r.qa_ids)
        for r in frame.itertuples(index=False)
    }
    assert rows == {
        ("Argentina", "wounded"): (1068, 1, ["f:5"]),
        ("United Kingdom", "wounded"): (777, 1, ["f:5"]),
        ("United Kingdom + Argentina", "wounded"): (1600, 1, ["f:1"]),
    }
    assert not frame["disagree"].any()  # 1,600 of both sides is no report of one side


def test_joint_figures_of_the_same_parties_fold_together_in_any_order():
    rows = pd.DataFrame(
        {
            "party": ["Ukraine", "Russia", "Ukraine", "unspecified"],
            "category": ["military"] * 4,
            "count": [500000, 450000, 70000, 10],
            "qualifier": ["approx", "at_least", "exact", "exact"],
            "qa_id": ["u:1", "u:2", "u:3", "u:4"],
            "parties": [["Ukraine", "Russia"], ["Russia", "Ukraine"], ["Ukraine"], []],
        }
    )
    frame = reconcile_casualties(rows)
    got = frame[["party", "n_reports", "qa_ids"]].values.tolist()
    assert got == [
        ["Ukraine", 1, ["u:3"]],
        [f"Ukraine{JOINT_SEPARATOR}Russia", 2, ["u:1", "u:2"]],  # named as first reported
        ["unspecified", 1, ["u:4"]],
    ]


@pytest.mark.parametrize(
    ("party", "parties", "label"),
    [
        ("Armenia", ["Armenia"], "Armenia"),
        ("Armenia", [], "Armenia"),  # an empty list: the party alone
        ("Armenia", None, "Armenia"),
        ("unspecified", [], "unspecified"),
        ("Armenia", ["Armenia", "Armenia"], "Armenia"),  # a name listed twice is one party
    ],
)
def test_single_party_rows(party, parties, label):
    rows = reports((5, "exact"), party=party)
    rows["parties"] = [parties]
    assert reconcile_casualties(rows)["party"].tolist() == [label]


def test_a_table_without_parties_groups_by_party():
    rows = reports((5, "exact"), party="Russia")
    assert "parties" not in rows.columns
    assert reconcile_casualties(rows)["party"].tolist() == ["Russia"]
