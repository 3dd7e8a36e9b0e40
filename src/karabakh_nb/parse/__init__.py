"""Reading scraped "People Also Ask" files into the ``qa`` table.

The input format is described in CONTRACT.md section 1: blocks separated by
blank lines, each a question (a short sentence ending in ``?``) or the answer
that follows it. This module decodes files safely, splits them into blocks,
pairs questions with answers (right after a question, a block ending in ``?`` is a
second question only if it opens like one, "What ..." or "Is ..."; otherwise it is
the answer), and separates scraping artefacts (snippet
headers, share-widget boilerplate, truncation) from the clean answer. Nothing
is dropped: a block that is neither a question nor an answer to one is kept as
an *orphan* and reported by :func:`karabakh_nb.check`.

Ids are ``<file stem>:<line>``; where two files of a corpus share a stem
(``2020/notes.txt`` and ``2021/notes.txt``), each one's stem and ``source`` are its path
relative to their common folder (``2020/notes:3``, ``2020/notes.txt``), so an id names one
pair (:func:`source_labels`). Of several files, one that is empty, blank or holds no
question is skipped and listed in :attr:`Corpus.skipped` (``check`` reports it; the
blocks of a file without questions stay orphans); only when no file has a question is
that an error.

The package is split by job: ``_files`` finds the files and decodes them;
``_blocks`` splits a text into blocks; ``_clean`` separates the artefacts from an
answer; ``_pairs`` tells questions from answers and pairs them; the ``qa`` table and
:class:`Corpus` are built here. Import the public names from here, not from the
submodules.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from .. import errors
from ..errors import InputError
from ._blocks import Block, _stem
from ._chunks import scan_file
from ._clean import MAX_SNIPPET_WORDS as MAX_SNIPPET_WORDS
from ._clean import clean_answer
from ._files import _read_file, decode, resolve_paths
from ._pairs import MAX_QUESTION_CHARS as MAX_QUESTION_CHARS
from ._pairs import Pair, is_question, parse_text

__all__ = [
    "QA_COLUMNS",
    "Block",
    "Corpus",
    "Pair",
    "SkippedFile",
    "clean_answer",
    "decode",
    "is_question",
    "load",
    "parse_text",
    "read_corpus",
    "resolve_paths",
    "source_labels",
]

QA_COLUMNS = ["id", "source", "line", "question", "answer", "snippet", "raw", "flags"]


class SkippedFile(NamedTuple):
    """A file of a corpus that gave no pair: empty, blank, or without a question.

    Attributes:
        source: The file's ``source`` (as in the ``qa`` table).
        stem: The stem its ids would have (``<stem>:1`` names the file in ``check``).
        message: What is wrong with it, as the error for that file alone would say.
    """

    source: str
    stem: str
    message: str


@dataclass
class Corpus:
    """Everything read from one or more Q&A files.

    Attributes:
        qa: The ``qa`` table (CONTRACT.md section 3).
        orphans: Blocks that belong to no pair (an answer before the first question,
            a second answer block in a row); reported by ``check``.
        files: The files read, in order (skipped ones included).
        skipped: Files that gave no pair (empty, blank, no question); reported by
            ``check``.
    """

    qa: pd.DataFrame
    orphans: list[Block] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)


def _frame(columns: Sequence[list[Any]]) -> pd.DataFrame:
    """The ``qa`` table from one list per field of :class:`Pair`."""
    data = dict(zip(Pair._fields, columns, strict=True))
    frame = pd.DataFrame(
        {
            "id": pd.Series(data["id"], dtype="str"),
            "source": pd.Series(data["source"], dtype="str"),
            "line": pd.Series(data["line"], dtype="int64"),
            "question": pd.Series(data["question"], dtype="str"),
            **{
                name: pd.Series(data[name], dtype=object)
                for name in ("answer", "snippet", "raw", "flags", "boilerplate")
            },
            "answer_line": pd.Series(data["answer_line"], dtype="Int64"),
        }
    )
    return frame


def source_labels(files: Sequence[str | Path]) -> list[tuple[str, str | None]]:
    """Return each file's ``source`` and id stem, unique across ``files``.

    A file's ``source`` is its name and its id stem the name without the extension;
    where two files share a stem, each of them is named by its path relative to their
    common folder instead (``2021/notes.txt``, stem ``2021/notes``), with the extension
    kept in the stem where that alone tells them apart (``notes.txt``, ``notes.md``).

    Returns:
        ``(source, stem)`` per file, ``stem`` None where it is ``source``'s stem.

    Example:
        >>> source_labels(["a/2020/notes.txt", "a/2021/notes.txt", "b/other.txt"])
        [('2020/notes.txt', None), ('2021/notes.txt', None), ('other.txt', None)]
    """
    paths = [Path(f) for f in files]
    labels: list[tuple[str, str | None]] = [(p.name, None) for p in paths]
    by_stem: dict[str, list[int]] = {}
    for index, path in enumerate(paths):
        by_stem.setdefault(_stem(path.name), []).append(index)
    for group in by_stem.values():
        if len(group) < 2:
            continue
        absolute = [Path(os.path.abspath(paths[i])) for i in group]
        common = os.path.commonpath(absolute)
        names = [a.relative_to(common).as_posix() for a in absolute]
        stems = [_stem(name) for name in names]
        for i, name, stem in zip(group, names, stems, strict=True):
            labels[i] = (name, None if stems.count(stem) == 1 else name)
    return labels


_UNUSABLE = (errors.MSG_EMPTY, errors.MSG_BLANK, errors.MSG_NO_QUESTIONS)


def _no_questions(text: str, encoding: str | None) -> str:
    """Why a file gives no pair: questions glued to other lines, a wrong encoding, or none."""
    lines = [line.strip() for line in text.splitlines()]
    if any(line.endswith("?") for line in lines) and "" not in lines[:-1]:
        return errors.MSG_NO_QUESTIONS_JOINED
    if encoding and codecs.lookup(encoding).name != "utf-8":
        return errors.MSG_NO_QUESTIONS_ENCODING.format(encoding=encoding)
    return errors.MSG_NO_QUESTIONS


def read_corpus(
    paths: str | Path | Iterable[str | Path] | None = None, encoding: str | None = None
) -> Corpus:
    """Read Q&A files into a :class:`Corpus` (the ``qa`` table plus orphan blocks).

    Of several files, one that is empty, blank or holds no question is skipped and
    listed in ``skipped`` (its blocks, if any, stay orphans); a file that cannot be
    read or decoded is an error, as is a corpus in which no file holds a question.

    Args:
        paths: Files, folders or globs (see :func:`resolve_paths`); default the bundled seeds.
        encoding: Text encoding of files without a byte-order mark (default UTF-8).

    Raises:
        InputError: A file cannot be read or decoded, or no file holds a question.
    """
    files = resolve_paths(paths)
    all_columns: list[list[Any]] = [[] for _ in Pair._fields]
    all_orphans: list[Block] = []
    skipped: list[SkippedFile] = []
    first_error: InputError | None = None
    for path, (source, stem) in zip(files, source_labels(files), strict=True):
        try:
            text = _read_file(path, encoding)
        except InputError as exc:
            if exc.message not in _UNUSABLE:
                raise
            first_error = first_error or exc
            skipped.append(SkippedFile(source, stem or _stem(source), exc.message))
            continue
        columns, orphans = scan_file(text, source, stem)
        if not columns[0]:
            why = _no_questions(text, encoding)
            first_error = first_error or InputError(why, path)
            skipped.append(SkippedFile(source, stem or _stem(source), why))
        for column, part in zip(all_columns, columns, strict=True):
            column.extend(part)
        all_orphans.extend(orphans)
    if not all_columns[0] and first_error is not None:
        raise first_error
    return Corpus(_frame(all_columns), all_orphans, files, skipped)


def load(
    paths: str | Path | Iterable[str | Path] | None = None, encoding: str | None = None
) -> pd.DataFrame:
    """Read Q&A files into the ``qa`` table.

    Args:
        paths: A file, a folder, a glob, or a list of them; default the bundled seeds.
        encoding: Text encoding of files without a byte-order mark (default UTF-8).

    Returns:
        One row per question, columns ``QA_COLUMNS`` then ``boilerplate`` (the text
        removed from the answer) and ``answer_line``.

    Example:
        >>> import karabakh_nb as kn
        >>> qa = kn.load()
        >>> list(qa.columns[:4])
        ['id', 'source', 'line', 'question']
    """
    return read_corpus(paths, encoding).qa


# doctest.testmod(karabakh_nb.parse) (tests/test_docs.py) only collects objects defined
# in this module; list the re-exported ones so their examples keep running there.
__test__ = {name: globals()[name] for name in ("clean_answer", "is_question")}
