"""Alliance mechanisms for phrasings of unseen text (invented sentences, whole pipeline)."""

import pytest

from tests.test_alliance_phrases import rows

_CIVIL_WAR = (
    "The Sylvanian Liberation Front was formed in Ghana in 1970. "
    "Ghana fought the Sylvanian Liberation Front for a decade. "
    "Ghana won the war in Ghana. "
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A backer glued to the generic noun: the government is the war's state.
        ("The Libya-backed government held the capital.", ("Ghana", "Libya", "ally")),
        ("The Libya-backed regime held the capital.", ("Ghana", "Libya", "ally")),
        ("The army-aligned government severed ties with Mali.", ("Ghana", "Mali", "adversary")),
    ],
)
def test_a_generic_state_noun_after_a_hyphenated_backer(sentence, expected):
    assert expected in rows(_CIVIL_WAR + sentence, question="Who fought in Ghana?")


def test_the_army_of_a_civil_war_is_its_state():
    got = rows(_CIVIL_WAR + "Fighting between the army and the Sylvanian Liberation Front went on.")
    assert ("Ghana", "Sylvanian Liberation Front", "adversary") in got


def test_a_backer_before_a_side_does_not_back_its_foe():
    got = rows(
        _CIVIL_WAR + "The war between the Libya-backed government and the Sylvanian "
        "Liberation Front lasted years."
    )
    assert ("Libya", "Sylvanian Liberation Front", "ally") not in got
    assert ("Ghana", "Libya", "ally") in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Libya backed Ghana against Togo.",
            {("Ghana", "Libya", "ally"), ("Ghana", "Togo", "adversary")},
        ),
        (
            "An incursion by Togolese troops into the disputed north of Ghana failed.",
            {("Ghana", "Togo", "adversary")},
        ),
        ("In 1970 Ghana signed a peace treaty with Togo.", {("Ghana", "Togo", "adversary")}),
        (
            "Mali presided over peace talks between Ghana and Togo.",
            {("Mali", "Ghana", "mediator"), ("Mali", "Togo", "mediator")},
        ),
        ("Ghana is the archenemy of Togo.", {("Ghana", "Togo", "adversary")}),
        ("Mali was Ghana's most loyal friend in the area.", {("Ghana", "Mali", "partner")}),
        (
            "Ghana and Togo, two NATO allies, met.",
            {("Ghana", "Togo", "ally"), ("Ghana", "NATO", "member")},
        ),
    ],
)
def test_relation_cues(sentence, expected):
    assert expected <= rows(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana never signed a peace treaty with Togo.",
        "Mali was never Ghana's closest friend.",
    ],
)
def test_negated_cues_give_nothing(sentence):
    assert rows(sentence) == set()


def test_a_described_force_noun_ends_a_side_of_a_list():
    got = rows(
        "The war was fought between Georgian government forces for the most part and "
        "Abkhaz separatist forces, Russian government armed forces and Chechen militants."
    )
    assert {("Abkhazia", "Georgia", "adversary"), ("Georgia", "Russia", "adversary")} <= got


def test_an_embargo_is_no_war():
    assert rows("The US declared an arms embargo against Ghana and Togo on 7 May.") == set()


def test_a_list_described_by_an_aside_lets_a_group_use_its_territory():
    got = rows(
        "Mali and Niger, Togo's neighbours to the north, allowed Hamas to use their territory."
    )
    assert {("Hamas", "Mali", "ally"), ("Hamas", "Niger", "ally")} <= got


def test_an_initialism_spaced_out_is_still_the_state():
    from karabakh_nb.entities import find_entities

    names = [e.name for e in find_entities("Envoys of the U. S. and the U. K. met.")]
    assert names == ["United States", "United Kingdom"]
