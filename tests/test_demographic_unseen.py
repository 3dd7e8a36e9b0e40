"""Demographic phrasings of unseen text: peoples no list holds, places, changes, majorities."""

from __future__ import annotations

import pytest

from tests.test_demographics import rows

ABOUT_FREEDONIA = "What is the ethnic makeup of Freedonia?"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A fraction takes its whole without "of".
        ("Almost half the population is Shia.", ("Freedonia", "Shia", 50, "percent", "approx")),
        ("Half the population is Catholic.", ("Freedonia", "Catholic", 50, "percent", "exact")),
        # An appositive or an adverb before "number".
        (
            "The Setos, an ethnic minority, number about 40,000.",
            ("Freedonia", "Setos", 40000, "people", "approx"),
        ),
        (
            "Christians now number fewer than 250,000.",
            ("Freedonia", "Christians", 250000, "people", "at_most"),
        ),
        # A community counted by its change.
        (
            "Latvia's Christian community has shrunk to about 250,000.",
            ("Latvia", "Christian", 250000, "people", "approx"),
        ),
        (
            "The number of Christians in Latvia has fallen to around 250,000.",
            ("Latvia", "Christians", 250000, "people", "approx"),
        ),
        # A faith practised by a share of a state's people.
        (
            "Islam is the dominant religion, practised by 95% of Iraqis.",
            ("Iraq", "Islam", 95, "percent", "exact"),
        ),
        # "X has a Y majority".
        (
            "Latvia has an ethnic Sylvan majority.",
            ("Latvia", "ethnic Sylvan", None, "percent", "majority"),
        ),
        # An Islamic country's people are Muslims.
        (
            "Latvia is predominantly an Islamic country.",
            ("Latvia", "Muslim", None, "percent", "majority"),
        ),
        # Verbs and adverbs of living somewhere; the place after "the province of".
        (
            "Around 1.8 million people currently reside in Latvia.",
            ("Latvia", "population", 1800000, "people", "approx"),
        ),
        (
            "Some 300,000 ethnic Sylvans lived in the province of Marlovia.",
            ("Marlovia", "ethnic Sylvans", 300000, "people", "approx"),
        ),
        (
            "Latvia had about 200,000 Sylvans before the war.",
            ("Latvia", "Sylvans", 200000, "people", "approx"),
        ),
    ],
)
def test_phrasings_of_unseen_text(answer, expected):
    assert expected in [row[:5] for row in rows(answer, ABOUT_FREEDONIA)]


def test_a_name_no_list_holds_is_a_people_where_only_a_people_stands():
    # Singular names of peoples ("Kazari") that no word list holds.
    found = rows("The Kazari population was 1.9 million in 1991.", ABOUT_FREEDONIA)
    assert found == [("Freedonia", "Kazari", 1900000, "people", "exact", 1991)]
    found = rows("The number of Kazari in Latvia was 1.9 million.", ABOUT_FREEDONIA)
    assert found == [("Latvia", "Kazari", 1900000, "people", "exact", None)]
    found = rows("Latvia is home to 1.9 million Kazari.", ABOUT_FREEDONIA)
    assert found == [("Latvia", "Kazari", 1900000, "people", "exact", None)]
    # A state's demonym before "population" is that state's whole population.
    assert rows("The Latvian population was 1.9 million.", ABOUT_FREEDONIA) == [
        ("Latvia", "population", 1900000, "people", "exact", None)
    ]


def test_majorities_of_bodies_are_no_population():
    assert rows("Latvia had a Shia majority government.", ABOUT_FREEDONIA) == []
    assert rows("The party has a Sylvan majority in parliament.", ABOUT_FREEDONIA) == []


def test_place_names_of_unseen_text():
    # A capitalised point of the compass is part of the name.
    found = rows("In the 2021 census, 42.3% of Northern Sylvania's population were Catholic.")
    assert found[0][:3] == ("Northern Sylvania", "Catholic", 42.3)
    # Accented capitals open names too.
    assert rows("Örebro has a population of 150,000.")[0][:3] == ("Örebro", "population", 150000)
    # A demonym may open the name of the place a question asks about.
    found = rows("Population, 63,000 (1969, estimate).", "How many people lived in Spanish Marlow?")
    assert found == [("Spanish Marlow", "population", 63000, "people", "exact", 1969)]


