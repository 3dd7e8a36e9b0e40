from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from karabakh_nb.numbers import (
    MAX_FIGURE,
    QUALIFIERS,
    find_implausible_numbers,
    find_numbers,
    has_number,
)


def only(text: str):
    found = find_numbers(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,746 soldiers", 1746),
        ("2,783 of its soldiers", 2783),
        ("about 189,000, of whom", 189000),
        ("1.2 million people", 1_200_000),
        ("some 3.7 million people", 3_700_000),
        ("More than 6 million refugees", 6_000_000),
        ("one million", 1_000_000),
        ("forty-four days", 44),
        ("two countries", 2),
        ("Four other", 4),
        ("three hundred and fifty thousand people", 350_000),
        ("a thousand men", 1000),
        ("half a million", 500_000),
        ("a dozen soldiers", 12),
        ("1989", 1989),
        ("12.5 per cent", 12.5),
    ],
)
def test_values(text, value):
    assert only(text).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("8.3 million", 8_300_000), ("7.7 million", 7_700_000), ("0.1 million", 100_000)],
)
def test_scaled_decimals_are_exact(text, value):
    # 8.3 * 1e6 is 8300000.000000001 in floating point: the product is taken in decimal.
    found = only(text).value
    assert found == value
    assert isinstance(found, int)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("2,801 soldiers", "exact"),
        ("More than 1,746", "at_least"),
        ("at least 2,783", "at_least"),
        ("Over 600,000", "at_least"),
        ("in excess of 300", "at_least"),
        ("more than one million", "at_least"),
        ("2,000 or more", "at_least"),
        ("2,000+ troops", "at_least"),
        ("Some 30,000", "approx"),
        ("some 3.7 million", "approx"),
        ("More than 6 million", "at_least"),
        ("about 192,000", "approx"),
        ("About 192,000", "approx"),
        ("approximately 85%", "approx"),
        ("nearly 5,000", "approx"),
        ("Roughly 20,000", "approx"),
        ("around 100", "approx"),
        ("a dozen", "approx"),
        ("Up to 4,000", "at_most"),
        ("fewer than 10", "at_most"),
        ("as many as 5,000", "at_most"),
        ("500 or fewer", "at_most"),
    ],
)
def test_qualifiers(text, qualifier):
    mention = only(text)
    assert mention.qualifier == qualifier
    assert mention.qualifier in QUALIFIERS


def test_surface_and_offsets_include_the_qualifier():
    text = "Azerbaijan announced that at least 2,783 of its soldiers died."
    mention = only(text)
    assert mention.surface == "at least 2,783"
    assert text[mention.start : mention.end] == mention.surface
    assert text[mention.number_start : mention.end] == "2,783"
    assert mention.unit == "of"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("85% Shia", 85, "Shia"), ("85 percent", 85, None), ("15 % Sunni", 15, "Sunni")],
)
def test_percentages(text, value, unit):
    mention = only(text)
    assert mention.is_percent
    assert (mention.value, mention.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("a 44-day war", 44, "day"), ("a forty-four-day-long war", 44, "day")],
)
def test_hyphenated_modifiers_are_compounds(text, value, unit):
    mention = only(text)
    assert mention.compound
    assert (mention.value, mention.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "hundreds of people",
        "thousands died",
        "dozens were hurt",
        "several soldiers",
        "the 21st century",
        "$5 million in aid",
        "a region",
    ],
)
def test_vague_quantities_ordinals_and_money_are_not_numbers(text):
    assert find_numbers(text) == []


def test_years_are_flagged():
    mention = only("In 1989, the oblast")
    assert mention.maybe_year
    assert not only("1,989 people").maybe_year


def test_several_numbers_in_order():
    found = find_numbers("approximately 85% Shia and 15% Sunni")
    assert [(m.value, m.qualifier) for m in found] == [(85, "approx"), (15, "exact")]


def test_has_number():
    assert has_number("Forty people")
    assert has_number("in 2020")
    assert not has_number("no figures here")


@given(st.integers(min_value=0, max_value=10**9))
def test_grouped_digits_round_trip(n):
    assert only(f"{n:,} people").value == n


