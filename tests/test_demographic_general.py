"""General English phrasings of shares, counts and majorities, on invented sentences."""

from __future__ import annotations

import pytest

from tests.test_demographics import rows

ABOUT_FREEDONIA = "What is the ethnic makeup of Freedonia?"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A people named by the language it speaks.
        (
            "Sylvan speakers make up 30% of the population.",
            ("Freedonia", "Sylvan speakers", 30, "percent", "exact"),
        ),
        (
            "The percentage of Sylvan speakers was closer to 10% in 1989.",
            ("Freedonia", "Sylvan speakers", 10, "percent", "approx"),
        ),
        # "One in N" of a people, or of the people in a place.
        ("One in five Latvians is Protestant.", ("Latvia", "Protestant", 20, "percent", "exact")),
        (
            "One in four people in Latvia is Catholic.",
            ("Latvia", "Catholic", 25, "percent", "exact"),
        ),
        # Majorities: "nearly all", "almost entirely", "largely made up of", "speaks".
        ("Nearly all Latvians are Lutheran.", ("Latvia", "Lutheran", None, "percent", "majority")),
        (
            "The population is almost entirely Muslim.",
            ("Freedonia", "Muslim", None, "percent", "majority"),
        ),
        (
            "Latvia's population is largely made up of ethnic Sylvans.",
            ("Latvia", "ethnic Sylvans", None, "percent", "majority"),
        ),
        (
            "The majority of the population speaks Sylvan.",
            ("Freedonia", "Sylvan", None, "percent", "majority"),
        ),
    ],
)
def test_general_phrasings(answer, expected):
    assert expected in [r[:5] for r in rows(answer, ABOUT_FREEDONIA)]
