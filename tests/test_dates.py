import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from karabakh_nb.dates import (
    DateMention,
    find_dates,
    find_impossible_dates,
    format_date,
    parse_as_of,
    to_date,
)
from karabakh_nb.errors import UsageError


def one(text, **kwargs):
    found = find_dates(text, **kwargs)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "date", "precision", "end_date"),
    [
        ("On November 10, 2020, a ceasefire", "November 10, 2020", "2020-11-10", "day", None),
        ("on 10 November 2020.", "10 November 2020", "2020-11-10", "day", None),
        ("on 2 January 2015.", "2 January 2015", "2015-01-02", "day", None),
        ("on the 3rd of March 2014", "the 3rd of March 2014", "2014-03-03", "day", None),
        ("March 3rd, 2014", "March 3rd, 2014", "2014-03-03", "day", None),
        ("On Sept. 27, 2020 it began", "Sept. 27, 2020", "2020-09-27", "day", None),
        ("Monday, March 3, 2014", "March 3, 2014", "2014-03-03", "day", None),
        ("dated 2020-11-10 in the file", "2020-11-10", "2020-11-10", "day", None),
        ("In January 1990, Nakhchivan", "January 1990", "1990-01", "month", None),
        ("in December 1991.", "December 1991", "1991-12", "month", None),
        ("in Dec 1991", "Dec 1991", "1991-12", "month", None),
        ("in early November 2020,", "early November 2020", "2020-11", "month", None),
        ("in mid-November 2020", "mid-November 2020", "2020-11", "month", None),
        (
            "the beginning of November 2020",
            "the beginning of November 2020",
            "2020-11",
            "month",
            None,
        ),
        ("relations with Azerbaijan in 1992, following", "1992", "1992", "year", None),
        ("1992 was a hard year", "1992", "1992", "year", None),
        ("In late 1991, the USSR collapsed.", "late 1991", "1991", "year", None),
        ("the summer of 1992", "the summer of 1992", "1992", "year", None),
        ("(1994)", "1994", "1994", "year", None),
        ("As of 2019, Azerbaijan", "2019", "2019", "year", None),
        ("In the 1990s, Russia", "the 1990s", "1990", "year", "1999"),
        (
            "fought from 7 to 12 August 2008 between",
            "from 7 to 12 August 2008",
            "2008-08-07",
            "day",
            "2008-08-12",
        ),
        ("fought 7–12 August 2008.", "7–12 August 2008", "2008-08-07", "day", "2008-08-12"),
        ("on August 7–12, 2008", "August 7–12, 2008", "2008-08-07", "day", "2008-08-12"),
        (
            "from 30 July to 12 August 2008",
            "from 30 July to 12 August 2008",
            "2008-07-30",
            "day",
            "2008-08-12",
        ),
        ("killed between 1988 and 1994,", "between 1988 and 1994", "1988", "year", "1994"),
        ("the 2020–2021 crisis", "2020–2021", "2020", "year", "2021"),
        (
            "From January 1990 to May 1994 the war raged",
            "From January 1990 to May 1994",
            "1990-01",
            "month",
            "1994-05",
        ),
        (
            "died between late September and early November 2020.",
            "between late September and early November 2020",
            "2020-09",
            "month",
            "2020-11",
        ),
        (
            "from December to February 2021",
            "from December to February 2021",
            "2020-12",
            "month",
            "2021-02",
        ),
        # a slash joins two years in a row; "throughout" and "the years" cue a bare year
        ("In winter 1993/94 the front froze.", "1993/94", "1993", "year", "1994"),
        ("the 1993/1994 season", "1993/1994", "1993", "year", "1994"),
        ("Throughout 1993, the valley was besieged.", "1993", "1993", "year", None),
        ("The years 1992 to 1994 saw it.", "1992 to 1994", "1992", "year", "1994"),
        # two years close together need no cue before "to"; "as early as"; "–present"
        ("The war lasted 2020 to 2022.", "2020 to 2022", "2020", "year", "2022"),
        ("As early as 1988, clashes began.", "1988", "1988", "year", None),
        ("The 1 st July 1962, it voted.", "1 st July 1962", "1962-07-01", "day", None),
        ("The war (2022–present) goes on.", "2022–present", "2022", "year", None),
    ],
)
def test_absolute_forms(text, surface, date, precision, end_date):
    m = one(text)
    assert (m.surface, m.date, m.precision, m.end_date) == (surface, date, precision, end_date)
    assert text[m.start : m.end] == surface
    assert m.relative is None
    assert m.needs_as_of is False


