"""The timeline's overview, for more events than can be labelled one by one.

What belongs here: :func:`overview` and what only it uses — choosing the period (month,
year, decade or century) so that there are never more than about 120 bars, counting
the reports of dated events per period and precision, and numbering the best-attested
events on the bars with a list of them below the axes. The figure has a fixed size
(12 inches wide, at most about 8.5 inches high) whatever the number of events.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ._common import _FONT, _INK, _caption, _new_figure, _shorten, _suptitle, _thousands
from ._timeline import _PRECISION_STYLE, _Event

__all__ = ["LABELLED", "overview"]

#: Best-attested events numbered on the overview and listed below it.
LABELLED = 10
_MAX_MONTHS = 96  # months shown as monthly bars; longer spans go to years
_MAX_YEARS = 120
_MAX_DECADES = 120
_NUMBER_PT = 17.0  # height of one numbered marker, stacked above the bars
_LIST_LINE_IN = 0.21
_NUMBER_BOX = {"boxstyle": "round,pad=0.22", "facecolor": "white", "edgecolor": _INK, "lw": 1.0}


def _day(e: _Event) -> dt.date:
    return mdates.num2date(e.marker_x).date()


def _unit(events: list[_Event]) -> str:
    days = [_day(e) for e in events]
    first, last = min(days), max(days)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    years = last.year - first.year + 1
    if months <= _MAX_MONTHS and not any(e.precision == "year" for e in events):
        return "month"
    if years <= _MAX_YEARS:
        return "year"
    return "decade" if years <= _MAX_DECADES * 10 else "century"


def _bin(day: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """First day of ``day``'s period and the first day of the next one."""
    if unit == "month":
        start = dt.date(day.year, day.month, 1)
        after = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return start, after
    size = {"year": 1, "decade": 10, "century": 100}[unit]
    first = max(1, day.year - day.year % size)
    return dt.date(first, 1, 1), dt.date(min(first + size, 9999), 1, 1)


def _best(events: list[_Event]) -> list[_Event]:
    """The best-attested events (most reports; then finer precision, earlier), by date."""
    rank = {"day": 0, "month": 1, "year": 2}
    best = sorted(
        events, key=lambda e: (-e.reports, rank.get(e.precision, 3), e.start, e.event, e.date)
    )[:LABELLED]
    return sorted(best, key=lambda e: (e.start, e.stop, e.event))


def overview(events: list[_Event], dated: int, title: str, caption: str) -> Figure:
    """Draw reports of dated events per period, the best-attested ones numbered."""
    unit = _unit(events)
    counts: dict[tuple[dt.date, dt.date], Counter[str]] = {}
    for e in events:
        counts.setdefault(_bin(_day(e), unit), Counter())[e.precision] += e.reports
    best = _best(events)

    width, axes_h = 12.0, 3.6
    list_in = 0.2 + _LIST_LINE_IN * len(best)
    top_in, bottom_in = 1.05, 0.62 + list_in + 0.5
    height = top_in + axes_h + bottom_in
    fig = _new_figure(width, height)
    left_in, axes_w = 0.85, width - 0.85 - 0.3
    ax = fig.add_axes((left_in / width, bottom_in / height, axes_w / width, axes_h / height))

    first = min(start for start, _ in counts)
    last = max(after for _, after in counts)
    x0, x1 = float(mdates.date2num(first)), float(mdates.date2num(last))
    pad = (x1 - x0) * 0.02
    ax.set_xlim(x0 - pad, x1 + pad)
    totals = _draw_bars(ax, counts)
    levels = _draw_numbers(ax, best, totals, (x1 - x0 + 2 * pad) / axes_w)
    peak = max(totals.values())
    headroom = (8 + _NUMBER_PT * (levels + 1)) / 72 / axes_h
    ax.set_ylim(0, peak / max(0.35, 1 - headroom))

    ax.xaxis_date()
    locator = mdates.AutoDateLocator(minticks=5, maxticks=14)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: _thousands(v)))
    ax.grid(axis="y", zorder=0)
    ax.set_axisbelow(True)
    ax.set_xlabel("Date")
    ax.set_ylabel(f"Reports per {unit}")
    ax.set_title(
        f"{dated:,} dated statements of {len(events):,} distinct events, counted per {unit}; "
        f"the {len(best)} best-attested are numbered and listed below",
        loc="left",
        fontsize=_FONT,
        fontweight="normal",
        pad=8,
    )
    ax.legend(
        handles=_legend(events),
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0 + 0.34 / axes_h),
        ncols=4,
        borderaxespad=0.0,
        handlelength=1.6,
    )
    _draw_list(fig, best, (bottom_in - 0.62) / height, height)
    _suptitle(fig, title)
    _caption(fig, caption, width)
    return fig


