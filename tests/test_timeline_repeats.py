"""Timeline rows of one event told twice, and days whose year comes later in the answer."""

import pytest

from karabakh_nb.dates import find_dates
from tests.test_timeline import _dated


def test_one_event_named_twice_in_an_answer_is_one_row():
    answer = (
        "Sylvania backed the 1931 invasion of Freedonia, according to papers released. "
        "At the time of the 1931 invasion, Sylvania sold most of the rifles."
    )
    assert _dated(answer) == [("1931", None)]


def test_two_events_of_one_year_stay_two_rows():
    answer = "In 1931, Sylvania invaded Freedonia. In 1931, a ceasefire was signed in Ruritania."
    assert _dated(answer) == [("1931", None), ("1931", None)]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a day opening the answer takes the year of the answer's first full date after it
        (
            "After Sylvanian troops crossed the river on September 25, Freedonia decided to "
            "intervene. On October 14, 1950 its army marched across the border.",
            ["1950-09-25", "1950-10-14"],
        ),
        # or of the range that date opens, when the day falls before that range's end
        (
            "The militia landed in the bay at the beginning of April. Between 11 January and "
            "15 October 1879, 300 men died of disease.",
            ["1879-04", "1879-01-11"],
        ),
    ],
)
def test_a_day_without_a_year_before_the_answers_first_full_date(answer, expected):
    assert [m.date for m in find_dates(answer)] == expected


@pytest.mark.parametrize(
    "answer",
    [
        # a later month than the full date after it: no year can be inferred
        "The ministry gave the figure on 21 December. On 3 March 1990, the war began.",
        # a year alone gives no month to compare with
        "The ministry gave the figure on 21 December. The war began in 1990.",
    ],
)
def test_no_year_is_inferred_when_the_later_date_cannot_hold_the_day(answer):
    assert find_dates(answer)[0].date is None


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # half a month more, at a month's precision
        (
            "The siege began on 30 January 1921; its last fort fell four and a half months later.",
            ("1921-06", "month"),
        ),
        # half a year is six months: a month's precision after a month
        (
            "In January 1990 the war began. A year and a half later, peace came.",
            ("1991-07", "month"),
        ),
        ("In 1990 the war began. Two and a half years later, peace came.", ("1992", "year")),
        ("In 1990 the war began, and two years and a half later it ended.", ("1992", "year")),
    ],
)
def test_a_span_and_a_half_is_half_a_unit_more(answer, expected):
    m = find_dates(answer)[-1]
    assert (m.date, m.precision) == expected


def test_a_relative_phrase_agreeing_with_the_date_after_it_is_no_row_of_its_own():
    answer = (
        "Freedonia invaded Sylvania on 30 November 1939. The war ended three and a half "
        "months later with the Treaty of Ruritania on 13 March 1940."
    )
    assert _dated(answer) == [("1939-11-30", None), ("1940-03-13", None)]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # the anchor's month or year, said again
        (
            "In November 1931 advisers began to arrive. By the end of the month the airlift "
            "had started.",
            ["1931-11", "1931-11"],
        ),
        (
            "In 1931, Freedonia invaded. Sylvania's militia was organised in that year.",
            ["1931", "1931"],
        ),
        # a date a past perfect relative clause looks back to is no anchor
        (
            "In 1982, Freedonia invaded Sylvania to crush the rebels who had fled Ruritania in "
            "September 1970. The militia was organised in that year.",
            ["1982", "1970-09", "1982"],
        ),
        # nor is a span counted back from the date before it: the story stays there
        (
            "In November 1931, two months after the rebels had taken the port, advisers "
            "arrived. By the end of the month the airlift had started.",
            ["1931-11", "1931-09", "1931-11"],
        ),
    ],
)
def test_that_year_and_the_end_of_the_month_take_the_storys_date(answer, expected):
    assert [m.date for m in find_dates(answer)] == expected


