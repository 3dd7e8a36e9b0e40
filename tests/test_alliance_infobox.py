"""Sides read from a flattened "Belligerents" infobox block (invented names, whole pipeline)."""

from tests.test_alliance_phrases import rows

_TAIL = " Commanders and leaders John Doe Strength 5,000"


def test_two_supported_by_marks_give_two_sides_and_their_backers():
    got = rows("Belligerents Ghana Supported by: Mali Niger Togo Supported by: Chad Libya" + _TAIL)
    assert got == {
        ("Ghana", "Mali", "ally"),
        ("Ghana", "Niger", "ally"),
        ("Chad", "Togo", "ally"),
        ("Libya", "Togo", "ally"),
        ("Ghana", "Togo", "adversary"),
    }


def test_one_mark_after_the_first_side_and_non_state_sides_after_the_backers():
    got = rows("Belligerents Ghana Togo Supported by: Mali UN JEM CNDP" + _TAIL)
    assert ("Ghana", "Togo", "ally") in got
    assert ("Ghana", "Mali", "ally") in got
    assert ("Ghana", "UN", "ally") in got
    assert ("Mali", "Togo", "ally") not in got
    assert ("CNDP", "JEM", "ally") in got
    assert ("JEM", "Togo", "adversary") in got
    assert ("CNDP", "Ghana", "adversary") in got


def test_one_mark_after_the_second_side_cuts_where_states_begin():
    got = rows("Belligerents JEM CNDP Ghana Supported by: Mali Chad" + _TAIL)
    assert got == {
        ("CNDP", "JEM", "ally"),
        ("Ghana", "JEM", "adversary"),
        ("CNDP", "Ghana", "adversary"),
        ("Ghana", "Mali", "ally"),
        ("Chad", "Ghana", "ally"),
    }


def test_no_mark_two_kinds_of_names_are_two_sides():
    got = rows("Belligerents JEM Ghana Mali (advisers) Strength 300")
    assert got == {
        ("Ghana", "JEM", "adversary"),
        ("JEM", "Mali", "adversary"),
        ("Ghana", "Mali", "ally"),
    }


def test_a_side_named_as_a_states_government_is_no_party_of_its_own():
    got = rows("Belligerents Ghana SPLM government Supported by: Mali CNDP" + _TAIL)
    assert not any("SPLA" in (a, b) for a, b, _ in got)
    assert ("CNDP", "Ghana", "adversary") in got


def test_three_names_of_one_kind_without_marks_are_left_alone():
    assert rows("Belligerents Ghana Mali Togo Strength 300") == set()


def test_backers_between_two_marks_give_way_to_a_list_of_movements():
    got = rows("Belligerents Ghana Supported by: Mali Niger JEM CNDP Supported by: Chad" + _TAIL)
    assert ("Ghana", "Mali", "ally") in got
    assert ("Ghana", "Niger", "ally") in got
    assert ("Ghana", "JEM", "adversary") in got
    assert ("CNDP", "Ghana", "adversary") in got
    assert ("Ghana", "Niger", "adversary") not in got
    # movements side by side have no lead: the backer backs each of them
    assert ("Chad", "JEM", "ally") in got
    assert ("CNDP", "Chad", "ally") in got
