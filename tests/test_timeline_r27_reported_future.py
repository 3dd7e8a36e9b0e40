"""Round 27: a future told in the past ("said that ... would") dates no event."""

import pandas as pd
import pytest

from karabakh_nb.timeline import extract_timeline


def dates(answer):
    qa = pd.DataFrame({"id": ["x:1"], "question": ["What happened?"], "answer": [answer]})
    return extract_timeline(qa)["date"].tolist()


@pytest.mark.parametrize(
    "answer",
    [
        "The U.S. president said that all Sylvanian troops would leave Freedonia by May 1, 2031.",
        "Sylvania announced that the withdrawal would begin on 1 May 2031.",
    ],
)
def test_a_future_told_in_the_past_is_no_event(answer):
    assert dates(answer) == []


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "The president said that all Sylvanian troops left Freedonia on May 1, 2031.",
            ["2031-05-01"],
        ),
        ("He said the troops would go home.On 5 May 2031, the war ended.", ["2031-05-05"]),
    ],
)
def test_a_told_past_or_a_next_sentence_is_an_event(answer, expected):
    assert dates(answer) == expected
