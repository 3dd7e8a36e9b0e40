"""Demographic phrasings read by general rules: invented names, one statement each."""

from __future__ import annotations

import pytest

from karabakh_nb.demographic_subjects import question_place
from tests.test_demographics import rows


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("What is the population of Lowbury district?", "Lowbury"),
        ("Is Lowbury Shia or Sunni?", "Lowbury"),
        ("How many Setos live in Estonia?", "Estonia"),
        ("What percentage of Setos are Orthodox?", None),
        ("What was the population of the Kurds in 1990?", None),
        ("What is the ethnic makeup of the country?", None),
        ("How many soldiers died in the Gulf War?", None),
        ("How many died in the Lowbury Offensive?", None),
    ],
)
def test_question_place_reads_names_no_list_holds(question, place):
    assert question_place(question) == place


def test_the_place_a_demographic_question_asks_about_comes_before_earlier_sentences():
    answer = "Lowbury lies in Latvia. Its population was 40,000 in 1990."
    assert rows(answer, "What was the population of Lowbury?") == [
        ("Lowbury", "population", 40000, "people", "exact", 1990)
    ]
    # A question about something else leaves the earlier sentence's place.
    assert rows(answer, "Who won the war?")[0][0] == "Latvia"
    # A rule's own subject, from a question naming a place no list holds.
    assert rows("The population of the district was recorded as 1,40,802 souls in 2011.",
                "What is the population of Lowbury district?") == [
        ("Lowbury", "population", 140802, "people", "exact", 2011)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # The verb names what the group is; an adverb around it.
        ("Setos are the largest minority in Estonia, at about 10% of the population.",
         [("Estonia", "Setos", 10, "percent", "approx", None)]),
        ("Setos are the largest ethnic group in Estonia (60%), followed by Latvians (30%).",
         [("Estonia", "Setos", 60, "percent", "exact", None),
          ("Estonia", "Latvians", 30, "percent", "exact", None)]),
        ("In Estonia, Lutherans comprising the majority at approximately 65 percent.",
         [("Estonia", "Lutherans", 65, "percent", "approx", None)]),
        ("Setos now make up only 4 per cent of the population of Estonia.",
         [("Estonia", "Setos", 4, "percent", "exact", None)]),
        # A group noun after the group's name.
        ("Estonia has a significant black Seto minority at 30 per cent.",
         [("Estonia", "Seto", 30, "percent", "exact", None)]),
        ("The Lutheran religious community of Estonia accounts for 1.28 percent.",
         [("Estonia", "Lutheran", 1.28, "percent", "exact", None)]),
        # Lists: "for", "at", "with" or a comma between the group and its share.
        ("Setos account for 85% of Estonia's population, Latvians for 10%.",
         [("Estonia", "Setos", 85, "percent", "exact", None),
          ("Estonia", "Latvians", 10, "percent", "exact", None)]),
        ("In Estonia the main religions are Islam with 54% and Christianity with 40%.",
         [("Estonia", "Islam", 54, "percent", "exact", None),
          ("Estonia", "Christianity", 40, "percent", "exact", None)]),
        ("In Estonia the majority are Lutherans, 87.8 percent.",
         [("Estonia", "Lutherans", 87.8, "percent", "exact", None)]),
        ("Ethnic Summary of Estonia: Seto 95%, other 1% Religious Summary: Lutheran 61%",
         [("Estonia", "Seto", 95, "percent", "exact", None),
          ("Estonia", "other", 1, "percent", "exact", None),
          ("Estonia", "Lutheran", 61, "percent", "exact", None)]),
        # The same group's earlier share.
        ("Setos make up 4 per cent of Estonia's population, down from 12 per cent in 1990.",
         [("Estonia", "Setos", 4, "percent", "exact", 1990),
          ("Estonia", "Setos", 12, "percent", "exact", 1990)]),
        # A share says all a majority of the same group does.
        ("Lutheranism is the majority religion in Estonia, practised by 95% of the population.",
         [("Estonia", "Lutheranism", 95, "percent", "exact", None)]),
    ],
)  # fmt: skip
def test_shares_said_around_the_group(answer, expected):
    assert rows(answer) == expected


