"""Fact tables from row records, their evidence column shared by the rows of a sentence.

Where one sentence holds thousands of facts, each row's ``evidence`` is that whole
sentence. pandas turns a column of Python strings into an Arrow string column by
encoding every cell anew, and Arrow stores every copy: 6,250 rows of one 100 KB sentence
encoded and stored 625 MB. :func:`records_frame` builds that column once per sentence
object: as an object column (``as_object``) its rows share the one ``str`` (what the
timeline, alliances, demographics and casualties tables hold: the cost grows with the
rows, not rows x sentence); as a string column, each distinct sentence is encoded once
and Arrow repeats it (a ``take``, the same dtype pandas infers). The values are the same.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Any, TypeVar, cast

import pandas as pd

__all__ = ["add_after", "insert_rows", "records_frame", "shared_text"]

_Read = TypeVar("_Read")


def shared_text(values: list[str], *, as_object: bool = False) -> Any:
    """A column of ``values`` (all ``str``) in the dtype pandas infers for strings.

    Equal cells that are one object are encoded once. ``as_object`` gives an object
    column (the cells themselves, shared), as a table that stores Python strings wants.
    """
    if as_object:
        return pd.Series(values, dtype=object)
    dtype = pd.Series(["a"]).dtype
    if getattr(dtype, "storage", None) != "pyarrow":
        return pd.Series(values, dtype=dtype)  # object or Python-backed strings: no copies
    import pyarrow as pa

    index: dict[int, int] = {}
    distinct: list[str] = []
    codes: list[int] = []
    for value in values:
        code = index.get(id(value))
        if code is None:
            code = index[id(value)] = len(distinct)
            distinct.append(value)
        codes.append(code)
    cells = pa.array(distinct, type=pa.large_string()).take(pa.array(codes, type=pa.int64()))
    return pd.Series(dtype.__from_arrow__(cells))


def records_frame(
    rows: Sequence[Mapping[str, Any]] | Sequence[Sequence[Any]],
    columns: list[str],
    shared: str = "evidence",
    *,
    as_object: bool = False,
) -> pd.DataFrame:
    """``pd.DataFrame(rows, columns=columns)``, its ``shared`` column by :func:`shared_text`.

    ``rows`` are mappings (by column name) or sequences (by position), as pandas takes them.
    A ``shared`` column with a cell that is not a ``str`` is built by pandas as usual.
    """
    if not rows or shared not in columns or len(columns) < 2:
        return pd.DataFrame(rows, columns=columns)
    at = columns.index(shared)
    rest = columns[:at] + columns[at + 1 :]
    if isinstance(rows[0], Mapping):
        records = cast("Sequence[Mapping[str, Any]]", rows)
        values: list[Any] = [row.get(shared) for row in records]
        others: Any = records  # pandas reads only the columns asked for
    else:
        tuples = cast("Sequence[Sequence[Any]]", rows)
        values = [row[at] for row in tuples]
        others = [(*row[:at], *row[at + 1 :]) for row in tuples]
    if not all(value.__class__ is str for value in values):
        return pd.DataFrame(rows, columns=columns)
    frame = pd.DataFrame(others, columns=rest)
    column = shared_text(values, as_object=as_object)
    column.index = frame.index
    frame.insert(at, shared, column)
    return frame


def insert_rows(frame: pd.DataFrame, extra: list[dict[str, Any]], after: list[int]) -> pd.DataFrame:
    """``frame`` with the rows ``extra``, each placed right after the row of ``frame`` at ``after``.

    The new rows' ``evidence`` is built by :func:`records_frame` as an object column, so
    rows of one sentence keep sharing its ``str`` (a long sentence is not copied per row).
    """
    if not extra:
        return frame
    added = records_frame(extra, list(frame.columns), as_object=True)
    if "value" in added.columns:
        # each value as read (16 stays an int), whatever the other new rows hold
        added["value"] = pd.Series([r.get("value") for r in extra], index=added.index, dtype=object)
    both = pd.concat([frame, added], ignore_index=True)
    order = [float(i) for i in range(len(frame))] + [at + 0.5 for at in after]
    return both.iloc[sorted(range(len(both)), key=order.__getitem__)].reset_index(drop=True)


def add_after(
    frame: pd.DataFrame,
    candidates: pd.Series,
    read: Callable[[str], _Read],
    propose: Callable[[dict[str, Any], _Read], Iterable[tuple[Hashable, dict[str, Any]]]],
    have: set[Any],
) -> pd.DataFrame:
    """``frame`` with the rows ``propose`` gives for each candidate row, each after its row.

    ``read`` runs once per distinct ``evidence`` of the candidates (a long sentence is the
    evidence of many rows); ``propose(row, read(evidence))`` yields ``(key, new row)``
    pairs, and a key already in ``have`` (the rows there are, and those added) is skipped.
    """
    cache: dict[str, _Read] = {}
    extra: list[dict[str, Any]] = []
    after: list[int] = []
    # Only the candidates are taken out of the frame, in one step (a row at a time cost more).
    ats = [i for i, c in enumerate(candidates.tolist()) if c]
    for at, row in zip(ats, frame.iloc[ats].to_dict("records"), strict=True):
        evidence = row["evidence"]
        if evidence not in cache:
            cache[evidence] = read(evidence)
        for key, new in propose(row, cache[evidence]):
            if key not in have:
                have.add(key)
                extra.append(new)
                after.append(at)
    return insert_rows(frame, extra, after)
