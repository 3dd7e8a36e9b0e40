"""End-to-end tests in headless Chromium (Playwright, sync API), run by plain ``pytest``.

How they run:

* The browser is the system Chromium (``$KARABAKH_NB_CHROMIUM``, else ``chromium`` on
  ``PATH``: Debian's package, ``/usr/bin/chromium``), launched headless with background
  networking off; Playwright never downloads one. ``make test`` installs it when it can
  (as root or with passwordless sudo). Without it ``tests/conftest.py`` skips them, in
  one summary line saying how to run them; where ``KARABAKH_NB_REQUIRE_BROWSER`` is set
  (CI), a missing Chromium fails them instead.
* ``test_jupyterlab_runs_the_timeline_notebook`` copies ``notebooks/`` into a temporary
  folder and starts JupyterLab on it itself (127.0.0.1, a free port, a random token, a
  private runtime/config/data/settings folder, no news or update checks, and without
  ``KARABAKH_NB_STATIC`` so the explorer is live). It opens ``02-timeline.ipynb``, waits
  for the ``karabakh-nb`` kernel, runs Run > Run All Cells through the menus, waits for
  every cell to finish, and checks: no error or stderr output, the timeline figure is a
  loaded image, and the explorer's widgets answer. The server is shut down (API, then
  SIGTERM, then SIGKILL) whatever happens.
* The report tests render the bundled seeds (session fixtures ``default_reports`` and
  ``xss_reports`` of ``conftest.py``), serve them over HTTP on 127.0.0.1 from a thread, and
  open every page linked from ``index.html``: titles, loaded images, no console errors,
  ``qa_id`` links landing on their pair, and Q&A markup shown as text, never run.
* Requests to any host other than 127.0.0.1 are aborted, so the tests never touch the
  network; a report page that asks for one fails (reports must open offline: render.py's
  template drops nbconvert's CDN scripts), and so does any console error on it.

Screenshots go to ``test-artifacts/`` at the repository root (git-ignored), on success
for the JupyterLab test and on any failure. Run them alone with
``pytest tests/test_browser.py``, or skip them with ``-m "not browser"``.
"""

from __future__ import annotations

import re
import shutil
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nbformat
import pytest

from karabakh_nb.render import KERNEL_DISPLAY_NAME

from .browser_support import (
    ARTIFACTS,
    KERNEL_NAME,
    ROOT,
    chromium,
    fail_step,
    jupyterlab,
    screenshot,
    serve_directory,
    step,
)

# Without Chromium, tests/conftest.py skips every test marked `browser` before its set-up.
pytestmark = pytest.mark.browser

NOTEBOOK = "02-timeline.ipynb"
VIEWPORT = {"width": 1400, "height": 1000}
CORPUS_PAGE = "01-corpus.html"
STATIC_NOTE = "Interactive explorer: open this notebook"
XSS_MARKUP = ["<script>alert(", "<img src=x onerror="]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    for stale in ARTIFACTS.glob("*-failure.png"):  # from an earlier run
        stale.unlink()
    with chromium() as launched:
        yield launched


class PageLog:
    """What a page reported: console errors, uncaught exceptions, dialogs, external requests."""

    def __init__(self, context: Any):
        self.console_errors: list[tuple[str, str]] = []  # (source url, text)
        self.page_errors: list[str] = []
        self.dialogs: list[str] = []
        self.blocked: list[str] = []  # requests to other hosts, aborted
        context.route("**/*", self._route)

    def _route(self, route: Any) -> None:
        url = route.request.url
        host = urllib.parse.urlsplit(url).hostname
        if url.startswith(("data:", "blob:", "about:")) or host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort("blockedbyclient")

    def watch(self, page: Any) -> Any:
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.page_errors.append(f"{page.url}: {exc}"))
        page.on("dialog", lambda dialog: self._dialog(page, dialog))
        return page

    def _console(self, message: Any) -> None:
        if message.type == "error":
            source = (message.location or {}).get("url", "")
            self.console_errors.append((source, message.text))

    def _dialog(self, page: Any, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type} {dialog.message!r} on {page.url}")
        dialog.dismiss()

    def errors(self) -> list[str]:
        """Console errors and uncaught exceptions so far, one line each."""
        return [f"console: {text} (at {source})" for source, text in self.console_errors] + [
            f"uncaught: {text}" for text in self.page_errors
        ]


# --- JupyterLab ---------------------------------------------------------------------------


