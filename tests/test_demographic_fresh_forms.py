"""Demographic forms first met in unseen encyclopaedic prose (invented sentences).

Counts listed after "there were", each group's share in brackets, the place after the last.
"""

from __future__ import annotations

import pytest

from tests.test_demographics import rows

Q = "What is Sylvania like?"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # Counts listed after "there were", the place after the last; shares in brackets.
        (
            "In 1870 there were 963.596 (42,22%) Vosks and 1.318.506 (57,78%) non-Vosks in "
            "the Upper Province.",
            [
                ("Upper Province", "Vosks", 963_596, "people", "exact", 1870),
                ("Upper Province", "Vosks", 42.22, "percent", "exact", 1870),
                ("Upper Province", "non-Vosks", 1_318_506, "people", "exact", 1870),
                ("Upper Province", "non-Vosks", 57.78, "percent", "exact", 1870),
            ],
        ),
        (
            "There were 3,000 Vosks, 2,000 Tarns and 500 Kels in Freedonia alone.",
            [
                ("Freedonia", "Vosks", 3_000, "people", "exact", None),
                ("Freedonia", "Tarns", 2_000, "people", "exact", None),
                ("Freedonia", "Kels", 500, "people", "exact", None),
            ],
        ),
        # No place after the list: no row from it.
        ("There were 3,000 Vosks and 2,000 Tarns in the valley.", []),
    ],
)
def test_listed_counts(answer: str, expected: list[tuple]) -> None:
    assert sorted(rows(answer, Q), key=str) == sorted(expected, key=str)


def test_opening_adverb_is_no_place() -> None:
    # "Overall," opens the sentence; the place is the one the answer is about.
    answer = "Sylvania is a small state. Overall, the Vosk make up 35.8% of the population."
    assert rows(answer, Q) == [("Sylvania", "Vosk", 35.8, "percent", "exact", None)]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "The largest ethnic groups are the Vosk (or Vusk) (100,000), living mainly on "
            "the coast, the Tarn (80,000), in the mountains, and the Kel (20,000).",
            [
                ("Sylvania", "Vosk", 100_000, "people", "exact", None),
                ("Sylvania", "Tarn", 80_000, "people", "exact", None),
                ("Sylvania", "Kel", 20_000, "people", "exact", None),
            ],
        ),
        (
            "The main tribes of mostly upland origin include the Bunak (50,000) in the "
            "interior and the Maka at the eastern end.",
            [("Sylvania", "Bunak", 50_000, "people", "exact", None)],
        ),
        # Not a noun of peoples: no row.
        ("The army groups were the Fifth (20,000) and the Sixth (30,000).", []),
    ],
)
def test_bracketed_counts_of_listed_peoples(answer: str, expected: list[tuple]) -> None:
    assert rows("Sylvania is a small state. " + answer, Q) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "In the 1971 census the Catholic population had fallen slightly to 31.4 per cent.",
            [("Sylvania", "Catholic", 31.4, "percent", "exact", 1971)],
        ),
        (
            "Those identifying as Protestant also fell, to 59.2 per cent.",
            [("Sylvania", "Protestant", 59.2, "percent", "exact", None)],
        ),
        (
            "By 1981 the share identifying as Catholic was at its lowest, at 28 per cent.",
            [("Sylvania", "Catholic", 28, "percent", "exact", 1981)],
        ),
        (
            "People identifying as Protestant stood at 53.4 per cent.",
            [("Sylvania", "Protestant", 53.4, "percent", "exact", None)],
        ),
        (
            "In 1991 the census showed 50.7 per cent identifying as Protestant.",
            [("Sylvania", "Protestant", 50.7, "percent", "exact", 1991)],
        ),
        # The share is another clause's: no row.
        (
            "People identifying as Protestant complained, and 20 per cent of the vote went away.",
            [],
        ),
    ],
)
def test_group_named_before_its_share(answer: str, expected: list[tuple]) -> None:
    assert rows(answer, "What religion were people in Sylvania?") == expected


