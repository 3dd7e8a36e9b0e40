"""Telling questions from answers and pairing them, block by block.

What belongs here: :class:`Pair`, the ``Question:`` prefix, what makes a block a
question (one short sentence ending in ``?``) and what makes a second ``?`` block
right after a question a question too (it opens like one), and :func:`parse_text`,
which pairs the blocks of one file and keeps the rest as orphans.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from ._blocks import Block, _join_lines, _raw_blocks, _stem
from ._clean import _clean

MAX_QUESTION_CHARS = 300
_QUESTION_PREFIX = re.compile(r"^\s*Question\s*:\s*", re.IGNORECASE)
# A sentence boundary inside a block: end punctuation, space, then a capital or digit.
_INNER_BREAK = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?][\"'”’)]*\s+[\"'“‘(]?[A-Z0-9]")


class Pair(NamedTuple):
    """One question with its answer (or none), cleaned and flagged."""

    id: str
    source: str
    line: int
    question: str
    answer: str | None
    snippet: str | None
    raw: str | None
    flags: list[str]
    boilerplate: str | None = None
    answer_line: int | None = None


def _strip_prefix(text: str) -> str:
    """Remove a ``Question:`` prefix."""
    if "uestion" in text[:12]:
        return _QUESTION_PREFIX.sub("", text).strip()
    return text.strip()


_INTERROGATIVES = frozenset(
    [
        "what",
        "who",
        "whom",
        "whose",
        "which",
        "when",
        "where",
        "why",
        "how",
        "is",
        "are",
        "am",
        "was",
        "were",
        "do",
        "does",
        "did",
        "can",
        "could",
        "will",
        "would",
        "should",
        "shall",
        "has",
        "have",
        "had",
        "may",
        "might",
        "must",
    ]
)


def _asks(text: str) -> bool:
    """Return True when a block opens like a question ("How many ...", "Is ...")."""
    first = _strip_prefix(text).split(" ", 1)[0].lower()
    return first.strip("\"'“‘(") in _INTERROGATIVES


def is_question(text: str) -> bool:
    """Return True when a block reads as a question: one short sentence ending in ``?``.

    Example:
        >>> is_question("Who won the war?"), is_question("Why? Nobody knows.")
        (True, False)
    """
    if not text.endswith("?"):
        return False
    text = _strip_prefix(text)
    if len(text) > MAX_QUESTION_CHARS:
        return False
    body = text[:-1]
    if "." not in body and "!" not in body and "?" not in body:
        return True  # no end punctuation, no inner break (the common case, without the pattern)
    return not _INNER_BREAK.search(body)


def parse_text(
    text: str, source: str = "<text>", stem: str | None = None
) -> tuple[list[Pair], list[Block]]:
    """Pair the blocks of one decoded file.

    Args:
        text: The file's text, line ends normalised.
        source: The file name used in ``source`` and messages (a path relative to the
            corpus's common folder where names repeat, e.g. ``2021/notes.txt``).
        stem: The stem of the ids, ``<stem>:<line>``; default ``source`` without its
            extension.

    Returns:
        ``(pairs, orphans)``.
    """
    columns, orphans = scan_columns(text, source, stem)
    return [Pair(*row) for row in zip(*columns, strict=True)], orphans


def scan_columns(
    text: str, source: str = "<text>", stem: str | None = None, first_line: int = 1
) -> tuple[list[list[Any]], list[Block]]:
    """:func:`parse_text`'s pairs as columns: one list per field of :class:`Pair`.

    The ``qa`` table is built from columns; making a :class:`Pair` of every pair only to
    take it apart again cost a third of the time of reading a large file.

    Args:
        text: The file's text, or a run of whole blocks of it (see ``first_line``).
        source: As for :func:`parse_text`.
        stem: As for :func:`parse_text`.
        first_line: The line of the file on which ``text`` starts.
    """
    columns: list[list[Any]] = [[] for _ in Pair._fields]
    (ids, sources, lines, questions, answers, snippets, raws, flagss, boilers, answer_lines) = (
        column.append for column in columns
    )
    orphans: list[Block] = []
    own_stem = stem
    stem = _stem(source) if stem is None else stem
    pending: tuple[int, str] | None = None  # (line, question text)

    def unanswered(line: int, question: str) -> None:
        ids(f"{stem}:{line}")
        sources(source)
        lines(line)
        questions(question)
        answers(None)
        snippets(None)
        raws(None)
        flagss(["unanswered"])
        boilers(None)
        answer_lines(None)

    for start, raw in _raw_blocks(text, first_line):
        body = _join_lines(raw)
        if body[-1] == "?" and is_question(body) and (pending is None or _asks(body)):
            if pending is not None:
                unanswered(*pending)
            pending = (start, _strip_prefix(body))
        elif pending is not None:
            line, question = pending
            answer, snippet, boiler, flags = _clean(body)
            ids(f"{stem}:{line}")
            sources(source)
            lines(line)
            questions(question)
            answers(answer)
            snippets(snippet)
            raws(raw)
            flagss(flags)
            boilers(boiler)
            answer_lines(start)
            pending = None
        else:
            orphans.append(Block(source, start, raw, own_stem))
    if pending is not None:
        unanswered(*pending)
    return columns, orphans
