"""Tests of karabakh_nb.plots on small synthetic tables with the contract's columns."""

from __future__ import annotations

import math

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch
from matplotlib.text import Text

from karabakh_nb import plots

STEM = "000_c8ae912d7073d48a"
TIMELINE_COLUMNS = ["date", "precision", "end", "event", "relative", "qa_id", "evidence"]
ALLIANCE_COLUMNS = ["a", "b", "relation", "qa_id", "evidence"]
DEMOGRAPHIC_COLUMNS = [
    "subject", "group", "value", "unit", "qualifier", "year", "qa_id", "evidence",
]  # fmt: skip
RECONCILED_COLUMNS = [
    "party", "category", "low", "best", "high", "n_reports", "qa_ids", "disagree",
]  # fmt: skip
REFERENCE_COLUMNS = ["party", "category", "value", "as_of", "source"]


# --------------------------------------------------------------------------- fixtures


def timeline_table() -> pd.DataFrame:
    rows = [
        ("1988-02-20", "day", None, "Karabakh Soviet votes to join Armenia", None, 3),
        ("1990-01", "month", None, "Nakhchivan declared independence from the USSR", None, 41),
        ("1991", "year", None, "Nakhchivan became an autonomous republic", "a year later", 41),
        ("2008-08-07", "day", "2008-08-12", "Russo-Georgian War", None, 12),
        ("2020-11-10", "day", None, "A Russia-brokered ceasefire halted the war", None, 49),
        ("2024-01-01", "day", None, "Artsakh formally dissolved", None, 77),
    ]
    return pd.DataFrame(
        [(d, p, e, ev, r, f"{STEM}:{line}", ev + ".") for d, p, e, ev, r, line in rows],
        columns=TIMELINE_COLUMNS,
    )


def alliance_table() -> pd.DataFrame:
    rows = [
        ("Armenia", "CSTO", "member"),
        ("Russia", "CSTO", "member"),
        ("Russia", "Armenia", "ally"),
        ("Russia", "Armenia", "partner"),
        ("Russia", "Armenia", "mediator"),
        ("Russia", "Azerbaijan", "mediator"),
        ("Armenia", "Azerbaijan", "adversary"),
        ("Armenia", "Azerbaijan", "adversary"),  # a second report of the same relation
    ]
    return pd.DataFrame(
        [(a, b, r, f"{STEM}:{i * 4 + 1}", "...") for i, (a, b, r) in enumerate(rows)],
        columns=ALLIANCE_COLUMNS,
    )


def demographic_table() -> pd.DataFrame:
    rows = [
        ("Azerbaijan", "Shia", 85.0, "percent", "approx", None),
        ("Azerbaijan", "Sunni", 15.0, "percent", "approx", None),
        ("Azerbaijan", "Muslim", None, "percent", "majority", None),
        ("Nagorno-Karabakh", "ethnic Armenians", 94.4, "percent", "exact", 1989),
        ("Nagorno-Karabakh", "population", 150000.0, "people", "approx", 2015),
        ("Azerbaijan", "population", 10100000.0, "people", "exact", 2021),
    ]
    return pd.DataFrame(
        [(*row, f"{STEM}:{i * 3 + 10}", "...") for i, row in enumerate(rows)],
        columns=DEMOGRAPHIC_COLUMNS,
    )


def reconciled_table() -> pd.DataFrame:
    nan = float("nan")
    rows = [
        ("Armenia", "military", 2425.0, 2718.0, 3825.0, 3, [f"{STEM}:73", f"{STEM}:77"], True),
        ("Azerbaijan", "military", 2783.0, 2783.0, nan, 2, [f"{STEM}:49"], False),
        ("Azerbaijan", "civilian", 100.0, 146.0, 146.0, 2, [f"{STEM}:69"], False),
    ]
    return pd.DataFrame(rows, columns=RECONCILED_COLUMNS)


def reference_table() -> pd.DataFrame:
    rows = [
        ("Armenia", "military", 3825.0, "2024-10-26", "Wikipedia"),
        ("Armenia", "military", 2425.0, "2020-12-03", "BBC"),
        ("Azerbaijan", "military", 2906.0, "2024-10-26", "Wikipedia"),
    ]
    return pd.DataFrame(rows, columns=REFERENCE_COLUMNS)


@pytest.fixture
def close_all():
    yield
    plt.close("all")


def caption_of(fig: Figure) -> str:
    return next(t.get_text() for t in fig.texts if t.get_gid() == "caption")


