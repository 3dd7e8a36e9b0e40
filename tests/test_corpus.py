"""The real-text corpus stays well-formed: gold rows point at real pairs and sentences."""

import csv

import pytest

from karabakh_nb.evaluate import KEYS
from karabakh_nb.parse import read_corpus

from .conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"
GOLD = sorted(CORPUS.glob("*/*.gold"))


def test_corpus_has_tuning_and_held_out_files():
    tune = [g for g in GOLD if g.parent.name == "tune"]
    held = [g for g in GOLD if g.parent.name == "heldout"]
    assert len(tune) + len(held) >= 20
    assert len(held) >= 6
    assert not {g.stem for g in tune} & {g.stem for g in held}


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g.stem)
def test_gold_rows_name_a_pair_and_quote_its_answer(gold):
    text = gold.with_suffix(".txt")
    assert text.is_file()
    assert gold.with_name(f"{gold.stem}.sources.md").is_file()
    answers = dict(zip(*(read_corpus([text]).qa[c] for c in ("id", "answer")), strict=True))
    for kind, keys in KEYS.items():
        with (gold / f"{kind}.csv").open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            assert set(keys) <= set(reader.fieldnames or [])
            for row in reader:
                answer = answers[row["qa_id"]]
                assert isinstance(answer, str), row
                assert row["evidence"] in answer, row