@pytest.mark.parametrize(
    ("text", "surface", "reason"),
    [
        ("10000000000000000000000 soldiers were killed", "10000000000000000000000", "over"),
        ("10,000,000,000,000,000,000,000 soldiers", "10,000,000,000,000,000,000,000", "over"),
        ("9" * 400 + " soldiers", "9" * 400, "over"),
        ("20 billion people", "20 billion", "over"),
        ("nine hundred billion people", "nine hundred billion", "over"),
        ("a share of 150% of the population", "150%", "a percentage over 100%"),
        ("2,801 % were Shia", "2,801 %", "a percentage over 100%"),
        ("more than 100.5 percent", "more than 100.5 percent", "a percentage over 100%"),
    ],
)
def test_implausible_figures_are_left_out_and_listed(text, surface, reason):
    # A 400-digit figure raised OverflowError downstream, 10^22 became a negative count.
    assert find_numbers(text) == []
    [dropped] = find_implausible_numbers(text)
    assert (dropped.surface, text[dropped.start : dropped.end]) == (surface, surface)
    assert dropped.reason.startswith(reason)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10,000,000,000 people", MAX_FIGURE),
        ("8 billion people", 8_000_000_000),
        ("100% of them", 100),
        ("99.9 percent", 99.9),
    ],
)
def test_figures_up_to_the_bounds_are_kept(text, value):
    assert only(text).value == value
    assert find_implausible_numbers(text) == []


@given(st.text(alphabet="0123456789,.% ", max_size=600))
def test_any_run_of_digits_gives_bounded_numbers(text):
    for m in find_numbers(text):
        assert 0 <= m.value <= (100 if m.is_percent else MAX_FIGURE)


def test_indian_digit_grouping_and_as_high_as():
    found = find_numbers("recorded as 1,40,802 souls, as high as 14,000, and 12,34 units")
    assert [(n.value, n.qualifier) for n in found][:2] == [(140802, "exact"), (14000, "at_most")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("five or six thousand people", [5000, 6000]),
        ("upwards of five or six-thousand people", [5000, 6000]),
        ("3 or 4 million refugees", [3_000_000, 4_000_000]),
        # the low end keeps its own value when scaling would pass the high end
        ("200 or 3 million", [200, 3_000_000]),
        ("two or three soldiers", [2, 3]),
        ("a million and a half people", [1_500_000]),
    ],
)
def test_alternatives_share_the_last_scale(text, values):
    assert [n.value for n in find_numbers(text)] == values


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A bare scale word is one of it after a qualifier or "the" / "another".
        ("sent an estimated million people abroad", [(1_000_000, "approx")]),
        ("from the million war dead", [(1_000_000, "exact")]),
        ("another million fled", [(1_000_000, "exact")]),
        # Not alone, nor in a plural.
        ("million dollars were spent", []),
        ("the millions of dead", []),
    ],
)
def test_a_bare_million(text, found):
    assert [(n.value, n.qualifier) for n in find_numbers(text)] == found


def test_the_low_end_of_a_range_of_percentages_is_a_percentage():
    low, high = find_numbers("between 15 and 20 percent")
    assert (low.value, low.is_percent, low.qualifier) == (15, True, "at_least")
    assert (high.value, high.is_percent, high.qualifier) == (20, True, "at_most")
    assert find_numbers("8.3 to 9 million")[0].value == 8_300_000


def test_a_range_to_an_upper_bound():
    # "from 50,000 to as many as 300,000": the low end is a lower bound too.
    low, high = find_numbers("from 50,000 to as many as 300,000")
    assert (low.value, low.qualifier) == (50_000, "at_least")
    assert (high.value, high.qualifier) == (300_000, "at_most")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Thousands grouped by spaces, plain or narrow, are one figure ...
        ("About 17 000 soldiers died.", [17_000]),
        ("1 250 000 refugees", [1_250_000]),
        ("17\u202f000 killed", [17_000]),
        # ... but a year and the figure after it stay two numbers.
        ("In 2020 50 000 fled", [2020, 50_000]),
        ("In 1991 100 people", [1991, 100]),
    ],
)
def test_thousands_grouped_by_spaces(text, expected):
    assert [n.value for n in find_numbers(text)] == expected


def test_the_denominator_of_a_fraction_is_no_number():
    # "1 1/2 million" is one and a half million: the "2 million" after the slash is
    # not a figure of its own.
    assert [m.value for m in find_numbers("more like 1 1/2 million refugees")] == [1_500_000]


def test_half_a_per_cent_is_a_share_of_one_half():
    found = find_numbers("The mixed population was only about half a per cent of the total.")
    assert [(n.value, n.is_percent, n.qualifier) for n in found] == [(0.5, True, "approx")]
    # "half a million" stays a count; "half the population" a share of 50.
    assert [n.value for n in find_numbers("Half a million fled.")] == [500_000]
    assert [(n.value, n.is_percent) for n in find_numbers("Half the people left.")] == [(50, True)]
