"""Shared fixtures (paths of the bundled seed and the test corpora, rendered reports), and
the browser tests' skip where there is no Chromium."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from .browser_support import NO_CHROMIUM, browser_required, find_chromium

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "seeds" / "000_c8ae912d7073d48a.txt"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def write(tmp_path: Path):
    """Write bytes or text to a file in a temporary folder and return its path."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return _write


def _render(out: Path, **kwargs) -> Path:
    from karabakh_nb.render import render

    render(output=out, progress=False, **kwargs)
    return out


@pytest.fixture(scope="session")
def default_reports(tmp_path_factory) -> Path:
    """The bundled seeds rendered with default parameters."""
    return _render(tmp_path_factory.mktemp("default") / "reports")


@pytest.fixture(scope="session")
def georgia_reports(tmp_path_factory) -> Path:
    """Another conflict, other parties and a publication date."""
    return _render(
        tmp_path_factory.mktemp("georgia") / "reports",
        seeds=[DATA / "georgia_2008.txt"],
        parameters={"parties": ["Georgia", "Russia"], "as_of": "2008-09-01"},
    )


@pytest.fixture(scope="session")
def xss_reports(tmp_path_factory) -> Path:
    """A Q&A file holding <script> and <img onerror> markup."""
    return _render(tmp_path_factory.mktemp("xss") / "reports", seeds=[DATA / "xss.txt"])


@functools.cache
def _skip_browser_tests() -> bool:
    return find_chromium() is None and not browser_required()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    # Raised here, before any fixture is set up (no report is rendered for nothing), and
    # from this one line, so `-ra` folds the skips into one summary line.
    if item.get_closest_marker("browser") is not None and _skip_browser_tests():
        pytest.skip(NO_CHROMIUM)
