"""Whose people a figure counts when a list label or a clause's side names them (made up).

Invented sentences about made-up wars between real states: the rules are general.
"""

from __future__ import annotations

import pandas as pd

from karabakh_nb.casualties import extract_casualties


def rows(answer: str) -> list[tuple]:
    qa = pd.DataFrame({"id": ["t:1"], "question": ["How many died?"], "answer": [answer]})
    frame = extract_casualties(qa)
    return [tuple(r) for r in frame[["party", "category", "count", "qualifier"]].values]


def test_a_list_label_names_the_figures_after_it_up_to_the_next():
    found = rows(
        "Casualties: Estonian Government forces: 1,200 killed; 300 missing "
        "Latvian Army, from May 1, 1950 to June 2, 1951: 400 dead 90 wounded"
    )
    assert found == [
        ("Estonia", "military", 1200, "exact"),
        ("Estonia", "missing", 300, "exact"),
        ("Latvia", "military", 400, "exact"),
        ("Latvia", "wounded", 90, "exact"),
    ]


def test_a_label_of_rebels_or_of_a_claim_names_no_party():
    # The state's enemies, or the enemy losses an army claims: not the state's own.
    assert [r[0] for r in rows("Estonian Rebel forces: 500 killed")] == ["unspecified"]
    assert [r[0] for r in rows("Latvian Army claim: 800 killed")] == ["unspecified"]


def test_a_label_with_a_party_named_after_its_colon_is_not_the_figures():
    found = rows("Result: Latvia lost 300 soldiers.")
    assert found == [("Latvia", "military", 300, "exact")]


def test_a_side_opening_each_clause_owns_its_figures():
    found = rows(
        "Estimates vary, but on the Estonian side between 3,000 and 5,000 were killed; "
        "on the Latvian side 2,000 were killed."
    )
    assert found == [
        ("Estonia", "unspecified", 3000, "at_least"),
        ("Estonia", "unspecified", 5000, "at_most"),
        ("Latvia", "unspecified", 2000, "exact"),
    ]


def test_a_side_without_its_article():
    found = rows("The war caused 900 deaths on Estonian side and 400 on Latvian side.")
    assert found == [
        ("Estonia", "unspecified", 900, "exact"),
        ("Latvia", "unspecified", 400, "exact"),
    ]


def test_a_side_opening_a_clause_is_not_a_later_named_partys():
    found = rows("On the Estonian side, 300 soldiers died, while Latvia lost 500 soldiers.")
    assert found == [("Estonia", "military", 300, "exact"), ("Latvia", "military", 500, "exact")]


def test_a_loss_verb_before_a_figure_is_its_own_not_the_next_clauses():
    found = rows("The Latvian army lost 300 soldiers, and 200 were injured.")
    assert found == [("Latvia", "military", 300, "exact"), ("Latvia", "wounded", 200, "exact")]


def test_a_bare_figure_counts_the_troops_the_sentence_names_and_the_next_one_too():
    found = rows(
        "By 2001, when the last Estonian combat troops left, 900 had been killed. "
        "Almost 3,000 had been wounded in action."
    )
    assert found == [("Estonia", "military", 900, "exact"), ("Estonia", "wounded", 3000, "approx")]


def test_a_bare_figure_is_not_the_troops_who_did_the_killing():
    assert rows("Estonian troops shelled the town and 30 were killed.")[0][0] == "unspecified"
    found = rows("In the war between the Latvian army and the rebels, 500 had been killed.")
    assert found[0][0] == "unspecified"
    # A sentence naming a party of its own takes nothing from the sentence before.
    found = rows("Latvia lost 300 soldiers. In Estonia, 200 were killed.")
    assert found[1][0] == "unspecified"


def test_a_military_body_listing_its_losses_reports_its_own():
    found = rows("Latvian authorities listed their losses at 2,000 dead and 5,000 wounded.")
    assert [r[:3] for r in found] == [("Latvia", "unspecified", 2000), ("Latvia", "wounded", 5000)]


def test_members_of_a_faith_are_people_counted():
    assert rows("About 5,000 Latvian Shiites were deported in 1990.") == [
        ("Latvia", "displaced", 5000, "approx")
    ]


def test_losses_of_an_unknown_acronym_are_not_the_reporters_nor_the_other_sides():
    found = rows(
        "According to Estonian estimates, the ZFK suffered 40 fatalities and 100 wounded, "
        "while the Estonians had 20 killed."
    )
    assert [r[:3] for r in found] == [
        ("unspecified", "unspecified", 40),
        ("unspecified", "wounded", 100),
        ("Estonia", "unspecified", 20),
    ]


