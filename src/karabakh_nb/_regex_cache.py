"""Large regular expressions compiled once per machine, not once per process.

Compiling the lexicon's trie or a rule file's patterns costs a tenth of a second or more,
paid again by every process that reads text (the command line, each report kernel).
:func:`compile_cached` keeps what Python's compiler produces (the engine's code words)
in a cache folder, keyed by the Python version, the flags and the pattern, and builds
the pattern object from it directly; the result equals ``re.compile(pattern, flags)``.

The folder is ``KARABAKH_NB_CACHE`` (``""`` or ``"off"`` turns the cache off), else
``$XDG_CACHE_HOME/karabakh_nb/regex`` or ``~/.cache/karabakh_nb/regex``; it keeps the
:data:`MAX_FILES` most recently written patterns. A folder that
cannot be written, a damaged file or another Python's internals fall back to
``re.compile``: the cache only ever saves time.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

__all__ = ["CACHE_ENV", "cache_folder", "compile_built", "compile_cached", "compile_many"]

CACHE_ENV = "KARABAKH_NB_CACHE"
#: Patterns shorter than this compile faster than their file is read.
MIN_LENGTH = 2_000
#: Files kept in the folder: writing one more removes the least recently written beyond this
#: (word lists and rules that change leave their old patterns behind).
MAX_FILES = 200

try:  # CPython 3.11+ internals; elsewhere every pattern is compiled normally
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre = None


def cache_folder() -> Path | None:
    """The cache folder, or None when the cache is off."""
    given = os.environ.get(CACHE_ENV)
    if given is not None:
        return None if given.strip().lower() in ("", "off", "0") else Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "karabakh_nb" / "regex"


def _build(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple[Any, ...]]:
    """Compile as ``re.compile`` does, keeping the arguments of the last step."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    code = [int(word) for word in code]  # opcodes are int subclasses, which marshal refuses
    groups = parsed.state.groups - 1
    args = (int(flags | parsed.state.flags), code, groups, groupindex, tuple(indexgroup))
    return _sre.compile(pattern, *args), args


def _path(folder: Path, flags: int, text: str) -> Path:
    key = hashlib.sha256(f"{sys.version}\0{flags}\0{text}".encode()).hexdigest()[:40]
    return folder / f"{key}.marshal"


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its compiled form read from the cache when there."""
    folder = cache_folder()
    if _sre is None or folder is None or len(pattern) < MIN_LENGTH:
        return re.compile(pattern, flags)
    flags = int(flags)
    path = _path(folder, flags, pattern)
    with contextlib.suppress(Exception):  # missing, damaged or of other internals
        return _sre.compile(pattern, *marshal.loads(path.read_bytes()))
    try:
        compiled, args = _build(pattern, flags)
    except Exception:  # other internals: the ordinary way (and its errors)
        return re.compile(pattern, flags)
    _write(folder, path, args)
    return compiled


def compile_built(key: str, build: Callable[[], str], flags: int = 0) -> re.Pattern[str]:
    """``re.compile(build(), flags)``, the pattern itself also kept in the cache under ``key``.

    For a pattern whose building costs as much as its compiling (the lexicon's trie of
    thousands of names): ``key`` must hold everything the pattern is built from (the
    names, and the source of the code that builds it), so that another key is another
    pattern.
    """
    folder = cache_folder()
    if _sre is None or folder is None:
        return re.compile(build(), flags)
    flags = int(flags)
    path = _path(folder, flags, f"built\0{key}")
    with contextlib.suppress(Exception):  # missing, damaged or of other internals
        pattern, args = marshal.loads(path.read_bytes())
        return _sre.compile(pattern, *args)
    pattern = build()
    try:
        compiled, args = _build(pattern, flags)
    except Exception:  # other internals: the ordinary way (and its errors)
        return re.compile(pattern, flags)
    _write(folder, path, (pattern, args))
    return compiled


def compile_many(patterns: Sequence[str], flags: int = 0) -> list[re.Pattern[str]]:
    """``[re.compile(p, flags) for p in patterns]``, kept in the cache as one file.

    For many patterns each too short for a file of its own (a rule file's rules): their
    compiling adds up to a fifth of a second, reading one file takes milliseconds.
    """
    folder = cache_folder()
    if _sre is None or folder is None or sum(map(len, patterns)) < MIN_LENGTH:
        return [re.compile(p, flags) for p in patterns]
    flags = int(flags)
    path = _path(folder, flags, "\0".join(["many", *patterns]))
    with contextlib.suppress(Exception):  # missing, damaged or of other internals
        kept = marshal.loads(path.read_bytes())
        if len(kept) == len(patterns):
            return [_sre.compile(p, *a) for p, a in zip(patterns, kept, strict=True)]
    try:
        built = [_build(p, flags) for p in patterns]
    except Exception:  # other internals: the ordinary way (and its errors)
        return [re.compile(p, flags) for p in patterns]
    _write(folder, path, [args for _, args in built])
    return [compiled for compiled, _ in built]


def _write(folder: Path, path: Path, args: Any) -> None:
    """Write a cache file whole (or not at all), then prune the folder."""
    with contextlib.suppress(OSError, ValueError):
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as f:
                f.write(marshal.dumps(args))
            os.replace(temp, path)  # whole or not at all, whoever writes it at once
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        _prune(folder)


def _prune(folder: Path) -> None:
    """Keep the :data:`MAX_FILES` most recently written files of the folder."""
    with contextlib.suppress(OSError):
        files = sorted(folder.glob("*.marshal"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in files[MAX_FILES:]:
            with contextlib.suppress(OSError):
                old.unlink()