def _notebook_copy(tmp_path: Path, source: Path = ROOT / "notebooks") -> Path:
    """Copy the notebooks, so running them in JupyterLab leaves the committed ones alone."""
    root = tmp_path / "notebooks"
    shutil.copytree(source, root, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "figures"))
    return root


def _poll(
    page: Any, script: str, done: Any, timeout: float, interval: float = 0.25, stable: int = 1
) -> Any:
    """Evaluate ``script`` until ``done(value)`` holds ``stable`` times in a row."""
    deadline = time.monotonic() + timeout
    value, streak = None, 0
    while time.monotonic() < deadline:
        value = page.evaluate(script)
        streak = streak + 1 if done(value) else 0
        if streak >= stable:
            return value
        page.wait_for_timeout(interval * 1000)
    raise TimeoutError(f"still not done after {timeout:.0f} s; last state: {value!r}")


_KERNEL_STATE = """() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const dialog = document.querySelector('.jp-Dialog');
  return {
    kernel: panel?.querySelector('.jp-KernelName')?.innerText?.trim() ?? null,
    status: panel?.querySelector('.jp-Notebook-ExecutionIndicator')?.dataset.status ?? null,
    dialog: dialog ? dialog.innerText : null,
  };
}"""

# Cells off screen are skipped by JupyterLab's default "contentVisibility" windowing, and
# innerText is empty there: read textContent.
_RUN_STATE = """() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const prompts = Array.from(panel.querySelectorAll('.jp-CodeCell .jp-InputPrompt'))
    .map(e => e.textContent.trim());
  return {
    status: panel.querySelector('.jp-Notebook-ExecutionIndicator')?.dataset.status ?? null,
    prompts: prompts.map(p => (p === '[ ]:' ? '' : p)),
    outputs: panel.querySelectorAll('.jp-OutputArea-output').length,
    dialog: document.querySelector('.jp-Dialog')?.innerText ?? null,
  };
}"""


def wait_run_finished(page: Any, timeout: float) -> dict[str, Any]:
    """Wait until the kernel is idle, no cell is pending and one has run; no dialog may show."""
    state: dict[str, Any] = _poll(
        page,
        _RUN_STATE,
        lambda s: (
            s["dialog"] is not None
            or (
                s["status"] == "idle"
                and "[*]:" not in s["prompts"]
                and any(re.fullmatch(r"\[\d+\]:", p) for p in s["prompts"])
            )
        ),
        timeout=timeout,
        interval=0.5,
        stable=3,
    )
    assert state["dialog"] is None, f"JupyterLab shows a dialog: {state['dialog']!r}"
    return state


_ERROR_OUTPUTS = """() => {
  const cells = Array.from(document.querySelectorAll(
    '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell'));
  const out = [];
  cells.forEach((cell, index) => {
    for (const node of cell.querySelectorAll(
        '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')) {
      out.push({cell: index + 1, text: node.textContent});
    }
  });
  return out;
}"""


def _menu(page: Any, menu: str, item: str) -> None:
    """Click ``menu`` in JupyterLab's menu bar, then its entry labelled exactly ``item``."""
    page.locator(".lm-MenuBar-item", has_text=re.compile(f"^{re.escape(menu)}$")).click()
    label = page.locator(".lm-Menu-itemLabel", has_text=re.compile(f"^{re.escape(item)}$"))
    page.locator(".lm-Menu-item", has=label).click()


def test_jupyterlab_runs_the_timeline_notebook(browser, tmp_path):
    run_in_jupyterlab(browser, _notebook_copy(tmp_path), tmp_path / "lab-state", NOTEBOOK)


