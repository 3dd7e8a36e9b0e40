"""Round 27: a bare "Total:" after an infobox's casualty figures is a figure of no kind.

Invented infobox runs (made-up figures); the last cases must give no total row.
"""

from __future__ import annotations

import pytest

from tests.casualty_support import rows


@pytest.mark.parametrize(
    ("answer", "total"),
    [
        ("Casualties and losses 3,100 dead 12,000 wounded 8,000 missing Total: 23,100",
         [("unspecified", "unspecified", 23100, "exact")]),
        # the two ends of a total's range; a place before the label names no side
        ("Casualties and losses 3,100 dead 51,000–52,000 captured 9,000 interned in Latvia "
         "Total: 90,000–96,000 The battle ended in 1920.",
         [("unspecified", "unspecified", 90000, "at_least"),
          ("unspecified", "unspecified", 96000, "at_most")]),
        # after troops, not casualties: a total strength, no row
        ("Strength 20,000 troops Total: 40,000 Casualties and losses 2,000 killed", []),
    ],
)  # fmt: skip
def test_infobox_totals(answer, total):
    got = [r for r in rows(answer) if r[2] in {t[2] for t in total} or r[2] == 40000]
    assert got == total


def test_a_labelled_side_keeps_its_figures():
    assert rows("Casualties and losses Estonia: 300 killed Latvia: 200 killed") == [
        ("Estonia", "unspecified", 300, "exact"),
        ("Latvia", "unspecified", 200, "exact"),
    ]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a figure with a participle of its own is no object of the word before it
        ("Casualties and losses 3,100 dead unknown number of wounded 51,000–52,000 captured",
         [("unspecified", "unspecified", 3100, "exact")]),
        # ... nor are the uncounted figures a bar to the total after them
        ("Casualties and losses 3,100 dead unknown number of wounded 51,000–52,000 captured "
         "9,000 interned in Latvia Total: 90,000",
         [("unspecified", "unspecified", 3100, "exact"),
          ("unspecified", "unspecified", 90000, "exact")]),
        # a verb before a figure with no participle after it still reads it
        ("The shelling wounded 300 and killed 20.",
         [("unspecified", "wounded", 300, "exact"), ("unspecified", "unspecified", 20, "exact")]),
    ],
)  # fmt: skip
def test_own_participle(answer, expected):
    assert rows(answer) == expected
