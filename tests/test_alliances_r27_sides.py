"""Round 27: how the sides of a war are read from a sentence (invented sentences)."""

import pytest

from tests.test_alliance_phrases import rows


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An organisation fighting in a side's list is a belligerent like its states.
        (
            "The Volta War was a conflict between the fighters of Hamas and the military "
            "forces of Ghana, the United Kingdom and the Commonwealth.",
            {("Commonwealth", "Hamas", "adversary"), ("Ghana", "Hamas", "adversary")},
        ),
        ("The war between Ghana and NATO lasted 78 days.", {("Ghana", "NATO", "adversary")}),
    ],
)
def test_an_organisation_may_be_a_side_of_a_war_between(sentence, expected):
    assert expected <= rows(sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # The broker of a truce between two sides is no side of it.
        ("A truce between Ghana and Togo was brokered by the UN.", ("Ghana", "UN", "adversary")),
        ("A truce between Ghana and Togo was brokered by the UN.", ("Togo", "UN", "adversary")),
        # Talks are no war.
        ("Talks between Ghana and the UN failed in 1990.", ("Ghana", "UN", "adversary")),
    ],
)
def test_an_organisation_outside_the_sides_is_no_belligerent(sentence, absent):
    assert absent not in rows(sentence)