@pytest.mark.parametrize(
    "text",
    [
        "More than 1,746 Armenian and Karabakh soldiers have been confirmed killed",
        "at least 2,783 of its soldiers died",
        "approximately 85% Shia and 15% Sunni",
        "For more than 30 years its been the center of a conflict",
        "emerged victorious from a 44-day war",
        "a forty-four-day-long war",
        "relations with 182 United Nations member states",
        "the deployment of 2,000 Russian peacekeeping forces",
        "2000 Russian troops arrived",
        "about 1500 men were wounded",
        "in 1500 troops",
        "a 1000 km border",
        "in 1,000 years",
        "in 2020 people died",
        "The Marines moved. Mayor said so.",
        "2,801 soldiers were killed and more than 100 servicemen were missing",
        "ISO 2020-13-01 is no date",
        "today, now, last week",
        "two years after the war ended",
        "The population was 189,000, of whom 77% were ethnic Armenians",
    ],
)
def test_numbers_that_are_not_dates(text):
    assert find_dates(text) == []


@given(st.integers(min_value=1000, max_value=99_999_999))
def test_comma_grouped_numbers_are_never_years(n):
    assert find_dates(f"In all, {n:,} people were displaced.") == []


@given(st.integers(min_value=1000, max_value=2100))
def test_percentages_and_counts_are_never_years(n):
    assert find_dates(f"Turnout was {n}% and {n} soldiers died.") == []


@pytest.mark.parametrize(
    ("text", "relative", "date", "precision"),
    [
        # precision: the coarser of the anchor's and the unit's
        (
            "In January 1990, X declared independence; it joined Y a year later.",
            "a year later",
            "1991",
            "year",
        ),
        (
            "On November 10, 2020, a ceasefire. Three months later, calm.",
            "Three months later",
            "2021-02",
            "month",
        ),
        (
            "signed on 12 August 2008. Two weeks later, Russia recognised them.",
            "Two weeks later",
            "2008-08-26",
            "day",
        ),
        (
            "On 20 February 1988, a vote. Two years later, troops entered Baku.",
            "Two years later",
            "1990",
            "year",
        ),
        (
            "took effect on 12 May 1994. The next day, violations.",
            "The next day",
            "1994-05-13",
            "day",
        ),
        ("In 1992 X happened. The following year, Y.", "The following year", "1993", "year"),
        ("In March 2003 X happened. Two months later, Y.", "Two months later", "2003-05", "month"),
        (
            "On 14 December 1995 X was signed. Later that year, Y.",
            "Later that year",
            "1995",
            "year",
        ),
        ("On 3 May 2001 X. The previous day, Y.", "The previous day", "2001-05-02", "day"),
        ("In 2001 X. Two years earlier, Y.", "Two years earlier", "1999", "year"),
        # a range anchors "later" on its end
        (
            "fought from 7 to 12 August 2008. Two weeks later, peace.",
            "Two weeks later",
            "2008-08-26",
            "day",
        ),
    ],
)
def test_relative_phrases_resolve_on_the_nearest_earlier_date(text, relative, date, precision):
    m = find_dates(text)[-1]
    assert (m.relative, m.date, m.precision, m.needs_as_of) == (relative, date, precision, False)
    assert m.surface == relative


def test_relative_phrase_without_anchor_stays_unresolved():
    m = one("Two years later, elections were held.")
    assert (m.date, m.precision, m.relative, m.needs_as_of) == (
        None,
        None,
        "Two years later",
        False,
    )


def test_vague_count_stays_unresolved():
    m = find_dates("In 1992 X. Several years later, Y.")[-1]
    assert (m.relative, m.date, m.needs_as_of) == ("Several years later", None, False)
    m = one("A few days ago, Y.", as_of="2021-02-15")
    assert (m.relative, m.date, m.needs_as_of) == ("A few days ago", None, False)


def test_anchor_argument_is_used_until_the_text_gives_a_date():
    anchor = one("On November 10, 2020")
    m = one("Three months later, the dust has not settled.", anchor=anchor)
    assert (m.date, m.precision) == ("2021-02", "month")
    later = find_dates("In 1999 X. A year later, Y.", anchor=anchor)[-1]
    assert later.date == "2000"


