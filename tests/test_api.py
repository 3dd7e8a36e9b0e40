"""The Python API as a new user meets it: names that do what they say."""

import importlib

import pytest

import karabakh_nb as kn

from .conftest import SEED


@pytest.mark.parametrize("kind", ["timeline", "alliances", "demographics", "casualties"])
def test_a_fact_tables_name_is_the_function_that_extracts_it(kind):
    qa = kn.load(SEED)
    table = getattr(kn, kind)(qa)
    assert table.equals(kn.extract(qa, kind))
    assert list(table.columns[:3]) == list(kn.extract(qa, kind).columns[:3])
    # ... and still the module, for those who import from it.
    module = importlib.import_module(f"karabakh_nb.{kind}")
    assert module is getattr(kn, kind)
    assert getattr(module, f"extract_{kind}") is getattr(kn, f"extract_{kind}")
    assert kind in dir(kn)


def test_the_timeline_function_takes_the_publication_date():
    qa = kn.load(SEED)
    assert kn.timeline(qa, as_of="2021-02-15").equals(kn.extract(qa, "timeline", "2021-02-15"))
    assert len(kn.timeline(qa, as_of="2021-02-15")) > len(kn.timeline(qa))


def test_one_obvious_read():
    # kn.load reads the qa table, kn.open_corpus every table; no third name for the read.
    assert "read_corpus" not in dir(kn)
    assert "read_corpus" not in kn.__all__
    assert "load" in dir(kn)
    assert "open_corpus" in dir(kn)
    assert kn.load(SEED).equals(kn.open_corpus(SEED).qa)
    assert kn.read_corpus(SEED).qa.equals(kn.load(SEED))  # code written before still runs
