"""A broken date axis for the timeline: long stretches without events are cut out.

What belongs here: :class:`BrokenAxis`, the piecewise map from dates (Matplotlib date
numbers) to the drawn axis. Events from 1990 to 1994 and from 2020 to 2021 would leave
the 26 years between them empty on a linear axis and crowd the late events against its
edge; cut, each stretch with events gets the width, the cut takes a fixed narrow band,
and :meth:`BrokenAxis.draw_cuts` marks it (a grey band and a ``//`` tick naming the years
cut) so nobody reads the axis as continuous.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

import matplotlib.dates as mdates
from matplotlib.axes import Axes

__all__ = ["CUT_DAYS", "GAP_DAYS", "BrokenAxis"]

#: An empty stretch longer than this (and than a fifth of the whole span) is cut out.
GAP_DAYS = 3 * 365.25
#: The drawn width of a cut.
CUT_DAYS = 1.2 * 365.25
#: Room kept around the events of a stretch.
PAD_DAYS = 0.35 * 365.25
_YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000)


def _year_of(x: float) -> int:
    return mdates.num2date(x).year


def _jan1(year: int) -> float:
    return float(mdates.date2num(dt.date(year, 1, 1)))


@dataclass
class BrokenAxis:
    """Stretches of real dates kept on the axis, in order, and where each is drawn."""

    segments: list[tuple[float, float]]
    offsets: list[float]

    @classmethod
    def of(cls, intervals: Iterable[tuple[float, float]]) -> BrokenAxis:
        """Keep the stretches that hold ``intervals`` (start, stop); cut the long gaps."""
        spans = sorted((a - PAD_DAYS, b + PAD_DAYS) for a, b in intervals)
        merged: list[tuple[float, float]] = []
        for a, b in spans:
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        whole = merged[-1][1] - merged[0][0]
        threshold = max(GAP_DAYS, whole / 5)
        segments: list[tuple[float, float]] = []
        for a, b in merged:
            if segments and a - segments[-1][1] <= threshold:
                segments[-1] = (segments[-1][0], b)
            else:
                segments.append((a, b))
        offsets = [segments[0][0]]
        for (a, b), _ in itertools.pairwise(segments):
            offsets.append(offsets[-1] + (b - a) + CUT_DAYS)
        return cls(segments, offsets)

    @property
    def broken(self) -> bool:
        """Whether any stretch was cut out."""
        return len(self.segments) > 1

    def __call__(self, x: float) -> float:
        """The drawn position of date number ``x`` (a date in a cut goes to its band)."""
        starts = [a for a, _ in self.segments]
        i = max(bisect.bisect_right(starts, x) - 1, 0)
        a, b = self.segments[i]
        if x > b and i + 1 < len(self.segments):  # inside the cut after segment i
            return self.offsets[i] + (b - a) + CUT_DAYS / 2
        return self.offsets[i] + (x - a)

    def cuts(self) -> list[tuple[float, int, int]]:
        """Each cut as (drawn centre, first year cut, last year cut)."""
        out = []
        for i in range(len(self.segments) - 1):
            a, b = self.segments[i]
            centre = self.offsets[i] + (b - a) + CUT_DAYS / 2
            out.append((centre, _year_of(b) + 1, _year_of(self.segments[i + 1][0]) - 1))
        return out

    def ticks(self, most: int = 12) -> tuple[list[float], list[str]]:
        """Year ticks (drawn positions, labels), at most about ``most``, in every stretch."""
        drawn = self.offsets[-1] + (self.segments[-1][1] - self.segments[-1][0])
        years_drawn = (drawn - self.offsets[0]) / 365.25
        step = next((s for s in _YEAR_STEPS if years_drawn / s <= most), _YEAR_STEPS[-1])
        positions: list[float] = []
        labels: list[str] = []
        for i, (a, b) in enumerate(self.segments):
            first, last = _year_of(a) + 1, _year_of(b)
            years = [y for y in range(first, last + 1) if y % step == 0]
            if not years:  # a short stretch still gets its year
                years = list(range(first, last + 1))[:1]
            for year in years:
                positions.append(self(_jan1(year)))
                labels.append(str(year))
            if i and (not years or years[0] > _year_of(a)):  # the year a stretch opens in
                positions.append(self(a))
                labels.append(str(_year_of(a)))
        return positions, labels

    def draw_cuts(self, ax: Axes) -> None:
        """Mark each cut: a faint band, and a ``//`` tick naming the years left out."""
        positions, labels = self.ticks()
        for centre, first, last in self.cuts():
            half = CUT_DAYS * 0.32
            ax.axvspan(centre - half, centre + half, color="#eeeeee", zorder=0, gid="axis-cut")
            years = f"{first}–{last}" if last > first else str(first)
            positions.append(centre)
            labels.append(f"//\n{years}")
        order = sorted(range(len(positions)), key=positions.__getitem__)
        ax.set_xticks([positions[i] for i in order], [labels[i] for i in order])
