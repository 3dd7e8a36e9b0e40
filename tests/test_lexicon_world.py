"""World knowledge as data: peoples, capitals, regions and leaders of every continent.

Invented sentences about real names (``lexicon/peoples.txt``, ``capitals.txt``,
``regions.txt``, ``leaders.txt``), and the ordinary words and given names they must not take.
"""

from __future__ import annotations

import pandas as pd
import pytest

from karabakh_nb import extract
from karabakh_nb.entities import city_of, find_entities
from tests.test_casualty_parties import rows as casualty_rows
from tests.test_demographics import rows as demographic_rows


def relations(answer: str) -> list[list[str]]:
    qa = pd.DataFrame({"id": ["t:1"], "question": ["Who fought whom?"], "answer": [answer]})
    return extract(qa, "alliances")[["a", "b", "relation"]].values.tolist()


def named(text: str) -> list[tuple[str, str, str]]:
    return [(e.name, e.kind, e.party) for e in find_entities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kikuyu and Luo youths clashed.",
         [("Kikuyu", "people", "Kikuyu"), ("Luo", "people", "Luo")]),
        ("Thousands of Hazaras fled.", [("Hazaras", "people", "Hazaras")]),
        ("The Mapuche and the Aymara protested.",
         [("Mapuche", "people", "Mapuche"), ("Aymara", "people", "Aymara")]),
        ("Crimean Tatars were deported.", [("Crimean Tatars", "people", "Crimean Tatars")]),
        ("Karen villagers fled to the border.", [("Karens", "people", "Karens")]),
        # A given name before a surname is a person; "non-" names no people.
        ("Karen Whitfield and Maya Okafor wrote the report.", []),
        ("It was a non-Arab state.", []),
        ("The Marsh Arabs fled.", [("Marsh Arabs", "people", "Marsh Arabs")]),
        # Words that are also names stay out: no people in these.
        ("Fur traders reached San Francisco.", []),
    ],
)  # fmt: skip
def test_peoples_of_every_continent(text, expected):
    assert named(text) == expected


def test_a_people_is_a_casualty_party_and_a_demographic_group():
    assert casualty_rows("Some 4,000 Kikuyu villagers were killed.") == [
        ("Kikuyu", "civilian", 4000, "approx")
    ]
    assert casualty_rows("Karen Whitfield said 300 soldiers died.") == [
        ("unspecified", "military", 300, "exact")
    ]
    assert demographic_rows("The Oromo make up 34.5% of the population of Ethiopia.") == [
        ("Ethiopia", "Oromo", 34.5, "percent", "exact", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ljubljana sent observers.", [("Slovenia", "Ljubljana")]),
        ("Port Moresby deployed troops.", [("Papua New Guinea", "Port Moresby")]),
        ("The Sublime Porte declared war.", [("Ottoman Empire", "Sublime Porte")]),
        ("Fighting broke out in Bratislava.", []),
    ],
)  # fmt: skip
def test_more_capitals_stand_for_their_state(text, expected):
    assert [(e.name, city_of(e)) for e in find_entities(text)] == expected


def test_a_capital_pair_is_a_relation():
    assert relations("Ljubljana recognised Zagreb in 1991.") == [["Slovenia", "Croatia", "partner"]]


def test_a_disputed_region_stands_for_the_state_it_was_taken_from():
    assert named("the Kuril Islands") == [("Kuril Islands", "region", "Japan")]
    assert relations("The Soviet Union invaded the Kuril Islands in 1945.") == [
        ["Japan", "Soviet Union", "adversary"]
    ]
    assert relations("Libya occupied the Aouzou Strip in 1973.") == [["Chad", "Libya", "adversary"]]


def test_a_breakaway_region_stands_for_itself():
    assert named("Katangese gendarmes") == [("Katanga", "side", "Katanga")]
    assert relations("Aceh fought Indonesia for decades.") == [["Aceh", "Indonesia", "adversary"]]


def test_a_leader_stands_for_his_state_or_side():
    assert named("the Mugabe regime") == [("Zimbabwe", "state", "Zimbabwe")]
    # A rebel leader's side is a side, as its own name is.
    assert [(e.name, e.kind) for e in find_entities("Savimbi's forces")] == [("UNITA", "side")]
    assert relations("Savimbi's forces were armed by South Africa.") == [
        ["South Africa", "UNITA", "ally"]
    ]
    # A common surname is a leader only in the full name.
    assert named("Johnson and Taylor arrived.") == []


def test_a_leader_after_his_own_state_keeps_the_list_whole():
    assert [e.name for e in find_entities("Zaire under Mobutu and Angola")] == [
        "DR Congo",
        "Angola",
    ]
    assert relations("UNITA was backed by Zaire under Mobutu and South Africa.") == [
        ["DR Congo", "UNITA", "ally"],
        ["South Africa", "UNITA", "ally"],
    ]
    assert relations(
        "UNITA was backed by Zaire (then ruled by Mobutu), South Africa and the United States."
    ) == [
        ["DR Congo", "UNITA", "ally"],
        ["South Africa", "UNITA", "ally"],
        ["United States", "UNITA", "ally"],
    ]
    # Another state's leader is another party.
    assert [e.name for e in find_entities("Zaire under Gaddafi")] == ["DR Congo", "Libya"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a people named by the state it lives in is the side it formed, as "Bosnian Serb" is
        ("The Croatian Serbs rebelled in 1990.", [("Republic of Serbian Krajina", "side")]),
        ("Maronite Christians fled the town.", [("Maronites", "people")]),
        ("Byzantine forces held the pass.", [("Byzantine Empire", "state")]),
        ("The Community of Sant'Egidio hosted the talks.", [("Community of Sant'Egidio", "org")]),
        ("Sant’Egidio mediated.", [("Community of Sant'Egidio", "org")]),
    ],
)
def test_more_sides_peoples_states_and_mediators(text, expected):
    assert [(e.name, e.kind) for e in find_entities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # empires and dynasties of earlier centuries, by name, plural and adjective
        ("The Carthaginians crossed the Alps.", [("Carthage", "state")]),
        ("Aztec warriors met the Spanish.", [("Aztec Empire", "state"), ("Spain", "state")]),
        (
            "The Mamluks defeated the Mongol Empire.",
            [("Mamluk Sultanate", "state"), ("Mongol Empire", "state")],
        ),
        ("The Ming dynasty sent a fleet.", [("China", "state")]),
        # a state's own militia, army or government by its own name
        ("Shabiha gunmen and Basij volunteers", [("Syria", "state"), ("Iran", "state")]),
        ("The Qassam Brigades fired rockets.", [("Hamas", "side")]),
        (
            "MEND fighters raided the oil platform.",
            [("Movement for the Emancipation of the Niger Delta", "side")],
        ),
    ],
)
def test_more_empires_and_forces_by_their_own_names(text, expected):
    assert [(e.name, e.kind) for e in find_entities(text)] == expected
