"""Display objects for notebooks and reports: escaped tables, pair anchors, the index.

What belongs here: :class:`Table` and :func:`table`, :class:`PairsView` and
:func:`pairs_view`, :class:`Note`, :func:`index_page` and the anchors that tie a
``qa_id`` to its pair in the corpus report. Every cell goes through
:func:`html.escape`; nothing here reads files.

Provenance where users explore: with the ``qa`` table at hand (``corpus=``), a ``qa_id``
cell is an expandable peek at its pair (question, clean answer, raw block), so it shows
the pair inside JupyterLab too; the link to the pair in the corpus report inside it is
shown by the reports' stylesheet only (in JupyterLab that page does not exist). Table
cells carry their alignment inline: JupyterLab drops ``<style>`` from the outputs of an
untrusted notebook, and its own cells are right-aligned.

Bounded at any size: a table shows at most :data:`ROWS_SHOWN` rows, says how many are
not shown and links to the full table; a text cell is cut at :data:`CELL_CHARS`
characters and a list cell at :data:`LIST_ITEMS` items (the full values are in the
linked CSV); the pairs view shows the first ``PAIRS_SHOWN`` pairs.
"""

from __future__ import annotations

import html
import numbers
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy
import pandas as pd

from ..corpus import TABLES
from ._peek import REPORT_ONLY, PairText, pair_peek, pair_texts

if TYPE_CHECKING:
    from ._data import ReportTables

__all__ = [
    "CELL_CHARS",
    "CORPUS_REPORT",
    "LIST_ITEMS",
    "REPORT_ONLY",
    "ROWS_SHOWN",
    "Note",
    "PairText",
    "PairsView",
    "Table",
    "index_page",
    "pair_peek",
    "pair_texts",
    "pairs_view",
    "parameter_text",
    "qa_anchor",
    "qa_link",
    "table",
]

CORPUS_REPORT = "01-corpus.html"
#: Rows a table shows (about a screenful); the rest are counted and linked.
ROWS_SHOWN = 25
#: Characters of a text cell shown before it is cut with "…".
CELL_CHARS = 400
#: Items of a list cell (``qa_ids``, ``flags``) shown before "+N more".
LIST_ITEMS = 10

