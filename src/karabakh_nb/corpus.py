"""The corpus with each of its tables computed once: :class:`CorpusTables`.

One object stands for one corpus read with one set of parameters (the files, their
encoding, the publication date ``as_of``). Each table is computed the first time it is
asked for and kept, so ``check``, ``export``, the notebooks and the reports that need the
same table share one computation instead of starting again from the text. The tables
themselves come from the functions Python users call directly (:func:`read_corpus`,
:func:`extract`, :func:`reconcile_casualties`, :func:`check`); this module only keeps
their results.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd

from .dates import parse_as_of
from .errors import UsageError
from .facts import KINDS
from .parse import Block, Corpus, read_corpus, resolve_paths

__all__ = ["TABLES", "CorpusTables", "PathsLike", "open_corpus"]

#: The tables of a corpus, in the order they are listed and exported.
TABLES = ("qa", "timeline", "alliances", "demographics", "casualties", "reconciled", "findings")

PathsLike = str | Path | Iterable[str | Path] | None


class CorpusTables:
    """A corpus whose tables are computed on first use and then kept.

    Build one with :func:`open_corpus`, :meth:`from_qa` or :meth:`from_parsed`. The
    attributes ``qa``, ``orphans``, ``files``, ``timeline``, ``alliances``,
    ``demographics``, ``casualties``, ``reconciled`` and ``findings`` are computed once
    each (:func:`functools.cached_property`); treat the DataFrames as read-only, or
    ``.copy()`` them before changing them, since every later reader shares them.

    Attributes:
        encoding: Encoding of files without a byte-order mark (``None``: UTF-8).
        as_of: Publication date used for relative dates, or ``None``.
        paths: The files to read (resolved), or ``None`` when built from a table.
        scheduler: A Dask scheduler's address (or a ``distributed.Client``) to read the
            fact tables on a cluster, or ``None`` for this machine
            (:mod:`karabakh_nb.parallel`).

    Example:
        >>> import karabakh_nb as kn
        >>> corpus = kn.open_corpus()
        >>> len(corpus.qa), corpus.casualties is corpus.casualties
        (19, True)
    """

    def __init__(
        self,
        paths: PathsLike = None,
        encoding: str | None = None,
        as_of: dt.date | str | None = None,
        scheduler: Any = None,
    ) -> None:
        self.encoding = encoding
        self.as_of: dt.date | None = parse_as_of(as_of)
        self.scheduler: Any = scheduler
        # Resolved now, so a missing file is reported before any work is done.
        self.paths: list[Path] | None = resolve_paths(paths)

    @classmethod
    def from_parsed(cls, parsed: Corpus, as_of: dt.date | str | None = None) -> CorpusTables:
        """Wrap what :func:`karabakh_nb.read_corpus` returned.

        Args:
            parsed: A :class:`karabakh_nb.Corpus` (``qa``, ``orphans``, ``files``).
            as_of: Publication date for relative dates.

        Returns:
            The corpus; its ``qa``, ``orphans`` and ``files`` are those of ``parsed``.
        """
        self = cls.__new__(cls)
        self.encoding = None
        self.as_of = parse_as_of(as_of)
        self.scheduler = None
        self.paths = list(parsed.files) or None
        self.__dict__["parsed"] = parsed
        return self

    @classmethod
    def from_qa(
        cls,
        qa: pd.DataFrame,
        as_of: dt.date | str | None = None,
        orphans: Iterable[Block] = (),
    ) -> CorpusTables:
        """Wrap an existing ``qa`` table (read earlier, filtered, or built by hand).

        Args:
            qa: A ``qa`` table with at least ``id``, ``source``, ``line``,
                ``question``, ``answer`` and ``flags``.
            as_of: Publication date for relative dates.
            orphans: Orphan blocks to report in ``findings`` (default none).

        Returns:
            The corpus; ``files`` is empty, since no file was read.
        """
        return cls.from_parsed(Corpus(qa, list(orphans), []), as_of)

    def __repr__(self) -> str:
        files = "table" if self.paths is None else f"{len(self.paths)} files"
        as_of = "" if self.as_of is None else f", as_of={self.as_of.isoformat()}"
        return f"<CorpusTables of {files}{as_of}>"

    @cached_property
    def parsed(self) -> Corpus:
        """What :func:`karabakh_nb.read_corpus` returned for these files."""
        return read_corpus(self.paths, self.encoding)

    @property
    def qa(self) -> pd.DataFrame:
        """The ``qa`` table (CONTRACT.md section 3)."""
        return self.parsed.qa

    @property
    def orphans(self) -> list[Block]:
        """Blocks that belong to no pair (reported in ``findings``)."""
        return self.parsed.orphans

    @property
    def files(self) -> list[Path]:
        """The files read, in order (empty when built from a table)."""
        return self.parsed.files

    def _extract(self, kind: str) -> pd.DataFrame:
        if kind not in self.__dict__:
            self.compute((kind,))
        frame: pd.DataFrame = self.__dict__[kind]
        return frame

    def compute(
        self, kinds: Iterable[str] = (*KINDS, "unresolved_dates", "answer_findings")
    ) -> CorpusTables:
        """Read the fact tables not read yet in one pass over the pairs.

        One pass over slices of pairs reads every kind asked for, so the four tables
        together cost little more than the dearest one; on a large corpus the slices are
        shared out to one process per core, or to a Dask cluster with ``scheduler``
        (:mod:`karabakh_nb.parallel`). ``export`` and ``check`` call it; the properties
        read a single table when it is asked for first.

        Args:
            kinds: Fact kinds, ``unresolved_dates`` and ``answer_findings`` (default: all).

        Returns:
            The corpus itself.
        """
        from .parallel import fact_tables

        todo = [kind for kind in kinds if kind not in self.__dict__]
        if todo:
            tables = fact_tables(self.qa, todo, self.as_of, scheduler=self.scheduler)
            self.__dict__.update(tables)  # what the cached properties return from now on
        return self

    @cached_property
    def timeline(self) -> pd.DataFrame:
        """The ``timeline`` table, relative dates resolved against ``as_of``."""
        return self._extract("timeline")

    @cached_property
    def alliances(self) -> pd.DataFrame:
        """The ``alliances`` table."""
        return self._extract("alliances")

    @cached_property
    def demographics(self) -> pd.DataFrame:
        """The ``demographics`` table."""
        return self._extract("demographics")

    @cached_property
    def casualties(self) -> pd.DataFrame:
        """The ``casualties`` table."""
        return self._extract("casualties")

    @cached_property
    def reconciled(self) -> pd.DataFrame:
        """The casualties folded into one low/best/high range per (party, category)."""
        from .reconcile import reconcile_casualties

        return reconcile_casualties(self.casualties)

    @cached_property
    def unresolved_dates(self) -> pd.DataFrame:
        """Relative dates that need ``as_of`` (see :func:`unresolved_relative_dates`)."""
        return self._extract("unresolved_dates")

    @cached_property
    def answer_findings(self) -> pd.DataFrame:
        """The implausible figures and impossible dates of the answers (for ``findings``)."""
        return self._extract("answer_findings")

    @cached_property
    def findings(self) -> pd.DataFrame:
        """The data-quality findings (:func:`karabakh_nb.check`), from the kept tables."""
        from .check import check

        return check(self, as_of=self.as_of)

    def table(self, name: str) -> pd.DataFrame:
        """Return one table by name (one of :data:`TABLES`).

        Args:
            name: ``qa``, a fact table's kind, ``reconciled`` or ``findings``.

        Returns:
            The table, computed now if it was not yet.

        Raises:
            UsageError: ``name`` is not one of :data:`TABLES`.
        """
        if name not in TABLES:
            raise UsageError(f"unknown table {name!r}; choose one of {', '.join(TABLES)}")
        frame: pd.DataFrame = getattr(self, name)
        return frame

    def tables(self) -> dict[str, pd.DataFrame]:
        """Return every table, keyed by name in the order of :data:`TABLES`.

        Returns:
            ``{"qa": ..., "timeline": ..., ..., "findings": ...}``.
        """
        return {name: self.table(name) for name in TABLES}


def open_corpus(
    paths: PathsLike | pd.DataFrame | Corpus | CorpusTables = None,
    encoding: str | None = None,
    as_of: dt.date | str | None = None,
    scheduler: Any = None,
) -> CorpusTables:
    """Open a corpus whose tables are computed once, on first use.

    Args:
        paths: Files, folders or globs (default: the bundled seeds); or a ``qa``
            DataFrame, a :class:`karabakh_nb.Corpus` from :func:`read_corpus`, or a
            :class:`CorpusTables` (returned as it is).
        encoding: Encoding of files without a byte-order mark (default UTF-8); only with
            paths.
        as_of: Publication date (``YYYY-MM-DD``) to resolve "Last year", "Thursday".
        scheduler: A Dask scheduler's address (``"tcp://host:8786"``) or a
            ``distributed.Client``: the fact tables are read on that cluster (the ``dask``
            extra). Given with an opened corpus, it reads the tables not read yet.

    Returns:
        A :class:`CorpusTables`; nothing is read until a table is asked for.

    Raises:
        InputError: A path does not exist or matches no file.
        UsageError: ``as_of`` is not a date, or ``encoding`` / a different ``as_of`` is
            given with tables already read.

    Example:
        >>> import karabakh_nb as kn
        >>> corpus = kn.open_corpus(as_of="2021-02-15")
        >>> corpus.timeline is corpus.timeline
        True
    """
    if isinstance(paths, CorpusTables):
        when = parse_as_of(as_of)
        if encoding is not None or (when is not None and when != paths.as_of):
            raise UsageError(
                "encoding and as_of belong to the corpus already opened; "
                "pass them to open_corpus with the paths instead"
            )
        if scheduler is not None:
            paths.scheduler = scheduler
        return paths
    if isinstance(paths, pd.DataFrame | Corpus):
        if encoding is not None:
            raise UsageError("encoding applies to files only; this corpus is read already")
        if isinstance(paths, pd.DataFrame):
            opened = CorpusTables.from_qa(paths, as_of)
        else:
            opened = CorpusTables.from_parsed(paths, as_of)
        opened.scheduler = scheduler
        return opened
    return CorpusTables(paths, encoding, as_of, scheduler)
