"""Writing every table of a corpus as a data package: CSV, Parquet and ``datapackage.json``.

``export(corpus, "out")`` writes ``out/<table>.csv`` and ``out/<table>.parquet`` for
each of :data:`karabakh_nb.corpus.TABLES` and ``out/datapackage.json``, a Frictionless
Data Package (v2) that describes them: one resource per table and format, each with its
Table Schema (:mod:`karabakh_nb.tableschema`), size and SHA-256; the input files with
their SHA-256 under ``sources``; the karabakh-nb version under ``software``; and the
parameters (``as_of``, ``encoding``).

The same input gives the same bytes: no timestamps, sorted JSON keys, fixed CSV
dialect, Parquet written by pyarrow with fixed options and no pandas index. CSV cells
hold the values verbatim (a list is joined with ``;``, an empty cell is null), so the CSV
and the Parquet copy of a table hold the same data.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from . import errors
from .corpus import TABLES, CorpusTables, PathsLike, open_corpus
from .errors import InputError, UsageError
from .parse import Corpus
from .tableschema import LIST_DELIMITER, TABLE_DESCRIPTIONS, Field, fields_of, table_schema

__all__ = ["DESCRIPTOR", "csv_bytes", "export", "parquet_bytes"]

#: The name of the descriptor written beside the tables.
DESCRIPTOR = "datapackage.json"
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"
MSG_OUTPUT_IS_FILE = "is a file; pass a folder for -o (it is created when missing)"
MSG_CANNOT_WRITE = "cannot write the data package ({reason}); pass a folder you can write to"


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _convert(value: Any, type_: str) -> Any:
    """One cell as the Python value of its field type (``None`` for null)."""
    if type_ == "list":
        if isinstance(value, str):
            return [value]
        if value is None or (not hasattr(value, "__iter__") and _missing(value)):
            return []
        return [str(v) for v in value if not _missing(v)]
    if _missing(value):
        return None
    if type_ == "integer":
        return int(value)
    if type_ == "number":
        number = float(value)
        return None if math.isnan(number) else number
    if type_ == "boolean":
        return bool(value)
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    return text or None  # an empty text is written as an empty (null) cell in CSV too


def _converter(type_: str) -> Callable[[Any], Any]:
    """:func:`_convert` for one field type, with a short way for the plain cells."""
    if type_ == "string":
        return lambda v: (v or None) if v.__class__ is str else _convert(v, "string")
    if type_ == "integer":
        return lambda v: v if v.__class__ is int else _convert(v, "integer")
    if type_ == "number":
        return lambda v: (None if v != v else v) if v.__class__ is float else _convert(v, "number")
    return lambda v: _convert(v, type_)


def _csv_text(value: Any, type_: str) -> str:
    if value is None:
        return ""
    if type_ == "list":
        return LIST_DELIMITER.join(value)
    if type_ == "boolean":
        return "true" if value else "false"
    if type_ == "number":
        text = repr(value)
        return text[:-2] if text.endswith(".0") else text
    return str(value)


def _arrow_types() -> dict[str, Any]:
    import pyarrow as pa

    return {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "list": pa.list_(pa.string()),
    }


def _fast_array(series: pd.Series, type_: str) -> Any:
    """The column as an Arrow array without a Python value per cell, or ``None``.

    Only for the plain cases, where it gives what :func:`_convert` does cell by cell:
    text columns holding text and missing values (an empty text becomes null), integer,
    float and boolean columns of those dtypes. Anything else (dates, lists, mixed
    objects) is ``None``, and the caller converts cell by cell.
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    dtype = series.dtype
    try:
        if type_ == "string" and (dtype.kind == "O" or isinstance(dtype, pd.StringDtype)):
            values = series.to_numpy(dtype=object, na_value=None, copy=True)
            values[values == ""] = None
            return pa.array(values, type=pa.string())  # raises on what is not text
        if type_ == "integer" and pd.api.types.is_integer_dtype(dtype):
            if isinstance(dtype, np.dtype):
                return pa.array(series.to_numpy(), type=pa.int64())
            return pa.array(series.array, type=pa.int64())  # nullable: NA is null
        if type_ == "number" and isinstance(dtype, np.dtype) and dtype.kind == "f":
            return pa.array(series.to_numpy(dtype=np.float64), type=pa.float64(), from_pandas=True)
        if type_ == "boolean" and isinstance(dtype, np.dtype) and dtype.kind == "b":
            return pa.array(series.to_numpy(), type=pa.bool_())
        if type_ == "list" and dtype.kind == "O":
            # Lists of texts only: a missing cell or item (which _convert drops) is a null
            # here, and then the cells are converted one by one instead.
            lists = pa.array(series.tolist(), type=pa.list_(pa.string()))
            if lists.null_count == 0 and pc.list_flatten(lists).null_count == 0:
                return lists
            return None
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
        return None
    return None


