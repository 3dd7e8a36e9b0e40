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
"""

from __future__ import annotations

import codecs
import glob
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from . import errors
from .config import seeds_dir
from .errors import InputError, UsageError

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

MAX_QUESTION_CHARS = 300
_QUESTION_PREFIX = re.compile(r"^\s*Question\s*:\s*", re.IGNORECASE)
# Blocks are separated by one or more lines holding nothing but white space.
_BLANK_RUN = re.compile(r"(\n(?:[^\S\n]*\n)+)")
_TRAILING_BLANK = re.compile(r"(?:\n[^\S\n]*)+$")
# A sentence boundary inside a block: end punctuation, space, then a capital or digit.
_INNER_BREAK = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?][\"'”’)]*\s+[\"'“‘(]?[A-Z0-9]")
_CLOSERS = "\"'”’)]"

# Share-widget boilerplate: "Share All sharing options for: <title>." and its cousins.
_BOILERPLATE = re.compile(
    r"Share All sharing options for:\s*.+?[.!?](?=\s|$)"
    r"|\b(?:Share|Tweet|Email|Copy link)(?: on| via| to)? (?:Facebook|Twitter|X|WhatsApp|"
    r"LinkedIn|Reddit|Email)\b[.:]?"
    r"|\bShare this (?:article|story|page)\b[.:]?"
)

# Words that open a sentence; one glued after a short unpunctuated run marks a snippet
# header ("1,234 soldiers The Azerbaijani ..."). Proper nouns mid-sentence rarely start
# with one of these, so the rule stays narrow.
_SENTENCE_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "Since",
        "According",
        "After",
        "Before",
        "During",
        "Following",
        "It",
        "Its",
        "This",
        "These",
        "Those",
        "There",
        "When",
        "While",
        "As",
        "By",
        "For",
        "From",
        "Under",
        "Despite",
        "Although",
        "However",
        "Today",
        "Yesterday",
        "We",
        "He",
        "She",
        "They",
        "Our",
        "His",
        "Her",
        "Their",
        "Both",
        "Many",
        "Most",
        "Some",
        "Each",
        "Together",
        "Between",
        "Until",
        "Over",
        "Officially",
        "Historically",
        "Currently",
        "Originally",
        "Unlike",
        "With",
        "Without",
        "Although",
        "Because",
        "If",
    ]
)
_GLUE_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "as",
        "than",
        "that",
        "which",
        "who",
        "but",
        "nor",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "not",
        "no",
    ]
)
MAX_SNIPPET_WORDS = 6


class Block(NamedTuple):
    """A run of non-blank lines, as found in the file."""

    source: str
    line: int
    raw: str

    @property
    def text(self) -> str:
        """The block's lines stripped and joined with single spaces."""
        return _join_lines(self.raw)

    @property
    def id(self) -> str:
        """The ``<file stem>:<line>`` id of the block."""
        return f"{_stem(self.source)}:{self.line}"


def _join_lines(raw: str) -> str:
    if "\n" not in raw:
        return raw.strip()
    return " ".join(part.strip() for part in raw.split("\n") if part.strip())


def _stem(source: str) -> str:
    name = source.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name[1:] else name


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
    else:
        items = list(paths) or [seeds_dir()]
    files: list[Path] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.glob("*.txt") if p.is_file())
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
    except LookupError:
        raise UsageError(errors.MSG_BAD_ENCODING.format(encoding=chosen)) from None
    if "\x00" in codec.name or (
        b"\x00" in body and not codec.name.startswith(("utf-16", "utf-32"))
    ):
        nul = body.index(b"\x00")
        raise InputError(errors.MSG_NUL, path, body.count(b"\n", 0, nul) + 1)
    try:
        text = body.decode(codec.name)
    except UnicodeDecodeError as exc:
        bad = exc.start
        line = body.count(b"\n", 0, bad) + 1
        raise InputError(
            errors.MSG_DECODE.format(byte=body[bad], encoding=chosen), path, line
        ) from None
    if "\x00" in text:
        raise InputError(errors.MSG_NUL, path, text.count("\n", 0, text.index("\x00")) + 1)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(errors.MSG_BLANK, path)
    return text


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
    return not _INNER_BREAK.search(text[:-1])


