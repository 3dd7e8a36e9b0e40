"""Putting the rule rows of figures into the demographics and casualties tables.

A rule row replaces the table's row of the same figure and sentence (keeping what that
row knew and the rule does not say); other rule rows join the table in pair order.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import pandas as pd

from .engine import apply_rules
from .merge import _records, subject_of

__all__ = ["merge_casualties", "merge_demographics"]


def _figure_key(row: dict[str, Any], key: list[str]) -> tuple[Any, ...]:
    out = []
    for col in key:
        value = row.get(col)
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = float(value)
        out.append(value)
    return tuple(out)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value is pd.NA


def _replace(
    frame: pd.DataFrame,
    qa: pd.DataFrame,
    extra: list[dict[str, Any]],
    key: list[str],
    place_in: Callable[[str], list[str]] | None = None,
    *,
    by_figure: bool = False,
    year_of: Callable[[dict[str, Any]], Any] | None = None,
) -> pd.DataFrame:
    """Rule rows replace the table's rows of the same figure and sentence; others join.

    A rule row keeps what the table's row knew and the rule does not say (its year); a
    row of its own whose rule says no year takes ``year_of(row)``, when given.
    """
    if not extra:
        return frame
    columns = list(frame.columns)
    records = _records(frame)
    index: dict[tuple[Any, ...], list[int]] = {}
    for i, r in enumerate(records):
        index.setdefault(_figure_key(r, key), []).append(i)
    seen: set[tuple[Any, ...]] = set()
    taken: set[int] = set()
    added: list[dict[str, Any]] = []
    for row in extra:
        k = _figure_key(row, key)
        # "the Mende (30%) and Temne (30%)": two figures of one value, where each stands.
        at = (row.get("_at"),) if by_figure else ()
        if (*k, *at) in seen or (not by_figure and k in seen):
            continue
        seen.add((*k, *at))
        free = (
            [i for i in index.get(k, []) if i not in taken] if by_figure else index.get(k, [])[:1]
        )
        if free:
            group = str(row.get("group", "")).lower()
            i = next(
                (i for i in free if str(records[i].get("group", "")).lower() == group), free[0]
            )
            taken.add(i)
            old = records[i]
            records[i] = {c: old.get(c) if _missing(row.get(c, None)) else row[c] for c in columns}
            if row.get("_subject_of_pair") and not _missing(old.get("subject")):
                # The pair's subject is a fallback: the table's row read the sentence's place.
                records[i]["subject"] = old["subject"]
        else:
            new = {c: row.get(c) for c in columns}
            own = place_in(row["evidence"]) if row.get("_subject_of_pair") and place_in else []
            # "Seto is spoken by 30%": the row's own group is never its place.
            own = [place for place in own if place != new.get("group")]
            if own and new.get("subject") not in own:
                new["subject"] = own[0]  # the sentence names its own place, not the pair's
            if year_of is not None and "year" in new and _missing(new["year"]):
                new["year"] = year_of(row)  # "In 1989, 62% ...": the sentence's year
            added.append(new)
    merged = pd.DataFrame(records + added, columns=columns, dtype=object)
    order = {qa_id: i for i, qa_id in enumerate(qa["id"].tolist())}
    merged["_order"] = merged["qa_id"].map(order)
    merged = merged.sort_values("_order", kind="stable").drop(columns="_order")
    return merged.reset_index(drop=True)


# A list ("..., N (N%) X") of the dead ("the victims") counts no people.
_LIST_RULES = ("count_share_list", "count_group_share", "group_count_share", "census_recorded_list",
               "share_in_paren",
               "of_these_are", "population_consists_of", "population_including")  # fmt: skip
_DEATHS = re.compile(r"\b(?:victims|casualties|killed|dead|deaths|died|lost\s+their\s+lives)\b")


def merge_demographics(
    frame: pd.DataFrame,
    qa: pd.DataFrame,
    place_of: Callable[[Any], str | None] | None = None,
    place_in: Callable[[str], list[str]] | None = None,
    region_of: Callable[[Any, str, str], str | None] | None = None,
    is_place: Callable[[str], bool] | None = None,
    year_of: Callable[[Any, str, int | None], int | None] | None = None,
) -> pd.DataFrame:
    """Add the rule rows to a demographics table; a rule row replaces its figure's row.

    ``place_of``, given, reads the place a question asks about (``$SUBJECT`` before the
    answer's first place); else :func:`subject_of`. ``place_in``, given, reads the places
    a sentence names: a new row whose ``$SUBJECT`` fell back to the pair's place takes the
    first of them when the sentence does not name the pair's. ``region_of(question, answer,
    sentence)``, given, reads the place "the region" or "the enclave" of a sentence stands for:
    such a row takes it instead of the pair's place. ``is_place``, given, says whether the
    pair's subject :func:`subject_of` reads is a place at all ("the Contras" are a people).
    ``year_of(question, sentence, offset)``, given, reads the year of a new row whose rule
    says none, from where its figure stands.
    """
    extra: list[dict[str, Any]] = []
    for qa_id, question, answer in zip(
        qa["id"].tolist(), qa["question"].tolist(), qa["answer"].tolist(), strict=True
    ):
        if not isinstance(answer, str) or not answer:
            continue

        def pair_subject(question: Any = question, answer: str = answer) -> str | None:
            subject = place_of(question) if place_of else None
            if subject is None and (read := subject_of(question, answer)) is not None:
                subject = read if is_place is None or is_place(read) else None
            return subject

        # The pair's place is read only for an answer a rule matches (few are).
        for row in apply_rules("demographics", qa_id, answer, subject_of=pair_subject):
            if str(row.get("_rule")).startswith(_LIST_RULES) and _DEATHS.search(row["evidence"]):
                continue  # "24,216 Serbs (25.81 percent)" of the victims: a list of the dead
            pair = row.get("_subject_of_pair") and region_of is not None
            region = region_of(question, answer, row["evidence"]) if pair and region_of else None
            if region:
                row = {**row, "subject": region, "_subject_of_pair": False}
            if row.get("subject") is None and place_in is not None:
                # The pair names no place: the first place the sentence names is the row's.
                named = place_in(row["evidence"])
                row = {**row, "subject": named[0], "_subject_of_pair": False} if named else row
            if row.get("subject") is not None:
                extra.append({**row, "_question": question})
    year: Callable[[dict[str, Any]], Any] | None = None
    if year_of is not None:
        reader = year_of

        def _row_year(row: dict[str, Any]) -> int | None:
            return reader(row.get("_question"), row["evidence"], row.get("_at"))

        year = _row_year
    return _replace(frame, qa, extra, ["qa_id", "evidence", "value", "unit"], place_in,
                    by_figure=True, year_of=year)  # fmt: skip


def merge_casualties(frame: pd.DataFrame, qa: pd.DataFrame) -> pd.DataFrame:
    """Add the rule rows to a casualties table; a rule row replaces its figure's row."""
    extra: list[dict[str, Any]] = []
    for qa_id, question, answer in zip(
        qa["id"].tolist(), qa["question"].tolist(), qa["answer"].tolist(), strict=True
    ):
        if not isinstance(answer, str) or not answer:
            continue
        place = functools.partial(subject_of, question, answer)
        extra.extend(apply_rules("casualties", qa_id, answer, subject_of=place))
    return _replace(frame, qa, extra, ["qa_id", "evidence", "count"])
