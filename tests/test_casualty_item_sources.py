"""Round 26 casualty mechanisms, each on an invented sentence about real states.

A source named inside one item of a semicolon list gives that item's figure only; the
adherents of a faith counted as the dead are civilians; people held in camps, and a
displaced population, are displaced; security officials, defenders, besiegers and
attackers are soldiers.
"""

from __future__ import annotations

import pandas as pd

from karabakh_nb.casualties import extract_casualties


def rows(answer: str) -> list[tuple]:
    qa = pd.DataFrame({"id": ["t:1"], "question": ["What happened?"], "answer": [answer]})
    frame = extract_casualties(qa)
    return [tuple(r) for r in frame[["party", "category", "count", "reported_by"]].values]


def test_each_item_keeps_its_own_source():
    got = rows(
        "Losses 40,000 civilians killed (est.); 700 people killed according to Estonia's "
        "government; 9,000 people killed according to Amnesty International."
    )
    assert got == [
        ("unspecified", "civilian", 40_000, None),
        ("Estonia", "unspecified", 700, "Estonia's government"),
        ("unspecified", "unspecified", 9_000, "Amnesty International"),
    ]


def test_a_source_opening_the_sentence_gives_every_item():
    got = rows("According to the Latvian government, 800 people were killed; 300 were wounded.")
    assert got == [
        ("Latvia", "unspecified", 800, "Latvian government"),
        ("Latvia", "wounded", 300, "Latvian government"),
    ]


def test_christians_killed_are_civilians():
    assert rows("In 1921 some 3,000 Estonian Christians were killed in the north.") == [
        ("Estonia", "civilian", 3_000, None)
    ]
    assert rows("In May, forty Christians were killed in Riga.") == [
        ("unspecified", "civilian", 40, None)
    ]


def test_people_held_in_camps_are_displaced():
    assert rows("Between 20,000 and 30,000 Estonians were held in the camps.") == [
        ("Estonia", "displaced", 20_000, None),
        ("Estonia", "displaced", 30_000, None),
    ]
    assert rows("Some 2,000 people held in the old fortress were released.") == []


def test_a_displaced_population_is_a_toll_of_the_displaced():
    assert rows("The displaced population of Latvia stood at 90,000 in 1995.") == [
        ("Latvia", "displaced", 90_000, None)
    ]


def test_security_officials_defenders_and_besiegers_are_military():
    assert [r[:3] for r in rows("In 1990, 40 Latvian security officials were killed.")] == [
        ("Latvia", "military", 40)
    ]
    assert [r[:3] for r in rows("In May, 12 Estonian defenders were killed.")] == [
        ("Estonia", "military", 12)
    ]
