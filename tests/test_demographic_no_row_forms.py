"""Demographic forms of sentences that once gave no row at all (invented sentences)."""

from __future__ import annotations

import pytest

from tests.test_demographics import rows

Q = "What is Latvia like?"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # The share after "or", right after the group's count.
        (
            "The census divides the inhabitants of Latvia into Setos, numbering 58,426, or "
            "61.8 per cent., and others.",
            [
                ("Latvia", "Setos", 58_426, "people", "exact", None),
                ("Latvia", "Setos", 61.8, "percent", "exact", None),
            ],
        ),
        (
            "The Seto minority of Latvia numbered 9,604 people or 0.95% of the total population.",
            [
                ("Latvia", "Seto", 9_604, "people", "exact", None),
                ("Latvia", "Seto", 0.95, "percent", "exact", None),
            ],
        ),
    ],
)
def test_share_after_or(answer: str, expected: list[tuple]) -> None:
    assert rows(answer, Q) == expected


def test_a_share_of_anything_but_the_whole_after_or_is_no_share() -> None:
    assert rows("The Setos of Latvia numbered 9,604 or 4% of its army.", Q) == [
        ("Latvia", "Setos", 9_604, "people", "exact", None)
    ]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # Another estimate of the same figure keeps its group, place and year.
        (
            "In 1990 the population of Latvia was put at 6.9 million people; international "
            "estimates ranged as high as 7.5 million.",
            [
                ("Latvia", "population", 6_900_000, "people", "exact", 1990),
                ("Latvia", "population", 7_500_000, "people", "at_most", 1990),
            ],
        ),
        (
            "There were over 10,000 Setos in Latvia at that time, while other sources have "
            "suggested 30,000.",
            [
                ("Latvia", "Setos", 10_000, "people", "at_least", None),
                ("Latvia", "Setos", 30_000, "people", "exact", None),
            ],
        ),
        # In the next sentence it is no longer the same statement.
        (
            "The population of Latvia was 2 million. Other sources say 3 million.",
            [("Latvia", "population", 2_000_000, "people", "exact", None)],
        ),
    ],
)
def test_another_estimate_of_the_figure(answer: str, expected: list[tuple]) -> None:
    assert rows(answer, Q) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A population's parts counted after a verb of composing.
        (
            "Its population in 1894 consisted of about 120,000 white people and 50,000 Setos.",
            [
                ("Latvia", "white people", 120_000, "people", "approx", 1894),
                ("Latvia", "Setos", 50_000, "people", "exact", 1894),
            ],
        ),
        (
            "The population of Latvia reached 2.594.928 in 1874, among them 1.055.650 (40,68%) "
            "Setos and 1.539.278 (59,32%) Vods.",
            [
                ("Latvia", "population", 2_594_928, "people", "exact", 1874),
                ("Latvia", "Setos", 1_055_650, "people", "exact", 1874),
                ("Latvia", "Setos", 40.68, "percent", "exact", 1874),
                ("Latvia", "Vods", 1_539_278, "people", "exact", 1874),
                ("Latvia", "Vods", 59.32, "percent", "exact", 1874),
            ],
        ),
        # A part that names no group is no count of one.
        (
            "The population of Latvia is 2 million, comprising 789,300 in the territory "
            "controlled by the government.",
            [("Latvia", "population", 2_000_000, "people", "exact", None)],
        ),
    ],
)
def test_counts_of_a_population_s_parts(answer: str, expected: list[tuple]) -> None:
    assert rows(answer, Q) == expected


def test_counted_people_of_a_group_with_an_aside_before_the_place() -> None:
    # "civilians" after the group, an aside in brackets, the share closing the clause.
    assert rows(
        "In 1960 there were 105,000 Seto civilians (mostly Catholic) in Latvia, 10 per cent "
        "of the population.",
        Q,
    ) == [
        ("Latvia", "Seto", 105_000, "people", "exact", 1960),
        ("Latvia", "Seto", 10, "percent", "exact", 1960),
    ]


def test_a_share_closing_the_clause_must_be_of_the_population() -> None:
    assert rows("In 1960 there were 105,000 Setos in Latvia, 10 per cent of them poor.", Q) == [
        ("Latvia", "Setos", 105_000, "people", "exact", 1960)
    ]


def test_coloured_is_a_class_of_a_census() -> None:
    assert rows(
        "The census divides the inhabitants into whites, numbering 58,000, and colored, "
        "numbering 36,000.",
        Q,
    ) == [
        ("Latvia", "whites", 58_000, "people", "exact", None),
        ("Latvia", "colored", 36_000, "people", "exact", None),
    ]


def test_a_count_before_or_and_a_share_is_the_share_s_group_s() -> None:
    assert rows(
        "In 1957 a magazine said that two million Latvians or eight percent of the population "
        "followed Islam.",
        Q,
    ) == [
        ("Latvia", "Islam", 8, "percent", "exact", 1957),
        ("Latvia", "Islam", 2_000_000, "people", "exact", 1957),
    ]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            'Latvia is a largely Lutheran, culturally diverse and regionally balanced "nation '
            'of minorities."',
            [("Latvia", "Lutheran", None, "percent", "majority", None)],
        ),
        # Capitalised names listed after it: no one group is the majority.
        ("Latvia is a largely Lutheran, Catholic and Orthodox nation.", []),
    ],
)
def test_a_majority_adjective_before_listed_words_and_its_noun(
    answer: str, expected: list[tuple]
) -> None:
    assert rows(answer, Q) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "Latvia had 300,000 inhabitants (mostly Lutheran, but including 20,000 Setos).",
            [
                ("Latvia", "population", 300_000, "people", "exact", None),
                ("Latvia", "Setos", 20_000, "people", "exact", None),
            ],
        ),
        # Soldiers are no population: their aside counts none.
        ("The army of Latvia had 30,000 soldiers (including 2,000 Setos).", []),
    ],
)
def test_a_part_counted_in_a_population_s_aside(answer: str, expected: list[tuple]) -> None:
    assert rows(answer, Q) == expected


def test_a_later_count_said_by_there_were() -> None:
    assert rows(
        "By the census of 1861 the Setos in Latvia numbered 3,834, of whom 57 were women, and "
        "on December 31, 1877 there were 4,811.",
        Q,
    ) == [
        # "of whom 57 were women": a part of the counted people (demographic_compositions).
        ("Latvia", "women", 57, "people", "exact", 1861),
        ("Latvia", "Setos", 3_834, "people", "exact", 1861),
        ("Latvia", "Setos", 4_811, "people", "exact", 1877),
    ]
