"""A demonym in text about a past period names the state of that period (invented text)."""

from tests.test_alliance_phrases import rows


def test_a_demonym_of_the_period_names_its_state():
    assert rows("The Ghana-Turkish War of 1877 was long.") == {
        ("Ghana", "Ottoman Empire", "adversary")
    }


def test_the_same_demonym_after_the_period_names_the_state_of_today():
    assert rows("In 1990 Turkish troops attacked Ghana.") == {("Ghana", "Turkey", "adversary")}


def test_the_states_own_name_is_left_as_written():
    assert rows("In 1877 Turkey attacked Ghana.") == {("Ghana", "Turkey", "adversary")}
