"""Short notes and summaries about a corpus: what a report reads, per file, per finding.

What belongs here: :func:`corpus_note` (the paragraph at the top of every report),
:func:`corpus_summary` (one row per file), :func:`finding_counts` (one row per kind of
finding), :func:`source_note` (the caption of a figure) and :func:`reference_table` (the
reference figures of the corpus, or why there are none). They take the report's
tables (:func:`karabakh_nb.report.open_tables`) or what
:func:`karabakh_nb.read_corpus` returned.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ..parse import Corpus
from ._data import ReportTables
from ._html import Note, Table, table

__all__ = [
    "BUNDLED_REFERENCE",
    "corpus_note",
    "corpus_summary",
    "finding_counts",
    "reference_table",
    "source_note",
]

_FILES_NAMED = 5  # files named in a note before "+N more"
_FLAGS = ("unanswered", "truncated", "snippet_header", "boilerplate")


def _escape_md(text: str) -> str:
    return html.escape(re.sub(r"([\\`*_\[\]#|])", r"\\\1", text), quote=False)


def _sources(corpus: ReportTables | Corpus | Any) -> list[str]:
    """The input files in order, named as ``qa.source`` names them."""
    if isinstance(corpus, ReportTables):
        return corpus.sources
    return [str(s) for s in pd.unique(corpus.qa["source"])] or [p.name for p in corpus.files]


def _named(names: Sequence[str], limit: int = _FILES_NAMED) -> list[str]:
    shown = list(names[:limit])
    if len(names) > limit:
        shown.append(f"+{len(names) - limit:,} more files")
    return shown


def corpus_note(
    corpus: ReportTables | Corpus, parties: Sequence[str] | None = None, as_of: object = None
) -> Note:
    """Say in one paragraph what a report reads: files, pairs, parties in focus, ``as_of``.

    Args:
        corpus: The report's tables, or what :func:`karabakh_nb.read_corpus` returned.
        parties: The parties in focus (default: the report tables' own).
        as_of: The publication date (default: the report tables' own).
    """
    if isinstance(corpus, ReportTables):
        parties = corpus.parties if parties is None else parties
        as_of = corpus.as_of if as_of is None else as_of
    files = ", ".join(_escape_md(name) for name in _named(_sources(corpus)))
    qa = corpus.qa
    answered = int(qa["answer"].notna().sum())
    focus = ", ".join(_escape_md(str(p)) for p in parties) if parties else "all parties"
    when = f"`{_escape_md(str(as_of))}`" if as_of else "not set (relative dates stay open)"
    return Note(
        f"Reading **{len(qa):,}** Q&A pairs ({answered:,} answered) from {files}. "
        f"Focus: {focus}. Publication date (`as_of`): {when}. "
        "A `qa_id` names the pair a row was read from as `<file>:<line>`, the line of its "
        "question; click one to see the pair."
    )


def _orphan_sources(corpus: ReportTables | Corpus) -> list[str]:
    if isinstance(corpus, ReportTables):
        findings = corpus.findings
        return [str(s) for s in findings.loc[findings["kind"] == "orphan_block", "source"]]
    return [b.source for b in corpus.orphans]


def corpus_summary(corpus: ReportTables | Corpus) -> pd.DataFrame:
    """Return one row per file: pairs, answered, unanswered, truncated, cleaned, orphans.

    Args:
        corpus: The report's tables, or what :func:`karabakh_nb.read_corpus` returned.
    """
    qa = corpus.qa
    orphans = Counter(_orphan_sources(corpus))
    sources = qa["source"].astype(str)
    answered = qa["answer"].notna().groupby(sources, sort=False).sum()
    pairs = sources.value_counts(sort=False)
    flags: dict[str, Counter[str]] = {flag: Counter() for flag in _FLAGS}
    for source, row_flags in zip(sources, qa["flags"], strict=True):
        for flag in row_flags if row_flags is not None else ():
            if flag in flags:
                flags[flag][source] += 1
    rows = [
        {
            "file": name,
            "pairs": int(pairs.get(name, 0)),
            "answered": int(answered.get(name, 0)),
            "unanswered": flags["unanswered"][name],
            "truncated": flags["truncated"][name],
            "snippet headers": flags["snippet_header"][name],
            "boilerplate": flags["boilerplate"][name],
            "orphan blocks": orphans[name],
        }
        for name in _sources(corpus)
    ]
    return pd.DataFrame(rows)


def finding_counts(findings: pd.DataFrame) -> pd.DataFrame:
    """Return one row per kind of finding: ``kind``, ``findings``, ``pairs`` (distinct ids).

    Example:
        >>> import karabakh_nb as kn
        >>> finding_counts(kn.open_corpus().findings).iloc[0].to_dict()
        {'kind': 'snippet_header', 'findings': 4, 'pairs': 4}
    """
    if findings.empty:
        return pd.DataFrame({"kind": [], "findings": [], "pairs": []})
    grouped = findings.groupby("kind", sort=False)["qa_id"]
    out = pd.DataFrame({"findings": grouped.size(), "pairs": grouped.nunique()}).reset_index()
    return out.sort_values(["findings", "kind"], ascending=[False, True]).reset_index(drop=True)


#: How the bundled reference figures are cited.
BUNDLED_REFERENCE = "seeds/reference/public_figures.csv"


def _reference_name(path: str | Path | None) -> str:
    return BUNDLED_REFERENCE if path is None else Path(path).name


def source_note(
    corpus: ReportTables | Corpus,
    reference: bool | pd.DataFrame = False,
    reference_path: str | Path | None = None,
) -> str:
    """Return the source caption of a figure: the Q&A files (and the reference figures).

    Args:
        corpus: The report's tables, or what :func:`karabakh_nb.read_corpus` returned.
        reference: Cite the reference figures: ``True``, or the figures shown (cited only
            when there are any).
        reference_path: Their file (``None``: the bundled one).
    """
    text = "Q&A text: " + ", ".join(_named(_sources(corpus), 3))
    shown = len(reference) > 0 if isinstance(reference, pd.DataFrame) else bool(reference)
    if shown:
        text += f"; reference figures: {_reference_name(reference_path)}"
    return text


def reference_table(
    figures: pd.DataFrame, reference_path: str | Path | None = None
) -> Table | Note:
    """Show the reference figures that concern the corpus, or say that none does.

    Args:
        figures: What :func:`karabakh_nb.reference_for` kept for this corpus.
        reference_path: The file they come from (``None``: the bundled one).
    """
    # Inside a code span Markdown escapes nothing: only a backtick would end it early.
    name = _reference_name(reference_path).replace("`", "'")
    if figures.empty:
        return Note(
            f"No figure of `{name}` concerns this corpus: none names its parties within "
            "its period (its first date to a few years after its last), so none is shown. "
            "Pass your own with `-p reference PATH` (or `reference=` in Python)."
        )
    return table(figures, caption=f"Reference figures from {_reference_name(reference_path)}")
