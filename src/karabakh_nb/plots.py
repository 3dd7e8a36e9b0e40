"""Figures for the reports, drawn from the fact tables.

One function per table (:func:`timeline`, :func:`alliance_network`,
:func:`demographic_shares`, :func:`casualty_ranges`), each taking the table as
the extractors or the reconciliation return it and giving back a matplotlib
:class:`~matplotlib.figure.Figure`; :func:`save` writes one as PNG and SVG.

What belongs here: layout and drawing only. The figures never read files and
never reach back into parsing or extraction; every figure carries a caption
naming the Q&A pairs (or reference sources) it was drawn from.

Conventions shared by every figure:

* Figures are built with the object-oriented API on a fresh :class:`ReportFigure`
  (not registered with pyplot, so a notebook shows it once, when it is the value
  of a cell) inside :func:`style`; global ``rcParams`` are never changed.
* Output is deterministic: rows are sorted before drawing, nothing is random,
  and :func:`save` writes byte-identical files for the same figure.
* An empty table gives a figure with a centred message, never an exception.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import io
import math
import re
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Patch, Rectangle
from matplotlib.textpath import TextToPath
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullFormatter

from .entities import kind_of

__all__ = [
    "STYLE",
    "ReportFigure",
    "alliance_network",
    "casualty_ranges",
    "demographic_shares",
    "save",
    "style",
    "timeline",
]

#: rcParams applied (through :func:`style`) while a figure is built and saved.
STYLE: dict[str, Any] = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "axes.edgecolor": "#555555",
    "axes.labelcolor": "#222222",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.labelsize": 9.5,
    "ytick.labelsize": 9.5,
    "xtick.color": "#333333",
    "ytick.color": "#333333",
    "legend.fontsize": 9.5,
    "legend.frameon": False,
    "figure.titlesize": 14,
    "figure.titleweight": "bold",
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
    "grid.color": "#e3e3e3",
    "grid.linewidth": 0.8,
    "hatch.linewidth": 0.8,
    "svg.hashsalt": "karabakh_nb",
    "svg.fonttype": "path",
}

EMPTY_TIMELINE = "No dated events found"
EMPTY_ALLIANCES = "No alliances or relations found"
EMPTY_DEMOGRAPHICS = "No demographic figures found"
EMPTY_CASUALTIES = "No casualty figures found"

REFERENCE_LABEL = "public reference figure (date)"

_FONT = 9.5  # labels drawn in the plot area; never below 9 pt
_CAPTION_FONT = 9
_CAPTION_COLOR = "#555555"
_INK = "#222222"
_MUTED = "#8a8a8a"
_IDS_SHOWN = 8  # Q&A ids listed in a caption before "+N more"
_SOURCES_SHOWN = 3  # reference sources listed in a caption before "+N more"


class ReportFigure(Figure):
    """A :class:`~matplotlib.figure.Figure` that shows itself as a PNG in notebooks.

    It is not registered with pyplot, so returning one from a notebook cell shows
    it exactly once, and the PNG carries no timestamp or version metadata.
    """

    def _repr_png_(self) -> tuple[bytes, dict[str, str]]:
        buffer = io.BytesIO()
        with style():
            self.savefig(buffer, format="png", dpi=100, metadata={"Software": None})
        # The title doubles as the image's alternative text in the HTML reports.
        alt = self.get_suptitle() or "figure"
        return buffer.getvalue(), {"alt": f"Figure: {alt}"}


@contextlib.contextmanager
def style() -> Iterator[None]:
    """Apply the report style (:data:`STYLE`) for the duration of a ``with`` block.

    Example:
        >>> with style():
        ...     fig = ReportFigure()
    """
    with matplotlib.rc_context(STYLE):
        yield


def save(fig: Figure, folder: str | Path | None, name: str) -> list[Path]:
    """Write ``fig`` as ``<folder>/<name>.png`` (150 dpi) and ``<folder>/<name>.svg``.

    The files carry no dates and SVG ids are salted with a fixed string, so saving
    the same figure twice gives byte-identical files.

    Args:
        fig: The figure to write.
        folder: Folder to write into (created when missing); ``None`` writes nothing.
        name: File name without extension.

    Returns:
        The written paths (PNG first), or ``[]`` when ``folder`` is None.
    """
    if folder is None:
        return []
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    png, svg = out / f"{name}.png", out / f"{name}.svg"
    with style():
        fig.savefig(png, format="png", dpi=150, metadata={"Software": None})
        fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": "karabakh_nb"})
    return [png, svg]


# --------------------------------------------------------------------------- helpers


def _missing(value: object) -> bool:
    """Return True for None, NaN and pandas' missing markers (False for lists)."""
    if value is None:
        return True
    if isinstance(value, (list, tuple, set, dict)):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _text(value: object) -> str:
    return "" if _missing(value) else str(value).strip()


def _number(value: object) -> float | None:
    if _missing(value):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _records(table: pd.DataFrame | None, columns: Sequence[str]) -> list[dict[str, Any]]:
    """Rows of ``table`` as dicts with every column in ``columns`` (missing ones None)."""
    if table is None or len(table) == 0:
        return []
    present = [c for c in columns if c in table.columns]
    rows = []
    for record in table[present].to_dict("records"):
        rows.append({c: record.get(c) for c in columns})
    return rows


