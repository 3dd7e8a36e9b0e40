"""karabakh_nb: traceable fact tables from scraped "People Also Ask" Q&A text.

The public surface is listed in ``__all__``. Typical use::

    import karabakh_nb as kn
    qa = kn.load()                          # the read: the qa table of the bundled seeds
    timeline = kn.timeline(qa)              # or kn.extract(qa, "timeline")
    ranges = kn.reconcile_casualties(kn.extract(qa, "casualties"))
    figures = kn.reference_for(kn.extract(qa, "casualties"), timeline)  # of this war
    corpus = kn.open_corpus()               # every table, each computed once
    kn.export(corpus, "data")               # CSV, Parquet and datapackage.json

Each fact table's module is also its function: ``kn.timeline(qa)``,
``kn.alliances(qa)``, ``kn.demographics(qa)``, ``kn.casualties(qa)``. The submodules
``kn.plots``, ``kn.report``, ``kn.explore`` and ``kn.render`` are
imported on first use, so the command line starts fast.
"""

from . import _tables
from .alliances import ALLIANCE_COLUMNS, extract_alliances
from .casualties import CASUALTY_COLUMNS, extract_casualties
from .check import FINDING_COLUMNS, check
from .config import notebooks_dir, reference_figures_path, seeds_dir
from .corpus import TABLES, CorpusTables, open_corpus
from .demographics import DEMOGRAPHIC_COLUMNS, extract_demographics
from .errors import InputError, KarabakhError, RenderError, UsageError
from .evaluate import Evaluation, evaluate
from .export import export
from .facts import KINDS, extract, focus
from .parse import QA_COLUMNS, Corpus, load
from .reconcile import reconcile_casualties
from .reference import load_reference, reference_casualties, reference_for
from .timeline import TIMELINE_COLUMNS, extract_timeline, unresolved_relative_dates

# kn.timeline(qa), kn.alliances(qa), kn.demographics(qa), kn.casualties(qa): each fact
# table's module is also the function that extracts it.
_tables.make_callable(__name__)

__version__ = "0.1.0"

__all__ = [
    "ALLIANCE_COLUMNS",
    "CASUALTY_COLUMNS",
    "DEMOGRAPHIC_COLUMNS",
    "FINDING_COLUMNS",
    "KINDS",
    "QA_COLUMNS",
    "TABLES",
    "TIMELINE_COLUMNS",
    "Corpus",
    "CorpusTables",
    "Evaluation",
    "InputError",
    "KarabakhError",
    "RenderError",
    "UsageError",
    "__version__",
    "alliances",
    "casualties",
    "check",
    "demographics",
    "evaluate",
    "explore",
    "export",
    "extract",
    "extract_alliances",
    "extract_casualties",
    "extract_demographics",
    "extract_timeline",
    "focus",
    "load",
    "load_reference",
    "notebooks_dir",
    "open_corpus",
    "plots",
    "reconcile_casualties",
    "reference_casualties",
    "reference_figures_path",
    "reference_for",
    "render",
    "report",
    "seeds_dir",
    "timeline",
    "unresolved_relative_dates",
]

_LAZY = frozenset({"plots", "report", "explore", "render"})


def __getattr__(name: str) -> object:
    # PEP 562: the heavy submodules (matplotlib, ipywidgets, papermill) load on first use.
    if name in _LAZY:
        from importlib import import_module

        return import_module(f".{name}", __name__)
    if name == "read_corpus":
        # One obvious read: kn.load (the qa table), or kn.open_corpus (every table, the
        # orphan blocks, the skipped files). The lower-level read behind both stays
        # reachable for code written before, but is no longer part of the surface.
        from .parse import read_corpus

        return read_corpus
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    # The public surface only: no helper names, and the lazy submodules before their import.
    return sorted(__all__)
