"""Relative dates of the timeline's answers that could not be resolved, for ``check``.

:mod:`karabakh_nb.timeline` re-exports :func:`unresolved_relative_dates`; the phrases
listed are those the timeline leaves out: ones that need the publication date ("Last
year", "Thursday", "21 December" in an answer with no year) and, on request, ones with no
anchor or no count.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from .annotate import annotate
from .dates import VAGUE_COUNT, find_dates, parse_as_of

__all__ = ["UNRESOLVED_COLUMNS", "unresolved_relative_dates"]

UNRESOLVED_COLUMNS = ["qa_id", "phrase", "evidence", "reason"]


def unresolved_relative_dates(
    qa: pd.DataFrame,
    as_of: dt.date | str | None = None,
    *,
    include_unanchored: bool = False,
) -> pd.DataFrame:
    """List date phrases that could not be resolved, for ``check``.

    Args:
        qa: The ``qa`` table.
        as_of: Publication date; phrases it resolves are not listed.
        include_unanchored: Also list phrases no ``as_of`` can resolve: anchored ones
            with no earlier date in their answer ("Two years later" opening an answer)
            and vague ones ("several years later", "a few days ago").

    Returns:
        Columns ``qa_id``, ``phrase`` (the phrase, as in the timeline's ``relative``),
        ``evidence`` (its sentence) and ``reason`` (``needs_as_of``, ``no_anchor`` or
        ``vague``). By default only ``needs_as_of`` rows.

    Example:
        >>> import karabakh_nb as kn
        >>> unresolved_relative_dates(kn.load())["phrase"].tolist()
        ['Last year', 'Thursday', '21 December']
    """
    when = parse_as_of(as_of)
    rows: list[tuple[str, str, str, str]] = []
    for qa_id, answer in zip(qa["id"].tolist(), qa["answer"].tolist(), strict=True):
        if not isinstance(answer, str) or not answer:
            continue
        pending = [
            m
            for m in find_dates(answer, as_of=when)
            if m.date is None and (m.needs_as_of or include_unanchored)
        ]
        if not pending:
            continue
        spans = annotate(answer).sentences
        for m in pending:
            evidence = next((s.text for s in spans if s.start <= m.start < s.end), answer)
            phrase = m.relative or m.surface
            reason = "needs_as_of" if m.needs_as_of else "no_anchor"
            if not m.needs_as_of and VAGUE_COUNT.match(phrase):
                reason = "vague"
            rows.append((qa_id, phrase, evidence, reason))
    return pd.DataFrame(rows, columns=UNRESOLVED_COLUMNS)
