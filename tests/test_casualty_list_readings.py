"""Casualty and alliance readings found on the newest tuning files, on invented sentences.

Each case is made up (Estonia, Latvia, Lithuania, Freedonia): the rule is general English,
not read from a corpus file.
"""

from __future__ import annotations

import pandas as pd
import pytest

from karabakh_nb.alliances import extract_alliances
from tests.test_casualty_unseen import rows as casualties


def alliances(answer: str) -> set[tuple]:
    qa = pd.DataFrame({"id": ["t:1"], "question": ["What happened?"], "answer": [answer]})
    frame = extract_alliances(qa)
    return {(a, b, r) for a, b, r in frame[["a", "b", "relation"]].values}


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A figure list "N for X, M for Y and K for Z": each figure is its name's.
        (
            "One estimate puts the losses at 14,000 for Estonia, 9,500 for Latvia and 2,000 for "
            "Lithuania.",
            [("Estonia", "unspecified", 14000), ("Latvia", "unspecified", 9500),
             ("Lithuania", "unspecified", 2000)],
        ),
        # "N of them on the X side": a part of the figure before, the side's.
        (
            "The battle caused 2,100 deaths, 140 of them on the Estonian side.",
            [("unspecified", "unspecified", 2100), ("Estonia", "unspecified", 140)],
        ),
        # A noun of two words split by the reading: "U.S. service members" are soldiers.
        (
            "The war also claimed the lives of more than 3,100 U.S. service members.",
            [("United States", "military", 3100)],
        ),
        # "members of the X security forces" are what the force's noun says.
        (
            "The losses included 1,200 members of the Latvian security forces killed.",
            [("Latvia", "military", 1200)],
        ),
        # The toll named since the figure before gives the kind, not that figure.
        (
            "Another estimate puts Estonian military deaths at 12,000, while civilian deaths "
            "numbered between 150,000 and 400,000 Estonians.",
            [("Estonia", "military", 12000), ("Estonia", "civilian", 150000),
             ("Estonia", "civilian", 400000)],
        ),
        # Peasants are civilians; "hacked to death" is a killing.
        (
            "Over 300 peasants were hacked to death with machetes in the village.",
            [("unspecified", "civilian", 300)],
        ),
    ],
)  # fmt: skip
def test_casualty_readings(answer, expected):
    assert casualties(answer) == expected


def test_the_invasion_of_y_by_a_list_names_every_invader():
    found = alliances(
        "The crisis was an invasion of Estonia by Latvia, Lithuania and Finland in 1961."
    )
    assert found == {
        ("Estonia", "Latvia", "adversary"),
        ("Estonia", "Lithuania", "adversary"),
        ("Estonia", "Finland", "adversary"),
    }


def test_foes_named_after_a_noun_that_describes_them():
    found = alliances(
        "Estonia, meanwhile, attacked its former allies, Latvia and Lithuania, in June."
    )
    assert found == {("Estonia", "Latvia", "adversary"), ("Estonia", "Lithuania", "adversary")}


def test_a_name_after_a_preposition_is_not_the_subject_of_the_next_verb():
    found = alliances(
        "Estonia was dissatisfied with the division of the spoils in Finland, and attacked "
        "its former ally, Latvia, in June."
    )
    assert found == {("Estonia", "Latvia", "adversary")}
