"""The extractor modules as functions: ``kn.timeline(qa)`` is ``kn.extract_timeline(qa)``.

``kn.timeline``, ``kn.alliances``, ``kn.demographics`` and ``kn.casualties`` are the
modules that build those tables; a user who reads the name expects the table. Each of
them is made callable here (a module's class may be swapped for a subclass of
:class:`types.ModuleType`), so ``kn.timeline(qa, as_of=...)`` returns the table while
``kn.timeline.extract_timeline`` and ``import karabakh_nb.timeline`` keep working.
"""

from __future__ import annotations

import sys
import types
from typing import Any

#: The fact tables whose module is also their function.
CALLABLE_KINDS = ("timeline", "alliances", "demographics", "casualties")


class TableModule(types.ModuleType):
    """A fact table's module that, called, extracts its table from a ``qa`` table."""

    def __call__(self, qa: Any, *args: Any, **kwargs: Any) -> Any:
        kind = self.__name__.rsplit(".", 1)[-1]
        return getattr(self, f"extract_{kind}")(qa, *args, **kwargs)


def make_callable(package: str) -> None:
    """Make the fact-table modules of ``package`` (already imported) callable."""
    for kind in CALLABLE_KINDS:
        module = sys.modules[f"{package}.{kind}"]
        if not isinstance(module, TableModule):
            module.__class__ = TableModule
