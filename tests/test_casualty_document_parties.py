"""Casualty readings first needed on unseen text: a people standing for its state, and more.

Invented sentences; real state and people names only as generic placeholders.
"""

from __future__ import annotations

import pandas as pd

from karabakh_nb.casualties import extract_casualties
from tests.casualty_support import rows


def _document(*answers: str) -> list[tuple]:
    qa = pd.DataFrame(
        {
            "id": [f"doc:{i}" for i in range(len(answers))],
            "question": ["What happened?"] * len(answers),
            "answer": list(answers),
        }
    )
    frame = extract_casualties(qa)
    return [tuple(r) for r in frame[["party", "category", "count"]].values]


def test_people_stands_for_the_state_its_document_names_after_it() -> None:
    got = _document(
        "The war was fought between the British Empire and the Zulu Kingdom.",
        "By evening 2,100 Zulus were dead.",
    )
    assert got == [("Zulu Kingdom", "unspecified", 2100)]


def test_people_without_such_a_state_stays_a_people() -> None:
    assert rows("By evening 2,100 Zulus were dead.")[0][0] == "Zulus"


def test_only_between_loss_verb_and_figure() -> None:
    assert rows("Chile lost only 285 soldiers.") == [("Chile", "military", 285, "exact")]
    assert rows("In the end Chile suffered only 385 combat deaths, along with 1,662 wounded.") == [
        ("Chile", "military", 385, "exact"),
        ("Chile", "wounded", 1662, "exact"),
    ]


def test_a_party_loss_came_to_a_figure() -> None:
    assert rows("At the harbour the Peruvian loss came to 300 killed and over 500 wounded.") == [
        ("Peru", "unspecified", 300, "exact"),
        ("Peru", "wounded", 500, "at_least"),
    ]


def test_a_label_of_two_joined_names_is_of_both_together() -> None:
    got = rows("Casualties and losses Peru: 4,302 killed Chile and Bolivia: 2,400 dead and wounded")
    assert got == [
        ("Peru", "unspecified", 4302, "exact"),
        ("unspecified", "unspecified", 2400, "exact"),
    ]


def test_families_and_squatters_are_counted_people() -> None:
    assert rows("About 1,505 families had been forced out of their homes.") == [
        ("unspecified", "displaced", 1505, "approx")
    ]
    assert rows("The plan saw 573,000 squatters relocated into guarded villages.") == [
        ("unspecified", "displaced", 573000, "exact")
    ]


def test_people_forcibly_moved_or_moved_into_camps_are_displaced() -> None:
    assert rows("About 500,000 people were forcibly moved off their land.") == [
        ("unspecified", "displaced", 500000, "approx")
    ]
    assert rows("The militia forcibly moved some 30,000 people into the hills.") == [
        ("unspecified", "displaced", 30000, "approx")
    ]
    assert rows("About 500,000 people were moved into camps.") == [
        ("unspecified", "displaced", 500000, "approx")
    ]
    assert rows("The battalion moved 3,000 soldiers into the town.") == []


def test_the_refugees_numbered_a_figure() -> None:
    assert rows("One historian says the refugees numbered 500,000.") == [
        ("unspecified", "displaced", 500000, "exact")
    ]


def test_among_a_party_dead_were_a_figure() -> None:
    assert rows("Among the Peruvian dead were 170 soldiers and 228 civilians.") == [
        ("Peru", "military", 170, "exact"),
        ("Peru", "civilian", 228, "exact"),
    ]


def test_a_name_after_captured_opens_a_list_item() -> None:
    got = rows(
        "Casualties 4,000 killed Peru 8,000 killed 5,000 captured Chile 12 killed 3 captured"
    )
    assert got[1:] == [
        ("Peru", "unspecified", 8000, "exact"),
        ("Chile", "unspecified", 12, "exact"),
    ]


def test_a_figure_before_an_infobox_heading_counts_no_casualties() -> None:
    got = rows("Strength 12,000 15,223 Casualties and losses 4,000 killed 5,000 wounded")
    assert got == [
        ("unspecified", "unspecified", 4000, "exact"),
        ("unspecified", "wounded", 5000, "exact"),
    ]


def test_a_strength_label_ends_at_the_losses_heading() -> None:
    got = rows(
        "Strength Peru: 150,000 Chile: 25,000 Casualties and losses 10,659 killed, 9,921 wounded"
    )
    assert got == [
        ("unspecified", "unspecified", 10659, "exact"),
        ("unspecified", "wounded", 9921, "exact"),
    ]


def test_names_with_bare_figures_in_parentheses_before_losses() -> None:
    assert rows("Estonia (4,000) and Latvia (2,000) suffered losses.") == [
        ("Estonia", "unspecified", 4000, "exact"),
        ("Latvia", "unspecified", 2000, "exact"),
    ]
    assert rows("Estonia (4,000 troops) and Latvia (2,000 troops) took part.") == []


def test_a_side_losses_were_a_bare_figure() -> None:
    assert rows("The Peruvian side's losses were 3,800.") == [
        ("Peru", "unspecified", 3800, "exact")
    ]


def test_the_document_is_scanned_for_states_only_for_a_peoples_row(monkeypatch):
    # Every answer of a file was scanned for entities whenever any row named a party:
    # 0.5 cpu-s for 10,000 pairs of states' figures.
    from karabakh_nb.casualties import _doc_parties

    calls: list[int] = []
    real = _doc_parties._states_by_people
    monkeypatch.setattr(
        _doc_parties, "_states_by_people", lambda answers: calls.append(1) or real(answers)
    )
    states_only = pd.DataFrame(
        {"id": ["f:1"], "question": ["Q?"], "answer": ["Freedonia lost 300 soldiers."]}
    )
    extract_casualties(states_only.assign(answer="Armenia lost 300 soldiers."))
    assert calls == []
    zulu = "The war pitted the British Empire against the Zulu Kingdom. 1,000 Zulus died."
    extract_casualties(states_only.assign(answer=zulu))
    assert calls == [1]


def test_an_answer_without_a_bare_form_reads_no_renames(monkeypatch):
    import karabakh_nb.annotate as annotate_module

    calls: list[int] = []
    real = annotate_module.bare_renames
    monkeypatch.setattr(
        annotate_module, "bare_renames", lambda found: calls.append(1) or real(found)
    )
    annotate_module.annotate("Sylvania and Rwanda signed a truce in 2001.")
    assert calls == []
    passage = annotate_module.annotate("Rwanda and Congo signed; Congolese troops withdrew.")
    assert calls == [1]
    assert [e.name for e in passage.sentences[0].entities] == ["Rwanda", "DR Congo", "DR Congo"]
