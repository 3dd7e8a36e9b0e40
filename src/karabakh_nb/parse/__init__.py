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

The package is split by job: ``_files`` finds the files and decodes them;
``_blocks`` splits a text into blocks; ``_clean`` separates the artefacts from an
answer; ``_pairs`` tells questions from answers and pairs them; the ``qa`` table and
:class:`Corpus` are built here. Import the public names from here, not from the
submodules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import errors
from ..errors import InputError
from ._blocks import Block
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
    "clean_answer",
    "decode",
    "is_question",
    "load",
    "parse_text",
    "read_corpus",
    "resolve_paths",
]

QA_COLUMNS = ["id", "source", "line", "question", "answer", "snippet", "raw", "flags"]


@dataclass
class Corpus:
    """Everything read from one or more Q&A files.

    Attributes:
        qa: The ``qa`` table (CONTRACT.md section 3).
        orphans: Blocks that belong to no pair (an answer before the first question,
            a second answer block in a row); reported by ``check``.
        files: The files read, in order.
    """

    qa: pd.DataFrame
    orphans: list[Block] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def _frame(pairs: Sequence[Pair]) -> pd.DataFrame:
    columns = {
        "id": [p.id for p in pairs],
        "source": [p.source for p in pairs],
        "line": [p.line for p in pairs],
        "question": [p.question for p in pairs],
        "answer": [p.answer for p in pairs],
        "snippet": [p.snippet for p in pairs],
        "raw": [p.raw for p in pairs],
        "flags": [p.flags for p in pairs],
        "boilerplate": [p.boilerplate for p in pairs],
        "answer_line": [p.answer_line for p in pairs],
    }
    frame = pd.DataFrame(columns)
    frame["line"] = frame["line"].astype("int64")
    frame["answer_line"] = frame["answer_line"].astype("Int64")
    for col in ("answer", "snippet", "raw", "boilerplate"):
        frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame


def read_corpus(
    paths: str | Path | Iterable[str | Path] | None = None, encoding: str | None = None
) -> Corpus:
    """Read Q&A files into a :class:`Corpus` (the ``qa`` table plus orphan blocks).

    Args:
        paths: Files, folders or globs (see :func:`resolve_paths`); default the bundled seeds.
        encoding: Text encoding of files without a byte-order mark (default UTF-8).

    Raises:
        InputError: A file cannot be read, decoded, or holds no question.
    """
    files = resolve_paths(paths)
    all_pairs: list[Pair] = []
    all_orphans: list[Block] = []
    for path in files:
        text = _read_file(path, encoding)
        pairs, orphans = parse_text(text, path.name)
        if not pairs:
            raise InputError(errors.MSG_NO_QUESTIONS, path)
        all_pairs.extend(pairs)
        all_orphans.extend(orphans)
    return Corpus(_frame(all_pairs), all_orphans, files)


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
