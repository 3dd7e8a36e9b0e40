"""Dates that are not events, and date forms read whole: sentences in, timeline rows out."""

import pytest

from karabakh_nb.dates import find_dates
from tests.test_timeline import _dated


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a year in parentheses after a figure labels the figure
        ("Freedonia signed the pact, then it applied Resolution 77 (1931) in full.", []),
        ("Some 4,000 (1926) to 9,000 (1927) refugees fled Sylvania.", []),
        # the date of an estimate, or of a share, in parentheses
        ("Sylvania: territory (1998 est. pop. 12,000), occupied by Freedonia.", []),
        ("Its population was 5 million (2009 est.)", []),
        ("Islam is the main (just over 90% in 2010) religion of Sylvania.", []),
        # a year after a document noun dates the document; after a cited source, the citation
        ("According to the Sylvanian Yearbook (1987), a million people fled.", []),
        ("About 9,000 died, according to the historians, Smith and Jones (1994).", []),
        # a year in parentheses after an event still dates the event
        ("The Freedonian War (1921) was short.", [("1921", None)]),
        (
            "They fought several wars (1858, 1901) over the border.",
            [("1858", None), ("1901", None)],
        ),
        ("The Freedonian War (1921–1924) was long.", [("1921", "1924")]),
    ],
)
def test_parenthesised_labels_of_figures_and_sources_are_no_events(answer, expected):
    assert _dated(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # counted from a thing only named ("the end of ..."), the span dates nothing
        (
            "The civil war began in 1921, two years after the end of the war of independence.",
            [("1921", None)],
        ),
        (
            "It began on 30 November 1931, three months after the outbreak of the great war.",
            [("1931-11-30", None)],
        ),
        # counted from a stated clause, it does
        (
            "The census was held in 1921, a year before Sylvania seceded.",
            [("1921", None), ("1922", None)],
        ),
        # "for ... afterward" is a duration
        (
            "In 1921 the war ended; landmines plagued Sylvania for more than two decades"
            " afterward.",
            [("1921", None)],
        ),
    ],
)
def test_relative_spans_that_date_no_stated_event(answer, expected):
    assert _dated(answer) == expected


def test_a_span_before_a_clause_counts_back():
    found = find_dates("The census was held in 1921, a year before Sylvania seceded.")
    assert [(m.date, m.relative) for m in found] == [("1921", None), ("1922", "a year before")]
    assert [m.date for m in find_dates("In 1921 X lasted for two years after the war.")] == ["1921"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time of day at each end of a range of days
        (
            "From approximately 18:00 on 16 September to 08:00 on 18 September 1932, a raid"
            " was carried out.",
            [("1932-09-16", "1932-09-18")],
        ),
        ("from 6 a.m. on 3 May to noon on 5 May 1930", [("1930-05-03", "1930-05-05")]),
        # two years in a row joined by "and" are one span; two apart are two dates
        ("In 1927 and 1928, Freedonia airlifted troops.", [("1927", "1928")]),
        ("In 1927 and 1929, Freedonia held elections.", [("1927", None), ("1929", None)]),
        # glued forms of scraped text
        ("The war began on 3 November,2022 in the north.", [("2022-11-03", None)]),
        ("It began in November,2022.", [("2022-11", None)]),
        ("It was signed on November 3,2022.", [("2022-11-03", None)]),
        ("The war ended in 2020.The treaty followed.", [("2020", None)]),
        (
            "The Sylvanian War (January 26February 28, 1935) was brief.",
            [("1935-01-26", "1935-02-28")],
        ),
        # a comma inside a number glues no year
        ("On November 3,200 troops left.", []),
    ],
)
def test_date_forms_read_whole(text, expected):
    assert [(m.date, m.end_date) for m in find_dates(text) if m.date] == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # people moved or killed in a sentence naming the population: an event's date
        (
            "In 1931, roughly 60,000 Sylvanians, half the Sylvanian population, were displaced"
            " to the north.",
            [("1931", None)],
        ),
        (
            "There were 1,376 prisoners of war repatriated to 12 countries in 1933.",
            [("1933", None)],
        ),
        (
            "In August 1934, the president stated that two million Freedonians, a third of the"
            " population, had taken refuge in Sylvania.",
            [("1934-08", None)],
        ),
        # a figure of the population alone stays an observation
        ("In 1931, the population of Sylvania was 60,000.", []),
        ("There were 5,252 refugees in Sylvania in January 1933.", []),
    ],
)
def test_people_moved_or_killed_are_events_beside_a_population(answer, expected):
    assert _dated(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a date right after "since" or an open "from" starts the count of a figure
        (
            "More than 3,000 people have been killed since the revolt in March 1931, with 65"
            " killed a day since August 1.",
            [("1931-03", None)],
        ),
        ("One must add the 10,100 Sylvanian soldiers killed since June 1933.", []),
        ("Add the estimate of 9,000 civilians killed from 1933.", []),
        # a range is no count's start; "since" without a figure dates the state's start
        ("Some 9,000 civilians were killed from 1933 to 1935.", [("1933", "1935")]),
        ("The Freedonia Group has been mediating the conflict since 1932.", [("1932", None)]),
    ],
)
def test_a_date_starting_the_count_of_a_figure_is_no_event(answer, expected):
    assert _dated(answer) == expected


