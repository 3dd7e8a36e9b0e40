"""The corpus with its tables computed once (karabakh_nb/corpus.py).

tests/test_corpus.py checks the real-text corpus in tests/corpus/ instead.
"""

import datetime as dt

import pandas as pd
import pytest

import karabakh_nb as kn
import karabakh_nb.corpus as corpus_module
import karabakh_nb.parallel as parallel_module
import karabakh_nb.timeline as timeline_module
from karabakh_nb.corpus import TABLES, CorpusTables, open_corpus

from .conftest import DATA, SEED


@pytest.fixture
def calls(monkeypatch):
    """Count the calls of the reader, each extractor and the relative-date scan."""
    counts: dict[str, int] = {}
    real_tables = parallel_module.fact_tables
    real_read = corpus_module.read_corpus
    real_unresolved = timeline_module.unresolved_relative_dates

    def fact_tables(qa, kinds, as_of=None, **kwargs):
        for kind in kinds:
            if kind in kn.KINDS:  # unresolved_dates is counted by the scan itself, below
                counts[kind] = counts.get(kind, 0) + 1
        return real_tables(qa, kinds, as_of, **kwargs)

    def read_corpus(paths=None, encoding=None):
        counts["read"] = counts.get("read", 0) + 1
        return real_read(paths, encoding)

    def unresolved(qa, as_of=None, **kwargs):
        counts["unresolved"] = counts.get("unresolved", 0) + 1
        return real_unresolved(qa, as_of=as_of, **kwargs)

    monkeypatch.setattr(parallel_module, "fact_tables", fact_tables)
    monkeypatch.setattr(corpus_module, "read_corpus", read_corpus)
    monkeypatch.setattr(timeline_module, "unresolved_relative_dates", unresolved)
    return counts


def test_every_table_is_computed_once(calls):
    corpus = open_corpus(SEED)
    assert calls == {}  # nothing is read until a table is asked for
    for _ in range(3):
        tables = corpus.tables()
        assert list(tables) == list(TABLES)
        _ = corpus.findings, corpus.reconciled, corpus.casualties, corpus.qa
    assert calls == {
        "read": 1,
        "timeline": 1,
        "alliances": 1,
        "demographics": 1,
        "casualties": 1,
        "unresolved": 1,
    }
    assert corpus.casualties is corpus.casualties
    assert corpus.table("findings") is corpus.findings


def test_findings_reuse_the_kept_casualties(calls):
    corpus = open_corpus(SEED)
    reconciled = corpus.reconciled
    findings = corpus.findings
    assert calls["casualties"] == 1
    assert corpus.reconciled is reconciled
    assert kn.check(corpus) is not findings  # check builds a new table ...
    assert calls["casualties"] == 1  # ... from the kept ones
    assert calls["unresolved"] == 1


def test_tables_equal_the_functions_they_keep():
    as_of = "2021-02-15"
    corpus = open_corpus(SEED, as_of=as_of)
    qa = kn.load(SEED)
    pd.testing.assert_frame_equal(corpus.qa, qa)
    for kind in kn.KINDS:
        pd.testing.assert_frame_equal(corpus.table(kind), kn.extract(qa, kind, as_of=as_of))
    pd.testing.assert_frame_equal(
        corpus.reconciled, kn.reconcile_casualties(kn.extract(qa, "casualties", as_of=as_of))
    )
    pd.testing.assert_frame_equal(corpus.findings, kn.check(kn.read_corpus(SEED), as_of=as_of))
    assert corpus.as_of == dt.date(2021, 2, 15)
    assert corpus.files == [SEED]


def test_check_with_another_as_of_does_not_use_the_kept_tables(calls):
    corpus = open_corpus(SEED)
    assert "unresolved_relative_date" in set(corpus.findings["kind"])
    later = kn.check(corpus, as_of="2021-02-15")
    assert "unresolved_relative_date" not in set(later["kind"])
    assert calls["casualties"] == 2
    assert corpus.as_of is None  # the opened corpus keeps its own parameters


def test_from_a_qa_table():
    qa = kn.load(DATA / "georgia_2008.txt")
    corpus = open_corpus(qa, as_of="2008-09-01")
    assert isinstance(corpus, CorpusTables)
    assert corpus.qa is qa
    assert corpus.files == []
    assert corpus.orphans == []
    pd.testing.assert_frame_equal(corpus.timeline, kn.extract(qa, "timeline", as_of="2008-09-01"))
    assert list(corpus.findings.columns) == kn.FINDING_COLUMNS


def test_from_a_parsed_corpus_keeps_its_orphans(write):
    path = write("o.txt", "Stray answer first.\n\nWho won?\n\nThe north.\n")
    parsed = kn.read_corpus(path)
    corpus = open_corpus(parsed)
    assert corpus.parsed is parsed
    assert corpus.files == [path]
    assert corpus.findings["kind"].tolist() == ["orphan_block"]


def test_an_opened_corpus_is_returned_as_it_is():
    corpus = open_corpus(SEED, as_of="2021-02-15")
    assert open_corpus(corpus) is corpus
    assert open_corpus(corpus, as_of=dt.date(2021, 2, 15)) is corpus
    with pytest.raises(kn.UsageError, match="belong to the corpus"):
        open_corpus(corpus, as_of="2020-01-01")
    with pytest.raises(kn.UsageError, match="belong to the corpus"):
        open_corpus(corpus, encoding="latin-1")
    with pytest.raises(kn.UsageError, match="files only"):
        open_corpus(kn.load(SEED), encoding="latin-1")


def test_bad_arguments_fail_before_any_reading(calls, tmp_path):
    with pytest.raises(kn.UsageError, match="YYYY-MM-DD"):
        open_corpus(SEED, as_of="15/02/2021")
    with pytest.raises(kn.InputError, match="no such file"):
        open_corpus(tmp_path / "missing.txt")
    assert calls == {}
    with pytest.raises(kn.UsageError, match="unknown table 'nope'"):
        open_corpus(SEED).table("nope")


def test_encoding_is_used_for_reading(write):
    path = write("l.txt", "Who?\n\nCaf\xe9 owners.\n", encoding="latin-1")
    with pytest.raises(kn.InputError):
        _ = open_corpus(path).qa
    corpus = open_corpus(path, encoding="latin-1")
    assert corpus.qa["answer"].tolist() == ["Café owners."]
    assert corpus.encoding == "latin-1"


def test_default_is_the_bundled_seeds():
    corpus = kn.open_corpus()
    assert len(corpus.qa) == 19
    assert "CorpusTables of 1 files" in repr(corpus)
