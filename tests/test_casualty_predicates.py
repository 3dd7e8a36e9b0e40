"""What stands between a figure's people and their casualty verb (made-up sentences)."""

from __future__ import annotations

from tests.casualty_support import rows


def test_people_recorded_to_have_died_are_counted():
    assert rows("One million people are recorded to have died in the famine.") == [
        ("unspecified", "unspecified", 1000000, "exact")
    ]
    assert rows("The census recorded 5,000 people in the town.") == []


def test_an_aside_of_a_part_leaves_the_whole_its_verb():
    # "seven of them teenagers": an aside; the thirteen died, the teenagers are civilians.
    assert rows("Thirteen men, seven of them teenagers, died immediately.") == [
        ("unspecified", "unspecified", 13, "exact"),
        ("unspecified", "civilian", 7, "exact"),
    ]


def test_people_dying_are_counted():
    assert rows("Most reports speak of 24 men dying.") == [
        ("unspecified", "unspecified", 24, "exact")
    ]


def test_the_number_slaughtered_put_at_a_figure_counts_the_dead():
    assert rows("A later account put the number slaughtered at 19,200.") == [
        ("unspecified", "unspecified", 19200, "exact")
    ]


def test_a_figures_margin_of_error_stands_between_it_and_its_people():
    assert rows("A study found that 102,800 (+/- 11,000) Peruvians died in the conflict.") == [
        ("Peru", "unspecified", 102800, "exact")
    ]
    assert rows("About 5,000 (± 500) civilians were killed.") == [
        ("unspecified", "civilian", 5000, "approx")
    ]