def _shorten(text: str, limit: int) -> str:
    """Cut ``text`` at a word boundary so it is at most ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-–") + "…"


def _wrap(text: str, width: int, max_lines: int | None = None) -> str:
    lines = textwrap.wrap(text, width=width, break_on_hyphens=False) or [""]
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _shorten(lines[-1] + " …", width)
        if not lines[-1].endswith("…"):
            lines[-1] = lines[-1].rstrip(" ,;:.") + "…"
    return "\n".join(lines)


@lru_cache(maxsize=4096)
def _width_pt(text: str, size: float = _FONT, bold: bool = False) -> float:
    """Width in points of the widest line of ``text`` in the report font."""
    prop = FontProperties(family=STYLE["font.family"], size=size, weight="bold" if bold else None)
    measure = TextToPath()
    return max(
        (measure.get_text_width_height_descent(line, prop, ismath=False)[0] if line else 0.0)
        for line in text.split("\n")
    )


def _thousands(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 1 or value == 0 else f"{value:g}"


def _id_key(qa_id: str) -> tuple[str, int, str]:
    stem, _, line = qa_id.rpartition(":")
    return (stem, int(line), qa_id) if stem and line.isdigit() else (qa_id, -1, qa_id)


def _collect_ids(values: Iterable[object]) -> list[str]:
    """Distinct Q&A ids from a column of ids, lists of ids or ``;``-joined ids, sorted."""
    ids: set[str] = set()
    for value in values:
        if isinstance(value, str):
            parts: Iterable[object] = value.split(";")
        elif isinstance(value, Iterable):
            parts = value
        elif _missing(value):
            continue
        else:
            parts = [value]
        ids.update(str(p).strip() for p in parts if not _missing(p) and str(p).strip())
    return sorted(ids, key=_id_key)


def _describe_ids(ids: Sequence[str]) -> str:
    """``Q&A pairs stem:49, :73, ... +N more (M pairs; extracted with karabakh_nb)``."""
    shown, last_stem = [], None
    for qa_id in ids[:_IDS_SHOWN]:
        stem, line, _ = _id_key(qa_id)
        if line >= 0 and stem == last_stem:
            shown.append(f":{line}")
        else:
            shown.append(qa_id)
        last_stem = stem if line >= 0 else None
    listing = ", ".join(shown)
    if len(ids) > _IDS_SHOWN:
        listing += f", … +{len(ids) - _IDS_SHOWN} more"
    files = {_id_key(i)[0] for i in ids}
    count = f"{len(ids)} pair{'s' * (len(ids) != 1)}"
    if len(files) > 1:
        count += f" in {len(files)} files"
    return f"Q&A pairs {listing} ({count}; extracted with karabakh_nb)"


def _caption_text(source: str | None, ids: Sequence[str] = (), extra: Sequence[str] = ()) -> str:
    if source:
        return f"Source: {source}"
    parts = ([_describe_ids(ids)] if ids else []) + list(extra)
    return "Source: " + ("; ".join(parts) if parts else "karabakh_nb")


def _caption(fig: Figure, text: str, width_in: float) -> float:
    """Draw the source caption at the bottom of ``fig``; return its height in inches."""
    chars = max(40, int(width_in * 72 / (_CAPTION_FONT * 0.56)) - 4)
    wrapped = _wrap(text, chars, max_lines=3)
    fig.text(
        0.012,
        0.06 / fig.get_figheight(),
        wrapped,
        ha="left",
        va="bottom",
        fontsize=_CAPTION_FONT,
        color=_CAPTION_COLOR,
        gid="caption",
    )
    return 0.12 + 0.17 * (wrapped.count("\n") + 1)


def _new_figure(width: float, height: float, *, constrained: bool = False) -> ReportFigure:
    size = (round(width, 2), round(height, 2))
    return ReportFigure(figsize=size, layout="constrained" if constrained else None)


def _reserve_bottom(fig: Figure, inches: float) -> None:
    """Keep the constrained layout clear of the caption strip at the bottom."""
    frac = min(0.45, inches / fig.get_figheight())
    fig.get_layout_engine().set(rect=(0.0, frac, 1.0, 1.0 - frac))  # type: ignore[union-attr]


def _suptitle(fig: Figure, title: str) -> None:
    if fig.get_layout_engine() is not None:  # the layout engine places and makes room for it
        fig.suptitle(title, x=0.012, ha="left")
    else:
        fig.suptitle(title, x=0.012, y=1 - 0.12 / fig.get_figheight(), ha="left", va="top")


def _empty_figure(title: str, message: str, caption: str) -> ReportFigure:
    fig = _new_figure(8, 3.2)
    ax = fig.add_axes((0.02, 0.25, 0.96, 0.55))
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=12, color=_MUTED, gid="empty")
    _suptitle(fig, title)
    _caption(fig, caption, 8)
    return fig


def _palette(i: int) -> str:
    colours = ("#2c7bb6", "#e08214", "#1a9850", "#8073ac", "#d7191c", "#35978f", "#bf812d")
    return colours[i % len(colours)]


def _lighten(colour: str, amount: float) -> tuple[float, float, float]:
    r, g, b = matplotlib.colors.to_rgb(colour)
    return (r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount)


# --------------------------------------------------------------------------- timeline

_ISO = re.compile(r"^\s*(\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
_PRECISION_STYLE = {  # precision: (marker, colour, legend label)
    "day": ("o", "#1f4e79", "day"),
    "month": ("s", "#2a9d8f", "month (band: the whole month)"),
    "year": ("D", "#e76f51", "year (band: the whole year)"),
}
_EVENT_CHARS = 50
_EVENT_WRAP = 28
_LINE_PT = 11.8  # one label line at _FONT, with leading
_LABEL_BOX = {"boxstyle": "square,pad=0.1", "facecolor": "white", "alpha": 0.85, "lw": 0}


def _period(iso: object) -> tuple[dt.date, dt.date, str] | None:
    """``(first day, day after the last day, precision)`` of an ISO date at any precision."""
    match = _ISO.match(_text(iso))
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year + 1, 1, 1), "year"  # type: ignore[arg-type]
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
    level: int = 0
    label_left: bool = False


def _timeline_events(table: pd.DataFrame) -> tuple[list[_Event], int]:
    cols = ("date", "precision", "end", "event", "relative", "qa_id")
    events, undated = [], 0
    for row in _records(table, cols):
        period = _period(row["date"])
        if period is None:
            undated += 1
            continue
        start, stop, parsed_precision = period
        precision = _text(row["precision"]) or parsed_precision
        if precision not in _PRECISION_STYLE:
            precision = parsed_precision
        end = _period(row["end"])
        ranged = end is not None and end[1] > start
        if ranged:
            stop = end[1]  # type: ignore[index]
        first, after = mdates.date2num(period[0]), mdates.date2num(period[1])
        marker_x = first if precision == "day" else (first + after) / 2
        date_label = _text(row["date"])
        if ranged:
            date_label += f" – {_text(row['end'])}"
        relative = _text(row["relative"])
        if relative:
            date_label += f" (“{_shorten(relative, 22)}”)"
        event = _shorten(_text(row["event"]) or "(event not described)", _EVENT_CHARS)
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
            )
        )
    events.sort(key=lambda e: (e.start, e.stop, e.marker_x, e.date_label, e.event_label))
    return events, undated


def _label_width_in(event: _Event) -> float:
    return max(_width_pt(event.date_label, bold=True), _width_pt(event.event_label)) / 72


def _assign_levels(events: list[_Event], days_per_inch: float, x0: float, axes_w: float) -> int:
    """Place each label beside its marker and pack events onto levels without overlaps.

    A label goes right of its marker, or left of it when it would run past the
    right edge; each event takes the lowest level where its extent is free.
    """
    gap_in = 0.18
    taken: list[list[tuple[float, float]]] = []  # occupied extents (inches) per level
    for event in events:
        marker = (event.marker_x - x0) / days_per_inch
        width = 0.08 + _label_width_in(event)
        event.label_left = marker + width > axes_w and marker - width >= 0
        label = (marker - width, marker) if event.label_left else (marker, marker + width)
        left = min((event.start - x0) / days_per_inch, label[0])
        right = max((event.stop - x0) / days_per_inch, label[1])
        for level, extents in enumerate(taken):
            if all(right + gap_in <= a or left >= b + gap_in for a, b in extents):
                extents.append((left, right))
                event.level = level + 1
                break
        else:
            taken.append([(left, right)])
            event.level = len(taken)
    return len(taken)


def timeline(table: pd.DataFrame, *, title: str = "Timeline", source: str | None = None) -> Figure:
    """Draw the ``timeline`` table as a dated, horizontal timeline.

    Each event is a marker at its date on its own level (levels are packed so that
    labels never overlap), labelled with its date and a short event text. Marker
    shape and colour give the precision; month and year dates get a faint band over
    the whole month or year, a range (``date`` to ``end``) a solid bar, and a date
    resolved from a relative phrase ("a year later") a hollow marker.

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
        events, undated = _timeline_events(table)
        ids = _collect_ids(table["qa_id"]) if "qa_id" in getattr(table, "columns", ()) else []
        extra = [f"{undated} row(s) without a usable date not drawn"] if undated else []
        caption = _caption_text(source, ids, extra)
        if not events:
            return _empty_figure(title, EMPTY_TIMELINE, caption)

        width = 12.0
        axes_w = width * 0.96 - 0.2
        x0 = min(min(e.start, e.marker_x) for e in events)
        x_last = max(max(e.stop, e.marker_x) for e in events)
        days_per_inch = max(x_last - x0, 366.0) / (axes_w - 0.25)
        levels = _assign_levels(events, days_per_inch, x0, axes_w - 0.1)

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

        ax.xaxis_date()
        locator = mdates.AutoDateLocator(minticks=5, maxticks=14)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))
        ax.grid(axis="x", zorder=0)
        ax.set_xlabel("Date")
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
        if e.ranged:
            ax.add_patch(
                Rectangle(
                    (e.start, e.level - band_h / 2),
                    e.stop - e.start,
                    band_h,
                    facecolor=colour,
                    alpha=0.55,
                    edgecolor="none",
                    zorder=2,
                    gid="range",
                )
            )
        elif e.precision in ("month", "year"):
            ax.add_patch(
                Rectangle(
                    (e.start, e.level - band_h / 2),
                    e.stop - e.start,
                    band_h,
                    facecolor=colour,
                    alpha=0.18,
                    edgecolor="none",
                    zorder=2,
                    gid="span",
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


# --------------------------------------------------------------------------- alliances

_RELATIONS = ("ally", "member", "partner", "adversary", "mediator")
_RELATION_STYLE: dict[str, tuple[str, Any, float, bool, str]] = {
    # relation: (colour, line style, line width, arrow a -> b, legend label)
    "ally": ("#1a9850", "-", 2.4, False, "ally"),
    "member": ("#2c7bb6", "-", 1.8, True, "member (a → organisation b)"),
    "partner": ("#7a7a7a", (0, (1.2, 1.6)), 2.0, False, "partner"),
    "adversary": ("#d7191c", (0, (5, 2)), 2.2, False, "adversary"),
    "mediator": ("#e08214", (0, (6, 2, 1.5, 2)), 1.8, True, "mediator (a → party b)"),
}
_OTHER_RELATION = ("#444444", "-", 1.4, False, "")
_NODE_STYLE = {  # kind: (marker, face colour, edge colour, legend label)
    "state": ("o", "#d6e6f4", "#2c5d8a", "state"),
    "side": ("o", "#fde3c8", "#a3541a", "non-state side"),
    "org": ("s", "#e6def0", "#5b3f8c", "organisation"),
    "other": ("o", "#eeeeee", "#666666", "region / other"),
}
_NODE_PT = {"o": 24.0, "s": 34.0}  # marker diameter / side in points
_HIGHLIGHT_SCALE = 1.3
_NODE_WRAP = 16


def _node_kind(name: str) -> str:
    kind = kind_of(name)
    return kind if kind in ("state", "side", "org") else "other"


def _circle(names: Sequence[str], start_deg: float) -> dict[str, tuple[float, float]]:
    """Unit-circle positions, clockwise from ``start_deg``."""
    step = 2 * math.pi / max(len(names), 1)
    start = math.radians(start_deg)
    return {
        name: (math.cos(start - i * step), math.sin(start - i * step))
        for i, name in enumerate(names)
    }


def _ring_order(nodes: Sequence[str], counts: dict[tuple[str, str, str], int]) -> list[str]:
    """Order nodes around the circle so that related nodes tend to be neighbours.

    Greedy and deterministic: start from the best-connected node, then always take
    the unplaced node most related to the last placed one (then to all placed
    ones, then the better connected, then by name).
    """
    weight: dict[tuple[str, str], int] = {}
    degree = dict.fromkeys(nodes, 0)
    for a, b, _ in counts:
        weight[(a, b)] = weight.get((a, b), 0) + 1
        weight[(b, a)] = weight.get((b, a), 0) + 1
        degree[a] += 1
        degree[b] += 1
    order = [min(nodes, key=lambda n: (-degree[n], n))]
    left = set(nodes) - set(order)
    while left:
        last = order[-1]
        nxt = min(
            left,
            key=lambda n: (
                -weight.get((last, n), 0),
                -sum(weight.get((p, n), 0) for p in order),
                -degree[n],
                n,
            ),
        )
        order.append(nxt)
        left.remove(nxt)
    return order


def alliance_network(
    table: pd.DataFrame,
    *,
    highlight: Sequence[str] = (),
    title: str = "Alliances and relations",
    source: str | None = None,
) -> Figure:
    """Draw the ``alliances`` table as a network of states, sides and organisations.

    States and sides are circles, organisations squares, all on one circle (so
    no edge passes through a node), in a deterministic order that keeps related
    nodes next to each other. Each distinct
    (``a``, ``b``, ``relation``) is one edge, coloured and dashed by relation;
    ``member`` and ``mediator`` edges are arrows from ``a`` to ``b``; several
    relations between the same pair are drawn as separate arcs.

    Args:
        table: The ``alliances`` table (``a``, ``b``, ``relation``, ``qa_id``,
            ``evidence``).
        highlight: Names drawn larger, with a bold outline and label.
        title: Figure title.
        source: Caption text after "Source:"; by default the Q&A pairs drawn from.

    Returns:
        The figure (a message figure when the table has no relations).

    Example:
        >>> fig = alliance_network(alliances, highlight=["Armenia"])  # doctest: +SKIP
    """
    with style():
        rows = _records(table, ("a", "b", "relation", "qa_id"))
        ids = _collect_ids(r["qa_id"] for r in rows)
        counts: dict[tuple[str, str, str], int] = {}
        for r in rows:
            a, b, relation = _text(r["a"]), _text(r["b"]), _text(r["relation"]).lower()
            if a and b and a != b and relation:
                counts[(a, b, relation)] = counts.get((a, b, relation), 0) + 1
        caption = _caption_text(source, ids)
        if not counts:
            return _empty_figure(title, EMPTY_ALLIANCES, caption)

        nodes = sorted({n for a, b, _ in counts for n in (a, b)})
        kinds = {n: _node_kind(n) for n in nodes}
        marked = {str(h) for h in highlight}
        radius_in = max(2.0, len(nodes) * 0.95 / (2 * math.pi))
        labels = {n: _wrap(n, _NODE_WRAP, max_lines=3) for n in nodes}
        inside = {n for n in nodes if kinds[n] == "org" and len(n) <= 5}
        outer_labels = [labels[n] for n in nodes if n not in inside]
        label_w = max((_width_pt(t, bold=True) for t in outer_labels), default=0) / 72
        label_h = max((t.count("\n") + 1 for t in outer_labels), default=1) * _LINE_PT / 72
        node_in = _NODE_PT["s"] * _HIGHLIGHT_SCALE / 2 / 72
        half_x = radius_in + node_in + 0.08 + label_w + 0.1
        half_y = radius_in + node_in + 0.08 + label_h + 0.1
        legend_w, top_in = 2.9, 0.7
        caption_in = 0.12 + 0.17 * 2
        width = 2 * half_x + legend_w + 0.2
        height = max(2 * half_y + top_in + caption_in, 5.0)
        fig = _new_figure(width, height)
        ax = fig.add_axes(
            (0.1 / width, caption_in / height, 2 * half_x / width, 2 * half_y / height)
        )
        per_in = 1 / radius_in  # data units per inch; the outer ring has radius 1
        ax.set_xlim(-half_x * per_in, half_x * per_in)
        ax.set_ylim(-half_y * per_in, half_y * per_in)
        ax.set_aspect("equal")
        ax.set_axis_off()

        pos = _circle(_ring_order(nodes, counts), 90.0)
        _draw_edges(ax, counts, pos, kinds, marked)
        _draw_nodes(ax, nodes, pos, kinds, marked, labels, inside, per_in)

        handles: list[Any] = []
        for kind in ("state", "side", "other", "org"):
            if kind in kinds.values():
                marker, face, edge, label = _NODE_STYLE[kind]
                handles.append(
                    Line2D(
                        [],
                        [],
                        linestyle="none",
                        marker=marker,
                        markersize=11,
                        markerfacecolor=face,
                        markeredgecolor=edge,
                        label=label,
                    )
                )
        present = sorted({rel for _, _, rel in counts}, key=_relation_order)
        for relation in present:
            colour, dash, lw, _, label = _RELATION_STYLE.get(relation, _OTHER_RELATION)
            handles.append(
                Line2D([], [], color=colour, linestyle=dash, linewidth=lw, label=label or relation)
            )
        if marked & set(nodes):
            handles.append(
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker="o",
                    markersize=13,
                    markerfacecolor="white",
                    markeredgecolor=_INK,
                    markeredgewidth=2.6,
                    label="highlighted",
                )
            )
        ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(1.0 + 0.15 / (2 * half_x), 1.0),
            borderaxespad=0.0,
            handlelength=2.6,
            labelspacing=0.8,
        )
        _suptitle(fig, title)
        _caption(fig, caption, width)
    return fig


