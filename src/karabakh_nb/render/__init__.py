"""Rendering the notebooks into HTML reports with papermill (``karabakh-nb render``).

A render checks every parameter and reads the seeds first, then builds every table of
the corpus once and writes them as a data package into the report folder (``data/``),
and only then starts the kernels: each notebook reads the tables it shows from
``data/`` (notebook parameter ``data``) instead of parsing the text again. Notebooks
run on this Python environment's own kernel (whatever kernels the user has
registered), two at a time, without cell time-outs; each is exported to HTML without
input cells and ``index.html`` links them. The first notebook that fails stops the
others and is reported as one line. Reports are written to a folder beside the output
and swapped in only when every notebook succeeded, so a failing render leaves the
previous reports intact; the failed run is kept in ``DIR.failed/``.

The package is split by job: ``_params`` (reading and checking parameters), ``_tables``
(building the tables and the report's data package), ``_execute`` (papermill, kernels,
HTML) and ``_progress`` (progress lines on stderr); this module runs them in order.
"""

from __future__ import annotations

import ast
import concurrent.futures
import contextlib
import functools
import gc
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..config import notebooks_dir
from ..errors import RenderError, UsageError
from ._execute import (
    KERNEL_DISPLAY_NAME,
    Run,
    Stopped,
    execute,
    strip_run_metadata,
    to_html,
    warm_html,
)
from ._output import (
    MARKER,
    OutputLock,
    check_output,
    clean_stale,
    failed_folder,
    make_staging,
    output_error,
    swap,
)
from ._params import (
    DATA_PARAMETER,
    check_encoding,
    check_parameters,
    notebook_parameters,
    parse_parameters,
)
from ._progress import Progress
from ._tables import build_tables, corpus_figures, unknown_parties, write_data

if TYPE_CHECKING:
    from ..corpus import CorpusTables

__all__ = [
    "DATA_FOLDER",
    "KERNEL_DISPLAY_NAME",
    "MARKER",
    "STATIC_ENV",
    "check_parameters",
    "notebook_parameters",
    "notebook_paths",
    "parse_parameters",
    "refresh_notebooks",
    "render",
]

#: Set in the environment of kernels that run without a live front end (reports, nbval):
#: interactive widgets then show a static note instead.
STATIC_ENV = "KARABAKH_NB_STATIC"
REPORT_TITLE = "Q&A evidence reports"
#: The data package's folder inside the reports folder (the notebooks' ``data``).
DATA_FOLDER = "data"


def notebook_paths(folder: str | Path | None = None) -> list[Path]:
    """Return the report notebooks (``NN-name.ipynb``) in reading order."""
    folder = Path(folder) if folder is not None else notebooks_dir()
    return sorted(p for p in folder.glob("[0-9][0-9]-*.ipynb") if p.is_file())


