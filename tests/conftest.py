"""Shared fixtures: paths of the bundled seed and the test corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

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