@pytest.mark.parametrize(
    ("text", "relative", "date", "precision"),
    [
        ("Last year, Azerbaijans roof grew", "Last year", "2020", "year"),
        ("this year", "this year", "2021", "year"),
        ("next year", "next year", "2022", "year"),
        ("earlier this year", "earlier this year", "2021", "year"),
        ("last month", "last month", "2021-01", "month"),
        ("this month", "this month", "2021-02", "month"),
        ("yesterday", "yesterday", "2021-02-14", "day"),
        ("two years ago", "two years ago", "2019", "year"),
        ("3 days ago", "3 days ago", "2021-02-12", "day"),
        ("Azerbaijan announced Thursday that", "Thursday", "2021-02-11", "day"),
        ("talks resume on Monday", "Monday", "2021-02-15", "day"),  # as_of is a Monday
        ("it ended last Monday", "last Monday", "2021-02-08", "day"),
        ("talks resume next Friday", "next Friday", "2021-02-19", "day"),
        ("last December", "last December", "2020-12", "month"),
        # no year anywhere: the latest such day or month not after as_of
        ("the final number of casualties on 21 December.", "21 December", "2020-12-21", "day"),
        ("on 10 February", "10 February", "2021-02-10", "day"),
        ("in late September", "late September", "2020-09", "month"),
    ],
)
def test_publication_relative_phrases(text, relative, date, precision):
    bare = one(text)
    assert (bare.relative, bare.date, bare.precision, bare.needs_as_of) == (
        relative,
        None,
        None,
        True,
    )
    for as_of in ("2021-02-15", dt.date(2021, 2, 15), dt.datetime(2021, 2, 15, 9, 30)):
        m = one(text, as_of=as_of)
        assert (m.relative, m.date, m.precision, m.needs_as_of) == (relative, date, precision, True)


def test_day_and_month_take_the_year_of_the_nearest_earlier_date():
    found = find_dates("Agreed on 21 November 1995 and signed on 14 December.")
    assert [(m.date, m.relative, m.needs_as_of) for m in found] == [
        ("1995-11-21", None, False),
        ("1995-12-14", "14 December", False),
    ]


def test_inherited_year_never_passes_as_of():
    found = find_dates("Announced Thursday. Signed on 21 December.", as_of="2021-02-15")
    assert [m.date for m in found] == ["2021-02-11", "2020-12-21"]


def test_adjective_year_is_flagged():
    m = one("The 2020 Nagorno-Karabakh war was an armed conflict")
    assert (m.surface, m.date, m.adjective) == ("2020", "2020", True)


@pytest.mark.parametrize(
    ("text", "surface", "reason"),
    [
        ("on 29 February 2021", "29 February 2021", "February 2021 has no day 29"),
        ("On 31 February 2020 the war started.", "31 February 2020", "February 2020 has no day 31"),
        ("On February 29, 2021 it ended.", "February 29, 2021", "February 2021 has no day 29"),
        ("by 2020-02-30", "2020-02-30", "February 2020 has no day 30"),
        ("on 31 April", "31 April", "April has no day 31"),
        (
            "from 30 to 31 February 2020",
            "from 30 to 31 February 2020",
            "February 2020 has no day 30",
        ),
        (
            "In 2021 it began. On 29 February it ended.",
            "29 February",
            "February 2021 has no day 29",
        ),
    ],
)
def test_impossible_days_are_no_dates_and_are_listed(text, surface, reason):
    # Neither the day nor its month: "31 February 2020" is not a February 2020 event.
    assert all(m.surface not in surface for m in find_dates(text))
    assert [(m.surface, m.reason) for m in find_impossible_dates(text)] == [(surface, reason)]


@pytest.mark.parametrize(
    "text",
    ["In 1990 the war began. 999 decades later it ended.", "In 1990 X. 999 years earlier, Y."],
)
def test_relative_dates_outside_the_year_range_are_impossible(text):
    # "999 decades later" raised ValueError (year 11980 is out of range) before.
    assert [m.surface for m in find_dates(text)] == ["1990"]
    assert [m.reason for m in find_impossible_dates(text)] == [
        "it falls outside the years 1000-2100 that dates are read in"
    ]


@pytest.mark.parametrize(
    ("text", "as_of"),
    [("999 decades ago it began.", "2021-02-15"), ("Last Monday it began.", "0001-01-03")],
)
def test_publication_relative_dates_never_raise(text, as_of):
    assert all(m.date is None or m.date[:4] >= "0001" for m in find_dates(text, as_of=as_of))


def test_29_february_without_a_year_takes_the_latest_leap_year():
    # Raised "day is out of range for month" before: the year was taken from as_of (2021).
    found = find_dates("On 29 February the talks resumed.", as_of="2021-02-15")
    assert [(m.date, m.relative) for m in found] == [("2020-02-29", "29 February")]
    assert find_dates("On 29 February 1900 x.") == []  # 1900 was no leap year


