"""The timeline figure: dated events on packed levels along one date axis.

What belongs here: :func:`timeline` and what only it uses — reading ISO dates at
day, month or year precision, packing labels onto levels so they never overlap,
and drawing markers, bands, ranges and the precision legend.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from ._common import (
    _CAPTION_FONT,
    _FONT,
    _INK,
    _LINE_PT,
    _MUTED,
    EMPTY_TIMELINE,
    _caption,
    _caption_text,
    _collect_ids,
    _empty_figure,
    _new_figure,
    _records,
    _shorten,
    _suptitle,
    _text,
    _width_pt,
    _wrap,
    style,
)
from ._timeline_axis import BrokenAxis

__all__ = ["DETAIL_EVENTS", "DETAIL_LEVELS", "timeline"]

_ISO = re.compile(r"^\s*(\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
_PRECISION_STYLE = {  # precision: (marker, colour, legend label)
    "day": ("o", "#1f4e79", "day"),
    "month": ("s", "#2a9d8f", "month (band: the whole month)"),
    "year": ("D", "#e76f51", "year (band: the whole year)"),
}
#: Distinct events drawn one by one; a table with more is drawn as an overview.
DETAIL_EVENTS = 30
#: Levels of labels the event-by-event timeline may take (about 16 inches).
DETAIL_LEVELS = 14
_EVENT_CHARS = 50
_EVENT_WRAP = 28
_LABEL_BOX = {"boxstyle": "square,pad=0.1", "facecolor": "white", "alpha": 0.85, "lw": 0}


def _period(iso: object) -> tuple[dt.date, dt.date, str] | None:
    return _period_of(_text(iso))


@lru_cache(maxsize=65536)
def _period_of(iso: str) -> tuple[dt.date, dt.date, str] | None:
    """``(first day, day after the last day, precision)`` of an ISO date at any precision."""
    match = _ISO.match(iso)
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year + 1, 1, 1), "year"  # type: ignore[arg-type, operator]
        if day is None:
            start = dt.date(year, month, 1)  # type: ignore[arg-type]
            days = calendar.monthrange(year, month)[1]  # type: ignore[arg-type]
            return start, start + dt.timedelta(days=days), "month"
        start = dt.date(year, month, day)  # type: ignore[arg-type]
    except (ValueError, OverflowError):
        return None
    return start, start + dt.timedelta(days=1), "day"


@dataclass
class _Event:
    start: float  # matplotlib date numbers
    stop: float
    marker_x: float
    precision: str
    ranged: bool
    relative: str
    date_label: str
    event_label: str
    date: str = ""
    event: str = ""
    reports: int = 1
    level: int = 0
    label_left: bool = False


def _timeline_events(table: pd.DataFrame) -> tuple[list[_Event], int, int]:
    """Distinct dated events (each with its number of reports), undated rows, dated rows.

    Rows that state the same event at the same date (``date``, ``end``, ``event``,
    ``relative``) are one event; ``reports`` counts the distinct pairs that state it.
    """
    cols = ("date", "precision", "end", "event", "relative", "qa_id")
    groups: dict[tuple[str, ...], set[str]] = {}
    undated = dated = 0
    for row in _records(table, cols):
        if _period(row["date"]) is None:
            undated += 1
            continue
        dated += 1
        key = (
            _text(row["date"]),
            _text(row["precision"]),
            _text(row["end"]),
            _text(row["event"]),
            _text(row["relative"]),
        )
        groups.setdefault(key, set()).add(_text(row["qa_id"]) or f"row {dated}")
    events = []
    for (date, precision, end_text, event_text, relative), ids in groups.items():
        period = _period(date)
        assert period is not None
        start, stop, parsed_precision = period
        precision = precision or parsed_precision
        if precision not in _PRECISION_STYLE:
            precision = parsed_precision
        end = _period(end_text)
        ranged = end is not None and end[1] > start
        if ranged:
            stop = end[1]  # type: ignore[index]
        first, after = mdates.date2num(period[0]), mdates.date2num(period[1])
        marker_x = first if precision == "day" else (first + after) / 2
        date_label = date + (f" – {end_text}" if ranged else "")
        if relative:
            date_label += f" (“{_shorten(relative, 22)}”)"
        if len(ids) > 1:
            date_label += f" · {len(ids):,} reports"
        event = _shorten(event_text or "(event not described)", _EVENT_CHARS)
        events.append(
            _Event(
                start=float(mdates.date2num(start)),
                stop=float(mdates.date2num(stop)),
                marker_x=float(marker_x),
                precision=precision,
                ranged=ranged,
                relative=relative,
                date_label=_wrap(date_label, _EVENT_WRAP + 4),
                event_label=_wrap(event, _EVENT_WRAP, max_lines=3),
                date=date + (f" – {end_text}" if ranged else ""),
                event=event_text or "(event not described)",
                reports=len(ids),
            )
        )
    events.sort(key=lambda e: (e.start, e.stop, e.marker_x, e.date_label, e.event_label))
    return events, undated, dated


def _label_width_in(event: _Event) -> float:
    return max(_width_pt(event.date_label, bold=True), _width_pt(event.event_label)) / 72


def _assign_levels(events: list[_Event], days_per_inch: float, x0: float, axes_w: float) -> int:
    """Place each label beside its marker and pack events onto levels without overlaps.

    A label goes right of its marker, or left of it when it would run past the
    right edge; each event takes the lowest level where its extent is free, where no
    higher event's stem would cross its label and its own stem crosses no lower label.
    """
    gap_in = 0.18
    taken: list[list[tuple[float, float]]] = []  # occupied extents (inches) per level
    stems: list[tuple[float, int]] = []  # (marker, level): a stem rises to its level

    def free(level: int, left: float, right: float, marker: float) -> bool:
        extents = taken[level - 1] if level <= len(taken) else []
        if not all(right + gap_in <= a or left >= b + gap_in for a, b in extents):
            return False
        # No label across a higher event's stem, and no stem across a lower label.
        if any(lev > level and left - 0.05 <= x <= right + 0.05 for x, lev in stems):
            return False
        return not any(
            a - 0.05 <= marker <= b + 0.05 for lev in range(level - 1) for a, b in taken[lev]
        )

    for event in events:
        marker = (event.marker_x - x0) / days_per_inch
        width = 0.08 + _label_width_in(event)
        event.label_left = marker + width > axes_w and marker - width >= 0
        label = (marker - width, marker) if event.label_left else (marker, marker + width)
        left = min((event.start - x0) / days_per_inch, label[0])
        right = max((event.stop - x0) / days_per_inch, label[1])
        level = next(
            (lev for lev in range(1, len(taken) + 1) if free(lev, left, right, marker)),
            len(taken) + 1,
        )
        if level > len(taken):
            taken.append([])
        taken[level - 1].append((left, right))
        stems.append((marker, level))
        event.level = level
    return len(taken)


def timeline(table: pd.DataFrame, *, title: str = "Timeline", source: str | None = None) -> Figure:
    """Draw the ``timeline`` table as a dated, horizontal timeline, or its overview.

    Up to :data:`DETAIL_EVENTS` distinct events are drawn one by one: each is a marker
    at its date on its own level (levels are packed so that labels never overlap),
    labelled with its date, a short event text and, when several pairs state it, the
    number of reports. Marker shape and colour give the precision; month and year
    dates get a faint band over the whole month or year, a range (``date`` to ``end``)
    a solid bar, and a date resolved from a relative phrase ("a year later") a hollow
    marker. More events than that (or than fit on :data:`DETAIL_LEVELS` levels) give
    an overview instead: dated statements counted per month, year, decade or century,
    with the best-attested events numbered on the bars and listed below. The figure
    is bounded (at most 12 × 24 inches) whatever the size of the table.

    Args:
        table: The ``timeline`` table (``date``, ``precision``, ``end``, ``event``,
            ``relative``, ``qa_id``, ``evidence``).
        title: Figure title.
        source: Caption text after "Source:"; by default the Q&A pairs drawn from.

    Returns:
        The figure (a message figure when no row has a usable date).

    Example:
        >>> fig = timeline(kn.extract(kn.load(), "timeline"))  # doctest: +SKIP
    """
    with style():
        events, undated, dated = _timeline_events(table)
        ids = _collect_ids(table["qa_id"]) if "qa_id" in getattr(table, "columns", ()) else []
        extra = [f"{undated:,} row(s) without a usable date not drawn"] if undated else []
        caption = _caption_text(source, ids, extra)
        if not events:
            return _empty_figure(title, EMPTY_TIMELINE, caption)
        fig = _detail(events, title, caption) if len(events) <= DETAIL_EVENTS else None
        if fig is None:
            from ._timeline_overview import overview

            fig = overview(events, dated, title, caption)
    return fig


def _detail(events: list[_Event], title: str, caption: str) -> Figure | None:
    """The event-by-event timeline, or None when its levels would not fit."""
    width = 12.0
    axes_w = width * 0.96 - 0.2
    axis = BrokenAxis.of((min(e.start, e.marker_x), max(e.stop, e.marker_x)) for e in events)
    if axis.broken:  # long stretches without events are cut out of the axis
        for e in events:
            e.start, e.stop, e.marker_x = axis(e.start), axis(e.stop), axis(e.marker_x)
    x0 = min(min(e.start, e.marker_x) for e in events)
    x_last = max(max(e.stop, e.marker_x) for e in events)
    days_per_inch = max(x_last - x0, 366.0) / (axes_w - 0.25)
    levels = _assign_levels(events, days_per_inch, x0, axes_w - 0.1)
    if levels > DETAIL_LEVELS:
        return None

    max_lines = max(e.event_label.count("\n") + e.date_label.count("\n") + 2 for e in events)
    level_pt = 8 + _LINE_PT * max_lines + 8
    level_in = level_pt / 72
    y_top = levels + (level_pt - 6) / level_pt
    axes_h = (y_top - 0.45) * level_in

    legend = _timeline_legend(events)
    legend_rows = math.ceil(len(legend) / 3)
    caption_lines = 1 + len(caption) // int(width * 72 / (_CAPTION_FONT * 0.56))
    top_in = 0.55 + 0.26 * legend_rows + 0.1
    bottom_in = 0.75 + 0.12 + 0.17 * min(caption_lines, 3)
    height = top_in + axes_h + bottom_in
    fig = _new_figure(width, height)
    ax = fig.add_axes((0.02, bottom_in / height, axes_w / width, axes_h / height))
    x_min = x0 - 0.15 * days_per_inch
    ax.set_xlim(x_min, x_min + axes_w * days_per_inch)
    ax.set_ylim(0.45, y_top)
    _draw_timeline(ax, events)

    if axis.broken:
        axis.draw_cuts(ax)  # year ticks, and a // tick naming the years cut out
    else:
        ax.xaxis_date()
        locator = mdates.AutoDateLocator(minticks=5, maxticks=14)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))
    ax.set_xlabel("Date")
    ax.grid(axis="x", zorder=0)
    ax.yaxis.set_visible(False)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.legend(
        handles=legend,
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0 + 0.08 / axes_h),
        ncols=min(3, len(legend)),
        borderaxespad=0.0,
        handlelength=2.2,
    )
    _suptitle(fig, title)
    _caption(fig, caption, width)
    return fig


def _draw_timeline(ax: Axes, events: list[_Event]) -> None:
    band_h = 0.16
    for e in events:
        marker, colour, _ = _PRECISION_STYLE[e.precision]
        ax.vlines(e.marker_x, 0.45, e.level, colors="#c8c8c8", linewidth=0.8, zorder=1)
        if e.ranged or e.precision in ("month", "year"):
            # a range is a solid bar; a month or year is a faint band over its span
            ax.add_patch(
                Rectangle(
                    (e.start, e.level - band_h / 2),
                    e.stop - e.start,
                    band_h,
                    facecolor=colour,
                    alpha=0.55 if e.ranged else 0.18,
                    edgecolor="none",
                    zorder=2,
                    gid="range" if e.ranged else "span",
                )
            )
        ax.plot(
            [e.marker_x],
            [e.level],
            linestyle="none",
            marker=marker,
            markersize=7.5 if marker != "D" else 6.5,
            markerfacecolor="white" if e.relative else colour,
            markeredgecolor=colour,
            markeredgewidth=1.8 if e.relative else 1.0,
            zorder=4,
            gid="relative" if e.relative else "event",
        )
        dx, ha = (-6, "right") if e.label_left else (6, "left")
        ax.annotate(
            e.date_label,
            (e.marker_x, e.level),
            xytext=(dx, 6),
            textcoords="offset points",
            ha=ha,
            va="bottom",
            fontsize=_FONT,
            fontweight="bold",
            color=colour,
            zorder=5,
            bbox=_LABEL_BOX,
        )
        ax.annotate(
            e.event_label,
            (e.marker_x, e.level),
            xytext=(dx, 6 + _LINE_PT * (e.date_label.count("\n") + 1)),
            textcoords="offset points",
            ha=ha,
            va="bottom",
            fontsize=_FONT,
            color=_INK,
            linespacing=1.15,
            zorder=5,
            bbox=_LABEL_BOX,
        )


def _timeline_legend(events: list[_Event]) -> list[Any]:
    present = {e.precision for e in events}
    handles: list[Any] = []
    for precision, (marker, colour, label) in _PRECISION_STYLE.items():
        if precision in present:
            handles.append(
                Line2D([], [], linestyle="none", marker=marker, color=colour, label=label)
            )
    if any(e.ranged for e in events):
        handles.append(Patch(facecolor=_MUTED, alpha=0.55, label="range: date to end"))
    if any(e.relative for e in events):
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                markerfacecolor="white",
                markeredgecolor=_INK,
                markeredgewidth=1.8,
                label="hollow: resolved from a relative phrase",
            )
        )
    return handles