def legend_labels(ax) -> list[str]:
    legend = ax.get_legend()
    return [t.get_text() for t in legend.get_texts()] if legend else []


def all_texts(fig: Figure) -> list[Text]:
    fig.draw_without_rendering()
    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]


def lines(ax, gid: str) -> list[Line2D]:
    return [line for line in ax.lines if line.get_gid() == gid]


def empty_of(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})


# --------------------------------------------------------------------------- all figures

FIGURES = {
    "timeline": lambda: plots.timeline(timeline_table(), title="T"),
    "alliances": lambda: plots.alliance_network(alliance_table(), title="T"),
    "demographics": lambda: plots.demographic_shares(demographic_table(), title="T"),
    "casualties": lambda: plots.casualty_ranges(reconciled_table(), reference_table(), title="T"),
}


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_every_figure_has_title_caption_and_legible_text(name):
    fig = FIGURES[name]()
    try:
        assert isinstance(fig, Figure)
        assert fig.get_suptitle() == "T"
        assert caption_of(fig).startswith("Source: Q&A pairs ")
        assert STEM in caption_of(fig)
        assert min(t.get_fontsize() for t in all_texts(fig)) >= 9
    finally:
        plt.close(fig)


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_figures_are_reproducible_byte_for_byte(name, tmp_path):
    first, second = FIGURES[name](), FIGURES[name]()
    try:
        a = plots.save(first, tmp_path / "a", name)
        b = plots.save(second, tmp_path / "b", name)
        assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    finally:
        plt.close(first)
        plt.close(second)


@pytest.mark.parametrize(
    ("function", "columns", "message"),
    [
        (plots.timeline, TIMELINE_COLUMNS, plots.EMPTY_TIMELINE),
        (plots.alliance_network, ALLIANCE_COLUMNS, plots.EMPTY_ALLIANCES),
        (plots.demographic_shares, DEMOGRAPHIC_COLUMNS, plots.EMPTY_DEMOGRAPHICS),
        (plots.casualty_ranges, RECONCILED_COLUMNS, plots.EMPTY_CASUALTIES),
    ],
)
def test_empty_tables_give_a_message_figure(function, columns, message):
    for table in (empty_of(columns), pd.DataFrame()):
        fig = function(table, title="Nothing here")
        try:
            texts = [t.get_text() for ax in fig.axes for t in ax.texts]
            assert texts == [message]
            assert fig.get_suptitle() == "Nothing here"
            assert caption_of(fig).startswith("Source:")
        finally:
            plt.close(fig)


def test_the_source_argument_replaces_the_caption(close_all):
    fig = plots.timeline(timeline_table(), source="my notes")
    assert caption_of(fig) == "Source: my notes"


def test_style_leaves_global_rcparams_alone(close_all):
    before = dict(matplotlib.rcParams)
    plots.alliance_network(alliance_table())
    with plots.style():
        assert matplotlib.rcParams["svg.hashsalt"] == "karabakh_nb"
    assert dict(matplotlib.rcParams) == before


def test_report_figures_are_not_registered_with_pyplot_and_show_as_png(close_all):
    fig = plots.timeline(timeline_table())
    assert plt.get_fignums() == []
    data, metadata = fig._repr_png_()
    assert data.startswith(b"\x89PNG")
    assert metadata == {"alt": "Figure: Timeline"}


# --------------------------------------------------------------------------- timeline


def test_timeline_draws_one_marker_per_event_with_precision_legend(close_all):
    fig = plots.timeline(timeline_table(), title="Timeline of the conflict")
    ax = fig.axes[0]
    assert fig.get_suptitle() == "Timeline of the conflict"
    assert ax.get_xlabel() == "Date"
    assert len(lines(ax, "event")) + len(lines(ax, "relative")) == 6
    labels = legend_labels(ax)
    assert labels[:3] == [
        "day",
        "month (band: the whole month)",
        "year (band: the whole year)",
    ]
    assert "range: date to end" in labels
    assert "hollow: resolved from a relative phrase" in labels
    texts = [t.get_text() for t in ax.texts]
    assert "2008-08-07 – 2008-08-12" in texts
    assert "1991 (“a year later”)" in texts


