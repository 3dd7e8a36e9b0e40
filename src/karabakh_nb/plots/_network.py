"""The alliance network figure: states, sides and organisations joined by relations.

What belongs here: :func:`alliance_network` and what only it uses — the relation
and node styles, the deterministic ring layout, and drawing edges (one arc per
distinct relation) and labelled nodes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch

from ..entities import kind_of
from ._common import (
    _FONT,
    _INK,
    _LINE_PT,
    EMPTY_ALLIANCES,
    _caption,
    _caption_text,
    _collect_ids,
    _empty_figure,
    _new_figure,
    _records,
    _suptitle,
    _text,
    _width_pt,
    _wrap,
    style,
)

__all__ = ["MAX_EDGES", "MAX_NODES", "alliance_network"]

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
#: Names drawn at most: the highlighted ones, then the best connected (most neighbours).
MAX_NODES = 24
#: Relations drawn at most: those of the highlighted names first, then the best attested.
MAX_EDGES = 60
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


def _keep_best_connected(
    counts: dict[tuple[str, str, str], int], marked: set[str]
) -> tuple[dict[tuple[str, str, str], int], tuple[int, int]]:
    """Keep the highlighted names and the best connected, :data:`MAX_NODES` in all.

    Returns the relations among the names kept and (names dropped, relations dropped).
    """
    neighbours: dict[str, set[str]] = {}
    reports: dict[str, int] = {}
    for (a, b, _), n in counts.items():
        for x, y in ((a, b), (b, a)):
            neighbours.setdefault(x, set()).add(y)
            reports[x] = reports.get(x, 0) + n
    if len(neighbours) <= MAX_NODES and len(counts) <= MAX_EDGES:
        return counts, (0, 0)
    ranked = sorted(
        neighbours, key=lambda n: (n not in marked, -len(neighbours[n]), -reports[n], n)
    )
    keep = set(ranked[: max(MAX_NODES, len(marked & set(neighbours)))])
    kept = {k: n for k, n in counts.items() if k[0] in keep and k[1] in keep}
    if len(kept) > MAX_EDGES:  # the best-attested relations, those of the highlighted first
        order = sorted(
            kept, key=lambda k: (not ({k[0], k[1]} & marked), -kept[k], k[0], k[1], k[2])
        )
        kept = {k: kept[k] for k in order[:MAX_EDGES]}
    names = {n for a, b, _ in kept for n in (a, b)}
    return kept, (len(neighbours) - len(names), len(counts) - len(kept))


def alliance_network(
    table: pd.DataFrame,
    *,
    highlight: Sequence[str] | None = (),
    title: str = "Alliances and relations",
    source: str | None = None,
) -> Figure:
    """Draw the ``alliances`` table as a network of states, sides and organisations.

    States and sides are circles, organisations squares, all on one circle (so
    no edge passes through a node), in a deterministic order that keeps related
    nodes next to each other. At most :data:`MAX_NODES` names are drawn: the
    highlighted ones and the best connected, with at most :data:`MAX_EDGES` of their
    relations, those of the highlighted names and the best attested (the caption
    counts the rest), so the figure stays legible and bounded at any size. Each distinct
    (``a``, ``b``, ``relation``) is one edge, coloured and dashed by relation;
    ``member`` and ``mediator`` edges are arrows from ``a`` to ``b``; several
    relations between the same pair are drawn as separate arcs.

    Args:
        table: The ``alliances`` table (``a``, ``b``, ``relation``, ``qa_id``,
            ``evidence``).
        highlight: Names drawn larger, with a bold outline and label (``None``: none).
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
        marked = {str(h) for h in highlight or ()}
        counts, dropped = _keep_best_connected(counts, marked)
        extra = []
        if any(dropped):
            extra.append(
                f"not drawn: {dropped[0]:,} less connected names and {dropped[1]:,} "
                f"relations (at most {MAX_NODES} names, the highlighted and the best "
                f"connected, and {MAX_EDGES} relations, the best attested, are drawn)"
            )
        caption = _caption_text(source, ids, extra)
        if not counts:
            return _empty_figure(title, EMPTY_ALLIANCES, caption)

        nodes = sorted({n for a, b, _ in counts for n in (a, b)})
        kinds = {n: _node_kind(n) for n in nodes}
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
