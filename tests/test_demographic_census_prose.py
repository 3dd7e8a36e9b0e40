"""Demographic phrasings of older census and gazetteer prose (invented sentences).

"souls", "put at", "in number", asides before the verb, "the colony": the forms a
nineteenth-century survey or an encyclopedia of its time uses for a population.
"""

from __future__ import annotations

import pytest

from karabakh_nb.text import sentences
from tests.test_demographics import rows

Q = "What is Latvia like?"
P = "population"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A hedge between "population" and its figure.
        (
            "At the time of the first survey, the total population is supposed to have "
            "numbered about 500,000.",
            [("Latvia", P, 500_000, "people", "approx", None)],
        ),
        # "the number of inhabitants of X ... at N".
        (
            "In his book a traveller put the total number of inhabitants of Estonia at 700,000.",
            [("Estonia", P, 700_000, "people", "exact", None)],
        ),
        # "souls" after a verb of reckoning; a range's two ends.
        (
            "In 1840 the census of Latvia ordered by the king before his death counted "
            "220,000 souls.",
            [("Latvia", P, 220_000, "people", "exact", 1840)],
        ),
        (
            "In 1848 an envoy suggested 600,000 to 700,000 souls.",
            [
                ("Latvia", P, 700_000, "people", "at_most", 1848),
                ("Latvia", P, 600_000, "people", "at_least", 1848),
            ],
        ),
        ("The war claimed 100,000 souls.", []),
        # An aside between "the population of X" and its verb.
        (
            "The population of Latvia, according to the census of 1903, was 592,247.",
            [("Latvia", P, 592_247, "people", "exact", 1903)],
        ),
        (
            "The population of the colony, then 195,000 sq. m. in area, was 566,158.",
            [("Latvia", P, 566_158, "people", "exact", None)],
        ),
        # "the island of X": the kind of place before its name.
        (
            "The population of the island of Estonia in 1903 was 592,247.",
            [("Estonia", P, 592_247, "people", "exact", 1903)],
        ),
        # "its inhabitants": a population noun opening the statement.
        (
            "Its inhabitants were estimated at 2 million.",
            [("Latvia", P, 2_000_000, "people", "exact", None)],
        ),
        (
            "The population is variously estimated at from 2,000,000 to 3,000,000.",
            [
                ("Latvia", P, 2_000_000, "people", "at_least", None),
                ("Latvia", P, 3_000_000, "people", "at_most", None),
            ],
        ),
    ],
)
def test_census_prose(answer: str, expected: list[tuple]) -> None:
    assert rows(answer, Q) == expected


def test_unit_of_area_does_not_end_a_sentence() -> None:
    text = "The colony, then 195,000 sq. m. in area, was large. He ran 100 m. The race ended."
    assert [s.text for s in sentences(text)] == [
        "The colony, then 195,000 sq. m. in area, was large.",
        "He ran 100 m.",
        "The race ended.",
    ]