def test_timeline_marks_relative_dates_hollow_and_spans_by_precision(close_all):
    ax = plots.timeline(timeline_table()).axes[0]
    (relative,) = lines(ax, "relative")
    assert relative.get_markerfacecolor() == "white"
    assert relative.get_marker() == "D"  # the year-precision marker
    assert {line.get_marker() for line in lines(ax, "event")} == {"o", "s"}
    spans = [p for p in ax.patches if p.get_gid() == "span"]
    ranges = [p for p in ax.patches if p.get_gid() == "range"]
    assert len(spans) == 2  # the month 1990-01 and the year 1991
    assert len(ranges) == 1  # 2008-08-07 to 2008-08-12


def test_timeline_year_marker_sits_mid_year_and_span_covers_the_year(close_all):
    ax = plots.timeline(timeline_table()).axes[0]
    (relative,) = lines(ax, "relative")
    x = matplotlib.dates.num2date(relative.get_xdata()[0])
    assert (x.year, x.month) == (1991, 7)
    (year_span,) = [p for p in ax.patches if p.get_gid() == "span" and p.get_width() > 300]
    start = matplotlib.dates.num2date(year_span.get_x())
    assert (start.year, start.month, start.day) == (1991, 1, 1)
    assert round(year_span.get_width()) == 365


def test_timeline_legend_lists_only_precisions_present(close_all):
    table = timeline_table()
    table = table[table["precision"] == "day"].assign(end=None)
    labels = legend_labels(plots.timeline(table).axes[0])
    assert labels == ["day"]


def test_timeline_spanning_decades_keeps_every_label_inside_a_wide_figure(close_all):
    fig = plots.timeline(timeline_table())
    ax = fig.axes[0]
    assert fig.get_figwidth() >= 12
    lo, hi = ax.get_xlim()
    for line in ax.lines:
        assert lo < line.get_xdata()[0] < hi
    fig.draw_without_rendering()
    renderer = fig._get_renderer()
    box = fig.bbox
    for text in ax.texts:
        extent = text.get_window_extent(renderer)
        assert box.x0 <= extent.x0
        assert extent.x1 <= box.x1


def test_timeline_labels_do_not_overlap(close_all):
    fig = plots.timeline(timeline_table())
    fig.draw_without_rendering()
    renderer = fig._get_renderer()
    boxes = [t.get_window_extent(renderer) for t in fig.axes[0].texts]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            overlap_x = min(a.x1, b.x1) - max(a.x0, b.x0)
            overlap_y = min(a.y1, b.y1) - max(a.y0, b.y0)
            assert overlap_x <= 1 or overlap_y <= 1


def test_timeline_shortens_long_event_text(close_all):
    table = timeline_table().iloc[:1].assign(event="word " * 40)
    ax = plots.timeline(table).axes[0]
    event_text = ax.texts[1].get_text().replace("\n", " ")
    assert event_text.endswith("…")
    assert len(event_text) <= 52


def test_timeline_is_independent_of_row_order(tmp_path, close_all):
    table = timeline_table()
    shuffled = table.iloc[[3, 0, 5, 1, 4, 2]]
    a = plots.save(plots.timeline(table), tmp_path, "a")
    b = plots.save(plots.timeline(shuffled), tmp_path, "b")
    assert a[1].read_bytes() == b[1].read_bytes()


def test_timeline_reports_undated_rows_in_the_caption(close_all):
    table = timeline_table().iloc[:2].copy()
    table.loc[1, "date"] = "sometime"
    fig = plots.timeline(table)
    assert len(lines(fig.axes[0], "event")) == 1
    assert "1 row(s) without a usable date not drawn" in caption_of(fig)
    only_bad = plots.timeline(table.iloc[1:])
    assert [t.get_text() for t in only_bad.axes[0].texts] == [plots.EMPTY_TIMELINE]


def test_caption_lists_sorted_ids_and_truncates(close_all):
    table = pd.concat([timeline_table()] * 3, ignore_index=True)
    table["qa_id"] = [f"{STEM}:{n}" for n in range(100, 82, -1)]
    caption = caption_of(plots.timeline(table))
    assert caption.startswith(f"Source: Q&A pairs {STEM}:83, :84, :85,")
    assert "+10 more (18 pairs; extracted with karabakh_nb)" in caption.replace("\n", " ")


# --------------------------------------------------------------------------- alliances


def nodes_of(ax) -> dict[str, int]:
    return {
        c.get_gid(): len(c.get_offsets())
        for c in ax.collections
        if isinstance(c, PathCollection) and (c.get_gid() or "").startswith("nodes:")
    }


