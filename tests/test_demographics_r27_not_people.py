"""Figures that are no place's people: the displaced's, and counts of groups of people."""

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
        "The Sylvanian displaced population stood at 508,600 in mid-2014.",
        "The refugee population of Freedonia stood at 508,600 in 2014.",
        "The prison population of Freedonia was 40,000.",
        "Freedonia is home to around 60 indigenous ethnic groups and 80 dialects.",
        "Freedonia is home to some 12 major ethnic groups.",
    ],
)
def test_no_population(answer: str) -> None:
    assert rows(answer) == []


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("The population of Freedonia stood at 508,600 in 2014.", 508600),
        ("Freedonia is home to around 60,000 people.", 60000),
    ],
)
def test_the_population_itself(answer: str, value: int) -> None:
    assert ("Freedonia", "population", value, "people") in rows(answer)
