"""What the reports show, as escaped HTML: tables, pairs, notes and the index page.

Everything that reaches a report as HTML passes through :func:`html.escape`, so a Q&A
pair holding ``<script>`` shows up as text. Tables keep their provenance: a ``qa_id``
cell links to that pair in the corpus report.

The package is split by job: ``_html`` holds the display objects (:func:`table`,
:func:`pairs_view`, :func:`index_page`) and ``_summary`` the short notes and summaries
about the corpus. Import the public names from here (``kn.report.table``).
"""

from __future__ import annotations

from ._html import (
    CORPUS_REPORT,
    Note,
    PairsView,
    Table,
    index_page,
    pairs_view,
    qa_anchor,
    qa_link,
    table,
)
from ._summary import corpus_note, corpus_summary, source_note

__all__ = [
    "CORPUS_REPORT",
    "Note",
    "PairsView",
    "Table",
    "corpus_note",
    "corpus_summary",
    "index_page",
    "pairs_view",
    "qa_anchor",
    "qa_link",
    "source_note",
    "table",
]

# doctest.testmod(karabakh_nb.report) only collects objects defined in this module; list
# the re-exported ones so their examples keep running there.
__test__ = {name: globals()[name] for name in ("qa_anchor", "table")}
