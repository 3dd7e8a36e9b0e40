"""A sentence's figures with their casualty words and qualifiers, read once per text.

A sentence's figures depend on its text alone (and on whether it has a casualty word):
:func:`_sentence_figures` keeps them per distinct sentence, since scraped answers share
many; they are never changed once read. The store is bounded, emptied when full.
"""

from __future__ import annotations

from typing import Any

from ._cues import _qualifiers, _resolve_cues
from ._figures import _Figure, _figures

# A sentence's figures with their cues and qualifiers depend on its text alone (and on
# whether it has a casualty word): kept per distinct sentence, since scraped answers share
# many; never changed once read. Bounded, emptied when full.
_FIGURES: dict[tuple[str, bool], tuple[list[_Figure], list[str] | None]] = {}
FIGURES_CACHE_SIZE = 8192


def _sentence_figures(span: Any, cued: bool) -> tuple[list[_Figure], list[str] | None]:
    """The figures of a sentence and their qualifiers; no qualifiers when it has no casualty.

    ``cued``: the sentence has a casualty word; without one (and no figure that is part
    of, or restates, another) its figures are only the people an answer may count again.
    """
    key = (span.text, cued)
    kept = _FIGURES.get(key)
    if kept is None:
        if len(_FIGURES) >= FIGURES_CACHE_SIZE:
            _FIGURES.clear()
        _FIGURES[key] = kept = _read_figures(span.text, span.numbers, cued)
    return kept


def _read_figures(
    text: str, numbers: list[Any], cued: bool
) -> tuple[list[_Figure], list[str] | None]:
    figures = _figures(text, numbers)
    if not cued and not any(fig.part_before or fig.restates for fig in figures):
        return figures, None
    if not figures:
        return figures, []
    _resolve_cues(text, figures)
    return figures, _qualifiers(text, figures)
