"""General English phrasings of shares, counts and majorities, on invented sentences."""

from __future__ import annotations

import pytest

from tests.test_demographics import rows

ABOUT_FREEDONIA = "What is the ethnic makeup of Freedonia?"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A people named by the language it speaks.
        (
            "Sylvan speakers make up 30% of the population.",
            ("Freedonia", "Sylvan speakers", 30, "percent", "exact"),
        ),
        (
            "The percentage of Sylvan speakers was closer to 10% in 1989.",
            ("Freedonia", "Sylvan speakers", 10, "percent", "approx"),
        ),
        # "One in N" of a people, or of the people in a place.
        ("One in five Latvians is Protestant.", ("Latvia", "Protestant", 20, "percent", "exact")),
        (
            "One in four people in Latvia is Catholic.",
            ("Latvia", "Catholic", 25, "percent", "exact"),
        ),
        # Majorities: "nearly all", "almost entirely", "largely made up of", "speaks".
        ("Nearly all Latvians are Lutheran.", ("Latvia", "Lutheran", None, "percent", "majority")),
        (
            "The population is almost entirely Muslim.",
            ("Freedonia", "Muslim", None, "percent", "majority"),
        ),
        (
            "Latvia's population is largely made up of ethnic Sylvans.",
            ("Latvia", "ethnic Sylvans", None, "percent", "majority"),
        ),
        (
            "The majority of the population speaks Sylvan.",
            ("Freedonia", "Sylvan", None, "percent", "majority"),
        ),
        # Verbs of naming oneself.
        (
            "In the census 12% defined themselves as Setos.",
            ("Freedonia", "Setos", 12, "percent", "exact"),
        ),
        (
            "About 40% of the population self-identify as Lutherans.",
            ("Freedonia", "Lutherans", 40, "percent", "approx"),
        ),
        # A group noun whose share is estimated; a group where it lives, its share in brackets.
        (
            "Latvia has a large Sylvan minority, estimated at 20% of the population.",
            ("Latvia", "Sylvan", 20, "percent", "exact"),
        ),
        (
            "The rights of Seto communities living in Latvia (0.17%) are set by statute.",
            ("Latvia", "Seto", 0.17, "percent", "exact"),
        ),
        # Populations: "at the time", a later figure "has since declined to".
        (
            "Some 5,000 people died, out of a population at the time of 90,000.",
            ("Freedonia", "population", 90000, "people", "exact"),
        ),
        (
            "The population of Latvia was about 4 million in 2000 and has since declined"
            " to 3.5 million.",
            ("Latvia", "population", 3500000, "people", "exact"),
        ),
        # A community's count in a relative clause; settlers counted by what a place has.
        (
            "The Seto community of Latvia, which numbered 93,000 in 1935, was dispersed.",
            ("Latvia", "Seto", 93000, "people", "exact"),
        ),
        (
            "The population of Latvia includes about 150,000 Sylvan settlers.",
            ("Latvia", "Sylvan settlers", 150000, "people", "approx"),
        ),
        (
            "The population of Latvia includes some 150,000-160,000 Sylvan immigrants.",
            ("Latvia", "Sylvan immigrants", 160000, "people", "at_most"),
        ),
        # Fact-sheet headings are no places; an infobox's "Total"; "peaked at".
        (
            "Ethnicity (2011): 62.1% Sylvans, 26.9% Setos",
            ("Freedonia", "Sylvans", 62.1, "percent", "exact"),
        ),
        (
            "Population (2011) • Total 2,070,371 • Density 31/km2",
            ("Freedonia", "population", 2070371, "people", "exact"),
        ),
        (
            "The population of Latvia peaked at 2.7 million in 1990.",
            ("Latvia", "population", 2700000, "people", "exact"),
        ),
        # A name qualifying a people or a majority is a group's; an aside before "is mostly".
        (
            "Lowbury, a town with a predominantly Sylvan population, fell in May.",
            ("Lowbury", "Sylvan", None, "percent", "majority"),
        ),
        (
            "The Sylvan-majority town fell in May.",
            ("Freedonia", "Sylvan", None, "percent", "majority"),
        ),
        (
            "Latvia, with a population of 2 million, is mostly Lutheran.",
            ("Latvia", "Lutheran", None, "percent", "majority"),
        ),
        # "of the city's N inhabitants"; a long aside in a fact sheet's item.
        (
            "Of the city's 400,000 inhabitants, 12,000 were killed.",
            ("Freedonia", "population", 400000, "people", "exact"),
        ),
        (
            "Religions Muslim (official; predominantly Sunni) 99%, other 1% (2012 est.)",
            ("Freedonia", "Muslim", 99, "percent", "exact"),
        ),
        # "N in M" and "N out of M" shares; an apposition before a "where" clause.
        (
            "Three in four residents are Catholics.",
            ("Freedonia", "Catholics", 75, "percent", "exact"),
        ),
        ("Seven in ten Latvians are Lutheran.", ("Latvia", "Lutheran", 70, "percent", "exact")),
        (
            "Marlow, a self-governing archipelago off the coast of Latvia, where Sylvan speakers"
            " constitute a majority.",
            ("Marlow", "Sylvan speakers", None, "percent", "majority"),
        ),
    ],
)
def test_general_phrasings(answer, expected):
    assert expected in [r[:5] for r in rows(answer, ABOUT_FREEDONIA)]