def _relation_order(relation: str) -> tuple[int, str]:
    return (_RELATIONS.index(relation) if relation in _RELATIONS else len(_RELATIONS), relation)


def _node_radius_pt(kind: str, highlighted: bool) -> float:
    marker = _NODE_STYLE[kind][0]
    size = _NODE_PT[marker] * (_HIGHLIGHT_SCALE if highlighted else 1.0)
    return size / 2 if marker == "o" else size * 0.6


def _draw_edges(
    ax: Axes,
    counts: dict[tuple[str, str, str], int],
    pos: dict[str, tuple[float, float]],
    kinds: dict[str, str],
    marked: set[str],
) -> None:
    by_pair: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for a, b, relation in counts:
        by_pair.setdefault((min(a, b), max(a, b)), []).append((a, b, relation))
    for pair in sorted(by_pair):
        edges = sorted(by_pair[pair], key=lambda e: (_relation_order(e[2]), e[0], e[1]))
        for k, (a, b, relation) in enumerate(edges):
            colour, dash, lw, arrow, _ = _RELATION_STYLE.get(relation, _OTHER_RELATION)
            rad = (k - (len(edges) - 1) / 2) * 0.3  # arcs spread evenly around the chord
            if (a, b) != pair:  # the same arc whichever way the edge points
                rad = -rad
            ax.add_patch(
                FancyArrowPatch(
                    pos[a],
                    pos[b],
                    connectionstyle=f"arc3,rad={rad:.2f}",
                    arrowstyle="-|>" if arrow else "-",
                    mutation_scale=15,
                    shrinkA=_node_radius_pt(kinds[a], a in marked) + 2,
                    shrinkB=_node_radius_pt(kinds[b], b in marked) + 2,
                    color=colour,
                    linestyle=dash,
                    linewidth=min(lw + 0.6 * (counts[(a, b, relation)] - 1), lw + 2),
                    alpha=0.9,
                    zorder=2,
                    gid=f"edge:{relation}:{a}->{b}",
                )
            )


