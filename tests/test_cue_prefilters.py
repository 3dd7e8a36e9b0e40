"""The answer prefilters of casualties and demographics: what they find, and their speed.

Each is run on every answer (and again on each sentence), so it keeps one top-level
branch per first letter: the regular-expression engine tries a position's branches one by
one, and a second branch of one letter (a stem appended at the end) doubled its cost.
"""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]

import pytest

from karabakh_nb.casualties._verbs import _CUE_STEM
from karabakh_nb.demographics import _CUE


def _first_letters(pattern: re.Pattern[str]) -> list[str]:
    """The first character of each top-level branch of ``pattern`` (a literal each)."""
    tree = _parser.parse(pattern.pattern)
    (op, (_, branches)) = tree.data[0]
    assert str(op) == "BRANCH"
    letters = []
    for branch in branches:
        first_op, value = branch.data[0]
        assert str(first_op) == "LITERAL", branch
        letters.append(chr(value))
    return letters


@pytest.mark.parametrize("pattern", [_CUE_STEM, _CUE], ids=["casualties", "demographics"])
def test_one_branch_per_first_letter(pattern: re.Pattern[str]) -> None:
    letters = _first_letters(pattern)
    assert len(letters) == len(set(letters)), sorted(letters)


@pytest.mark.parametrize(
    "sentence",
    [
        "The invaders beheaded the envoys of Freedonia.",
        "Sylvanian troops were bayoneted at the ridge.",
        "Thousands sought asylum abroad.",
        "Two hundred prisoners were buried alive.",
        "Many drowned when the ferry sank.",
        "The villagers were exterminated.",
        "The mob hanged the prisoners.",
        "Hundreds were maimed by mines.",
        "The refugees were resettled in Freedonia.",
        "The survivors were transferred to camps.",
        "The crowd was left stranded.",
    ],
)
def test_casualty_stems_found(sentence: str) -> None:
    assert _CUE_STEM.search(sentence.lower())


@pytest.mark.parametrize(
    "sentence",
    [
        "One in five residents of Freedonia is Sylvanian.",
        "Two out of three speak Sylvanian.",
        "Nearly all of them are Catholic.",
        "Almost all are Sunni.",
        "Virtually all are Orthodox.",
        "Practically all speak it.",
        "Eight in ten live on the coast.",
    ],
)
def test_demographic_cues_found(sentence: str) -> None:
    assert _CUE.search(sentence.lower())


def test_no_cue_no_match() -> None:
    assert not _CUE_STEM.search("the treaty was signed in freedonia.")
    assert not _CUE.search("the treaty was signed.")
