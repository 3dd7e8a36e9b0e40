"""Casualty figures whose noun phrase has an uncommon form, on invented sentences.

Each case checks one general mechanism: a quoted noun, a people no lexicon names after a
known demonym, a verb or toll of a death, a figure restated or gapped.
"""

from __future__ import annotations

import pytest

from tests.test_casualty_unseen import rows


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A quoted noun after the figure, or a quoted phrase before its verb.
        ('Perhaps 4,000 "boat people" died at sea.',
         [("unspecified", "unspecified", 4000)]),
        ('Perhaps 4,000 Estonian "boat people" died at sea.',
         [("Estonia", "unspecified", 4000)]),
        ("Some 700 “civilians” were killed in the raid.",
         [("unspecified", "civilian", 700)]),
    ],
)  # fmt: skip
def test_quoted_noun(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A plural people's name no lexicon holds, after a demonym: that state's people.
        ("About 41,000 Estonian Vorumians, or 3% of the population, were relocated.",
         [("Estonia", "displaced", 41000)]),
        # Without a known demonym before it the name is left alone: whose is unknown.
        ("About 41,000 Vorumians were relocated.", []),
    ],
)  # fmt: skip
def test_unknown_people_after_demonym(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A casualty verb before a vague quantity and "and" reaches the figure after it.
        ("The fighting caused the deaths of hundreds of soldiers and rebels and an "
         "estimated 1,000 to 1,500 civilians.",
         [("unspecified", "civilian", 1000), ("unspecified", "civilian", 1500)]),
        ("The raids killed dozens of fighters and 300 civilians.",
         [("unspecified", "civilian", 300)]),
    ],
)  # fmt: skip
def test_verb_across_vague_quantity(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A bare figure after "with" and a place repeats the predicate left out.
        ("About 1.8 million people fled their homes, with 200,000 in Latvia.",
         [("unspecified", "displaced", 1_800_000), ("unspecified", "displaced", 200_000)]),
        ("Around 300 soldiers were killed, with 20 in Riga alone.",
         [("unspecified", "military", 300), ("unspecified", "military", 20)]),
        # Not a figure with a noun of its own after "with".
        ("300 soldiers were killed in clashes with 2,000 rebels.",
         [("unspecified", "military", 300)]),
    ],
)  # fmt: skip
def test_gapped_after_with(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # Verbs of a violent death besides "killed".
        ("Some 300 people drowned when the ferry sank.", [("unspecified", "unspecified", 300)]),
        ("Over 200 civilians were beheaded.", [("unspecified", "civilian", 200)]),
        ("About 40 prisoners were lynched.", [("unspecified", "unspecified", 40)]),
        ("About 2,000 villagers starved to death.", [("unspecified", "civilian", 2000)]),
        # A toll whose figures range from one to another.
        ("Estimated deaths range from 3,000 to 5,000.",
         [("unspecified", "unspecified", 3000), ("unspecified", "unspecified", 5000)]),
        ("Deaths ranged between 300 and 500.",
         [("unspecified", "unspecified", 300), ("unspecified", "unspecified", 500)]),
    ],
)  # fmt: skip
def test_death_verbs_and_ranged_tolls(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "the number had risen to N": the people counted just before, counted again.
        ("By 1980 there were already 400,000 refugees in Latvia. By 1989, the number had "
         "risen to a staggering 6.2 million.",
         [("unspecified", "displaced", 400_000), ("unspecified", "displaced", 6_200_000)]),
        # Not after things that are no casualty.
        ("Estonia had 300 tanks. By 1989, the number had risen to 600.", []),
    ],
)  # fmt: skip
def test_number_risen_to(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # People counted "as refugees" right after their noun phrase (or its aside).
        ("Latvia's government registered some 16,700 Estonians, mostly ethnic Setos, as "
         "refugees.", [("Estonia", "displaced", 16700)]),
        ("Latvia took in 3,000 Estonians as refugees.", [("Estonia", "displaced", 3000)]),
    ],
)  # fmt: skip
def test_counted_as_refugees(answer, expected):
    assert rows(answer) == expected
