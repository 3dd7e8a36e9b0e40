"""Whose people a casualty figure counts, read from the figure's own sentence (made up).

Each case is one invented sentence about a made-up war between real states: the rule
is general, not read from a corpus file.
"""

from __future__ import annotations

import pandas as pd
import pytest

from karabakh_nb.casualties import extract_casualties


def rows(answer: str, question: str = "What happened?") -> list[tuple]:
    qa = pd.DataFrame({"id": ["t:1"], "question": [question], "answer": [answer]})
    frame = extract_casualties(qa)
    return [tuple(r) for r in frame[["party", "category", "count", "qualifier"]].values]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A force named before a noun of its losses owns them, past its acronym: soldiers.
        ("The Estonian Defence Forces (EDF) death toll ranges from 40 to 45.",
         [("Estonia", "military", 40, "at_least"), ("Estonia", "military", 45, "at_most")]),
        ("The Latvian Army death toll was 300.", [("Latvia", "military", 300, "exact")]),
        # A state's own casualties keep their kind.
        ("Latvian deaths numbered 300.", [("Latvia", "unspecified", 300, "exact")]),
    ],
)  # fmt: skip
def test_a_force_owns_its_losses(answer, expected):
    assert rows(answer) == expected


def test_a_regions_fighters_are_its_sides():
    found = rows("The number of Chechen military deaths was 900, and of Chechen civilian"
                 " deaths 4,000.")  # fmt: skip
    assert found[0] == ("Ichkeria", "military", 900, "exact")
