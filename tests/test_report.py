import html
import re

import pandas as pd
import pytest

import karabakh_nb as kn
from karabakh_nb.report import index_page, pairs_view, qa_anchor, qa_link, table

from .conftest import DATA, SEED


def test_qa_anchor_and_link():
    assert qa_anchor("000_c8ae912d7073d48a:73") == "qa-000_c8ae912d7073d48a-73"
    assert qa_link("a b:1") == ('<a class="kn-qa" href="01-corpus.html#qa-a-b-1">a b:1</a>')


def test_table_escapes_cells_and_links_qa_ids():
    frame = pd.DataFrame(
        {"evidence": ['<script>alert("x")</script>'], "qa_id": ["f:3"], "qa_ids": [["f:3", "g:1"]]}
    )
    html = table(frame)._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert html.count('href="01-corpus.html#qa-f-3"') == 2
    assert 'href="01-corpus.html#qa-g-1"' in html


def test_pairs_view_has_an_anchor_per_pair_and_escapes():
    qa = kn.load(SEED)
    html = pairs_view(qa)._repr_html_()
    for qa_id in qa["id"]:
        assert f'id="{qa_anchor(qa_id)}"' in html
    assert "(no answer)" in html
    evil = qa.head(1).assign(answer="<img src=x onerror=alert(1)>")
    assert "&lt;img src=x onerror=alert(1)&gt;" in pairs_view(evil)._repr_html_()


def test_index_page_escapes_and_links():
    page = index_page("T <b>", {"parties": ["<x>"]}, {"pairs": 19}, [("a.html", "A", "d")])
    assert "<title>T &lt;b&gt;</title>" in page
    assert '<a href="a.html">A</a>' in page
    assert "&lt;x&gt;" in page


def test_corpus_note_and_summary():
    corpus = kn.read_corpus(SEED)
    note = kn.report.corpus_note(corpus, ["Armenia"], None)._repr_markdown_()
    assert note.startswith("Reading **19** Q&A pairs (18 answered) from 000\\_c8ae912d7073d48a")
    summary = kn.report.corpus_summary(corpus)
    assert summary.iloc[0].to_dict() == {
        "file": "000_c8ae912d7073d48a.txt",
        "pairs": 19,
        "answered": 18,
        "unanswered": 1,
        "truncated": 1,
        "snippet headers": 4,
        "boilerplate": 1,
        "orphan blocks": 0,
    }


# --- at any size ---------------------------------------------------------------------------


def test_long_table_shows_its_first_rows_and_counts_the_rest():
    frame = pd.DataFrame({"n": range(1000), "qa_id": [f"f:{i}" for i in range(1000)]})
    shown = table(frame)
    html = shown._repr_html_()
    assert html.count("<tr>") == kn.report.ROWS_SHOWN + 1  # the header row
    assert "Showing the first 25 of 1,000 rows; 975 more rows not shown." in html
    assert "975 more rows not shown." in repr(shown)
    assert len(shown.frame) == kn.report.ROWS_SHOWN  # only the rows shown are kept


def test_short_table_counts_its_rows():
    html = table(pd.DataFrame({"n": [1]}))._repr_html_()
    assert "1 row." in html
    assert "not shown" not in html


def test_long_cells_and_lists_are_cut():
    frame = pd.DataFrame(
        {
            "evidence": ["word " * 500],
            "qa_ids": [[f"f:{i}" for i in range(50)]],
            "flags": [["a"] * 30],
        }
    )
    html = table(frame)._repr_html_()
    assert "… +40 more" in html
    assert "; … +20 more" in html
    assert len(html) < 10_000
    text = repr(table(frame))
    assert max(len(line) for line in text.splitlines()) < 200


def test_report_tables_link_only_the_pairs_the_corpus_report_shows(tmp_path):
    corpus = kn.report.open_tables(None, SEED)
    ids = list(corpus.qa["id"])
    assert corpus.anchored == frozenset(ids[: kn.report.PAIRS_SHOWN])
    frame = pd.DataFrame({"qa_id": [ids[0], "elsewhere:1"]})
    html = table(frame, corpus=corpus)._repr_html_()
    assert qa_link(ids[0]) in html
    assert '<code class="kn-qa-id">elsewhere:1</code>' in html


