"""Helpers for the browser tests: Chromium, a JupyterLab server and a static file server.

Nothing here downloads anything: Playwright drives the system Chromium
(``$KARABAKH_NB_CHROMIUM``, else ``chromium`` or ``chromium-browser`` on ``PATH``, as
Debian's package installs it: ``/usr/bin/chromium``), JupyterLab runs from this
environment on 127.0.0.1 with a random port and token, and rendered reports are
served by :mod:`http.server` in a thread.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
KERNEL_NAME = "karabakh-nb"
STATIC_ENV = "KARABAKH_NB_STATIC"
CHROMIUM_ENV = "KARABAKH_NB_CHROMIUM"
#: Set (to anything but "" or "0") where the browser tests must run: CI sets it, so a
#: missing Chromium fails them there instead of skipping them.
REQUIRE_ENV = "KARABAKH_NB_REQUIRE_BROWSER"

#: ``KARABAKH_NB_CHROMIUM=none`` acts as if no Chromium were installed (a fresh machine,
#: without removing the package): the tests find none and ``make test`` installs none.
NO_BROWSER = "none"

#: The one line a run without Chromium prints (pytest -ra shows the reason of the skip).
NO_CHROMIUM = (
    "no Chromium found, so the browser tests are skipped; to run them, install it "
    "(`sudo apt-get install chromium`, or run `make test` as root, which installs it) "
    f"or set {CHROMIUM_ENV} to a Chromium binary"
)

#: Flags for a quiet, offline, headless Chromium (no sync, updates or background requests).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

#: JupyterLab plugins that would pop up notifications (news, update checks) over the notebook.
DISABLED_LAB_PLUGINS = ["@jupyterlab/apputils-extension:announcements"]


def fail_step(step: str, detail: str) -> None:
    """Fail the current test, naming the step that went wrong."""
    pytest.fail(f"step {step!r} failed: {detail}", pytrace=False)


@contextlib.contextmanager
def step(name: str, on_failure: Callable[[], Any] | None = None) -> Iterator[None]:
    """Run a block as a named step: any error becomes a failure that names the step.

    ``on_failure`` (e.g. a screenshot) runs first; its own errors are ignored.
    """
    failure = None
    try:
        yield
    except pytest.fail.Exception:
        if on_failure is not None:
            with contextlib.suppress(Exception):
                on_failure()
        raise
    except Exception as exc:
        text = str(exc).strip()
        if isinstance(exc, AssertionError) and "\nassert " in text:
            text = text.split("\nassert ", 1)[0]  # keep the message, not pytest's rewrite
        failure = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    if failure is not None:  # raised outside the except block: no chained traceback
        if on_failure is not None:
            with contextlib.suppress(Exception):
                on_failure()
        try:
            fail_step(name, failure)
        except pytest.fail.Exception as exc:
            raise exc from None  # the step's message says it all; no "during handling"


def find_chromium() -> str | None:
    """Return the system Chromium: ``$KARABAKH_NB_CHROMIUM``, else the one on ``PATH``.

    ``KARABAKH_NB_CHROMIUM=none`` finds none, whatever is installed.

    The Makefile's ``chromium`` target looks in the same places, so what it installs is
    what the tests find.
    """
    given = os.environ.get(CHROMIUM_ENV)
    if given == NO_BROWSER:  # a fresh machine, simulated: whatever is installed is ignored
        return None
    candidates = [
        given,
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ]
    for candidate in candidates:
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def browser_required() -> bool:
    """Return True where a missing Chromium must fail the browser tests (CI)."""
    return os.environ.get(REQUIRE_ENV, "") not in ("", "0")


def chromium_path() -> str:
    """Return the system Chromium, or fail the test saying how to get one.

    Only reached where the browser tests run without Chromium: with
    ``KARABAKH_NB_REQUIRE_BROWSER`` set (elsewhere ``test_browser.py`` skips itself).
    """
    path = find_chromium()
    if path is None:
        fail_step(
            "find chromium",
            f"no Chromium on PATH and {REQUIRE_ENV} is set; install it "
            f"(apt-get install chromium) or set {CHROMIUM_ENV} to its path",
        )
        raise AssertionError("unreachable")
    return path


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """Yield a headless system Chromium launched by Playwright (sync API)."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    with sync_playwright() as pw:
        with step(f"launch chromium {executable}"):
            browser = pw.chromium.launch(
                executable_path=executable, headless=True, args=CHROMIUM_ARGS, timeout=30_000
            )
        try:
            yield browser
        finally:
            browser.close()


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def screenshot(page: Any, name: str) -> Path:
    """Save a screenshot of the page's viewport as ``test-artifacts/<name>.png``."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), timeout=10_000)
    return path


# --- static files -------------------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serve_directory(folder: Path) -> Iterator[str]:
    """Serve ``folder`` over HTTP on 127.0.0.1 (random port) and yield its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="report-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# --- JupyterLab ---------------------------------------------------------------------------