def test_a_year_opening_a_period_gives_no_year_to_the_days_after_it():
    # "Starting from 1961" looks back from 1962: "November 21" stays in 1962.
    answer = (
        "On October 20, 1962, the war broke out. Starting from 1961, Freedonia crossed the "
        "line several times. Sylvania issued a statement on November 21 and announced a "
        "ceasefire the next day."
    )
    assert _dated(answer) == [
        ("1961", None),
        ("1962-10-20", None),
        ("1962-11-21", None),
        ("1962-11-22", None),
    ]
    # a year that moves the story on still gives its year
    assert ("1963-11-21", None) in _dated(
        "On October 20, 1962, the war broke out. In 1963, talks began, and a truce was "
        "signed on November 21."
    )
    days = [
        m.date for m in find_dates("In May 1990 it began. Since 1989, X ruled. On 3 June, Y fell.")
    ]
    assert days[-1] == "1990-06-03"


def test_a_span_counted_from_a_thing_is_restated_by_the_date_after_it():
    answer = (
        "In December 1990, Freedonia voted. Six months after the vote, on 25 June 1991, "
        "the parliament declared independence."
    )
    assert _dated(answer) == [("1990-12", None), ("1991-06-25", None)]
    # a span counted from the date before it is still its own date
    assert ("1991-06", None) in _dated(
        "In December 1990, Freedonia voted. Six months later, the parliament met."
    )


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # two years listed after a count of two things, or after "both": one row each
        (
            "The court issued two arrest warrants against the king, in 2009 and 2010.",
            [("2009", None), ("2010", None)],
        ),
        ("Both in 1990 and 1991 the Freedonian army attacked.", [("1990", None), ("1991", None)]),
        # without them, two years in a row are one span
        ("In 1977 and 1978, Freedonia airlifted troops into Sylvania.", [("1977", "1978")]),
        ("The war lasted two years, in 2009 and 2010.", [("2009", "2010")]),
    ],
)
def test_years_listed_one_by_one_are_no_span(answer, expected):
    assert _dated(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "came to an end" closes the span "began" opens
        (
            "The Freedonian war began on 18 June 1912, and came to an end on 18 February 1915.",
            [("1912-06-18", "1915-02-18")],
        ),
        # parentheses that hold only "A to B" hold one span
        (
            "The Sylvanian campaign (September 1814 to February 1815) failed.",
            [("1814-09", "1815-02")],
        ),
        ("The talks (3 May 1990 until 4 June 1991) failed.", [("1990-05-03", "1991-06-04")]),
    ],
)
def test_spans_closed_by_came_to_an_end_or_held_in_parentheses(answer, expected):
    assert _dated(answer) == expected


def test_a_date_cut_from_its_parentheses_leaves_one_space():
    import pandas as pd

    from karabakh_nb.timeline import extract_timeline

    qa = pd.DataFrame(
        {"id": ["x:1"], "question": ["Q?"], "answer": ["The Freedonian War (1921–1924) was long."]}
    )
    assert list(extract_timeline(qa)["event"]) == ["The Freedonian War was long"]
