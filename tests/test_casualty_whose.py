"""Whose dead: a party the text makes plain around a figure that names none (made up).

Invented sentences about made-up wars between real states: each rule is general English,
not read from a corpus file.
"""

from __future__ import annotations

import pytest

from tests.test_casualties import rows


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


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Probably close to half a million of the lives lost were Estonian; civilian losses"
         " are unknown.", [("Estonia", "unspecified", 500_000, "approx")]),
        ("300 of the dead were Latvians.", [("Latvia", "unspecified", 300, "exact")]),
        # Two peoples, or a state's name, are no one people.
        ("The 300 dead were mostly Estonian and Latvian civilians.",
         [("unspecified", "unspecified", 300, "exact")]),
        ("300 of the dead were Estonia's.", [("unspecified", "unspecified", 300, "exact")]),
    ],
)  # fmt: skip
def test_a_people_named_as_the_predicate(answer, expected):
    assert rows(answer) == expected


def test_other_people_say_whose_the_figure_before_counts():
    assert rows(
        "To these figures must be added 716 wounded handed over to the Red Cross, with the"
        " bodies of 13 other Estonians."
    ) == [("Estonia", "wounded", 716, "exact"), ("Estonia", "unspecified", 13, "exact")]
    assert rows("300 soldiers died, along with 20 other Latvians.") == [
        ("Latvia", "military", 300, "exact"),
        ("Latvia", "military", 20, "exact"),
    ]
    # Without "other" the next people say nothing of the figure before.
    assert rows("300 soldiers died, along with 20 Latvians.")[0][0] == "unspecified"


def test_the_ship_is_the_craft_the_sentence_before_named():
    assert rows(
        "A Latvian Navy ship was struck by two missiles fired from an Estonian plane. Both"
        " missiles hit the ship, and one exploded in crew quarters, killing 37 sailors and"
        " wounding 21."
    ) == [("Latvia", "military", 37, "exact"), ("Latvia", "wounded", 21, "exact")]
    # Two parties' ships, or a craft of another kind, say nothing.
    assert rows(
        "A Latvian ship and an Estonian ship collided. The ship sank, killing 37 sailors."
    ) == [("unspecified", "military", 37, "exact")]
    assert rows("A Latvian ship was struck. The plane crashed, killing 37 passengers.") == [
        ("unspecified", "civilian", 37, "exact")
    ]


def test_a_running_toll_counts_the_people_counted_before():
    assert rows(
        "Fighting broke out in May 1998, displacing an estimated 100,000 Estonians. Renewed"
        " fighting caused a new wave of displacement, bringing the total number of IDPs to"
        " 266,200 by the end of 1999."
    ) == [("Estonia", "displaced", 100_000, "approx"), ("Estonia", "displaced", 266_200, "exact")]
    # A total that is no running one may be every side's.
    assert rows("Latvia lost 300 soldiers. The total number of dead was 5,000.")[1][0] == (
        "unspecified"
    )
    # Nor is a running toll of another kind the same people's.
    assert (
        rows(
            "Fighting displaced 100,000 Estonians. Later shelling brought the death toll to 4,000."
        )[1][0]
        == "unspecified"
    )


def test_the_dead_a_sentence_before_spoke_of():
    assert rows(
        "The Latvian public was told this evening how many of its sons died or were injured."
        " The official announcement put the dead at 1854 in 18 days of fighting and the"
        " wounded at 1800."
    ) == [("Latvia", "unspecified", 1854, "exact"), ("Latvia", "wounded", 1800, "exact")]
    # A killer's victims are not its own dead, nor are two parties' dead one party's.
    assert rows("Latvian troops massacred villagers. The toll was put at 300.")[0][0] == (
        "unspecified"
    )
    assert rows("Latvians and Estonians died. The toll was put at 300.")[0][0] == "unspecified"


def test_displaced_people_opening_the_next_sentence_are_the_same_peoples():
    found = rows(
        "Estonia was the source of 3.6 million uprooted people in 2003. Some 1 million people"
        " newly fled their homes during the year, including about 40,000 who sought refuge"
        " abroad."
    )
    assert [r[0] for r in found] == ["Estonia", "Estonia", "Estonia"]
    # People killed after people displaced may be anyone's.
    found = rows("Estonia was the source of 3.6 million refugees. Some 9,000 people died.")
    assert found[1][0] == "unspecified"


def test_such_people_are_those_the_sentence_before_named():
    assert rows(
        "The bureau had seen an increase of 300 percent in the number of Estonian refugees in"
        " the region. The bureau estimates that the total number of such refugees is about"
        " 870,000."
    ) == [("Estonia", "displaced", 870_000, "approx")]
    # Two parties' refugees before: whose the text does not say.
    assert rows(
        "There were Estonian and Latvian refugees in 1990. The number of such refugees rose"
        " to 300,000."
    ) == [("unspecified", "displaced", 300_000, "exact")]


def test_the_losses_of_a_force_of_no_name_are_the_one_partys_named_before():
    assert rows(
        "Estonia was gripped by civil war in 1990. Among the security forces there had been"
        " more than 1,700 dead."
    ) == [("Estonia", "unspecified", 1700, "at_least")]
    assert rows("Latvia was at war in 1990. The army lost 300 soldiers.")[0][0] == "Latvia"
    # Two parties named before, or a force that killed, say nothing.
    assert rows("Estonia fought Latvia in 1990. The army lost 300 soldiers.")[0][0] == (
        "unspecified"
    )
    assert (
        rows("Latvia was at war in 1990. Shelling by government forces left 300 people dead.")[0][0]
        == "unspecified"
    )


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "of its own soldiers" is "of its soldiers".
        ("Latvia said 300 of its own soldiers died in the fighting.",
         [("Latvia", "military", 300, "exact")]),
        # A loss verb joined to a clause whose object is the last name: the subject's.
        ("Latvia invaded Estonia in 1990 and lost 300 soldiers.",
         [("Latvia", "military", 300, "exact")]),
        ("Latvia invaded Estonia in 1990 and suffered some 300 casualties.",
         [("Latvia", "unspecified", 300, "approx")]),
        # The last name is the subject of its own verb: its losses.
        ("When Latvia invaded, Estonia resisted and lost 300 soldiers.",
         [("Estonia", "military", 300, "exact")]),
        ("Latvia and Estonia fought for a year, and Estonia lost 300 soldiers.",
         [("Estonia", "military", 300, "exact")]),
    ],
)  # fmt: skip
def test_the_loser_is_the_subject_of_the_loss_verb(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A rate counts people per day or week, no toll.
        ("The Latvians were losing up to 3,000 men a day.", []),
        ("About 50 civilians were killed every day.", []),
        ("Latvia lost 300 soldiers per week during the siege.", []),
        ("More than 1,000 Latvians fled within a week.",
         [("Latvia", "displaced", 1000, "at_least")]),
        # "in a day", "on a single day" and "a day later" are tolls.
        ("Latvia lost 3,000 soldiers in a day.", [("Latvia", "military", 3000, "exact")]),
        ("Latvia lost 300 soldiers on a single day.", [("Latvia", "military", 300, "exact")]),
        ("300 soldiers were killed, and a day later 200 more died.",
         [("unspecified", "military", 300, "exact"), ("unspecified", "military", 200, "exact")]),
    ],
)  # fmt: skip
def test_a_rate_is_no_toll(answer, expected):
    assert rows(answer) == expected
