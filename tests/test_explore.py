import pytest

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


def test_an_inverted_year_range_is_a_usage_error_saying_to_swap():
    timeline = kn.extract(kn.load(SEED), "timeline")
    with pytest.raises(kn.UsageError, match=r"From year 2021 is after To year 1990.*swap them"):
        filter_facts(timeline, "timeline", None, 2021, 1990)


def _live_explorer(monkeypatch):
    import karabakh_nb.explore as explore

    monkeypatch.setattr(explore, "_live", lambda: True)
    widget = explorer(kn.load(SEED))
    _controls, years, hint, _ = widget.children
    use_span, start, end = years.children
    return widget, use_span, start, end, hint


def test_typing_a_year_turns_the_filter_on_and_the_hint_says_what_is_shown(monkeypatch):
    _, use_span, start, end, hint = _live_explorer(monkeypatch)
    assert not use_span.value
    assert "All years" in hint.value
    assert "Type a year" in hint.value
    start.value = 2020
    assert use_span.value  # no checkbox to find first
    assert f"Years 2020–{end.value} only" in hint.value
    assert "without a date are left out" in hint.value


def test_the_explorer_says_when_the_range_is_inverted(monkeypatch, capsys):
    _, use_span, start, end, hint = _live_explorer(monkeypatch)
    end.value = start.min
    start.value = start.max
    assert use_span.value
    assert f"From year {start.max} is after To year {start.min}" in hint.value
    assert "swap them" in hint.value


def test_the_live_explorer_reads_as_its_static_note_to_nbval(monkeypatch):
    widget, *_ = _live_explorer(monkeypatch)
    bundle = widget._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle  # nbval skips this one
    assert bundle["text/markdown"] == StaticNote()._repr_markdown_()
    assert bundle["text/plain"] == repr(StaticNote())


def test_the_static_note_asks_for_nothing_only_a_checkout_has():
    text = StaticNote().text
    assert "make" not in text
    assert "jupyter lab" in text
    assert "kn.notebooks_dir()" in text
