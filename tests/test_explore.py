import karabakh_nb as kn
from karabakh_nb.explore import StaticNote, explorer, filter_facts

from .conftest import SEED


def test_filter_by_party_and_years():
    qa = kn.load(SEED)
    timeline = kn.extract(qa, "timeline")
    rows = filter_facts(timeline, "timeline", None, 1990, 1992)
    assert rows["date"].tolist() == ["1990-01", "1991", "1992"]
    cas = kn.extract(qa, "casualties")
    assert set(filter_facts(cas, "casualties", "Armenia")["party"]) == {"Armenia"}


def test_explorer_is_a_static_note_without_a_live_kernel(monkeypatch):
    monkeypatch.delenv("KARABAKH_NB_STATIC", raising=False)
    note = explorer(kn.load(SEED))  # plain Python: no kernel attached
    assert isinstance(note, StaticNote)
    assert "JupyterLab" in note._repr_markdown_()


def test_explorer_takes_the_report_tables(monkeypatch):
    monkeypatch.delenv("KARABAKH_NB_STATIC", raising=False)
    assert isinstance(explorer(kn.report.open_tables(None, SEED)), StaticNote)
    assert isinstance(explorer(kn.open_corpus(SEED)), StaticNote)
