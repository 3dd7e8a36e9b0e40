"""Parts listed after a whole ("Of these, 310 were X, 400 were Y ..."): each part a row."""

from __future__ import annotations

import pytest

from tests.casualty_support import rows

CASES = [
    (
        "The fighting killed about 2,000 Georgians. Of these, 310 were police officers, "
        "400 were soldiers and 150 were civilians.",
        [
            ("Georgia", "unspecified", 2000, "approx"),
            ("Georgia", "military", 310, "exact"),
            ("Georgia", "military", 400, "exact"),
            ("Georgia", "civilian", 150, "exact"),
        ],
    ),
    (
        "The fighting killed about 2,000 Georgians. Of these, 310 were police officers, "
        "400 soldiers and 150 civilians.",
        [
            ("Georgia", "unspecified", 2000, "approx"),
            ("Georgia", "military", 310, "exact"),
            ("Georgia", "military", 400, "exact"),
            ("Georgia", "civilian", 150, "exact"),
        ],
    ),
    (
        "Over 2,100 people were killed in Freedonia, of whom 310 were police officers, "
        "400 were rebels, and about 150 were civilians.",
        [
            ("unspecified", "unspecified", 2100, "at_least"),
            ("unspecified", "military", 310, "exact"),
            ("unspecified", "military", 400, "exact"),
            ("unspecified", "civilian", 150, "approx"),
        ],
    ),
    (
        # a range as a part; its high end's "at most" is not the next part's qualifier
        "About 900 Sylvanian soldiers died in the war. Of them, between 20 and 30 were "
        "officers and 45 were conscripts.",
        [
            ("unspecified", "military", 900, "approx"),
            ("unspecified", "military", 20, "at_least"),
            ("unspecified", "military", 30, "at_most"),
            ("unspecified", "military", 45, "exact"),
        ],
    ),
    (
        "Over 900 people died in the riots. Of these deaths, between 201 and 230 were "
        "civilians, 35 were rebel fighters and 82 were Sylvanian soldiers.",
        [
            ("unspecified", "unspecified", 900, "at_least"),
            ("unspecified", "civilian", 201, "at_least"),
            ("unspecified", "civilian", 230, "at_most"),
            ("unspecified", "military", 35, "exact"),
            ("unspecified", "military", 82, "exact"),
        ],
    ),
    # denied: no rows
    ("No one was killed in the raid, of whom 3 were officers and 4 were guards.", []),
]


@pytest.mark.parametrize(("answer", "expected"), CASES)
def test_listed_parts(answer: str, expected: list[tuple]) -> None:
    assert rows(answer) == expected


def test_a_later_part_is_not_of_the_part_before() -> None:
    # "35 were Georgian soldiers, 172 were civilians": the civilians are not Georgia's
    got = rows(
        "Over 900 people died in the riots. Of these deaths, 35 were Georgian soldiers "
        "and between 172 and 196 were civilians."
    )
    assert ("unspecified", "civilian", 172, "at_least") in got
    assert ("unspecified", "civilian", 196, "at_most") in got


def test_the_number_includes_parts() -> None:
    got = rows(
        "At least 3,000 Georgians have been killed since 2015. The number includes "
        "480 civilians, 300 soldiers and 220 police officers."
    )
    assert got == [
        ("Georgia", "unspecified", 3000, "at_least"),
        ("Georgia", "civilian", 480, "exact"),
        ("Georgia", "military", 300, "exact"),
        ("Georgia", "military", 220, "exact"),
    ]


def test_the_number_includes_no_casualty() -> None:
    # the number of a population, not of the dead: no rows
    assert rows("Sylvania has 3,000 villages. The number includes 480 hamlets.") == []
