"""Reading the fact tables of a corpus slice by slice: in this process, a pool, or Dask.

What belongs here: the one way the package runs in parallel. The tables of a slice of
pairs are a pure function of the slice (:func:`slice_tables`), so a corpus is cut into
slices of consecutive pairs, each slice is read on its own, and the slices' tables are
put back together in input order (:func:`fact_tables`), which gives the very table a
single pass gives. Where a table needs the whole corpus (the sides a file names most
often, for the mediators of ``alliances``), the slices are read in two rounds with that
context computed in between.

Three ways to run the slices, the same function each time:

- **in this process**, for small corpora (fewer than :func:`parallel_min_pairs` pairs),
  inside a worker process already, and where processes cannot be forked (not Linux);
- **a local process pool** (:class:`concurrent.futures.ProcessPoolExecutor` with the
  ``fork`` start method), one process per core: forked workers need no
  ``if __name__ == "__main__"`` guard and no importable ``__main__``, so a plain script,
  code piped to ``python -``, a notebook and a test all work alike;
- **a Dask cluster** (``scheduler="tcp://host:8786"`` or a ``distributed.Client``; the
  optional ``dask`` extra): the pairs become a Dask DataFrame and each of its partitions
  is one slice.

Two environment variables tune the local pool: ``KARABAKH_NB_WORKERS`` (processes; ``1``
never starts a pool) and ``KARABAKH_NB_PARALLEL_MIN_PAIRS`` (the corpus size from which
the pool is used, default 20,000).
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import gc
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pandas as pd

from .errors import UsageError

__all__ = [
    "MIN_PAIRS_ENV",
    "PAIR_COLUMNS",
    "WORKERS_ENV",
    "fact_tables",
    "map_forked",
    "parallel_min_pairs",
    "slice_tables",
    "worker_count",
]

#: Environment variable: the number of pairs from which a local pool is used.
MIN_PAIRS_ENV = "KARABAKH_NB_PARALLEL_MIN_PAIRS"
#: Environment variable: the number of local worker processes (``1``: never a pool).
WORKERS_ENV = "KARABAKH_NB_WORKERS"
PARALLEL_MIN_PAIRS = 20_000
#: The columns of ``qa`` the extractors read; a slice carries only these.
PAIR_COLUMNS = ("id", "source", "line", "question", "answer")
#: Pairs per slice: small enough that an answer's annotations, cached per answer text, are
#: still in the cache when the next table of the same slice reads it.
SLICE_PAIRS = 1_000
#: Pairs read before the pool is forked, to load what every slice needs once.
WARM_PAIRS = 100
#: The tables :func:`slice_tables` can read besides the four kinds (for ``check``).
UNRESOLVED = "unresolved_dates"
ANSWER_FINDINGS = "answer_findings"
#: How the last local run went: ``workers`` (processes; 1 when read here) and ``slices``.
#: For tests and benchmarks; nothing reads it.
last_run: dict[str, int] = {"workers": 0, "slices": 0}

#: Allocations between two collections of the youngest generation while tables are read
#: (Python's default is 700). Reading a slice makes millions of small objects that live
#: (cached mentions, rows): at the default, the collector walked every live object again
#: and again and took a quarter of the time; the objects are the same either way.
GC_THRESHOLD = (50_000, 20, 20)

#: How long to wait for a Dask scheduler to answer.
CONNECT_TIMEOUT = "10s"
MSG_NO_DASK = (
    "a scheduler needs Dask; install the dask extra (pip install 'karabakh-nb[dask]') "
    "or leave out --scheduler"
)
MSG_BROKEN_POOL = "a worker process died (out of memory?); try fewer with KARABAKH_NB_WORKERS=1"
MSG_NO_SCHEDULER = "cannot reach the Dask scheduler {address!r} ({reason}); check the address"


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return max(1, int(value))
    except ValueError:
        raise UsageError(f"{name}={value!r} is not a whole number; unset it or give one") from None


def parallel_min_pairs() -> int:
    """The corpus size from which a local pool is used (``KARABAKH_NB_PARALLEL_MIN_PAIRS``)."""
    return _env_int(MIN_PAIRS_ENV, PARALLEL_MIN_PAIRS)


def _in_worker() -> bool:
    # A process started by multiprocessing (a pool's worker, a Dask worker) reads its
    # slice itself: a pool inside a pool would only multiply processes.
    return multiprocessing.parent_process() is not None


def worker_count(pairs: int, workers: int | None = None) -> int:
    """The number of local processes for a corpus of ``pairs`` pairs.

    Args:
        pairs: The corpus size.
        workers: An explicit number (``None``: ``KARABAKH_NB_WORKERS``, else one per
            core once the corpus has :func:`parallel_min_pairs` pairs).

    Returns:
        ``1`` to read in this process, else the pool's size.
    """
    if not sys.platform.startswith("linux") or pairs < 2:
        return 1  # fork is Linux's; elsewhere (and for one pair) read in this process
    if workers is not None:
        return max(1, min(workers, pairs))
    if _in_worker():
        return 1
    if WORKERS_ENV in os.environ:
        return min(_env_int(WORKERS_ENV, 1), pairs)
    if pairs < parallel_min_pairs():
        return 1
    return max(1, len(os.sched_getaffinity(0)))


def _bounds(n: int, parts: int) -> list[tuple[int, int]]:
    size = -(-n // max(1, parts)) if n else 1
    return [(i, min(i + size, n)) for i in range(0, n, size)]


def _pairs(qa: pd.DataFrame) -> pd.DataFrame:
    columns = [c for c in PAIR_COLUMNS if c in qa.columns]
    # Plain Python objects: the extractors walk the columns cell by cell, which is slow on
    # Arrow-backed text.
    return qa[columns].astype(object).reset_index(drop=True)


def map_forked(
    func: Callable[..., Any], tasks: Sequence[tuple[Any, ...]], workers: int
) -> list[Any]:
    """``[func(*task) for task in tasks]``, the first task here and the rest in a pool.

    The pool's processes are forked (as :class:`_Local`'s), so ``func`` may read what this
    process holds (a file's text) without it being sent; only the results travel back.

    Raises:
        UsageError: A worker process died.
    """
    if workers <= 1 or len(tasks) < 2:
        return [func(*task) for task in tasks]
    gc.freeze()
    context = multiprocessing.get_context("fork")
    try:
        with concurrent.futures.ProcessPoolExecutor(
            min(workers, len(tasks) - 1), mp_context=context
        ) as pool:
            futures = [pool.submit(func, *task) for task in tasks[1:]]
            first = func(*tasks[0])
            return [first, *(future.result() for future in futures)]
    except concurrent.futures.process.BrokenProcessPool:
        raise UsageError(MSG_BROKEN_POOL) from None
    finally:
        gc.unfreeze()


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the block with the collector's :data:`GC_THRESHOLD`, then restore the caller's."""
    old = gc.get_threshold()
    gc.set_threshold(*(max(a, b) for a, b in zip(old, GC_THRESHOLD, strict=True)))
    try:
        yield
    finally:
        gc.set_threshold(*old)


# ---- the pure functions of a slice ---------------------------------------------------
def slice_tables(
    pairs: pd.DataFrame, kinds: Sequence[str], as_of: dt.date | None = None
) -> dict[str, Any]:
    """The tables of one slice of pairs (the first round for ``alliances``).

    Args:
        pairs: Consecutive pairs of a ``qa`` table (``id``, ``question``, ``answer``, and
            ``source`` for ``alliances``).
        kinds: Fact kinds, and for ``check`` ``unresolved_dates`` (the relative dates it
            lists) and ``answer_findings`` (implausible figures, impossible dates).
        as_of: Publication date.

    Returns:
        One table per kind; for ``alliances`` the rows before their sides are settled
        (:func:`karabakh_nb.rules.merge.settle_alliances` finishes them), and under
        ``alliances:named`` how often the slice's files name each state and side, under
        ``alliances:needing`` its pairs whose mediators need those sides.
    """
    with _fewer_collections():  # also where the slice runs alone (a Dask worker)
        return _slice_tables(pairs, kinds, as_of)


def _slice_tables(
    pairs: pd.DataFrame, kinds: Sequence[str], as_of: dt.date | None
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for kind in kinds:
        if kind == "timeline":
            from .timeline import extract_timeline

            out[kind] = extract_timeline(pairs, as_of=as_of)
        elif kind == "alliances":
            from .alliances._extract import alliance_rows
            from .rules.merge import named_counts, pairs_needing_sides

            out[kind] = alliance_rows(pairs)
            out[f"{kind}:named"] = named_counts(pairs)
            out[f"{kind}:needing"] = pairs_needing_sides(pairs)
        elif kind == "demographics":
            from .demographics import extract_demographics

            out[kind] = extract_demographics(pairs)
        elif kind == "casualties":
            from .casualties import extract_casualties

            out[kind] = extract_casualties(pairs, as_of=as_of)
        elif kind == UNRESOLVED:
            from .timeline import unresolved_relative_dates

            out[kind] = unresolved_relative_dates(pairs, as_of=as_of)
        elif kind == ANSWER_FINDINGS:
            from .check import answer_findings

            out[kind] = answer_findings(pairs, as_of=as_of)
        else:
            raise UsageError(f"unknown kind {kind!r}")
    return out


def _settle_slice(pairs: pd.DataFrame, known: pd.DataFrame, sides: dict[str, Any]) -> pd.DataFrame:
    from .rules.merge import settle_alliances

    with _fewer_collections():
        return settle_alliances(known, pairs, sides)


# ---- the ways to run them ---------------------------------------------------------------
class _Runner:
    """Runs a function on every slice, returning the results in slice order."""

    slices: list[Any]

    def map(self, func: Callable[..., Any], *per_slice: Sequence[Any]) -> list[Any]:
        raise NotImplementedError


#: The slices of the local pool being read, set before its processes are forked: a worker
#: takes its slice from here by number instead of being sent it (a slice of 1,000 pairs
#: pickles to about 0.3 MB, and it is read twice, once for ``alliances``' sides).
_forked_slices: list[pd.DataFrame] = []


def _on_slice(func: Callable[..., Any], index: int, *rest: Any) -> Any:
    return func(_forked_slices[index], *rest)


class _Local(_Runner):
    def __init__(self, pairs: pd.DataFrame, workers: int) -> None:
        self.workers = workers
        parts = -(-len(pairs) // SLICE_PAIRS)
        if workers > 1:
            parts = max(parts, workers * 4)  # a few slices a worker evens out their load
        self.slices = [pairs.iloc[a:b] for a, b in _bounds(len(pairs), parts)] or [pairs]
        self.pool: concurrent.futures.ProcessPoolExecutor | None = None

    def map(self, func: Callable[..., Any], *per_slice: Sequence[Any]) -> list[Any]:
        tasks = list(zip(self.slices, *per_slice, strict=True))
        last_run.update(workers=1, slices=len(tasks))
        if self.workers <= 1 or len(tasks) < 2:
            return [func(*task) for task in tasks]
        last_run["workers"] = self.workers
        if self.pool is None:
            # A few pairs are read here first: that loads the lexicons and compiles the
            # rules once, before the fork, so every worker starts with them.
            head, *rest_of_task = tasks[0]
            func(head.iloc[:WARM_PAIRS], *rest_of_task)
            from .rules.engine import compile_rules

            compile_rules()  # rules compile on first use: all of them, once, here
            _forked_slices[:] = self.slices  # the workers, forked below, hold them
            gc.freeze()  # objects of the parent are not copied into each worker by the GC
            context = multiprocessing.get_context("fork")
            self.pool = concurrent.futures.ProcessPoolExecutor(self.workers, mp_context=context)
        try:
            # The other slices are sent to the pool at once (by number); the first is read
            # here meanwhile (the pool's results come back in order).
            rest = self.pool.map(
                _on_slice,
                [func] * (len(tasks) - 1),
                range(1, len(tasks)),
                *(column[1:] for column in per_slice),
            )
            first = func(*tasks[0])
            return [first, *rest]
        except concurrent.futures.process.BrokenProcessPool:
            raise UsageError(MSG_BROKEN_POOL) from None

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()
            _forked_slices.clear()
            gc.unfreeze()


class _Dask(_Runner):
    def __init__(self, pairs: pd.DataFrame, client: Any) -> None:
        import dask
        import dask.dataframe as dd

        self.client = client
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        parts = max(workers * 2, -(-len(pairs) // SLICE_PAIRS))
        with dask.config.set({"dataframe.convert-string": False}):
            frame = dd.from_pandas(pairs, npartitions=max(1, min(parts, len(pairs))), sort=False)
        self.slices = list(frame.to_delayed())

    def map(self, func: Callable[..., Any], *per_slice: Sequence[Any]) -> list[Any]:
        import dask

        call = dask.delayed(func, pure=True)
        tasks = [call(*task) for task in zip(self.slices, *per_slice, strict=True)]
        futures = self.client.compute(tasks)
        return list(self.client.gather(futures))


@contextmanager
def _client(scheduler: Any) -> Iterator[Any]:
    if not isinstance(scheduler, str):
        yield scheduler  # a distributed.Client the caller opened (and closes)
        return
    try:
        from distributed import Client
    except ImportError:
        raise UsageError(MSG_NO_DASK) from None
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UsageError(MSG_NO_SCHEDULER.format(address=scheduler, reason=reason)) from None
    try:
        yield client
    finally:
        client.close()


@contextmanager
def _runner(pairs: pd.DataFrame, workers: int | None, scheduler: Any) -> Iterator[_Runner]:
    if scheduler is not None:
        with _client(scheduler) as client:
            yield _Dask(pairs, client)
        return
    local = _Local(pairs, worker_count(len(pairs), workers))
    try:
        yield local
    finally:
        local.close()


# ---- putting the slices back together --------------------------------------------------
def _concat(parts: list[pd.DataFrame]) -> pd.DataFrame:
    full = [p for p in parts if not p.empty]
    if len(full) == 1:
        return full[0].reset_index(drop=True)
    if not full:
        return parts[0].reset_index(drop=True)
    return pd.concat(full, ignore_index=True)


def _timeline(parts: list[pd.DataFrame]) -> pd.DataFrame:
    # Each slice is sorted by (date, pair, position); a stable sort on the date alone of
    # the slices in order gives the order of the whole corpus.
    frame = _concat(parts)
    if sum(not p.empty for p in parts) > 1:
        frame = frame.sort_values("date", kind="stable").reset_index(drop=True)
    return frame


def fact_tables(
    qa: pd.DataFrame,
    kinds: Sequence[str],
    as_of: dt.date | None = None,
    *,
    workers: int | None = None,
    scheduler: Any = None,
) -> dict[str, pd.DataFrame]:
    """Read several tables of a ``qa`` table at once, slice by slice.

    Args:
        qa: The ``qa`` table.
        kinds: Fact kinds (and ``unresolved_dates``), each read once.
        as_of: Publication date.
        workers: Local processes (default: see :func:`worker_count`).
        scheduler: A Dask scheduler's address or a ``distributed.Client``: the slices run
            on that cluster instead.

    Returns:
        One table per kind, the same whatever the slices and wherever they ran.

    Raises:
        UsageError: A scheduler without Dask installed, or one that cannot be reached.

    Example:
        >>> import karabakh_nb as kn
        >>> tables = fact_tables(kn.load(), ["alliances", "casualties"], workers=1)
        >>> tables["alliances"].equals(kn.extract(kn.load(), "alliances"))
        True
    """
    pairs = _pairs(qa)
    with _fewer_collections(), _runner(pairs, workers, scheduler) as run:
        parts = run.map(slice_tables, [tuple(kinds)] * len(run.slices), [as_of] * len(run.slices))
        out: dict[str, pd.DataFrame] = {}
        for kind in kinds:
            tables = [part[kind] for part in parts]
            if kind == "alliances":
                named = [part[f"{kind}:named"] for part in parts]
                needing = [i for part in parts for i in part[f"{kind}:needing"]]
                out[kind] = _alliances(run, pairs, tables, named, needing)
            elif kind == "timeline":
                out[kind] = _timeline(tables)
            else:
                out[kind] = _concat(tables)
    return out


def _alliances(
    run: _Runner,
    pairs: pd.DataFrame,
    known: list[pd.DataFrame],
    named: list[Any],
    needing: list[str],
) -> pd.DataFrame:
    from .rules.merge import sides_of_pairs

    counts: dict[str, dict[Any, int]] = {}
    for part in named:
        for src, per_file in part.items():
            total = counts.setdefault(src, {})
            for key, n in per_file.items():
                total[key] = total.get(key, 0) + n
    sides = sides_of_pairs(_concat(known), pairs, counts, needing)
    if len(known) == 1:
        table = _settle_slice(pairs, known[0], sides)
    else:
        # Each slice gets the sides of its own pairs (a Dask partition, whose pairs are
        # not known here, the whole mapping): sending all of them to every slice made
        # the pickles grow with the square of the corpus.
        per_slice = [
            {i: sides[i] for i in part["id"] if i in sides}
            if isinstance(part, pd.DataFrame)
            else sides
            for part in run.slices
        ]
        table = _concat(run.map(_settle_slice, known, per_slice))
    # Text columns as plain objects, as in the other tables, however the slices fell.
    return table.astype(object)
