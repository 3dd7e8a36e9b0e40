"""A notebook as a user meets it in JupyterLab: opened, run, explored, saved.

One JupyterLab session (``tests/browser_support.py``) on a copy of ``notebooks/``:

* opened untrusted, as a fresh checkout is, its stored tables read the same (alignment)
  as after a run;
* after *Run All*, a ``qa_id`` link in a table shows its pair (question, clean answer,
  raw block) without leaving the notebook: no dead ``01-corpus.html`` link;
* saved by JupyterLab, the notebook still passes nbval: running a notebook interactively
  must not break ``make test``.

Skipped, like ``test_browser.py``, where there is no Chromium (``tests/conftest.py``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nbformat
import pytest

import karabakh_nb as kn
from karabakh_nb.render import KERNEL_DISPLAY_NAME

from .browser_support import ROOT, chromium, jupyterlab, screenshot, step
from .test_browser import (
    _KERNEL_STATE,
    _RUN_STATE,
    VIEWPORT,
    PageLog,
    _menu,
    _notebook_copy,
    _poll,
    wait_run_finished,
)

pytestmark = pytest.mark.browser

NOTEBOOK = "02-timeline.ipynb"
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


# How the cells of the first kn table of the notebook are aligned (computed style).
_ALIGNMENT = f"""() => {{
  const table = document.querySelector('{PANEL} .jp-OutputArea-output table.kn-table');
  if (!table) return null;
  const first = sel => table.querySelector(sel);
  return {{
    th: first('th') && getComputedStyle(first('th')).textAlign,
    td: first('tbody td') && getComputedStyle(first('tbody td')).textAlign,
  }};
}}"""


def _nbval(path: Path) -> subprocess.CompletedProcess[str]:
    """Run nbval, as ``make test`` does, on one notebook."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env["KARABAKH_NB_STATIC"] = "1"  # as the root conftest.py sets it for make test
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-o",
            "addopts=",
            "--nbval",
            "--nbval-current-env",
            "--nbval-sanitize-with",
            str(ROOT / "tests" / "nbval_sanitize.cfg"),
            str(path),
        ],
        cwd=path.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_a_notebook_opened_run_and_saved_in_jupyterlab(browser, tmp_path):
    root = _notebook_copy(tmp_path)
    saved = root / NOTEBOOK
    qa = kn.load().set_index("id")

    with jupyterlab(root, tmp_path / "lab-state") as lab:
        context = browser.new_context(viewport=VIEWPORT)
        log = PageLog(context)
        page = log.watch(context.new_page())
        page.set_default_timeout(30_000)

        def failure_shot() -> None:
            screenshot(page, "jupyterlab-save-failure")

        try:
            with step(f"open {NOTEBOOK} (untrusted, with its stored outputs)", failure_shot):
                page.goto(lab.url(f"lab/tree/{NOTEBOOK}"), wait_until="domcontentloaded")
                page.wait_for_selector(f"{PANEL} .jp-Notebook .jp-Cell")
                _poll(
                    page,
                    _KERNEL_STATE,
                    lambda s: (
                        s["dialog"] is not None
                        or (s["kernel"] == KERNEL_DISPLAY_NAME and s["status"] == "idle")
                    ),
                    timeout=60,
                    stable=2,
                )
                stored = _poll(page, _ALIGNMENT, lambda a: a is not None, timeout=15)
                peeks = page.locator(f"{PANEL} .jp-OutputArea-output .kn-peek summary")
                assert peeks.count() > 0, "the stored tables' qa_ids do not show their pair"

            with step("run all cells (menu Run > Run All Cells)", failure_shot):
                _menu(page, "Edit", "Clear Outputs of All Cells")
                _poll(
                    page,
                    _RUN_STATE,
                    lambda s: not s["outputs"] and not any(s["prompts"]),
                    timeout=10,
                )
                _menu(page, "Run", "Run All Cells")
                wait_run_finished(page, timeout=180)

            with step("check that the stored tables read as the run's tables", failure_shot):
                ran = _poll(page, _ALIGNMENT, lambda a: a is not None, timeout=15)
                assert stored == ran, f"stored (untrusted) {stored}, after the run {ran}"
                assert ran["td"] in ("left", "start"), f"table cells aligned {ran['td']}"

            with step("click a qa_id of the timeline table", failure_shot):
                peeks = page.locator(f"{PANEL} .jp-OutputArea-output table.kn-table .kn-peek")
                assert peeks.count() > 0, "the notebook's qa_id cells do not show their pair"
                peek = peeks.last  # its pair is far from the table
                qa_id = peek.locator(":scope > summary").inner_text().strip()
                peek.locator(":scope > summary").scroll_into_view_if_needed()
                peek.locator(":scope > summary").click()
                page.wait_for_timeout(300)

            with step(f"check that the pair {qa_id} shows in the notebook", failure_shot):
                assert "/lab/tree/" in page.url, page.url
                assert NOTEBOOK in page.url, page.url
                assert peek.evaluate("d => d.open"), "the peek did not open"
                pair = qa.loc[qa_id]
                body = peek.locator(".kn-peek-pair")
                assert body.is_visible(), "the pair is not shown"
                text = " ".join(body.text_content().split())
                for part in ("question", "answer", "raw"):
                    value = pair[part]
                    if isinstance(value, str):
                        assert " ".join(value.split())[:60] in text, f"{part} of {qa_id} missing"
                # No link a user could follow into a 404 (the corpus report is not here).
                visible = [
                    a.get_attribute("href") for a in body.locator("a").all() if a.is_visible()
                ]
                assert not visible, f"links to pages JupyterLab does not have: {visible}"
                screenshot(page, "jupyterlab-provenance")

            with step("save the notebook (menu File > Save Notebook)", failure_shot):
                before = saved.stat().st_mtime_ns
                _menu(page, "File", "Save Notebook")
                deadline = time.monotonic() + 60
                while saved.stat().st_mtime_ns == before and time.monotonic() < deadline:
                    page.wait_for_timeout(250)  # not time.sleep: requests pass through route()
                status = page.locator(".jp-StatusBar-Widget").all_inner_texts()
                assert saved.stat().st_mtime_ns != before, f"not saved; status bar: {status}"
                nb = nbformat.read(saved, as_version=4)
                assert any(c.get("outputs") for c in nb.cells if c.cell_type == "code")
        finally:
            context.close()

    with step(f"run nbval on {NOTEBOOK} as JupyterLab saved it"):
        done = _nbval(saved)
        assert done.returncode == 0, done.stdout[-3000:]
