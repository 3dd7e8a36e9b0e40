"""The year of a demographic statement: a date right after its figure, else before it.

"53,000 in 2015" (right after), "In 1989, ..." (the nearest before), else the nearest after,
else the question's first year (``ctx.question_year()``), else None.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

_YEAR_AFTER = re.compile(r"\s*,?\s*(?:in|as\s+of|by)?\s*$")
# "fell from 12,000 before the war to 3,000 in 1995", "300,000 in 1950, down from 900,000":
# the earlier figure of a change; a date after its "to" (and, after "up/down from", a date
# before it) is the later figure's.
_TO = re.compile(r"\bto\b")
_FROM_BEFORE = re.compile(r"(?:\b(?P<turn>up|down)\s+)?\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def _year(iso: str | None) -> int | None:
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


class _Dates:
    """The dated mentions of a sentence, in text order, searchable by position.

    Looked up by bisection: scanning every date for every figure was quadratic in a
    long sentence of figures and years.
    """

    def __init__(self, mentions: list[Any]):
        self.all = mentions
        self.dated = [m for m in mentions if m.date]
        self.starts = [m.start for m in self.dated]
        self.ends = [m.end for m in self.dated]
        self.ordered = self.starts == sorted(self.starts) and self.ends == sorted(self.ends)
        reach, self.reach = 0, []  # the furthest end of any mention up to each one
        for m in mentions:
            reach = max(reach, m.end)
            self.reach.append(reach)
        self.all_starts = [m.start for m in mentions]

    def covers(self, pos: int) -> bool:
        """True when a mention (dated or not) spans ``pos``, like ``any(start <= pos < end)``."""
        if self.all_starts != sorted(self.all_starts):
            return any(m.start <= pos < m.end for m in self.all)
        at = bisect.bisect_right(self.all_starts, pos)
        return at > 0 and self.reach[at - 1] > pos

    def first_after(self, end: int) -> Any | None:
        """The first dated mention starting at or after ``end``."""
        if not self.ordered:
            return next((m for m in self.dated if m.start >= end), None)
        at = bisect.bisect_left(self.starts, end)
        return self.dated[at] if at < len(self.dated) else None

    def last_before(self, start: int) -> Any | None:
        """The last dated mention ending at or before ``start``."""
        if not self.ordered:
            return next((m for m in reversed(self.dated) if m.end <= start), None)
        at = bisect.bisect_right(self.ends, start)
        return self.dated[at - 1] if at else None


def _year_near(text: str, start: int, end: int, dates: _Dates, ctx: Any) -> int | None:
    # A mention overlapping the figure is neither after it nor before it.
    after = dates.first_after(end)
    if after and _YEAR_AFTER.fullmatch(text, end, after.start):
        return _year(after.date)
    before = dates.last_before(start)
    if earlier := _FROM_BEFORE.search(text, max(0, start - 16), start):
        if after and not _TO.search(text, end, after.start):
            return _year(after.date)  # "down from 679,000 counted in 1989": its own date
        return None if earlier.group("turn") or before is None else _year(before.date)
    if before:
        return _year(before.date)
    if after:
        return _year(after.date)
    return ctx.question_year()
