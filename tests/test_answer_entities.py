"""Answer-level entities: acronyms an answer defines, and "the country" for its state."""

import pytest

from karabakh_nb.alliances import extract_alliances
from karabakh_nb.annotate import annotate
from karabakh_nb.parse import load

PFF = "The Popular Front for Freedom (PFF) fought against Chad. Later the PFF was backed by Niger."
ABC = "The Popular Front for Freedom (ABC) fought against Chad. Later the ABC was backed by Niger."


def rows(tmp_path, answer: str, question: str = "Who fought in the war?") -> set[tuple]:
    path = tmp_path / "x.txt"
    path.write_text(f"Question: {question}\n\n{answer}\n", encoding="utf-8")
    table = extract_alliances(load(path))
    return {(r.a, r.b, r.relation) for r in table.itertuples()}


# ---- acronyms an answer defines ----------------------------------------------------------


def test_acronym_defined_in_one_sentence_names_the_side_in_the_next():
    passage = annotate(PFF)
    second = passage.sentences[1]
    assert [(e.name, e.surface) for e in second.entities] == [
        ("Popular Front for Freedom", "PFF"),
        ("Niger", "Niger"),
    ]


def test_acronym_gives_the_row_of_a_later_sentence(tmp_path):
    got = rows(
        tmp_path,
        PFF,
    )
    assert ("Niger", "Popular Front for Freedom", "ally") in got


def test_acronym_is_read_only_in_the_answer_that_defines_it():
    passage = annotate("Later the PFF was backed by Niger.")
    assert [e.name for e in passage.sentences[0].entities] == ["Niger"]


def test_bracket_that_does_not_spell_the_name_defines_nothing():
    passage = annotate(ABC)
    assert [e.name for e in passage.sentences[1].entities] == ["Niger"]


def test_acronym_spelling_the_written_form_of_a_known_side_names_that_side():
    passage = annotate(
        "The Qassam Brigades (QB) fought against Chad. Later the QB was backed by Niger."
    )
    assert [(e.name, e.surface) for e in passage.sentences[1].entities] == [
        ("Hamas", "QB"),
        ("Niger", "Niger"),
    ]


# ---- "the country" -----------------------------------------------------------------------


def test_the_country_is_the_one_state_named_before_it_in_the_sentence(tmp_path):
    got = rows(tmp_path, "Many refugees lived in Kuwait before the country was invaded by Iraq.")
    assert ("Iraq", "Kuwait", "adversary") in got


@pytest.mark.parametrize(
    "answer",
    [
        "Chad joined the UN in 1960. The country belongs to the African Union and ECOWAS.",
        "Chad joined the UN in 1960. The country is a member of the African Union and ECOWAS.",
    ],
)
def test_the_country_opening_a_sentence_is_the_state_of_the_answer(tmp_path, answer):
    got = rows(tmp_path, answer)
    assert {("Chad", "African Union", "member"), ("Chad", "ECOWAS", "member")} <= got


def test_the_country_after_two_states_is_left_unread(tmp_path):
    got = rows(tmp_path, "Chad and Mali joined the UN in 1960. The country is a member of ECOWAS.")
    assert not any(b == "ECOWAS" for _, b, _ in got)


def test_the_country_in_the_rules_engine_takes_the_answers_one_state():
    from karabakh_nb.rules import apply_rules

    got = apply_rules(
        "alliances", "x:1", "Chad joined the UN. The country was later supported by France."
    )
    assert ("France", "Chad", "ally") in {(r["a"], r["b"], r["relation"]) for r in got}


def test_belongs_to_lists_memberships(tmp_path):
    got = rows(tmp_path, "Chad belongs to the African Union and ECOWAS.")
    assert {("Chad", "African Union", "member"), ("Chad", "ECOWAS", "member")} <= got
    assert not rows(tmp_path, "Chad no longer belongs to ECOWAS.")


# ---- a tally of losses is no relation ------------------------------------------------------


def test_a_tally_of_two_nations_dead_gives_no_relation(tmp_path):
    got = rows(tmp_path, "The attack killed 241 American servicemen and 58 French paratroopers.")
    assert not got


def test_a_count_beside_a_named_enemy_still_reads_the_war(tmp_path):
    from karabakh_nb.alliances._backoff import backoff_rows

    got = backoff_rows("x:1", "The war between Chad and 300 Libyan soldiers went on.", set())
    assert ("Chad", "Libya", "adversary") in {(r["a"], r["b"], r["relation"]) for r in got}


def test_a_conflict_as_a_time_is_no_cue_of_war():
    from karabakh_nb.alliances._backoff import backoff_rows

    text = "Chad thanked France for freeing men held since the end of the armed conflict."
    assert backoff_rows("x:1", text, set()) == []
    war = backoff_rows("x:1", "Chad and Libya were locked in a bitter conflict.", set())
    assert ("Chad", "Libya", "adversary") in {(r["a"], r["b"], r["relation"]) for r in war}