def edges_of(ax) -> list[FancyArrowPatch]:
    return [p for p in ax.patches if isinstance(p, FancyArrowPatch)]


def test_alliance_network_nodes_edges_and_legend(close_all):
    fig = plots.alliance_network(alliance_table(), title="Alliances")
    ax = fig.axes[0]
    assert fig.get_suptitle() == "Alliances"
    assert nodes_of(ax) == {"nodes:state": 3, "nodes:org": 1}
    edges = edges_of(ax)
    assert len(edges) == 7  # the repeated adversary row is one (thicker) edge
    assert legend_labels(ax) == [
        "state",
        "organisation",
        "ally",
        "member (a → organisation b)",
        "partner",
        "adversary",
        "mediator (a → party b)",
    ]
    node_labels = {t.get_text() for t in ax.texts}
    assert node_labels == {"Armenia", "Azerbaijan", "Russia", "CSTO"}


def test_alliance_network_draws_parallel_relations_as_distinct_arcs(close_all):
    ax = plots.alliance_network(alliance_table()).axes[0]
    pair = [p for p in edges_of(ax) if p.get_gid().endswith("Russia->Armenia")]
    assert len(pair) == 3
    rads = sorted(p.get_connectionstyle().rad for p in pair)
    assert len(set(rads)) == 3
    assert rads[0] == pytest.approx(-rads[2])


def test_alliance_network_arrows_for_member_and_mediator_only(close_all):
    ax = plots.alliance_network(alliance_table()).axes[0]
    for edge in edges_of(ax):
        relation = edge.get_gid().split(":")[1]
        has_head = type(edge.get_arrowstyle()).__name__ != "Curve"
        assert has_head == (relation in {"member", "mediator"}), edge.get_gid()


def test_alliance_network_relation_styles_differ(close_all):
    ax = plots.alliance_network(alliance_table()).axes[0]
    styles = {}
    for edge in edges_of(ax):
        relation = edge.get_gid().split(":")[1]
        styles[relation] = (tuple(edge.get_edgecolor()), str(edge.get_linestyle()))
    assert len(set(styles.values())) == len(styles) == 5


def test_alliance_network_highlight_is_bold_and_larger(close_all):
    ax = plots.alliance_network(alliance_table(), highlight=["Armenia"]).axes[0]
    weights = {t.get_text(): t.get_fontweight() for t in ax.texts}
    assert weights["Armenia"] == "bold"
    assert weights["Russia"] == "normal"
    states = next(c for c in ax.collections if c.get_gid() == "nodes:state")
    sizes = dict(zip(["Armenia", "Azerbaijan", "Russia"], states.get_sizes(), strict=True))
    assert sizes["Armenia"] > sizes["Russia"]
    assert "highlighted" in legend_labels(ax)


def test_alliance_network_layout_is_deterministic(close_all):
    table = alliance_table()
    a = plots.alliance_network(table).axes[0]
    b = plots.alliance_network(table.iloc[::-1]).axes[0]
    offsets = [c.get_offsets().tolist() for c in a.collections]
    assert offsets == [c.get_offsets().tolist() for c in b.collections]


def test_alliance_network_skips_self_loops(close_all):
    table = pd.DataFrame([("Russia", "Russia", "ally", f"{STEM}:1", "")], columns=ALLIANCE_COLUMNS)
    ax = plots.alliance_network(table).axes[0]
    assert [t.get_text() for t in ax.texts] == [plots.EMPTY_ALLIANCES]


# --------------------------------------------------------------------------- demographics


def test_demographic_shares_bars_labels_and_majority(close_all):
    fig = plots.demographic_shares(demographic_table(), title="Who lives where")
    shares, _ = fig.axes
    assert fig.get_suptitle() == "Who lives where"
    assert shares.get_xlabel() == "Share (%)"
    bars = [p for p in shares.patches if p.get_gid() == "share"]
    assert sorted(round(b.get_width(), 1) for b in bars) == [15.0, 85.0, 94.4]
    (mostly,) = [p for p in shares.patches if p.get_gid() == "majority"]
    assert (mostly.get_x(), mostly.get_width()) == (50, 50)
    assert mostly.get_hatch() == "///"
    texts = {t.get_text() for t in shares.texts}
    assert {"≈85%", "≈15%", "94.4%", "mostly"} <= texts
    ticks = [t.get_text() for t in shares.get_yticklabels()]
    assert ticks == [
        "Azerbaijan",
        "Muslim",
        "Shia",
        "Sunni",
        "Nagorno-Karabakh",
        "ethnic Armenians (1989)",
    ]
    bold = [t.get_text() for t in shares.get_yticklabels() if t.get_fontweight() == "bold"]
    assert bold == ["Azerbaijan", "Nagorno-Karabakh"]
    assert any("mostly" in label for label in legend_labels(shares))


