"""Shares of lower-case groups, descent and "others" in a list: invented places and sentences."""

from __future__ import annotations

from karabakh_nb.numbers import find_numbers
from tests.test_demographics import rows

ABOUT_FREEDONIA = "What is the ethnic makeup of Freedonia?"


def test_lower_case_classes_and_descent_are_groups_of_a_list():
    got = rows(
        "Another 20.5% is of pure Sylvan descent, 2% are of pure indigenous descent, "
        "0.3% are black and others are 0.7%.",
        ABOUT_FREEDONIA,
    )
    assert [(g, v) for _, g, v, *_ in got] == [
        ("Sylvan descent", 20.5),
        ("indigenous descent", 2),
        ("black", 0.3),
        ("others", 0.7),
    ]
    assert {s for s, *_ in got} == {"Freedonia"}


def test_a_purity_modifier_is_not_part_of_the_group():
    got = rows(
        "About 70 percent of population mestizo, 25 percent Sylvan, and 5 percent unmixed Seto.",
        ABOUT_FREEDONIA,
    )
    assert [(g, v) for _, g, v, *_ in got] == [("mestizo", 70), ("Sylvan", 25), ("Seto", 5)]


def test_non_religious_is_a_class_but_of_a_people_is_not_its_share():
    got = rows("Of its people, 60% are Lutheran and 30% are non-religious.", ABOUT_FREEDONIA)
    assert ("Freedonia", "non-religious", 30, "percent", "exact", None) in got
    # "10% of Sylvans live in cities": a share of the Sylvans, not the Sylvans' share.
    assert rows("About 10% of Sylvans live in cities.", ABOUT_FREEDONIA) == []


def test_two_peoples_joined_by_and_are_one_counted_group_and_others_close_a_list():
    got = rows(
        "Of its 500,000 people, 400,000 (80%) were Sylvans, 60,000 (12%) Setos, "
        "30,000 Marlovians and Latvians (6%) and 10,000 (2%) others.",
        ABOUT_FREEDONIA,
    )
    groups = {(g, v) for _, g, v, *_ in got}
    assert {("Marlovians and Latvians", 30000), ("Marlovians and Latvians", 6)} <= groups
    assert {("others", 10000), ("others", 2)} <= groups
    # "and" joins two names only where the group ends: "Sylvans and the Setos" is not one.
    assert not [g for g, _ in groups if g.endswith(" and")]


def test_one_in_n_is_a_share_of_the_whole_it_counts():
    assert rows("One in five residents of Latvia is ethnic Sylvan.") == [
        ("Latvia", "ethnic Sylvan", 20, "percent", "exact", None)
    ]
    assert rows("One in three people are Lutherans.", ABOUT_FREEDONIA) == [
        ("Freedonia", "Lutherans", 33.3, "percent", "exact", None)
    ]
    # The people after "one in eight" are the whole, not a group's share.
    assert rows("One in every eight Setos has fled across the border.", ABOUT_FREEDONIA) == []
    # "one in five years" is no share.
    assert not [n for n in find_numbers("once in five years, one in ten years") if n.is_percent]


def test_a_second_place_in_a_gapped_list_of_populations():
    got = rows("Latvia had 1.2 million inhabitants, Estonia 300,000.")
    assert [(s, v) for s, _, v, *_ in got] == [("Latvia", 1200000), ("Estonia", 300000)]
    got = rows("About 2 million people live in Latvia and 1.3 million in Estonia.")
    assert {(s, v) for s, _, v, *_ in got} == {("Latvia", 2000000), ("Estonia", 1300000)}