def _draw_nodes(
    ax: Axes,
    nodes: Sequence[str],
    pos: dict[str, tuple[float, float]],
    kinds: dict[str, str],
    marked: set[str],
    labels: dict[str, str],
    inside: set[str],
    per_in: float,
) -> None:
    for kind in ("state", "side", "other", "org"):
        group = [n for n in nodes if kinds[n] == kind]
        if not group:
            continue
        marker, face, edge, _ = _NODE_STYLE[kind]
        sizes = [(_NODE_PT[marker] * (_HIGHLIGHT_SCALE if n in marked else 1)) ** 2 for n in group]
        ax.scatter(
            [pos[n][0] for n in group],
            [pos[n][1] for n in group],
            s=sizes,
            marker=marker,
            facecolors=face,
            edgecolors=[_INK if n in marked else edge for n in group],
            linewidths=[2.6 if n in marked else 1.3 for n in group],
            zorder=3,
            gid=f"nodes:{kind}",
        )
    for n in nodes:
        x, y = pos[n]
        weight = "bold" if n in marked else "normal"
        if n in inside:
            ax.text(x, y, n, ha="center", va="center", fontsize=_FONT, fontweight=weight, zorder=4)
            continue
        dist = math.hypot(x, y)
        if dist < 1e-9:
            cos, sin = 0.0, -1.0
        else:
            cos, sin = x / dist, y / dist
        offset = (_node_radius_pt(kinds[n], n in marked) + 5) / 72 * per_in
        ha = "left" if cos > 0.3 else "right" if cos < -0.3 else "center"
        va = "bottom" if sin > 0.3 else "top" if sin < -0.3 else "center"
        ax.text(
            x + cos * offset,
            y + sin * offset,
            labels[n],
            ha=ha,
            va=va,
            fontsize=_FONT + 0.5,
            fontweight=weight,
            color=_INK,
            linespacing=1.1,
            zorder=4,
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "alpha": 0.75, "lw": 0},
        )