def test_demographic_populations_in_their_own_panel(close_all):
    _, people = plots.demographic_shares(demographic_table()).axes
    assert len([p for p in people.patches if p.get_gid() == "people"]) == 2
    assert {t.get_text() for t in people.texts} == {"10,100,000", "≈150,000"}
    assert people.get_xlabel() == "People"
    assert people.get_xscale() == "linear"


def test_demographic_shares_only_has_one_panel(close_all):
    table = demographic_table()
    fig = plots.demographic_shares(table[table["unit"] == "percent"])
    assert len(fig.axes) == 1


def test_demographic_wraps_long_labels(close_all):
    table = demographic_table().iloc[:2].copy()
    table.loc[0, "group"] = "a very long group name " * 3
    ax = plots.demographic_shares(table).axes[0]
    assert "\n" in ax.get_yticklabels()[1].get_text()


# --------------------------------------------------------------------------- casualties


def row_labels(ax) -> list[str]:
    return [t.get_text().split("\n")[0] for t in ax.get_yticklabels()]


def test_casualty_ranges_rows_markers_and_legend(close_all):
    fig = plots.casualty_ranges(reconciled_table(), reference_table(), title="Casualties")
    ax = fig.axes[0]
    assert fig.get_suptitle() == "Casualties"
    assert row_labels(ax) == [
        "Armenia · military",
        "Azerbaijan · military",
        "Azerbaijan · civilian",
    ]
    assert len(lines(ax, "range")) == 2
    assert len(lines(ax, "best")) == 3
    assert legend_labels(ax) == [
        "Q&A range (low–high)",
        "Q&A best estimate",
        "lower bound only (≥ low)",
        plots.REFERENCE_LABEL,
        "red: the reports disagree",
    ]
    assert plots.REFERENCE_LABEL == "public reference figure (date)"


def test_lower_bound_only_is_an_arrow_without_a_high_marker(close_all):
    ax = plots.casualty_ranges(reconciled_table()).axes[0]
    y = ax.get_yticks()[1]  # Azerbaijan · military: low 2,783, no high
    (arrow,) = [p for p in ax.patches if p.get_gid() == "lower-bound"]
    (start, y0), (end, y1) = arrow._posA_posB
    assert (start, y0, y1) == (2783.0, y, y)
    assert end > start
    assert not [line for line in lines(ax, "range") if y in line.get_ydata()]
    assert [line.get_xdata()[0] for line in lines(ax, "low")] == [2783.0]
    assert "≥ 2,783" in {t.get_text() for t in ax.texts}


def test_disagreeing_rows_are_flagged_red(close_all):
    ax = plots.casualty_ranges(reconciled_table()).axes[0]
    colours = [t.get_color() for t in ax.get_yticklabels()]
    assert colours[0] == "#c0392b"
    assert colours[1] != "#c0392b"
    assert ax.get_yticklabels()[0].get_text().endswith("(3 reports, disagree)")


def test_reference_figures_sit_on_their_row_with_dates(close_all):
    ax = plots.casualty_ranges(reconciled_table(), reference_table()).axes[0]
    refs = lines(ax, "reference")
    assert sorted(x for line in refs for x in line.get_xdata()) == [2425.0, 2906.0, 3825.0]
    assert all(line.get_marker() == "D" for line in refs)
    texts = {t.get_text() for t in ax.texts}
    assert {"2,425 (2020-12-03)", "3,825 (2024-10-26)", "2,906 (2024-10-26)"} <= texts
    assert "Wikipedia" in caption_of(ax.figure)


def test_reference_only_rows_and_raw_reference_csv_columns(close_all):
    raw = pd.DataFrame(
        [
            ("casualties", "Azerbaijan", "military missing", 6, "people", "2024-10-26", "W"),
            ("demographics", "Armenia", "population", 3000000, "people", "2020", "X"),
        ],
        columns=["topic", "subject", "measure", "value", "unit", "as_of", "source"],
    )
    ax = plots.casualty_ranges(reconciled_table(), raw).axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "Azerbaijan · missing\n(reference only)" in labels
    assert len(labels) == 4  # the population row is not a casualty figure


