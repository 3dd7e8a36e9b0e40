"""Round 27: a day and month without a year before a name's noun are part of the name."""

import pytest

from karabakh_nb.dates import find_dates


def dates(text):
    return [(m.surface, m.date) for m in find_dates(text)]


@pytest.mark.parametrize(
    "text",
    [
        "In 1953 the rebels of the 26th of July Movement attacked the barracks.",
        "In 2005 the March 14 Alliance won the election in Sylvania.",
        "In 1973 the army crossed the 6 October Bridge.",
        "In 1953 the July Movement grew.",
    ],
)
def test_a_day_and_month_before_a_name_noun_are_a_name(text):
    assert [s for s, _ in dates(text)] == [text.split()[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1953 rebels attacked on the 26th of July and lost.", "1953-07-26"),
        ("In 2005 the alliance won on March 14 Sylvania's first free election.", "2005-03-14"),
        ("The 6 October 1973 offensive crossed the bridge.", "1973-10-06"),
    ],
)
def test_a_day_and_month_before_other_words_are_a_date(text, expected):
    assert dates(text)[-1][1] == expected
