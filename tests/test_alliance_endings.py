"""Ended alliances, pressure and time frames are no relations (invented sentences)."""

import pandas as pd
import pytest

from karabakh_nb.alliances import relations_in
from karabakh_nb.alliances._backoff import backoff_rows
from karabakh_nb.alliances._extract import alliance_rows


def _table(answer: str) -> set[tuple[str, str, str]]:
    pairs = pd.DataFrame({"id": ["f:1"], "question": [""], "answer": [answer]})
    table = alliance_rows(pairs)
    return set(zip(table["a"], table["b"], table["relation"], strict=True))


def _rules(answer: str) -> set[tuple[str, str, str]]:
    return {row[:3] for row in relations_in(answer)}


@pytest.mark.parametrize(
    "answer",
    [
        "The war broke up the Franco-Spanish alliance in 1921.",
        "The Franco-Spanish alliance collapsed in 1920.",
        "The alliance between France and Spain collapsed after the election.",
        "The peace ended the alliance between Chile and Peru.",
        "France pulled out of NATO in 1966.",
    ],
)
def test_an_ended_alliance_gives_no_row(answer):
    assert _table(answer) == set()


def test_an_ended_alliance_keeps_the_rest_of_the_clause():
    rows = _rules(
        "The peace broke up the Franco-Spanish alliance, while Italy and Austria are allies."
    )
    assert rows == {("Austria", "Italy", "ally")}


def test_an_alliance_still_standing_gives_its_row():
    assert _rules("The Franco-Spanish alliance held for a decade.") == {("France", "Spain", "ally")}
    assert _rules("France is a member of NATO.") == {("France", "NATO", "member")}


@pytest.mark.parametrize(
    "answer",
    [
        "After the fighting had begun, France and the United Nations stepped in and forced "
        "Spain, Italy and Portugal to withdraw.",
        "After the fighting began, Chile pressured Peru to halt its advance.",
        "During the fighting, Chile condemned Peru.",
        "Amid the fighting, Chile demanded that Peru withdraw.",
        "Italy switched sides in the war, leaving Austria alone.",
    ],
)
def test_pressure_and_ending_words_are_no_war_for_the_last_reader(answer):
    assert backoff_rows("f:1", answer, set()) == []


def test_a_war_is_still_read_by_the_last_reader():
    rows = {
        (r["a"], r["b"], r["relation"])
        for r in backoff_rows(
            "f:1", "Heavy fighting raged for weeks as Uganda pushed deep towards Rwanda.", set()
        )
    }
    assert rows


@pytest.mark.parametrize(
    "answer",
    [
        "After the collapse of the Soviet Union, ethnic Kurds fought a war against the Turkish "
        "government.",
        "Following the dissolution of Yugoslavia, rebels fought a war against the Croatian army.",
    ],
)
def test_a_name_in_a_time_frame_is_no_fighter(answer):
    assert not any("Soviet Union" in row or "Yugoslavia" in row for row in _table(answer))


def test_the_two_countries_are_the_two_the_sentence_names_before():
    rows = {
        row[:3]
        for row in relations_in(
            "In 1901, Chile invaded Peru and the two countries fought a long war.",
            "Did Bolivia fight Argentina?",
        )
    }
    assert ("Argentina", "Bolivia", "adversary") not in rows
    assert ("Chile", "Peru", "adversary") in rows
