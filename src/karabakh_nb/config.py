"""Paths the package uses: the default corpus, the notebooks and reference figures.

The bundled seeds and notebooks live at the top of a checkout (``seeds/``,
``notebooks/``); a wheel carries copies under ``karabakh_nb/_data/``. Every
other module asks this one where they are.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "DEFAULT_REPORTS_DIR",
    "notebooks_dir",
    "project_root",
    "reference_figures_path",
    "seeds_dir",
]

_PACKAGE_DIR = Path(__file__).resolve().parent
_DATA_DIR = _PACKAGE_DIR / "_data"
DEFAULT_REPORTS_DIR = Path("reports")


def project_root() -> Path | None:
    """Return the checkout's top folder when running from a source checkout, else None."""
    root = _PACKAGE_DIR.parents[1]
    if (root / "pyproject.toml").is_file() and (root / "seeds").is_dir():
        return root
    return None


def _locate(name: str) -> Path:
    packaged = _DATA_DIR / name
    if packaged.is_dir():
        return packaged
    root = project_root()
    if root is not None:
        return root / name
    return packaged  # missing either way; callers report the path they tried


def seeds_dir() -> Path:
    """Return the folder of the default corpus (the bundled ``seeds/``)."""
    return _locate("seeds")


def notebooks_dir() -> Path:
    """Return the folder of the bundled notebooks."""
    return _locate("notebooks")


def reference_figures_path() -> Path:
    """Return the path of the bundled public reference figures CSV."""
    return seeds_dir() / "reference" / "public_figures.csv"
