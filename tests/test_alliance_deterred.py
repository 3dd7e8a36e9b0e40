"""A war to be deterred or prevented is no war of the sentence's parties (invented text)."""

import pytest

from tests.test_alliance_phrases import rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghanaian troops in the region were part of a reserve set up to deter outside "
        "aggression against the countries of the area, above all Mali and Togo.",
        "Ghana sent a brigade to deter an attack on Mali.",
        "The pact was meant to prevent a war against Mali, Ghana said.",
    ],
)
def test_a_deterred_war_gives_no_adversary(sentence):
    assert not any(relation == "adversary" for _, _, relation in rows(sentence))


def test_a_war_fought_or_repelled_still_gives_one():
    assert ("Ghana", "Mali", "adversary") in rows("Ghana fought against Mali.")
    assert ("Ghana", "Mali", "adversary") in rows("Ghana repelled the attack of Mali.")


def test_a_share_of_a_sides_weapons_supplied_is_support():
    got = rows("At the time of the invasion, Mali supplied as much as 90 percent of Ghana's arms.")
    assert ("Ghana", "Mali", "ally") in got
    assert ("Ghana", "Mali", "adversary") not in got
