import pandas as pd

import karabakh_nb as kn
from karabakh_nb.report import index_page, pairs_view, qa_anchor, qa_link, table

from .conftest import SEED


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
