"""Demographic readings of this round: invented places and peoples, one mechanism each."""

from __future__ import annotations

import pytest

from karabakh_nb.demographic_subjects import question_place
from tests.test_demographics import rows


@pytest.mark.parametrize(
    ("question", "place"),
    [
        # A unit named by a people and a capitalised kind of place is a place of its own.
        ("What is the population of the Sylvan Region of Freedonia?", "Sylvan Region"),
        ("Is Freedonia's Sylvan Province mostly Catholic?", "Sylvan Province"),
        ("Is Ethiopias Somali Region mostly Somali?", "Somali Region"),
        # A unit the lexicon holds keeps its name; a lower-case kind is not part of it.
        ("How many people live in the Donetsk Oblast?", "Donetsk"),
        ("What is the population of Lowbury district?", "Lowbury"),
    ],
)
def test_a_named_region_in_the_question_is_the_place(question, place):
    assert question_place(question) == place


def test_a_named_region_is_the_subject_of_the_answer():
    about = "What is the population of the Sylvan Region of Freedonia?"
    assert rows("According to the census, 98.7% of the population are Lutheran.", about) == [
        ("Sylvan Region", "Lutheran", 98.7, "percent", "exact", None)
    ]
