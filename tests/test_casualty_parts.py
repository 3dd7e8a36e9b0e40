"""A part of people a sentence counted is theirs, even when they are no casualty (made up)."""

from __future__ import annotations

from tests.casualty_support import rows


def test_a_part_of_people_counted_as_no_casualty_is_theirs():
    # The 2,000 camped (no casualty); 900 of them died: Peruvian soldiers.
    assert rows(
        "Some 2,000 Peruvian soldiers camped by the river, and by noon more than 900 of them "
        "were dead."
    ) == [("Peru", "military", 900, "at_least")]


def test_of_them_counts_the_people_the_sentence_counted_last():
    assert rows(
        "Of the almost 9,000 Peruvians, some 5,000 took part in the fighting, and roughly "
        "1,000 of them were killed."
    ) == [("Peru", "unspecified", 1000, "approx")]


def test_those_deaths_after_a_figure_are_part_of_it():
    assert rows(
        "About 40 Chilean sailors were killed in the war, though only 12 of those deaths "
        "were due to combat, and 19 were wounded."
    ) == [
        ("Chile", "military", 40, "approx"),
        ("Chile", "military", 12, "exact"),
        ("Chile", "wounded", 19, "exact"),
    ]
