"""The anchor of a span counted from a thing an earlier sentence dated.

"The accord was signed on 7 July 1991. ... Eleven days after the agreement was made, the
army left": the span counts from the date of the sentence that named the agreement (or,
failing the word itself, a word of its stem: "its adoption" after "adopted on 20 July
1987"). Only things that happen on one day (``lexicon/punctual_nouns.txt``, read by ``_patterns``)
are looked up.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._resolve import DateMention

__all__ = ["referent"]

_STEM = 5
_BREAK = re.compile(r"[.!?;]\s")


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    start = max((m.end() for m in _BREAK.finditer(text, 0, pos)), default=0)
    stop = _BREAK.search(text, pos)
    return start, stop.start() + 1 if stop else len(text)


def referent(text: str, noun: str, before: int, found: list[DateMention]) -> DateMention | None:
    """The date of the nearest sentence before ``before`` naming ``noun`` (or its stem)."""
    dated = [m for m in found if m.date is not None and m.relative is None and not m.adjective]
    if not dated:
        return None
    for pattern in (rf"\b{re.escape(noun)}\b", rf"\b{re.escape(noun[:_STEM])}[a-z]*"):
        hits = list(re.finditer(pattern, text[:before], re.IGNORECASE))
        own_start, _ = _sentence_of(text, before)
        for hit in reversed(hits):
            start, stop = _sentence_of(text, hit.start())
            if start >= own_start:
                continue  # its own sentence gives no date, or the span would say so
            inside = [m for m in dated if start <= m.start < stop]
            if inside:
                return min(inside, key=lambda m: abs(m.start - hit.start()))
    return None