def test_a_census_state_is_a_source_not_the_subject():
    answer = "Per the 2011 Census of Estonia, Setos comprising the majority at 65 percent."
    assert rows(answer, "Is Lowbury Lutheran?")[0][0] == "Lowbury"
    assert rows(answer)[0][0] == "Estonia"  # no other place: the source's


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Estonia has about 2 million Setos.",
         [("Estonia", "Setos", 2000000, "people", "approx", None)]),
        ("Estonia is home to 800,000 Setos living in the south.",
         [("Estonia", "Setos", 800000, "people", "exact", None)]),
        ("By 1989, the number of Seto people in Estonia was halved, from 1.8 million to "
         "900,000.",
         [("Estonia", "Seto", 1800000, "people", "exact", 1989),
          ("Estonia", "Seto", 900000, "people", "exact", 1989)]),
        ("Estonia, with its 1.3 million inhabitants, is small.",
         [("Estonia", "population", 1300000, "people", "exact", None)]),
        ("Latvians made up 27 percent of the 2,155,000 population of Estonia.",
         [("Estonia", "Latvians", 27, "percent", "exact", None),
          ("Estonia", "population", 2155000, "people", "exact", None)]),
        ("Lowbury lies in Estonia, a rural, traditionally Lutheran country of 15 million "
         "people.",
         [("Estonia", "population", 15000000, "people", "exact", None)]),
        ("The 1991 census put the size of the Seto minority in Estonia at 600,000.",
         [("Estonia", "Seto", 600000, "people", "exact", 1991)]),
        ("An estimated 300,000 Setos live in Lowbury.",
         [("Lowbury", "Setos", 300000, "people", "approx", None)]),
    ],
)  # fmt: skip
def test_counts_of_a_group_or_a_population(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "In Estonia the total number of IDPs rose to 266,200.",
        "Estonia has 20,000 troops in Latvia.",
        "Estonia had 3,000 Seto refugees.",
        "The number of Setos killed in Estonia was 3,000.",
    ],
)
def test_counts_that_are_not_demographics(answer):
    assert rows(answer) == []


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Seto citizens of Estonia make up about 21% of the population.",
         [("Estonia", "Seto", 21, "percent", "approx", None)]),
        ("Estonia's Seto minority makes up about 12% of the population.",
         [("Estonia", "Seto", 12, "percent", "approx", None)]),
        ("In 1989, Estonia had a population of 1,270,000, including 270,000 Setos.",
         [("Estonia", "population", 1270000, "people", "exact", 1989),
          ("Estonia", "Setos", 270000, "people", "exact", 1989)]),
        ("The population of Estonia had fallen from 1.3 million in 1989 to under 1 million "
         "by 1999.",
         [("Estonia", "population", 1300000, "people", "exact", 1989),
          ("Estonia", "population", 1000000, "people", "at_most", 1999)]),
        ("The population of Estonia is about 470,000, mostly ethnic Setos and Latvians.",
         [("Estonia", "population", 470000, "people", "approx", None),
          ("Estonia", "ethnic Setos", None, "percent", "majority", None),
          ("Estonia", "Latvians", None, "percent", "majority", None)]),
    ],
)  # fmt: skip
def test_groups_among_people_counted(answer, expected):
    assert rows(answer) == expected