_STYLE = (
    "<style>.kn-table{border-collapse:collapse;font-size:0.85em}"
    # doubled class: outranks JupyterLab's right-aligned table cells
    ".kn-table.kn-table th,.kn-table.kn-table td{border:1px solid #ccc;padding:3px 6px;"
    "vertical-align:top;"
    "text-align:left}.kn-table th{background:#f2f2f2}.kn-pair{border-left:4px solid #4a7ab5;"
    "margin:0.8em 0;padding:0.3em 0.8em}.kn-pair:target{background:#fff6cc}"
    ".kn-flag{display:inline-block;background:#eee;border-radius:3px;padding:0 4px;"
    "margin-right:4px;font-size:0.8em}.kn-raw{color:#555;font-size:0.85em;"
    "white-space:pre-wrap}.kn-more{font-size:0.9em;color:#333}"
    ".kn-peek summary{cursor:pointer;color:#1a5fb4}.kn-peek-pair{max-width:40em;"
    "font-size:0.95em;border-left:3px solid #4a7ab5;padding-left:0.5em}</style>"
)
_ID_COLUMNS = ("qa_id", "qa_ids", "id")
#: Inline, as JupyterLab keeps it in untrusted notebooks (it drops ``<style>``).
_CELL_STYLE = ' style="text-align:left;vertical-align:top"'


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


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _cut(text: str, limit: int = CELL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _items(value: Any) -> list[Any] | None:
    """The items of a list cell (a list, tuple or array), or None for a plain cell."""
    if isinstance(value, list | tuple):
        return list(value)
    if hasattr(value, "tolist") and getattr(value, "ndim", 0) == 1:
        items: list[Any] = value.tolist()
        return items
    return None


def _more(count: int, noun: str = "more") -> str:
    return f"+{count:,} {noun}"


#: Columns whose numbers are years or line numbers: shown without thousands separators.
PLAIN_NUMBER_COLUMNS = frozenset({"year", "line", "answer_line", "date", "end"})
_URL = re.compile(r"https?://[^\s<>\"']+")


def _cell(value: Any, column: str | None = None) -> str:
    """One cell as text: counts with thousands separators (1,234), yes/no for flags."""
    items = _items(value)
    if items is not None:
        shown = "; ".join(_cell(v, column) for v in items[:LIST_ITEMS])
        return shown + (f"; … {_more(len(items) - LIST_ITEMS)}" if len(items) > LIST_ITEMS else "")
    if isinstance(value, str):
        return _cut(value)
    if _missing(value):
        return ""
    if isinstance(value, bool | numpy.bool_):
        return "yes" if value else "no"
    if isinstance(value, numbers.Integral) or (isinstance(value, float) and value.is_integer()):
        number = int(value)
        return str(number) if column in PLAIN_NUMBER_COLUMNS else f"{number:,}"
    return _cut(str(value))


def _html_text(value: Any, column: str | None = None) -> str:
    """One cell as escaped HTML; a web address (http, https) is a link."""
    text = _cell(value, column)
    if isinstance(value, str) and _URL.fullmatch(value.strip()):
        href = html.escape(value.strip())
        return f'<a href="{href}" rel="noopener noreferrer">{html.escape(text)}</a>'
    return html.escape(text)


def _rows(count: int) -> str:
    return f"{count:,} row{'s' * (count != 1)}"


class Table:
    """A table that shows as escaped HTML in notebooks and reports, as text elsewhere.

    It keeps only the rows it shows (at most ``rows``) and the total count. ``qa_id``
    and ``qa_ids`` cells become links to the corpus report (only for the pairs in
    ``linked``, when given: the pairs the corpus report shows); every other cell is
    escaped text. When ``csv`` is given the table links to the full table there.
    """

    def __init__(
        self,
        frame: pd.DataFrame,
        corpus_report: str = CORPUS_REPORT,
        caption: str | None = None,
        *,
        rows: int = ROWS_SHOWN,
        csv: str | None = None,
        name: str | None = None,
        linked: Collection[str] | None = None,
        pairs: Mapping[str, PairText] | None = None,
        whole: int | None = None,
    ):
        self.total = len(frame)
        self.whole = whole  # rows of the full table ``csv`` holds, when ``frame`` is a part
        self.frame = frame.head(max(rows, 0)).reset_index(drop=True)
        self.corpus_report = corpus_report
        self.caption = caption
        self.csv = csv
        self.name = name
        self.linked = linked
        self.pairs = pairs

    def shown_ids(self) -> list[str]:
        """The ``qa_id`` values of the rows shown (those a peek needs the pair of)."""
        ids: list[str] = []
        for column in _ID_COLUMNS:
            if column in self.frame:
                for value in self.frame[column]:
                    items = _items(value)
                    ids += [str(i) for i in (items if items is not None else [value])][:LIST_ITEMS]
        return ids

    @property
    def hidden(self) -> int:
        """Rows of the table not shown."""
        return self.total - len(self.frame)

    def _id(self, qa_id: str) -> str:
        link = None
        if self.linked is None or qa_id in self.linked:
            link = qa_link(qa_id, self.corpus_report)
        pair = None if self.pairs is None else self.pairs.get(qa_id)
        if pair is not None:
            return pair_peek(qa_id, pair, link)
        return link or f'<code class="kn-qa-id">{html.escape(qa_id)}</code>'

    def _html_cell(self, column: str, value: Any) -> str:
        if column not in _ID_COLUMNS:
            return _html_text(value, column)
        items = _items(value)
        ids = [str(i) for i in (items if items is not None else [value]) if not _missing(i) and i]
        shown = ", ".join(self._id(i) for i in ids[:LIST_ITEMS])
        if len(ids) > LIST_ITEMS:
            shown += f", … {_more(len(ids) - LIST_ITEMS)}"
        return shown

    def _footer(self) -> tuple[str, str]:
        """The count line as (HTML, text)."""
        if self.hidden > 0:
            text = (
                f"Showing the first {len(self.frame):,} of {self.total:,} rows; "
                f"{_rows(self.hidden).replace('row', 'more row', 1)} not shown."
            )
        else:
            text = f"{_rows(self.total)}."
        markup = f"<em>{html.escape(text)}</em>"
        if self.csv:
            what = f"The full {self.name} table" if self.name else "The full table"
            if self.whole is not None and self.whole != self.total:
                what = f"Selected from the {_rows(self.whole)} of the full {self.name} table"
            href = html.escape(self.csv)
            markup += f' {html.escape(what)}: <a href="{href}">{href}</a>'
            text += f" {what}: {self.csv}"
        return f'<p class="kn-more">{markup}</p>', text

    def _repr_html_(self) -> str:
        cols = list(self.frame.columns)
        head = "".join(f"<th{_CELL_STYLE}>{html.escape(str(c))}</th>" for c in cols)
        body = []
        for row in self.frame.itertuples(index=False, name=None):
            cells = "".join(
                f"<td{_CELL_STYLE}>{self._html_cell(c, v)}</td>"
                for c, v in zip(cols, row, strict=True)
            )
            body.append(f"<tr>{cells}</tr>")
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        return (
            f'{_STYLE}<table class="kn-table">{caption}<thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>{self._footer()[0]}"
        )

    def __repr__(self) -> str:
        footer = self._footer()[1]
        if self.frame.empty:
            columns = ", ".join(map(str, self.frame.columns))
            return f"(no rows; columns: {columns})" + ("" if not self.csv else f" {footer}")
        shown = pd.DataFrame(
            {
                c: [_cut(_cell(v, str(c)).replace("\n", " "), 40) for v in self.frame[c]]
                for c in self.frame.columns
            }
        )
        return shown.to_string(index=False) + "\n" + footer


def table(
    frame: pd.DataFrame,
    columns: Sequence[str] | None = None,
    corpus_report: str = CORPUS_REPORT,
    caption: str | None = None,
    *,
    corpus: ReportTables | None = None,
    name: str | None = None,
    rows: int = ROWS_SHOWN,
) -> Table:
    """Wrap a table for display: escaped HTML with ``qa_id`` links to the corpus report.

    Args:
        frame: Any table; a fact table's ``qa_id`` column becomes links.
        columns: The columns to show (default: all).
        corpus_report: File name of the corpus report the links point to.
        caption: A caption shown above the table.
        corpus: The report's tables (:func:`open_tables`): ``qa_id`` links only to the
            pairs the corpus report shows, and, with ``name``, a link to the full table.
        name: The table ``frame`` shows (all or some of): ``timeline``, ``findings``...;
            a part of it says so ("Selected from the N rows of the full ... table").
        rows: Rows shown at most; the rest are counted ("N more rows not shown").

    Example:
        >>> import karabakh_nb as kn
        >>> "<table" in kn.report.table(kn.load().head(2), ["id", "question"])._repr_html_()
        True
    """
    shown = frame if columns is None else frame[list(columns)]
    csv = corpus.csv_href(name) if corpus is not None and name else None
    linked = corpus.anchored if corpus is not None else None
    whole = None
    if corpus is not None and csv is not None and name in TABLES:
        whole = len(corpus.table(name))
    out = Table(
        shown, corpus_report, caption, rows=rows, csv=csv, name=name, linked=linked, whole=whole
    )
    if corpus is not None:
        out.pairs = pair_texts(corpus.qa, out.shown_ids())
    return out


class PairsView:
    """Q&A pairs with an anchor each, their flags, snippet header and raw block.

    Shows the first ``rows`` pairs; the rest are counted and, with ``csv``, linked.
    """

    def __init__(self, qa: pd.DataFrame, rows: int | None = None, csv: str | None = None):
        self.total = len(qa)
        self.qa = qa if rows is None else qa.head(rows)
        self.csv = csv

    def _footer(self) -> str:
        hidden = self.total - len(self.qa)
        if not hidden and not self.csv:
            return ""
        text = (
            f"Showing the first {len(self.qa):,} of {self.total:,} pairs; "
            f"{hidden:,} more pair{'s' * (hidden != 1)} not shown."
            if hidden
            else f"{self.total:,} pairs."
        )
        markup = f"<em>{html.escape(text)}</em>"
        if self.csv:
            href = html.escape(self.csv)
            markup += f' Every pair: <a href="{href}">{href}</a>'
        return f'<p class="kn-more">{markup}</p>'

    def _repr_html_(self) -> str:
        parts = [_STYLE, self._footer()]
        for row in self.qa.itertuples(index=False):
            flags = "".join(
                f'<span class="kn-flag">{html.escape(str(f))}</span>'
                for f in (_items(row.flags) or [])
            )
            answer = (
                "<p><em>(no answer)</em></p>"
                if _missing(row.answer)
                else f"<p>{html.escape(row.answer)}</p>"
            )
            snippet = (
                ""
                if _missing(row.snippet)
                else f"<p><small>snippet header: <code>{html.escape(row.snippet)}</code>"
                "</small></p>"
            )
            raw = (
                ""
                if _missing(row.raw) or row.raw == row.answer
                else f'<details><summary>raw block</summary><div class="kn-raw">'
                f"{html.escape(row.raw)}</div></details>"
            )
            parts.append(
                f'<section class="kn-pair" id="{qa_anchor(row.id)}">'
                f"<h4>{html.escape(row.question)}</h4>"
                f"<p><small><code>{html.escape(row.id)}</code> {flags}</small></p>"
                f"{answer}{snippet}{raw}</section>"
            )
        if len(self.qa) > 20:
            parts.append(self._footer())
        return "".join(parts)

    def __repr__(self) -> str:
        lines = [f"{row.id}  {row.question}" for row in self.qa.itertuples(index=False)]
        hidden = self.total - len(self.qa)
        if hidden:
            lines.append(f"({hidden:,} more pairs not shown)")
        return "\n".join(lines)


def pairs_view(qa: pd.DataFrame | ReportTables) -> PairsView:
    """Return a display object listing the pairs, each with an anchor for ``qa_id`` links.

    Given the report's tables (:func:`open_tables`) it shows the pairs that other
    reports link to (the first ``PAIRS_SHOWN``) and links the full ``qa`` table; given a
    ``qa`` table it shows every pair.
    """
    if isinstance(qa, pd.DataFrame):
        return PairsView(qa)
    return PairsView(qa.qa, rows=len(qa.anchored), csv=qa.csv_href("qa"))


#: What a parameter left at ``None`` means, as the index page says it.
_UNSET = {
    "seeds": "the bundled seeds",
    "parties": "every party",
    "as_of": "not set (relative dates stay open)",
    "figures_dir": "not exported",
    "reference": "the bundled reference figures",
}


def parameter_text(name: str, value: Any) -> str:
    """A notebook parameter as a reader reads it: ``None`` says what it means.

    Example:
        >>> parameter_text("seeds", None), parameter_text("parties", ["Georgia", "Russia"])
        ('the bundled seeds', 'Georgia, Russia')
    """
    if value is None:
        return _UNSET.get(name, "not set")
    items = _items(value)
    if items is not None:
        return ", ".join(str(v) for v in items)
    return str(value)


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
        f"<tr><th>{esc(str(k))}</th><td>{esc(parameter_text(str(k), v))}</td></tr>"
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