# --------------------------------------------------------------------------- demographics

_QUALIFIER_SIGN = {"approx": "≈", "at_least": "≥", "at_most": "≤", "exact": "", "majority": ""}
_QUALIFIER_NOTE = {
    "approx": "≈ approximate (“about”, “some”)",
    "at_least": "≥ at least (“more than”, “over”)",
    "at_most": "≤ at most (“up to”, “fewer than”)",
}
_ROW_IN = 0.34


def _year_text(value: object) -> str:
    number = _number(value)
    if number is not None and number.is_integer():
        return str(int(number))
    return _text(value)


def _with_year(label: str, year: str) -> str:
    return f"{label} ({year})" if year else label


def _with_sign(qualifier: str, text: str) -> str:
    return f"{_QUALIFIER_SIGN.get(qualifier, '')}{text}"


def demographic_shares(
    table: pd.DataFrame, *, title: str = "Demographics", source: str | None = None
) -> Figure:
    """Draw the ``demographics`` table: percentage shares per subject, and populations.

    Shares are horizontal bars grouped under their subject (one bar per
    "group (year)"); the bar label carries the qualifier ("≈45%", "≥90%"). A
    "mostly" row (no value, qualifier ``majority``) is a hatched bar from 50 to
    100 %. Counts of people go to a second panel below, on a log scale when they
    span more than two orders of magnitude.

    Args:
        table: The ``demographics`` table (``subject``, ``group``, ``value``,
            ``unit``, ``qualifier``, ``year``, ``qa_id``, ``evidence``).
        title: Figure title.
        source: Caption text after "Source:"; by default the Q&A pairs drawn from.

    Returns:
        The figure (a message figure when the table is empty).

    Example:
        >>> fig = demographic_shares(demographics)  # doctest: +SKIP
    """
    with style():
        cols = ("subject", "group", "value", "unit", "qualifier", "year", "qa_id")
        rows = _records(table, cols)
        ids = _collect_ids(r["qa_id"] for r in rows)
        caption = _caption_text(source, ids)
        shares: dict[tuple[Any, ...], dict[str, Any]] = {}
        people: dict[tuple[Any, ...], dict[str, Any]] = {}
        for r in rows:
            item = {
                "subject": _text(r["subject"]) or "(no subject)",
                "group": _text(r["group"]) or "(no group)",
                "value": _number(r["value"]),
                "unit": _text(r["unit"]).lower() or "percent",
                "qualifier": _text(r["qualifier"]).lower() or "exact",
                "year": _year_text(r["year"]),
            }
            key = tuple(item.values())
            if item["unit"] == "percent" or item["qualifier"] == "majority":
                shares.setdefault(key, item)
            else:
                people.setdefault(key, item)
        if not shares and not people:
            return _empty_figure(title, EMPTY_DEMOGRAPHICS, caption)

        share_rows = sorted(shares.values(), key=_share_key)
        people_rows = sorted(people.values(), key=_people_key)
        n_subjects = len({r["subject"] for r in share_rows})
        share_h = (len(share_rows) + n_subjects) * _ROW_IN + 1.0 if share_rows else 0.0
        people_h = len(people_rows) * _ROW_IN + 1.1 if people_rows else 0.0
        width = 10.0
        caption_in = 0.12 + 0.17 * 2
        height = share_h + people_h + 0.7 + caption_in
        fig = _new_figure(width, height, constrained=True)
        _reserve_bottom(fig, caption_in)
        ratios = [h for h in (share_h, people_h) if h]
        axes = fig.subplots(len(ratios), 1, height_ratios=ratios, squeeze=False)[:, 0]
        if share_rows:
            _draw_shares(axes[0], share_rows)
        if people_rows:
            _draw_people(axes[-1], people_rows, titled=bool(share_rows))
        _suptitle(fig, title)
        _caption(fig, caption, width)
    return fig


def _share_key(r: dict[str, Any]) -> tuple[Any, ...]:
    value = r["value"]
    return (
        r["subject"],
        r["year"] == "",
        r["year"],
        r["qualifier"] != "majority",
        -(value if value is not None else -1),
        r["group"],
        r["qualifier"],
    )


def _people_key(r: dict[str, Any]) -> tuple[Any, ...]:
    return (r["subject"], r["year"] == "", r["year"], r["group"], r["value"] or 0, r["qualifier"])


