"""Executing one notebook with papermill, and turning it into an HTML report.

What belongs here: the kernel that runs every notebook (this interpreter's ipykernel,
whatever kernels the user has registered), :func:`execute` (a failure becomes one
:class:`~karabakh_nb.RenderError` line naming the notebook and the cell),
:func:`to_html` and :func:`strip_run_metadata`.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import nbformat

from ..errors import RenderError

__all__ = ["KERNEL_DISPLAY_NAME", "TEMPLATES", "execute", "strip_run_metadata", "to_html"]

KERNEL_DISPLAY_NAME = "Python 3 (karabakh-nb)"
TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


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


def title_of(nb: nbformat.NotebookNode, fallback: str) -> str:
    """The notebook's first ``# heading``, or ``fallback``."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def execute(source: Path, target: Path, parameters: Mapping[str, Any]) -> None:
    """Execute ``source`` into ``target`` with papermill on the project's kernel.

    Raises:
        RenderError: A cell failed, as one line naming the notebook and the cell.
    """
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


def to_html(executed: Path, target: Path) -> str:
    """Write the executed notebook as a report page without input cells; return its title."""
    from nbconvert import HTMLExporter

    nb = nbformat.read(executed, as_version=4)
    title = title_of(nb, executed.stem)
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


def strip_run_metadata(nb: nbformat.NotebookNode) -> None:
    """Drop what varies between runs (papermill's times and paths, cell timings)."""
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
    nb.metadata["kernelspec"] = {
        "name": "karabakh-nb",
        "display_name": KERNEL_DISPLAY_NAME,
        "language": "python",
    }
