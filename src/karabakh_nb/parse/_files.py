"""Finding the files to read and decoding their bytes safely to text.

What belongs here: turning files, folders and globs into the list of files,
reading a file's bytes, and decoding them (byte-order marks, a strict encoding,
refusing empty, blank and binary files) with line ends normalised. Every failure
is an :class:`~karabakh_nb.errors.InputError` naming the file and, where it helps,
the line.
"""

from __future__ import annotations

import codecs
import glob
import warnings
from collections.abc import Iterable
from pathlib import Path

from .. import errors
from ..config import seeds_dir
from ..errors import InputError, UsageError


def resolve_paths(paths: str | Path | Iterable[str | Path] | None = None) -> list[Path]:
    """Turn files, folders and globs into the sorted list of files to read.

    Args:
        paths: A file, a folder (its ``*.txt`` files, sorted by name), a glob, or a list of
            them. ``None`` or an empty list means the bundled default corpus.

    Returns:
        The files, each at most once, in the order given.

    Raises:
        InputError: A path does not exist, a folder has no ``.txt`` file, or a glob
            matches nothing.
    """
    if paths is None:
        items: list[str | Path] = [seeds_dir()]
    elif isinstance(paths, str | Path):
        items = [paths]
    elif isinstance(paths, Iterable) and not isinstance(paths, bytes):
        items = list(paths) or [seeds_dir()]
    else:
        raise TypeError(
            f"expected a file, a folder, a glob or a list of them, not {type(paths).__name__}"
        )
    if not all(isinstance(item, str | Path) for item in items):
        bad = next(item for item in items if not isinstance(item, str | Path))
        raise TypeError(f"expected paths as str or Path, not {type(bad).__name__}: {bad!r}")
    files: list[Path] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            # *.txt, *.TXT, *.Txt: the extension's case says nothing about the content
            found = sorted(p for p in path.iterdir() if p.suffix.lower() == ".txt" and p.is_file())
            if not found:
                raise InputError(errors.MSG_NO_TXT, path)
            files.extend(found)
        elif path.is_file():
            files.append(path)
        elif glob.has_magic(str(item)):
            found = sorted(Path(p) for p in glob.glob(str(item)) if Path(p).is_file())
            if not found:
                raise InputError(errors.MSG_NO_MATCH, item)
            files.extend(found)
        elif path.exists():  # /dev/null, a FIFO, a socket: not a file to read twice
            raise InputError(errors.MSG_NOT_REGULAR, path)
        else:
            raise InputError(errors.MSG_MISSING, path)
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]


def decode(data: bytes, path: str | Path = "<text>", encoding: str | None = None) -> str:
    r"""Decode a file's bytes to text with line ends normalised to ``\\n``.

    A byte-order mark (UTF-8, UTF-16, UTF-32) wins; otherwise ``encoding`` (default
    UTF-8, strictly: a file that is not valid UTF-8 is refused rather than turned
    into mojibake).

    Raises:
        InputError: The file is empty, blank, binary, or not in the encoding.
    """
    if not data:
        raise InputError(errors.MSG_EMPTY, path)
    chosen = encoding
    body = data
    for bom, name in _BOMS:
        if data.startswith(bom):
            chosen, body = name, data[len(bom) :]
            break
    if chosen is None:
        chosen = "utf-8"
    try:
        codec = codecs.lookup(chosen)
    except (LookupError, ValueError):  # ValueError: a name holding a NUL character
        raise UsageError(errors.MSG_BAD_ENCODING.format(encoding=chosen)) from None
    if not getattr(codec, "_is_text_encoding", True):  # rot13, base64, zlib, hex ...
        raise UsageError(errors.MSG_NOT_TEXT_ENCODING.format(encoding=chosen))
    if "\x00" in codec.name or (
        b"\x00" in body and not codec.name.startswith(("utf-16", "utf-32"))
    ):
        nul = body.index(b"\x00")
        # ASCII text in UTF-16 has its NUL after each letter (LE) or before it (BE).
        message = errors.MSG_NUL_BE if nul % 2 == 0 else errors.MSG_NUL
        raise InputError(message, path, body.count(b"\n", 0, nul) + 1)
    try:
        text = body.decode(codec.name)
    except UnicodeDecodeError as exc:
        bad = min(exc.start, len(body) - 1)
        line = body.count(b"\n", 0, bad) + 1
        utf8 = _decodes(body, "utf-8")
        raise InputError(errors.decode_message(body[bad], chosen, utf8), path, line) from None
    except (UnicodeError, LookupError, ValueError, TypeError):
        # Codecs that are not for files (idna, punycode, undefined) fail in their own way.
        raise UsageError(errors.MSG_NOT_TEXT_ENCODING.format(encoding=chosen)) from None
    if "\x00" in text:
        raise InputError(errors.MSG_NUL, path, text.count("\n", 0, text.index("\x00")) + 1)
    if _garbled_utf8(body, codec.name):
        warnings.warn(errors.MSG_LOOKS_UTF8.format(path=path, encoding=chosen), stacklevel=2)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(errors.MSG_BLANK, path)
    return text


def _garbled_utf8(body: bytes, codec: str) -> bool:
    """True when a file read in a single-byte encoding is valid UTF-8 with non-ASCII letters.

    Such a file read as Latin-1 or cp1252 turns "–" into "â€“": its text is silently wrong.
    """
    return not codec.startswith(("utf", "ascii")) and not body.isascii() and _decodes(body, "utf-8")


def _decodes(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _read_file(path: Path, encoding: str | None) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(errors.MSG_UNREADABLE.format(reason=exc.strerror), path) from None
    return decode(data, path, encoding)