@contextlib.contextmanager
def _static_kernels() -> Iterator[None]:
    previous = os.environ.get(STATIC_ENV)
    os.environ[STATIC_ENV] = "1"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(STATIC_ENV, None)
        else:
            os.environ[STATIC_ENV] = previous


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """While a render runs in the main thread, SIGTERM stops it as Ctrl-C does."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def render(
    seeds: Sequence[str | Path] | None = None,
    parameters: Mapping[str, Any] | None = None,
    output: str | Path = "reports",
    *,
    encoding: str | None = None,
    progress: bool | TextIO = True,
    notebooks: Sequence[str | Path] | None = None,
    jobs: int = 2,
) -> Path:
    """Build the tables once, execute every notebook with papermill, write the HTML reports.

    Args:
        seeds: Q&A files, folders or globs to report on (default: the bundled seeds).
        parameters: Notebook parameters (``parties``, ``as_of``, ``figures_dir``...); an
            unknown name or a value of the wrong kind is a :class:`UsageError`.
        output: Folder for ``index.html``, one ``.html`` and one executed ``.ipynb`` per
            notebook and the data package in ``data/``. Written aside and swapped in
            only when every notebook succeeded; one render at a time per folder.
        encoding: Encoding of seeds without a byte-order mark (default UTF-8).
        progress: Print progress lines to stderr (or to the given stream).
        notebooks: Notebooks to run (default: the bundled ones).
        jobs: Notebooks executed at the same time.

    Returns:
        The path of ``index.html``.

    Raises:
        InputError: A seed cannot be read (checked before any notebook runs).
        UsageError: An unknown parameter or a bad value (checked before any notebook
            runs), a folder that cannot be written, or another render writing into it.
        RenderError: A notebook failed; names the notebook, the cell and where the failed
            run is kept.
        KeyboardInterrupt: Ctrl-C or SIGTERM: the kernels are stopped and the staging
            folder removed at once; the previous reports stay.

    Example:
        >>> import karabakh_nb.render as r
        >>> r.render(parameters={"parties": ["Georgia", "Russia"]}, output="out")  # doctest: +SKIP
    """
    stream = None if progress is False else (sys.stderr if progress is True else progress)
    bar = Progress(stream)
    sources = [Path(p) for p in notebooks] if notebooks is not None else notebook_paths()
    if not sources:
        raise RenderError(f"no notebooks found in {notebooks_dir()}")
    declared = {nb: notebook_parameters(nb) for nb in sources}
    known: dict[str, Any] = {}
    for names in declared.values():
        known.update(names)
    params = check_parameters(parameters, known, [str(s) for s in seeds] if seeds else None)
    check_encoding(encoding)
    output = Path(os.path.abspath(output))
    check_output(output)
    with _sigterm_interrupts(), OutputLock(output):
        clean_stale(output)
        _render_locked(
            sources, declared, known, params, dict(parameters or {}), encoding, output, bar, jobs
        )
    bar.say(f"done: open {output / 'index.html'}")
    return output / "index.html"


MSG_DEFAULT_PARTIES = (
    " (the notebooks' default focus; choose yours with -p parties '[A, B]', or "
    "-p parties '[]' for every party)"
)


def _default_parties(declared: Mapping[Path, Mapping[str, Any]]) -> list[str] | None:
    """The ``parties`` a notebook's parameters cell sets by default (its source text read)."""
    from ..report import normalise_parties

    for names in declared.values():
        if "parties" in names:
            try:
                return normalise_parties(ast.literal_eval(str(names["parties"])))
            except (ValueError, SyntaxError, TypeError, UsageError):
                return None
    return None


