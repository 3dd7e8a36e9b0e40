"""Who gives the figures of a sentence, read once per distinct sentence.

:func:`karabakh_nb.casualties._sources._source_in` reads the sentence ``answer[start:end]``
alone; only its offsets are the answer's. Scraped answers share many sentences though
few whole answers: the reading is kept per sentence text (bounded, emptied when full)
and placed at the sentence's offsets.
"""

from __future__ import annotations

from ._sources import _Source
from ._sources import _source_in as _read_source

# sentence -> the source read from it at offset 0, or None.
_KEPT: dict[str, _Source | None] = {}
CACHE_SIZE = 16_384


def _source_in(answer: str, start: int, end: int) -> _Source | None:
    """:func:`~karabakh_nb.casualties._sources._source_in`, kept per distinct sentence."""
    sentence = answer[start:end]
    if sentence in _KEPT:
        found = _KEPT[sentence]
    else:
        found = _read_source(sentence, 0, len(sentence))
        if len(_KEPT) >= CACHE_SIZE:
            _KEPT.clear()
        _KEPT[sentence] = found
    if found is None or not start:
        return found
    return _Source(
        found.name, found.party, found.cue_end + start, start, found.sentence_end + start,
        found.anaphoric,
    )  # fmt: skip
