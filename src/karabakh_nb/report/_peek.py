"""A ``qa_id`` as an expandable peek at its pair: question, clean answer, raw block.

What belongs here: :func:`pair_texts` (the pairs a table's rows cite, from the ``qa``
table) and :func:`pair_peek` (one ``<details>`` element, no script). The peek is how a
``qa_id`` shows its pair inside JupyterLab, where the corpus report does not exist; its
link to the pair in the corpus report carries :data:`REPORT_ONLY`, which only the
reports' stylesheet shows.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

import pandas as pd

__all__ = ["REPORT_ONLY", "PairText", "pair_peek", "pair_texts"]

#: The class of what only the HTML reports show (their template's stylesheet reveals it).
REPORT_ONLY = "kn-report-only"
#: Characters of an answer a peek shows before it is cut with "…".
ANSWER_CHARS = 1600

#: A pair as a peek shows it: (question, clean answer or None, raw block or None).
PairText = tuple[str, "str | None", "str | None"]


def _missing(value: Any) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def pair_texts(qa: pd.DataFrame, ids: Iterable[str]) -> dict[str, PairText]:
    """Return ``{qa_id: (question, answer, raw)}`` of the pairs ``ids`` of a ``qa`` table."""
    wanted = set(ids)
    rows = qa[qa["id"].astype(str).isin(wanted)]
    return {
        str(r.id): (
            str(r.question),
            None if _missing(r.answer) else str(r.answer),
            None if _missing(r.raw) else str(r.raw),
        )
        for r in rows.itertuples(index=False)
    }


def pair_peek(qa_id: str, pair: PairText, link: str | None = None) -> str:
    """Return a ``qa_id`` as an expandable peek at its pair (``<details>``, no script).

    ``link`` (the ``<a>`` to the pair in the corpus report) is shown in the reports only.

    Example:
        >>> "<summary>" in pair_peek("f:3", ("Who?", "Them.", "Them."))
        True
    """
    esc = html.escape
    question, answer, raw = pair
    shown = "<em>(no answer)</em>" if answer is None else esc(_cut(answer))
    raw_block = (
        ""
        if raw is None or raw == answer
        else f'<details><summary>raw block</summary><div class="kn-raw">{esc(raw)}</div></details>'
    )
    to_report = (
        ""
        if link is None
        else f'<p class="{REPORT_ONLY}" style="display:none">{link}: the pair in the corpus '
        "report</p>"
    )
    return (
        f'<details class="kn-peek"><summary><code>{esc(qa_id)}</code></summary>'
        f'<div class="kn-peek-pair"><p><strong>Q:</strong> {esc(question)}</p>'
        f"<p><strong>A:</strong> {shown}</p>{raw_block}{to_report}</div></details>"
    )


def _cut(text: str, limit: int = ANSWER_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