def test_each_side_named_in_earlier_sentences_is_the_two_sides_counted_last():
    found = rows(
        "About 900 Latvians were killed. About 300 Estonian soldiers were killed. "
        "Upward of 2,000 civilians on each side were injured."
    )
    assert [r[:3] for r in found[2:]] == [("Latvia", "wounded", 2000), ("Estonia", "wounded", 2000)]
    # With one side counted before there is no pair: one row, of no party.
    found = rows("About 900 Latvians died. Upward of 2,000 civilians on each side were hurt.")
    assert [r[:3] for r in found[1:]] == [("unspecified", "wounded", 2000)]


def test_the_people_aboard_a_partys_craft_are_its_not_the_attackers():
    found = rows("An Estonian passenger plane was shot down by a Latvian missile and all 290"
                 " passengers were killed.")  # fmt: skip
    assert found == [("Estonia", "civilian", 290, "exact")]
    found = rows("Two Latvian helicopters were shot down, killing seven people.")
    assert found == [("Latvia", "unspecified", 7, "exact")]
    # A raid's craft are the attackers': the town's people are not theirs.
    assert rows("Latvian jets bombed the town, killing seven people.")[0][0] == "unspecified"


def test_more_modifiers_of_a_person_noun():
    assert rows("Nine Latvian frontier policemen were killed.") == [
        ("Latvia", "military", 9, "exact")
    ]
    assert [r[:2] for r in rows("Some 40 Estonian paramilitary fighters died.")] == [
        ("Estonia", "military")
    ]


def test_people_relocated_by_force_are_displaced_troops_moved_are_not():
    assert rows("In all, 90,000 Latvians were temporarily relocated during the war.") == [
        ("Latvia", "displaced", 90000, "exact")
    ]
    assert [r[1:3] for r in rows("The war forced the relocation of 5,000 people.")] == [
        ("displaced", 5000)
    ]
    assert rows("Some 20,000 Latvian troops were relocated to the front.") == []


def test_a_sides_share_in_a_parenthesis_is_part_of_the_figure_before():
    found = rows("The war killed at least 30,000 people (Estonian side 24,000 and Latvian side"
                 " 6,000) and displaced many more.")  # fmt: skip
    assert [r[:3] for r in found] == [
        ("unspecified", "unspecified", 30000),
        ("Estonia", "unspecified", 24000),
        ("Latvia", "unspecified", 6000),
    ]
    # A side's figure outside any parenthesis of a casualty figure is no part.
    assert rows("The Estonian side 24,000 and the Latvian side 6,000 took part.") == []


def test_a_noun_before_a_colon_labels_the_next_figure():
    # "38,000 killed Latvian Civilians: 4,289 ...": the civilians are the next item's.
    found = rows(
        "Latvian Government forces: 1,200 killed; 300 missing; Latvian Rebel forces: "
        "3,800 killed Latvian Civilians: 4,289 civilians killed "
        "Latvians displaced or forced into refugee status: 70,000"
    )
    assert found == [
        ("Latvia", "military", 1200, "exact"),
        ("Latvia", "missing", 300, "exact"),
        ("unspecified", "military", 3800, "exact"),  # a force's label: fighters
        ("Latvia", "civilian", 4289, "exact"),
        ("Latvia", "displaced", 70000, "exact"),
    ]


def test_a_name_opening_a_list_item_labels_its_bare_figures():
    found = rows("Estonia 3,825 killed, 11,000 wounded; Latvia 2,908 killed, 187 missing")
    assert found == [
        ("Estonia", "unspecified", 3825, "exact"),
        ("Estonia", "wounded", 11000, "exact"),
        ("Latvia", "unspecified", 2908, "exact"),
        ("Latvia", "missing", 187, "exact"),
    ]
    # A name inside a clause is no label: "in Estonia 300 were killed" names where.
    assert rows("Fighting went on in Estonia 300 days later.") == []


def test_troop_strengths_lend_no_kind_across_a_label():
    found = rows(
        "Strength Estonia: 40,000 troops Latvia: 30,000 troops "
        "Casualties and losses Estonia: 1,200 killed Latvia: 900 killed"
    )
    assert found == [
        ("Estonia", "unspecified", 1200, "exact"),
        ("Latvia", "unspecified", 900, "exact"),
    ]


def test_a_labels_kind():
    assert rows("Civilian casualties: 1,500 killed") == [("unspecified", "civilian", 1500, "exact")]
    assert rows("Military deaths: 3,000") == [("unspecified", "military", 3000, "exact")]
