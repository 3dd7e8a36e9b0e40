"""What stands between a figure's people and their casualty verb (made-up sentences)."""

from __future__ import annotations

from tests.casualty_support import rows


def test_people_recorded_to_have_died_are_counted():
    assert rows("One million people are recorded to have died in the famine.") == [
        ("unspecified", "unspecified", 1000000, "exact")
    ]
    assert rows("The census recorded 5,000 people in the town.") == []
