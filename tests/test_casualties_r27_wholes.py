"""Casualty readings of round 27: a part "out of" a whole, and the capitals of a noun list.

The sentences are invented (Estonia and Latvia, made-up figures): each case checks one
general mechanism, and the last of each set is a sentence the rule must not read.
"""

from __future__ import annotations

import pytest

from tests.casualty_support import rows


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "out of" a whole, as "of the" one: the part is the row, the whole is skipped.
        ("About 2,000 out of about 9,000 Estonian soldiers died in the camps.",
         [("Estonia", "military", 2000, "approx")]),
        # a bare whole after "of", with no determiner
        ("Some 300 of 5,000 Latvian soldiers died of disease.",
         [("Latvia", "military", 300, "approx")]),
        # both ends of a range out of one whole
        ("From 1,600 to 2,000 out of 8,000 Latvian soldiers perished in the camps.",
         [("Latvia", "military", 1600, "at_least"), ("Latvia", "military", 2000, "at_most")]),
        # things, not people: no row for the part nor for the whole
        ("About 200 out of 900 Estonian tanks were destroyed.", []),
    ],
)  # fmt: skip
def test_part_out_of_a_whole(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a noun the list writes with capitals is compared in lower case too
        ("About 1,600 Latvian POWs died in the camps.", [("Latvia", "military", 1600, "approx")]),
        ("About 1,600 Latvian prisoners died in the camps.",
         [("Latvia", "unspecified", 1600, "approx")]),
    ],
)  # fmt: skip
def test_capitalised_military_nouns(answer, expected):
    assert rows(answer) == expected
