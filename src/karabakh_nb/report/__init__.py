"""What the reports show, as escaped HTML: tables, pairs, notes and the index page.

Everything that reaches a report as HTML passes through :func:`html.escape`, so a Q&A
pair holding ``<script>`` shows up as text. Tables keep their provenance: a ``qa_id``
cell links to that pair in the corpus report. Reports summarise at any size: a table
longer than a screenful shows its first :data:`ROWS_SHOWN` rows, says how many are not
shown and links to the full table in the report's data package (``data/``).

The package is split by job: ``_html`` holds the display objects (:func:`table`,
:func:`pairs_view`, :func:`index_page`), ``_data`` the tables a report reads
(:func:`open_tables`: render's data package, or the seeds when a notebook runs on its
own), and ``_summary`` the short notes and summaries about the corpus. Import the
public names from here (``kn.report.table``).
"""

from __future__ import annotations

from ._data import PAIRS_SHOWN, ReportTables, normalise_parties, open_tables, read_package
from ._html import (
    CELL_CHARS,
    CORPUS_REPORT,
    LIST_ITEMS,
    REPORT_ONLY,
    ROWS_SHOWN,
    Note,
    PairsView,
    Table,
    index_page,
    pair_peek,
    pair_texts,
    pairs_view,
    qa_anchor,
    qa_link,
    table,
)
from ._summary import (
    corpus_note,
    corpus_summary,
    finding_counts,
    reference_table,
    source_note,
)

__all__ = [
    "CELL_CHARS",
    "CORPUS_REPORT",
    "LIST_ITEMS",
    "PAIRS_SHOWN",
    "REPORT_ONLY",
    "ROWS_SHOWN",
    "Note",
    "PairsView",
    "ReportTables",
    "Table",
    "corpus_note",
    "corpus_summary",
    "finding_counts",
    "index_page",
    "normalise_parties",
    "open_tables",
    "pair_peek",
    "pair_texts",
    "pairs_view",
    "qa_anchor",
    "qa_link",
    "read_package",
    "reference_table",
    "source_note",
    "table",
]

# doctest.testmod(karabakh_nb.report) only collects objects defined in this module; list
# the re-exported ones so their examples keep running there.
__test__ = {name: globals()[name] for name in ("qa_anchor", "table", "open_tables", "pair_peek")}