def test_a_sentence_naming_no_place_takes_the_place_named_before():
    # A place no list holds, named in the sentence before, beats the state named there.
    answer = (
        "He said the people of Marlow, a province of Latvia, fought for independence. "
        "The war had cost 15,000 lives out of a population of 200,000."
    )
    assert rows(answer, "What role did the UN play?")[0][:3] == ("Marlow", "population", 200000)
    # Of the places named before, the one the question names.
    answer = (
        "Latvia deploys about 20,000 troops in Estonia. "
        "The war raged in the Baltic state of 1.3 million people."
    )
    found = rows(answer, "Who brokered the Estonian peace accord?")
    assert found[0][:3] == ("Estonia", "population", 1300000)


def test_counts_of_a_people_said_by_estimates():
    assert rows("Latvia is estimated to have around 15 million Sylvans.")[0][:4] == (
        "Latvia",
        "Sylvans",
        15000000,
        "people",
    )
    found = rows("Estimates of the number of Sylvans in Latvia range from 14 to 20 million.")
    assert [row[:3] for row in found] == [
        ("Latvia", "Sylvans", 14000000),
        ("Latvia", "Sylvans", 20000000),
    ]


def test_a_place_s_population_said_of_its_inhabitants():
    assert rows("Only 5,000 of Lowbury's 50,000 residents remained.")[0][:3] == (
        "Lowbury",
        "population",
        50000,
    )
    assert rows("In 1989 Lowbury numbered 50,000 inhabitants.")[0][:3] == (
        "Lowbury",
        "population",
        50000,
    )
    found = rows("The city's inhabitants numbered about 50,000.", "What about Lowbury?")
    assert found[0][:3] == ("Lowbury", "population", 50000)
    found = rows("Lowbury's population, which stood at 50,000 before the war, has fallen.")
    assert found[0][:3] == ("Lowbury", "population", 50000)
    # A share said of a group's population, estimated.
    found = rows("The Muslim population is estimated at 10%.", "What about Latvia?")
    assert found[0][:3] == ("Latvia", "Muslim", 10)


def test_shares_reported_or_qualified_by_a_name():
    question = "What about Latvia?"
    found = rows("Christians are estimated to be around 40% of the population.", question)
    assert found == [("Latvia", "Christians", 40, "percent", "approx", None)]
    found = rows(
        "Sylvans are the largest Christian group, at about 21% of the population.", question
    )
    assert found == [("Latvia", "Sylvans", 21, "percent", "approx", None)]
    found = rows("Christians were once a majority in Latvia.", question)
    assert found == [("Latvia", "Christians", None, "percent", "majority", None)]


def test_a_minority_in_its_own_land_and_the_breakaway_region():
    question = "What about Latvia?"
    found = rows(
        "The Setos were a minority in their own republic, making up just 17.8% of the population.",
        question,
    )
    assert found == [("Latvia", "Setos", 17.8, "percent", "exact", None)]
    found = rows("Some 245,000 people live in the breakaway region.", question)
    assert found == [("Latvia", "population", 245000, "people", "approx", None)]


def test_a_year_opens_a_sentence_without_a_comma():
    found = rows("In 1897 Lowbury had 50,000 Seto inhabitants.", "What about Latvia?")
    assert found == [("Lowbury", "Seto", 50000, "people", "exact", 1897)]


def test_a_heading_glued_after_a_share_is_not_its_group():
    found = rows("Ethnic groups Latvian 62.7%, Russian 24.5% Religions Lutheran 36.2%", "Latvia?")
    assert ("Latvia", "Russian", 24.5) in [row[:3] for row in found]
    assert ("Latvia", "Lutheran", 24.5) not in [row[:3] for row in found]