def test_reference_without_reconciled_rows_is_still_drawn(close_all):
    fig = plots.casualty_ranges(empty_of(RECONCILED_COLUMNS), reference_table())
    assert len(fig.axes[0].get_yticklabels()) == 2


def test_the_scale_is_log_whatever_the_data(close_all):
    # Two charts read alike: the axis never switches between log and linear.
    narrow = plots.casualty_ranges(reconciled_table().iloc[:2]).axes[0]
    assert narrow.get_xscale() == "log"
    assert narrow.get_xlabel() == "People (log scale)"
    assert narrow.xaxis.get_major_formatter()(3825, 0) == "3,825"
    wide = reconciled_table()
    wide.loc[2, ["low", "best", "high"]] = [5.0, 6.0, 8.0]
    log = plots.casualty_ranges(wide).axes[0]
    assert log.get_xscale() == "log"
    assert log.get_xlabel() == "People (log scale)"
    assert log.xaxis.get_major_formatter()(1000, 0) == "1,000"


def test_qa_ids_given_as_text_are_read(close_all):
    table = reconciled_table().assign(qa_ids=f"{STEM}:5;{STEM}:2")
    assert f"{STEM}:2, :5 (2 pairs" in caption_of(plots.casualty_ranges(table))


def test_missing_values_do_not_break_the_row(close_all):
    table = reconciled_table().iloc[:1].assign(low=None, high=math.nan, n_reports=None)
    ax = plots.casualty_ranges(table).axes[0]
    assert len(lines(ax, "best")) == 1
    assert not lines(ax, "range")


# --------------------------------------------------------------------------- save


def test_save_none_writes_nothing(close_all):
    assert plots.save(plots.timeline(timeline_table()), None, "x") == []


def test_save_writes_png_and_svg_reproducibly(tmp_path, close_all):
    fig = plots.casualty_ranges(reconciled_table(), reference_table())
    paths = plots.save(fig, tmp_path / "out" / "deep", "casualties")
    assert [p.name for p in paths] == ["casualties.png", "casualties.svg"]
    png, svg = (p.read_bytes() for p in paths)
    assert png.startswith(b"\x89PNG")
    assert b"<svg" in svg
    assert b"<dc:date>" not in svg
    again = plots.save(fig, tmp_path / "again", "casualties")
    assert [p.read_bytes() for p in again] == [png, svg]


def test_reference_count_column_is_read(close_all):
    ref = reference_table().rename(columns={"value": "count"})
    ax = plots.casualty_ranges(reconciled_table(), ref).axes[0]
    xs = sorted(x for line in lines(ax, "reference") for x in line.get_xdata())
    assert xs == [2425.0, 2906.0, 3825.0]


# --------------------------------------------------------------------------- at any size


def _png_size(fig) -> tuple[int, int]:
    import struct

    png, _ = fig._repr_png_()
    return struct.unpack(">II", png[16:24])


def many_events(n: int, years: range = range(1988, 2024), precisions=("day", "month", "year")):
    rows = []
    for i in range(n):
        year = years[i % len(years)]
        precision = precisions[i % len(precisions)]
        date = {
            "day": f"{year}-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
            "month": f"{year}-{i % 12 + 1:02d}",
            "year": f"{year}",
        }[precision]
        rows.append((date, precision, None, f"event {i}", None, f"{STEM}:{i}", "..."))
    return pd.DataFrame(rows, columns=TIMELINE_COLUMNS)


def test_timeline_merges_repeated_events_and_counts_their_reports(close_all):
    table = pd.concat([timeline_table()] * 40, ignore_index=True)
    table["qa_id"] = [f"{STEM}:{n}" for n in range(len(table))]
    ax = plots.timeline(table).axes[0]
    assert len(lines(ax, "event")) + len(lines(ax, "relative")) == 6
    assert any(t.get_text().endswith("· 40 reports") for t in ax.texts)