def _remove_boilerplate(text: str) -> tuple[str, list[str], str | None]:
    """Remove share-widget text; return ``(text, removed, header before it)``.

    The widget sits between a snippet header and the passage ("Azerbaijan war Share All
    sharing options for: ..."), so a short unpunctuated run before it is a header.
    """
    if (
        "Share" not in text
        and "Tweet" not in text
        and "Email" not in text
        and ("Copy link" not in text)
    ):
        return text, [], None
    matches = list(_BOILERPLATE.finditer(text))
    if not matches:
        return text, [], None
    head = text[: matches[0].start()].strip()
    header = None
    if head and len(head.split()) <= MAX_SNIPPET_WORDS and not re.search(r"[.!?:;]$", head):
        header, text = head, text[matches[0].start() :]
    cleaned = re.sub(r"\s{2,}", " ", _BOILERPLATE.sub(" ", text)).strip()
    return cleaned, [m.group(0) for m in matches], header


def _split_snippet(text: str) -> tuple[str | None, str]:
    """Split a featured-snippet header ("1,234 soldiers The ...") off the passage."""
    words = text.split(" ", MAX_SNIPPET_WORDS + 3)
    limit = min(MAX_SNIPPET_WORDS, len(words) - 3)
    for k in range(1, limit + 1):
        word = words[k]
        if word not in _SENTENCE_OPENERS:
            continue
        head = words[:k]
        if head[-1].lower() in _GLUE_WORDS or any(re.search(r"[.,;:!?)]$", w) for w in head):
            continue
        if head[0] in _SENTENCE_OPENERS and k == 1 and head[0] not in {"The", "A", "An"}:
            # "In The Hague ..." - an opener followed by a capitalised name
            continue
        return " ".join(head), text.split(" ", k)[k]
    return None, text


def _is_truncated(text: str) -> bool:
    """A passage is cut off when it does not end a sentence, or ends in an ellipsis."""
    end = text.rstrip(_CLOSERS)
    return not end or end[-1] not in ".!?" or end.endswith(("...", "…"))


def clean_answer(raw: str) -> tuple[str, str | None, str | None, list[str]]:
    """Separate a raw answer block into clean text, snippet header, boilerplate and flags.

    Returns:
        ``(answer, snippet, boilerplate, flags)`` where ``flags`` holds any of
        ``snippet_header``, ``boilerplate``, ``truncated``.

    Example:
        >>> clean_answer("12 dead The ministry said 12 died.")[:2]
        ('The ministry said 12 died.', '12 dead')
    """
    return _clean(_join_lines(raw))


def _clean(text: str) -> tuple[str, str | None, str | None, list[str]]:
    flags: list[str] = []
    text, boiler, snippet = _remove_boilerplate(text)
    if snippet is None:
        snippet, text = _split_snippet(text)
    if snippet:
        flags.append("snippet_header")
    if boiler:
        flags.append("boilerplate")
    if _is_truncated(text):
        flags.append("truncated")
    return text, snippet, (" ".join(boiler) or None), flags


def _raw_blocks(text: str) -> Iterator[tuple[int, str]]:
    """Yield ``(first line, raw block)`` for each block of a decoded file."""
    line = 1
    for index, part in enumerate(_BLANK_RUN.split(text)):
        if index % 2:  # a separator: the line break and the blank lines after a block
            line += part.count("\n")
            continue
        start = line
        line += part.count("\n")
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


def parse_text(text: str, source: str = "<text>") -> tuple[list[Pair], list[Block]]:
    """Pair the blocks of one decoded file.

    Args:
        text: The file's text, line ends normalised.
        source: The file name used in ids and messages.

    Returns:
        ``(pairs, orphans)``.
    """
    pairs: list[Pair] = []
    orphans: list[Block] = []
    stem = _stem(source)
    pending: tuple[int, str] | None = None  # (line, question text)
    unanswered = ["unanswered"]

    for start, raw in _raw_blocks(text):
        body = _join_lines(raw)
        if body[-1] == "?" and is_question(body) and (pending is None or _asks(body)):
            if pending is not None:
                line, question = pending
                pairs.append(
                    Pair(
                        f"{stem}:{line}", source, line, question, None, None, None, list(unanswered)
                    )
                )
            pending = (start, _strip_prefix(body))
        elif pending is not None:
            line, question = pending
            answer, snippet, boiler, flags = _clean(body)
            pairs.append(
                Pair(
                    f"{stem}:{line}",
                    source,
                    line,
                    question,
                    answer,
                    snippet,
                    raw,
                    flags,
                    boiler,
                    start,
                )
            )
            pending = None
        else:
            orphans.append(Block(source, start, raw))
    if pending is not None:
        line, question = pending
        pairs.append(
            Pair(f"{stem}:{line}", source, line, question, None, None, None, list(unanswered))
        )
    return pairs, orphans


def _read_file(path: Path, encoding: str | None) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(errors.MSG_UNREADABLE.format(reason=exc.strerror), path) from None
    return decode(data, path, encoding)


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
