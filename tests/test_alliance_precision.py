"""Sentences whose words look like a relation but state none, or state it of another party."""

import pandas as pd
import pytest

import karabakh_nb as kn


def rows(answer: str, question: str = "") -> set[tuple[str, str, str]]:
    qa = pd.DataFrame({"id": ["x:1"], "question": [question], "answer": [answer]})
    table = kn.extract(qa, "alliances")
    out = set()
    for r in table.itertuples():
        a, b = (r.a, r.b) if r.relation in ("member", "mediator", "ally") else sorted((r.a, r.b))
        out.add((a, b, r.relation))
    return out


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a war of words is no war; a possibility of hostilities is none yet
        (
            "Amid a bitter war of words between the Chilean and Peruvian governments, talks"
            " stalled.",
            set(),
        ),
        (
            "The buildup of Chilean troops raised the possibility of actual hostilities with Peru.",
            set(),
        ),
        ("Chile pointed to the risk of a long war against Peru over the desert.", set()),
        # "X-sponsored" mediates only talks, a truce or a deal: X backs anything else
        (
            "Peru fought Bolivia for years. In 1980, a Chilean-sponsored attempt to seize the"
            " government was met by intervention from Bolivia.",
            {("Bolivia", "Peru", "adversary")},
        ),
        (
            "Peru fought Bolivia for years. In 1980, Chilean-sponsored talks ended the war.",
            {
                ("Bolivia", "Peru", "adversary"),
                ("Chile", "Bolivia", "mediator"),
                ("Chile", "Peru", "mediator"),
            },
        ),
        # a relation told as a belief or an accusation is no fact, the teller's own stays
        ("In 1950 Peru believed that Chile supported the Bolivian rebels with arms.", set()),
        ("The junta accused Chile (falsely) of secretly supplying arms to Bolivia.", set()),
        (
            "Peru accused Chile of shelling its border villages.",
            {("Chile", "Peru", "adversary")},
        ),
        # what is believed runs to its clause's end (past an "if" clause's comma)
        (
            "Following Chilean claims that Peru was drilling across the border, Chile invaded"
            " Peru.",
            {("Chile", "Peru", "adversary")},
        ),
        (
            "Peru feared that if the rebels won, Chile would arm the Bolivian army.",
            set(),
        ),
        # a demonym describing the side after it is no party of its own
        (
            "Italy and Germany supported the Spanish Nationalists from the start.",
            {("Italy", "Nationalists", "ally"), ("Germany", "Nationalists", "ally")},
        ),
    ],
)
def test_no_relation_or_another_party(answer: str, expected: set[tuple[str, str, str]]) -> None:
    assert rows(answer) == expected


def test_a_place_before_supported_by_is_not_the_supported() -> None:
    answer = "Many settlers living in Chile, supported by Peru, opposed the treaty."
    assert rows(answer) == set()


def test_the_comma_before_and_of_two_names_closes_a_supporter_aside() -> None:
    answer = (
        "Fighting broke out between Chile backed by Peru, and Bolivia with support from Brazil."
    )
    assert rows(answer) == {
        ("Peru", "Chile", "ally"),
        ("Brazil", "Bolivia", "ally"),
        ("Bolivia", "Chile", "adversary"),
    }


def test_a_supporter_after_by_is_no_subject_of_fought_against() -> None:
    answer = "Communist rebels supported by Chile and other nations fought against Peru."
    assert rows(answer) == set()


def test_an_invitation_to_an_alliance_is_none() -> None:
    answer = "The new government invited the Loyalists to form a government alliance with Ghana."
    assert rows(answer) == set()
    assert rows("The Loyalists formed a government alliance with Ghana.") == {
        ("Ghana", "Loyalists", "ally")
    }


def test_a_possessive_before_strikes_against_is_who_struck() -> None:
    answer = "Refugees have fled Bolivia since the start of NATO's air strikes against Chile."
    assert rows(answer) == {("Chile", "NATO", "adversary")}
