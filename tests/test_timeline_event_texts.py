"""The ``event`` text of each date when a sentence holds several (invented sentences)."""

import pandas as pd
import pytest

from karabakh_nb.timeline import extract_timeline
from karabakh_nb.timeline_events import describe_event, drop_apposition, drop_dangling


def _events(answer: str) -> list[tuple[str, str | None, str]]:
    qa = pd.DataFrame({"id": ["f:0"], "question": ["Q?"], "answer": [answer]})
    table = extract_timeline(qa)
    return list(table[["date", "end", "event"]].itertuples(index=False, name=None))


def test_an_and_between_two_names_opens_no_part():
    # the "and" of "Freedonia and Sylvania" joins names: the range keeps its clause
    rows = _events(
        "The Duck War, known in Freedonia as the Feather War and in Sylvania as the 1931 "
        "Liberation War, was fought between Freedonia and Sylvania from May 1930 until "
        "June 1931, and ended in a truce."
    )
    assert ("1930-05", "1931-06", "The Duck War was fought between Freedonia and Sylvania") in rows
    # the year naming an event is that event's name, not the sentence's subject
    assert ("1931", None, "1931 Liberation War") in rows


def test_an_and_opening_a_clause_still_splits():
    rows = _events(
        "The treaty was signed by Freedonia and Sylvania on 2 May 1994 and a ceasefire took "
        "effect on 12 May 1994."
    )
    assert rows == [
        ("1994-05-02", None, "The treaty was signed by Freedonia and Sylvania"),
        ("1994-05-12", None, "A ceasefire took effect"),
    ]


def test_the_last_and_opening_a_clause_is_the_split():
    # "Freedonia and Sylvania" after the last date's "and" is no split; the earlier is
    rows = _events(
        "On 6 April 1992, Sylvania recognised Freedonia and Grand Fenwick as independent "
        "states and on 22 May 1992 the League admitted them."
    )
    assert [event for _, _, event in rows] == [
        "Sylvania recognised Freedonia and Grand Fenwick as independent states",
        "The League admitted them",
    ]


def test_an_elliptic_part_keeps_the_predicate_before_it():
    # "and Sylvania on 19 May": a bare name is no event text; it shares the predicate
    rows = _events("Freedonia ratified the treaty on 10 March 1947 and Sylvania on 19 May 1947.")
    assert rows == [
        ("1947-03-10", None, "Freedonia ratified the treaty"),
        ("1947-05-19", None, "Freedonia ratified the treaty and Sylvania"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Duck War, also called the Feather War, was fought between two states",
            "The Duck War was fought between two states",
        ),
        (
            "Rufus Firefly, backed by Sylvania, took power",
            "Rufus Firefly took power",
        ),
        # a phrase that goes on after a comma: the next comma closes it
        (
            "The Battle of Fenwick, which erupted, during the Duck War, concluded",
            "The Battle of Fenwick concluded",
        ),
        # an opening word, then the subject: nothing is set off
        ("Nevertheless, the army held the city", "Nevertheless, the army held the city"),
        ("Freedonia, Sylvania and Fenwick signed", "Freedonia, Sylvania and Fenwick signed"),
        ("The Duck War, and the Feather War", "The Duck War, and the Feather War"),
    ],
)
def test_drop_apposition(text, expected):
    assert drop_apposition(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers were massacred by the rebels and", "Soldiers were massacred by the rebels"),
        ("The army crossed the river marking the", "The army crossed the river marking"),
        ("The war was declared over", "The war was declared over"),
        ("And", "And"),
    ],
)
def test_drop_dangling(text, expected):
    assert drop_dangling(text) == expected


def test_a_cut_leaves_no_conjunction_at_the_end():
    sentence = (
        "Hundreds of civilians and soldiers of the old garrison were massacred by the "
        "rebel forces and at least 20,000 inhabitants were expelled on 18 November 1991."
    )
    event = describe_event(
        sentence, 0, len(sentence), [(sentence.index("18 N"), len(sentence) - 1)]
    )
    assert event.endswith("by the rebel forces")


def test_an_earlier_and_opening_a_clause_is_the_split():
    # the last "and" joins two names: the split is at the "and" that opens the clause
    rows = _events(
        "The treaty was signed on 2 May 1994 and a ceasefire took effect between Freedonia "
        "and Sylvania on 12 May 1994."
    )
    assert [event for _, _, event in rows] == [
        "The treaty was signed",
        "A ceasefire took effect between Freedonia and Sylvania",
    ]


def test_but_between_two_dates_splits_and_the_second_part_borrows_the_subject():
    rows = _events("Freedonia lost the border post in May 1998 but recaptured it in February 1999.")
    assert [event for _, _, event in rows] == [
        "Freedonia lost the border post",
        "Freedonia recaptured it",
    ]


def test_but_not_is_no_split():
    rows = _events(
        "The resolution was accepted by Freedonia on 22 May 1973 and Sylvania on 23 May 1973 "
        "but not by Grand Fenwick."
    )
    assert not any(event.startswith("Not") for _, _, event in rows)
