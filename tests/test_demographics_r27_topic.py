"""The place an answer opens with, no list holding it, is the topic of its later figures."""

from __future__ import annotations

import pandas as pd

from karabakh_nb.demographics import extract_demographics


def rows(answer: str, question: str) -> list[tuple]:
    qa = pd.DataFrame({"id": ["t:1"], "question": [question], "answer": [answer]})
    frame = extract_demographics(qa)
    return [tuple(r) for r in frame[["subject", "group", "value"]].itertuples(index=False)]


def test_the_opening_town_over_the_state_asked_about() -> None:
    answer = (
        "Lowbury Colony is a settlement in the north of Paraguay. It was founded in 1926. "
        "The 10,000 residents are farmers."
    )
    assert rows(answer, "Who settled northern Paraguay?") == [
        ("Lowbury Colony", "population", 10000)
    ]


def test_a_known_state_opening_keeps_the_state_asked_about() -> None:
    answer = "Russia sent troops to Tajikistan. The country of 5.7 million people was at war."
    assert rows(answer, "What happened in Tajikistan?") == [("Tajikistan", "population", 5700000)]
