"""Soldiers a named side killed are its enemy's (invented sentences about real states)."""

from __future__ import annotations

from tests.casualty_support import rows

_BEFORE = "Latvia and Estonia fought over the border. Estonia protested. "


def test_soldiers_a_side_killed_are_its_enemys():
    got = rows(
        _BEFORE + "Latvian forces attacked the post, killing one soldier and injuring six soldiers."
    )
    assert [r[:3] for r in got] == [("Estonia", "military", 1), ("Estonia", "wounded", 6)]


def test_the_side_opening_the_clause_is_the_attacker():
    got = rows(
        _BEFORE + "The Latvians were outnumbered, but in the end overwhelmed the Estonians, "
        "killing over 1,300 troops."
    )
    assert [r[:3] for r in got] == [("Estonia", "military", 1300)]


def test_a_side_ambushed_keeps_its_own_dead():
    got = rows(_BEFORE + "Latvian troops were ambushed, killing 30 soldiers.")
    assert [r[:3] for r in got] == [("unspecified", "military", 30)]


def test_no_enemy_named_often_enough_gives_no_party():
    got = rows("Latvian forces attacked the post, killing 12 soldiers.")
    assert [r[:3] for r in got] == [("unspecified", "military", 12)]


def test_a_short_opening_phrase_before_the_attacker():
    got = rows(_BEFORE + "At the same time, Latvian forces raided a fort, killing two soldiers.")
    assert [r[:3] for r in got] == [("Estonia", "military", 2)]
