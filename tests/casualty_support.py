"""Shared by the casualty challenge sets: one answer's rows, and the cases to run."""

from __future__ import annotations

import pandas as pd
import pytest

from karabakh_nb.casualties import extract_casualties


def rows(answer: str) -> list[tuple]:
    """(party, category, count, qualifier) of every row one answer gives."""
    qa = pd.DataFrame({"id": ["t:1"], "question": ["What happened?"], "answer": [answer]})
    frame = extract_casualties(qa)
    return [tuple(r) for r in frame[["party", "category", "count", "qualifier"]].values]


def cases(sentences: list[tuple[str, list[tuple]]], open_: set[str]) -> list:
    """The cases, those not read yet marked strict xfail (a fixed one must leave the list)."""
    return [
        pytest.param(a, e, marks=pytest.mark.xfail(strict=True)) if a in open_ else (a, e)
        for a, e in sentences
    ]
