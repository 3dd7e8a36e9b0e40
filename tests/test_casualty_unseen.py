"""Casualty readings added for unseen text, each on an invented sentence.

The sentences are made up about Estonia and Latvia: each case checks one general
mechanism (a range's high end, a verb of leaving, a verb of killing), not a corpus file.
"""

from __future__ import annotations

import pandas as pd
import pytest

from karabakh_nb.casualties import extract_casualties


def rows(answer: str) -> list[tuple]:
    qa = pd.DataFrame({"id": ["t:1"], "question": ["What happened?"], "answer": [answer]})
    frame = extract_casualties(qa)
    return [tuple(r) for r in frame[["party", "category", "count"]].values]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # The high end of a range counts what its low end counts, past an aside after it.
        ("The war claimed the lives of at least 1 million, but possibly as many as 1.5–2 "
         "million Estonians, of whom 90% were civilians.",
         [("Estonia", "unspecified", 1_000_000), ("Estonia", "unspecified", 1_500_000),
          ("Estonia", "unspecified", 2_000_000)]),
        # "estimates place this between": a figure restating the people counted before.
        ("In 1990, 300 Estonians were killed. Later estimates place this between "
         "400 – 500.",
         [("Estonia", "unspecified", 300), ("Estonia", "unspecified", 400),
          ("Estonia", "unspecified", 500)]),
    ],
)  # fmt: skip
def test_ranges(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # Leaving a place named: displaced, and the place's people.
        ("Some 45,000 people left Estonia by boat.", [("Estonia", "displaced", 45_000)]),
        ("Almost 8,000 children who left Latvia arrived safely abroad.",
         [("Latvia", "displaced", 8000)]),
        ("It is estimated that 800 children left the Arcadia area in the following weeks.",
         [("unspecified", "displaced", 800)]),
        # Leaving is no displacement with no place named, nor a figure left behind.
        ("About 300 people left early in the morning.", []),
        ("The shelling left 40 people dead.", [("unspecified", "unspecified", 40)]),
        # Soldiers who leave are not displaced.
        ("Some 2,000 Estonian troops left Latvia.", []),
        ("Latvia decided to evict 30,000 Estonians living there.",
         [("Estonia", "displaced", 30_000)]),
        ("About 41,000 villagers were relocated to the coast.",
         [("unspecified", "displaced", 41_000)]),
    ],
)  # fmt: skip
def test_leaving(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "butchered" is a casualty verb, before or after its figure.
        ("The militia butchered 300 villagers.", [("unspecified", "civilian", 300)]),
        ("In the town 120 villagers were butchered.", [("unspecified", "civilian", 120)]),
    ],
)  # fmt: skip
def test_killed(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "on each side" is a figure of each side; "on both sides" of the two together.
        ("Estonia and Latvia fought for a year, with about 3,000 dead on each side.",
         [("Estonia", "unspecified", 3000), ("Latvia", "unspecified", 3000)]),
        ("Estonia and Latvia fought for a year; 3,000 soldiers died on both sides.",
         [("unspecified", "military", 3000)]),
    ],
)  # fmt: skip
def test_sides(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A hedge before the noun is a word of its noun phrase.
        ("The army killed 1,400 presumed rebel combatants.", [("unspecified", "military", 1400)]),
        ("A helicopter dumped the bodies of six executed Latvians.",
         [("Latvia", "unspecified", 6)]),
        # A spelling of a demonym: "Salvadorean".
        ("About 107 Salvadorean soldiers were killed.", [("El Salvador", "military", 107)]),
        # "would kill": a casualty verb before its figure.
        ("A war that would kill about 15,000 people, leave 1,700 missing.",
         [("unspecified", "unspecified", 15_000), ("unspecified", "missing", 1700)]),
        ("Close to a million people experienced displacement.",
         [("unspecified", "displaced", 1_000_000)]),
    ],
)  # fmt: skip
def test_more_readings(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # The two ends of a range count the same people: whose one end is, the other is.
        ("By some estimates, 10,000 to 20,000 people died on the Estonian side.",
         [("Estonia", "unspecified", 10_000), ("Estonia", "unspecified", 20_000)]),
        # Two figures of different kinds are no range: each keeps its own party.
        ("At least 300 people were killed and up to 200 Estonians wounded.",
         [("unspecified", "unspecified", 300), ("Estonia", "wounded", 200)]),
    ],
)  # fmt: skip
def test_range_party(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A part with a predicate of its own: the whole it is part of is not a casualty.
        ("Latvia sent 1,500 peacekeepers, 12 of whom were killed.",
         [("unspecified", "military", 12)]),
        ("The army deployed 5,000 troops, 300 of them were killed.",
         [("unspecified", "military", 300)]),
        # A part inside an aside leaves the whole its predicate.
        ("About 200 people, 40 of them children, were killed.",
         [("unspecified", "unspecified", 200), ("unspecified", "civilian", 40)]),
    ],
)  # fmt: skip
def test_whole_of_a_part(answer, expected):
    assert rows(answer) == expected


