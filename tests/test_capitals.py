"""A capital stands for its state's government, and stays a city where a place is meant.

Invented sentences about real capitals (``lexicon/capitals.txt``): the rule is general.
"""

from __future__ import annotations

import pandas as pd
import pytest

from karabakh_nb import extract
from karabakh_nb.entities import city_of, find_entities
from tests.test_casualty_parties import rows as casualty_rows
from tests.test_demographics import rows as demographic_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An acting capital is its state; its possessive too.
        ("Kampala sent troops across the border.", [("Uganda", "Kampala")]),
        ("Kigali's support for the rebels grew.", [("Rwanda", "Kigali")]),
        ("Addis Ababa and Asmara signed a peace deal.",
         [("Ethiopia", "Addis Ababa"), ("Eritrea", "Asmara")]),
        # "the government in X" is still the state.
        ("Moscow backed the government in Kabul.",
         [("Russia", "Moscow"), ("Afghanistan", "Kabul")]),
        # A place, or part of another name: no party.
        ("Heavy fighting broke out in Kinshasa.", []),
        ("Rebels reached the outskirts of Monrovia.", []),
        ("The Bishkek Protocol was signed in May.", []),
        ("Rebels regained control of Freetown.", []),
        ("Sylvanian tanks reached Nairobi and besieged it.", []),
        # "the capital, X" is the place; so is a capital before an event held there
        ("Rebels seized the capital, Kampala, in May.", []),
        ("Rebels seized the capital city Kampala in May.", []),
        ("The Nairobi talks failed and the Kampala summit was cancelled.", []),
        # ... unless the capital owns the event: its government acted
        ("Kampala's invasion was condemned.", [("Uganda", "Kampala")]),
        # seats of states of the past stand for their state (periods: test_entity_parties)
        ("Hanoi sent troops and Saigon protested.",
         [("Vietnam", "Hanoi"), ("South Vietnam", "Saigon")]),
        ("Bonn and Prague signed a treaty.",
         [("West Germany", "Bonn"), ("Czech Republic", "Prague")]),
    ],
)  # fmt: skip
def test_a_capital_is_its_state_when_it_acts(text, expected):
    found = [(e.name, city_of(e)) for e in find_entities(text)]
    assert found == expected


def test_a_state_name_is_no_city():
    assert [city_of(e) for e in find_entities("Uganda and Ugandan troops")] == [None, None]


def test_a_capitals_people_are_the_citys_in_demographics():
    assert demographic_rows("Kigali has a population of 1.1 million.") == [
        ("Kigali", "population", 1_100_000, "people", "exact", None)
    ]
    assert demographic_rows("The population of Kampala is 1.6 million.") == [
        ("Kampala", "population", 1_600_000, "people", "exact", None)
    ]


def test_a_capitals_residents_are_no_side():
    assert casualty_rows("During the siege, 900 citizens of Asmara died.") == [
        ("unspecified", "civilian", 900, "exact")
    ]


def test_an_acting_capital_is_a_party_in_alliances():
    qa = pd.DataFrame(
        {"id": ["t:1"], "question": ["Who backed whom?"], "answer": ["Havana supported Luanda."]}
    )
    table = extract(qa, "alliances")
    assert table[["a", "b", "relation"]].values.tolist() == [["Cuba", "Angola", "ally"]]