def _arrow_columns(frame: pd.DataFrame, fields: Sequence[Field]) -> list[Any]:
    """Every column of a table as an Arrow array of its field type (null for missing)."""
    import pyarrow as pa

    arrow = _arrow_types()
    out = []
    for f in fields:
        array = _fast_array(frame[f.name], f.type)
        if array is None:
            values = list(map(_converter(f.type), frame[f.name].tolist()))
            array = pa.array(values, type=arrow[f.type])
        out.append(array)
    return out


#: What makes the csv module quote a cell (its minimal quoting with "\n" line ends).
_NEEDS_QUOTES = '[,"\n]'


def _csv_cells(array: Any, type_: str) -> Any:
    """A column's CSV cells as an Arrow text array, quoted as the csv module quotes."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if type_ == "integer":
        return pc.fill_null(pc.cast(array, pa.large_string()), "")
    if type_ == "string":
        text = pc.cast(array, pa.large_string())
    else:  # numbers, booleans and lists: written by _csv_text, as the csv module got them
        text = pa.array([_csv_text(v, type_) for v in array.to_pylist()], type=pa.large_string())
    nothing = pa.scalar("", pa.large_string())
    if pc.any(pc.match_substring(text, '"')).as_py():
        text = pc.replace_substring(text, '"', '""')  # only quoted cells hold a quote
    # A quote mark before and after the cells that need one, an empty text elsewhere.
    mark = pc.if_else(
        pc.match_substring_regex(text, _NEEDS_QUOTES), pa.scalar('"', pa.large_string()), nothing
    )
    return pc.fill_null(pc.binary_join_element_wise(mark, text, mark, nothing), "")


def _csv_from_arrow(fields: Sequence[Field], arrays: Sequence[Any]) -> bytes:
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    header = io.StringIO()
    csv.writer(header, lineterminator="\n").writerow([f.name for f in fields])
    head = header.getvalue().encode("utf-8")
    if not arrays or len(arrays[0]) == 0:
        return head
    cells = [_csv_cells(a, f.type) for f, a in zip(fields, arrays, strict=True)]
    comma, nothing = pa.scalar(",", pa.large_string()), pa.scalar("", pa.large_string())
    rows = pc.binary_join_element_wise(*cells, nothing, comma)
    # Each row now ends with "," and an empty last cell: turn that comma into the line end.
    rows = pc.utf8_replace_slice(rows, -1, 2**31, "\n")
    if isinstance(rows, pa.ChunkedArray):
        rows = rows.combine_chunks()
    _, offsets, data = rows.buffers()
    bounds = np.frombuffer(offsets, dtype=np.int64)[rows.offset : rows.offset + len(rows) + 1]
    return head + memoryview(data)[int(bounds[0]) : int(bounds[-1])].tobytes()


def _parquet_from_arrow(fields: Sequence[Field], arrays: Sequence[Any]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = _arrow_types()
    schema = pa.schema(
        [pa.field(f.name, arrow[f.type], metadata={"description": f.description}) for f in fields]
    )
    table = pa.Table.from_arrays(list(arrays), schema=schema)
    sink = pa.BufferOutputStream()
    pq.write_table(
        table,
        sink,
        compression="zstd",
        compression_level=3,
        use_dictionary=True,
        write_statistics=True,
        version="2.6",
        data_page_version="1.0",
        store_schema=True,
    )
    data: bytes = sink.getvalue().to_pybytes()
    return data


def _from_lists(fields: Sequence[Field], columns: Sequence[Sequence[Any]]) -> list[Any]:
    import pyarrow as pa

    arrow = _arrow_types()
    return [pa.array(list(c), type=arrow[f.type]) for f, c in zip(fields, columns, strict=True)]


def csv_bytes(fields: Sequence[Field], columns: Sequence[Sequence[Any]]) -> bytes:
    r"""Return a table as UTF-8 CSV: a header row, ``\n`` line ends, minimal quoting.

    The cells are quoted as Python's :mod:`csv` module quotes them (a cell holding a
    comma, a double quote or a line end), whole columns at a time.

    Args:
        fields: The table's fields.
        columns: One list of converted values per field.

    Returns:
        The CSV file's bytes.
    """
    return _csv_from_arrow(fields, _from_lists(fields, columns))


def parquet_bytes(fields: Sequence[Field], columns: Sequence[Sequence[Any]]) -> bytes:
    """Return a table as Parquet, written deterministically by pyarrow.

    Args:
        fields: The table's fields (their descriptions go into the Parquet schema).
        columns: One list of converted values per field.

    Returns:
        The Parquet file's bytes (zstd, no pandas metadata, no index).
    """
    return _parquet_from_arrow(fields, _from_lists(fields, columns))


def _sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _sources(files: Sequence[Path]) -> list[dict[str, Any]]:
    """The input files, named relative to their common folder, with size and SHA-256."""
    if not files:
        return []
    resolved = [f.resolve() for f in files]
    base = Path(os.path.commonpath([p.parent for p in resolved]))
    out = []
    for original, path in zip(files, resolved, strict=True):
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(errors.MSG_UNREADABLE.format(reason=exc.strerror), original) from None
        out.append(
            {
                "title": path.name,
                "path": path.relative_to(base).as_posix(),
                "bytes": len(data),
                "hash": _sha256(data),
            }
        )
    return out


def _resources(
    name: str, fields: list[Field], csv_data: bytes, parquet_data: bytes
) -> list[dict[str, Any]]:
    description = TABLE_DESCRIPTIONS.get(name, f"The {name} table.")
    csv_resource = {
        "name": name,
        "type": "table",
        "title": f"{name} (CSV)",
        "description": description,
        "path": f"{name}.csv",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": len(csv_data),
        "hash": _sha256(csv_data),
        "dialect": {
            "header": True,
            "delimiter": ",",
            "lineTerminator": "\n",
            "quoteChar": '"',
            "doubleQuote": True,
        },
        "schema": table_schema(name, fields, qa_resource="qa"),
    }
    parquet_resource = {
        "name": f"{name}-parquet",
        "type": "table",
        "title": f"{name} (Parquet)",
        "description": description + " The same rows as " + f"{name}.csv.",
        "path": f"{name}.parquet",
        "format": "parquet",
        "mediatype": PARQUET_MEDIATYPE,
        "bytes": len(parquet_data),
        "hash": _sha256(parquet_data),
        "schema": table_schema(name, fields, qa_resource="qa-parquet"),
    }
    return [csv_resource, parquet_resource]


def _check_output(output: Path) -> None:
    if output.exists() and not output.is_dir():
        raise UsageError(MSG_OUTPUT_IS_FILE, output)
    for parent in (output, *output.parents):
        if parent.exists():
            if not parent.is_dir():
                raise UsageError(f"{parent} {MSG_OUTPUT_IS_FILE}", output)
            # Fail before the tables are built (minutes on a large corpus), not after: a
            # probe folder, removed at once, tells what permission bits alone do not
            # (read-only mounts, /proc, root's bypassed modes).
            try:
                os.rmdir(tempfile.mkdtemp(prefix=".karabakh-nb-probe-", dir=parent))
            except OSError as exc:
                reason = exc.strerror or str(exc)
                raise UsageError(MSG_CANNOT_WRITE.format(reason=reason), output) from None
            break


def _write(folder: Path, files: dict[str, bytes]) -> None:
    """Write each file beside its final name, then move it into place."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            partial = folder / f".{name}.partial"
            partial.write_bytes(data)
            os.replace(partial, folder / name)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UsageError(MSG_CANNOT_WRITE.format(reason=reason), folder) from None


