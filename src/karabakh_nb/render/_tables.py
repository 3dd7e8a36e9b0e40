"""The tables of a render: built once, before any kernel starts, and written to ``data/``.

What belongs here: :func:`build_tables` (every table of the corpus, computed once, with
progress), :func:`write_data` (the data package of the report folder) and
:func:`corpus_figures` (the figures of ``index.html``).

The report's data package is what :func:`karabakh_nb.export` writes, with each CSV file
gzipped (``data/<table>.csv.gz``, a Frictionless resource with ``compression: gz``) so
that the report folder stays small at any size; the Parquet copies, which the notebooks
read, are kept as they are. The same input gives the same bytes (gzip without a time
stamp or file name).
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import os
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from ..corpus import TABLES, CorpusTables
from ..errors import KarabakhError, RenderError
from ._progress import Progress

__all__ = ["build_tables", "corpus_figures", "unknown_parties", "write_data"]

GZIP_LEVEL = 6
MSG_TABLE_FAILED = (
    "building {name} failed: {error} (at {where}); this is a bug in "
    "karabakh-nb: please report it with the input files"
)


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "unknown place"
    last = frames[-1]
    return f"{Path(last.filename).name}:{last.lineno}"


def build_tables(
    corpus: CorpusTables,
    progress: Progress,
    heading: str = "building the tables once, before the notebooks run:",
    after_qa: Callable[[], None] | None = None,
) -> None:
    """Compute every table of ``corpus`` (kept on it), one progress line per table.

    ``after_qa`` is called once the pairs are read, before the fact tables.

    Raises:
        KarabakhError: The input cannot be read (passed on as it is).
        RenderError: An extractor failed on this input (a bug), named with its table.
    """
    started = time.perf_counter()
    progress.say(heading)
    steps: list[tuple[str, Callable[[], Any]]] = [("qa", lambda: corpus.qa)]
    # The four fact tables in one pass over the pairs (on a large corpus, one process
    # per core), then what is built from them.
    steps.append(("the fact tables", corpus.compute))
    steps += [(name, functools.partial(corpus.table, name)) for name in TABLES if name != "qa"]
    for name, build in steps:
        began = time.perf_counter()
        try:
            with progress.step(f"  {name} ..."):
                result = build()
        except KarabakhError:
            raise
        except Exception as exc:
            error = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            raise RenderError(
                MSG_TABLE_FAILED.format(
                    name=name if name.startswith("the ") else f"the {name} table",
                    error=error.rstrip(": "),
                    where=_where(exc),
                )
            ) from None
        took = time.perf_counter() - began
        if isinstance(result, pd.DataFrame):
            unit = "pair" if name == "qa" else "row"
            unit += "" if len(result) == 1 else "s"
            progress.say(f"  {name}: {len(result):,} {unit} ({took:.1f} s)")
            if name == "qa" and after_qa is not None:
                after_qa()
        else:
            progress.say(f"  {name} read in one pass ({took:.1f} s)")
    progress.say(f"tables built in {time.perf_counter() - started:.1f} s")


def unknown_parties(corpus: CorpusTables, parties: list[str] | None) -> str | None:
    """Say which of ``parties`` the corpus names nowhere (likely misspelt), or None.

    The names in the fact tables' party columns are tried first (a few hundred, read at
    once); only a party none of them names sends :func:`karabakh_nb.focus` through the
    text of every pair.
    """
    import warnings

    from ..facts import focus

    if not parties:
        return None
    named: set[str] = set()
    for name, columns in _PARTY_COLUMNS.items():
        frame = corpus.table(name)
        for column in columns:
            if column in frame.columns:
                named.update(str(v) for v in pd.unique(frame[column].dropna()))
    for probe, qa in (
        (pd.DataFrame({"party": sorted(named)}), None),
        (corpus.casualties.head(0), corpus.qa),
    ):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", UserWarning)
            focus(probe, parties, qa)
        notes = [str(w.message) for w in caught if str(w.message).startswith("focus: ")]
        if not notes:
            return None
    return "-p parties: " + notes[0].removeprefix("focus: ").replace(
        "this table or its corpus", "the corpus"
    )


#: Where the fact tables name parties.
_PARTY_COLUMNS = {
    "casualties": ("party",),
    "alliances": ("a", "b"),
    "demographics": ("subject",),
}


def _sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def write_data(corpus: CorpusTables, folder: Path) -> Path:
    """Write the report's data package: :func:`karabakh_nb.export`, CSVs gzipped.

    Args:
        corpus: The corpus, its tables built.
        folder: The report's ``data/`` folder.

    Returns:
        The path of ``datapackage.json``.
    """
    from ..export import DESCRIPTOR, export

    descriptor_path = export(corpus, folder)
    package: dict[str, Any] = json.loads(descriptor_path.read_text(encoding="utf-8"))
    for resource in package["resources"]:
        if resource.get("format") != "csv" or resource["path"].endswith(".gz"):
            continue
        plain = folder / resource["path"]
        data = gzip.compress(plain.read_bytes(), compresslevel=GZIP_LEVEL, mtime=0)
        packed = plain.with_name(plain.name + ".gz")
        packed.write_bytes(data)
        os.remove(plain)
        resource.update(path=packed.name, compression="gz", bytes=len(data), hash=_sha256(data))
    package["description"] += (
        " In a report folder the CSV files are gzipped (<table>.csv.gz); pandas, R and "
        "Frictionless read them as they are."
    )
    text = json.dumps(package, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    (folder / DESCRIPTOR).write_text(text, encoding="utf-8")
    return folder / DESCRIPTOR


def corpus_figures(corpus: CorpusTables) -> dict[str, Any]:
    """The corpus figures ``index.html`` lists: files, pairs, findings, rows per table."""
    from ..facts import KINDS

    qa = corpus.qa
    sources = list(dict.fromkeys(str(s) for s in qa["source"]))
    files = ", ".join(sources[:5]) + (f" and {len(sources) - 5:,} more" if len(sources) > 5 else "")
    out: dict[str, Any] = {
        "files": files,
        "Q&A pairs": len(qa),
        "answered": int(qa["answer"].notna().sum()),
        "data-quality findings": len(corpus.findings),
    }
    for kind in KINDS:
        out[f"{kind} rows"] = len(corpus.table(kind))
    out["reconciled casualty ranges"] = len(corpus.reconciled)
    return out