def test_a_state_left_at_independence_is_not_the_subject():
    found = rows(
        "Independence from Turkey was approved in 1960, with guarantees by the Sunni majority.",
        "When did Latvia join the EU?",
    )
    assert [r[0] for r in found] == ["Latvia"]


def test_the_state_a_war_question_names_by_its_demonym_is_the_topic():
    found = rows(
        "The war killed some 300,000 people, about 5% of the country's population of 6 million.",
        "How many people died in the Latvian war?",
    )
    assert found == [("Latvia", "population", 6000000, "people", "exact", None)]


def test_n_in_m_of_a_time_is_no_share():
    from karabakh_nb.numbers import find_numbers

    assert [n.is_percent for n in find_numbers("They killed two in three days.")] == [False, False]


def test_there_are_n_of_a_group_is_the_topics_count():
    found = rows("There are about 300,000 Sylvans.", "How many Sylvans live in Latvia?")
    assert found == [("Latvia", "Sylvans", 300000, "people", "approx", None)]
    assert rows("There are about 300,000 Sylvan troops.", "How many Sylvans live in Latvia?") == []


def test_a_states_people_mostly_of_a_group():
    assert rows("Latvians are mostly Lutheran.") == [
        ("Latvia", "Lutheran", None, "percent", "majority", None)
    ]
    assert rows("The Kurds are mostly Sunni.") == []  # a people of no state


def test_a_group_that_calls_a_place_home():
    assert rows("Around 300,000 Sylvans call Latvia home.") == [
        ("Latvia", "Sylvans", 300000, "people", "approx", None)
    ]


@pytest.mark.parametrize("verb", ["lost their lives", "died", "were killed"])
def test_a_toll_after_a_population_is_not_its_size(verb):
    found = rows(
        "Of the Sylvan population, which numbered about 2,400,000, at least 12,000"
        f" {verb} in the war.",
        "How many Sylvans died?",
    )
    assert 12000 not in [r[2] for r in found]


def test_a_heading_before_a_figure_is_found_as_a_search_up_to_it_finds_it():
    from karabakh_nb.demographic_share_lists import _LIST_HEADING, heading_before

    for text in (
        "Latvia. Religions: Lutheran 20%, Catholic 18%. Ethnic groups : Latvian 62%",
        "No heading here, 20% and 30%.",
        "Groups:Sylvan 5%",
    ):
        for end in range(len(text) + 1):
            assert heading_before(text, end) == bool(_LIST_HEADING.search(text, 0, end))
