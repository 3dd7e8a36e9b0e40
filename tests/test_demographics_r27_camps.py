"""A camp or colony named as a sentence's subject is the place of "the camp" after it."""

from __future__ import annotations

import pandas as pd

from karabakh_nb.demographic_subjects import sentence_town
from karabakh_nb.demographics import extract_demographics


def rows(answer: str, question: str = "What was it?") -> list[tuple]:
    qa = pd.DataFrame({"id": ["t:1"], "question": [question], "answer": [answer]})
    frame = extract_demographics(qa)
    return [tuple(r) for r in frame[["subject", "group", "value"]].itertuples(index=False)]


def test_the_camp_is_the_one_named_before() -> None:
    answer = "Lowbury camp was set up to hold detainees. By 1959 the camp held a population of 506."
    assert rows(answer) == [("Lowbury camp", "population", 506)]


def test_a_colony_keeps_its_kind() -> None:
    assert sentence_town("Marlow colony was founded in 1926.") == (0, "Marlow colony")


def test_a_kind_of_place_is_no_part_of_the_name() -> None:
    # a district is a kind of place after the name, not part of it
    assert sentence_town("Marlow district had 40,000 inhabitants.") == (0, "Marlow")