@pytest.mark.parametrize("text", ["In May 35 soldiers died.", "February 30 soldiers died."])
def test_day_numbers_no_month_has_or_counts_are_not_impossible_dates(text):
    assert find_impossible_dates(text) == []


def test_two_years_joined_by_and_without_between_are_two_mentions():
    assert [m.date for m in find_dates("in 1992 and 1995")] == ["1992", "1995"]
    # two years in a row are one span, as two months in a row are ...
    assert [(m.date, m.end_date) for m in find_dates("in 1992 and 1993")] == [("1992", "1993")]
    # ... unless "respectively" pairs them with two things
    found = find_dates("joined in 1992 and 1993, respectively")
    assert [(m.date, m.end_date) for m in found] == [("1992", None), ("1993", None)]


def test_two_years_in_a_row_that_lost_their_dash_are_one_span():
    found = find_dates("Freedonia fought Sylvania in 1978 1979, and lost.")
    assert [(m.date, m.end_date) for m in found] == [("1978", "1979")]
    # not years far apart, nor a row of a table
    assert [m.end_date for m in find_dates("It was fought in 1978 1985.")] == [None]
    assert next(m.end_date for m in find_dates("In 1978 1979 1980 prices rose.")) is None
    # a day glued to its month
    assert [m.date for m in find_dates("deployed on 6December 1997")] == ["1997-12-06"]


def test_offsets_index_the_text():
    text = "On November 10, 2020, X. Three months later, Y. Last year, Z."
    for m in find_dates(text):
        assert text[m.start : m.end] == m.surface


def test_empty_text():
    assert find_dates("") == []


@pytest.mark.parametrize("bad", ["2021-13-01", "15/02/2021", "yesterday"])
def test_invalid_as_of_is_a_usage_error(bad):
    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        find_dates("Last year", as_of=bad)


def test_helpers():
    assert format_date(dt.date(2020, 11, 10), "month") == "2020-11"
    assert format_date(dt.date(2020, 11, 10), "year") == "2020"
    assert to_date("1990-01") == dt.date(1990, 1, 1)
    assert parse_as_of(None) is None
    assert parse_as_of(" 2021-02-15 ") == dt.date(2021, 2, 15)


def test_date_mention_is_frozen_and_has_the_contract_fields():
    m = DateMention("1992", 0, 4, "1992", "year", None, None, False)
    with pytest.raises(AttributeError):
        m.date = "1993"  # type: ignore[misc]
    assert m.end_date is None


def test_two_days_of_one_month_and_no_year_from_a_decade_or_citation():
    found = find_dates("Resolutions 339 and 340 were adopted on October 23 and 25, 1973.")
    assert [m.date for m in found] == ["1973-10-23", "1973-10-25"]
    assert [m.date for m in find_dates("The vote was held on 3 and 4 November 2020.")] == [
        "2020-11-03",
        "2020-11-04",
    ]
    # Two days in a row across a month's end are one event over both: a range.
    found = find_dates("In 1991 it began. The vote was held on February 29 and March 1, 1992.")
    assert [(m.date, m.end_date) for m in found][-1] == ("1992-02-29", "1992-03-01")
    found = find_dates("Two resolutions were adopted on October 23 and 24, 1973, respectively.")
    assert [m.date for m in found] == ["1973-10-23", "1973-10-24"]
    # "1300 died": a count at a sentence's start, not a year
    assert find_dates("1300 died on the Sylvanian side.") == []
    # A range keeps its two ends; "between" makes "and" a range.
    assert find_dates("between 3 and 5 May 1990")[0].end_date == "1990-05-05"
    # A decade or a cited year gives no year to a later day and month.
    assert find_dates("It was the 1990s. On 3 March, he spoke.")[-1].date is None
    text = "Adopted on Oct. 22, 1973, after Resolution 242 (1967). It took effect on October 24."
    assert find_dates(text)[-1].date == "1973-10-24"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of the same year" gives the day the anchor's year, in one mention
        (
            "Iran attacked in April 1982 and took the city on May 24 of the same year.",
            [("April 1982", "1982-04"), ("May 24 of the same year", "1982-05-24")],
        ),
        # a clause that runs on past the anchor's month reaches the next year ...
        (
            "The army lost the post in May 1998 but recaptured it in February.",
            [("May 1998", "1998-05"), ("February", "1999-02")],
        ),
        # ... but not across a sentence, nor after "since", nor within the same month
        (
            "In Oct. 2023 war began. On Jan. 6, 22 had died since Oct. 7.",
            [("Oct. 2023", "2023-10"), ("Jan. 6", "2023-01-06"), ("Oct. 7", "2023-10-07")],
        ),
        (
            "On January 11, 1970 the city fell; four days later a truce. On January 12 X.",
            [
                ("January 11, 1970", "1970-01-11"),
                ("four days later", "1970-01-15"),
                ("January 12", "1970-01-12"),
            ],
        ),
        # "the elections of 1990" dates a thing: no year for the day after it
        (
            "A vote was held in March 1992, after the elections of 1990. On 3 April, X.",
            [("March 1992", "1992-03"), ("1990", "1990"), ("3 April", "1992-04-03")],
        ),
        (
            "In the summer of 1992 war came. On 3 March X.",
            [("the summer of 1992", "1992"), ("3 March", "1992-03-03")],
        ),
    ],
)
def test_anchors_follow_the_narration(text, expected):
    assert [(m.surface, m.date) for m in find_dates(text)] == expected


