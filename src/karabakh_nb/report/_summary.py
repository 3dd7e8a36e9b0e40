"""Short notes and summaries about a corpus: what a report reads, per file.

What belongs here: :func:`corpus_note` (the paragraph at the top of every report),
:func:`corpus_summary` (one row per file) and :func:`source_note` (the caption of a
figure).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

import pandas as pd

from ..parse import Corpus
from ._html import Note

__all__ = ["corpus_note", "corpus_summary", "source_note"]


def _escape_md(text: str) -> str:
    return html.escape(re.sub(r"([\\`*_\[\]#|])", r"\\\1", text), quote=False)


def corpus_note(corpus: Corpus, parties: Sequence[str] | None = None, as_of: object = None) -> Note:
    """Say in one paragraph what a report reads: files, pairs, parties in focus, ``as_of``."""
    files = ", ".join(_escape_md(p.name) for p in corpus.files)
    answered = int(corpus.qa["answer"].notna().sum())
    focus = ", ".join(_escape_md(str(p)) for p in parties) if parties else "all parties"
    when = f"`{_escape_md(str(as_of))}`" if as_of else "not set (relative dates stay open)"
    return Note(
        f"Reading **{len(corpus.qa)}** Q&A pairs ({answered} answered) from {files}. "
        f"Focus: {focus}. Publication date (`as_of`): {when}."
    )


def corpus_summary(corpus: Corpus) -> pd.DataFrame:
    """Return one row per file: pairs, answered, unanswered, truncated, cleaned, orphans."""
    qa = corpus.qa
    rows = []
    for path in corpus.files:
        mine = qa[qa["source"] == path.name]
        flags = [f for fl in mine["flags"] for f in fl]
        rows.append(
            {
                "file": path.name,
                "pairs": len(mine),
                "answered": int(mine["answer"].notna().sum()),
                "unanswered": flags.count("unanswered"),
                "truncated": flags.count("truncated"),
                "snippet headers": flags.count("snippet_header"),
                "boilerplate": flags.count("boilerplate"),
                "orphan blocks": sum(1 for b in corpus.orphans if b.source == path.name),
            }
        )
    return pd.DataFrame(rows)


def source_note(corpus: Corpus, reference: bool = False) -> str:
    """Return the source caption of a figure: the Q&A files (and the reference figures)."""
    text = "Q&A text: " + ", ".join(p.name for p in corpus.files)
    if reference:
        text += "; reference figures: seeds/reference/public_figures.csv"
    return text
