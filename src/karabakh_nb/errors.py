"""Exceptions raised by karabakh_nb.

Every error a user can cause derives from :class:`KarabakhError`; the command
line turns one into a single ``karabakh-nb: error: ...`` line and exit status 2.
"""

from __future__ import annotations

import codecs
from pathlib import Path

__all__ = ["InputError", "KarabakhError", "RenderError", "UsageError"]

# User-facing error text lives here, so it stays consistent and testable.
TRY_ENCODING = "try --encoding latin-1 (or cp1252, utf-16)"
MSG_EMPTY = "file is empty; pass a Q&A text file with questions and answers"
MSG_BLANK = "file holds only blank lines; pass a Q&A text file with questions and answers"
MSG_NUL = (
    "file contains NUL bytes (a binary file, or UTF-16 without a byte-order mark); "
    "if it is UTF-16 text try --encoding utf-16-le"
)
MSG_NUL_BE = MSG_NUL.replace("utf-16-le", "utf-16-be")
MSG_DECODE = "cannot decode byte 0x{byte:02x} as {encoding}; " + TRY_ENCODING
MSG_NOT_REGULAR = (
    "not a regular file (a device, pipe or socket); save the Q&A text to a .txt file and pass that"
)


def decode_message(byte: int, encoding: str, utf8: bool = False) -> str:
    """The message for a byte ``encoding`` cannot decode, suggesting only other encodings.

    Bytes 0x80-0x9f are Windows punctuation in cp1252 (curly quotes, dashes) but control
    characters in latin-1, so cp1252 comes first for them; a file that is valid UTF-8
    (``utf8``) is told to try UTF-8 first.
    """
    windows = 0x80 <= byte <= 0x9F
    if encoding.replace("_", "-").lower() in ("utf-8", "utf8") and not windows:
        return MSG_DECODE.format(byte=byte, encoding=encoding)
    tried = codecs.lookup(encoding).name
    order = ("cp1252", "latin-1") if windows else ("latin-1", "cp1252")
    first = ("utf-8", *order, "utf-16") if utf8 else (*order, "utf-16", "utf-8")
    others = [e for e in first if codecs.lookup(e).name != tried]
    hint = f"try --encoding {others[0]} (or {', '.join(others[1:])})"
    return f"cannot decode byte 0x{byte:02x} as {encoding}; {hint}"


MSG_BAD_ENCODING = "unknown encoding {encoding!r}; try utf-8, utf-16, latin-1 or cp1252"
MSG_LOOKS_UTF8 = (
    "{path}: the file is valid UTF-8 but is read as {encoding}, so its non-ASCII letters "
    "come out garbled ('â€“' for '–'); leave out --encoding to read it as UTF-8"
)
MSG_NOT_TEXT_ENCODING = (
    "{encoding!r} is not an encoding of text files; try utf-8, utf-16, latin-1 or cp1252"
)
MSG_NO_QUESTIONS = (
    "no questions found (a question is a short sentence ending in '?'); "
    "is this a Q&A file in the format of seeds/*.txt?"
)
MSG_NO_QUESTIONS_JOINED = (
    "no questions found: lines ending in '?' share a block with other lines; put a blank "
    "line between each question and its answer, as in seeds/*.txt"
)
MSG_NO_QUESTIONS_ENCODING = MSG_NO_QUESTIONS[:-1] + " Or is --encoding {encoding} wrong?"
MSG_MISSING = "no such file or folder; check the path"
MSG_NO_TXT = "folder holds no .txt files; pass Q&A .txt files or a folder that has them"
MSG_NO_MATCH = "pattern matches no files; check the glob, or quote it so the shell leaves it alone"
MSG_UNREADABLE = "cannot read file ({reason}); check its permissions"
MSG_CANNOT_WRITE = (
    "cannot write the output in this terminal's encoding ({encoding}); "
    "set PYTHONIOENCODING=utf-8 or use --format json"
)
MSG_NO_MEMORY = "out of memory; try fewer or smaller files at a time"


class KarabakhError(Exception):
    """Base class of every error karabakh_nb raises on bad input or usage."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        super().__init__(self.oneline())

    def oneline(self) -> str:
        """Return the error as ``<file>[:<line>]: <message>`` (or just the message)."""
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        return f"{where}{self.message}"


class InputError(KarabakhError):
    """A Q&A file cannot be read, decoded or parsed."""


class UsageError(KarabakhError):
    """The command line or an API call was given an invalid argument."""


class RenderError(KarabakhError):
    """A notebook failed while rendering the reports."""
