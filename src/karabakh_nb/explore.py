"""An interactive fact explorer for JupyterLab (ipywidgets).

Pick a kind of fact, a party and a date range, and see the matching rows with
their evidence (the first rows of many, with their count). When no live front end
is attached (papermill reports, nbval, ``KARABAKH_NB_STATIC=1``) the explorer shows
a short static note instead, so rendered reports stay reproducible and free of dead
widgets. The live explorer carries the same note as its text and Markdown forms, so a
notebook run and saved in JupyterLab still matches a fresh static run (nbval skips the
widget view itself).

The years filter is on as soon as a year is typed; a line under the controls says which
years are shown and that undated rows are left out, or that the range is inverted.
"""

from __future__ import annotations

import datetime as dt
import html
import os
from typing import Any

import pandas as pd

from .corpus import CorpusTables
from .errors import UsageError
from .facts import KINDS, extract, focus
from .render import STATIC_ENV
from .report import CORPUS_REPORT, ReportTables, Table, pair_texts

__all__ = ["StaticNote", "explorer", "filter_facts", "inverted_range", "years_hint"]

_DATE_COLUMN = {"timeline": "date", "casualties": "reported_on", "demographics": "year"}


def filter_facts(
    frame: pd.DataFrame,
    kind: str,
    party: str | None = None,
    start: int | None = None,
    end: int | None = None,
    qa: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Filter a fact table by party and by a range of years (inclusive).

    Rows without a date are kept only when no range is asked for.

    Raises:
        UsageError: ``start`` is after ``end`` (no row could match; swap them).

    Example:
        >>> import karabakh_nb as kn
        >>> qa = kn.load()
        >>> tl = kn.extract(qa, "timeline")
        >>> bool((filter_facts(tl, "timeline", None, 2020, 2020)["date"].str[:4] == "2020").all())
        True
    """
    if start is not None and end is not None and start > end:
        raise UsageError(inverted_range(start, end))
    rows = focus(frame, [party], qa) if party else frame
    column = _DATE_COLUMN.get(kind)
    if column is None or column not in rows or (start is None and end is None):
        return rows.reset_index(drop=True)
    years = pd.to_numeric(rows[column].astype("string").str[:4], errors="coerce")
    mask = years.notna()
    if start is not None:
        mask &= years >= start
    if end is not None:
        mask &= years <= end
    return rows[mask.fillna(False).astype(bool)].reset_index(drop=True)


def inverted_range(start: int, end: int) -> str:
    """The message for a year range whose start is after its end."""
    return f"From year {start} is after To year {end}: no row can match; swap them"


def years_hint(start: int | None, end: int | None, kind: str) -> str:
    """The line under the explorer's controls: which years are shown, and what is left out."""
    if start is None and end is None:
        return "All years, rows without a date included. Type a year to keep a range only."
    if start is not None and end is not None and start > end:
        return inverted_range(start, end) + "."
    if kind not in _DATE_COLUMN:
        return f"The {kind} table has no dates: the years filter does not apply to it."
    span = f"{start if start is not None else '…'}–{end if end is not None else '…'}"
    return f"Years {span} only: rows without a date are left out. Untick to see all."


class StaticNote:
    """What the explorer shows without a live kernel: a pointer to JupyterLab."""

    text = (
        "Interactive explorer: run this notebook in JupyterLab (jupyter lab; a rendered "
        "report's notebooks lie beside its pages, the package's are in kn.notebooks_dir()) "
        "to filter the facts by kind, party and years."
    )

    def bundle(self) -> dict[str, str]:
        """The note's text and Markdown forms (also those of the live explorer)."""
        return {"text/plain": self.text, "text/markdown": self._repr_markdown_()}

    def _repr_markdown_(self) -> str:
        return f"*{self.text}*"

    def __repr__(self) -> str:
        return self.text


def _live() -> bool:
    if os.environ.get(STATIC_ENV):
        return False
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with ipykernel
        return False
    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None


def explorer(
    corpus: pd.DataFrame | ReportTables | CorpusTables,
    as_of: dt.date | str | None = None,
    corpus_report: str = CORPUS_REPORT,
) -> Any:
    """Return an ipywidgets explorer of the fact tables (or a static note without a kernel).

    Args:
        corpus: The report's tables (:func:`karabakh_nb.report.open_tables`), a corpus
            from :func:`karabakh_nb.open_corpus` (their tables are reused), or a ``qa``
            table (the fact tables are extracted from it).
        as_of: Publication date for relative dates (only with a ``qa`` table).
        corpus_report: Where ``qa_id`` links point.
    """
    if not _live():
        return StaticNote()
    import ipywidgets as w
    from IPython.display import display

    if isinstance(corpus, pd.DataFrame):
        qa = corpus
        tables = {kind: extract(qa, kind, as_of=as_of) for kind in KINDS}
    else:
        qa = corpus.qa
        tables = {kind: corpus.table(kind) for kind in KINDS}
    linked = corpus.anchored if isinstance(corpus, ReportTables) else None
    parties = sorted(
        {p for k in ("casualties",) for p in tables[k]["party"]}
        | {n for k in ("alliances",) for c in ("a", "b") for n in tables[k][c]}
    )
    years = [int(y) for y in tables["timeline"]["date"].astype(str).str[:4] if y.isdigit()]
    low, high = (min(years), max(years)) if years else (1900, dt.date.today().year)
    kind = w.Dropdown(options=list(KINDS), value="timeline", description="Kind")
    party = w.Dropdown(options=["(all)", *parties], value="(all)", description="Party")
    # Two year boxes rather than a range slider, whose read-out cuts off "1990 – 2021".
    start = w.BoundedIntText(value=low, min=low, max=high, description="From year")
    end = w.BoundedIntText(value=high, min=low, max=high, description="To year")
    use_span = w.Checkbox(value=False, description="filter by years")
    hint = w.HTML()
    out = w.Output()

    def refresh(*_: object) -> None:
        chosen = None if party.value == "(all)" else party.value
        span = (start.value, end.value) if use_span.value else (None, None)
        hint.value = f"<small>{html.escape(years_hint(span[0], span[1], kind.value))}</small>"
        out.clear_output()
        try:
            rows = filter_facts(tables[kind.value], kind.value, chosen, span[0], span[1], qa)
        except UsageError:
            return  # the hint says what is wrong
        with out:
            caption = f"{len(rows):,} {kind.value} row{'s' * (len(rows) != 1)}"
            shown = Table(rows, corpus_report, caption, linked=linked)
            shown.pairs = pair_texts(qa, shown.shown_ids())  # each qa_id peeks at its pair
            display(shown)

    def year_typed(*_: object) -> None:
        if use_span.value:
            refresh()
        else:
            use_span.value = True  # typing a year turns the filter on (and refreshes)

    for widget in (kind, party, use_span):
        widget.observe(refresh, names="value")
    for widget in (start, end):
        widget.observe(year_typed, names="value")
    refresh()

    class Explorer(w.VBox):
        # The note's text and Markdown beside the widget view: a notebook saved in
        # JupyterLab reads as a static run to nbval.
        def _repr_mimebundle_(self, **kwargs: Any) -> Any:
            bundle = super()._repr_mimebundle_(**kwargs)
            if isinstance(bundle, dict):
                bundle.update(StaticNote().bundle())
            return bundle

    return Explorer([w.HBox([kind, party]), w.HBox([use_span, start, end]), hint, out])
