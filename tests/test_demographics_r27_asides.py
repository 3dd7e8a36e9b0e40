"""A population's figure after the census it is from, with no commas around it."""

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


@pytest.mark.parametrize(
    "answer",
    [
        "The total population of Freedonia according to the 1950 census was 2,400,000.",
        "The population of Freedonia according to the census of 1950 was 2,400,000.",
    ],
)
def test_population_after_its_census(answer: str) -> None:
    assert ("Freedonia", "population", 2400000, "people") in rows(answer)


@pytest.mark.parametrize(
    "answer",
    [
        # a census's office, not the census's count
        "The population of Freedonia according to the census office grew by 2,400,000 visits.",
        # not a population
        "The army of Freedonia according to the 1950 census was 40,000 strong.",
    ],
)
def test_no_population_from_other_counts(answer: str) -> None:
    assert not [r for r in rows(answer) if r[1] == "population"]


@pytest.mark.parametrize(
    "answer",
    [
        "The estimated population of Freedonia (Sylvania excluded) is given as 2,400,000.",
        "The population of Freedonia (Sylvania included) was 2,400,000.",
    ],
)
def test_population_after_a_bracket_of_what_it_leaves_out(answer: str) -> None:
    assert ("Freedonia", "population", 2400000, "people") in rows(answer)


def test_a_demonym_empire_is_its_state() -> None:
    found = rows(
        "The population of the Chinese Empire (Tibet excluded) was 300,000,000, while "
        "the population of Tibet was 1,000,000."
    )
    assert ("China", "population", 300000000, "people") in found
    assert ("Tibet", "population", 1000000, "people") in found


def test_no_state_from_a_demonym_alone() -> None:
    # a demonym before a noun that is no kind of state names no place
    assert not [
        r for r in rows("Chinese soldiers (Tibet excluded) were 300,000 strong.") if r[0] == "China"
    ]
