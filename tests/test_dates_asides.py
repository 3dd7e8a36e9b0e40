"""Dates with a calendar aside, a one-digit end year, an adjective year before a singular noun."""

import pytest

from karabakh_nb.dates import find_dates


def dates(text):
    return [(m.date, m.end_date) for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On March 3 [O.S. February 19] 1861 the tsar signed it.", [("1861-03-03", None)]),
        ("On 7 November [Old Style: 25 October] 1917 they rose.", [("1917-11-07", None)]),
        ("On February 19 (N.S. March 3), 1861 the decree came.", [("1861-02-19", None)]),
        ("It fell on 12 April [O.S. 31 March] 1712, and Sylvania wept.", [("1712-04-12", None)]),
    ],
)
def test_an_old_style_date_in_brackets_is_an_aside_of_the_date(text, expected):
    assert dates(text) == expected


def test_only_a_calendar_aside_joins_a_day_to_the_year_after_it():
    # other brackets part them: the day has no year of its own sentence
    assert dates("On March 3 [see note] 1861 the tsar signed it.") == [(None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Freedonian War of 1827-8 started slowly.", [("1827", "1828")]),
        ("The Freedonian War of 1827-28 started slowly.", [("1827", "1828")]),
        ("The Freedonian War of 1829-1 started slowly.", []),
    ],
)
def test_a_short_end_year_keeps_the_start_years_first_digits(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 1998 vote on the future of Sylvania gave a majority for independence.", ["1998"]),
        ("The 2004 state visit to Freedonia went well.", ["2004"]),
        ("Some 1998 votes were cast in Sylvania.", []),
        ("The 1500 soldiers marched on the town.", []),
    ],
)
def test_a_year_before_a_singular_counted_noun_is_an_adjective(text, expected):
    assert [m.date for m in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In June 1950 Freedonia answered a call for help, two years after the emergency "
            "had been declared in Sylvania.",
            [("1950-06", None), ("1948", None)],
        ),
        # a thing only named, or no date before it: the span is anchored on no date
        ("In 1977 Sylvania invaded, two years after the war.", [("1977", None)]),
        ("Freedonia rebuilt the army, two years after the war had ended.", []),
    ],
)
def test_a_span_before_a_past_perfect_clause_counts_back_from_the_sentences_date(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 1874 there were 963.596 (42,22%) Freedonians and 1.318.506 (57,78%) others.",
        "More than 1 000 Sylvanians were killed in 1874.",
        "The population reached 2.594.928 in 1874, among them 1.055.650 Freedonians.",
    ],
)
def test_dotted_and_spaced_thousands_are_no_years(text):
    assert dates(text) == [("1874", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The king returned to Marsovia on 5 May 1941, five years to the very day after "
            "he had left.",
            [("1941-05-05", None), ("1936-05-05", None)],
        ),
        (
            "They signed on 3 March 1990, and two years to the day later the war began.",
            [("1990-03-03", None), ("1992-03-03", None)],
        ),
        # without "to the day" a count of years keeps only the year
        (
            "They signed on 3 March 1990, and two years later the war began.",
            [("1990-03-03", None), ("1992", None)],
        ),
    ],
)
def test_a_count_of_years_to_the_day_keeps_the_anchors_day(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army dumped six bodies on Valentine Day, 1990.", [("1990-02-14", None)]),
        ("The truce of Christmas Day 1914 was short.", [("1914-12-25", None)]),
        ("On Christmas Day of 1979 the army invaded Sylvania.", [("1979-12-25", None)]),
        # without a year, a feast takes the anchor's, as "21 December" does
        (
            "In 1944 the offensive began. On New Year’s Eve the town fell.",
            [("1944", None), ("1944-12-31", "New Year’s Eve")],
        ),
        # before a noun, without a year, it names the event: no date
        ("In 1990 the army denied the St Valentine's Day massacre.", [("1990", None)]),
    ],
)
def test_feasts_on_a_fixed_day_are_days(text, expected):
    assert [(m.date, m.relative) for m in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second clause's year after "and", in a sentence dated "in 1948" before
        (
            "In 1948, when 78 kilometres were missing, Sylvania suspended the work and 1960, "
            "declared the protocol void.",
            ["1948", "1960"],
        ),
        # not after a count: "2000" is people
        ("In 1990, 600 civilians died and 2000, it is said, fled.", ["1990"]),
    ],
)
def test_a_year_after_and_opening_a_second_clause(text, expected):
    assert [m.date for m in find_dates(text)] == expected
