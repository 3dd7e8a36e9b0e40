"""Demographic mechanisms that hold on any text: invented places and peoples."""

from __future__ import annotations

from tests.test_demographics import rows

ABOUT_FREEDONIA = "What is the ethnic makeup of Freedonia?"


def test_a_place_the_sentence_names_beats_the_place_the_question_asks_about():
    # A rule reads the share; the sentence's own place stays its subject.
    assert rows(
        "Sylvans constituted about 45% of the population of Abkhazia.", ABOUT_FREEDONIA
    ) == [("Abkhazia", "Sylvans", 45, "percent", "approx", None)]
    shares = rows("Of Latvia's 7 million people, about 85 percent were Sylvans.", ABOUT_FREEDONIA)
    assert shares[0] == ("Latvia", "Sylvans", 85, "percent", "approx", None)
    # A sentence naming no place takes the question's.
    assert rows("Sylvans comprised 58% of the republic's population.", ABOUT_FREEDONIA) == [
        ("Freedonia", "Sylvans", 58, "percent", "exact", None)
    ]


def test_a_range_of_shares_gives_its_two_ends():
    assert rows("Sylvans are estimated to make up 15-20% of Latvia’s population.") == [
        ("Latvia", "Sylvans", 15, "percent", "at_least", None),
        ("Latvia", "Sylvans", 20, "percent", "at_most", None),
    ]
    assert rows("Latvia is 95-98% Muslim.") == [
        ("Latvia", "Muslim", 95, "percent", "at_least", None),
        ("Latvia", "Muslim", 98, "percent", "at_most", None),
    ]
    # The low end is a share, not a population of 75.
    assert rows("Latvia's population is 75-80% Sylvan, 15 to 20 percent Marlovian.") == [
        ("Latvia", "Sylvan", 75, "percent", "at_least", None),
        ("Latvia", "Sylvan", 80, "percent", "at_most", None),
        ("Latvia", "Marlovian", 15, "percent", "at_least", None),
        ("Latvia", "Marlovian", 20, "percent", "at_most", None),
    ]
    assert rows(
        "Sylvans constitute between 15 and 20 percent of the population.", ABOUT_FREEDONIA
    ) == [
        ("Freedonia", "Sylvans", 15, "percent", "at_least", None),
        ("Freedonia", "Sylvans", 20, "percent", "at_most", None),
    ]


def test_a_place_no_list_holds_is_read_where_a_place_stands():
    question = "Why did the war start?"
    cases = {
        "Marlow had around 430,000 residents before the war.": "Marlow",
        "Before the invasion, Marlow was home to more than 400,000 people.": "Marlow",
        "The city of Marlow, with 200,000 inhabitants, was shelled.": "Marlow",
        "Marlow province had a population of 1.2 million before the war.": "Marlow",
        "The capital, Marlow, has about 200,000 residents.": "Marlow",
        "The Sylvan Valley has a population of around 300,000.": "Sylvan Valley",
        "Marlow's population dropped from 400,000 to 200,000.": "Marlow",
        "In the Sylvan Valley, Sylvans make up 80% of the population.": "Sylvan Valley",
    }
    for answer, place in cases.items():
        found = rows(answer, question)
        assert found, answer
        assert {row[0] for row in found} == {place}, answer
    # Not places: a source, a group, the opening word.
    assert (
        rows("Per the 2011 census, 77 percent of the population is Muslim.", question)[0][0] is None
    )
    assert (
        rows("The Oromo are the largest group, at 34% of the population.", question)[0][0] is None
    )


def test_shares_in_apposition_and_of_belief():
    assert rows("Latvia has a large Sylvan minority, about 25 percent of the population.") == [
        ("Latvia", "Sylvan", 25, "percent", "approx", None)
    ]
    assert rows("90 percent of Latvians follow Sunni Islam.") == [
        ("Latvia", "Sunni Islam", 90, "percent", "exact", None)
    ]
    assert rows("Over 80% of Latvia's population belongs to the Orthodox Church.") == [
        ("Latvia", "Orthodox Church", 80, "percent", "at_least", None)
    ]
    assert rows("Christianity is the largest religion in Latvia, with 55% of the population.") == [
        ("Latvia", "Christianity", 55, "percent", "exact", None)
    ]
    # A fact sheet's list inside brackets; a range's bound is not the next share's.
    assert rows(
        "Religion: Muslim 95-98% (Shia 64-69%), Christian 1%, other 1-4%", "Is Latvia Shia?"
    ) == [
        ("Latvia", "Muslim", 95, "percent", "at_least", None),
        ("Latvia", "Muslim", 98, "percent", "at_most", None),
        ("Latvia", "Shia", 64, "percent", "at_least", None),
        ("Latvia", "Shia", 69, "percent", "at_most", None),
        ("Latvia", "Christian", 1, "percent", "exact", None),
        ("Latvia", "other", 1, "percent", "at_least", None),
        ("Latvia", "other", 4, "percent", "at_most", None),
    ]


def test_a_place_named_far_after_the_statement_is_another_clauses():
    answer = (
        "Its inhabitants were mostly Sylvans, who led the independence movement because of "
        "the tensions among the various peoples of Latvia."
    )
    assert rows(answer, "What was the population of Freedonia?") == [
        ("Freedonia", "Sylvans", None, "percent", "majority", None)
    ]
    # Near the statement, the sentence's place is its subject.
    assert (
        rows(
            "Sylvans make up 60 percent of the population of Latvia.",
            "What was the population of Freedonia?",
        )[0][0]
        == "Latvia"
    )


