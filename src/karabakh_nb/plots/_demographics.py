"""The demographics figure: percentage shares per subject, and population counts.

What belongs here: :func:`demographic_shares` and what only it uses — qualifier
signs and notes, the sort order of share and population rows, and drawing the
share bars ("mostly" as a hatched 50–100 % bar) and the population panel.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from ._common import (
    _FONT,
    _INK,
    _MUTED,
    EMPTY_DEMOGRAPHICS,
    _caption,
    _caption_text,
    _collect_ids,
    _empty_figure,
    _lighten,
    _log_scale,
    _new_figure,
    _number,
    _palette,
    _records,
    _reserve_bottom,
    _suptitle,
    _text,
    _thousands,
    _thousands_axis,
    _wrap,
    style,
)

__all__ = ["MAX_POPULATIONS", "MAX_SHARES", "demographic_shares"]

_QUALIFIER_SIGN = {"approx": "≈", "at_least": "≥", "at_most": "≤", "exact": "", "majority": ""}
_QUALIFIER_NOTE = {
    "approx": "≈ approximate (“about”, “some”)",
    "at_least": "≥ at least (“more than”, “over”)",
    "at_most": "≤ at most (“up to”, “fewer than”)",
}
_ROW_IN = 0.34
#: Share bars drawn at most (the figures stated by the most pairs).
MAX_SHARES = 30
#: Population bars drawn at most.
MAX_POPULATIONS = 16


def _year_text(value: object) -> str:
    number = _number(value)
    if number is not None and number.is_integer():
        return str(int(number))
    return _text(value)


def _with_year(label: str, year: str) -> str:
    return f"{label} ({year})" if year else label


def _reports(r: dict[str, Any]) -> str:
    n = int(r.get("reports", 1))
    return f" · {n:,} reports" if n > 1 else ""


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
    span more than two orders of magnitude. A figure stated by several pairs is drawn
    once, its label counting the reports; at most :data:`MAX_SHARES` shares and
    :data:`MAX_POPULATIONS` counts are drawn, the most reported (the caption counts the
    rest), so the figure stays bounded at any size.

    Args:
        table: The ``demographics`` table (``subject``, ``group``, ``value``,
            ``unit``, ``qualifier``, ``year``, ``qa_id``, ``evidence``).
        title: Figure title.
        source: Caption text after "Source:"; by default the Q&A pairs drawn from.

    Returns:
        The figure; a message figure when the table is empty, or when it holds one figure
        only (a single bar compares nothing: the message states the figure).

    Example:
        >>> fig = demographic_shares(demographics)  # doctest: +SKIP
    """
    with style():
        cols = ("subject", "group", "value", "unit", "qualifier", "year", "qa_id")
        rows = _records(table, cols)
        ids = _collect_ids(r["qa_id"] for r in rows)
        shares: dict[tuple[Any, ...], dict[str, Any]] = {}
        people: dict[tuple[Any, ...], dict[str, Any]] = {}
        reports: dict[tuple[Any, ...], set[str]] = {}
        for i, r in enumerate(rows):
            item = {
                "subject": _text(r["subject"]) or "(no subject)",
                "group": _text(r["group"]) or "(no group)",
                "value": _number(r["value"]),
                "unit": _text(r["unit"]).lower() or "percent",
                "qualifier": _text(r["qualifier"]).lower() or "exact",
                "year": _year_text(r["year"]),
            }
            key = tuple(item.values())
            reports.setdefault(key, set()).add(_text(r["qa_id"]) or f"row {i}")
            if item["unit"] == "percent" or item["qualifier"] == "majority":
                shares.setdefault(key, item)
            else:
                people.setdefault(key, item)
        shares, hidden_shares = _best_attested(shares, reports, MAX_SHARES)
        people, hidden_people = _best_attested(people, reports, MAX_POPULATIONS)
        extra = []
        if hidden_shares or hidden_people:
            extra.append(
                f"not drawn: {hidden_shares + hidden_people:,} less attested figures (at most "
                f"{MAX_SHARES} shares and {MAX_POPULATIONS} counts, the most reported, are)"
            )
        caption = _caption_text(source, ids, extra)
        if not shares and not people:
            return _empty_figure(title, EMPTY_DEMOGRAPHICS, caption)

        share_rows = sorted(shares.values(), key=_share_key)
        people_rows = sorted(people.values(), key=_people_key)
        if len(share_rows) + len(people_rows) == 1:  # one bar compares nothing: say it
            return _empty_figure(title, _one_figure(share_rows + people_rows), caption)
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


def _one_figure(rows: list[dict[str, Any]]) -> str:
    """The message of a figure drawn for one demographic figure only: the figure itself."""
    r = rows[0]
    value = r["value"]
    if value is None:
        amount = "mostly" if r["qualifier"] == "majority" else "no value"
    elif r["unit"] == "percent":
        amount = f"{value:g}%"
    else:
        amount = f"{value:,.0f} people"
    year = f" ({r['year']})" if r["year"] else ""
    return (
        f"One figure only, so no chart: {r['subject']}, {r['group']}{year}: {amount}.\n"
        "It is in the table below, with its evidence."
    )


def _best_attested(
    items: dict[tuple[Any, ...], dict[str, Any]],
    reports: dict[tuple[Any, ...], set[str]],
    limit: int,
) -> tuple[dict[tuple[Any, ...], dict[str, Any]], int]:
    """Keep the ``limit`` figures stated by the most pairs; mark those stated by several."""
    for key, item in items.items():
        item["reports"] = len(reports[key])
    if len(items) <= limit:
        return items, 0
    order = sorted(items, key=lambda k: (-len(reports[k]), tuple(map(str, k))))
    return {k: items[k] for k in order[:limit]}, len(items) - limit


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
    y = 0.0
    ticks: list[float] = []
    labels: list[str] = []
    headers: list[Any] = []
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
                    "mostly" + _reports(r),
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
                    _with_sign(qualifier, f"{value:g}%") + _reports(r),
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
            _with_sign(r["qualifier"], _thousands(value) + unit) + _reports(r),
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
