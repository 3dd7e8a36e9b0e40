"""Figures for the reports, drawn from the fact tables.

One function per table (:func:`timeline`, :func:`alliance_network`,
:func:`demographic_shares`, :func:`casualty_ranges`), each taking the table as
the extractors or the reconciliation return it and giving back a matplotlib
:class:`~matplotlib.figure.Figure`; :func:`save` writes one as PNG and SVG.

What belongs here: layout and drawing only. The figures never read files and
never reach back into parsing or extraction; every figure carries a caption
naming the Q&A pairs (or reference sources) it was drawn from.

Conventions shared by every figure:

* Figures are built with the object-oriented API on a fresh :class:`ReportFigure`
  (not registered with pyplot, so a notebook shows it once, when it is the value
  of a cell) inside :func:`style`; global ``rcParams`` are never changed.
* Output is deterministic: rows are sorted before drawing, nothing is random,
  and :func:`save` writes byte-identical files for the same figure.
* An empty table gives a figure with a centred message, never an exception.
* Figures are legible and bounded at any size of table: the timeline becomes an
  overview (reports per period, best-attested events numbered) past 30 events, the
  network keeps the highlighted and the best-connected names, the demographics and
  casualty figures the most reported figures; the caption says what was left out, and
  no PNG side exceeds :data:`MAX_PIXELS`.

The package is split by figure: ``_common`` holds the style, :class:`ReportFigure`,
:func:`save`, captions and the empty-table figure; ``_timeline``, ``_network``,
``_demographics`` and ``_casualties`` each hold one figure function and its drawing
helpers (``_timeline_overview`` the timeline's overview). Import the public names
from here (``kn.plots.timeline``), not from the submodules.
"""

from __future__ import annotations

from ._casualties import MAX_ROWS, REFERENCE_LABEL, casualty_ranges
from ._common import (
    EMPTY_ALLIANCES,
    EMPTY_CASUALTIES,
    EMPTY_DEMOGRAPHICS,
    EMPTY_TIMELINE,
    MAX_PIXELS,
    STYLE,
    ReportFigure,
    save,
    style,
)
from ._demographics import MAX_POPULATIONS, MAX_SHARES, demographic_shares
from ._network import MAX_EDGES, MAX_NODES, alliance_network
from ._timeline import DETAIL_EVENTS, DETAIL_LEVELS, timeline
from ._timeline_overview import LABELLED

__all__ = [
    "DETAIL_EVENTS",
    "DETAIL_LEVELS",
    "EMPTY_ALLIANCES",
    "EMPTY_CASUALTIES",
    "EMPTY_DEMOGRAPHICS",
    "EMPTY_TIMELINE",
    "LABELLED",
    "MAX_EDGES",
    "MAX_NODES",
    "MAX_PIXELS",
    "MAX_POPULATIONS",
    "MAX_ROWS",
    "MAX_SHARES",
    "REFERENCE_LABEL",
    "STYLE",
    "ReportFigure",
    "alliance_network",
    "casualty_ranges",
    "demographic_shares",
    "save",
    "style",
    "timeline",
]

# doctest.testmod(karabakh_nb.plots) (tests/test_docs.py) only collects objects defined
# in this module; list the re-exported ones so their examples keep running there.
__test__ = {name: globals()[name] for name in ("ReportFigure", "save", "style")}
