"""The rule engine skips work no row can come from, and gives the same rows.

Sentences after the last one some rule reads are not read for their referents, and the
pair's place (``$SUBJECT``) is read only once a rule matches (invented sentences).
"""

from __future__ import annotations

import dataclasses

import karabakh_nb.rules.engine as engine
from karabakh_nb.dates import find_dates, with_offset
from karabakh_nb.rules.engine import apply_rules

PACT = "Freedonia and Sylvania signed a defence pact in 1990."
QUIET = "The weather was mild."


def _reads(monkeypatch, answer: str) -> tuple[list[str], list[dict]]:
    read: list[str] = []

    class Counting(engine.Referents):
        def read(self, sent, wanted):  # type: ignore[no-untyped-def]
            read.append(sent.text)
            return super().read(sent, wanted)

    monkeypatch.setattr(engine, "Referents", Counting)
    rows = apply_rules("alliances", "f:1", answer)
    return read, rows


def test_no_referents_read_after_the_last_sentence_a_rule_reads(monkeypatch):
    cues, _, _ = engine._index("alliances")
    assert engine._sentence_cues("alliances", cues, PACT)  # a rule reads the pact
    assert not engine._sentence_cues("alliances", cues, QUIET)  # none reads the weather
    read, rows = _reads(monkeypatch, f"{QUIET} {PACT} {QUIET} {QUIET}")
    assert read == [QUIET, PACT]
    assert rows == apply_rules("alliances", "f:1", PACT)


def test_an_answer_no_rule_reads_is_not_read(monkeypatch):
    read, rows = _reads(monkeypatch, f"{QUIET} {QUIET}")
    assert read == []
    assert rows == []


def test_the_pairs_place_is_read_only_for_a_matching_answer():
    asked: list[int] = []

    def place() -> str:
        asked.append(1)
        return "Freedonia"

    assert apply_rules("demographics", "f:1", QUIET, subject_of=place) == []
    assert asked == []
    answer = "About 85% of the population is Shia."
    rows = apply_rules("demographics", "f:1", answer, subject_of=place)
    assert asked == [1]  # once for the answer, however many rows
    assert rows == apply_rules("demographics", "f:1", answer, subject="Freedonia")


def test_a_shifted_date_mention_is_the_mention_replaced():
    for mention in find_dates("On 3 May 1990 Freedonia fell; a year later it rose."):
        moved = dataclasses.replace(mention, start=mention.start + 7, end=mention.end + 7)
        assert with_offset(mention, 7) == moved
        assert hash(with_offset(mention, 7)) == hash(moved)


def test_a_sentence_with_no_cue_is_not_split_into_clauses(monkeypatch):
    from karabakh_nb.annotate import polarity

    found = polarity.scopes("Sylvania did not sign the treaty in 1991.")
    assert [s.polarity for s in found] == ["negated"]

    def no_patterns():  # type: ignore[no-untyped-def]
        raise AssertionError("the clause patterns were read")

    monkeypatch.setattr(polarity, "_patterns", no_patterns)
    # No cue word ("notably", "piano", "Nagorno-" hold "not", "no" inside words).
    assert polarity.scopes("Freedonia, notably, sold a piano to Nagorno-Sylvania in 1991.") == ()
    assert polarity.scopes("Freedonia signed; Sylvania agreed, and both won.") == ()
