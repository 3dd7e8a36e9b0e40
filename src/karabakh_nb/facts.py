"""One entry point to the four fact tables: ``facts(qa, kind)``.

Each kind has its own extractor module; this module only dispatches, so the
command line, the notebooks and Python users reach the same code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pandas as pd

from .errors import UsageError

__all__ = ["KINDS", "extract"]

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
