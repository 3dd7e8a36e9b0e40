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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Every name of a list before the verb attacks, not only the last one.
        (
            "Mali, Niger and Chad attacked the Ghanaian-held town.",
            {("Ghana", "Mali", "adversary"), ("Ghana", "Niger", "adversary")},
        ),
        (
            "Troops from Mali, Niger and Chad attacked the Ghanaian-held town.",
            {("Ghana", "Mali", "adversary"), ("Chad", "Ghana", "adversary")},
        ),
        (
            "In 1854 Malian, Nigerien and Chadian forces attacked the Ghanaian-held town.",
            {("Ghana", "Mali", "adversary"), ("Ghana", "Niger", "adversary")},
        ),
        # A pair with no object fought each other.
        ("Mali and Niger fought over the oasis in 1901.", {("Mali", "Niger", "adversary")}),
    ],
)
def test_a_list_before_a_verb_of_war_spreads_over_its_names(sentence, expected):
    assert expected <= rows(sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # "X and Y fought Z": X and Y are on one side, not each other's foes.
        ("Troops from Mali, Niger and Chad fought Ghana.", ("Chad", "Niger", "adversary")),
        ("Troops from Mali and Niger fought Ghana.", ("Mali", "Niger", "adversary")),
        (
            "Malian, Nigerien and Chadian troops fought Ghanaian troops.",
            ("Chad", "Niger", "adversary"),
        ),
        ("Mali and Niger fought a long war against Ghana.", ("Mali", "Niger", "adversary")),
        ("Mali and Niger waged war on Ghana.", ("Mali", "Niger", "adversary")),
        # A list after "in" is a place, no subject.
        ("In Mali, Niger and Chad, rebels attacked Ghana.", ("Ghana", "Mali", "adversary")),
    ],
)
def test_a_list_of_attackers_is_no_pair_of_foes(sentence, absent):
    assert absent not in rows(sentence)
