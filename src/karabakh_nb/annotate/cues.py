"""Cheap cue tests ("may this sentence hold X?") run once per distinct sentence.

What belongs here: a prefilter pattern's verdict on one sentence, kept per distinct
sentence text. Scraped answers share many sentences though few whole answers, and the
extractors test every sentence of every answer (and often the whole answer) against the
same prefilters; a kept verdict is a dictionary look-up on a string whose hash Python
keeps.

A :class:`SentenceCue` answers three questions, each exactly as the search it replaces:

- ``cue(text)``: ``pattern.search(text.lower())`` on a sentence (or any text);
- ``cue.at(lowered, answer, note)``: ``pattern.search(lowered, note.start, note.end)``, the
  sentence ``note`` searched inside its lower-cased answer. The search ends where the
  sentence ends, so only what stands before it could differ: the kept verdict is used
  when a space (or nothing) stands before the sentence and lower-casing kept the
  answer's offsets, which holds for the patterns here, whose look-behinds only ask for a
  word character; otherwise the answer is searched as before;
- ``cue.in_answer(lowered, answer, notes)``: ``pattern.search(lowered)`` on a whole
  answer. A sentence that has a hit (with a space or nothing before it, as above) is a
  hit of the answer: what follows a sentence is a space, a bullet or nothing, so a hit
  ending with a word boundary stays one. An answer none of whose sentences has one is
  searched whole (a hit may span the space between two sentences).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

__all__ = ["SentenceCue"]

#: Distinct sentences whose verdict each cue keeps; emptied when full.
CACHE_SIZE = 16_384


class _Span(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class SentenceCue:
    """A prefilter pattern run on lower-cased text, its verdict kept per sentence."""

    __slots__ = ("_kept", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._kept: dict[str, bool] = {}

    def __call__(self, text: str) -> bool:
        """``pattern.search(text.lower()) is not None``, kept per distinct ``text``."""
        found = self._kept.get(text)
        if found is None:
            found = self.pattern.search(text.lower()) is not None
            if len(self._kept) >= CACHE_SIZE:
                self._kept.clear()
            self._kept[text] = found
        return found

    def at(self, lowered: str, answer: str, note: _Span) -> bool:
        """``pattern.search(lowered, note.start, note.end) is not None``.

        ``lowered`` is ``answer.lower()``; ``note`` one of the answer's sentences.
        """
        start = note.start
        if len(lowered) == len(answer) and (start == 0 or lowered[start - 1].isspace()):
            return self(note.text)
        return self.pattern.search(lowered, start, note.end) is not None

    def in_answer(self, lowered: str, answer: str, notes: Sequence[_Span]) -> bool:
        """``pattern.search(lowered) is not None`` for the answer whose sentences are ``notes``."""
        if len(lowered) == len(answer):
            for note in notes:
                start = note.start
                if (start == 0 or lowered[start - 1].isspace()) and self(note.text):
                    return True
        return self.pattern.search(lowered) is not None
