"""The cue tests kept per sentence (annotate.cues) give what the searches they replace give."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import pytest

from karabakh_nb import load
from karabakh_nb.annotate import annotate
from karabakh_nb.annotate.cues import SentenceCue
from karabakh_nb.casualties._verbs import _CUE_STEM, _CUE_TEST
from karabakh_nb.demographics import _CUE
from karabakh_nb.demographics import _CUE_TEST as _DEM_TEST
from karabakh_nb.rules.generic import GENERIC_CUE
from karabakh_nb.rules.side_nouns import side_noun_in, side_noun_in_any

TUNE = Path(__file__).parent / "corpus" / "tune"
CUES = [(_CUE_TEST, _CUE_STEM), (_DEM_TEST, _CUE), (side_noun_in, GENERIC_CUE)]


class _Note(NamedTuple):
    text: str
    start: int
    end: int


def _answers() -> list[str]:
    out = []
    for path in sorted(TUNE.glob("*.txt")):
        qa = load(str(path))
        out += [a for a in qa["answer"].tolist() if isinstance(a, str) and a]
    return out


@pytest.fixture(scope="module")
def answers() -> list[str]:
    found = _answers()
    assert len(found) > 100
    return found


@pytest.mark.parametrize("index", range(len(CUES)), ids=["casualties", "demographics", "sides"])
def test_kept_verdicts_are_the_searches(answers: list[str], index: int) -> None:
    cue, pattern = CUES[index]
    hits = 0
    for answer in answers:
        lowered = answer.lower()
        notes = annotate(answer).sentences
        whole = pattern.search(lowered) is not None
        assert cue.in_answer(lowered, answer, notes) == whole, answer
        hits += whole
        for note in notes:
            direct = pattern.search(lowered, note.start, note.end) is not None
            assert cue.at(lowered, answer, note) == direct, note.text
            assert cue(note.text) == (pattern.search(note.text.lower()) is not None)
    assert 0 < hits < len(answers)


def test_a_side_noun_of_an_answer_is_one_of_a_sentence(answers: list[str]) -> None:
    # The gates of rules.side_nouns test an answer's sentences for the answer.
    for answer in answers:
        whole = GENERIC_CUE.search(answer.lower()) is not None
        assert side_noun_in_any(annotate(answer).sentences) == whole, answer


def test_a_hit_across_two_sentences_is_found_in_the_answer() -> None:
    cue = SentenceCue(re.compile(r"left\s"))
    answer = "Many left\nFreedonia fell."
    notes = [_Note("Many left", 0, 9), _Note("Freedonia fell.", 10, 25)]
    assert not any(cue(n.text) for n in notes)
    assert cue.in_answer(answer.lower(), answer, notes)
    stayed = "Many stayed\nFreedonia fell."
    notes = [_Note("Many stayed", 0, 11), _Note("Freedonia fell.", 12, 27)]
    assert not cue.in_answer(stayed.lower(), stayed, notes)


def test_a_word_before_the_sentence_is_seen_by_a_look_behind() -> None:
    cue = SentenceCue(re.compile(r"(?<![a-z])war\b"))
    answer = "Sylvania prewar ended."
    note = _Note("war ended.", 12, 22)
    assert cue(note.text)  # alone, nothing stands before "war"
    assert not cue.at(answer.lower(), answer, note)  # in the answer, "pre" does
    spaced = "Sylvania war ended."
    assert cue.at(spaced.lower(), spaced, _Note("war ended.", 9, 19))


@pytest.mark.parametrize(
    "sentence",
    [
        "According to Freedonian officials, 300 soldiers were killed.",
        "The Sylvanian ministry said that 45 civilians died.",
        "Some 120 soldiers were killed in the fighting.",  # no source
    ],
)
def test_a_kept_source_is_the_source_read_at_its_offset(sentence: str) -> None:
    from karabakh_nb.casualties._kept_sources import _source_in as kept
    from karabakh_nb.casualties._sources import _source_in as direct

    for before in ("", "Ruritania fought Westland. ", "The war lasted two years. It ended. "):
        answer = before + sentence + " It ended."
        start, end = len(before), len(before) + len(sentence)
        assert kept(answer, start, end) == direct(answer, start, end)
    found = direct(sentence, 0, len(sentence))
    assert (found is None) == sentence.startswith("Some")
