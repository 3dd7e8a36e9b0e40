"""One entry point to the four fact tables: ``facts(qa, kind)``.

Each kind has its own extractor module; this module only dispatches, so the
command line, the notebooks and Python users reach the same code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import pandas as pd

from .entities import canonical, find_entities
from .errors import UsageError

__all__ = ["KINDS", "extract", "focus"]

KINDS = ("timeline", "alliances", "demographics", "casualties")


def _extractor(kind: str) -> Callable[..., pd.DataFrame]:
    if kind == "timeline":
        from .timeline import extract_timeline

        return extract_timeline
    if kind == "alliances":
        from .alliances import extract_alliances

        return lambda qa, as_of=None: extract_alliances(qa)
    if kind == "demographics":
        from .demographics import extract_demographics

        return lambda qa, as_of=None: extract_demographics(qa)
    if kind == "casualties":
        from .casualties import extract_casualties

        return extract_casualties
    raise UsageError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")


def extract(qa: pd.DataFrame, kind: str, as_of: dt.date | str | None = None) -> pd.DataFrame:
    """Extract one fact table from a ``qa`` table.

    Args:
        qa: The ``qa`` table from :func:`karabakh_nb.load`.
        kind: ``timeline``, ``alliances``, ``demographics`` or ``casualties``.
        as_of: Publication date used to resolve "Last year", "Thursday" (timeline and
            casualties' ``reported_on``).

    Returns:
        The table with the contract's columns, each row carrying ``qa_id`` and ``evidence``.

    Example:
        >>> import karabakh_nb as kn
        >>> list(kn.extract(kn.load(), "alliances").columns)
        ['a', 'b', 'relation', 'qa_id', 'evidence']
    """
    return _extractor(kind)(qa, as_of=as_of)


# Columns that name a party directly, per kind of table.
_PARTY_COLUMNS = ("party", "a", "b", "subject")


def _mentions(text: object) -> set[str]:
    if not isinstance(text, str) or not text:
        return set()
    return {n for e in find_entities(text) for n in (e.name, e.party)}


def focus(
    table: pd.DataFrame, parties: Sequence[str] | None, qa: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Keep the rows of a fact table that concern any of ``parties``.

    Tables that name their parties (``party``; ``a`` and ``b``; ``subject``) are
    filtered on those columns, by any of a party's names ("Azerbaijani", "Baku"). Rows
    whose party is ``unspecified``, and tables without such columns (the timeline), are
    kept when the evidence, or the question of the pair (when ``qa`` is given), names
    one of the parties.

    Args:
        table: A fact table with ``qa_id`` and ``evidence``.
        parties: Names of states or sides; ``None`` or empty keeps every row.
        qa: The ``qa`` table, to count the question as context.

    Example:
        >>> import karabakh_nb as kn
        >>> qa = kn.load()
        >>> kn.focus(kn.extract(qa, "alliances"), ["Turkey"], qa)[["a", "b"]].values.tolist()
        [['Turkey', 'Azerbaijan']]
    """
    if not parties:
        return table.reset_index(drop=True)
    wanted = {canonical(p) or p for p in parties}
    questions = {} if qa is None else dict(zip(qa["id"], qa["question"], strict=True))
    columns = [c for c in _PARTY_COLUMNS if c in table.columns]
    keep = []
    for row in table.to_dict("records"):
        named: set[str] = set()
        for col in columns:
            value = row[col]
            if isinstance(value, str) and value != "unspecified":
                named |= {value, canonical(value) or value} | _mentions(value)
        if not columns or any(row[c] == "unspecified" for c in columns):
            named |= _mentions(row.get("evidence"))
            named |= _mentions(questions.get(row.get("qa_id")))
        keep.append(bool(named & wanted))
    return table[keep].reset_index(drop=True)
