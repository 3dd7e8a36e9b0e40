"""Parts of a population read from how news and census prose state them (invented sentences).

A count of a part after its whole ("115,000 inhabitants, 30,000 of them Setos"), "the number
of X in Y in YEAR was N", and the like: each case lists every row by tests/corpus/ANNOTATING.md.
"""

from __future__ import annotations

import pytest

from tests.test_demographics import rows

Q = "What is Latvia like?"
P = "population"
PP = "people"
PC = "percent"

CASES: list[tuple[str, list[tuple]]] = [
    ("Lowbury had around 115,000 inhabitants at the time, around 30,000 of them Setos.",
     [("Lowbury", P, 115000, PP, "approx", None),
      ("Lowbury", "Setos", 30000, PP, "approx", None)]),
    ("The camp held 500 people, 120 of them killed in the raid.",
     []),
    ("The number of females in Latvia in 1950 was 1,234,567.",
     [("Latvia", "females", 1234567, PP, "exact", 1950)]),
    ("In 2010, some 15.7 percent said they were Setos, while 76 percent said they were Sylvans.",
     [("Latvia", "Setos", 15.7, PC, "approx", 2010),
      ("Latvia", "Sylvans", 76, PC, "exact", 2010)]),
    ("Of those asked, 1.2 million, or 60.5 percent of the country, said Sylvan.",
     [("Latvia", "Sylvan", 60.5, PC, "exact", None),
      ("Latvia", "Sylvan", 1200000, PP, "exact", None)]),
    ("About 40% said Latvia should join the union.", []),
    ("The population of Lowbury, where the siege lasted 41 days, has fallen to nearly 9,000,"
     " as some 30,000 people were displaced by the fighting.",
     [("Lowbury", P, 9000, PP, "approx", None)]),
    ("The population of Latvia in 2020 is 3 million, against about 2.5 million in 2000.",
     [("Latvia", P, 3000000, PP, "exact", 2020), ("Latvia", P, 2500000, PP, "approx", 2000)]),
    ("The Setos numbered 45,000 in 1990, up from 30,000 in 1970.",
     [("Latvia", "Setos", 45000, PP, "exact", 1990),
      ("Latvia", "Setos", 30000, PP, "exact", 1970)]),
    ("The census counted 812,000 enslaved people, almost 12% of the total population.",
     [("Latvia", "enslaved", 812000, PP, "exact", None),
      ("Latvia", "enslaved", 12, PC, "approx", None)]),
    ("The census counted 20,400 black people.",
     [("Latvia", "black", 20400, PP, "exact", None)]),
]  # fmt: skip


def test_a_rule_row_takes_the_sentence_place_when_the_question_names_none() -> None:
    text = (
        "In the panic the inhabitants of Lowbury turned against the Seto population of the"
        " city, who at the time numbered 5-6,000 people."
    )
    assert sorted(rows(text, "what happened in the panic?"), key=repr) == [
        ("Lowbury", "Seto", 5000, PP, "at_least", None),
        ("Lowbury", "Seto", 6000, PP, "at_most", None),
    ]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_part_rows(text: str, expected: list[tuple]) -> None:
    assert sorted(rows(text, Q), key=repr) == sorted(expected, key=repr)


def test_a_count_of_a_group_after_had_is_not_a_population() -> None:
    got = rows(
        "Latvia had around 250,000 Setos in 1974, who made up around 3% of the population.", Q
    )
    assert sorted(got, key=repr) == [
        ("Latvia", "Setos", 250000, PP, "approx", 1974),
        ("Latvia", "Setos", 3, PC, "approx", 1974),
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The capital of Latvia, Riga, had a population of 355,000 in 1970.", "Riga"),
        # a name no list holds, plural-looking, apposed to a kind of place
        ("The capital of Northern Latvia, Lowbury Marques (Oldtown), had a population of"
         " 355,000 in 1970.", "Lowbury Marques"),
        ("The capital of Latvia had a population of 355,000 in 1970.", "Latvia"),
    ],
)  # fmt: skip
def test_the_place_apposed_to_a_kind_of_place_is_the_subject(text: str, place: str) -> None:
    assert rows(text, Q) == [(place, P, 355000, PP, "exact", 1970)]


def test_the_places_of_an_opening_apposition_are_not_the_subject() -> None:
    text = (
        "A mountain region in northern Georgia, Abkhazia is home to many peoples and has a"
        " population of 240,000 people."
    )
    assert [r[0] for r in rows(text, Q)] == ["Abkhazia"]


def test_inserted_rows_keep_each_value_as_read() -> None:
    import pandas as pd

    from karabakh_nb._frames import insert_rows

    frame = pd.DataFrame({"value": pd.Series([None], dtype=object), "evidence": ["e"]})
    out = insert_rows(frame, [{"value": 16, "evidence": "e"}, {"value": 57.9, "evidence": "e"}],
                      [0, 0])  # fmt: skip
    assert [type(v) for v in out["value"].tolist()[1:]] == [int, float]