class JupyterLab:
    """A JupyterLab server of this environment, isolated from the user's Jupyter set-up.

    Its root is ``root_dir``; runtime, config, data, settings and workspaces live under
    ``state_dir``. ``KARABAKH_NB_STATIC`` is removed from its environment, so kernels it
    starts have a live front end (the explorer shows real widgets).
    """

    def __init__(self, root_dir: Path, state_dir: Path):
        self.root_dir, self.state = Path(root_dir), Path(state_dir)
        self.port = free_port()
        self.token = secrets.token_hex(24)
        self.base_url = f"http://127.0.0.1:{self.port}/"
        self.log_path = self.state / "jupyterlab.log"
        self.process: subprocess.Popen[bytes] | None = None

    def url(self, path: str) -> str:
        """Return the URL of ``path`` (relative to the server root) with the token."""
        sep = "&" if "?" in path else "?"
        return f"{self.base_url}{path}{sep}token={self.token}"

    def log_tail(self, lines: int = 30) -> str:
        """Return the end of the server's log, for failure messages."""
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def _environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env.pop(STATIC_ENV, None)
        dirs = {
            "JUPYTER_RUNTIME_DIR": "runtime",
            "JUPYTER_CONFIG_DIR": "config",
            "JUPYTER_DATA_DIR": "data",
            "IPYTHONDIR": "ipython",
        }
        for var, name in dirs.items():
            (self.state / name).mkdir(parents=True, exist_ok=True)
            env[var] = str(self.state / name)
        env.pop("JUPYTER_PATH", None)
        env.pop("JUPYTER_CONFIG_PATH", None)
        env["PYTHONUNBUFFERED"] = "1"
        return env

    def _write_config(self) -> None:
        labconfig = self.state / "config" / "labconfig"
        labconfig.mkdir(parents=True, exist_ok=True)
        page_config = {"disabledExtensions": dict.fromkeys(DISABLED_LAB_PLUGINS, True)}
        (labconfig / "page_config.json").write_text(json.dumps(page_config), encoding="utf-8")
        # No "would you like news?" toast and no update check, whatever the plugin set-up.
        notification = self.state / "settings" / "@jupyterlab" / "apputils-extension"
        notification.mkdir(parents=True, exist_ok=True)
        (notification / "notification.jupyterlab-settings").write_text(
            json.dumps({"fetchNews": "false", "checkForUpdates": False}), encoding="utf-8"
        )
        (self.state / "workspaces").mkdir(exist_ok=True)

    def command(self) -> list[str]:
        """Return the command line that starts the server."""
        return [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--ServerApp.open_browser=False",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={self.root_dir}",
            "--ServerApp.terminals_enabled=False",
            "--LabApp.news_url=None",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            f"--LabApp.user_settings_dir={self.state / 'settings'}",
            f"--LabApp.workspaces_dir={self.state / 'workspaces'}",
            # The default ('pypi') extension manager queries PyPI: there is no network here.
            "--LabApp.extension_manager=readonly",
            *(["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []),
        ]

    def start(self, timeout: float = 60.0) -> None:
        """Start the server and wait until ``/api/status`` answers (or fail the test)."""
        self.state.mkdir(parents=True, exist_ok=True)
        self._write_config()
        log = self.log_path.open("wb")
        try:
            self.process = subprocess.Popen(
                self.command(),
                cwd=self.root_dir,
                env=self._environment(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        finally:
            log.close()
        status = f"{self.base_url}api/status"
        deadline = time.monotonic() + timeout
        last_error = "no answer yet"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                fail_step(
                    f"wait for JupyterLab at {status}",
                    f"the server exited with code {self.process.returncode}; "
                    f"log:\n{self.log_tail()}",
                )
            try:
                self.api("api/status", timeout=2)
                return
            except (OSError, urllib.error.URLError, ValueError) as exc:
                last_error = str(exc)
            time.sleep(0.25)
        fail_step(
            f"wait for JupyterLab at {status}",
            f"timed out after {timeout:.0f} s ({last_error}); log:\n{self.log_tail()}",
        )

    def api(self, path: str, method: str = "GET", timeout: float = 10) -> Any:
        """Call the REST API with the token and return the decoded JSON (or None)."""
        request = urllib.request.Request(
            f"{self.base_url}{path}",
            method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
        return json.loads(body) if body else None

    def stop(self, timeout: float = 15.0) -> None:
        """Shut the server and its kernels down: API shutdown, then SIGTERM, then SIGKILL."""
        process = self.process
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(OSError, urllib.error.URLError, ValueError):
            self.api("api/shutdown", method="POST", timeout=5)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=timeout)
            return
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=5)
            return
        # Last resort: the server's own process group (it was started in a new session).
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


@contextlib.contextmanager
def jupyterlab(root_dir: Path, state_dir: Path, timeout: float = 60.0) -> Iterator[JupyterLab]:
    """Run a :class:`JupyterLab` for the duration of the block."""
    server = JupyterLab(root_dir, state_dir)
    try:
        server.start(timeout=timeout)
        yield server
    finally:
        server.stop()