def run_in_jupyterlab(browser: Any, root: Path, state: Path, notebook: str) -> None:
    """Open ``root/notebook`` in a fresh JupyterLab, run all cells, check the outputs."""
    nb = nbformat.read(root / notebook, as_version=4)
    shot_name = f"jupyterlab-{Path(notebook).stem}"
    code_cells = sum(c.cell_type == "code" for c in nb.cells)
    plot_cell = next(
        (
            i
            for i, c in enumerate(nb.cells)
            if c.cell_type == "code" and "plots.timeline" in c.source
        ),
        None,
    )
    explorer_cell = next(
        (i for i, c in enumerate(nb.cells) if c.cell_type == "code" and "explorer(" in c.source),
        None,
    )
    if plot_cell is None or explorer_cell is None:
        fail_step(
            f"find the plot and explorer cells of {notebook}",
            "no code cell calls kn.plots.timeline(...) or kn.explore.explorer(...)",
        )

    with jupyterlab(root, state) as lab:
        with step(f"check that JupyterLab knows the {KERNEL_NAME!r} kernel"):
            specs = lab.api("api/kernelspecs")["kernelspecs"]
            assert KERNEL_NAME in specs, (
                f"kernels found: {sorted(specs)}; register it with `make venv` "
                f"(ipykernel install --sys-prefix --name {KERNEL_NAME})"
            )

        context = browser.new_context(viewport=VIEWPORT)
        log = PageLog(context)
        page = log.watch(context.new_page())
        page.set_default_timeout(30_000)
        cells = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell")

        def failure_shot() -> None:
            screenshot(page, f"{shot_name}-failure")

        try:
            with step(f"open {notebook} in JupyterLab at {lab.base_url}", failure_shot):
                page.goto(lab.url(f"lab/tree/{notebook}"), wait_until="domcontentloaded")
                page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell")
                _poll(
                    page,
                    "() => document.querySelectorAll("
                    "'.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell').length",
                    lambda n: n == len(nb.cells),
                    timeout=30,
                )

            with step(f"wait for the {KERNEL_DISPLAY_NAME} kernel to be idle", failure_shot):
                state = _poll(
                    page,
                    _KERNEL_STATE,
                    lambda s: (
                        s["dialog"] is not None
                        or (s["kernel"] == KERNEL_DISPLAY_NAME and s["status"] == "idle")
                    ),
                    timeout=60,
                    stable=2,
                )
                assert state["dialog"] is None, f"JupyterLab shows a dialog: {state['dialog']!r}"

            # The committed notebook carries outputs and execution counts: clear them first,
            # so everything checked below comes from this run.
            with step("clear all outputs (menu Edit > Clear Outputs of All Cells)", failure_shot):
                _menu(page, "Edit", "Clear Outputs of All Cells")
                _poll(
                    page,
                    _RUN_STATE,
                    lambda s: not s["outputs"] and not any(s["prompts"]),
                    timeout=10,
                )

            with step("run all cells (menu Run > Run All Cells)", failure_shot):
                _menu(page, "Run", "Run All Cells")

            with step(
                "wait for the execution to finish (kernel idle, no cell pending)", failure_shot
            ):
                state = wait_run_finished(page, timeout=120)

            with step("check that no cell shows an error or stderr output", failure_shot):
                errors = page.evaluate(_ERROR_OUTPUTS)
                assert not errors, "\n".join(
                    f"cell {e['cell']}: {e['text'][-1500:]}" for e in errors
                )

            with step("check that every code cell has an execution count", failure_shot):
                prompts = state["prompts"]
                assert len(prompts) == code_cells, f"{len(prompts)} prompts for {code_cells}"
                pending = [i + 1 for i, p in enumerate(prompts) if not re.fullmatch(r"\[\d+\]:", p)]
                assert not pending, f"code cells not run: {pending} (prompts {prompts})"

            with step(f"check the timeline figure (cell {plot_cell + 1})", failure_shot):
                images = cells.nth(plot_cell).locator(".jp-OutputArea-output img")
                assert images.count() > 0, "the plot cell has no image output"
                images.first.evaluate("img => img.scrollIntoView({block: 'center'})")
                sizes = _poll(
                    page,
                    f"""() => Array.from(document.querySelectorAll(
                    '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell'
                    )[{plot_cell}].querySelectorAll('.jp-OutputArea-output img'))
                    .map(i => [i.complete, i.naturalWidth, i.naturalHeight])""",
                    lambda s: bool(s) and all(c for c, _, _ in s),
                    timeout=10,
                )
                assert all(w > 0 and h > 0 for _, w, h in sizes), f"image sizes: {sizes}"
                page.wait_for_timeout(300)  # let the scroll settle before the screenshot
                shot = screenshot(page, shot_name)

            with step(f"check that the explorer (cell {explorer_cell + 1}) is live", failure_shot):
                output = cells.nth(explorer_cell).locator(".jp-Cell-outputArea")
                output.evaluate("node => node.scrollIntoView({block: 'center'})")
                shown = _poll(
                    page,
                    f"""() => {{
                    const out = document.querySelectorAll(
                      '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell'
                    )[{explorer_cell}].querySelector('.jp-Cell-outputArea');
                    if (out.querySelector('.widget-dropdown select')) return 'widgets';
                    if (out.textContent.includes('{STATIC_NOTE}')) return 'static note';
                    return out.textContent.slice(0, 300);
                    }}""",
                    lambda s: s in ("widgets", "static note"),
                    timeout=15,
                )
                assert shown == "widgets", (
                    "the explorer shows its static note: KARABAKH_NB_STATIC reached "
                    "JupyterLab's kernel"
                )
                kind = output.locator(".widget-dropdown select").first
                options = kind.locator("option").all_inner_texts()
                other = next(o for o in options if o != kind.input_value())
                kind.select_option(other)
                page.wait_for_function(
                    """([cell, kind]) => document.querySelectorAll(
                        '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell'
                        )[cell].querySelector('.jp-Cell-outputArea').textContent
                        .includes(` ${kind} rows`)""",
                    arg=[explorer_cell, other],
                    timeout=15_000,
                )
                output.evaluate("node => node.scrollIntoView({block: 'start'})")
                page.wait_for_timeout(300)
                screenshot(page, f"{shot_name}-explorer")

            with step("check that JupyterLab raised no uncaught exception", failure_shot):
                assert not log.page_errors, "\n".join(log.page_errors)
            assert shot.stat().st_size > 0
        finally:
            context.close()


