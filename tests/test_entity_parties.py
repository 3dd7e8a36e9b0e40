"""Mentions that stand for a party: agencies, a state's forces, names read from their shape."""

from __future__ import annotations

import pytest

from karabakh_nb.alliances import relations_in
from karabakh_nb.entities import find_entities, is_agency
from tests.test_demographics import rows


def kinds(text: str) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in find_entities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The CIA armed the rebels.", [("United States", "state")]),
        ("the Pentagon and the KGB", [("United States", "state"), ("Soviet Union", "state")]),
        ("Mossad agents and the ISI", [("Israel", "state"), ("Pakistan", "state")]),
        # a common word is no agency
        ("the white house on the hill", []),
    ],
)
def test_an_agency_stands_for_its_state(text, expected):
    assert kinds(text) == expected


def test_an_agency_takes_part_in_relations():
    rows_ = relations_in("The CIA supplied weapons to Chad.")
    assert [(a, b, r) for a, b, r, _ in rows_] == [("United States", "Chad", "ally")]


def test_an_agency_is_a_body_not_a_place():
    found = find_entities("According to the CIAs World Factbook, Chad is poor.")
    assert [is_agency(e) for e in found] == [True, False]
    # the source of a share is no place it is a share of
    answer = "Ghana has many peoples. "
    answer += "According to the CIA, the Akan make up about 47% of the population."
    assert rows(answer) == [("Ghana", "Akan", 47, "percent", "approx", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated participle describes the group, it is no word of its name
        (
            "the Serb-controlled Yugoslav People's Army",
            [("Serbia", "state"), ("Yugoslavia", "state")],
        ),
        (
            "the Kremlin-backed Free Zorvan Army",
            [("Russia", "state"), ("Free Zorvan Army", "side")],
        ),
        # a curly apostrophe is still a word of a state's forces
        ("the Yugoslav People’s Army", [("Yugoslavia", "state")]),
        # "the Army of X" is X's, with or without an article inside the name
        ("the Armed Forces of Ukraine attacked", [("Ukraine", "state")]),
        ("the Armed Forces of the Democratic Republic of the Congo", [("DR Congo", "state")]),
        # a movement "for the Liberation of X" is a side of its own
        (
            "the Popular Front for the Liberation of Zorvania",
            [("Popular Front for the Liberation of Zorvania", "side")],
        ),
    ],
)
def test_a_states_forces_and_a_groups_name(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's forces with their acronym stay the state, no new organisation (an acronym
        # the lexicon knows, "ENDF", is the state named twice, as "the IDF" always was)
        ("the Malawian Defence Force (MDF)", [("Malawi", "state")]),
        ("the Ghanaian Armed Forces (GAF)", [("Ghana", "state")]),
        ("the Ethiopian National Defence Force (ENDF)", [("Ethiopia", "state")] * 2),
        ("the Zorvan Development Bank (ZDB)", [("ZDB", "org")]),
    ],
)
def test_an_acronym_of_a_states_forces_is_the_state(text, expected):
    assert kinds(text) == expected


def test_an_organisation_defined_by_its_acronym_is_a_member_in_the_sentence_rules():
    found = relations_in("Ghana is a member of the Zorvan Development Bank (ZDB) and the UN.")
    assert {(a, b, r) for a, b, r, _ in found} == {
        ("Ghana", "ZDB", "member"),
        ("Ghana", "UN", "member"),
    }


def _alliances(answer: str) -> set[tuple[str, str, str]]:
    import pandas as pd

    from karabakh_nb.alliances import extract_alliances

    qa = pd.DataFrame({"id": ["t:1"], "question": ["Who armed whom?"], "answer": [answer]})
    table = extract_alliances(qa)
    return set(zip(table["a"], table["b"], table["relation"], strict=True))


@pytest.mark.parametrize(
    ("answer", "supplier"),
    [
        # a seat names the state that ruled from it in the years the text is about
        ("In 1977, Moscow supplied weapons to Ethiopia.", "Soviet Union"),
        ("Moscow supplied weapons to Ethiopia. The war ended in 1978.", "Soviet Union"),
        ("In 2015, Moscow supplied weapons to Ethiopia.", "Russia"),
        # with no year, or years on both sides of the period's end, it stays as written
        ("Moscow supplied weapons to Ethiopia.", "Russia"),
        ("From 1988 to 1994, Moscow supplied weapons to Ethiopia.", "Russia"),
        # the state's own name is the writer's word
        ("In 1977, Russia supplied weapons to Ethiopia.", "Russia"),
        # beside the seat, the state's people may be named as well
        ("In 1977, Moscow supplied weapons to Ethiopia until the Russians left.", "Soviet Union"),
        # an answer with no year that names the state of the period is about its time
        ("Soviet advisers landed. Moscow supplied weapons to Ethiopia.", "Soviet Union"),
        ("Moscow supplied weapons to Ethiopia, as the Soviet Union had promised.", "Soviet Union"),
        ("The former Soviet Union split. Moscow supplied weapons to Ethiopia.", "Russia"),
        # other capitals that a state of the past ruled from
        ("In 1968, Hanoi supplied weapons to Ethiopia.", "North Vietnam"),
        ("In 1990, Hanoi supplied weapons to Ethiopia.", "Vietnam"),
        ("In 1985, Belgrade supplied weapons to Ethiopia.", "Yugoslavia"),
        ("In 2010, Belgrade supplied weapons to Ethiopia.", "Serbia"),
        ("In 1975, Prague supplied weapons to Ethiopia.", "Czechoslovakia"),
        ("In 1970, Sanaa supplied weapons to Ethiopia.", "North Yemen"),
        ("Yugoslav officers came. Belgrade supplied weapons to Ethiopia.", "Yugoslavia"),
    ],
)
def test_a_seat_names_the_state_of_its_period(answer, supplier):
    assert (supplier, "Ethiopia", "ally") in _alliances(answer)


