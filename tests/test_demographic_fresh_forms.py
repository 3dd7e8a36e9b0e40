"""Demographic forms first met in unseen encyclopaedic prose (invented sentences).

Counts listed after "there were", each group's share in brackets, the place after the last.
"""

from __future__ import annotations

import pytest

from tests.test_demographics import rows

Q = "What is Sylvania like?"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # Counts listed after "there were", the place after the last; shares in brackets.
        (
            "In 1870 there were 963.596 (42,22%) Vosks and 1.318.506 (57,78%) non-Vosks in "
            "the Upper Province.",
            [
                ("Upper Province", "Vosks", 963_596, "people", "exact", 1870),
                ("Upper Province", "Vosks", 42.22, "percent", "exact", 1870),
                ("Upper Province", "non-Vosks", 1_318_506, "people", "exact", 1870),
                ("Upper Province", "non-Vosks", 57.78, "percent", "exact", 1870),
            ],
        ),
        (
            "There were 3,000 Vosks, 2,000 Tarns and 500 Kels in Freedonia alone.",
            [
                ("Freedonia", "Vosks", 3_000, "people", "exact", None),
                ("Freedonia", "Tarns", 2_000, "people", "exact", None),
                ("Freedonia", "Kels", 500, "people", "exact", None),
            ],
        ),
        # No place after the list: no row from it.
        ("There were 3,000 Vosks and 2,000 Tarns in the valley.", []),
    ],
)
def test_listed_counts(answer: str, expected: list[tuple]) -> None:
    assert sorted(rows(answer, Q), key=str) == sorted(expected, key=str)


def test_opening_adverb_is_no_place() -> None:
    # "Overall," opens the sentence; the place is the one the answer is about.
    answer = "Sylvania is a small state. Overall, the Vosk make up 35.8% of the population."
    assert rows(answer, Q) == [("Sylvania", "Vosk", 35.8, "percent", "exact", None)]
