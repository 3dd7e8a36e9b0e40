"""A share said of the group before by a pronoun after an opening adverbial."""

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
    "second",
    [
        "According to various estimates, they make up 15% of the population.",
        "According to the 2010 census, they made up 15% of the population.",
        "In 2010, they made up 15% of the population.",
        "Today, the latter account for 15%.",
    ],
)
def test_pronoun_after_an_opening_adverbial(second: str) -> None:
    answer = "The Setos are the largest minority in Turkey. " + second
    assert ("Turkey", "Setos", 15, "percent") in rows(answer)


def test_no_share_of_a_pronoun_growing() -> None:
    answer = (
        "The Setos are the largest minority in Turkey. According to the census, it grew by 15%."
    )
    assert [r for r in rows(answer) if r[2] == 15] == []
