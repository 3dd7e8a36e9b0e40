"""Demographic readings of this round: invented places and peoples, one mechanism each."""

from __future__ import annotations

import pytest

from karabakh_nb.demographic_subjects import question_place
from tests.test_demographics import rows


@pytest.mark.parametrize(
    ("question", "place"),
    [
        # A unit named by a people and a capitalised kind of place is a place of its own.
        ("What is the population of the Sylvan Region of Freedonia?", "Sylvan Region"),
        ("Is Freedonia's Sylvan Province mostly Catholic?", "Sylvan Province"),
        ("Is Ethiopias Somali Region mostly Somali?", "Somali Region"),
        # A unit the lexicon holds keeps its name; a lower-case kind is not part of it.
        ("How many people live in the Donetsk Oblast?", "Donetsk"),
        ("What is the population of Lowbury district?", "Lowbury"),
    ],
)
def test_a_named_region_in_the_question_is_the_place(question, place):
    assert question_place(question) == place


def test_a_named_region_is_the_subject_of_the_answer():
    about = "What is the population of the Sylvan Region of Freedonia?"
    assert rows("According to the census, 98.7% of the population are Lutheran.", about) == [
        ("Sylvan Region", "Lutheran", 98.7, "percent", "exact", None)
    ]


ABOUT = "What is the ethnic makeup of Freedonia?"


def test_two_figures_of_one_value_in_a_sentence_are_two_rows():
    answer = "The two largest are the Sylvans (about 30% of the population) and Setos (about 30%)."
    assert rows(answer, ABOUT) == [
        ("Freedonia", "Sylvans", 30, "percent", "approx", None),
        ("Freedonia", "Setos", 30, "percent", "approx", None),
    ]


def test_a_gapped_list_of_counts_and_shares():
    answer = (
        "In 1960 Freedonia had 573,566 people; of whom 442,138 (77.1%) were Sylvans, "
        "104,320 (18.2%) Setos."
    )
    got = rows(answer, ABOUT)
    # "In 1960" dates every figure of the sentence.
    assert ("Freedonia", "Setos", 104320, "people", "exact", 1960) in got
    assert ("Freedonia", "Setos", 18.2, "percent", "exact", 1960) in got


def test_a_peoples_population_with_two_names_and_no_place():
    assert rows("The Greek Cypriot population was 482,000.", "How many lived there?") == [
        ("Cyprus", "Greek Cypriot", 482000, "people", "exact", None)
    ]


def test_groups_counted_are_no_population():
    assert rows("Freedonia is home to about sixteen ethnic groups.", ABOUT) == []
    assert rows("Freedonia is home to about 16,000 people.", ABOUT) == [
        ("Freedonia", "population", 16000, "people", "approx", None)
    ]


def test_lower_case_parts_of_a_population_are_groups():
    answer = (
        "The number of males is 25,580,582, females, 27,161,184. "
        "About 19 percent of the population was classified as urban and 81 percent as rural."
    )
    assert rows(answer, ABOUT) == [
        ("Freedonia", "males", 25580582, "people", "exact", None),
        ("Freedonia", "females", 27161184, "people", "exact", None),
        ("Freedonia", "urban", 19, "percent", "approx", None),
        ("Freedonia", "rural", 81, "percent", "exact", None),
    ]


def test_a_population_total_and_a_count_in_a_place_with_its_share():
    assert rows("The census places the population total at 52,741,766.", ABOUT) == [
        ("Freedonia", "population", 52741766, "people", "exact", None)
    ]
    got = rows("There are about one million Setos in Lowbury (two percent of the population).")
    assert ("Lowbury", "Setos", 2, "percent", "exact", None) in got
    assert all(row[1] != "Lowbury" for row in got)  # the place before the share is no group


def test_a_population_in_a_place_and_the_rest_of_a_population():
    assert rows("The Sylvan population in Lowbury stands at 3 million.", ABOUT) == [
        ("Lowbury", "Sylvan", 3000000, "people", "exact", None)
    ]
    assert rows("Sylvans comprise 85% of the population, while Setos comprise the remaining 15%.",
                ABOUT) == [
        ("Freedonia", "Sylvans", 85, "percent", "exact", None),
        ("Freedonia", "Setos", 15, "percent", "exact", None),
    ]  # fmt: skip


def test_a_census_list_of_counts():
    answer = "The 1989 census recorded 145,000 Setos, 30,000 Latvians and 20,000 Sylvans."
    assert [row[1:3] for row in rows(answer, ABOUT)] == [
        ("Setos", 145000),
        ("Latvians", 30000),
        ("Sylvans", 20000),
    ]


def test_figures_that_are_no_population():
    about = "What is the population of Freedonia?"
    assert rows("The camps are home to an estimated 165,000 Sylvan refugees.", about) == []
    assert rows("The population in 1997 was about a million less than expected.", about) == []
    # "Population (2002): 17.6 million": a heading, no place named "Population".
    assert rows("Population (2002): 17.6 million.", about) == [
        ("Freedonia", "population", 17600000, "people", "exact", 2002)
    ]


def test_a_groups_demonym_names_the_state_when_nothing_else_does():
    assert rows("Indigenous Ecuadorians account for 7.7% of the population.", "Who won?") == [
        ("Ecuador", "Indigenous Ecuadorians", 7.7, "percent", "exact", None)
    ]
    assert rows("As of the 2022 census, 77.5% of the population identified as Sylvan.", ABOUT)[0][
        :3
    ] == ("Freedonia", "Sylvan", 77.5)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("What religion are most Algerians?", "Algeria"),
        ("What percentage of Algerians are Berber?", "Algeria"),
        # Not a question about people, or a people that is no state's.
        ("Who do most Algerians support?", None),
        ("What was the population of the Kurds in 1990?", None),
    ],
)
def test_a_states_people_in_a_demographic_question_names_the_state(question, place):
    assert question_place(question) == place


def test_a_list_of_the_dead_counts_no_people():
    answer = (
        "Of the victims, 6,000 Sylvans lost their lives, 2,000 Setos (20 percent) and "
        "1,000 Latvians (10 percent)."
    )
    assert rows(answer, ABOUT) == []


def test_a_fact_sheets_heading_is_not_part_of_the_group():
    answer = "Demonym noun: Freedonian(s) adjective: Freedonian Ethnic Groups Sylvan-Seto 99%."
    assert [row[1] for row in rows(answer, ABOUT)] == ["Sylvan-Seto"]
