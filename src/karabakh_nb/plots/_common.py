"""What every report figure shares: the style, the figure class, saving and captions.

What belongs here: :data:`STYLE` and :func:`style`, :class:`ReportFigure`,
:func:`save`, the message shown for an empty table, the source caption naming the
Q&A pairs a figure was drawn from, and the small helpers (reading table cells,
shortening and wrapping labels, measuring text, number formats and axes, colours)
that more than one kind of figure uses. Anything drawn for one kind of figure only
lives in that figure's module.
"""

from __future__ import annotations

import contextlib
import io
import math
import textwrap
import warnings
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import matplotlib
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextToPath
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullFormatter

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
    # Labels are text from the answers: a "$...$" span there is prices, not maths to parse.
    "text.parse_math": False,
}

EMPTY_TIMELINE = "No dated events found"
EMPTY_ALLIANCES = "No alliances or relations found"
EMPTY_DEMOGRAPHICS = "No demographic figures found"
EMPTY_CASUALTIES = "No casualty figures found"

_FONT = 9.5  # labels drawn in the plot area; never below 9 pt
_CAPTION_FONT = 9
_CAPTION_COLOR = "#555555"
_INK = "#222222"
_MUTED = "#8a8a8a"
_IDS_SHOWN = 8  # Q&A ids listed in a caption before "+N more"
_SOURCES_SHOWN = 3  # reference sources listed in a caption before "+N more"
_LINE_PT = 11.8  # one label line at _FONT, with leading


#: No side of a PNG written by :func:`save` or shown in a notebook exceeds this (pixels).
MAX_PIXELS = 4000


def _dpi(fig: Figure, dpi: float) -> float:
    """``dpi``, lowered when needed so that no side of the image exceeds MAX_PIXELS."""
    largest = max(fig.get_size_inches())
    return min(dpi, MAX_PIXELS / largest) if largest > 0 else dpi


class ReportFigure(Figure):
    """A :class:`~matplotlib.figure.Figure` that shows itself as a PNG in notebooks.

    It is not registered with pyplot, so returning one from a notebook cell shows
    it exactly once, and the PNG carries no timestamp or version metadata. The PNG is
    drawn at 100 dpi, and never larger than :data:`MAX_PIXELS` on a side.
    """

    def _repr_png_(self) -> tuple[bytes, dict[str, str]]:
        buffer = io.BytesIO()
        with style():
            self.savefig(buffer, format="png", dpi=_dpi(self, 100), metadata={"Software": None})
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
    with matplotlib.rc_context(STYLE), _no_glyph_warnings():  # type: ignore[arg-type]
        yield


_GLYPH_WARNING = r"Glyph \d+ .* missing from font"


@contextlib.contextmanager
def _no_glyph_warnings() -> Iterator[None]:
    # A script the report font lacks (Syriac, Tamil ...) is drawn as boxes; matplotlib's
    # warning about it names no fix the reader can make, so the figure stays quiet.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=_GLYPH_WARNING, category=UserWarning)
        yield


def save(fig: Figure, folder: str | Path | None, name: str) -> list[Path]:
    """Write ``fig`` as ``<folder>/<name>.png`` (150 dpi) and ``<folder>/<name>.svg``.

    The PNG is never larger than :data:`MAX_PIXELS` on a side (the dpi is lowered).

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
        fig.savefig(png, format="png", dpi=_dpi(fig, 150), metadata={"Software": None})
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
    n = len(table)
    lists = [table[c].tolist() if c in table.columns else [None] * n for c in columns]
    return [dict(zip(columns, values, strict=True)) for values in zip(*lists, strict=True)]


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
    with _no_glyph_warnings():
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
        listing += f", … +{len(ids) - _IDS_SHOWN:,} more"
    files = {_id_key(i)[0] for i in ids}
    count = f"{len(ids):,} pair{'s' * (len(ids) != 1)}"
    if len(files) > 1:
        count += f" in {len(files):,} files"
    return f"Q&A pairs {listing} ({count}; extracted with karabakh_nb)"


def _caption_text(source: str | None, ids: Sequence[str] = (), extra: Sequence[str] = ()) -> str:
    if source:  # what was left out is said after the source the caller names
        return "; ".join([f"Source: {source}", *extra])
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
    fig.get_layout_engine().set(rect=(0.0, frac, 1.0, 1.0 - frac))  # type: ignore[union-attr, call-arg]


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