def test_mostly_after_a_count_of_the_displaced_is_no_majority():
    assert rows("Up to 300,000 people, mostly ethnic Setos, were displaced from Estonia.") == []


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("With Setos making up 70% of the population, Estonia is homogeneous.",
         [("Estonia", "Setos", 70, "percent", "exact", None)]),
        ("In Estonia, Setos (70 per cent) and Latvians (25 per cent) are the main groups.",
         [("Estonia", "Setos", 70, "percent", "exact", None),
          ("Estonia", "Latvians", 25, "percent", "exact", None)]),
        ("Estonia is inhabited by about 1.3 million people.",
         [("Estonia", "population", 1300000, "people", "approx", None)]),
        ("Estonia's population of 1.3 million includes 300,000 Setos.",
         [("Estonia", "population", 1300000, "people", "exact", None),
          ("Estonia", "Setos", 300000, "people", "exact", None)]),
        ("Estonia Population: 2,000 Ethnic divisions: almost totally Seto Religion: "
         "predominantly Church of Lowbury",
         [("Estonia", "population", 2000, "people", "exact", None),
          ("Estonia", "Seto", None, "percent", "majority", None),
          ("Estonia", "Church of Lowbury", None, "percent", "majority", None)]),
    ],
)  # fmt: skip
def test_openers_parenthesised_shares_and_fact_sheet_headings(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("The Seto population of Estonia is about 3 million.",
         [("Estonia", "Seto", 3000000, "people", "approx", None)]),
        ("Estonia's Kurdish population is about 2 million.",
         [("Estonia", "Kurdish", 2000000, "people", "approx", None)]),
        # A place's own demonym: its population; a later figure is another place's.
        ("The Estonian population is estimated at about 3 million, compared to more than "
         "60 million in neighbouring Latvia.",
         [("Estonia", "population", 3000000, "people", "approx", None),
          ("Latvia", "population", 60000000, "people", "at_least", None)]),
    ],
)  # fmt: skip
def test_a_peoples_population_is_the_groups_count(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("The Seto minority of Estonia (14%) dominated the army.",
         [("Estonia", "Seto", 14, "percent", "exact", None)]),
        ("In Estonia the Setos, the largest ethnic group (37%), backed Latvia.",
         [("Estonia", "Setos", 37, "percent", "exact", None)]),
        ("The Ovimbundu account for 37 percent of Estonia's population, the Mbundu 25 "
         "percent and the Bakongo 13 percent.",
         [("Estonia", "Ovimbundu", 37, "percent", "exact", None),
          ("Estonia", "Mbundu", 25, "percent", "exact", None),
          ("Estonia", "Bakongo", 13, "percent", "exact", None)]),
        ("Setos are Estonia's largest ethnic group, making up about 35% of the population.",
         [("Estonia", "Setos", 35, "percent", "approx", None)]),
        ("Estonia has a population of 13 million, most of whom are Setos.",
         [("Estonia", "population", 13000000, "people", "exact", None),
          ("Estonia", "Setos", None, "percent", "majority", None)]),
        # An aside with a figure is not the subject of "inhabited mostly by".
        ("Abkhazia, with a population of about 240,000, is mostly inhabited by Setos.",
         [("Abkhazia", "population", 240000, "people", "approx", None),
          ("Abkhazia", "Setos", None, "percent", "majority", None)]),
        ("Estonia is one of the most densely populated countries in Europe, with over 13 "
         "million people.",
         [("Estonia", "population", 13000000, "people", "at_least", None)]),
    ],
)  # fmt: skip
def test_appositions_asides_and_plural_demonyms(answer, expected):
    assert rows(answer) == expected


def test_a_country_with_people_killed_is_no_population():
    assert rows("Estonia is a country with 20,000 people killed in the war.") == []


def test_fact_sheet_lists_end_in_other():
    assert rows("Religions in Estonia: 85% Lutheran (30% Seto, 45% Old, 10% other), 15% "
                "Orthodox, Hindu, Parsi, and other") == [
        ("Estonia", "Lutheran", 85, "percent", "exact", None),
        ("Estonia", "Seto", 30, "percent", "exact", None),
        ("Estonia", "Old", 45, "percent", "exact", None),
        ("Estonia", "other", 10, "percent", "exact", None),
        ("Estonia", "Orthodox, Hindu, Parsi, and other", 15, "percent", "exact", None),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Estonia Population (2020): 1,331,824",
         [("Estonia", "population", 1331824, "people", "exact", 2020)]),
        ("Estonia counts 1.3 million inhabitants.",
         [("Estonia", "population", 1300000, "people", "exact", None)]),
        ("Setos comprise the vast majority of the population of Estonia.",
         [("Estonia", "Setos", None, "percent", "majority", None)]),
        ("About 1.3 million people, mostly Setos, live in Estonia.",
         [("Estonia", "population", 1300000, "people", "approx", None)]),
    ],
)  # fmt: skip
def test_more_ways_to_give_a_population(answer, expected):
    assert rows(answer) == expected


def test_a_count_of_people_killed_is_no_population():
    assert rows("Estonia counted 20,000 people killed in the war.") == []


def test_a_pronoun_is_no_group_and_a_question_word_no_place():
    assert [r[1] for r in rows("This represented between 10 and 15% of the population.")] == []
    found = rows("What is clear is that Freedonia, with a population of about 3.8 million, grew.")
    assert all(r[0] != "What" for r in found)