def export(
    corpus: PathsLike | pd.DataFrame | Corpus | CorpusTables,
    output: str | Path,
    encoding: str | None = None,
    as_of: dt.date | str | None = None,
    scheduler: Any = None,
    progress: bool | TextIO = False,
) -> Path:
    """Write every table of a corpus as CSV and Parquet, plus ``datapackage.json``.

    Args:
        corpus: Files, folders or globs (default: the bundled seeds), a ``qa`` table, what
            :func:`karabakh_nb.read_corpus` returned, or a corpus from
            :func:`karabakh_nb.open_corpus` (whose kept tables are reused).
        output: The folder to write into; created when missing. Files of other names in
            it are left alone.
        encoding: Encoding of files without a byte-order mark (default UTF-8).
        as_of: Publication date (``YYYY-MM-DD``) to resolve "Last year", "Thursday".
        scheduler: A Dask scheduler's address (``"tcp://host:8786"``) or a
            ``distributed.Client``: the fact tables are read on that cluster (the ``dask``
            extra); by default on this machine, one process per core for large corpora.
        progress: Print a line per table as it is built, and one when the files are
            written, to stderr (``True``) or to the given stream; on a terminal a long
            step counts its seconds. The command line's ``export`` does, unless ``--quiet``.

    Returns:
        The path of ``datapackage.json``.

    Raises:
        InputError: An input file cannot be read or parsed.
        UsageError: ``output`` is a file or cannot be written, ``as_of`` is no date, or
            the scheduler cannot be used.

    Example:
        >>> import json, tempfile, karabakh_nb as kn
        >>> with tempfile.TemporaryDirectory() as out:
        ...     package = json.loads(kn.export(None, out).read_text())
        >>> [r["name"] for r in package["resources"]][:3]
        ['qa', 'qa-parquet', 'timeline']
    """
    from . import __version__

    folder = Path(output)
    _check_output(folder)
    tables = open_corpus(corpus, encoding, as_of, scheduler)
    stream = None if progress is False else (sys.stderr if progress is True else progress)
    if stream is not None:
        from .render._progress import Progress
        from .render._tables import build_tables

        build_tables(tables, Progress(stream), "building the tables:")
    tables.compute()
    started = time.perf_counter()
    files: dict[str, bytes] = {}
    resources: list[dict[str, Any]] = []
    for name in TABLES:
        frame = tables.table(name)
        fields = fields_of(name, frame)
        arrays = _arrow_columns(frame, fields)
        files[f"{name}.csv"] = _csv_from_arrow(fields, arrays)
        files[f"{name}.parquet"] = _parquet_from_arrow(fields, arrays)
        resources += _resources(name, fields, files[f"{name}.csv"], files[f"{name}.parquet"])
    descriptor = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "karabakh-nb-tables",
        "title": "Fact tables read from scraped 'People Also Ask' Q&A text",
        "description": "The qa table of question-and-answer pairs, the timeline, alliances, "
        "demographics and casualties fact tables (every row names its pair in qa_id and "
        "quotes its evidence), casualties reconciled into ranges, and the data-quality "
        "findings. Each table is given as CSV and as Parquet.",
        "software": {"name": "karabakh-nb", "version": __version__},
        "parameters": {
            "as_of": None if tables.as_of is None else tables.as_of.isoformat(),
            "encoding": tables.encoding,
        },
        "sources": _sources(tables.files),
        "resources": resources,
    }
    text = json.dumps(descriptor, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    files[DESCRIPTOR] = text.encode("utf-8")
    _write(folder, files)
    if stream is not None:
        size = sum(len(data) for data in files.values()) / 1e6
        took = time.perf_counter() - started
        print(f"data written in {took:.1f} s ({len(files)} files, {size:.1f} MB)", file=stream)
    return folder / DESCRIPTOR