def test_a_people_estimated_in_apposition_or_making_its_home():
    found = rows("The Setos, estimated at around 145,000, live in the east.", "Latvia?")
    assert found == [("Latvia", "Setos", 145000, "people", "approx", None)]
    found = rows("Some 145,000 Setos make their home in Latvia.", "What about it?")
    assert found == [("Latvia", "Setos", 145000, "people", "approx", None)]


def test_a_place_of_several_words_ending_like_a_plural():
    found = rows("An estimated 350,000 Setos live in the Los Marlows area.", "Where do Setos live?")
    assert found == [("Los Marlows", "Setos", 350000, "people", "approx", None)]


def test_a_share_made_up_of_a_list_and_the_state_named_later():
    answer = (
        "About 1% of the population is made up of Arabs, Asians and others. "
        "Some 3,000 Arabs live in Latvia today."
    )
    found = rows(answer, "When were the Asians expelled?")
    assert found[0] == ("Latvia", "Arabs, Asians and others", 1, "percent", "approx", None)


def test_speakers_form_a_majority_where_a_place_is_named():
    found = rows("Marlow is an island, where Setonian speakers constitute a majority.", "Latvia?")
    assert ("Marlow", "Setonian speakers", None, "percent", "majority", None) in found


def test_them_reaches_past_sentences_that_read_no_row():
    answer = (
        "There are about one million Setos in Latvia. Many were forced to leave. "
        "Most fled by sea. There were 862,371 of them in 1999 according to the census."
    )
    found = rows(answer, "How many Setos live in Latvia?")
    assert ("Latvia", "Setos", 862371, "people", "exact", 1999) in found


@pytest.mark.parametrize(
    "answer",
    [
        "Latvia's 300,000-strong Seto community lives in the east.",
        "The Seto community, 300,000-strong, lives in the east.",
        "A Seto community of some 300,000 lives in the east.",
        "Latvia's population of Setos is estimated at 300,000.",
        "Latvia is home to a sizeable Seto minority, numbering some 300,000.",
        "The Setos are Latvia's largest minority, numbering about 300,000.",
        "The Setos are Latvia's largest minority, with about 300,000 people.",
    ],
)
def test_a_community_counted_by_its_size(answer):
    found = rows(answer, "What about Latvia?")
    assert [row[:4] for row in found] == [("Latvia", found[0][1], 300000, "people")]
    assert found[0][1] in ("Seto", "Setos")


def test_lives_after_a_count_is_where_a_group_lives_not_lives_lost():
    assert rows("The war cost 20,000 lives in the east.", "What about Latvia?") == []


def test_a_people_named_by_what_it_is_not():
    question = "What about Latvia?"
    found = rows("About 10% of the population are non-Muslims.", question)
    assert found == [("Latvia", "non-Muslims", 10, "percent", "approx", None)]
    found = rows("The population is 85% Jewish and 15% non-Jewish.", question)
    assert ("Latvia", "non-Jewish", 15, "percent", "exact", None) in found
    found = rows(
        "Of the 3.5 million inhabitants, 2.9 million were Jews and 537,000 non-Jews.", question
    )
    # The whole is a population figure too.
    assert sorted(row[:3] for row in found) == [
        ("Latvia", "Jews", 2900000),
        ("Latvia", "non-Jews", 537000),
        ("Latvia", "population", 3500000),
    ]


def test_a_town_before_where_and_a_count_of_those_who_live_there():
    question = "What about Latvia?"
    found = rows("Lowbury, where 80% of the population is Seto, voted to secede.", question)
    assert found == [("Lowbury", "Seto", 80, "percent", "exact", None)]
    found = rows("The 50,000 Setos who live in Lowbury voted to secede.", question)
    assert found == [("Lowbury", "Setos", 50000, "people", "exact", None)]


def test_a_group_population_changed_from_one_figure_to_another():
    found = rows("The Seto population grew from 145,000 in 1979 to 160,000 in 1989.", "Latvia?")
    assert found == [
        ("Latvia", "Seto", 145000, "people", "exact", 1979),
        ("Latvia", "Seto", 160000, "people", "exact", 1989),
    ]