def test_open_tables_reads_render_s_data_package_with_the_same_values(tmp_path):
    built = kn.open_corpus(SEED)
    kn.export(built, tmp_path / "data")
    read = kn.report.open_tables(tmp_path / "data", parties="Azerbaijan")
    assert read.parties == ["Azerbaijan"]
    assert read.csv_href("timeline") == f"{(tmp_path / 'data').as_posix()}/timeline.csv"
    for name in kn.TABLES:
        mine, theirs = read.table(name), built.table(name)
        assert list(mine.columns) == list(theirs.columns), name
        assert len(mine) == len(theirs), name
        for column in mine.columns:
            a = [None if pd.isna(v) is True else v for v in mine[column].tolist()]
            b = [None if pd.isna(v) is True else v for v in theirs[column].tolist()]
            assert [list(v) if isinstance(v, list | tuple) else v for v in a] == [
                list(v) if isinstance(v, list | tuple) else v for v in b
            ], (name, column)
    assert kn.report.corpus_summary(read).equals(kn.report.corpus_summary(built.parsed))


def test_open_tables_refuses_another_as_of_and_a_folder_without_package(tmp_path):
    kn.export(kn.open_corpus(SEED, as_of="2021-02-15"), tmp_path / "data")
    assert kn.report.open_tables(tmp_path / "data").as_of.isoformat() == "2021-02-15"
    with pytest.raises(kn.UsageError, match="built with as_of 2021-02-15"):
        kn.report.open_tables(tmp_path / "data", as_of="2020-01-01")
    with pytest.raises(kn.UsageError, match="no data package here"):
        kn.report.open_tables(tmp_path)


@pytest.mark.parametrize(
    ("given", "expected"),
    [("Argentina", ["Argentina"]), (["Georgia", "Russia"], ["Georgia", "Russia"]), (None, None)],
)
def test_parties_are_one_name_or_a_list(given, expected):
    assert kn.report.normalise_parties(given) == expected


@pytest.mark.parametrize("given", [3, ["Georgia", 2], [""], {"a": 1}])
def test_other_parties_are_refused(given):
    with pytest.raises(kn.UsageError, match="expected a party name or a list of names"):
        kn.report.normalise_parties(given)


def test_pairs_view_of_a_large_corpus_shows_the_linked_pairs(tmp_path):
    qa = pd.concat([kn.load(SEED)] * 20, ignore_index=True)
    qa["id"] = [f"f:{i}" for i in range(len(qa))]
    corpus = kn.report.ReportTables(lambda name: qa, data="data", csv_paths={"qa": "qa.csv.gz"})
    html = pairs_view(corpus)._repr_html_()
    assert html.count('class="kn-pair"') == min(len(qa), kn.report.PAIRS_SHOWN)
    assert "more pairs not shown" in html
    assert 'href="data/qa.csv.gz"' in html


def test_finding_counts_and_a_note_on_many_files():
    findings = pd.DataFrame({"kind": ["a", "b", "a"], "qa_id": ["x:1", "x:1", "x:2"]})
    assert kn.report.finding_counts(findings).to_dict("records") == [
        {"kind": "a", "findings": 2, "pairs": 2},
        {"kind": "b", "findings": 1, "pairs": 1},
    ]
    qa = kn.load(SEED)
    qa = pd.concat([qa.assign(source=f"file{i}.txt") for i in range(8)], ignore_index=True)
    corpus = kn.report.ReportTables(lambda name: qa)
    note = kn.report.corpus_note(corpus)._repr_markdown_()
    assert "+3 more files" in note
    assert kn.report.source_note(corpus).endswith("+5 more files")


def test_a_qa_id_with_its_corpus_peeks_at_its_pair():
    corpus = kn.report.open_tables(seeds=SEED)
    timeline = corpus.timeline
    markup = table(timeline, corpus=corpus)._repr_html_()
    first = corpus.qa.set_index("id").loc[timeline["qa_id"].iloc[0]]
    assert markup.count('<details class="kn-peek">') == len(timeline)
    assert html.escape(first["question"]) in markup
    assert html.escape(first["answer"][:80]) in markup
    # The link to the pair in the corpus report is for the reports only (hidden inline).
    assert f'<p class="{kn.report.REPORT_ONLY}" style="display:none"><a class="kn-qa"' in markup


