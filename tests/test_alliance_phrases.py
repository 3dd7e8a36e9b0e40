"""Relation phrases read through the whole alliances pipeline: sentences in, rows out."""

import pandas as pd
import pytest

import karabakh_nb as kn


def rows(*answers: str, question: str = "") -> set[tuple[str, str, str]]:
    qa = pd.DataFrame(
        {
            "id": [f"x:{i}" for i in range(len(answers))],
            "question": [question] * len(answers),
            "answer": list(answers),
        }
    )
    table = kn.extract(qa, "alliances")
    out = set()
    for r in table.itertuples():
        a, b = (r.a, r.b) if r.relation in ("member", "mediator") else sorted((r.a, r.b))
        out.add((a, b, r.relation))
    return out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The backer glued to a side ("the X-backed government of Y") backs Y only.
        (
            "It was a conflict between the US-backed military government of Ghana and Togo.",
            {("Ghana", "United States", "ally"), ("Ghana", "Togo", "adversary")},
        ),
        # "between X, backed by Z, and W": the comma before "and" closes the aside.
        (
            "The war between Ghana, backed by France, and Togo lasted two years.",
            {("France", "Ghana", "ally"), ("Ghana", "Togo", "adversary")},
        ),
        (
            "Ghana, backed by France, Mali, and Benin, fought Togo.",
            {
                ("France", "Ghana", "ally"),
                ("Ghana", "Mali", "ally"),
                ("Benin", "Ghana", "ally"),
                ("Ghana", "Togo", "adversary"),
            },
        ),
        # A demonym describing the name after it is no side of its own.
        (
            "It was an armed struggle between the Sahrawi indigenous Polisario Front and Morocco.",
            {("Morocco", "Polisario Front", "adversary")},
        ),
        # "refused to" negates the rest of its clause.
        ("The United States refused to sell advanced weaponry to India.", set()),
        (
            "The United States agreed to sell advanced weaponry to India.",
            {("India", "United States", "ally")},
        ),
    ],
)
def test_relation_phrases(sentence, expected):
    assert rows(sentence) == expected


def test_a_gapped_clause_is_no_list_item():
    # "Ghana is supported by the USA, Togo by Mali": Togo is supported, it supports no one.
    assert rows("Ghana is supported by the USA, Togo by Mali and China.") >= {
        ("Ghana", "United States", "ally"),
        ("Mali", "Togo", "ally"),
        ("China", "Togo", "ally"),
    }
    assert ("Ghana", "Togo", "ally") not in rows("Ghana is supported by the USA, Togo by Mali.")


def test_a_demonym_describing_an_unknown_name_is_no_mediator():
    got = rows(
        "Ghana and Togo fought a border war in 1990. Peace talks began with the mediation"
        " of the Malian Church Council and the Italian government."
    )
    mediators = {(a, b) for a, b, relation in got if relation == "mediator"}
    assert ("Italy", "Ghana") in mediators
    assert ("Italy", "Togo") in mediators
    assert not any(a == "Mali" for a, _ in mediators)


def test_a_force_noun_ends_a_side_of_a_battle():
    # "between Tanzanian units and Ugandan and Libyan units": two sides, not three.
    got = rows("The battle was fought between Tanzanian units and Ugandan and Libyan units.")
    assert got == {
        ("Tanzania", "Uganda", "adversary"),
        ("Libya", "Tanzania", "adversary"),
        ("Libya", "Uganda", "ally"),
    }
    # Without the noun every name is its own side.
    assert ("Mali", "Togo", "adversary") in rows("The war between Ghana and Togo and Mali lasted.")


def test_a_truce_arranged_by_names_its_mediator():
    got = rows("Ghana and Togo fought a border war. The ceasefire was arranged by Mali in June.")
    assert {("Mali", "Ghana", "mediator"), ("Mali", "Togo", "mediator")} <= got
    # Arranged between the parties themselves: no mediator.
    got = rows("Ghana and Togo fought a border war. The ceasefire was arranged in June.")
    assert not any(relation == "mediator" for _, _, relation in got)
    # A body arranged by two states is no peace they mediate.
    got = rows("Ghana fought Togo. Primarily arranged by Mali and Niger, the committee met.")
    assert not any(relation == "mediator" for _, _, relation in got)


def test_its_war_is_waged_by_the_party_named_last():
    got = rows("China provided key support to Vietnam during its long struggle against France.")
    assert ("France", "Vietnam", "adversary") in got
    assert ("China", "France", "adversary") not in got
    # A name the lexicon lacks stands between: "its" is left unread.
    got = rows("China provided key support to Hanoi during its long struggle against France.")
    assert ("China", "France", "adversary") not in got
