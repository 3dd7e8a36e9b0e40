"""The casualty figure: reconciled Q&A ranges beside public reference figures.

What belongs here: :func:`casualty_ranges`, :data:`REFERENCE_LABEL` and what only
they use — reading reference figures (reconciled or raw ``public_figures.csv``
columns), ordering rows, drawing ranges, bounds and best estimates, stacking the
reference labels and the legend.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Patch

from ._common import (
    _CAPTION_FONT,
    _FONT,
    _SOURCES_SHOWN,
    EMPTY_CASUALTIES,
    _caption,
    _caption_text,
    _collect_ids,
    _empty_figure,
    _missing,
    _new_figure,
    _number,
    _records,
    _suptitle,
    _text,
    _thousands,
    _thousands_axis,
    _width_pt,
    _wrap,
    style,
)

__all__ = ["MAX_ROWS", "REFERENCE_LABEL", "casualty_ranges"]

#: Legend label of the public reference figures drawn beside the Q&A ranges.
REFERENCE_LABEL = "public reference figure (date)"

#: Party and category rows drawn at most (the most reported).
MAX_ROWS = 20
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
    get a red label. Reference figures are black diamonds below their row, each with
    the value and the date it refers to right under it; diamonds whose labels would
    overlap go one level lower, so no diamond hides another. The x scale is always
    logarithmic (casualty figures span orders of magnitude), so two charts read alike
    whatever their data. At most :data:`MAX_ROWS` rows are drawn, the most reported
    (the caption counts the rest).

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
        keys = sorted(set(rows) | set(by_row), key=_row_key)
        if len(keys) > MAX_ROWS:  # the most reported ranges, then those with references
            ranked = sorted(
                keys,
                key=lambda k: (-(rows.get(k, {}).get("n") or 0), k not in by_row, _row_key(k)),
            )
            keys = sorted(ranked[:MAX_ROWS], key=_row_key)
            extra.append(
                f"not drawn: {len(ranked) - MAX_ROWS:,} less reported party and category "
                f"rows (at most {MAX_ROWS}, the most reported, are drawn)"
            )
            refs = [r for r in refs if (r["party"], r["category"]) in set(keys)]
            rows = {k: v for k, v in rows.items() if k in set(keys)}
        caption = _caption_text(source, ids, extra)
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
    log = True  # one scale for every chart: it never switches with the data
    labels = []
    for key in keys:
        row = rows.get(key)
        label = f"{key[0]} · {key[1]}"
        if row is None:
            note = "reference only"
        else:
            n = int(row["n"]) if row["n"] is not None else 0
            note = f"{n:,} report{'s' * (n != 1)}" + (", disagree" if row["disagree"] else "")
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
        y += 0.2 + (_REF_OFFSET_IN + _REF_STEP_PT / 72 * levels + 0.08 if plan else 0.0)
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
    ax.set_xlim(lo, hi)  # before the scale: a log scale then needs no positive data to autoscale
    _thousands_axis(ax, log)
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
_REF_STEP_PT = 21.0  # one level of references: a diamond and its label under it


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
    # Each diamond on its label's level, the label right under it: close values never clash.
    for ref, level in plan:
        at = y + _REF_STEP_PT / 72 * level  # the y axis is in inches, growing downwards
        ax.plot(
            [ref["value"]],
            [at],
            linestyle="none",
            marker="D",
            markersize=6.5,
            markerfacecolor="black",
            markeredgecolor="white",
            markeredgewidth=0.8,
            zorder=4,
            gid="reference",
        )
        ax.annotate(
            _ref_label(ref),
            (ref["value"], at),
            xytext=(0, -6),
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
