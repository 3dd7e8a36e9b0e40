"""Rendering the notebooks into HTML reports with papermill (``karabakh-nb render``).

Every bundled notebook is executed with papermill on this Python environment's
own kernel (whatever kernels the user has registered), then exported to HTML
without input cells; ``index.html`` links them. Reports are written to a
folder beside the output and swapped in only when every notebook succeeded,
so a failing render leaves the previous reports intact.

The package is split by job: ``_params`` (reading the parameters), ``_execute``
(papermill, kernels, HTML) and ``_progress`` (progress lines on stderr); this module
runs them in order.
"""

from __future__ import annotations

import ast
import concurrent.futures
import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

import nbformat

from ..config import notebooks_dir
from ..errors import RenderError, UsageError
from ._execute import KERNEL_DISPLAY_NAME, execute, strip_run_metadata, to_html
from ._params import notebook_parameters, parse_parameters
from ._progress import Progress

__all__ = [
    "KERNEL_DISPLAY_NAME",
    "MARKER",
    "STATIC_ENV",
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
#: Written into every reports folder; only such a folder (or an empty one) is replaced.
MARKER = ".karabakh-nb-reports"


def notebook_paths(folder: str | Path | None = None) -> list[Path]:
    """Return the report notebooks (``NN-name.ipynb``) in reading order."""
    folder = Path(folder) if folder is not None else notebooks_dir()
    return sorted(p for p in folder.glob("[0-9][0-9]-*.ipynb") if p.is_file())


def _summary(seeds: Sequence[str] | None, parameters: Mapping[str, Any]) -> dict[str, Any]:
    from ..check import check
    from ..facts import KINDS, extract
    from ..parse import read_corpus

    corpus = read_corpus(seeds)
    qa = corpus.qa
    as_of = parameters.get("as_of")
    out: dict[str, Any] = {
        "files": ", ".join(p.name for p in corpus.files),
        "Q&A pairs": len(qa),
        "answered": int(qa["answer"].notna().sum()),
        "data-quality findings": len(check(corpus, as_of=as_of)),
    }
    for kind in KINDS:
        out[f"{kind} rows"] = len(extract(qa, kind, as_of=as_of))
    return out


def _resolve_seed_paths(seeds: Sequence[str | Path] | None) -> list[str] | None:
    if not seeds:
        return None
    out = []
    for seed in seeds:
        text = str(seed)
        out.append(text if os.path.isabs(text) else os.path.abspath(text))
    return out


def render(
    seeds: Sequence[str | Path] | None = None,
    parameters: Mapping[str, Any] | None = None,
    output: str | Path = "reports",
    *,
    progress: bool | TextIO = True,
    notebooks: Sequence[str | Path] | None = None,
    jobs: int = 2,
) -> Path:
    """Execute every notebook with papermill and write the HTML reports.

    Args:
        seeds: Q&A files, folders or globs to report on (default: the bundled seeds).
        parameters: Notebook parameters (``parties``, ``as_of``, ``figures_dir``...); an
            unknown name is a :class:`UsageError`.
        output: Folder for ``index.html``, one ``.html`` and one executed ``.ipynb`` per
            notebook. Written aside and swapped in only when every notebook succeeded.
        progress: Print progress lines to stderr (or to the given stream).
        notebooks: Notebooks to run (default: the bundled ones).
        jobs: Notebooks executed at the same time.

    Returns:
        The path of ``index.html``.

    Raises:
        InputError: A seed cannot be read (checked before any notebook runs).
        UsageError: An unknown parameter.
        RenderError: A notebook failed; names the notebook and the cell.

    Example:
        >>> import karabakh_nb.render as r
        >>> r.render(parameters={"parties": ["Georgia", "Russia"]}, output="out")  # doctest: +SKIP
    """
    from ..parse import read_corpus

    stream = None if progress is False else (sys.stderr if progress is True else progress)
    sources = [Path(p) for p in notebooks] if notebooks is not None else notebook_paths()
    if not sources:
        raise RenderError(f"no notebooks found in {notebooks_dir()}")
    known: dict[str, Any] = {}
    for nb in sources:
        known.update(notebook_parameters(nb))
    params = dict(parameters or {})
    for name in params:
        if name not in known:
            raise UsageError(
                f"unknown parameter {name!r}; the notebooks take {', '.join(sorted(known))}"
            )
    seed_paths = _resolve_seed_paths(seeds)
    if seed_paths is not None:
        params["seeds"] = seed_paths
    elif isinstance(params.get("seeds"), str | list):
        params["seeds"] = _resolve_seed_paths(
            [params["seeds"]] if isinstance(params["seeds"], str) else params["seeds"]
        )
    if isinstance(params.get("figures_dir"), str):
        params["figures_dir"] = os.path.abspath(params["figures_dir"])
    read_corpus(params.get("seeds"))  # bad input fails here, before any kernel starts

    output = Path(output).resolve()
    _check_output(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
    bar = Progress(len(sources), stream)
    bar.say(f"rendering {len(sources)} notebooks into {output} ...")
    previous = os.environ.get(STATIC_ENV)
    os.environ[STATIC_ENV] = "1"
    titles: dict[str, str] = {}
    try:

        def run_one(source: Path) -> None:
            started = time.perf_counter()
            bar.say(f"  executing {source.name}")
            executed = staging / source.name
            execute(source, executed, params)
            titles[source.name] = to_html(executed, staging / f"{source.stem}.html")
            bar.finished(source.name, time.perf_counter() - started)

        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            futures = [pool.submit(run_one, s) for s in sources]
            for future in futures:
                future.result()
        shown = dict(sorted(params.items()))
        links = [
            (f"{s.stem}.html", titles[s.name], f"executed notebook: {s.name}") for s in sources
        ]
        from ..report import index_page

        page = index_page(
            REPORT_TITLE,
            {**_defaults(known), **shown},
            _summary(params.get("seeds"), params),
            links,
        )
        (staging / "index.html").write_text(page, encoding="utf-8")
        (staging / MARKER).write_text("reports written by karabakh-nb render\n", encoding="utf-8")
    except BaseException:
        failed = output.with_name(output.name + ".failed")
        shutil.rmtree(failed, ignore_errors=True)
        with contextlib.suppress(OSError):
            staging.rename(failed)
        raise
    finally:
        if previous is None:
            os.environ.pop(STATIC_ENV, None)
        else:
            os.environ[STATIC_ENV] = previous
    _swap(staging, output)
    bar.say(f"done: open {output / 'index.html'}")
    return output / "index.html"


def _defaults(known: Mapping[str, Any]) -> dict[str, Any]:
    """Turn the parameters cell's default source text ("None", '["Armenia"]') into values."""
    out = {}
    for name, text in sorted(known.items()):
        try:
            out[name] = ast.literal_eval(str(text))
        except (ValueError, SyntaxError):
            out[name] = text
    return out


def _check_output(output: Path) -> None:
    """Refuse to replace anything but an empty folder or an earlier render's output."""
    if not output.exists():
        return
    if not output.is_dir():
        raise UsageError(
            f"-o {output}: exists and is not a folder; choose a folder for the reports"
        )
    if any(output.iterdir()) and not (output / MARKER).is_file():
        raise UsageError(
            f"-o {output}: folder holds files that karabakh-nb did not write; "
            "choose an empty or new folder (e.g. -o reports)"
        )


def _swap(staging: Path, output: Path) -> None:
    """Replace ``output`` by ``staging`` with two renames, keeping no half-written state."""
    if output.exists():
        old = output.with_name(f".{output.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        output.rename(old)
        staging.rename(output)
        shutil.rmtree(old, ignore_errors=True)
    else:
        staging.rename(output)
    shutil.rmtree(output.with_name(output.name + ".failed"), ignore_errors=True)


def refresh_notebooks(folder: str | Path | None = None) -> list[Path]:
    """Re-execute the committed notebooks in place from clean kernels (``make notebooks``)."""
    sources = notebook_paths(folder)
    previous = os.environ.get(STATIC_ENV)
    os.environ[STATIC_ENV] = "1"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for source in sources:
                print(f"refreshing {source.name}", file=sys.stderr, flush=True)
                executed = Path(tmp) / source.name
                execute(source, executed, {})
                nb = nbformat.read(executed, as_version=4)
                strip_run_metadata(nb)
                nbformat.write(nb, source)
    finally:
        if previous is None:
            os.environ.pop(STATIC_ENV, None)
        else:
            os.environ[STATIC_ENV] = previous
    return sources
