"""Where a date mention may start, for :mod:`._scan` to try the full pattern only there.

Each *core* (a digit, a month or weekday name, a time unit, a feast) and the few words
before it that can open a mention ("from", "between", "early", "the next", "four and a
half").
"""

from __future__ import annotations

from collections.abc import Iterator

from ._patterns import _CORE, _MAX_PREFIX_WORDS, _PREFIX_WORDS


def _candidates(text: str) -> Iterator[tuple[int, list[int]]]:
    """Yield each core's position and the word starts a mention holding it may open at."""
    for core in _CORE.finditer(text):
        at = core.start()
        start = at
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        candidates = [start]
        pos = start
        for _ in range(_MAX_PREFIX_WORDS):
            gap = pos
            while gap > 0 and text[gap - 1] in " -\u00a0":
                gap -= 1
            if gap == pos:
                break
            word = gap
            while word > 0 and text[word - 1].isalpha():
                word -= 1
            if word == gap or text[word:gap].lower() not in _PREFIX_WORDS:
                break
            candidates.append(word)
            pos = word
        candidates.reverse()
        yield at, candidates