def test_timeline_with_many_events_is_an_overview_with_numbered_best_events(close_all):
    table = many_events(900)
    table = pd.concat([table, table.iloc[[5] * 7].assign(qa_id=[f"x:{i}" for i in range(7)])])
    fig = plots.timeline(table, title="T")
    width, height = fig.get_size_inches()
    assert width == 12
    assert height <= 9
    ax = fig.axes[0]
    assert ax.get_ylabel() == "Reports per year"
    bars = [p for p in ax.patches if (p.get_gid() or "").startswith("bar:")]
    assert 30 <= len(bars) <= 3 * 36
    assert sum(p.get_height() for p in bars) == len(table)
    numbers = [t for t in ax.texts if t.get_gid() == "best"]
    assert [t.get_text() for t in numbers] == [str(i) for i in range(1, plots.LABELLED + 1)]
    listed = [t.get_text() for t in fig.texts if t.get_gid() == "best-event"]
    assert any("event 5" in t and "(8 reports)" in t for t in listed)
    assert max(_png_size(fig)) <= 4000


def test_timeline_overview_counts_per_month_over_a_few_years(close_all):
    table = many_events(400, years=range(2020, 2023), precisions=("day", "month"))
    ax = plots.timeline(table).axes[0]
    assert ax.get_ylabel() == "Reports per month"


def test_timeline_overview_numbers_never_overlap(close_all):
    table = many_events(400, years=range(2020, 2021), precisions=("day",))
    fig = plots.timeline(table)
    fig.draw_without_rendering()
    renderer = fig._get_renderer()
    boxes = [
        t.get_bbox_patch().get_window_extent(renderer)
        for t in fig.axes[0].texts
        if t.get_gid() == "best"
    ]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b)


def test_network_keeps_highlighted_and_best_connected_names(close_all):
    rows = [("Hub", f"Leaf {i}", "partner") for i in range(60)]
    rows += [(f"Leaf {i}", f"Leaf {i + 1}", "ally") for i in range(0, 60, 2)]
    rows += [("Lonely", "Leaf 59", "adversary")]
    table = pd.DataFrame(
        [(a, b, r, f"{STEM}:{i}", "...") for i, (a, b, r) in enumerate(rows)],
        columns=ALLIANCE_COLUMNS,
    )
    fig = plots.alliance_network(table, highlight=["Lonely"])
    ax = fig.axes[0]
    drawn = {t.get_text().replace("\n", " ") for t in ax.texts}
    assert {"Hub", "Lonely"} <= drawn
    assert sum(nodes_of(ax).values()) <= plots.MAX_NODES
    assert len(edges_of(ax)) <= plots.MAX_EDGES
    assert "less connected names" in caption_of(fig).replace("\n", " ")
    assert max(_png_size(fig)) <= 4000


def test_demographics_draws_the_most_reported_figures_only(close_all):
    rows = [("Place", f"group {i}", float(i % 100), "percent", "exact", None) for i in range(200)]
    rows += [("Place", "group 7", 7.0, "percent", "exact", None)] * 5
    table = pd.DataFrame(
        [(*row, f"{STEM}:{i}", "...") for i, row in enumerate(rows)], columns=DEMOGRAPHIC_COLUMNS
    )
    fig = plots.demographic_shares(table)
    bars = [p for p in fig.axes[0].patches if p.get_gid() == "share"]
    assert len(bars) == plots.MAX_SHARES
    assert any("7% · 6 reports" in t.get_text() for t in fig.axes[0].texts)
    assert "less attested figures" in caption_of(fig).replace("\n", " ")
    assert fig.get_figheight() < 20


def test_casualties_draw_the_most_reported_rows_only(close_all):
    rows = [
        (f"Party {i}", "military", 10.0 + i, 10.0 + i, 20.0 + i, i + 1, [f"{STEM}:{i}"], False)
        for i in range(60)
    ]
    fig = plots.casualty_ranges(pd.DataFrame(rows, columns=RECONCILED_COLUMNS))
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(ticks) == plots.MAX_ROWS
    assert any(t.startswith("Party 59") for t in ticks)
    assert "not drawn: 40" in caption_of(fig).replace("\n", " ")


def test_no_image_side_exceeds_the_bound(tmp_path, close_all):
    fig = plots.ReportFigure(figsize=(80, 6))
    fig.add_subplot().plot([0, 1], [0, 1])
    assert max(_png_size(fig)) <= plots.MAX_PIXELS
    png, _ = plots.save(fig, tmp_path, "wide")
    import struct

    assert max(struct.unpack(">II", png.read_bytes()[16:24])) <= plots.MAX_PIXELS


@pytest.mark.parametrize(
    "event", [r"$\undefined{x}$ began", "A $5 loan and $10", "$", r"$\frac{1}{0"]
)
def test_dollar_signs_in_the_text_are_text_not_maths(tmp_path, close_all, event):
    # "$...$" in an answer was parsed as maths: the draw raised ValueError (issue 10).
    fig = plots.timeline(timeline_table().iloc[:1].assign(event=event))
    plots.save(fig, tmp_path, "t")
    shown = [t for t in fig.findobj(Text) if "$" in t.get_text()]
    assert shown
    assert not any(t.get_parse_math() for t in shown)


