"""The state of the period a seat names ("Moscow armed Somalia in 1977": the Soviet Union).

What belongs here: a relation's party named only by a state's seat (``lexicon/
period_states.txt``: "Moscow", "the Kremlin") in text about a period when another state
ruled from it takes that state. The period is read from the years the sentence names,
else those of its answer; all of them must fall within it. An answer with no years at all
is about the period when it names the state of the period itself ("the Soviet Union").
The state's own name is left as written.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pandas as pd

from ..annotate import annotate
from ..entities import find_entities
from ..lexicon import read_table

__all__ = ["in_period", "records_in_period"]


# A year: four digits that are no part of a longer figure ("1,977", "3.1977").
_YEAR = re.compile(r"(?<!\d)(?<!\d[,.])(1[89]\d\d|20\d\d)(?!\d|[,.]\d)")


@cache
def _period_states() -> dict[str, tuple[str, int, int, frozenset[str]]]:
    """Name -> (state of the period, first year, last year, seats) (period_states.txt)."""
    out: dict[str, tuple[str, int, int, frozenset[str]]] = {}
    for name, (state, first, last, *seats) in read_table("period_states").items():
        out[name] = (state, int(first), int(last), frozenset(seats))
    return out


def _years(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text)]


_SEAT_POSSESSIVE = re.compile(r"(?:['’][sS]?|s)$")


def _of_period(name: str, evidence: str, answer: str) -> str:
    """``name``, or the state that ruled from its seat in the years the text is about.

    Only a party the sentence names by a seat alone changes; the years are those of the
    sentence, else those of its answer, and all of them must fall within the period.
    """
    period = _period_states().get(name)
    if period is None:
        return name
    notes = annotate(evidence).sentences
    mentions = [e for note in notes for e in note.entities if name in (e.name, e.party)]
    seats = period[3]
    at_seat = [e.surface in seats or _SEAT_POSSESSIVE.sub("", e.surface) in seats for e in mentions]
    # Beside its seat, the state's people may be named too ("Moscow's friend until he
    # expelled the Russians"): the demonym of the period's state.
    if not any(at_seat) or not all(
        seat or e.adjective for seat, e in zip(at_seat, mentions, strict=True)
    ):
        return name
    years = _years(evidence) or _years(answer)
    if years and all(period[1] <= y <= period[2] for y in years):
        return period[0]
    if not years and _names_the_period_state(period[0], answer):
        return period[0]
    return name


# "the former Soviet Union", "ex-Yugoslav republics": a state named as one of the past.
_FORMER = re.compile(r"(?i:former|ex|post)[\s-]+$")


def _names_the_period_state(state: str, answer: str) -> bool:
    """True when a text without years names the state of the period itself.

    "Moscow's most loyal friend" in an answer about the Soviet Union's advisers is the
    Soviet Union's; "the former Soviet Union" speaks of a later time.
    """
    return any(
        e.name == state and not _FORMER.search(answer, max(0, e.start - 8), e.start)
        for e in find_entities(answer)
    )


def in_period(table: pd.DataFrame, qa: pd.DataFrame) -> pd.DataFrame:
    """Each row's parties as the states of the period its text is about (:func:`_of_period`)."""
    names = set(_period_states())
    if table.empty or not (table["a"].isin(names).any() or table["b"].isin(names).any()):
        return table
    from .merge import _records  # merge imports this module

    return pd.DataFrame(records_in_period(_records(table), qa), columns=table.columns)


def records_in_period(records: list[dict[str, Any]], qa: pd.DataFrame) -> list[dict[str, Any]]:
    """:func:`in_period` on row dicts (changed in place), for a caller that holds them."""
    names = _period_states()
    if not any(row["a"] in names or row["b"] in names for row in records):
        return records
    answers = dict(zip(qa["id"].tolist(), qa["answer"].tolist(), strict=True))
    for row in records:
        answer = answers.get(row["qa_id"])
        answer = answer if isinstance(answer, str) else ""
        row["a"] = _of_period(row["a"], str(row["evidence"]), answer)
        row["b"] = _of_period(row["b"], str(row["evidence"]), answer)
    return records