# --- rendered reports ---------------------------------------------------------------------


def _links(page: Any) -> list[str]:
    return page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")


def _report_pages(page: Any, base: str) -> tuple[list[str], list[str]]:
    """Open ``index.html`` and return its HTML links and its other links (absolute)."""
    page.goto(base + "index.html")
    html, other = [], []
    for link in dict.fromkeys(_links(page)):
        target = urllib.parse.urldefrag(link).url
        if not target.startswith(base):
            other.append(link)
        elif target.endswith(".html") and target not in html:
            html.append(target)
        elif not target.endswith(".html"):
            other.append(target)
    return html, other


def test_rendered_reports_open_cleanly(browser, default_reports):
    context = browser.new_context(viewport=VIEWPORT)
    log = PageLog(context)
    page = log.watch(context.new_page())
    page.set_default_timeout(20_000)
    current = {"name": "index.html"}

    def failure_shot() -> None:
        screenshot(page, f"report-{Path(current['name']).stem}-failure")

    try:
        with serve_directory(default_reports) as base:
            with step("open index.html and collect its links", failure_shot):
                pages, others = _report_pages(page, base)
                names = [urllib.parse.urlsplit(p).path.rsplit("/", 1)[-1] for p in pages]
                expected = sorted(f"{p.stem}.html" for p in default_reports.glob("[0-9]*.ipynb"))
                assert CORPUS_PAGE in expected, f"no executed corpus notebook in {default_reports}"
                missing = sorted(set(expected) - set(names))
                assert not missing, f"index.html links {names}, not {missing}"

            with step("follow the non-HTML links of index.html", failure_shot):
                for link in others:
                    assert link.startswith(base), f"index.html links outside the reports: {link}"
                    response = page.request.get(link)
                    assert response.ok, f"{link}: HTTP {response.status}"

            anchors: dict[str, set[str]] = {}
            for url in [base + "index.html", *pages]:
                name = urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1]
                current["name"] = name
                errors_before, blocked_before = len(log.errors()), len(log.blocked)
                with step(f"open report page {name}", failure_shot):
                    response = page.goto(url, wait_until="load")
                    assert response is not None, "no response"
                    assert response.ok, f"HTTP {response.status}"
                    page.wait_for_function(
                        "() => Array.from(document.images).every(i => i.complete)", timeout=10_000
                    )
                with step(f"check the title of {name}", failure_shot):
                    assert page.title().strip(), "empty <title>"
                with step(f"check the images of {name}", failure_shot):
                    images = page.eval_on_selector_all(
                        "img",
                        "els => els.map(i => [i.src.slice(0, 60), i.naturalWidth, "
                        "i.naturalHeight])",
                    )
                    broken = [src for src, w, h in images if not (w > 0 and h > 0)]
                    assert not broken, f"images not loaded: {broken}"
                    if name not in ("index.html", CORPUS_PAGE):
                        assert images, "no figure in this report"
                with step(f"check that {name} loads nothing from other hosts", failure_shot):
                    blocked = log.blocked[blocked_before:]
                    assert not blocked, f"requests to other hosts (blocked): {blocked}"
                with step(f"check the console of {name}", failure_shot):
                    errors = log.errors()[errors_before:]
                    assert not errors, "\n".join(errors)
                anchors[name] = set(
                    page.eval_on_selector_all(
                        "a.kn-qa[href]", "els => els.map(e => e.getAttribute('href'))"
                    )
                )

            with step(
                f"check that every qa_id link points at a pair of {CORPUS_PAGE}", failure_shot
            ):
                page.goto(base + CORPUS_PAGE)
                ids = set(
                    page.eval_on_selector_all("section.kn-pair[id]", "els => els.map(e => e.id)")
                )
                assert ids, f"{CORPUS_PAGE} has no <section class='kn-pair' id=...>"
                dangling = sorted(
                    f"{name}: {href}"
                    for name, hrefs in anchors.items()
                    for href in hrefs
                    if urllib.parse.urldefrag(href).fragment not in ids
                    or urllib.parse.urldefrag(href).url not in ("", CORPUS_PAGE)
                )
                assert not dangling, f"{len(dangling)} links to no pair: {dangling[:10]}"

            current["name"] = "02-timeline.html"
            with step("click a qa_id link in 02-timeline.html", failure_shot):
                page.goto(base + "02-timeline.html")
                peeks = page.locator("table.kn-table details.kn-peek")
                assert peeks.count() > 0, "02-timeline.html shows no qa_id with its pair"
                # The last one: its pair is seldom on the first screen of the corpus. A qa_id
                # opens on its pair (question, answer), which links to it in the corpus.
                peek = peeks.last
                peek.locator(":scope > summary").scroll_into_view_if_needed()
                peek.locator(":scope > summary").click()
                link = peek.locator("a.kn-qa")
                assert link.is_visible(), "the pair's link to the corpus report is hidden"
                href = link.get_attribute("href") or ""
                target = urllib.parse.urldefrag(href).fragment
                link.click()
                page.wait_for_url(re.compile(re.escape(CORPUS_PAGE) + "#"))
            with step(f"check that the link lands on #{target} in {CORPUS_PAGE}", failure_shot):
                fragment = urllib.parse.urlsplit(page.url).fragment
                assert fragment == target, f"URL {page.url}, expected #{target}"
                pair = page.locator(f'section.kn-pair[id="{target}"]')
                assert pair.count() == 1, f"{pair.count()} elements with id {target}"
                _poll(
                    page,
                    f"""() => {{
                    const r = document.getElementById({target!r}).getBoundingClientRect();
                    return r.bottom > 0 && r.top < window.innerHeight;
                }}""",
                    bool,
                    timeout=5,
                )
    finally:
        context.close()


