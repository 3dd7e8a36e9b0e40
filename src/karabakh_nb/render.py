"""Rendering the notebooks into HTML reports with papermill (``karabakh-nb render``).

Every bundled notebook is executed with papermill on this Python environment's
own kernel (whatever kernels the user has registered), then exported to HTML
without input cells; ``index.html`` links them. Reports are written to a
folder beside the output and swapped in only when every notebook succeeded,
so a failing render leaves the previous reports intact.
"""

from __future__ import annotations

import ast
import concurrent.futures
import contextlib
import datetime as dt
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

import nbformat
import yaml

from .config import notebooks_dir
from .errors import RenderError, UsageError

__all__ = [
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
KERNEL_DISPLAY_NAME = "Python 3 (karabakh-nb)"
REPORT_TITLE = "Q&A evidence reports"
TEMPLATES = Path(__file__).resolve().parent / "templates"
#: Written into every reports folder; only such a folder (or an empty one) is replaced.
MARKER = ".karabakh-nb-reports"


def notebook_paths(folder: str | Path | None = None) -> list[Path]:
    """Return the report notebooks (``NN-name.ipynb``) in reading order."""
    folder = Path(folder) if folder is not None else notebooks_dir()
    return sorted(p for p in folder.glob("[0-9][0-9]-*.ipynb") if p.is_file())


def notebook_parameters(path: str | Path) -> dict[str, Any]:
    """Return the defaults of a notebook's ``parameters`` cell as ``{name: source text}``."""
    import papermill

    found = papermill.inspect_notebook(str(path))
    return {name: info["default"] for name, info in found.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def parse_parameters(pairs: Iterable[Sequence[str]]) -> dict[str, Any]:
    """Read ``-p NAME VALUE`` pairs, each VALUE as YAML (``[Georgia, Russia]``, ``2021-03-01``).

    Dates become ISO strings, so notebooks always receive plain JSON-like values.

    Example:
        >>> parse_parameters([("parties", "[Georgia, Russia]"), ("as_of", "2021-03-01")])
        {'parties': ['Georgia', 'Russia'], 'as_of': '2021-03-01'}
    """
    out: dict[str, Any] = {}
    for name, value in pairs:
        try:
            out[name] = _plain(yaml.safe_load(value))
        except yaml.YAMLError as exc:
            first = str(exc).splitlines()[0]
            raise UsageError(
                f"-p {name}: value {value!r} is not valid YAML ({first}); "
                "quote lists like '[Georgia, Russia]'"
            ) from None
    return out


def _kernel_manager_class() -> type:
    """A kernel manager that always runs this interpreter's ipykernel."""
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.manager import AsyncKernelManager

    spec = KernelSpec(
        argv=[
            sys.executable,
            "-m",
            "ipykernel_launcher",
            "-f",
            "{connection_file}",
            "--IPKernelApp.log_level=CRITICAL",
        ],
        display_name=KERNEL_DISPLAY_NAME,
        language="python",
    )

    class ProjectKernelManager(AsyncKernelManager):
        @property
        def kernel_spec(self) -> KernelSpec:
            return spec

    return ProjectKernelManager


def _title(nb: nbformat.NotebookNode, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


class _Progress:
    def __init__(self, total: int, stream: TextIO | None):
        self.total, self.stream, self.lock, self.done = total, stream, threading.Lock(), 0

    def say(self, text: str) -> None:
        if self.stream is not None:
            with self.lock:
                print(text, file=self.stream, flush=True)

    def finished(self, name: str, seconds: float) -> None:
        with self.lock:
            self.done += 1
            done = self.done
        self.say(f"[{done}/{self.total}] {name} done in {seconds:.1f} s")


def _execute(source: Path, target: Path, parameters: Mapping[str, Any]) -> None:
    # No papermill ``cwd``: it calls os.chdir, which is process-wide and races between the
    # threads that run notebooks side by side. The notebooks use no relative paths.
    import papermill
    from papermill.exceptions import PapermillExecutionError

    try:
        papermill.execute_notebook(
            str(source),
            str(target),
            parameters=dict(parameters),
            progress_bar=False,
            kernel_manager_class=_kernel_manager_class(),
            kernel_name="python3",
            language="python",
        )
    except PapermillExecutionError as exc:
        cell = _cell_number(target, exc.cell_index)
        raise RenderError(
            f"notebook {source.name} failed in cell {cell} (In [{exc.exec_count}]): "
            f"{exc.ename}: {exc.evalue}; the executed notebook is kept at {target}"
        ) from None


def _cell_number(executed: Path, cell_index: int) -> int:
    """Return the failing cell's 1-based position among the source notebook's cells."""
    try:
        nb = nbformat.read(executed, as_version=4)
    except (OSError, ValueError):
        return cell_index + 1
    injected = sum(
        1
        for c in nb.cells[:cell_index]
        if "injected-parameters" in c.get("metadata", {}).get("tags", [])
    )
    return cell_index + 1 - injected


def _to_html(executed: Path, target: Path) -> str:
    from nbconvert import HTMLExporter

    nb = nbformat.read(executed, as_version=4)
    title = _title(nb, executed.stem)
    exporter = HTMLExporter(
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        template_name="lab",
        extra_template_paths=[str(TEMPLATES)],
        template_file="karabakh_report.html.j2",
    )
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    target.write_text(body, encoding="utf-8")
    return title


def _summary(seeds: Sequence[str] | None, parameters: Mapping[str, Any]) -> dict[str, Any]:
    from .check import check
    from .facts import KINDS, extract
    from .parse import read_corpus

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
    from .parse import read_corpus

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
    bar = _Progress(len(sources), stream)
    bar.say(f"rendering {len(sources)} notebooks into {output} ...")
    previous = os.environ.get(STATIC_ENV)
    os.environ[STATIC_ENV] = "1"
    titles: dict[str, str] = {}
    try:

        def run_one(source: Path) -> None:
            started = time.perf_counter()
            bar.say(f"  executing {source.name}")
            executed = staging / source.name
            _execute(source, executed, params)
            titles[source.name] = _to_html(executed, staging / f"{source.stem}.html")
            bar.finished(source.name, time.perf_counter() - started)

        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            futures = [pool.submit(run_one, s) for s in sources]
            for future in futures:
                future.result()
        shown = dict(sorted(params.items()))
        links = [
            (f"{s.stem}.html", titles[s.name], f"executed notebook: {s.name}") for s in sources
        ]
        from .report import index_page

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


def _strip_run_metadata(nb: nbformat.NotebookNode) -> None:
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
    nb.metadata["kernelspec"] = {
        "name": "karabakh-nb",
        "display_name": KERNEL_DISPLAY_NAME,
        "language": "python",
    }


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
                _execute(source, executed, {})
                nb = nbformat.read(executed, as_version=4)
                _strip_run_metadata(nb)
                nbformat.write(nb, source)
    finally:
        if previous is None:
            os.environ.pop(STATIC_ENV, None)
        else:
            os.environ[STATIC_ENV] = previous
    return sources


if __name__ == "__main__":  # python -m karabakh_nb.render --refresh-notebooks
    if sys.argv[1:] == ["--refresh-notebooks"]:
        refresh_notebooks()
    else:
        print("usage: python -m karabakh_nb.render --refresh-notebooks", file=sys.stderr)
        raise SystemExit(2)