def test_estimates_that_vary_widely():
    # "vary widely, from ... to as many as ...": the two ends of a toll's range.
    assert rows("Estimates of deaths vary widely, from 50,000 to as many as 300,000.") == [
        ("unspecified", "unspecified", 50_000),
        ("unspecified", "unspecified", 300_000),
    ]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # The abbreviations of an infobox: killed, wounded, missing in action.
        ("Latvian forces: 1,200 KIA, 3,400 WIA, 300 MIA.",
         [("Latvia", "military", 1200), ("Latvia", "wounded", 3400), ("Latvia", "missing", 300)]),
        ("The Estonian army suffered 8,000 KIA and 20,000 WIA.",
         [("Estonia", "military", 8000), ("Estonia", "wounded", 20_000)]),
        # "c." qualifies a figure: no sentence ends there.
        ("Estonia: c. 10,000 killed, 3,000 wounded, 500 captured.",
         [("Estonia", "unspecified", 10_000), ("Estonia", "wounded", 3000)]),
    ],
)  # fmt: skip
def test_infobox_abbreviations(answer, expected):
    assert rows(answer) == expected


def test_an_estimated_figure_is_no_report():
    answer = "The Estonians lost an estimated 12,000 dead."
    qa = pd.DataFrame({"id": ["t:1"], "question": ["?"], "answer": [answer]})
    frame = extract_casualties(qa)
    assert frame[["party", "count", "qualifier"]].values.tolist() == [["Estonia", 12_000, "approx"]]
    assert frame["reported_by"].tolist() == [None]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # Soldiers an unnamed government reports, in a sentence naming no one: the one
        # party the answer named before.
        ("Fighting broke out in Estonia in May. By June, the government confirmed that 111 "
         "soldiers had been killed.", [("Estonia", "military", 111)]),
        # Not with two parties named before, nor for people of no kind, nor for rebels.
        ("Estonia and Latvia clashed in May. The government said 111 soldiers were killed.",
         [("unspecified", "military", 111)]),
        ("Fighting broke out in Estonia in May. By June, 111 soldiers had been killed.",
         [("unspecified", "military", 111)]),
        ("Fighting broke out in Estonia in May. By June, 111 people had been killed.",
         [("unspecified", "unspecified", 111)]),
        ("Fighting broke out in Estonia in May. By June, 111 rebels had been killed.",
         [("unspecified", "military", 111)]),
    ],
)  # fmt: skip
def test_soldiers_of_the_one_side_named(answer, expected):
    assert rows(answer) == expected


def test_found_dead():
    assert rows("At least 300 were found dead after the raid.") == [
        ("unspecified", "unspecified", 300)
    ]
    assert rows("Some 40 Estonian soldiers were found dead.") == [("Estonia", "military", 40)]


def test_a_toll_with_an_aside():
    assert rows("Total casualties (killed and wounded) exceeded 50,000.") == [
        ("unspecified", "unspecified", 50_000)
    ]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # The internally displaced are not those of a body's name that reports them ...
        ("The Displacement Tracking Matrix Estonia estimates that 45,000 individuals have "
         "been internally displaced.", [("unspecified", "displaced", 45_000)]),
        # ... but a state's own report is of its people.
        ("Estonia says some 30,000 people are internally displaced.",
         [("Estonia", "displaced", 30_000)]),
    ],
)  # fmt: skip
def test_internally_displaced_and_their_reporter(answer, expected):
    assert rows(answer) == expected


def test_the_source_of_displaced_people():
    # "X was the source of N uprooted people": X's people, and so are the parts named.
    assert rows(
        "Estonia was the source of at least 3.6 million uprooted people in 2003, including "
        "more than 3.2 million internally displaced persons."
    ) == [("Estonia", "displaced", 3_600_000), ("Estonia", "displaced", 3_200_000)]
    # A demonym before "source" is no origin.
    assert rows("The Latvian camp was the source of 300 refugees.") == [
        ("unspecified", "displaced", 300)
    ]


def test_evacuees_are_displaced():
    # A passage whose only casualty word is "evacuees" is read.
    expected = [("unspecified", "displaced", 12_000)]
    assert rows("There were 12,000 evacuees in the camps.") == expected