def test_a_year_before_a_figure_is_a_year():
    # an infobox row: "Population 1967 13,500,000" gives the figure its year
    text = "Population 1967 13,500,000 Its people were mostly farmers."
    assert [(m.surface, m.date) for m in find_dates(text)] == [("1967", "1967")]
    # a plain count stays a count
    assert find_dates("About 1967 people fled.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month "the same year" / "that year" takes the anchor's year
        (
            "The coup came in January 1966; the counter-coup in July the same year.",
            ["1966-01", "1966-07"],
        ),
        ("Talks began in March 1921 and ended in May that year.", ["1921-03", "1921-05"]),
        # "two months on 02 June": "on" opens the date, the count is no relative phrase
        (
            "The truce began on 2 April 1922. It was extended for two months on 2 June.",
            ["1922-04-02", "1922-06-02"],
        ),
        # one year for two months joined by "and"; two months in a row are one range
        ("Talks were held in April and June 1992.", ["1992-04", "1992-06"]),
        ("Votes were cast in December and January 1995.", ["1994-12"]),
        # "and" before a bare number makes it a year only in a list of dates
        ("Some 600 civilians were killed and 2000 Freedonian militants.", []),
        ("It happened in 1992 and 1994.", ["1992", "1994"]),
    ],
)
def test_years_said_once_and_counts_after_and(text, expected):
    assert [m.date for m in find_dates(text) if m.date] == expected


def test_two_months_in_a_row_are_a_range():
    found = find_dates("Elections were held in April and May 1990.")
    assert [(m.date, m.end_date, m.relative) for m in found] == [("1990-04", "1990-05", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span right after a date counts from it: what follows is that far after it
        (
            "The last census was in 1921, a year before Sylvania seceded.",
            [("1921", None), ("1922", "a year before")],
        ),
        (
            "It ended in May 1930, two years after the war began.",
            [("1930-05", None), ("1928", "two years after")],
        ),
        # a span before an event dated after it counts back from that date; "some": no day
        (
            "The deal was struck some three weeks before its signing in Ruritania on"
            " 14 December 1925.",
            [("1925-11", "some three weeks before"), ("1925-12-14", None)],
        ),
        ("It was signed about two weeks later.", [("", "about two weeks later")]),
        # "N months into the war" counts from the date before
        (
            "Troops attacked on 6 July 1927. Ten months into the war, talks began.",
            [("1927-07-06", None), ("1928-05", "Ten months into the war")],
        ),
        # still no date: a span after an undated event, and "into" anything but an event
        ("Two years after the war, Freedonia joined.", []),
        ("On 6 July 1927 they moved two months into the future.", [("1927-07-06", None)]),
    ],
)
def test_spans_counted_from_a_date_beside_them(text, expected):
    found = [(m.date or "", m.relative) for m in find_dates(text) if m.date or m.relative]
    assert found == expected


def test_a_slash_between_years_not_in_a_row_is_no_range():
    assert [(m.date, m.end_date) for m in find_dates("in 1993/97 the rebels")] != [("1993", "1997")]


def test_two_far_apart_numbers_joined_by_to_are_no_years():
    found = find_dates("They killed 1500 to 2000 villagers.")
    assert all(m.end_date is None and m.date != "1500" for m in found)


def test_a_bad_as_of_from_python_names_the_parameter_not_a_command_line_option():
    import karabakh_nb as kn
    from karabakh_nb.errors import UsageError

    with pytest.raises(UsageError, match=r"^as_of 'notadate' is no date; use YYYY-MM-DD"):
        kn.extract(kn.load(), "timeline", as_of="notadate")
