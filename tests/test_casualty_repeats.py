"""A figure read twice is one row (made-up sentences, invented figures)."""

from __future__ import annotations

from tests.casualty_support import rows


def test_a_sentence_repeating_its_figures_gives_them_once():
    # An infobox line glued to the prose that repeats it.
    assert rows(
        "Bolivia: 4,120 killed 2,310 missing Bolivia lost 4,120 killed and 2,310 missing."
    ) == [("Bolivia", "unspecified", 4120, "exact"), ("Bolivia", "missing", 2310, "exact")]


def test_a_headers_figure_given_again_as_a_partys_is_that_partys():
    assert rows("7,400 killed Casualties and losses Peru: 7,400 killed, 1,200 wounded") == [
        ("Peru", "unspecified", 7400, "exact"),
        ("Peru", "wounded", 1200, "exact"),
    ]


def test_figures_of_two_kinds_or_qualifiers_stay_two_rows():
    found = rows(
        "Nearly 30,000 Peruvians have fled to Chile; more than 30,000 others are displaced."
    )
    assert [r[2:] for r in found] == [(30000, "approx"), (30000, "at_least")]
    found = rows("The war killed 500 soldiers and 500 civilians.")
    assert [r[1:3] for r in found] == [("military", 500), ("civilian", 500)]


def test_a_whole_restating_an_earlier_figure_is_not_counted_again():
    assert rows(
        "Some 60,000 people died in the war. Of those 60,000 deaths, at least 9,000 "
        "were caused by disease."
    ) == [("unspecified", "unspecified", 60000, "approx")]
    # Not given before: the whole is read.
    assert rows("Of those 60,000 deaths, at least 9,000 were caused by disease.") == [
        ("unspecified", "unspecified", 60000, "exact")
    ]