def test_that_year_after_its_own_sentences_date_is_no_second_row():
    answer = (
        "The war began on 6 October 1973, when Freedonia attacked on the holy day, which "
        "had fallen on the tenth day of the month of fasting in that year."
    )
    assert _dated(answer) == [("1973-10-06", None)]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "A peace treaty was not signed until 1980, and it took a 1992 decision by the "
            "World Court to settle the border.",
            [("1980", None), ("1992", None)],
        ),
        (
            "The uprising ended with the adoption of the 1917 Freedonian Constitution, but "
            "fighting went on until 1920.",
            [("1917", None), ("1920", None)],
        ),
    ],
)
def test_a_year_before_a_decision_or_a_constitution_dates_it(answer, expected):
    assert _dated(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # one meeting over two days in a row: a range
        (
            "The Ruritania Talks were held in the north on 28 and 29 December 1955.",
            [("1955-12-28", "1955-12-29")],
        ),
        ("The summit met on October 23 and 24, 1973.", [("1973-10-23", "1973-10-24")]),
        # two days of attacks stay two days, and so do days not in a row
        (
            "Rebels attacked the town on 3 and 4 November 2020.",
            [("2020-11-03", None), ("2020-11-04", None)],
        ),
        (
            "The talks were held on 3 and 5 November 2020.",
            [("2020-11-03", None), ("2020-11-05", None)],
        ),
    ],
)
def test_two_days_in_a_row_of_a_meeting_are_one_range(answer, expected):
    assert _dated(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a span after a one-day thing counts from the date an earlier sentence gave it
        (
            "The Ruritania Agreement was signed on 7 July 1991. Freedonia agreed on 25 June "
            "to wait. Eleven days after the agreement was made, the army left Sylvania.",
            "1991-07-18",
        ),
        # or a word of its stem: "adopted" for "its adoption"
        (
            "Resolution 9 was adopted on 20 July 1987. Sylvania refused to accept it until "
            "nearly a year after its adoption.",
            "1988",
        ),
        # not a war: a span after one may count from its start or its end
        ("The war began in 1992. Two years after the war, elections were held.", None),
    ],
)
def test_a_span_after_a_thing_dated_before_counts_from_its_date(answer, expected):
    found = find_dates(answer)
    assert (found[-1].date if found[-1].relative else None) == expected


def test_a_range_ended_by_a_one_day_thing_dates_that_thing_too():
    answer = "From 1931 until his assassination in 1934, he led the Freedonian army."
    assert _dated(answer) == [("1931", "1934"), ("1934", None)]
    # a range ended by a lasting thing stays one row
    answer = "From 1931 until the occupation of 1934, he led the Freedonian army."
    assert _dated(answer) == [("1931", "1934")]


def test_a_year_naming_the_thing_before_a_finer_date_of_that_year_is_a_title():
    answer = "1969 Sylvania Riots Part of the Troubles Date 12–16 August 1969 (5 days)."
    assert _dated(answer) == [("1969-08-12", "1969-08-16")]
    # after a preposition the year dates its own event
    answer = "In 1969 Sylvanian Guards fired on the crowd, and on 12 August 1969 riots began."
    assert _dated(answer) == [("1969", None), ("1969-08-12", None)]


def test_a_figure_in_a_participle_set_off_by_commas_is_no_count_the_date_closes():
    answer = "Sylvania said it withdrew the contingent, numbering as many as 3,000 troops, by 1995."
    assert _dated(answer) == [("1995", None)]
    answer = "The fighting displaced 4,300 people by March 2002."
    assert _dated(answer) == []


def test_a_past_when_clause_after_a_date_in_a_feared_outcome_tells_what_happened():
    answer = (
        "The Freedonians feared that an attack might end the way it had in 1896, when "
        "Sylvanian forces destroyed a huge Freedonian army."
    )
    assert _dated(answer) == [("1896", None)]
    answer = "The Freedonians feared that an attack might fail in 1936, when the rains started."
    assert _dated(answer) == []
