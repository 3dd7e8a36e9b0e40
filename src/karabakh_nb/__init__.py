"""karabakh_nb: traceable fact tables from scraped "People Also Ask" Q&A text.

The public surface is listed in ``__all__``. Typical use::

    import karabakh_nb as kn
    qa = kn.load()                        # the qa table of the bundled seeds
    timeline = kn.extract(qa, "timeline") # or kn.extract_timeline(qa)
    ranges = kn.reconcile_casualties(kn.extract(qa, "casualties"))
"""

from __future__ import annotations

from .check import FINDING_COLUMNS, check
from .config import notebooks_dir, reference_figures_path, seeds_dir
from .errors import InputError, KarabakhError, RenderError, UsageError
from .facts import KINDS, extract
from .parse import QA_COLUMNS, Corpus, load, read_corpus

__version__ = "0.1.0"

__all__ = [
    "FINDING_COLUMNS",
    "KINDS",
    "QA_COLUMNS",
    "Corpus",
    "InputError",
    "KarabakhError",
    "RenderError",
    "UsageError",
    "__version__",
    "check",
    "extract",
    "load",
    "notebooks_dir",
    "read_corpus",
    "reference_figures_path",
    "seeds_dir",
]
