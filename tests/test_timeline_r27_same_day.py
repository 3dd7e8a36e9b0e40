"""Round 27: "That day" opening a sentence, and the day a same-day phrase refers to."""

import pandas as pd
import pytest

from karabakh_nb.dates import find_dates
from karabakh_nb.timeline import extract_timeline


def relative(text):
    return [(m.surface, m.date) for m in find_dates(text) if m.relative]


def timeline(answer):
    qa = pd.DataFrame({"id": ["x:1"], "question": ["What happened?"], "answer": [answer]})
    rows = extract_timeline(qa)
    return sorted(zip(rows["date"], rows["relative"], strict=True), key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 May 1911 Freedonia declared war. That day, two Sylvanian guards were shot.",
            [("That day", "1911-05-03")],
        ),
        (
            "The fort fell on 9 June 1844. That night the garrison fled to the hills.",
            [("That night", "1844-06-09")],
        ),
        (
            "Rebels took the bridge on 2 April 1907. That morning the army withdrew.",
            [("That morning", "1907-04-02")],
        ),
    ],
)
def test_that_day_opening_a_sentence_is_the_day_said_before(text, expected):
    assert relative(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # within a sentence "that day" looks back: no date of its own
        "On 3 May 1911 a guard was shot, and he died of the wounds he received that day.",
        "On 3 May 1911 Sylvania struck. That day's losses were never counted.",
    ],
)
def test_that_day_within_a_sentence_or_as_a_possessive_is_no_date(text):
    assert relative(text) == []


def test_a_same_day_phrase_skips_a_range_and_a_year_to_the_last_single_day():
    text = (
        "On 21 March 1921 the guards, a force in Ruritania from 1850 until 1930, opened "
        "fire. Earlier that day, under Jan Novak (4 May 1880 – 9 June 1935), a raid was "
        "made. That night three prisoners were killed."
    )
    assert relative(text) == [("Earlier that day", "1921-03-21"), ("That night", "1921-03-21")]


def test_a_later_count_of_days_still_counts_from_the_range_before_it():
    # only "that day", "the same day" refer to a single day; a span counts from the range
    text = "Talks ran from 2 to 5 May 1990. Two days later the treaty was signed."
    assert relative(text) == [("Two days later", "1990-05-07")]


def test_that_day_opening_a_sentence_gives_a_timeline_row():
    answer = "On 3 May 1911 Freedonia declared war. That day, two Sylvanian guards were shot."
    assert timeline(answer) == [("1911-05-03", "That day"), ("1911-05-03", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sylvania invaded Freedonia on 4 June 1814. Its troops had burned the port the "
            "year before and then left.",
            [("the year before", "1813")],
        ),
        (
            "Sylvania invaded Freedonia on 4 June 1814. The day after, the capital fell.",
            [("The day after", "1814-06-05")],
        ),
    ],
)
def test_the_year_before_closing_a_clause_counts_back_from_the_anchor(text, expected):
    assert relative(text) == expected


def test_the_year_before_a_thing_is_no_date():
    # it counts from the war, not from a date
    assert relative("Sylvania invaded Freedonia in 1814. The year before the war, it fell.") == []