def _draw_bars(ax: Axes, counts: dict[tuple[dt.date, dt.date], Counter[str]]) -> dict[Any, int]:
    totals: dict[tuple[float, float], int] = {}
    for (start, after), by_precision in sorted(counts.items()):
        x = float(mdates.date2num(start))
        span = float(mdates.date2num(after)) - x
        bottom = 0
        for precision in ("day", "month", "year"):
            n = by_precision.get(precision, 0)
            if not n:
                continue
            colour = _PRECISION_STYLE[precision][1]
            ax.bar(
                x + span * 0.05,
                n,
                width=span * 0.9,
                bottom=bottom,
                align="edge",
                color=colour,
                linewidth=0,
                zorder=2,
                gid=f"bar:{precision}",
            )
            bottom += n
        totals[(x, x + span)] = bottom
    return totals


def _draw_numbers(
    ax: Axes, best: list[_Event], totals: dict[Any, int], days_per_inch: float
) -> int:
    """Number each best-attested event above its bar; return the levels of numbers used."""
    placed: list[tuple[float, int, float]] = []  # (x in inches, level, base of the bars)
    levels = 0
    for number, e in enumerate(best, 1):
        x_in = e.marker_x / days_per_inch
        reach = 0.15 * days_per_inch
        base = float(
            max(
                (t for (a, b), t in totals.items() if a - reach <= e.marker_x <= b + reach),
                default=0,
            )
        )
        # A number near one placed already goes above it, from the higher of their bases.
        near = [(level, b) for x, level, b in placed if abs(x_in - x) < 0.3]
        base = max([base] + [b for _, b in near])
        level = 0
        while any(lv == level for lv, _ in near):
            level += 1
        placed.append((x_in, level, base))
        levels = max(levels, level + 1)
        ax.annotate(
            str(number),
            (e.marker_x, base),
            xytext=(0, 8 + _NUMBER_PT * level),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=_FONT - 0.5,
            fontweight="bold",
            color=_INK,
            bbox=_NUMBER_BOX,
            zorder=5,
            gid="best",
        )
    return levels


def _draw_list(fig: Figure, best: list[_Event], top: float, height: float) -> None:
    """List the numbered events under the axes: number, date, event, reports."""
    line = _LIST_LINE_IN / height
    for i, e in enumerate(best):
        y = top - (i + 0.5) * line
        reports = f"{e.reports:,} report{'s' * (e.reports != 1)}"
        text = f"{e.date}   {_shorten(e.event, 80)}   ({reports})"
        fig.text(
            0.02,
            y,
            str(i + 1),
            ha="center",
            va="center",
            fontsize=_FONT - 0.5,
            fontweight="bold",
            bbox=_NUMBER_BOX,
            gid="best-number",
        )
        fig.text(
            0.04, y, text, ha="left", va="center", fontsize=_FONT, color=_INK, gid="best-event"
        )


def _legend(events: list[_Event]) -> list[Any]:
    present = {e.precision for e in events}
    handles: list[Any] = [
        Patch(color=colour, label=f"date given to the {precision}")
        for precision, (_, colour, _) in _PRECISION_STYLE.items()
        if precision in present
    ]
    handles.append(
        Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markerfacecolor="white",
            markeredgecolor=_INK,
            markersize=10,
            label="best-attested event (listed below)",
        )
    )
    return handles
