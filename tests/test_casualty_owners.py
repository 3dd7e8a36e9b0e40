"""Whose a figure is and of what kind: lower-case demonyms, restated figures, "had N
soldiers killed", things lost before people, citizens (made up).

Invented sentences about made-up wars between real states: the rules are general.
"""

from __future__ import annotations

import pandas as pd

from karabakh_nb.casualties import extract_casualties


def rows(answer: str) -> list[tuple]:
    qa = pd.DataFrame({"id": ["t:1"], "question": ["How many died?"], "answer": [answer]})
    frame = extract_casualties(qa)
    return [tuple(r) for r in frame[["party", "category", "count", "qualifier"]].values]


def test_a_demonym_typed_in_lower_case():
    assert rows("Three estonian soldiers were killed and two latvian civilians died.") == [
        ("Estonia", "military", 3, "exact"),
        ("Latvia", "civilian", 2, "exact"),
    ]
    assert rows("Some 30 iraqi soldiers were killed.") == [("Iraq", "military", 30, "approx")]
    # A lower-case adjective that is no demonym names no one.
    assert rows("Some 30 local civilians were killed.") == [
        ("unspecified", "civilian", 30, "approx")
    ]


def test_cadres_are_fighters():
    assert rows("The army said 200 LTTE cadres were killed.") == [
        ("LTTE", "military", 200, "exact")
    ]


def test_things_lost_in_a_list_before_the_people():
    assert rows("Estonia lost 120 tanks, 40 aircraft and 3,000 soldiers.") == [
        ("Estonia", "military", 3000, "exact")
    ]


def test_had_soldiers_killed_is_the_subjects_own():
    assert rows("Latvia had 800 soldiers killed and 1,200 wounded.") == [
        ("Latvia", "military", 800, "exact"),
        ("Latvia", "wounded", 1200, "exact"),
    ]
    # Refugees a state has are the ones it hosts.
    assert rows("Latvia has 45,000 refugees who fled the fighting.")[0][0] == "unspecified"


def test_citizens_of_a_state_are_no_civilians():
    assert rows("Between 18,000 and 23,000 Estonian citizens were killed.") == [
        ("Estonia", "unspecified", 18000, "at_least"),
        ("Estonia", "unspecified", 23000, "at_most"),
    ]
    # The citizens of a city are its residents.
    assert rows("During the siege, 11,541 citizens of Tallinn died.") == [
        ("unspecified", "civilian", 11541, "exact")
    ]


def test_a_figure_restated_later_is_the_same_peoples():
    found = rows(
        "A memorial was held for the 179 Estonian troops who have fallen in the war. "
        "The names of the 179 soldiers killed were read out."
    )
    assert found == [("Estonia", "military", 179, "exact")] * 2
    # Another figure, or a small one that may just coincide, is not restated.
    found = rows(
        "Three Estonian soldiers and 179 Estonian troops were killed. "
        "Later 3 soldiers and 180 soldiers were killed."
    )
    assert [r[0] for r in found] == ["Estonia", "Estonia", "unspecified", "unspecified"]


def test_each_of_two_parties():
    expected = [("Estonia", "military", 1000, "approx"), ("Latvia", "military", 1000, "approx")]
    assert rows("Estonia and Latvia each lost about 1,000 soldiers.") == expected
    assert rows("Estonia and Latvia lost about 1,000 soldiers each.") == expected
    # "each other" is no distribution.
    assert rows("Estonia and Latvia blamed each other after 1,000 soldiers died.") == [
        ("unspecified", "military", 1000, "exact")
    ]


def test_on_each_side_after_a_sentence_naming_the_two_sides():
    assert rows("Estonia and Latvia fought. About 2,000 on each side were injured.") == [
        ("Estonia", "wounded", 2000, "approx"),
        ("Latvia", "wounded", 2000, "approx"),
    ]
    # With no two sides named, one figure of no party.
    assert rows("About 2,000 on each side were injured.") == [
        ("unspecified", "wounded", 2000, "approx")
    ]


def test_a_gapped_figure_after_its_subjects_name():
    assert rows("Estonia lost 300 soldiers and Latvia 200.") == [
        ("Estonia", "military", 300, "exact"),
        ("Latvia", "military", 200, "exact"),
    ]
    # A place the earlier figure was in is not the gapped figure's owner.
    found = rows("There were 400,000 refugees in Estonia and 200,000 in Latvia.")
    assert [r[2] for r in found] == [400000, 200000]
    assert found[1][0] != "Estonia"


def test_demonym_nouns_and_former_names():
    assert rows("Some 300 Britons died and 40 Frenchmen were wounded.") == [
        ("United Kingdom", "unspecified", 300, "approx"),
        ("France", "wounded", 40, "exact"),
    ]
    assert rows("About 500 Zairean soldiers were killed.") == [
        ("DR Congo", "military", 500, "approx")
    ]


def test_whose_losses_saw_and_cost_name():
    # "X saw N deaths": X's; "a war that saw N killed": no one's.
    assert rows("Estonia lost 6,954 soldiers while Latvia saw 42,000 military deaths.") == [
        ("Estonia", "military", 6954, "exact"),
        ("Latvia", "military", 42000, "exact"),
    ]
    found = rows("Estonia's government ended a war that saw an estimated 20,000 people killed.")
    assert found == [("unspecified", "unspecified", 20000, "approx")]
    # "cost X N lives": X's; "had cost N dead": no one's, whoever is named before.
    assert rows("The war cost Estonia 5,000 lives.") == [("Estonia", "unspecified", 5000, "exact")]
    found = rows("A Latvian study said that the revolution had cost 1.5 million dead.")
    assert [r[0] for r in found] == ["unspecified"]


def test_shelter_and_leaving_the_country_displace_people_not_soldiers():
    assert rows("An estimated 250,000 people sought shelter in neighbouring Latvia.") == [
        ("unspecified", "displaced", 250000, "approx")
    ]
    assert rows("Some 90,000 Estonians left the country.") == [
        ("Estonia", "displaced", 90000, "approx")
    ]
    # Soldiers who move are no displaced people.
    assert rows("The 300 soldiers took shelter in a school.") == []
    assert rows("Some 2,000 soldiers fled across the border.") == []


def test_losses_were_n_and_m_respectively():
    assert rows("Estonian and Latvian losses were 300 and 500 respectively.") == [
        ("Estonia", "unspecified", 300, "exact"),
        ("Latvia", "unspecified", 500, "exact"),
    ]
    # Losses of things are no figure of people.
    assert rows("The losses were 40 tanks.") == []


def test_a_party_putting_its_own_losses_at_n():
    found = rows("Estonia says 300 of its troops died; Latvia puts its own losses at 500.")
    assert [(r[0], r[2]) for r in found] == [("Estonia", 300), ("Latvia", 500)]