def test_a_share_in_apposition_to_a_count_is_the_counted_groups():
    assert rows("There were 600,000 Sylvans, 60% of Latvia's population.") == [
        ("Latvia", "Sylvans", 60, "percent", "exact", None)
    ]
    assert rows(
        "The census put the Sylvan minority at 600,000, about 12 per cent of the then total"
        " of 4.7 million.",
        "What is the population of Latvia?",
    ) == [
        ("Latvia", "Sylvan", 600000, "people", "exact", None),
        ("Latvia", "Sylvan", 12, "percent", "approx", None),
        ("Latvia", "population", 4700000, "people", "exact", None),
    ]
    # Not a people: soldiers killed are no share of a population.
    assert rows("In 1990, 12,000 soldiers, 5% of the total, were killed.") == []


def test_a_group_counted_where_it_remains_or_by_its_community():
    assert rows("About 20,000 Sylvans remain in Latvia.") == [
        ("Latvia", "Sylvans", 20000, "people", "approx", None)
    ]
    assert rows(
        "Some 20,000 Sylvans still live in the country.", "How many people live in Latvia?"
    ) == [("Latvia", "Sylvans", 20000, "people", "approx", None)]
    assert rows(
        "The Sylvan community numbers about 20,000.", "How many people live in Latvia?"
    ) == [("Latvia", "Sylvan", 20000, "people", "approx", None)]
    # Troops are no community: "Sylvan troops remain in Latvia" counts no people living there.
    assert rows("About 2,000 Sylvan troops remain in Latvia.") == []


def test_a_kind_of_place_owns_a_population():
    about_gaza = "How many people live in Gaza?"
    assert rows(
        "Sri Lanka's Sylvan minority makes up about 15 percent of the island's 22 million people.",
        about_gaza,
    ) == [
        ("Sri Lanka", "Sylvan", 15, "percent", "approx", None),
        ("Sri Lanka", "population", 22000000, "people", "exact", None),
    ]
    assert rows(
        "In the 2001 census, 38% of the Donetsk region's population identified as ethnic Sylvans."
    ) == [("Donetsk", "ethnic Sylvans", 38, "percent", "exact", 2001)]


def test_a_name_said_to_be_the_largest_group_is_a_group_and_a_reporting_state_a_source():
    answer = (
        "Latvian government data says that the largest ethnic group in Estonia is the Sylvan"
        " (including Marlovians), comprising 42 per cent of the population."
    )
    assert rows(answer) == [("Estonia", "Sylvan", 42, "percent", "exact", None)]
    assert rows("Latvia estimated Estonia's population at 1.3 million in 2005.") == [
        ("Estonia", "population", 1300000, "people", "exact", 2005)
    ]


def test_a_count_and_its_share_declared_or_joined_by_or():
    about = "What is the population of Latvia?"
    assert rows(
        "Of them, 3,977,171 (89.63 percent) declared to be of Sylvan nationality.", about
    ) == [
        ("Latvia", "Sylvan", 3977171, "people", "exact", None),
        ("Latvia", "Sylvan", 89.63, "percent", "exact", None),
    ]
    assert sorted(
        rows("Of the minorities, Sylvans account for 201,631 or 4.54 percent.", about)
    ) == [
        ("Latvia", "Sylvans", 4.54, "percent", "exact", None),
        ("Latvia", "Sylvans", 201631, "people", "exact", None),
    ]


def test_people_counted_with_a_place_or_in_the_territory():
    about = "How many people live in Latvia?"
    assert rows("Latvia, with 2.2 million people living in 64,000 square kilometres, is flat.") == [
        ("Latvia", "population", 2200000, "people", "exact", None)
    ]
    assert rows(
        "Latvia is one of the least densely populated places, with 1.9 million people."
    ) == [("Latvia", "population", 1900000, "people", "exact", None)]
    assert rows("About 2.1 million Sylvans live in the territory.", about) == [
        ("Latvia", "Sylvans", 2100000, "people", "approx", None)
    ]
    assert rows("Sylvans, who number around 2 million, are Lutheran.", about) == [
        ("Latvia", "Sylvans", 2000000, "people", "approx", None)
    ]
    # Not a population: the people a figure says were killed.
    assert rows("Latvia, a country with 20,000 people killed in the war, mourned.") == []


def test_a_states_people_as_a_whole_names_the_state():
    about = "What is the ethnic makeup of Freedonia?"
    assert rows("Of the 1.8 million Kosovars, about 90 percent were ethnic Sylvans.", about) == [
        ("Kosovo", "ethnic Sylvans", 90, "percent", "approx", None)
    ]
    # A demonym inside a group is no place: the question's place stays.
    assert rows("Kosovar Sylvans make up 5% of the population.", about)[0][0] == "Freedonia"


def test_what_most_of_a_population_is_names_a_group():
    assert rows("Most of the population is Sylvan.", ABOUT_FREEDONIA) == [
        ("Freedonia", "Sylvan", None, "percent", "majority", None)
    ]
    # "Most Sylvans are ...": a people's name that is no place's says nothing of one.
    assert rows("Most Sylvans are Lutheran.", ABOUT_FREEDONIA) == []
