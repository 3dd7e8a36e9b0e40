"""The place a question asks about: a people's realm ("the Sylvan kingdom") is a place."""

from __future__ import annotations

import pandas as pd
import pytest

from karabakh_nb.demographic_subjects import question_place
from karabakh_nb.demographics import extract_demographics


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("What was the population of the Sylvan kingdom?", "Sylvan kingdom"),
        ("How many people lived in the 19th-century Sylvan kingdom?", "Sylvan kingdom"),
        ("What was the population of the Ruritanian empire?", "Ruritanian empire"),
        # a state's demonym names the state
        ("What was the population of the Chinese empire?", "China"),
    ],
)
def test_realm_of_a_people(question: str, place: str) -> None:
    assert question_place(question) == place


def test_no_realm_without_a_kind_of_realm() -> None:
    assert question_place("Who ruled the Sylvan nation?") != "Sylvan nation"
    assert question_place("Who ruled the Sylvan nation?") != "Sylvan kingdom"


def test_its_population_is_the_realms() -> None:
    qa = pd.DataFrame(
        {
            "id": ["t:1"],
            "question": ["What was the population of the Sylvan kingdom?"],
            "answer": ["It was a monarchy. Its population was estimated at 250,000."],
        }
    )
    frame = extract_demographics(qa)
    assert frame[["subject", "value"]].values.tolist() == [["Sylvan kingdom", 250000]]