def test_close_reference_figures_never_cover_each_other_and_keep_their_label(close_all):
    # 2,783 and 2,906 on one row: side by side their labels would overlap, so one diamond
    # goes a level lower, with its label right under it.
    ref = pd.DataFrame(
        {
            "party": ["Azerbaijan"] * 2,
            "category": ["military"] * 2,
            "value": [2783, 2906],
            "as_of": ["2020-12-03", "2024-10-26"],
            "source": ["A", "B"],
        }
    )
    fig = plots.casualty_ranges(reconciled_table(), ref)
    ax = fig.axes[0]
    fig.canvas.draw()
    points = [
        ax.transData.transform((line.get_xdata()[0], line.get_ydata()[0]))
        for line in lines(ax, "reference")
    ]
    assert len(points) == 2
    (x1, y1), (x2, y2) = points
    assert math.hypot(x1 - x2, y1 - y2) > 10  # pixels: apart, not one over the other
    for line in lines(ax, "reference"):
        label = next(t for t in ax.texts if t.xy == (line.get_xdata()[0], line.get_ydata()[0]))
        assert label.get_text().startswith(f"{line.get_xdata()[0]:,.0f} (")


def test_one_demographic_figure_is_stated_not_drawn_as_one_bar(close_all):
    one = demographic_table().iloc[:1]
    fig = plots.demographic_shares(one, title="Demographics")
    (message,) = [t for ax in fig.axes for t in ax.texts if t.get_gid() == "empty"]
    row = one.iloc[0]
    assert message.get_text().startswith("One figure only, so no chart:")
    assert str(row["subject"]) in message.get_text()
    assert not [p for ax in fig.axes for p in ax.patches]


def _war_timeline() -> pd.DataFrame:
    rows = [
        ("1990-01", "month", "Nakhchivan declared independence"),
        ("1992", "year", "Diplomatic relations were established"),
        ("2020-09-27", "day", "Explosions rocked the region"),
        ("2020-11-10", "day", "A ceasefire halted the war"),
    ]
    return pd.DataFrame(
        [(d, p, None, ev, None, f"{STEM}:{i}", ev + ".") for i, (d, p, ev) in enumerate(rows)],
        columns=TIMELINE_COLUMNS,
    )


def test_timeline_cuts_the_empty_years_and_spreads_the_dense_ones(close_all):
    fig = plots.timeline(_war_timeline())
    ax = fig.axes[0]
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert "//\n1994–2019" in ticks  # the cut names the years left out
    assert [p for p in ax.patches if p.get_gid() == "axis-cut"]
    assert "1990" in ticks
    assert "2020" in ticks
    fig.canvas.draw()
    x = {
        line.get_ydata()[0]: ax.transData.transform((line.get_xdata()[0], 0))[0]
        for line in lines(ax, "event")
    }
    days = sorted(x.values())[-2:]
    # 44 days apart: about 4 px on a linear 1990-2021 axis; five times that here.
    assert days[1] - days[0] > 20


def test_timeline_labels_never_run_into_stems(close_all):
    fig = plots.timeline(timeline_table())
    ax = fig.axes[0]
    fig.draw_without_rendering()
    renderer = fig._get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts]
    stems = [
        ax.transData.transform(segment)
        for collection in ax.collections
        for segment in collection.get_segments()
    ]
    assert stems
    for (x0, y0), (_, y1) in stems:
        low, high = sorted((y0, y1))
        for box in boxes:
            crosses = box.x0 + 1 < x0 < box.x1 - 1 and box.y0 < high - 1 and box.y1 > low + 1
            assert not crosses, f"a stem at x={x0:.0f} runs through a label"


def test_a_joint_figure_is_a_joint_row_of_the_chart(close_all):
    import karabakh_nb as kn

    qa = kn.load()  # the bundled seeds
    reconciled = kn.reconcile_casualties(kn.extract(qa, "casualties"))
    ax = plots.casualty_ranges(reconciled).axes[0]
    rows = row_labels(ax)
    assert "Armenia + Artsakh · military" in rows  # "More than 1,746 Armenian and Karabakh"
    assert "Armenia · military" not in rows
