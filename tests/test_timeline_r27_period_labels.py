"""Round 27: a period of years in parentheses labels a name and is no anchor."""

from karabakh_nb.dates import find_dates


def dates(text):
    return [(m.surface, m.date) for m in find_dates(text)]


def test_a_period_of_years_in_parentheses_gives_no_anchor():
    text = (
        "Sylvania held 300 villages in 1871, when troops took them during the Duck War "
        "(1870-1872). They were ceded to Freedonia the next year."
    )
    assert dates(text)[-1] == ("the next year", "1872")


def test_a_period_said_outside_parentheses_is_still_the_anchor():
    text = (
        "Troops took the villages in 1871. The war went on from 1870 to 1872. "
        "Peace came the next year."
    )
    assert dates(text)[-1] == ("the next year", "1873")


def test_a_day_in_parentheses_still_dates_the_story():
    text = "Freedonia allied with Sylvania (April 21, 1920) and took the capital on May 7."
    assert dates(text)[-1] == ("May 7", "1920-05-07")