def _render_locked(
    sources: Sequence[Path],
    declared: Mapping[Path, Mapping[str, Any]],
    known: Mapping[str, Any],
    params: dict[str, Any],
    given: Mapping[str, Any],
    encoding: str | None,
    output: Path,
    bar: Progress,
    jobs: int,
) -> None:
    from ..corpus import open_corpus

    corpus = open_corpus(params.get("seeds"), encoding, params.get("as_of"))
    staging = make_staging(output)
    failed = failed_folder(output)
    notebooks = _Notebooks(sources, declared, params, staging, failed, bar, jobs)

    early = functools.partial(_start_early, notebooks, corpus)
    try:
        build_tables(corpus, bar, after_qa=early)  # bad input fails before any cell
        parties = params["parties"] if "parties" in params else _default_parties(declared)
        note = unknown_parties(corpus, parties)
        if note and "parties" not in params:
            # The notebooks' own focus, made for the bundled seeds, on a corpus of its own.
            note += MSG_DEFAULT_PARTIES
    except BaseException:
        notebooks.cancel()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if note:
        bar.say(f"note: {note}")
    try:
        began = time.perf_counter()
        with bar.step("writing the data package ..."):
            try:
                write_data(corpus, staging / DATA_FOLDER)
            except UsageError as exc:  # export's message names the staging folder
                raise UsageError(exc.message, f"-o {output}") from None
        size = sum(p.stat().st_size for p in (staging / DATA_FOLDER).iterdir())
        took = time.perf_counter() - began
        bar.say(f"data package written ({size / 1e6:.1f} MB, {took:.1f} s)")
        summary = corpus_figures(corpus)
        del corpus, early  # the partial holds the corpus too
        gc.collect()  # the kernels read the tables from data/; free the memory for them
        titles = notebooks.finish()
        links = [
            (f"{s.stem}.html", titles[s.name], f"executed notebook: {s.name}") for s in sources
        ]
        links.append(
            (
                f"{DATA_FOLDER}/datapackage.json",
                "Data package",
                f"every table in full, as gzipped CSV and Parquet, under {DATA_FOLDER}/",
            )
        )
        from ..report import index_page

        shown = {**_defaults(known), **{k: v for k, v in params.items() if k in known}}
        shown.pop(DATA_PARAMETER, None)
        for name, value in given.items():  # paths as the user gave them, never made absolute
            if isinstance(value, str) and shown.get(name) == os.path.abspath(value) != value:
                shown[name] = value
        if encoding:
            shown["encoding"] = encoding
        page = index_page(REPORT_TITLE, dict(sorted(shown.items())), summary, links)
        (staging / "index.html").write_text(page, encoding="utf-8")
        (staging / MARKER).write_text("reports written by karabakh-nb render\n", encoding="utf-8")
    except (KeyboardInterrupt, UsageError):  # stopped, or the folder cannot be written
        notebooks.cancel()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    except OSError as exc:
        notebooks.cancel()
        shutil.rmtree(staging, ignore_errors=True)
        raise output_error(output, exc) from None
    except BaseException:
        notebooks.cancel()
        shutil.rmtree(failed, ignore_errors=True)
        with contextlib.suppress(OSError):
            staging.rename(failed)
        raise
    swap(staging, output)


def _start_early(notebooks: _Notebooks, corpus: CorpusTables) -> None:
    """Start the first kernels while the tables are built, on the core reading leaves idle.

    Not when the fact tables are read by forked processes: no fork while threads run.
    """
    from ..parallel import worker_count

    if worker_count(len(corpus.qa)) == 1:
        notebooks.start()


#: Kernels kept warm per notebook run at a time: they boot while others run, and wait.
WARM_KERNELS = 2


