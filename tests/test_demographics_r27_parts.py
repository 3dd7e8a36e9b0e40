"""The parts of a population counted after "of whom": "N, of whom M were X and K were Y"."""

from __future__ import annotations

import pandas as pd
import pytest

from karabakh_nb.demographics import extract_demographics


def rows(answer: str, question: str = "What is it like?") -> list[tuple]:
    qa = pd.DataFrame({"id": ["t:1"], "question": [question], "answer": [answer]})
    frame = extract_demographics(qa)
    return [
        tuple(None if v is pd.NA else v for v in row)
        for row in frame[["subject", "group", "value", "unit"]].itertuples(index=False, name=None)
    ]


def test_parts_of_a_census_total() -> None:
    found = rows(
        "The population of Freedonia was 2,400,000, of whom 1,300,000 were male and "
        "1,100,000 were female."
    )
    assert ("Freedonia", "male", 1300000, "people") in found
    assert ("Freedonia", "female", 1100000, "people") in found
    assert ("Freedonia", "population", 2400000, "people") in found


def test_a_people_among_the_inhabitants() -> None:
    found = rows("The population of Freedonia was 2,400,000, of whom 300,000 were Sylvanians.")
    assert ("Freedonia", "Sylvanians", 300000, "people") in found


def test_a_class_of_a_counted_people() -> None:
    found = rows("By the census of 1861 the Sylvanians numbered 34,834, of whom 57 were women.")
    assert [r for r in found if r[1:] == ("women", 57, "people")]


@pytest.mark.parametrize(
    "answer",
    [
        # a force, not a population
        "Freedonia sent 20,000 soldiers, of whom 3,000 were Sylvanians.",
        # a toll after the population: its part is no group
        "The population of Freedonia was 2,400,000; the war killed 30,000, "
        "of whom 3,000 were women.",
        "The population of Freedonia was 2,400,000, of whom 300,000 were killed.",
    ],
)
def test_no_part_of_other_counts(answer: str) -> None:
    assert [r for r in rows(answer) if r[1] != "population"] == []
