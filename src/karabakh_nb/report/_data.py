"""The tables a report reads: render's data package, or the seeds when run on its own.

What belongs here: :class:`ReportTables` and :func:`open_tables`, reading a data package
back (:func:`read_package`) and reading the ``parties`` parameter
(:func:`normalise_parties`).

``karabakh-nb render`` builds every table once, before any notebook runs, and writes
them into the report folder's ``data/`` with :func:`karabakh_nb.export`; each notebook
gets ``data="data"`` and reads the Parquet copies it needs from there (each table on
first use). A notebook opened in JupyterLab on its own has ``data = None`` and builds
the tables from ``seeds`` with :func:`karabakh_nb.open_corpus` instead. Either way the
notebook sees the same tables under the same names.
"""

from __future__ import annotations

import datetime as dt
import json
import warnings
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd

from ..corpus import TABLES, PathsLike, open_corpus
from ..dates import parse_as_of
from ..errors import UsageError

__all__ = ["PAIRS_SHOWN", "ReportTables", "normalise_parties", "open_tables", "read_package"]

#: Pairs the corpus report shows (and so the pairs a ``qa_id`` link can point at).
PAIRS_SHOWN = 200
DESCRIPTOR = "datapackage.json"
MSG_NO_PACKAGE = (
    "no data package here ({reason}); pass the data/ folder that karabakh-nb render "
    "wrote, or data=None to build the tables from the seeds"
)
MSG_PARTIES = (
    "expected a party name or a list of names (e.g. Georgia or [Georgia, Russia]), got {got}"
)


def normalise_parties(parties: object) -> list[str] | None:
    """Read the ``parties`` parameter: one name or a list of names (``None``: every party).

    A single name is one party, never a list of its letters.

    Example:
        >>> normalise_parties("Argentina"), normalise_parties(["Georgia", " Russia "])
        (['Argentina'], ['Georgia', 'Russia'])

    Raises:
        UsageError: ``parties`` is neither a name nor a list of names.
    """
    if parties is None:
        return None
    items = [parties] if isinstance(parties, str) else parties
    if not isinstance(items, list | tuple):
        raise UsageError(MSG_PARTIES.format(got=f"{parties!r} ({type(parties).__name__})"))
    out = []
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise UsageError(MSG_PARTIES.format(got=f"{item!r} in {parties!r}"))
        out.append(item.strip())
    return out