def _draw_shares(ax: Axes, rows: list[dict[str, Any]]) -> None:
    subjects = sorted({r["subject"] for r in rows})
    colours = {s: _palette(i) for i, s in enumerate(subjects)}
    y, ticks, labels, headers = 0.0, [], [], []
    qualifiers: set[str] = set()
    top = max([100.0] + [r["value"] for r in rows if r["value"] is not None])
    for subject in subjects:
        y -= 0.35 if ticks else 0.0
        ticks.append(y)
        labels.append(_wrap(subject, 34, max_lines=2))
        headers.append(len(ticks) - 1)
        y -= 1
        for r in (r for r in rows if r["subject"] == subject):
            colour = colours[subject]
            ticks.append(y)
            labels.append(_wrap(_with_year(r["group"], r["year"]), 34, max_lines=2))
            value, qualifier = r["value"], r["qualifier"]
            if value is None and qualifier == "majority":
                ax.barh(
                    y,
                    50,
                    left=50,
                    height=0.62,
                    facecolor=_lighten(colour, 0.75),
                    edgecolor=colour,
                    hatch="///",
                    linewidth=1.0,
                    gid="majority",
                )
                ax.text(
                    75,
                    y,
                    "mostly",
                    ha="center",
                    va="center",
                    fontsize=_FONT,
                    color=_INK,
                    bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "lw": 0},
                )
                qualifiers.add("majority")
            elif value is None:
                ax.text(1, y, "no figure given", va="center", fontsize=_FONT, color=_MUTED)
            else:
                ax.barh(y, value, height=0.62, color=colour, gid="share")
                ax.text(
                    value + top * 0.01,
                    y,
                    _with_sign(qualifier, f"{value:g}%"),
                    va="center",
                    fontsize=_FONT,
                    color=_INK,
                )
                qualifiers.add(qualifier)
            y -= 1
    ax.set_yticks(ticks, labels)
    for i in headers:
        tick = ax.get_yticklabels()[i]
        tick.set_fontweight("bold")
        tick.set_fontsize(_FONT + 0.5)
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(y + 0.4, 0.6)
    ax.set_xlim(0, top * 1.12)
    ax.set_xticks([t for t in (0, 25, 50, 75, 100) if t <= top])
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}%"))
    ax.grid(axis="x", zorder=0)
    ax.set_axisbelow(True)
    ax.set_xlabel("Share (%)")
    ax.set_title("Shares", loc="left")
    handles: list[Any] = []
    if "majority" in qualifiers:
        handles.append(
            Patch(
                facecolor="white",
                edgecolor=_MUTED,
                hatch="///",
                label="“mostly” / majority: over 50 %",
            )
        )
    for qualifier, note in _QUALIFIER_NOTE.items():
        if qualifier in qualifiers:
            handles.append(Line2D([], [], linestyle="none", label=note))
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), handlelength=1.6)


def _log_scale(values: Sequence[float]) -> bool:
    positive = [v for v in values if v > 0]
    return bool(positive) and max(positive) / min(positive) > 100


def _thousands_axis(ax: Axes, log: bool) -> None:
    formatter = FuncFormatter(lambda v, _: _thousands(v))
    if log:
        ax.set_xscale("log")
        ax.xaxis.set_major_locator(LogLocator(base=10))
        ax.xaxis.set_minor_formatter(NullFormatter())
    else:
        ax.xaxis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]))
    ax.xaxis.set_major_formatter(formatter)


def _draw_people(ax: Axes, rows: list[dict[str, Any]], *, titled: bool) -> None:
    values = [r["value"] for r in rows if r["value"] is not None]
    log = _log_scale(values)
    top = max(values, default=1.0)
    for i, r in enumerate(rows):
        value = r["value"]
        if value is None:
            ax.text(0, i, " no figure given", va="center", fontsize=_FONT, color=_MUTED)
            continue
        ax.barh(i, value, height=0.62, color="#7f8fa6", gid="people")
        unit = "" if r["unit"] == "people" else f" {r['unit']}"
        ax.text(
            value * (1.08 if log else 1) + (0 if log else top * 0.01),
            i,
            _with_sign(r["qualifier"], _thousands(value) + unit),
            va="center",
            fontsize=_FONT,
            color=_INK,
        )
    labels = [_wrap(_with_year(f"{r['subject']}: {r['group']}", r["year"]), 40, 2) for r in rows]
    ax.set_yticks(range(len(rows)), labels)
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    _thousands_axis(ax, log)
    if log:
        ax.set_xlim(min(v for v in values if v > 0) / 2, top * 6)
    else:
        ax.set_xlim(0, top * 1.25)
    ax.grid(axis="x", zorder=0)
    ax.set_axisbelow(True)
    ax.set_xlabel("People" + (" (log scale)" if log else ""))
    ax.set_title("Population counts" if titled else "Populations", loc="left")


# --------------------------------------------------------------------------- casualties

_CATEGORIES = ("military", "civilian", "unspecified", "missing", "wounded", "displaced")
_QA_COLOUR = "#2c7bb6"
_DISAGREE_COLOUR = "#c0392b"


def _category_of(measure: str) -> str:
    """Category of a reference ``measure`` such as "military killed" or "civilians missing"."""
    words = measure.lower()
    for category in ("missing", "wounded", "displaced", "civilian", "military"):
        if category in words:
            return category
    return "unspecified"


def _reference_rows(reference: pd.DataFrame | None) -> list[dict[str, Any]]:
    """Reference figures as (party, category, value, as_of, source) records.

    Accepts ``party``, ``category`` and ``value`` or ``count`` (as
    :func:`karabakh_nb.reference.reference_casualties` gives them), or the raw
    ``public_figures.csv`` columns (``topic``, ``subject``, ``measure``, ``unit``),
    keeping only casualty counts.
    """
    if reference is None or len(reference) == 0:
        return []
    frame = reference
    if "topic" in frame.columns:
        frame = frame[frame["topic"].astype(str).str.lower() == "casualties"]
    if "unit" in frame.columns:  # counts of people only, not percentages
        unit = frame["unit"].astype(str).str.lower()
        frame = frame[unit.isin(["people", "", "nan", "none", "<na>"])]
    cols = ("party", "category", "value", "count", "as_of", "source", "subject", "measure")
    out = []
    for r in _records(frame, cols):
        value = _number(r["count"]) if _number(r["count"]) is not None else _number(r["value"])
        if value is None:
            continue
        out.append(
            {
                "party": _text(r["party"]) or _text(r["subject"]) or "unspecified",
                "category": _text(r["category"]) or _category_of(_text(r["measure"])),
                "value": value,
                "as_of": _text(r["as_of"]),
                "source": _text(r["source"]),
            }
        )
    return sorted(out, key=lambda r: (r["party"], r["category"], r["as_of"], r["value"]))


