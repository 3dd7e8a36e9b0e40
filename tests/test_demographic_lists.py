"""Shares as fractions, symbols and fact-sheet list items: invented names and sentences."""

from __future__ import annotations

import pytest

from karabakh_nb.numbers import find_numbers
from karabakh_nb.text import sentences
from tests.test_demographics import rows


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("a third of the people", 33.3, "exact"),
        ("about one-third of them", 33.3, "approx"),
        ("two-thirds of the population", 66.7, "exact"),
        ("more than half of the voters", 50, "at_least"),
        ("half the population", 50, "exact"),
        ("three quarters of the island", 75, "exact"),
        ("a fifth of the workers", 20, "exact"),
    ],
)
def test_a_fraction_of_a_whole_is_a_share(text, value, qualifier):
    found = find_numbers(text)
    assert [(n.value, n.qualifier, n.is_percent) for n in found] == [(value, qualifier, True)]


@pytest.mark.parametrize(
    "text",
    [
        "in the second half of 1992",
        "the first half of the year",
        "two and a half years",
        "the third invasion",
        "a quarter of a million people",
    ],
)
def test_halves_of_years_and_ordinals_are_no_shares(text):
    assert not [n for n in find_numbers(text) if n.is_percent]


def test_a_symbol_before_a_figure_is_its_qualifier():
    found = find_numbers("Setos <0.1%, more than >1,000 and ~40%")
    assert [(n.value, n.qualifier) for n in found] == [
        (0.1, "at_most"),
        (1000, "at_least"),
        (40, "approx"),
    ]
    assert [n.value for n in find_numbers("population near to 35,000,000")] == [35_000_000]
    assert find_numbers("near to 35,000,000")[0].qualifier == "approx"


def test_fractions_are_shares_of_groups():
    assert rows("About a third of the population of Estonia are Setos.") == [
        ("Estonia", "Setos", 33.3, "percent", "approx", None)
    ]
    assert rows("Setos make up two-thirds of the population of Latvia.") == [
        ("Latvia", "Setos", 66.7, "percent", "exact", None)
    ]
    # A fraction of the displaced is no share of a group.
    assert rows("Half of the 4.4 million people of Estonia were displaced.") == [
        ("Estonia", "population", 4_400_000, "people", "exact", None)
    ]


def test_fact_sheet_items_of_any_case_name_groups():
    answer = (
        "Religions: Lutheran 87.8%, Orthodox 4.4%, folk religion <0.1, "
        "Muslim (official; mostly Sunni) 2.1%, others and unknown 6.2%"
    )
    assert rows(answer, "What religion is Estonia?") == [
        ("Estonia", "Lutheran", 87.8, "percent", "exact", None),
        ("Estonia", "Orthodox", 4.4, "percent", "exact", None),
        ("Estonia", "folk religion", 0.1, "percent", "at_most", None),
        ("Estonia", "Muslim", 2.1, "percent", "exact", None),
        ("Estonia", "others and unknown", 6.2, "percent", "exact", None),
    ]
    assert rows("Ethnic groups: Seto 38%, minor ethnic groups (Livs, Votes, and others) 12%",
                "Who lives in Estonia?") == [
        ("Estonia", "Seto", 38, "percent", "exact", None),
        ("Estonia", "minor ethnic groups", 12, "percent", "exact", None),
    ]  # fmt: skip


def test_a_clause_before_a_share_is_no_list_item():
    # No heading and no share before: the words before the figure are a clause.
    assert rows("In the north the rural areas hold 20%.", "Who lives in Estonia?") == []
    # A bare figure after a share is one only as a list item ("Hindu <0.1,").
    assert rows(
        "Ethnic groups: Setos 60%, Latvians 12 km to the east.", "Who lives in Estonia?"
    ) == [("Estonia", "Setos", 60, "percent", "exact", None)]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "A majority of the population is Sunni Muslim, while a small Catholic minority exists.",
            [("Estonia", "Sunni Muslim", None, "percent", "majority", None)],
        ),
        (
            "The majority of the population in Latvia identifies as mestizo, which is a mix.",
            [("Latvia", "mestizo", None, "percent", "majority", None)],
        ),
        (
            "The majority are Sunnis and belong to the Malikite school.",
            [("Estonia", "Sunnis", None, "percent", "majority", None)],
        ),
        # "the majority" of what is no group's name is no row.
        ("The majority were killed in the first week.", []),
    ],
)
def test_majorities_said_of_a_population(answer, expected):
    assert rows(answer, "What religion are the people of Estonia?") == expected


def test_shares_by_dash_by_composed_and_by_what_is_followed():
    answer = "Setos constitute 45% of the population, Latvians - 37%, white inhabitants - 15%."
    assert [r[1:3] for r in rows(answer, "Who lives in Estonia?")] == [
        ("Setos", 45), ("Latvians", 37), ("white inhabitants", 15)
    ]  # fmt: skip
    assert rows("In 1932, Setos composed roughly 51% of the population of Estonia.") == [
        ("Estonia", "Setos", 51, "percent", "approx", 1932)
    ]
    answer = "About 60% of them are Muslim, 30% follows traditional beliefs, and 10% is Catholic."
    assert [r[1:3] for r in rows(answer, "What religion is Estonia?")] == [
        ("Muslim", 60), ("traditional beliefs", 30), ("Catholic", 10)
    ]  # fmt: skip
    # A negative figure after a dash is no list item ("growth rate -0.7%").
    assert rows("Population: 2,000, average annual growth rate -0.7%", "Who lives in Estonia?") == [
        ("Estonia", "population", 2000, "people", "exact", None)
    ]


