"""The notebooks' parameters: reading ``-p NAME VALUE`` and checking them before any run.

What belongs here: :func:`notebook_parameters` (what a notebook's ``parameters`` cell
declares), :func:`parse_parameters` (``-p`` values read as YAML) and
:func:`check_parameters`, which turns what the user gave into what every notebook gets,
or raises :class:`~karabakh_nb.UsageError` naming the ``-p`` option to fix. Nothing here
starts a kernel.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from .. import errors
from ..errors import UsageError
from ..report import normalise_parties

__all__ = [
    "DATA_PARAMETER",
    "check_encoding",
    "check_parameters",
    "notebook_parameters",
    "parse_parameters",
]

#: The parameter render sets itself: the report's data package folder, ``"data"``.
DATA_PARAMETER = "data"
MSG_AS_OF = "-p as_of: {value!r} is not a date; give it as YYYY-MM-DD, e.g. -p as_of 2021-03-01"
MSG_PARTIES = (
    "-p parties: expected a party name or a list of names, e.g. -p parties Georgia "
    "or -p parties '[Georgia, Russia]'; got {value!r}"
)
MSG_SEEDS = "-p seeds: expected a path or a list of paths, e.g. --seed data/qa.txt; got {value!r}"
MSG_DATA = (
    "-p data is set by render (the notebooks read the tables it writes into DIR/data/); "
    "choose the input with --seed PATH"
)
MSG_BOTH_SEEDS = "give the input either with --seed PATH or with -p seeds, not both"


def notebook_parameters(path: str | Path) -> dict[str, Any]:
    """Return the defaults of a notebook's ``parameters`` cell as ``{name: source text}``."""
    from ._execute import import_papermill

    found = import_papermill().inspect_notebook(str(path))
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
    given: dict[str, str] = {}
    for name, value in pairs:
        if name in given:
            raise UsageError(
                f"-p {name} is given twice ({given[name]!r}, then {value!r}); give it once"
            )
        given[name] = value
        try:
            out[name] = _plain(yaml.safe_load(value))
        except ValueError:  # YAML reads it as a timestamp that is no date: 2021-13-01
            out[name] = value
        except yaml.YAMLError as exc:
            first = str(exc).splitlines()[0]
            raise UsageError(
                f"-p {name}: value {value!r} is not valid YAML ({first}); "
                "quote lists like '[Georgia, Russia]'"
            ) from None
    return out


def check_encoding(encoding: str | None) -> None:
    """Raise :class:`UsageError` unless ``encoding`` is one Python can decode with."""
    if encoding is None:
        return
    try:
        codec = codecs.lookup(encoding)
    except (LookupError, ValueError):  # ValueError: a name holding a NUL character
        message = errors.MSG_BAD_ENCODING.format(encoding=encoding)
        raise UsageError(f"--encoding: {message}") from None
    if not getattr(codec, "_is_text_encoding", True):  # rot13, base64, zlib, hex ...
        message = errors.MSG_NOT_TEXT_ENCODING.format(encoding=encoding)
        raise UsageError(f"--encoding: {message}")


def _absolute(path: str) -> str:
    return path if os.path.isabs(path) else os.path.abspath(path)


def _seeds(value: Any) -> list[str] | None:
    if value is None:
        return None
    items = [value] if isinstance(value, str | Path) else value
    if not isinstance(items, list | tuple) or not all(isinstance(i, str | Path) for i in items):
        raise UsageError(MSG_SEEDS.format(value=value))
    return [str(i) for i in items] or None  # as given: pages never hold this machine's paths


def _as_of(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise UsageError(MSG_AS_OF.format(value=value)) from None


def _figures_dir(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str | Path) or not str(value).strip():
        raise UsageError(f"-p figures_dir: expected a folder, got {value!r}")
    path = _absolute(str(value))
    if os.path.exists(path) and not os.path.isdir(path):
        raise UsageError(f"-p figures_dir: {path} is a file; give a folder for the figures")
    return path


def _reference(value: Any) -> str | None:
    """A reference figures CSV, checked now (a bad file stops render before any run)."""
    if value is None:
        return None
    if not isinstance(value, str | Path) or not str(value).strip():
        raise UsageError(f"-p reference: expected the path of a CSV file, got {value!r}")
    path = _absolute(str(value))
    if not os.path.isfile(path):
        raise UsageError(
            f"-p reference: no file {value}; give a CSV with the columns of "
            "seeds/reference/public_figures.csv"
        )
    from ..reference import load_reference

    load_reference(str(value))  # InputError naming the file as given, and the line
    return path


def check_parameters(
    parameters: Mapping[str, Any] | None,
    known: Iterable[str],
    seeds: Sequence[str | Path] | None = None,
) -> dict[str, Any]:
    """Check and normalise the notebook parameters before any kernel starts.

    ``parties`` becomes a list (one name is one party), ``as_of`` an ISO date,
    ``seeds`` a list of paths as given, ``figures_dir`` an absolute path (the kernels
    run in the report folder) and ``reference`` the absolute path of a readable reference
    figures CSV; other parameters pass unchanged.

    Args:
        parameters: What the user gave (``-p NAME VALUE``, or the Python call).
        known: The parameters the notebooks declare.
        seeds: The ``--seed`` paths, which become ``seeds``.

    Returns:
        The parameters every notebook gets (``seeds`` only when given).

    Raises:
        UsageError: An unknown name, or a value of the wrong kind, naming the ``-p``
            option to fix.

    Example:
        >>> check_parameters({"parties": "Argentina", "as_of": "2021-03-01"}, ["parties", "as_of"])
        {'parties': ['Argentina'], 'as_of': '2021-03-01'}
    """
    accepted = sorted(set(known) - {DATA_PARAMETER})
    params = dict(parameters or {})
    for name in params:
        if name == DATA_PARAMETER:
            raise UsageError(MSG_DATA)
        if name not in accepted:
            options = ", ".join(f"-p {n}" for n in accepted)
            raise UsageError(f"unknown parameter {name!r}; the notebooks take {options}")
    if seeds and params.get("seeds") is not None:
        raise UsageError(MSG_BOTH_SEEDS)
    if seeds:
        params["seeds"] = list(seeds)
    if "seeds" in params:
        params["seeds"] = _seeds(params["seeds"])
        if params["seeds"] is None:
            del params["seeds"]
    if "parties" in params:
        try:
            params["parties"] = normalise_parties(params["parties"])
        except UsageError:
            raise UsageError(MSG_PARTIES.format(value=params["parties"])) from None
    if "as_of" in params:
        params["as_of"] = _as_of(params["as_of"])
    if "figures_dir" in params:
        params["figures_dir"] = _figures_dir(params["figures_dir"])
    if "reference" in params:
        params["reference"] = _reference(params["reference"])
    return params