def test_rows_of_a_flattened_population_table():
    got = rows(
        "Population censuses in Latvia take place every decade. 1928 | 6,204,684 | 129,880 | "
        "After the exchange | 1940 | 7,344,860 | || 1951 | 7,632,801 | 131,957 | Islands |",
        "What was the population of Latvia in 1940?",
    )
    assert got == [
        ("Latvia", "population", 6204684, "people", "exact", 1928),
        ("Latvia", "population", 7344860, "people", "exact", 1940),
        ("Latvia", "population", 7632801, "people", "exact", 1951),
    ]
    # A table of the dead is no population's, whatever the answer says.
    assert rows("Deaths, population affected: 1992 | 3,000 killed | 1993 | 5,000 |") == []


def test_an_earlier_figure_after_up_from_is_the_same_groups():
    got = rows(
        "In 2022, 77.5% of the population identified as Seto, a mix of ancestries, "
        "up from 71.9% in 2000.",
        ABOUT_FREEDONIA,
    )
    assert [(g, v, y) for _, g, v, _, _, y in got] == [("Seto", 77.5, 2022), ("Seto", 71.9, 2000)]
    got = rows("The 2010 census counted 1,648,968 Setos in Latvia, up from 655,165 in 2000.")
    assert [(s, g, v) for s, g, v, *_ in got] == [
        ("Latvia", "Setos", 1648968),
        ("Latvia", "Setos", 655165),
    ]
    # A count after "up from" is never a share's.
    got = rows("Setos made up 10% of the population, up from 8,000 people.", ABOUT_FREEDONIA)
    assert ("Setos", 8000) not in [(g, v) for _, g, v, *_ in got]


def test_speakers_and_immigrants_are_counted_where_they_live():
    assert rows("There are 2 million Sylvan speakers in Latvia.") == [
        ("Latvia", "Sylvan speakers", 2000000, "people", "exact", None)
    ]


def test_a_class_of_a_people_and_the_remaining_share():
    assert rows("Ethnically, 86.3% of Latvians are mixed.") == [
        ("Latvia", "mixed", 86.3, "percent", "exact", None)
    ]
    got = rows("Sylvans make up 80% of the population and Setos make up the remaining 20%.")
    assert [(g, v) for _, g, v, *_ in got] == [("Sylvans", 80), ("Setos", 20)]


def test_a_share_of_the_relocated_is_no_groups_share():
    got = rows(
        "About 410,000 Setos, or 12% of Latvia's population, were relocated to the east.",
        ABOUT_FREEDONIA,
    )
    assert not [r for r in got if r[3] == "percent"]
    # A clause between that says what the group is keeps the share.
    got = rows("Setos, who make up 12% of the population, were once nomads.", ABOUT_FREEDONIA)
    assert got == [("Freedonia", "Setos", 12, "percent", "exact", None)]


def test_list_items_by_dash_colon_and_decimal_comma():
    for text in (
        "Ethnic composition: Latvians—31.9%, Russians—30.3%, Ukrainians—28.8%.",
        "Latvians: 31.9%, Russians: 30.3%, Ukrainians: 28.8%.",
    ):
        got = rows(text, ABOUT_FREEDONIA)
        assert [(g, v) for _, g, v, *_ in got] == [
            ("Latvians", 31.9),
            ("Russians", 30.3),
            ("Ukrainians", 28.8),
        ], text
    got = rows("Latvians 31,9%, Russians 30,3%.", ABOUT_FREEDONIA)
    assert [v for _, _, v, *_ in got] == [31.9, 30.3]
    # A heading's colon at the sentence's start names no group.
    assert rows("Note: 40% of those polled said no.", ABOUT_FREEDONIA) == []


def test_a_plurality_is_a_share():
    got = rows("Sylvans make up a plurality at 34%.", ABOUT_FREEDONIA)
    assert got == [("Freedonia", "Sylvans", 34, "percent", "exact", None)]


def test_n_out_of_m_is_a_share():
    assert rows("Two out of three residents are Setos.", ABOUT_FREEDONIA) == [
        ("Freedonia", "Setos", 66.7, "percent", "exact", None)
    ]
    assert rows("Two out of three Setos fled the war.", ABOUT_FREEDONIA) == []