def test_report_markup_is_shown_as_text(browser, xss_reports):
    context = browser.new_context(viewport=VIEWPORT)
    log = PageLog(context)
    page = log.watch(context.new_page())
    page.set_default_timeout(20_000)
    shown: dict[str, list[str]] = {}
    try:
        with serve_directory(xss_reports) as base:
            with step("open index.html of the xss report and collect its links"):
                pages, _ = _report_pages(page, base)
            for url in [base + "index.html", *pages]:
                name = urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1]

                def failure_shot(n: str = name) -> None:
                    screenshot(page, f"xss-{Path(n).stem}-failure")

                with step(f"open {name} of the xss report", failure_shot):
                    dialogs_before = len(log.dialogs)
                    page.goto(url, wait_until="load")
                    page.wait_for_timeout(200)  # time for an injected onerror handler to fire
                with step(f"check that no dialog fired on {name} of the xss report", failure_shot):
                    assert not log.dialogs[dialogs_before:], f"dialogs: {log.dialogs}"
                with step(f"check that {name} holds no live element from the Q&A", failure_shot):
                    injected = page.evaluate("""() => ({
                        scripts: Array.from(document.scripts)
                          .filter(s => s.textContent.includes('alert(')).length,
                        images: document.querySelectorAll('img[src="x"], img[onerror]').length,
                    })""")
                    assert injected == {"scripts": 0, "images": 0}, (
                        f"Q&A markup became live elements: {injected}"
                    )
                shown[name] = [m for m in XSS_MARKUP if m in page.inner_text("body")]
    finally:
        context.close()

    with step("check that no dialog fired on any page of the xss report"):
        assert not log.dialogs, f"dialogs: {log.dialogs}"
    with step(f"check that the Q&A markup shows as text in {CORPUS_PAGE}"):
        assert shown.get(CORPUS_PAGE) == XSS_MARKUP, f"markup found as text per page: {shown}"
