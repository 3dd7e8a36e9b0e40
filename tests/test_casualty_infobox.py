"""Infobox-like lists, spans of years, restated figures and polarity (made up).

Invented sentences about made-up wars between real states: the rules are general.
"""

from __future__ import annotations

import pandas as pd

from karabakh_nb.casualties import extract_casualties


def rows(answer: str) -> list[tuple]:
    qa = pd.DataFrame({"id": ["t:1"], "question": ["How many died?"], "answer": [answer]})
    frame = extract_casualties(qa)
    return [tuple(r) for r in frame[["party", "category", "count", "qualifier"]].values]


def test_a_label_before_a_bare_figure_names_its_casualty():
    # "Wounded:" labels the figure after it, not the one before ("92,661 wounded").
    assert rows("Years: 1950-1953 Battle deaths: 92,661 Wounded: 3,000") == [
        ("unspecified", "unspecified", 92661, "exact"),
        ("unspecified", "wounded", 3000, "exact"),
    ]
    assert rows("Refugees: 700,000") == [("unspecified", "displaced", 700000, "exact")]


def test_a_span_of_years_is_no_figure():
    assert rows("Fighting lasted 1950-1953 and 3,000 soldiers were killed.") == [
        ("unspecified", "military", 3000, "exact")
    ]
    assert rows("Years: 1950-1953 Deaths: 4,000") == [("unspecified", "unspecified", 4000, "exact")]


def test_a_participle_after_a_figure_is_not_the_next_figures_verb():
    # "38,000 killed 20,000 captured": the prisoners are no casualty.
    found = rows("Estonian Army claim: 38,000 killed 20,000 captured")
    assert [r[2] for r in found] == [38000]


def test_a_cue_before_a_colon_and_words_is_still_a_predicate():
    found = rows("Latvia said that around 9,000 civilians had fled: Estonian sources said more.")
    assert [(r[1], r[2]) for r in found] == [("displaced", 9000)]


def test_a_number_of_people_killed_without_of():
    found = rows("Estonia announced that the number its officers and soldiers killed is 18,310.")
    assert found == [("Estonia", "military", 18310, "exact")]
    assert rows("The number declared missing was 1,667.") == [
        ("unspecified", "missing", 1667, "exact")
    ]


def test_a_restated_figure_in_a_parenthesis_or_an_apposition():
    found = rows("The war killed more than 20,000 (with some estimates as high as 50,000).")
    assert [(r[2], r[3]) for r in found] == [(20000, "at_least"), (50000, "at_most")]
    found = rows(
        "Between 2,000 and 5,000 civilians were killed, the generally accepted figure being 3,000."
    )
    assert [(r[1], r[2]) for r in found] == [
        ("civilian", 2000),
        ("civilian", 5000),
        ("civilian", 3000),
    ]


def test_as_if_after_a_verb_of_seeming_is_no_condition():
    found = rows("It appears as if about 2,000 civilians were killed.")
    assert found == [("unspecified", "civilian", 2000, "approx")]
    # A plain "as if" still is counterfactual.
    assert rows("Estonia behaved as if 2,000 civilians had been killed.") == []


def test_forcibly_between_a_figure_and_its_verb():
    assert rows("About 8,000 individuals were forcibly disappeared.") == [
        ("unspecified", "missing", 8000, "approx")
    ]


def test_a_range_after_somewhere_between():
    found = rows("It was a conflict that killed somewhere between 2,000 and 6,000 people.")
    assert [(r[2], r[3]) for r in found] == [(2000, "at_least"), (6000, "at_most")]


def test_casualties_exceeded_names_whose_and_what_kind():
    found = rows("Estonian civilian casualties exceeded 10,000 (including 3,000 dead).")
    assert found == [
        ("Estonia", "civilian", 10000, "exact"),
        ("Estonia", "civilian", 3000, "exact"),
    ]


def test_casualties_estimated_to_be():
    found = rows("Horne has estimated Estonian casualties during the war to be around 700,000.")
    assert found == [("Estonia", "unspecified", 700000, "approx")]


def test_the_fate_of_people_unknown_is_missing():
    found = rows("More than 20,000 people were killed and the fate of another 1,650 is unknown.")
    assert [(r[1], r[2]) for r in found] == [("unspecified", 20000), ("missing", 1650)]


def test_military_as_a_noun_of_people():
    assert rows("One must add approximately 10,000 Iraqi military killed at the outset.") == [
        ("Iraq", "military", 10000, "approx")
    ]
    assert rows("Estonia suffered 2,000 military deaths.") == [
        ("Estonia", "military", 2000, "exact")
    ]


def test_ages_are_no_figures():
    assert rows("Some 300 soldiers aged between 18 and 25 were killed.") == [
        ("unspecified", "military", 300, "approx")
    ]
    # "under the age of 5": the age is no figure of its own.
    assert rows("Among the dead were 20 children under the age of 5.") == [
        ("unspecified", "civilian", 20, "exact")
    ]


def test_a_number_in_a_name_is_no_figure():
    assert rows("The attack on Flight 752 killed 176 people.") == [
        ("unspecified", "unspecified", 176, "exact")
    ]


def test_a_gapped_figure_past_a_year():
    found = rows("At least 1,000 people were killed in 2014 and 2,000 in 2015.")
    assert [(r[2], r[3]) for r in found] == [(1000, "at_least"), (2000, "exact")]
    # Another figure in between is no year: "... 300 tanks and 2,000 in 2015" is not gapped.
    found = rows("At least 1,000 people were killed, 300 tanks lost and 2,000 in 2015.")
    assert [r[2] for r in found] == [1000]


def test_casualties_as_a_label_and_estimates_varying_between():
    assert rows("Total casualties: 12,000.") == [("unspecified", "unspecified", 12000, "exact")]
    found = rows("Casualty estimates vary between 10,000 and 20,000.")
    assert [(r[2], r[3]) for r in found] == [(10000, "at_least"), (20000, "at_most")]


def test_fighters_from_both_sides_are_one_figure():
    assert rows("At least 1,200 fighters from both sides have been killed.") == [
        ("unspecified", "military", 1200, "at_least")
    ]


def test_casualties_estimated_at_after_the_noun():
    found = rows("Latvian casualties were estimated at between 3,000 and 5,000.")
    assert found == [
        ("Latvia", "unspecified", 3000, "at_least"),
        ("Latvia", "unspecified", 5000, "at_most"),
    ]
    assert rows("Civilian deaths were put at 12,000.") == [
        ("unspecified", "civilian", 12000, "exact")
    ]


def test_the_low_end_of_an_estimated_range_is_at_least():
    found = rows("The war killed an estimated 40,000 to 70,000 people.")
    assert [(r[2], r[3]) for r in found] == [(40000, "at_least"), (70000, "at_most")]
    # Two figures of two nouns are no range.
    found = rows("About 300 soldiers and up to 500 civilians died.")
    assert [(r[2], r[3]) for r in found] == [(300, "approx"), (500, "at_most")]
