"""Whose dead: a party the text makes plain around a figure that names none (made up).

Invented sentences about made-up wars between real states: each rule is general English,
not read from a corpus file.
"""

from __future__ import annotations

import pandas as pd
import pytest

from karabakh_nb.casualties import extract_casualties


def rows(answer: str) -> list[tuple]:
    qa = pd.DataFrame({"id": ["t:1"], "question": ["What happened?"], "answer": [answer]})
    frame = extract_casualties(qa)
    return [tuple(r) for r in frame[["party", "category", "count", "qualifier"]].values]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # The whole is a figure of its own, with a relative clause after it.
        ("Of some 9,000 Estonians who fought in the hills, almost 700 died there.",
         [("Estonia", "unspecified", 700, "approx")]),
        ("Of the 9,000 Estonians who fought in the hills, 700 died.",
         [("Estonia", "unspecified", 700, "exact")]),
        # The whole names its people, then a "which" clause with a figure.
        ("Of the Latvian population, which numbered about 900,000, at least 3,400 lost"
         " their lives and as many as 2,000 may have died of cholera.",
         [("Latvia", "unspecified", 3400, "at_least"), ("Latvia", "unspecified", 2000, "at_most")]),
        # An opening "Of" that is no whole names no one.
        ("Of course, 700 died.", [("unspecified", "unspecified", 700, "exact")]),
    ],
)  # fmt: skip
def test_a_part_of_a_whole_is_the_wholes_people(answer, expected):
    assert rows(answer) == expected