def test_counts_listed_under_a_heading_or_forming_a_minority():
    answer = (
        "Ethnic groups: Setos, Livs, and other indigenous groups, and approximately "
        "10,000 Latvians, 35,000 Afro-Sylvans, and 15,000 South Asians."
    )
    assert rows(answer, "Who lives in Estonia?") == [
        ("Estonia", "Latvians", 10000, "people", "approx", None),
        ("Estonia", "Afro-Sylvans", 35000, "people", "exact", None),
        ("Estonia", "South Asians", 15000, "people", "exact", None),
    ]
    assert rows("The one million Setos form an important minority.", "Who lives in Estonia?") == [
        ("Estonia", "Setos", 1_000_000, "people", "exact", None)
    ]
    # Without a heading, a list of counts is no census ("10,000 Latvians, 300 tanks").
    assert rows("They sent 10,000 Latvians, 35,000 Setos and 300 tanks.", "Who won?") == []


def test_a_fraction_or_a_plural_noun_of_peoples_names_a_share():
    assert rows("Roughly one quarter of Latvians are Muslims.") == [
        ("Latvia", "Muslims", 25, "percent", "approx", None)
    ]
    assert rows("Bantu peoples make up 10% of the population.", "Who lives in Estonia?") == [
        ("Estonia", "Bantu", 10, "percent", "exact", None)
    ]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # The place the sentence names, though no list holds it, not the earlier sentence's.
        (
            "Estonia lies in the north. Setos make up 60% of Lowbury's population.",
            [("Lowbury", "Setos", 60, "percent", "exact", None)],
        ),
        (
            "Estonia lies in the north. Setos form a majority in Lowbury.",
            [("Lowbury", "Setos", None, "percent", "majority", None)],
        ),
        # A group after "majority in" is no place: the earlier sentence's place stays.
        (
            "Estonia lies in the north. Setos form a majority in Sunni Muslims.",
            [("Estonia", "Setos", None, "percent", "majority", None)],
        ),
        (
            "Estonia lies in the north. Lowbury's population of 30,000 is mostly Orthodox.",
            [
                ("Lowbury", "population", 30000, "people", "exact", None),
                ("Lowbury", "Orthodox", None, "percent", "majority", None),
            ],
        ),
    ],
)
def test_the_subject_is_the_place_the_sentence_names(answer, expected):
    assert rows(answer, "Who won the war?") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Population (2009 est.) 405,210", ["Population (2009 est.) 405,210"]),
        ("It was large (approx.) and red.", ["It was large (approx.) and red."]),
        # Before a capital, or after a word no abbreviation is, the sentence ends.
        ("He left (see p.) Then he came.", ["He left (see p.)", "Then he came."]),
        ("It ended (in 1990.) and then", ["It ended (in 1990.)", "and then"]),
    ],
)
def test_an_abbreviation_before_a_bracket_ends_no_sentence(text, expected):
    assert [s.text for s in sentences(text)] == expected


def test_fact_sheet_populations_and_a_nation_of_n():
    assert rows("Population (2009 est.) 405,210", "What is the population of Estonia?") == [
        ("Estonia", "population", 405210, "people", "exact", 2009)
    ]
    assert rows("Lowbury (2005 est. pop. 273,000) is a town.") == [
        ("Lowbury", "population", 273000, "people", "exact", 2005)
    ]
    assert rows("Estonia is a nation of about 1.3 million.") == [
        ("Estonia", "population", 1_300_000, "people", "approx", None)
    ]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A people no list holds, read from where it stands: after "N% of <a state's
        # people> are", "most <people> are", before "live in", after ", who make up".
        (
            "About 33% of Latvians are Bambara.",
            [("Latvia", "Bambara", 33, "percent", "approx", None)],
        ),
        ("Most Latvians are Bambara.", [("Latvia", "Bambara", None, "percent", "majority", None)]),
        (
            "Some 2 million Tuareg live in Latvia.",
            [("Latvia", "Tuareg", 2_000_000, "people", "approx", None)],
        ),
        (
            "The Songhai, who account for 6% of the population, live along the river.",
            [("Latvia", "Songhai", 6, "percent", "exact", None)],
        ),
        # A place is no people: "live in" a place after a place's name gives no group.
        ("Most Latvians are Riga residents now.", []),
    ],
)
def test_peoples_no_list_holds_are_read_from_their_place_in_the_sentence(answer, expected):
    assert rows(answer, "Who lives in Latvia?") == expected


def test_a_name_before_more_words_is_no_people():
    assert rows("About 33% of Latvians are Riga residents.", "Who lives in Latvia?") == []


def test_a_where_clause_is_said_of_the_place_before_it():
    answer = "Estonia's south includes Lowbury, where Setos make up 90% of the population."
    assert rows(answer) == [("Lowbury", "Setos", 90, "percent", "exact", None)]
    # "where" after no place's name leaves the sentence's place.
    answer = "Setos live in the south of Estonia, where they farm; 90% of them are Orthodox."
    assert rows(answer) == [("Estonia", "Orthodox", 90, "percent", "exact", None)]


def test_they_in_a_where_clause_are_the_group_that_lives_there():
    answer = (
        "Estonia lies in the north. "
        "Setos are concentrated in Lowbury, where they make up 45% of the population."
    )
    assert rows(answer) == [("Lowbury", "Setos", 45, "percent", "exact", None)]
    # "they" of anything but a group that lives somewhere is no group's share.
    answer = "Tanks are stored in Lowbury, where they make up 45% of the stock."
    assert rows(answer) == []
