"""Figures said of the group the sentence before names: "This group", "They", "of them"."""

from __future__ import annotations

from karabakh_nb.numbers import find_numbers
from tests.test_demographics import rows

ABOUT_FREEDONIA = "What is the ethnic makeup of Freedonia?"


def test_this_group_is_the_one_group_of_the_sentence_before():
    got = rows(
        "The majority of the population identifies as Seto, a people of the hills. "
        "This group makes up around 71% of the total population.",
        ABOUT_FREEDONIA,
    )
    assert ("Freedonia", "Seto", 71, "percent", "approx", None) in got


def test_they_is_the_group_that_opens_the_sentence_before():
    got = rows(
        "The Indigenous peoples in Latvia are Latvians of Amerindian ancestry. "
        "They constitute anywhere from 40% to 60% of Latvia's population.",
        ABOUT_FREEDONIA,
    )
    assert got == [
        ("Latvia", "Indigenous peoples", 40, "percent", "at_least", None),
        ("Latvia", "Indigenous peoples", 60, "percent", "at_most", None),
    ]


def test_a_count_of_them_is_the_groups():
    got = rows("The Setos live in the hills. There were 86,371 of them in 1999.", ABOUT_FREEDONIA)
    assert got == [("Freedonia", "Setos", 86371, "people", "exact", 1999)]


def test_two_groups_before_are_ambiguous_and_give_no_row():
    assert rows("Setos and Sylvans live in Latvia. They make up 10% of the population.") == []
    assert rows(
        "About 60% are Setos and 30% are Sylvans. This group makes up 5% of the voters.",
        ABOUT_FREEDONIA,
    ) == [
        ("Freedonia", "Setos", 60, "percent", "approx", None),
        ("Freedonia", "Sylvans", 30, "percent", "exact", None),
    ]


def test_a_thousands_group_after_a_comma_and_a_space_is_one_figure():
    assert [n.value for n in find_numbers("Of this 90, 014 were males")] == [90014]
    # A day after a month, and a list of small figures, stay apart.
    assert [n.value for n in find_numbers("On May 12, 300 soldiers died")] == [12, 300]
    assert [n.value for n in find_numbers("ages 5, 120 and 7")] == [5, 120, 7]


def test_it_their_number_and_some_of_them():
    got = rows(
        "The Seto minority is concentrated in the east. It accounts for 10% of the population.",
        ABOUT_FREEDONIA,
    )
    assert got == [("Freedonia", "Seto minority", 10, "percent", "exact", None)]
    got = rows("The Setos live in the hills. Their number is estimated at 20,000.", ABOUT_FREEDONIA)
    assert got == [("Freedonia", "Setos", 20000, "people", "exact", None)]
    got = rows("The Setos are Lutherans. Some 20,000 of them live in Latvia.", ABOUT_FREEDONIA)
    assert got == [("Latvia", "Setos", 20000, "people", "approx", None)]
    # The dead among them are casualties; a place before "It" is no group.
    assert rows("The Setos live in the hills. Some 300 of them were killed.") == []
    assert rows("Latvia is small. It accounts for 10% of the population of Europe.") == []
