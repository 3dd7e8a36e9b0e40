"""Casualty readings of round 28: the party whose soldiers a question counts.

The sentences are invented (Estonia and Latvia, made-up figures): each case checks
one form the rule reads, and the last ones are questions and answers it must not read.
"""

from __future__ import annotations

import pandas as pd
import pytest

from karabakh_nb.casualties import extract_casualties


def _rows(question: str, answer: str) -> list[tuple]:
    qa = pd.DataFrame({"id": ["t:1"], "question": [question], "answer": [answer]})
    frame = extract_casualties(qa)
    return [tuple(r) for r in frame[["party", "category", "count"]].values]


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # the soldiers "how many" counts are a party's: a figure naming no one is its
        ("How many Estonian soldiers died in the war?",
         "An estimated 4,505 were wounded in the war.",
         [("Estonia", "wounded", 4505)]),
        # "did X lose": the subject's losses
        ("How many soldiers did the Latvian army lose?",
         "It is accepted that 19,317 soldiers fell during the war.",
         [("Latvia", "military", 19317)]),
        # a place the question names is not the counted people's party
        ("How many soldiers died in Latvia?",
         "It is accepted that 19,317 soldiers fell during the war.",
         [("unspecified", "military", 19317)]),
        # a people counted with no soldiers' noun may be its civilians or refugees
        ("How many Estonians were killed?",
         "About 400,000 people had to flee.",
         [("unspecified", "displaced", 400000)]),
        # a sentence naming a party of its own keeps its rows
        ("How many Estonian soldiers died in the war?",
         "Latvia lost 1,911 soldiers in the first months.",
         [("Latvia", "military", 1911)]),
        # a question counting no one by name gives no party
        ("How many soldiers died in the war?",
         "An estimated 4,505 were wounded in the war.",
         [("unspecified", "wounded", 4505)]),
    ],
)  # fmt: skip
def test_question_counted_party(question, answer, expected):
    assert _rows(question, answer) == expected