def _file_alliances(answers: list[str]) -> set[tuple[str, str, str]]:
    import pandas as pd

    from karabakh_nb.alliances import extract_alliances

    qa = pd.DataFrame(
        {
            "id": [f"f:{i}" for i in range(len(answers))],
            "question": ["What happened?"] * len(answers),
            "answer": answers,
            "source": ["f.txt"] * len(answers),
        }
    )
    table = extract_alliances(qa)
    return set(zip(table["a"], table["b"], table["relation"], strict=True))


def test_the_government_is_the_state_its_file_names_most():
    # Chad is named far more often than any other state: "the government" is Chad's.
    found = _file_alliances(
        [
            "Chad is a large country. Chad became independent from France.",
            "Chad has a desert north. Chad has a capital in the south.",
            "Niger and Cameroon sent troops to support the government.",
        ]
    )
    assert ("Niger", "Chad", "ally") in found
    assert ("Cameroon", "Chad", "ally") in found


def test_the_government_of_two_states_named_alike_is_nobody():
    found = _file_alliances(
        [
            "Chad is a large country. Sudan is a large country.",
            "Chad has a desert north. Sudan has a desert north.",
            "Niger and Cameroon sent troops to support the government.",
        ]
    )
    assert not {row for row in found if {"Chad", "Sudan"} & set(row[:2])}


def test_the_rebels_are_the_one_side_a_file_names():
    found = _file_alliances(
        [
            "Chad fought the Zorvan Liberation Front in 1990. Chad is a large country.",
            "Chad has a desert north. Chad has a capital in the south.",
            "Niger and Libya supported the rebels.",
        ]
    )
    assert ("Niger", "Zorvan Liberation Front", "ally") in found
    assert ("Libya", "Zorvan Liberation Front", "ally") in found


@pytest.mark.parametrize(
    ("answer", "foes"),
    [
        # a list of foes after a verb of fighting, names or demonyms before a force noun
        ("Chad fought Libya and Sudan.", {"Libya", "Sudan"}),
        ("Chadian forces fought Libyan and Sudanese troops.", {"Libya", "Sudan"}),
        ("Chad attacked Libya, Niger and Sudan in 1987.", {"Libya", "Niger", "Sudan"}),
        # the name after "and" opens a new clause: it is no foe
        ("Chad attacked Libya and Sudan condemned the attack.", {"Libya"}),
    ],
)
def test_each_foe_of_a_list_is_an_adversary(answer, foes):
    found = {b if a == "Chad" else a for a, b, r in _alliances(answer) if r == "adversary"}
    assert found == foes


def test_an_opening_its_is_the_party_the_sentence_before_opened_with():
    found = _alliances("Chad is a large country. Its army fought Libya in 1987.")
    assert ("Chad", "Libya", "adversary") in found
    found = _alliances("Chad is a large country. Its closest ally, France, sent troops.")
    assert ("France", "Chad", "ally") in found
    # a sentence before that opens with no name gives "Its" no party
    found = _alliances("In the end Chad won. Its army fought Libya in 1987.")
    assert not any("Chad" in row[:2] for row in found)


def test_them_is_the_group_the_sentence_before_opened_with():
    found = _alliances("The Zorvan Liberation Front fought Chad. Libya supplied them with weapons.")
    assert ("Libya", "Zorvan Liberation Front", "ally") in found
    # a state opening the sentence before is no "them" (a group's pronoun)
    found = _alliances("Chad fought the Zorvan Liberation Front. Libya supplied them with weapons.")
    assert ("Libya", "Chad", "ally") not in found


def test_a_co_mediator_is_no_party_of_the_mediation():
    war = ["Chad fought Libya in 1987. Chad attacked Libya again in 1988.", "Chad fought Libya."]
    found = _file_alliances([*war, "The truce was later brokered by Niger, Mali and Sudan."])
    assert ("Niger", "Libya", "mediator") in found
    found = _file_alliances([*war, "The truce was later brokered by Niger, Mali and Libya."])
    assert ("Niger", "Chad", "mediator") in found
    assert ("Niger", "Libya", "mediator") not in found


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a company is a party of its own, never the state its name holds
        ("Royal Dutch Shell backed Nigeria.", ("Royal Dutch Shell", "Nigeria", "ally")),
        ("Standard Oil financed Ecuador's army.", ("Standard Oil", "Ecuador", "ally")),
        ("Executive Outcomes backed Angola.", ("Executive Outcomes", "Angola", "ally")),
    ],
)
def test_a_company_takes_sides(answer, expected):
    found = _alliances(answer)
    assert expected in found
    assert not any("Netherlands" in row for row in found)