def _row_key(key: tuple[str, str]) -> tuple[Any, ...]:
    party, category = key
    rank = _CATEGORIES.index(category) if category in _CATEGORIES else len(_CATEGORIES)
    return (party == "unspecified", party, rank, category)


def _range_text(low: float | None, best: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        span = _thousands(low) if low == high else f"{_thousands(low)}–{_thousands(high)}"
        if best is None:
            return span
        return _thousands(best) if span == _thousands(best) else f"{_thousands(best)} ({span})"
    if low is not None:
        return f"≥ {_thousands(low)}"
    if high is not None:
        return f"≤ {_thousands(high)}" + (f", best {_thousands(best)}" if best is not None else "")
    return _thousands(best) if best is not None else "no figure"


def casualty_ranges(
    reconciled: pd.DataFrame,
    reference: pd.DataFrame | None = None,
    *,
    title: str = "Casualty figures",
    source: str | None = None,
) -> Figure:
    """Draw reconciled casualty figures as ranges, beside public reference figures.

    One row per (``party``, ``category``): a line from ``low`` to ``high`` with a
    dot at ``best``; a lower bound only (``low`` without ``high``) is an arrow to
    the right labelled "≥ low", never a closed range. Rows whose reports disagree
    get a red label. Reference figures are black diamonds on the same row, each
    with the date it refers to. The x scale is logarithmic when the values span
    more than two orders of magnitude, otherwise linear.

    Args:
        reconciled: Reconciled casualties (``party``, ``category``, ``low``,
            ``best``, ``high``, ``n_reports``, ``qa_ids``, ``disagree``).
        reference: Public reference figures (``party``, ``category``, ``count`` or
            ``value``, ``as_of``, ``source``), or the raw ``public_figures.csv`` table.
        title: Figure title.
        source: Caption text after "Source:"; by default the Q&A pairs and the
            reference sources drawn from.

    Returns:
        The figure (a message figure when there is nothing to draw).

    Example:
        >>> fig = casualty_ranges(ranges, kn.reference_figures())  # doctest: +SKIP
    """
    with style():
        cols = ("party", "category", "low", "best", "high", "n_reports", "qa_ids", "disagree")
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        for r in _records(reconciled, cols):
            key = (_text(r["party"]) or "unspecified", _text(r["category"]) or "unspecified")
            disagree = r["disagree"]
            rows[key] = {
                "low": _number(r["low"]),
                "best": _number(r["best"]),
                "high": _number(r["high"]),
                "n": _number(r["n_reports"]),
                "disagree": bool(disagree) if not _missing(disagree) else False,
            }
        ids = _collect_ids(r["qa_ids"] for r in _records(reconciled, ("qa_ids",)))
        refs = _reference_rows(reference)
        by_row: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for ref in refs:
            by_row.setdefault((ref["party"], ref["category"]), []).append(ref)
        ref_sources = sorted({r["source"] for r in refs if r["source"]})
        extra = []
        if ref_sources:
            listed = "; ".join(ref_sources[:_SOURCES_SHOWN])
            more = len(ref_sources) - _SOURCES_SHOWN
            extra.append(
                "public reference figures: " + listed + (f"; +{more} more" if more > 0 else "")
            )
        caption = _caption_text(source, ids, extra)
        keys = sorted(set(rows) | set(by_row), key=_row_key)
        values = [v for k in rows for v in (rows[k]["low"], rows[k]["best"], rows[k]["high"])]
        values = [v for v in values if v is not None] + [r["value"] for r in refs]
        if not keys or not values:
            return _empty_figure(title, EMPTY_CASUALTIES, caption)
        return _draw_casualties(title, caption, keys, rows, by_row, values)


def _draw_casualties(
    title: str,
    caption: str,
    keys: list[tuple[str, str]],
    rows: dict[tuple[str, str], dict[str, Any]],
    by_row: dict[tuple[str, str], list[dict[str, Any]]],
    values: list[float],
) -> Figure:
    log = _log_scale(values)
    labels = []
    for key in keys:
        row = rows.get(key)
        label = f"{key[0]} · {key[1]}"
        if row is None:
            note = "reference only"
        else:
            n = int(row["n"]) if row["n"] is not None else 0
            note = f"{n} report{'s' * (n != 1)}" + (", disagree" if row["disagree"] else "")
        labels.append(_wrap(label, 28, 2) + f"\n({note})")
    label_w = max(_width_pt(t) for t in labels) / 72
    legend_w, width = 3.0, 11.5
    left_in = label_w + 0.35
    axes_w = width - left_in - legend_w - 0.2

    positive = [v for v in values if v > 0] or [1.0]
    if log:
        lo, hi = min(positive) / 2.5, max(positive) * 2.5
    else:
        lo, hi = 0.0, max(positive) * 1.12
    low_only = [r["low"] for r in rows.values() if r["low"] is not None and r["high"] is None]
    arrow = (hi / lo) ** 0.1 if log else (hi - lo) * 0.1
    for low in low_only:  # room for the arrow and its label
        hi = max(hi, low * arrow**1.9 if log else low + arrow * 1.9)
    arrow = (hi / lo) ** 0.1 if log else (hi - lo) * 0.1

    def to_in(v: float) -> float:
        if log:
            return math.log(max(v, lo) / lo) / math.log(hi / lo) * axes_w
        return (v - lo) / (hi - lo) * axes_w

    # Rows are laid out in inches (y grows downwards): room above each row for its
    # Q&A label, below it for the reference markers and their stacked date labels.
    plans, ys, y = [], [], 0.0
    for key in keys:
        plan = _plan_references(by_row.get(key, []), to_in)
        levels = max((level for _, level in plan), default=-1) + 1
        y += 0.42
        ys.append(y)
        y += 0.2 + (_REF_OFFSET_IN + _REF_LEVEL_PT / 72 * levels + 0.08 if plan else 0.0)
        plans.append(plan)
    axes_h = y + 0.05
    caption_in = 0.12 + 0.17 * 3
    bottom_in = caption_in + 0.6
    height = max(bottom_in + axes_h + 0.65, 3.6)
    fig = _new_figure(width, height)
    ax = fig.add_axes((left_in / width, bottom_in / height, axes_w / width, axes_h / height))

    flags = {"lower": False, "upper": False, "best": False, "range": False, "disagree": False}
    for key, row_y, plan in zip(keys, ys, plans, strict=True):
        row = rows.get(key)
        if row is not None:
            _draw_casualty_row(ax, row_y, row, log, arrow, flags)
        if plan:
            _draw_references(ax, row_y + _REF_OFFSET_IN, plan)

    ax.set_yticks(ys, labels)
    for i, key in enumerate(keys):
        if rows.get(key, {}).get("disagree"):
            ax.get_yticklabels()[i].set_color(_DISAGREE_COLOUR)
            flags["disagree"] = True
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(axes_h, 0.0)
    _thousands_axis(ax, log)
    ax.set_xlim(lo, hi)
    ax.grid(axis="x", zorder=0)
    ax.set_axisbelow(True)
    ax.set_xlabel("People" + (" (log scale)" if log else ""))
    ax.legend(
        handles=_casualty_legend(flags, bool(by_row)),
        loc="upper left",
        bbox_to_anchor=(1.0 + 0.2 / axes_w, 1.0),
        borderaxespad=0.0,
        handlelength=2.4,
        labelspacing=0.9,
    )
    _suptitle(fig, title)
    _caption(fig, caption, width)
    return fig


def _draw_casualty_row(
    ax: Axes, y: float, row: dict[str, Any], log: bool, arrow: float, flags: dict[str, bool]
) -> None:
    low, best, high = row["low"], row["best"], row["high"]
    colour = _DISAGREE_COLOUR if row["disagree"] else _QA_COLOUR
    anchor = best
    if low is not None and high is not None:
        ax.plot(
            [low, high],
            [y, y],
            color=colour,
            linewidth=2.4,
            marker="|",
            markersize=11,
            markeredgewidth=2,
            solid_capstyle="butt",
            zorder=3,
            gid="range",
        )
        flags["range"] = True
        anchor = best if best is not None else (low + high) / 2
    elif low is not None or high is not None:
        start = low if low is not None else high
        end = (start * arrow if log else start + arrow) if low is not None else None
        if end is None:
            end = start / arrow if log else max(start - arrow, 0.0)
        ax.plot(
            [start],
            [y],
            color=colour,
            marker="|",
            markersize=11,
            markeredgewidth=2,
            linestyle="none",
            zorder=3,
            gid="low" if low is not None else "high",
        )
        ax.add_patch(
            FancyArrowPatch(
                (start, y),
                (end, y),
                arrowstyle="-|>",
                mutation_scale=16,
                color=colour,
                linewidth=2.2,
                shrinkA=0,
                shrinkB=0,
                zorder=3,
                gid="lower-bound" if low is not None else "upper-bound",
            )
        )
        flags["lower" if low is not None else "upper"] = True
        anchor = start
    if best is not None:
        ax.plot(
            [best],
            [y],
            linestyle="none",
            marker="o",
            markersize=8,
            markerfacecolor=colour,
            markeredgecolor="white",
            markeredgewidth=1.2,
            zorder=4,
            gid="best",
        )
        flags["best"] = True
    if anchor is None:
        return
    text = _range_text(low, best, high)
    ha = "left" if (low is not None and high is None) else "center"
    ax.annotate(
        text,
        (anchor, y),
        xytext=(0, 7),
        textcoords="offset points",
        ha=ha,
        va="bottom",
        fontsize=_FONT,
        fontweight="bold",
        color=colour,
        zorder=5,
    )


_REF_OFFSET_IN = 0.17  # reference markers sit this far below their row's Q&A line
_REF_LEVEL_PT = 12.0  # one stacked reference label


def _ref_label(ref: dict[str, Any]) -> str:
    value = _thousands(ref["value"])
    return f"{value} ({ref['as_of']})" if ref["as_of"] else value


def _plan_references(refs: list[dict[str, Any]], to_in: Any) -> list[tuple[dict[str, Any], int]]:
    """Give each reference figure's label the lowest level where it overlaps no other."""
    taken: list[list[tuple[float, float]]] = []
    plan = []
    for ref in sorted(refs, key=lambda r: (r["value"], r["as_of"], r["source"])):
        half = _width_pt(_ref_label(ref), _CAPTION_FONT) / 72 / 2
        left, right = to_in(ref["value"]) - half, to_in(ref["value"]) + half
        level = next(
            (
                i
                for i, extents in enumerate(taken)
                if all(right + 0.08 <= a or left >= b + 0.08 for a, b in extents)
            ),
            len(taken),
        )
        if level == len(taken):
            taken.append([])
        taken[level].append((left, right))
        plan.append((ref, level))
    return plan


def _draw_references(ax: Axes, y: float, plan: list[tuple[dict[str, Any], int]]) -> None:
    ax.plot(
        [ref["value"] for ref, _ in plan],
        [y] * len(plan),
        linestyle="none",
        marker="D",
        markersize=6.5,
        markerfacecolor="black",
        markeredgecolor="white",
        markeredgewidth=0.8,
        zorder=4,
        gid="reference",
    )
    for ref, level in plan:
        ax.annotate(
            _ref_label(ref),
            (ref["value"], y),
            xytext=(0, -6 - _REF_LEVEL_PT * level),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=_CAPTION_FONT,
            color="#333333",
            zorder=5,
        )


def _casualty_legend(flags: dict[str, bool], references: bool) -> list[Any]:
    handles: list[Any] = []
    if flags["range"]:
        handles.append(
            Line2D(
                [],
                [],
                color=_QA_COLOUR,
                linewidth=2.4,
                marker="|",
                markersize=11,
                markeredgewidth=2,
                label="Q&A range (low–high)",
            )
        )
    if flags["best"]:
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                markersize=8,
                markerfacecolor=_QA_COLOUR,
                markeredgecolor="white",
                label="Q&A best estimate",
            )
        )
    if flags["lower"]:
        handles.append(
            Line2D(
                [],
                [],
                color=_QA_COLOUR,
                linewidth=2.2,
                marker=">",
                markevery=[1],
                label="lower bound only (≥ low)",
            )
        )
    if flags["upper"]:
        handles.append(
            Line2D(
                [],
                [],
                color=_QA_COLOUR,
                linewidth=2.2,
                marker="<",
                markevery=[0],
                label="upper bound only (≤ high)",
            )
        )
    if references:
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="D",
                markersize=6.5,
                markerfacecolor="black",
                markeredgecolor="white",
                label=REFERENCE_LABEL,
            )
        )
    if flags["disagree"]:
        handles.append(Patch(facecolor=_DISAGREE_COLOUR, label="red: the reports disagree"))
    return handles
