"""Splitting a decoded file into blocks: runs of non-blank lines.

What belongs here: :class:`Block`, the blank-line separators, the first line of
each block, and joining a block's lines into one line of text. Whether a block is
a question or an answer is decided in ``_pairs``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

# Blocks are separated by one or more lines holding nothing but white space.
_BLANK_RUN = re.compile(r"(\n(?:[^\S\n]*\n)+)")
_TRAILING_BLANK = re.compile(r"(?:\n[^\S\n]*)+$")


class Block(NamedTuple):
    """A run of non-blank lines, as found in the file.

    ``stem`` is the id's stem when it is not the stem of ``source`` (two files whose
    relative paths differ only in their extension).
    """

    source: str
    line: int
    raw: str
    stem: str | None = None

    @property
    def text(self) -> str:
        """The block's lines stripped and joined with single spaces."""
        return _join_lines(self.raw)

    @property
    def id(self) -> str:
        """The ``<file stem>:<line>`` id of the block."""
        return f"{_stem(self.source) if self.stem is None else self.stem}:{self.line}"


# A run of three or more spaces inside a line is layout, not text: one space stands for it
# (the raw block keeps it). Hostile runs of thousands made some patterns quadratic.
_SPACE_RUN = re.compile(r"[^\S\n]{3,}")


def _join_lines(raw: str) -> str:
    if "\n" not in raw:
        joined = raw.strip()
    else:
        joined = " ".join(part.strip() for part in raw.split("\n") if part.strip())
    # Every white-space character but the space is unprintable, so a line with no two
    # spaces in a row and nothing unprintable holds no run: skip the (slower) pattern.
    if "  " in joined or not joined.isprintable():
        return _SPACE_RUN.sub(" ", joined)
    return joined


def _stem(source: str) -> str:
    """The source without its extension: ``notes.txt`` -> ``notes``.

    A relative path stands for a file whose name repeats in the corpus and keeps its
    folders: ``2021/notes.txt`` -> ``2021/notes``.
    """
    folder, slash, name = source.rpartition("/")
    return folder + slash + (name.rsplit(".", 1)[0] if "." in name[1:] else name)


def _raw_blocks(text: str, first_line: int = 1) -> Iterator[tuple[int, str]]:
    """Yield ``(first line, raw block)`` for each block of a decoded file.

    ``text`` may be a run of whole blocks of a file that starts on line ``first_line``.
    """
    line = first_line
    parts = _BLANK_RUN.split(text)
    # parts alternate: block, separator, block, ... (the last one a block)
    for part, separator in zip(parts[0::2], [*parts[1::2], ""], strict=True):
        start = line
        line += part.count("\n") + separator.count("\n")
        if part and not part[0].isspace() and not part[-1].isspace():
            yield start, part
            continue
        if not part.strip():
            continue
        body = part.lstrip(" \t\f\v\n\r")
        lead = part[: len(part) - len(body)]
        if "\n" in lead:  # blank lines at the very start of the file
            start += lead.count("\n")
            body = part[part.rfind("\n", 0, len(lead)) + 1 :]
        else:
            body = part
        yield start, _TRAILING_BLANK.sub("", body)
