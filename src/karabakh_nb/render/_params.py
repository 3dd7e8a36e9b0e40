"""The notebooks' parameters: what a notebook declares and reading ``-p NAME VALUE``.

What belongs here: :func:`notebook_parameters` (what a notebook's ``parameters`` cell
declares) and :func:`parse_parameters` (``-p`` values read as YAML). Nothing here
starts a kernel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

from ..errors import UsageError

__all__ = ["notebook_parameters", "parse_parameters"]


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
