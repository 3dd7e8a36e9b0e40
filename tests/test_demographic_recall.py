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
