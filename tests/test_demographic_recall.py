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
