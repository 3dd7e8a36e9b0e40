"""Number forms read by the shared number reader: abbreviations, mixed fractions, scale
words (Indian too), "N-odd", dozens and scores, money left out. Invented sentences."""

from __future__ import annotations

import pytest

from karabakh_nb.numbers import find_numbers


def read(text: str) -> list[tuple[int | float, str]]:
    return [(m.value, m.qualifier) for m in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Freedonia lost 1.9 mln people in the war.", 1_900_000),
        ("Sylvania's population was 4 mln at the time.", 4_000_000),
        ("The refugees numbered 1.9m.", 1_900_000),
        ("The refugees numbered 1.9m, most of them women.", 1_900_000),
        ("By the end, the toll was 40k; the war went on.", 40_000),
        ("12k troops crossed the river.", 12_000),
        ("Some 1.5 bn people live in the region.", 1_500_000_000),
        ("Freedonia had 2 bln inhabitants.", 2_000_000_000),
    ],
)
def test_abbreviated_scales(text, value):
    assert [m.value for m in find_numbers(text)] == [value]


def test_a_glued_m_before_a_singular_word_is_no_million():
    # "a 10m wall": metres, not ten million.
    assert [m.value for m in find_numbers("They built a 10m wall.")] == []


@pytest.mark.parametrize(
    "text",
    [
        "The war cost $5m in aid.",
        "Rebuilding cost £2bn.",
        "Freedonia paid USD 3 mln to rebuild the bridge.",
        "Sylvania received EUR 4 million from the fund.",
        "The state paid Rs 2 lakh to each family.",
        "The fund held 4 million euros.",
        "Damage was put at 3 mln dollars.",
    ],
)
def test_money_is_no_count(text):
    assert find_numbers(text) == []


def test_a_people_named_after_a_currency_is_no_money():
    # "Euro-Africans" are people: the word after the figure is not "euro".
    assert read("and 35,000 Euro-Africans lived there") == [(35_000, "exact")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Freedonia had 1 1/2 million refugees.", 1_500_000),
        ("Sylvania lost 2 3/4 million people.", 2_750_000),
        ("Some 2½ thousand soldiers died.", 2_500),
        ("one and a half million people fled", 1_500_000),
        ("two-and-a-half thousand soldiers surrendered", 2_500),
        ("one-and-a-half million refugees", 1_500_000),
    ],
)
def test_a_whole_and_a_part(text, value):
    assert [m.value for m in find_numbers(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from five to twelve percent of the voters", [(5, "at_least"), (12, "at_most")]),
        ("between two and three thousand soldiers", [(2_000, "at_least"), (3_000, "at_most")]),
        ("five to six thousand soldiers died", [(5_000, "at_least"), (6_000, "at_most")]),
        ("1.5-2m people fled", [(1_500_000, "at_least"), (2_000_000, "at_most")]),
        ("between 1 and 2 lakh people fled", [(100_000, "at_least"), (200_000, "at_most")]),
        ("1-2k troops", [(1_000, "at_least"), (2_000, "at_most")]),
    ],
)
def test_ranges_scale_both_ends(text, expected):
    assert read(text) == expected


def test_a_word_range_of_percentages_is_two_shares():
    found = find_numbers("from five to twelve percent of the voters")
    assert [m.is_percent for m in found] == [True, True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("300-odd soldiers were captured", (300, "approx")),
        ("300 odd soldiers were captured", (300, "approx")),
        ("a dozen villages burned", (12, "approx")),
        ("two dozen villages burned", (24, "approx")),
        ("half a dozen villages burned", (6, "approx")),
        ("a score of villages burned", (20, "approx")),
    ],
)
def test_round_counts_are_approximate(text, expected):
    assert read(text) == [expected]


def test_odd_is_the_unit_s_modifier_not_a_compound():
    mention = find_numbers("300-odd soldiers were captured")[0]
    assert (mention.unit, mention.compound) == ("soldiers", False)


@pytest.mark.parametrize(
    "text",
    ["dozens of soldiers died", "scores of villages burned", "the final score was close"],
)
def test_vague_dozens_and_scores_are_no_number(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2 lakh people were displaced", 200_000),
        ("1.5 crore people live there", 15_000_000),
        ("two lakh refugees", 200_000),
        ("3 lakhs refugees", 300_000),
    ],
)
def test_indian_scale_words(text, value):
    assert [m.value for m in find_numbers(text)] == [value]


def test_upward_of_is_a_lower_bound():
    assert read("Upward of 4,000 Freedonians were injured.") == [(4_000, "at_least")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The noun after each end: still one range.
        ("from 2,800 children to 3,200 children fled", [(2_800, "at_least"), (3_200, "at_most")]),
        ("between 200 soldiers and 300 soldiers died", [(200, "at_least"), (300, "at_most")]),
        # Two nouns: two counts of different things, no range.
        ("from 200 soldiers to 300 tanks", [(200, "exact"), (300, "exact")]),
        ("he sent 200 soldiers to 300 villages", [(200, "exact"), (300, "exact")]),
    ],
)
def test_a_range_whose_ends_each_have_their_noun(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    ["approximately 400,000 to 450,000 people", "some 400,000–450,000 people"],
)
def test_an_approximate_range_is_still_two_bounds(text):
    assert read(text) == [(400_000, "at_least"), (450_000, "at_most")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quarter of a million is a count, round by nature; "a quarter of the X" is none.
        ("A quarter of a million people fled Freedonia.", [(250_000, "approx")]),
        ("Some three-quarters of a million Sylvanians fled.", [(750_000, "approx")]),
        # Thousands by a space before a comma or a full stop ("17 000, while").
        ("The toll was over 17 000, while 2300 were missing.",
         [(17_000, "at_least"), (2300, "exact")]),
        ("The toll was 17 000.", [(17_000, "exact")]),
    ],
)  # fmt: skip
def test_quarters_of_a_million_and_spaced_thousands(text, expected):
    assert read(text) == expected


def test_an_aside_after_the_low_end_keeps_the_range():
    text = "Estimates ranged between 1,020 (an official claim) and 45,000 (a later claim)."
    assert read(text) == [(1020, "at_least"), (45_000, "at_most")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an older plural scale after number words
        ("Freedonia had three hundred and fifty millions of people.", [(350_000_000, "exact")]),
        # a word range lends its "hundred" and its scale to the low end
        ("It lies between three and four hundred millions.",
         [(300_000_000, "at_least"), (400_000_000, "at_most")]),
        ("Between two and three hundred people came.", [(200, "at_least"), (300, "at_most")]),
        ("Between 350 and four hundred thousand fled.",
         [(350_000, "at_least"), (400_000, "at_most")]),
        # a bare low end as long as the high end's lead takes its thousands
        ("The Setos numbered 5-6,000 people.", [(5_000, "at_least"), (6_000, "at_most")]),
        ("About 40–45,000 came.", [(40_000, "at_least"), (45_000, "at_most")]),
        ("From 300-1,000 people came.", [(300, "at_least"), (1_000, "at_most")]),
    ],
)  # fmt: skip
def test_range_ends_lent_scales(text, expected):
    assert read(text) == expected