class _Notebooks:
    """The notebooks of one render, executed ``jobs`` at a time in threads.

    :meth:`start` may come early, while the tables are still built: the first kernels
    then boot and wait (:meth:`Run.hold`) until :meth:`finish` lets them run, prints the
    progress lines and waits for every notebook; the first failure stops the others.
    :meth:`cancel` stops whatever was started. More kernels boot than run (a warm pool,
    at most ``WARM_KERNELS * jobs + 1`` threads): notebook n's kernel boots once notebook
    n - jobs runs, so it is up when a place frees, and a page is written while the next
    notebook runs.
    """

    def __init__(
        self,
        sources: Sequence[Path],
        declared: Mapping[Path, Mapping[str, Any]],
        params: Mapping[str, Any],
        staging: Path,
        failed: Path,
        bar: Progress,
        jobs: int,
    ) -> None:
        self.sources, self.declared, self.params = sources, declared, params
        self.staging, self.failed, self.bar, self.jobs = staging, failed, bar, jobs
        self.run = Run(slots=max(1, jobs))
        self.run.hold()
        self.titles: dict[str, str] = {}
        self.futures: list[concurrent.futures.Future[None]] = []
        self.pool: concurrent.futures.ThreadPoolExecutor | None = None
        self.static = contextlib.ExitStack()
        # Notebook n's kernel boots once notebook n - jobs runs: the first kernels boot
        # alone, the warm ones while notebooks run (never all at once on a busy machine).
        self.began = [threading.Event() for _ in sources]

    def _run_one(self, number: int, source: Path) -> None:
        run, total = self.run, len(self.sources)
        if number > self.jobs:
            while not self.began[number - 1 - self.jobs].wait(0.05) and not run.stopped.is_set():
                pass
        if run.stopped.is_set():
            raise Stopped(source.name)
        started = [time.perf_counter()]

        def announce() -> None:  # once the kernel is up and the notebook may run
            started[0] = time.perf_counter()  # a warm kernel: from when its notebook runs
            self.began[number - 1].set()
            self.bar.say(f"[{number}/{total}] {source.name}: running")

        mine = {k: v for k, v in self.params.items() if k in self.declared[source]}
        if DATA_PARAMETER in self.declared[source]:
            mine[DATA_PARAMETER] = DATA_FOLDER
        executed = self.staging / source.name
        shown_at = self.failed / source.name
        execute(source, executed, mine, run, cwd=self.staging, shown_at=shown_at, on_ready=announce)
        import nbformat

        nb = nbformat.read(executed, as_version=4)
        strip_run_metadata(nb)
        nbformat.write(nb, executed)
        self.titles[source.name] = to_html(nb, self.staging / f"{source.stem}.html", source.stem)
        took = time.perf_counter() - started[0]
        self.bar.say(f"[{number}/{total}] {source.name}: done in {took:.1f} s")

    def start(self) -> None:
        """Start the threads (and so the first kernels); their notebooks wait for finish."""
        if self.pool is not None:
            return
        self.static.enter_context(_static_kernels())
        warm = min(len(self.sources), WARM_KERNELS * max(1, self.jobs) + 1)
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=warm)
        self.futures = [
            self.pool.submit(self._run_one, i, s) for i, s in enumerate(self.sources, 1)
        ]

    def cancel(self) -> None:
        """Stop the kernels started and the notebooks not yet run."""
        self.run.stop()
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        self.static.close()

    def finish(self) -> dict[str, str]:
        """Run every notebook (starting them now if not yet); return their titles."""
        total, run = len(self.sources), self.run
        self.bar.say(f"running {total} notebooks, {self.jobs} at a time")
        began = time.perf_counter()
        self.start()
        assert self.pool is not None
        run.release()
        try:
            with contextlib.suppress(Exception):  # a broken export fails on the pages
                warm_html()  # while the kernels run: the first page is written sooner
            done, _ = concurrent.futures.wait(
                self.futures, return_when=concurrent.futures.FIRST_EXCEPTION
            )
            errors = [f.exception() for f in self.futures if f in done and f.exception()]
            if errors:
                run.stop()
        except BaseException:  # Ctrl-C: stop the kernels, then leave
            run.stop()
            raise
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.static.close()
        first = next((e for e in errors if not isinstance(e, Stopped)), None)
        if first is not None:
            raise first
        self.bar.say(f"notebooks done in {time.perf_counter() - began:.1f} s")
        return self.titles


def _defaults(known: Mapping[str, Any]) -> dict[str, Any]:
    """Turn the parameters cell's default source text ("None", '["Armenia"]') into values."""
    out = {}
    for name, text in sorted(known.items()):
        try:
            out[name] = ast.literal_eval(str(text))
        except (ValueError, SyntaxError):
            out[name] = text
    return out


def refresh_notebooks(folder: str | Path | None = None) -> list[Path]:
    """Re-execute the committed notebooks in place from clean kernels (``make notebooks``).

    Each runs on its own, as in JupyterLab (``data = None``: it builds its tables from
    the bundled seeds), and is stored with its outputs and without run metadata.
    """
    sources = notebook_paths(folder)
    run = Run()
    with _static_kernels(), tempfile.TemporaryDirectory() as tmp:
        for source in sources:
            print(f"refreshing {source.name}", file=sys.stderr, flush=True)
            executed = Path(tmp) / source.name
            execute(source, executed, {}, run, cwd=source.parent)
            import nbformat

            nb = nbformat.read(executed, as_version=4)
            strip_run_metadata(nb)
            nbformat.write(nb, source)
    return sources
