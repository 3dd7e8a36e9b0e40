"""Alliance readings that were absent on unseen text (invented sentences, whole pipeline)."""

import pytest

from tests.test_alliance_phrases import rows


@pytest.mark.parametrize(
    "cue",
    ["tried to mediate", "offered to mediate", "played the role of mediator"],
)
def test_a_mediator_with_no_parties_named_mediates_between_the_war_sides(cue):
    got = rows(f"The war was fought between Ghana and Togo. Mali {cue} and proposed a truce.")
    assert ("Mali", "Ghana", "mediator") in got
    assert ("Mali", "Togo", "mediator") in got


def test_a_relative_clause_at_war_is_of_the_name_before_it():
    got = rows(
        "The league had been formed under Libyan auspices to take land away from Ghana, "
        "which was already at war with Togo."
    )
    assert ("Ghana", "Togo", "adversary") in got
    assert ("Libya", "Togo", "adversary") not in got


def test_a_later_name_in_brackets_does_not_end_a_side():
    got = rows(
        "The war was fought between two sides: Ghana, Mali and the Ottoman Empire "
        "(today's Turkey) on one, and Togo on the other."
    )
    assert {
        ("Ghana", "Togo", "adversary"),
        ("Mali", "Togo", "adversary"),
        ("Ottoman Empire", "Togo", "adversary"),
        ("Ghana", "Mali", "ally"),
    } <= got
    assert ("Togo", "Turkey", "adversary") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana would attack Togo, and Mali and Benin would then send in their troops.",
        "Ghana declared war on Togo, and Mali and Benin would later send troops.",
    ],
)
def test_a_comma_and_before_a_new_clause_ends_the_list(sentence):
    got = rows(sentence)
    assert ("Ghana", "Togo", "adversary") in got
    assert not {("Ghana", "Mali", "adversary"), ("Benin", "Ghana", "adversary")} & got


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        (
            "Ghana opened hostilities by declaring war on Togo in 1912.",
            {("Ghana", "Togo", "adversary")},
            set(),
        ),
        (
            "Mali, Benin and Niger quarrelled with Togo over the spoils.",
            {("Mali", "Togo", "adversary"), ("Niger", "Togo", "adversary")},
            set(),
        ),
        (
            "Backed by Libya, Togo attacked Ghana.",
            {("Libya", "Togo", "ally"), ("Ghana", "Togo", "adversary")},
            {("Ghana", "Libya", "adversary")},
        ),
        (
            "The war was fought from 1899 to 1902 by Ghana and Mali against Togo.",
            {("Ghana", "Mali", "ally"), ("Mali", "Togo", "adversary")},
            set(),
        ),
        (
            "Ghana and Mali joined the Togolese on 31 October.",
            {("Ghana", "Togo", "ally"), ("Mali", "Togo", "ally")},
            set(),
        ),
        ("Togo was conquered by Ghana.", {("Ghana", "Togo", "adversary")}, set()),
        ("Togo made peace with Ghana in 1950.", {("Ghana", "Togo", "adversary")}, set()),
        ("Ghana took the side of Togo.", {("Ghana", "Togo", "ally")}, set()),
    ],
)
def test_verb_frames_of_war_and_support(sentence, expected, absent):
    got = rows(sentence)
    assert expected <= got
    assert not absent & got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ghana, a member of NATO, met Togo.", {("Ghana", "NATO", "member")}),
        (
            "NATO members Ghana and Mali met.",
            {("Ghana", "NATO", "member"), ("Mali", "NATO", "member")},
        ),
        ("Ghana, Mali and Togo founded NATO in 1950.", {("Mali", "NATO", "member")}),
        ("NATO, comprising Ghana, Mali and Togo, was formed.", {("Mali", "NATO", "member")}),
        ("NATO, a military alliance of Ghana and Mali, met.", {("Mali", "NATO", "member")}),
        ("Ghana joined NATO alongside Mali and Togo.", {("Togo", "NATO", "member")}),
        ("Ghana and Mali were admitted to NATO in 1950.", {("Ghana", "NATO", "member")}),
    ],
)
def test_membership_frames(sentence, expected):
    assert expected <= rows(sentence)


def test_a_former_member_in_apposition_is_none():
    assert ("Ghana", "NATO", "member") not in rows("Ghana, a former member of NATO, met Togo.")


def test_a_war_declared_with_no_foe_is_on_the_answer_s_other_side():
    from karabakh_nb.rules import apply_rules

    def got(sides):
        found = apply_rules("alliances", "x:1", "On 1 May 1951 Togo declared war.", sides)
        return {(r["a"], r["b"], r["relation"]) for r in found}

    assert ("Togo", "Ghana", "adversary") in got(["Ghana", "Togo"])
    # A state that is no side of the answer's war has no foe here.
    assert not got(["Ghana", "Mali"])


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        (
            "In 1954 the Sylvanian Front captured the Ghanaian stronghold after a long siege.",
            {("Ghana", "Sylvanian Front", "adversary")},
            set(),
        ),
        (
            "The Sylvanian Front was violently opposed from 1977 by Ghana.",
            {("Ghana", "Sylvanian Front", "adversary")},
            set(),
        ),
        ("Togo financed Ghana's military buildup.", {("Ghana", "Togo", "ally")}, set()),
        ("Togo withdrew financing for Ghana's dam project.", set(), {("Ghana", "Togo", "ally")}),
        (
            "Ghanaian Army: 210 killed, 1,000 wounded; Togolese Army: 8,128 captured.",
            set(),
            {("Ghana", "Togo", "adversary")},
        ),
    ],
)
def test_backoff_words_of_war_and_money(sentence, expected, absent):
    got = rows(sentence)
    assert expected <= got
    assert not absent & got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A negation elsewhere in the sentence does not hide the relation read.
        (
            "Ghana had been supporting Togo since 1949, but to no avail.",
            {("Ghana", "Togo", "ally")},
        ),
        # Before the cue word it does.
        ("Ghana did not support Togo in the war.", set()),
        ("Mali hoped that Ghana would move against Togo.", set()),
    ],
)
def test_a_negation_counts_before_the_cue_word(sentence, expected):
    got = {r for r in rows(sentence) if r[2] in ("ally", "adversary")}
    assert got == expected


def test_a_mediator_trying_to_broker_a_truce():
    got = rows("Mali tried to broker a truce between Togo and Ghana.")
    assert {("Mali", "Ghana", "mediator"), ("Mali", "Togo", "mediator")} <= got