def test_a_raw_block_other_than_the_answer_is_in_the_peek():
    qa = kn.load(SEED)
    row = qa[qa["raw"].notna() & (qa["raw"] != qa["answer"])].iloc[0]
    peek = kn.report.pair_peek(row["id"], (row["question"], row["answer"], row["raw"]))
    assert "raw block" in peek
    assert html.escape(row["raw"]) in peek


def test_without_the_qa_table_a_qa_id_stays_a_link():
    markup = table(kn.extract(kn.load(SEED), "timeline"))._repr_html_()
    assert "<details" not in markup
    assert 'class="kn-qa" href="01-corpus.html#qa-' in markup


def test_table_cells_carry_their_alignment_inline():
    # JupyterLab drops <style> from an untrusted notebook's outputs; inline styles stay.
    markup = table(kn.load(SEED).head(3), ["id", "question"])._repr_html_()
    cells = re.findall(r"<t[hd][ >]", markup)
    assert len(cells) == 8
    assert markup.count('style="text-align:left;vertical-align:top"') == 8


def test_counts_read_one_way_years_and_lines_without_separators():
    frame = pd.DataFrame(
        {
            "count": [1746, 600000],
            "year": [1990, 2020],
            "line": [1234, 5],
            "disagree": [True, False],
        }
    )
    markup = table(frame)._repr_html_()
    for shown in (">1,746<", ">600,000<", ">1990<", ">1234<", ">yes<", ">no<"):
        assert shown in markup
    assert "True" not in markup
    text = repr(table(frame))
    assert "1,746" in text
    assert "1990" in text
    assert "yes" in text


def test_web_addresses_are_links_and_nothing_else_is():
    frame = pd.DataFrame({"url": ["https://www.bbc.com/news/x", "javascript:alert(1)", "see x"]})
    markup = table(frame)._repr_html_()
    assert '<a href="https://www.bbc.com/news/x" rel="noopener noreferrer">' in markup
    assert 'href="javascript' not in markup


def test_index_page_says_what_an_unset_parameter_means():
    page = index_page("t", {"seeds": None, "as_of": None, "parties": ["Georgia", "Russia"]}, {}, [])
    assert "the bundled seeds" in page
    assert "Georgia, Russia" in page
    assert "None" not in page


def test_every_report_says_what_a_qa_id_is():
    note = kn.report.corpus_note(kn.report.open_tables(seeds=SEED))._repr_markdown_()
    assert "`<file>:<line>`" in note


def test_reference_figures_of_another_war_are_neither_shown_nor_cited():
    corpus = kn.report.open_tables(seeds=DATA / "karabakh_1990s.txt")
    figures = kn.reference_for(corpus.casualties, corpus.timeline)
    assert figures.empty
    shown = kn.report.reference_table(figures)
    assert "No figure of `seeds/reference/public_figures.csv` concerns" in shown._repr_markdown_()
    assert "-p reference PATH" in shown._repr_markdown_()
    assert "reference figures" not in kn.report.source_note(corpus, figures)
    seed = kn.report.open_tables(seeds=SEED)
    kept = kn.reference_for(seed.casualties, seed.timeline)
    assert "public_figures.csv" in kn.report.source_note(seed, kept)
    assert "<table" in kn.report.reference_table(kept)._repr_html_()


def test_a_part_of_a_table_says_it_is_selected_from_the_full_one():
    # A page showing the focus parties' rows linked "The full timeline table" with no word
    # that the CSV holds more rows than the page counts.
    qa = kn.load(SEED)
    timeline = kn.extract(qa, "timeline")
    corpus = kn.report.ReportTables(
        lambda name: qa if name == "qa" else timeline,
        data="data",
        csv_paths={"timeline": "timeline.csv.gz"},
    )
    part = repr(kn.report.table(timeline.head(3), corpus=corpus, name="timeline"))
    assert part.endswith(
        f"3 rows. Selected from the {len(timeline)} rows of the full timeline table: "
        "data/timeline.csv.gz"
    ), part
    whole = repr(kn.report.table(timeline, corpus=corpus, name="timeline"))
    assert whole.endswith("The full timeline table: data/timeline.csv.gz"), whole
