"""Display objects for notebooks and reports: escaped tables, pair anchors, the index.

What belongs here: :class:`Table` and :func:`table`, :class:`PairsView` and
:func:`pairs_view`, :class:`Note`, :func:`index_page` and the anchors that tie a
``qa_id`` to its pair in the corpus report. Every cell goes through
:func:`html.escape`; nothing here reads files.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

__all__ = [
    "CORPUS_REPORT",
    "Note",
    "PairsView",
    "Table",
    "index_page",
    "pairs_view",
    "qa_anchor",
    "qa_link",
    "table",
]

CORPUS_REPORT = "01-corpus.html"

_STYLE = (
    "<style>.kn-table{border-collapse:collapse;font-size:0.85em}"
    # doubled class: outranks JupyterLab's right-aligned table cells
    ".kn-table.kn-table th,.kn-table.kn-table td{border:1px solid #ccc;padding:3px 6px;"
    "vertical-align:top;"
    "text-align:left}.kn-table th{background:#f2f2f2}.kn-pair{border-left:4px solid #4a7ab5;"
    "margin:0.8em 0;padding:0.3em 0.8em}.kn-pair:target{background:#fff6cc}"
    ".kn-flag{display:inline-block;background:#eee;border-radius:3px;padding:0 4px;"
    "margin-right:4px;font-size:0.8em}.kn-raw{color:#555;font-size:0.85em;"
    "white-space:pre-wrap}</style>"
)


def qa_anchor(qa_id: str) -> str:
    """Return the HTML id of a pair in the corpus report (``qa-<stem>-<line>``).

    Example:
        >>> qa_anchor("000_c8ae912d7073d48a:73")
        'qa-000_c8ae912d7073d48a-73'
    """
    return "qa-" + re.sub(r"[^A-Za-z0-9_-]", "-", qa_id)


def qa_link(qa_id: str, corpus_report: str = CORPUS_REPORT) -> str:
    """Return an escaped ``<a>`` element linking ``qa_id`` to its pair in the corpus report."""
    href = f"{corpus_report}#{qa_anchor(qa_id)}" if corpus_report else f"#{qa_anchor(qa_id)}"
    return f'<a class="kn-qa" href="{html.escape(href)}">{html.escape(qa_id)}</a>'


def _cell(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)
    return str(value)


class Table:
    """A table that shows as escaped HTML in notebooks and reports, as text elsewhere.

    ``qa_id`` and ``qa_ids`` cells become links to the corpus report; every other
    cell is escaped text.
    """

    def __init__(
        self, frame: pd.DataFrame, corpus_report: str = CORPUS_REPORT, caption: str | None = None
    ):
        self.frame = frame
        self.corpus_report = corpus_report
        self.caption = caption

    def _link_cells(self, column: str, value: Any) -> str:
        ids = value if isinstance(value, list | tuple) else [value]
        if column in ("qa_id", "qa_ids", "id"):
            return ", ".join(qa_link(str(i), self.corpus_report) for i in ids if i)
        return html.escape(_cell(value))

    def _repr_html_(self) -> str:
        cols = list(self.frame.columns)
        head = "".join(f"<th>{html.escape(str(c))}</th>" for c in cols)
        body = []
        for row in self.frame.itertuples(index=False, name=None):
            cells = "".join(
                f"<td>{self._link_cells(c, v)}</td>" for c, v in zip(cols, row, strict=True)
            )
            body.append(f"<tr>{cells}</tr>")
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        count = f"<p><em>{len(self.frame)} rows</em></p>"
        return (
            f'{_STYLE}<table class="kn-table">{caption}<thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>{count}"
        )

    def __repr__(self) -> str:
        if self.frame.empty:
            return f"(no rows; columns: {', '.join(map(str, self.frame.columns))})"
        with pd.option_context("display.max_colwidth", 40, "display.width", 120):
            return self.frame.to_string(index=False)


def table(
    frame: pd.DataFrame,
    columns: Sequence[str] | None = None,
    corpus_report: str = CORPUS_REPORT,
    caption: str | None = None,
) -> Table:
    """Wrap a table for display: escaped HTML with ``qa_id`` links to the corpus report.

    Args:
        frame: Any table; a fact table's ``qa_id`` column becomes links.
        columns: The columns to show (default: all).
        corpus_report: File name of the corpus report the links point to.
        caption: A caption shown above the table.

    Example:
        >>> import karabakh_nb as kn
        >>> "<table" in kn.report.table(kn.load().head(2), ["id", "question"])._repr_html_()
        True
    """
    shown = frame if columns is None else frame[list(columns)]
    return Table(shown.reset_index(drop=True), corpus_report, caption)


class PairsView:
    """Every Q&A pair with an anchor, its flags, snippet header and raw block."""

    def __init__(self, qa: pd.DataFrame):
        self.qa = qa

    def _repr_html_(self) -> str:
        parts = [_STYLE]
        for row in self.qa.itertuples(index=False):
            flags = "".join(f'<span class="kn-flag">{html.escape(f)}</span>' for f in row.flags)
            answer = (
                "<p><em>(no answer)</em></p>"
                if row.answer is None
                else f"<p>{html.escape(row.answer)}</p>"
            )
            snippet = (
                ""
                if row.snippet is None
                else f"<p><small>snippet header: <code>{html.escape(row.snippet)}</code>"
                "</small></p>"
            )
            raw = (
                ""
                if row.raw is None or row.raw == row.answer
                else f'<details><summary>raw block</summary><div class="kn-raw">'
                f"{html.escape(row.raw)}</div></details>"
            )
            parts.append(
                f'<section class="kn-pair" id="{qa_anchor(row.id)}">'
                f"<h4>{html.escape(row.question)}</h4>"
                f"<p><small><code>{html.escape(row.id)}</code> {flags}</small></p>"
                f"{answer}{snippet}{raw}</section>"
            )
        return "".join(parts)

    def __repr__(self) -> str:
        return "\n".join(f"{row.id}  {row.question}" for row in self.qa.itertuples(index=False))


def pairs_view(qa: pd.DataFrame) -> PairsView:
    """Return a display object listing every pair with an anchor for ``qa_id`` links."""
    return PairsView(qa)


def index_page(
    title: str,
    parameters: Mapping[str, Any],
    summary: Mapping[str, Any],
    links: Iterable[tuple[str, str, str]],
) -> str:
    """Return the reports' ``index.html``: title, parameters, corpus summary and links.

    Args:
        title: Page title.
        parameters: Notebook parameters used for the render.
        summary: Corpus figures (files, pairs, answered, findings, rows per fact table).
        links: ``(href, title, description)`` of each report.
    """
    esc = html.escape
    params = "".join(
        f"<tr><th>{esc(str(k))}</th><td><code>{esc(repr(v))}</code></td></tr>"
        for k, v in parameters.items()
    )
    facts = "".join(
        f"<tr><th>{esc(str(k))}</th><td>{esc(_cell(v))}</td></tr>" for k, v in summary.items()
    )
    items = "".join(
        f'<li><a href="{esc(href)}">{esc(name)}</a>: {esc(desc)}</li>' for href, name, desc in links
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(title)}</title>\n"
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
        "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:3px 8px;"
        "text-align:left}</style>\n</head>\n<body>\n"
        f"<h1>{esc(title)}</h1>\n<h2>Reports</h2>\n<ul>{items}</ul>\n"
        f"<h2>Corpus</h2>\n<table>{facts}</table>\n"
        f"<h2>Parameters</h2>\n<table>{params}</table>\n"
        "<p><small>Generated by karabakh_nb; every fact row links to the Q&amp;A pair it "
        "came from.</small></p>\n</body>\n</html>\n"
    )


class Note:
    """A short Markdown paragraph for notebooks (plain text elsewhere)."""

    def __init__(self, text: str):
        self.text = text

    def _repr_markdown_(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text
