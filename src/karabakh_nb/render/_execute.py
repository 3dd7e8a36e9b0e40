"""Executing one notebook with papermill, and turning it into an HTML report.

What belongs here: the kernel that runs every notebook (this interpreter's ipykernel,
whatever kernels the user has registered), :class:`Run` (the kernels of one render, so
the first failure can stop the others at once), :func:`execute` (papermill without cell
time-outs; a failure becomes one :class:`~karabakh_nb.RenderError` line naming the
notebook and the cell), :func:`to_html` and :func:`strip_run_metadata`.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import RenderError

if TYPE_CHECKING:  # nbformat is slow to import: only where a notebook is read
    import nbformat

__all__ = [
    "KERNEL_DISPLAY_NAME",
    "TEMPLATES",
    "Run",
    "Stopped",
    "execute",
    "import_papermill",
    "strip_run_metadata",
    "to_html",
    "warm_html",
]

KERNEL_DISPLAY_NAME = "Python 3 (karabakh-nb)"
TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
#: Seconds to wait for a kernel to start (a loaded machine can be slow).
START_TIMEOUT = 120
#: Seconds to wait for a cell's last output once it has finished (papermill's is 4 s).
IOPUB_TIMEOUT = 300


#: An optional checker of jsonschema's that builds a parser for the IRI grammar when
#: imported (a second or more of processor time); the notebook schemas use no IRI format.
_IRI_CHECKER = "rfc3987_syntax"


def import_papermill() -> Any:
    """Import papermill (and nbformat, jsonschema) without jsonschema's IRI checker.

    jsonschema imports the optional ``rfc3987_syntax`` to check the ``iri`` format, and
    that module compiles a grammar at import, the dearest part of importing nbformat;
    no notebook schema asks for that format. It is kept out only while jsonschema is
    first imported, and can be imported normally afterwards.
    """
    if "jsonschema" not in sys.modules and _IRI_CHECKER not in sys.modules:
        sys.modules[_IRI_CHECKER] = None  # type: ignore[assignment]  # import fails: skipped
        try:
            importlib.import_module("jsonschema")
        finally:
            del sys.modules[_IRI_CHECKER]
    import papermill

    return papermill


class Stopped(Exception):
    """A notebook was stopped because another one failed first."""


class Run:
    """The kernels of one render: each registers when it starts; :meth:`stop` kills them.

    ``ready`` lets kernels start before their notebooks may run: a kernel started while it
    is clear boots (and imports the package) and then waits, its first cell unsent, until
    it is set. It is set from the start unless :meth:`hold` clears it.

    ``slots`` (a count) keeps kernels warm: more kernels may boot than notebooks run, and
    a booted kernel waits for one of the ``slots`` notebooks' places, held until its
    notebook is executed and its kernel shut down (not while the page is written).
    """

    def __init__(self, slots: int | None = None) -> None:
        self.lock = threading.Lock()
        self.stopped = threading.Event()
        self.ready = threading.Event()
        self.ready.set()
        self.kernels: list[Any] = []
        self.slots = threading.Semaphore(slots) if slots else None

    def hold(self) -> None:
        """Let kernels start but not run a cell until :meth:`release`."""
        self.ready.clear()

    def release(self) -> None:
        """Let the kernels that wait run their notebooks."""
        self.ready.set()

    def started(self, manager: Any) -> None:
        """Register a kernel that has just started (killed at once after :meth:`stop`)."""
        with self.lock:
            self.kernels.append(manager)
            late = self.stopped.is_set()
        if late:
            _kill(manager)

    def stop(self) -> None:
        """Kill every kernel of this run; notebooks still running fail as :class:`Stopped`."""
        self.stopped.set()
        self.ready.set()  # kernels waiting to run wake up, and find the run stopped
        with self.lock:
            kernels = list(self.kernels)
        for manager in kernels:
            _kill(manager)


def _kill(manager: Any) -> None:
    provisioner = getattr(manager, "provisioner", None)
    pgid = getattr(provisioner, "pgid", None)
    process = getattr(provisioner, "process", None)
    try:
        if pgid and hasattr(os, "killpg"):
            os.killpg(pgid, signal.SIGKILL)  # the kernel and any process it started
        elif process is not None:
            process.kill()
    except (OSError, ProcessLookupError):
        pass  # it has ended already


#: What the kernel process runs: ipykernel_launcher's start (the working folder is left
#: out of the import path until IPython puts it back), with the package imported first,
#: so that a kernel started early has done the import its first cell asks for. A failed
#: import is left to that cell to report.
KERNEL_BOOT = """\
import sys, warnings
if sys.path and sys.path[0] == "":
    del sys.path[0]
try:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import karabakh_nb
except Exception:
    pass
