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


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "The largest ethnic groups are the Vosk (or Vusk) (100,000), living mainly on "
            "the coast, the Tarn (80,000), in the mountains, and the Kel (20,000).",
            [
                ("Sylvania", "Vosk", 100_000, "people", "exact", None),
                ("Sylvania", "Tarn", 80_000, "people", "exact", None),
                ("Sylvania", "Kel", 20_000, "people", "exact", None),
            ],
        ),
        (
            "The main tribes of mostly upland origin include the Bunak (50,000) in the "
            "interior and the Maka at the eastern end.",
            [("Sylvania", "Bunak", 50_000, "people", "exact", None)],
        ),
        # Not a noun of peoples: no row.
        ("The army groups were the Fifth (20,000) and the Sixth (30,000).", []),
    ],
)
def test_bracketed_counts_of_listed_peoples(answer: str, expected: list[tuple]) -> None:
    assert rows("Sylvania is a small state. " + answer, Q) == expected