def _descriptor(folder: Path) -> dict[str, Any]:
    if folder.exists() and not folder.is_dir():
        raise UsageError(MSG_NO_PACKAGE.format(reason="a file, not a folder"), folder)
    try:
        package: dict[str, Any] = json.loads((folder / DESCRIPTOR).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(MSG_NO_PACKAGE.format(reason=f"no {DESCRIPTOR}"), folder) from None
    except (OSError, ValueError) as exc:
        raise UsageError(MSG_NO_PACKAGE.format(reason=str(exc)), folder) from None
    return package


def _resource(package: Mapping[str, Any], name: str) -> dict[str, Any] | None:
    for resource in package.get("resources", []):
        if resource.get("name") == name:
            found: dict[str, Any] = resource
            return found
    return None


def _column(values: list[Any], type_: str) -> pd.Series:
    """One column read from Parquet, typed as the extractors type it in memory."""
    if type_ == "integer":
        return pd.Series(values, dtype="Int64" if None in values else "int64")
    if type_ == "number":
        return pd.Series(values, dtype="float64")
    if type_ == "boolean":
        return pd.Series(values, dtype="boolean" if None in values else "bool")
    return pd.Series(values, dtype=object)  # text (None when missing) and lists


def _read_parquet(folder: Path, package: Mapping[str, Any], name: str) -> pd.DataFrame:
    import pyarrow.parquet as pq

    resource = _resource(package, f"{name}-parquet")
    if resource is None:
        raise UsageError(MSG_NO_PACKAGE.format(reason=f"no table {name!r}"), folder)
    path = folder / resource["path"]
    try:
        arrow = pq.read_table(path)
    except OSError as exc:
        raise UsageError(MSG_NO_PACKAGE.format(reason=str(exc)), path) from None
    fields = resource.get("schema", {}).get("fields", [])
    types = {f["name"]: f.get("type", "string") for f in fields}
    columns = {
        column: _column(arrow.column(column).to_pylist(), types.get(column, "string"))
        for column in arrow.column_names
    }
    return pd.DataFrame(columns, columns=arrow.column_names)


def read_package(folder: str | Path, tables: Sequence[str] = TABLES) -> dict[str, pd.DataFrame]:
    """Read tables back from a data package written by :func:`karabakh_nb.export`.

    The Parquet copies are read, typed as in memory: integers (``Int64`` when some are
    missing), numbers, booleans, text (``None`` when missing) and lists as Python lists.

    Args:
        folder: The package's folder (holding ``datapackage.json``).
        tables: The tables to read (default: every table).

    Returns:
        ``{name: DataFrame}`` in the order asked for.

    Raises:
        UsageError: The folder holds no data package, or not one of the tables.
    """
    where = Path(folder)
    package = _descriptor(where)
    return {name: _read_parquet(where, package, name) for name in tables}


class ReportTables:
    """The tables one report reads, each loaded on first use and then kept.

    Attributes ``qa``, ``timeline``, ``alliances``, ``demographics``, ``casualties``,
    ``reconciled`` and ``findings`` are the tables of :data:`karabakh_nb.TABLES`.
    Build one with :func:`open_tables`.

    Attributes:
        parties: The parties in focus (``None``: every party).
        as_of: The publication date the tables were built with, or ``None``.
        data: The data package's folder as the report pages link it (``"data"``), or
            ``None`` when the tables were built from the seeds.
    """

    def __init__(
        self,
        load: Callable[[str], pd.DataFrame],
        *,
        parties: object = None,
        as_of: dt.date | str | None = None,
        data: str | None = None,
        csv_paths: Mapping[str, str] | None = None,
    ):
        self._load = load
        self._tables: dict[str, pd.DataFrame] = {}
        self.parties = normalise_parties(parties)
        self.as_of = parse_as_of(as_of)
        self.data = data
        self._csv = dict(csv_paths or {})

    def __repr__(self) -> str:
        where = f"data package {self.data}" if self.data else "tables built from the seeds"
        return f"<ReportTables: {where}>"

    def table(self, name: str) -> pd.DataFrame:
        """Return one table by name (one of :data:`karabakh_nb.TABLES`)."""
        if name not in TABLES:
            raise UsageError(f"unknown table {name!r}; choose one of {', '.join(TABLES)}")
        if name not in self._tables:
            self._tables[name] = self._load(name)
        return self._tables[name]

    qa = property(lambda self: self.table("qa"), doc="The ``qa`` table.")
    timeline = property(lambda self: self.table("timeline"), doc="The ``timeline`` table.")
    alliances = property(lambda self: self.table("alliances"), doc="The ``alliances`` table.")
    demographics = property(lambda self: self.table("demographics"), doc="``demographics``.")
    casualties = property(lambda self: self.table("casualties"), doc="The ``casualties`` table.")
    reconciled = property(lambda self: self.table("reconciled"), doc="Reconciled casualties.")
    findings = property(lambda self: self.table("findings"), doc="The data-quality findings.")

    @cached_property
    def sources(self) -> list[str]:
        """The input files, as the ``qa`` table's ``source`` names them, in order."""
        return [str(s) for s in pd.unique(self.qa["source"])]

    @cached_property
    def anchored(self) -> frozenset[str]:
        """Ids of the pairs the corpus report shows (the targets of ``qa_id`` links)."""
        return frozenset(str(i) for i in self.qa["id"].head(PAIRS_SHOWN))

    def csv_href(self, name: str) -> str | None:
        """The link to table ``name``'s full CSV from a report page, or ``None``."""
        path = self._csv.get(name)
        return None if self.data is None or path is None else f"{self.data}/{path}"

    def focus(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Keep the rows of a table that concern the parties in focus.

        The same as :func:`karabakh_nb.focus` with the corpus's ``qa``, computed once per
        distinct combination of what it reads (the party columns, the evidence and the
        question of the row's pair), so a large table of repeated statements stays quick.

        A party that a table never names gives no rows, silently: the report says which
        parties are in focus, and ``karabakh-nb render`` warns once, before any notebook
        runs, about a party named nowhere in the corpus.
        """
        from ..facts import focus

        read = [c for c in _FOCUS_READS if c in frame.columns]
        if not self.parties or frame.empty or not read:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)
                return focus(frame, self.parties, self.qa)
        columns = [frame[c].map(_hashable).tolist() for c in read if c != "qa_id"]
        qa = self.qa
        if "qa_id" in frame.columns:  # focus reads a pair's question, not its id
            questions = dict(zip(qa["id"].tolist(), qa["question"].tolist(), strict=True))
            columns.append([questions.get(i) for i in frame["qa_id"].tolist()])
        keys = pd.Series(list(zip(*columns, strict=True)), dtype=object)
        codes = pd.Series(pd.factorize(keys)[0])
        first = codes.drop_duplicates()
        distinct = frame.iloc[first.index][read].assign(_kn_code=first.to_numpy())
        ids = set(distinct["qa_id"]) if "qa_id" in distinct.columns else set()
        qa = qa.loc[qa["id"].isin(ids), ["id", "question"]]  # the questions focus reads
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            kept = set(focus(distinct, self.parties, qa)["_kn_code"])
        return frame[codes.isin(kept).to_numpy()].reset_index(drop=True)


#: The columns :func:`karabakh_nb.focus` reads to decide whether a row is kept.
_FOCUS_READS = ("party", "a", "b", "subject", "parties", "evidence", "qa_id")


def _hashable(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(_hashable(v) for v in value)
    if hasattr(value, "tolist") and getattr(value, "ndim", 0) == 1:
        return tuple(value.tolist())
    return value


def open_tables(
    data: str | Path | None = None,
    seeds: PathsLike = None,
    *,
    parties: object = None,
    as_of: dt.date | str | None = None,
    encoding: str | None = None,
) -> ReportTables:
    """Open the tables a report shows: from render's data package, or built from seeds.

    Args:
        data: The data package folder ``karabakh-nb render`` wrote (``data``, relative
            to the report folder); ``None`` builds the tables from ``seeds``.
        seeds: Q&A files, folders or globs (default: the bundled seeds); only without
            ``data``.
        parties: The parties in focus: a name or a list of names (``None``: every party).
        as_of: Publication date; with ``data`` it must be the one the package was built
            with.
        encoding: Encoding of the seeds (default UTF-8); only without ``data``.

    Returns:
        A :class:`ReportTables`; each table is read or built on first use.

    Raises:
        UsageError: ``data`` holds no data package, ``as_of`` differs from the package's,
            or ``parties`` is not a name or a list of names.

    Example:
        >>> corpus = open_tables(parties="Turkey")
        >>> corpus.parties, len(corpus.qa), corpus.csv_href("qa") is None
        (['Turkey'], 19, True)
    """
    if data is None:
        corpus = open_corpus(seeds, encoding, as_of)
        return ReportTables(corpus.table, parties=parties, as_of=corpus.as_of)
    folder = Path(data)
    package = _descriptor(folder)
    built = parse_as_of(package.get("parameters", {}).get("as_of"))
    wanted = parse_as_of(as_of)
    if wanted is not None and wanted != built:
        raise UsageError(
            f"the data package was built with as_of {built}, not {wanted}; "
            "render again with -p as_of, or pass data=None",
            folder,
        )
    csv_paths = {}
    for name in TABLES:
        resource = _resource(package, name)
        if resource is not None:
            csv_paths[name] = str(resource["path"])
    return ReportTables(
        lambda name: _read_parquet(folder, package, name),
        parties=parties,
        as_of=built,
        data=Path(data).as_posix(),
        csv_paths=csv_paths,
    )
