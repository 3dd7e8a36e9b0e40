"""One entry point to the four fact tables: ``extract(qa, kind)``.

Each kind has its own extractor module; this module only dispatches (through
:mod:`karabakh_nb.parallel`, which reads large corpora slice by slice), so the command
line, the notebooks and Python users reach the same code.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Sequence
from typing import Any

import pandas as pd

from .dates import parse_as_of
from .entities import canonical, find_entities
from .errors import UsageError

__all__ = ["KINDS", "extract", "focus"]

KINDS = ("timeline", "alliances", "demographics", "casualties")


def extract(
    qa: pd.DataFrame,
    kind: str,
    as_of: dt.date | str | None = None,
    *,
    scheduler: Any = None,
) -> pd.DataFrame:
    """Extract one fact table from a ``qa`` table.

    Large corpora are read slice by slice in one process per core, and with
    ``scheduler`` on a Dask cluster (:mod:`karabakh_nb.parallel`); the table is the same.

    Args:
        qa: The ``qa`` table from :func:`karabakh_nb.load`.
        kind: ``timeline``, ``alliances``, ``demographics`` or ``casualties``.
        as_of: Publication date used to resolve "Last year", "Thursday" (timeline and
            casualties' ``reported_on``).
        scheduler: A Dask scheduler's address (``"tcp://host:8786"``) or a
            ``distributed.Client`` (the ``dask`` extra).

    Returns:
        The table with the contract's columns, each row carrying ``qa_id`` and ``evidence``.

    Raises:
        UsageError: An unknown ``kind``, an ``as_of`` that is no date, or a scheduler
            that cannot be used.

    Example:
        >>> import karabakh_nb as kn
        >>> list(kn.extract(kn.load(), "alliances").columns)
        ['a', 'b', 'relation', 'qa_id', 'evidence']
    """
    from .parallel import fact_tables

    if kind not in KINDS:
        raise UsageError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
    if isinstance(qa, pd.DataFrame) and not {"id", "answer"} <= set(qa.columns):
        raise UsageError(MSG_NOT_QA.format(kind=kind))
    return fact_tables(qa, (kind,), parse_as_of(as_of), scheduler=scheduler)[kind]


MSG_NOT_QA = (
    "extract wants the qa table (columns id, answer, ...), not a fact table; "
    'try kn.extract(kn.load(PATH), "{kind}")'
)

# Columns that name a party directly, per kind of table; ``parties`` lists every party of a
# figure that covers several (casualties, reconciled casualties).
_PARTY_COLUMNS = ("party", "a", "b", "subject")
_LIST_COLUMNS = ("parties",)


def _mentions(text: object) -> set[str]:
    if not isinstance(text, str) or not text:
        return set()
    return {n for e in find_entities(text) for n in (e.name, e.party)}


def _names(value: object) -> set[str]:
    """Every name a party cell stands for: itself, its canonical name, the entities in it."""
    if not isinstance(value, str) or not value or value == "unspecified":
        return set()
    return {value, canonical(value) or value} | _mentions(value)


def _listed(value: object) -> list[object]:
    if isinstance(value, str) or not hasattr(value, "__iter__"):
        return []
    return list(value)


def focus(
    table: pd.DataFrame,
    parties: str | Sequence[str] | None,
    qa: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Keep the rows of a fact table that concern any of ``parties``.

    Tables that name their parties (``party`` and ``parties``; ``a`` and ``b``;
    ``subject``) are filtered on those columns, by any of a party's names ("Azerbaijani",
    "Baku"); a figure that covers several parties (its ``parties`` list) concerns each of
    them. Rows whose party is ``unspecified``, and tables without such columns (the
    timeline), are kept when the evidence, or the question of the pair (when ``qa`` is
    given), names one of the parties.

    A party named nowhere (not in the table, and not in the questions and answers of
    ``qa`` when it is given) is most likely misspelt or of another corpus: a
    :class:`UserWarning` says so and names the parties the table and corpus do hold.

    Args:
        table: A fact table with ``qa_id`` and ``evidence``.
        parties: One name (``"Argentina"``) or several; ``None`` or empty keeps every row.
        qa: The ``qa`` table, to count the question as context.

    Returns:
        The rows kept, with a fresh index.

    Example:
        >>> import karabakh_nb as kn
        >>> qa = kn.load()
        >>> kn.focus(kn.extract(qa, "alliances"), "Turkey", qa)[["a", "b"]].values.tolist()
        [['Turkey', 'Azerbaijan']]
    """
    if isinstance(parties, str):
        parties = [parties]  # one name is one party, never its letters
    if not parties:
        return table.reset_index(drop=True)
    # A name typed in lower case ("turkey") is still the party: the lexicon reads text,
    # where lower case is another word, but here the user names a party.
    keys = {p: canonical(p) or canonical(p.upper()) or p for p in parties}
    wanted = set(keys.values())
    for key in keys.values():  # a region stands for its side ("Nagorno-Karabakh": Artsakh)
        wanted |= {e.party for e in find_entities(key) if e.party}
    questions = (
        {} if qa is None else dict(zip(qa["id"].tolist(), qa["question"].tolist(), strict=True))
    )
    columns = [c for c in _PARTY_COLUMNS if c in table.columns]
    lists = [c for c in _LIST_COLUMNS if c in table.columns]
    keep = []
    held: set[str] = set()
    for row in table.to_dict("records"):
        named: set[str] = set()
        for col in columns:
            named |= _names(row[col])
        for col in lists:
            for value in _listed(row[col]):
                named |= _names(value)
        if not columns or any(row[c] == "unspecified" for c in columns):
            named |= _mentions(row.get("evidence"))
            named |= _mentions(questions.get(row.get("qa_id")))
        held |= named
        keep.append(bool(named & wanted))
    if not wanted <= held:
        _warn_unknown(table, qa, keys, held)
    # A mask, never a list: an empty list would select no columns of an empty table.
    return table[pd.Series(keep, index=table.index, dtype=bool)].reset_index(drop=True)


def _warn_unknown(
    table: pd.DataFrame, qa: pd.DataFrame | None, keys: dict[str, str], held: set[str]
) -> None:
    """Warn about parties named nowhere in the table (nor in ``qa``'s text)."""
    if "evidence" in table.columns:
        for text in dict.fromkeys(table["evidence"]):
            held |= _mentions(text)
    if qa is not None:
        for column in ("question", "answer"):
            if column in qa.columns:
                for text in qa[column]:
                    held |= _mentions(text)
    unknown = [p for p, key in keys.items() if key not in held]
    if not unknown:
        return
    names = sorted({c for n in held if (c := canonical(n))})
    where = "this table or its corpus" if qa is not None else "this table"
    verb = "appears" if len(unknown) == 1 else "appear"
    holds = f"parties named there: {', '.join(names)}" if names else "it names no party"
    warnings.warn(
        f"focus: {', '.join(repr(p) for p in unknown)} {verb} nowhere in {where}; {holds}",
        UserWarning,
        stacklevel=3,
    )