from ipykernel import kernelapp
kernelapp.launch_new_instance()
"""
#: Seconds between looks at a held run by a kernel that waits to run its notebook.
_HOLD_POLL = 0.02


def _kernel_manager_class(
    run: Run, on_ready: Callable[[], None] | None = None, held: list[bool] | None = None
) -> type:
    """A kernel manager that always runs this interpreter's ipykernel and registers it.

    The kernel starts at once; with the run held, its notebook waits for the release,
    then for a slot of the run (``held`` gets True once it has one). ``on_ready`` is
    called once the notebook may run.
    """
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.manager import AsyncKernelManager

    spec = KernelSpec(
        argv=[
            sys.executable,
            "-c",
            KERNEL_BOOT,
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

        async def start_kernel(self, **kw: Any) -> None:  # type: ignore[override]
            if run.stopped.is_set():
                raise Stopped("stopped before the kernel started")
            await super().start_kernel(**kw)
            run.started(self)
            while not run.ready.is_set():
                await asyncio.sleep(_HOLD_POLL)
            if run.slots is not None:
                while not run.stopped.is_set() and not run.slots.acquire(blocking=False):
                    await asyncio.sleep(_HOLD_POLL)
                if not run.stopped.is_set() and held is not None:
                    held.append(True)
            if run.stopped.is_set():
                raise Stopped("stopped before the notebook ran")
            if on_ready is not None:
                on_ready()

    return ProjectKernelManager


def _cell_number(executed: Path, cell_index: int) -> int:
    """Return the failing cell's 1-based position among the source notebook's cells."""
    import nbformat

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


def _first_line(text: object) -> str:
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    return lines[0] if lines else ""


def execute(
    source: Path,
    target: Path,
    parameters: Mapping[str, Any],
    run: Run,
    *,
    cwd: Path,
    shown_at: Path | None = None,
    on_ready: Callable[[], None] | None = None,
) -> None:
    """Execute ``source`` into ``target`` with papermill on the project's kernel.

    No cell times out: a cell runs as long as it needs, and its output is awaited for
    :data:`IOPUB_TIMEOUT` seconds once it is done.

    Args:
        source: The notebook.
        target: Where the executed notebook is written (also when it fails).
        parameters: Injected into the notebook's parameters cell.
        run: The render's kernels; a stopped run raises :class:`Stopped`.
        cwd: The kernel's working folder (the report folder, so ``data`` is relative).
        shown_at: Where ``target`` will be once the run ends, for the error message.
        on_ready: Called when the kernel has started and the run lets it run the notebook.

    Raises:
        RenderError: A cell failed or the kernel died, as one line: ``notebook X failed
            in cell N (In [k]): <error>; the executed notebook is kept at <path>``.
        Stopped: Another notebook failed first and this one was stopped.
    """
    # No papermill ``cwd``: it calls os.chdir, which is process-wide and races between the
    # threads that run notebooks side by side; the kernel gets its folder instead.
    papermill = import_papermill()
    from papermill.exceptions import PapermillExecutionError

    # papermill's and nbclient's log lines ("Kernel died ...") would follow our own one-line
    # report; every failure is reported by the RenderError below instead.
    logging.getLogger("papermill").setLevel(logging.CRITICAL)
    kept = shown_at or target
    held: list[bool] = []
    try:
        papermill.execute_notebook(
            str(source),
            str(target),
            parameters=dict(parameters),
            progress_bar=False,
            kernel_manager_class=_kernel_manager_class(run, on_ready, held),
            kernel_name="python3",
            language="python",
            start_timeout=START_TIMEOUT,
            execution_timeout=None,
            iopub_timeout=IOPUB_TIMEOUT,
            resources={"metadata": {"path": str(cwd)}},
        )
    except PapermillExecutionError as exc:
        if run.stopped.is_set():
            raise Stopped(source.name) from None
        cell = _cell_number(target, exc.cell_index)
        error = f"{exc.ename}: {_first_line(exc.evalue)}".rstrip(": ")
        raise RenderError(
            f"notebook {source.name} failed in cell {cell} (In [{exc.exec_count}]): "
            f"{error}; the executed notebook is kept at {kept}"
        ) from None
    except Stopped:
        raise
    except Exception as exc:
        if run.stopped.is_set():
            raise Stopped(source.name) from None
        reason = _first_line(exc) or type(exc).__name__
        raise RenderError(
            f"notebook {source.name} failed: {type(exc).__name__}: {reason}; "
            f"what it ran is kept at {kept}"
        ) from None
    finally:
        if held and run.slots is not None:
            run.slots.release()  # the kernel is shut down: the next notebook may run


def strip_run_metadata(nb: nbformat.NotebookNode) -> None:
    """Drop what varies between runs (papermill's times, paths and ids, cell timings)."""
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"  # papermill gives it a random id
    nb.metadata["kernelspec"] = {
        "name": "karabakh-nb",
        "display_name": KERNEL_DISPLAY_NAME,
        "language": "python",
    }


def title_of(nb: nbformat.NotebookNode, fallback: str) -> str:
    """The notebook's first ``# heading``, or ``fallback``."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


#: One exporter for every page of the process: its template environment compiles the
#: templates once. Pages are exported one at a time (the work holds the GIL anyway).
_EXPORT_LOCK = threading.Lock()


@functools.cache
def _exporter() -> Any:
    from nbconvert import HTMLExporter

    return HTMLExporter(
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        template_name="lab",
        extra_template_paths=[str(TEMPLATES)],
        template_file="karabakh_report.html.j2",
    )


def to_html(nb: nbformat.NotebookNode, target: Path, name: str) -> str:
    """Write ``nb`` as a report page without input cells; return its title."""
    title = title_of(nb, name)
    with _EXPORT_LOCK:
        body, _ = _exporter().from_notebook_node(nb, resources={"metadata": {"name": title}})
    target.write_text(body, encoding="utf-8")
    return title


def warm_html() -> None:
    """Export a small notebook once, written nowhere, while the kernels run.

    The first page costs most (imports, compiling the templates, the Markdown and
    highlighting machinery); the exporter is kept, so the real pages are written sooner.
    """
    import nbformat

    v4 = nbformat.v4
    output = v4.new_output("display_data", data={"text/html": "<b>x</b>", "text/plain": "x"})
    cells = [v4.new_markdown_cell("# x\n\n*x* `x`"), v4.new_code_cell("x", outputs=[output])]
    with _EXPORT_LOCK:
        _exporter().from_notebook_node(
            v4.new_notebook(cells=cells), resources={"metadata": {"name": "x"}}
        )
