"""Coalitions named by their members, and the sides of a war listed on one side and the other."""

import pytest

from karabakh_nb.entities import find_entities
from tests.test_alliance_phrases import rows

ALLIES = {("Benin", "Mali", "ally"), ("Benin", "Togo", "ally"), ("Mali", "Togo", "ally")}
FOES = {
    ("Benin", "Ghana", "adversary"),
    ("Ghana", "Mali", "adversary"),
    ("Ghana", "Togo", "adversary"),
}


@pytest.mark.parametrize(
    "sentence",
    [
        "In the war of 1901 Ghana lost to an alliance of Mali, Togo and Benin.",
        "It was the conflict between Ghana and an alliance of Mali, Togo and Benin over the river.",
        "The war was fought by an alliance of Mali, Togo and Benin against Ghana.",
        "War raged between Ghana and the Triple Alliance of Mali, the Republic of Togo and Benin.",
        "It was fought between two sides: Mali, Togo and Benin on one, and Ghana on the other.",
        "It was a conflict between Mali, Togo and Benin on one side and Ghana on the other.",
    ],
)
def test_the_members_of_a_coalition_are_allies_and_fight_its_enemy(sentence):
    assert rows(sentence) == ALLIES | FOES


def test_a_treaty_that_allied_states_makes_them_allies():
    assert rows("The Treaty of Lisbon allied Mali, Togo and Benin in the war.") == ALLIES


def test_a_coalition_named_by_its_members_is_no_side_of_its_own():
    names = [e.name for e in find_entities("the Triple Alliance of Mali, Togo and Benin")]
    assert names == ["Mali", "Togo", "Benin"]
    # A name whose tail is no list of states stays one side.
    names = [e.name for e in find_entities("the Patriotic Alliance of Freedonia fought on.")]
    assert names == ["Patriotic Alliance of Freedonia"]