def test_question_place_keeps_its_compass_word() -> None:
    # "Eastern Latvia" is a place of its own, not Latvia.
    got = rows("Catholics made up 33.5 per cent.", "What religion were people in Eastern Latvia?")
    assert got == [("Eastern Latvia", "Catholics", 33.5, "percent", "exact", None)]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "The 1990 national census gave a population count of 12,345,678, some 345,262 "
            "more than had been expected.",
            [("Sylvania", "population", 12_345_678, "people", "exact", 1990)],
        ),
        (
            "The population total was 2,000,000.",
            [("Sylvania", "population", 2_000_000, "people", "exact", None)],
        ),
    ],
)
def test_population_count_of(answer: str, expected: list[tuple]) -> None:
    assert rows("Sylvania is a small state. " + answer, Q) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "The Vosks, Kels included, numbered 2,398,200.",
            [("Sylvania", "Vosks", 2_398_200, "people", "exact", None)],
        ),
        (
            "The Muslims numbered 589,426.",
            [("Sylvania", "Muslims", 589_426, "people", "exact", None)],
        ),
        ("The British forces numbered 20,000.", []),
        ("The Muslims killed numbered 3,000.", []),
    ],
)
def test_group_numbered(answer: str, expected: list[tuple]) -> None:
    assert rows("Sylvania is a small state. " + answer, Q) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "The two groups make up the majority, with the Vosk/Tarn ratio being 29%/28% in "
            "1984 and 32.5%/30% in 1994.",
            [
                ("Sylvania", "Vosk", 29, "percent", "exact", 1984),
                ("Sylvania", "Tarn", 28, "percent", "exact", 1984),
                ("Sylvania", "Vosk", 32.5, "percent", "exact", 1994),
                ("Sylvania", "Tarn", 30, "percent", "exact", 1994),
            ],
        ),
        ("The price/earnings ratio was 29%/28% in 1984.", []),
    ],
)
def test_ratio_of_two_shares(answer: str, expected: list[tuple]) -> None:
    assert rows("Sylvania is a small state. " + answer, Q) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "Most people belong either to the Vosk people (38.8% of the total population, and "
            "residents of the north) or to the Tarn people (27.6% of the population, living "
            "mainly in the south).",
            [
                ("Sylvania", "Vosk", 38.8, "percent", "exact", None),
                ("Sylvania", "Tarn", 27.6, "percent", "exact", None),
            ],
        ),
        ("The Vosk Party (38.8% of the vote) won.", []),
    ],
)
def test_share_in_brackets_after_a_people(answer: str, expected: list[tuple]) -> None:
    assert rows("Sylvania is a small state. " + answer, Q) == expected


def test_shares_per_hundred() -> None:
    answer = (
        "Sylvania is a small state. In 1950 out of every 100 people you met there, 44 were "
        "Muslims, 39 Christians and 5 Jews."
    )
    assert rows(answer, Q) == [
        ("Sylvania", "Muslims", 44, "percent", "exact", 1950),
        ("Sylvania", "Christians", 39, "percent", "exact", 1950),
        ("Sylvania", "Jews", 5, "percent", "exact", 1950),
    ]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # The possessive's apostrophe lost ("Latvias"); a range's two ends.
        (
            "The famine affected 7.75 million people (out of Latvias 18–20 million).",
            [
                ("Latvia", "population", 18_000_000, "people", "at_least", None),
                ("Latvia", "population", 20_000_000, "people", "at_most", None),
            ],
        ),
        (
            "The famine affected 7.75 million people (out of Latvia's 20 million).",
            [("Latvia", "population", 20_000_000, "people", "exact", None)],
        ),
        ("The famine killed 300 out of Latvia's 5,000 soldiers.", []),
    ],
)
def test_out_of_a_places_people(answer: str, expected: list[tuple]) -> None:
    assert rows(answer, Q) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A size places are sorted by, not a population.
        ("There are no large cities, and the only ones with more than 25,000 inhabitants are "
         "Riverton and Lakeside.", []),
        ("Riverton is a town with over 13,000 inhabitants.",
         [("Riverton", "population", 13_000, "people", "at_least", None)]),
    ],
)  # fmt: skip
def test_threshold_is_no_population(answer: str, expected: list[tuple]) -> None:
    assert rows(answer, Q) == expected


def test_bracketed_counts_of_listed_towns() -> None:
    answer = (
        "There are no large cities, and the only ones with more than 25,000 inhabitants are "
        "Riverton (32,048) and Lakeside (27,952)."
    )
    assert rows(answer, Q) == [
        ("Riverton", "population", 32_048, "people", "exact", None),
        ("Lakeside", "population", 27_952, "people", "exact", None),
    ]
    assert rows("The largest towns are Riverton (1990) and Lakeside.", Q) == []


@pytest.mark.parametrize(
    "answer",
    [
        "Anger exploded into riots in Riverton, Latvia's only Catholic-majority city, in 1968.",
        # The possessive's apostrophe lost.
        "Anger exploded into riots in Riverton, Eastern Latvias only Catholic-majority city.",
    ],
)
def test_majority_of_a_place_in_apposition(answer: str) -> None:
    assert [r[:3] for r in rows(answer, Q)] == [("Riverton", "Catholic", None)]
