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
