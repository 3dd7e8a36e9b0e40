"""Casualty readings of round 27: how a list spreads a party to an item that names none.

Invented sentences (Estonia and Latvia, made-up figures); the last case of each set is
one the rule must not change.
"""

from __future__ import annotations

import pytest

from tests.casualty_support import rows


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # Items joined by a bare comma that name two parties: the last item names no one.
        ("25 Estonian soldiers, 25 Latvian soldiers and 66 civilians were killed.",
         [("Estonia", "military", 25, "exact"), ("Latvia", "military", 25, "exact"),
          ("unspecified", "civilian", 66, "exact")]),
        ("A total of 30 members of the Estonian security forces, 20 Latvian soldiers and 60 "
         "civilians were killed.",
         [("Estonia", "military", 30, "exact"), ("Latvia", "military", 20, "exact"),
          ("unspecified", "civilian", 60, "exact")]),
        # One party's list: its demonym is the bare item's too.
        ("300 Estonian soldiers and 200 civilians were killed.",
         [("Estonia", "military", 300, "exact"), ("Estonia", "civilian", 200, "exact")]),
    ],
)  # fmt: skip
def test_a_mixed_list_spreads_no_party(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a one-word label under a side's label ("Land:") keeps the side's
        ("Casualties and losses Estonian: Land: 30 killed, 100 wounded, 4 missing Latvian: "
         "900 killed.",
         [("Estonia", "unspecified", 30, "exact"), ("Estonia", "wounded", 100, "exact"),
          ("Estonia", "missing", 4, "exact"), ("Latvia", "unspecified", 900, "exact")]),
        # a label naming a claim still names no one
        ("Casualties and losses Estonian Army claim: 3,000 killed",
         [("unspecified", "military", 3000, "exact")]),
    ],
)  # fmt: skip
def test_sub_labels(answer, expected):
    assert rows(answer) == expected
