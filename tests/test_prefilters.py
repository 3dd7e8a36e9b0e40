"""The cheap prefilters read as the word lists they stand for (they are only faster)."""

from __future__ import annotations

import pytest

from karabakh_nb.alliances import relations_in
from karabakh_nb.alliances._extract import _sentence_gates
from karabakh_nb.casualties._verbs import _CUE_STEM
from karabakh_nb.demographics import _CUE
from karabakh_nb.rules import referents
from karabakh_nb.rules.referents import _PRONOUN_CUE


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        ("two kia and three wia near the river", True),
        ("mia", True),
        ("the skia resort and the swiat fair", False),  # "kia", "wia" inside a word
        ("Mia-lo", False),  # lower-cased text only
        ("the bodies were found", True),  # "dies"
        ("left behind", True),
        ("a quiet harvest fair", False),
    ],
)
def test_casualty_stems(text: str, cued: bool) -> None:
    assert (_CUE_STEM.search(text) is not None) is cued


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        ("freedonia has 40 towns", True),
        ("the shad and the chave", False),  # "had", "have" inside a word
        ("had", True),
        ("the island of sylvania", True),
        ("the islanders", False),
        ("a third", True),
        ("ethnic groups", True),
        ("12 %", True),
        ("a quiet harvest fair", False),
    ],
)
def test_demographic_cues(text: str, cued: bool) -> None:
    assert (_CUE.search(text) is not None) is cued


def test_demographic_cue_in_a_span() -> None:
    text = "we had it. chad"
    assert _CUE.search(text, 0, 6) is not None
    assert _CUE.search(text, 12) is None  # "had" of "chad": a word letter before it


def test_sentence_gates_are_the_sentence_own() -> None:
    assert "member" in _sentence_gates("Freedonia is a member of the Sylvanian League.")
    assert not _sentence_gates("The harvest was late.")


def test_relations_read_alike_when_lower_casing_moves_offsets() -> None:
    # "İ" lower-cases to two characters: the answer's stems are found in one search.
    plain = "Norway is a member of NATO. Ivan signed it. Canada is a member of NATO."
    dotted = plain.replace("Ivan", "İvan")
    assert relations_in(plain) == relations_in(dotted)
    assert {(a, b) for a, b, _, _ in relations_in(plain)} == {
        ("Norway", "NATO"),
        ("Canada", "NATO"),
    }


def test_pairs_needing_sides_read_sentence_by_sentence() -> None:
    import pandas as pd

    from karabakh_nb.rules.merge import pairs_needing_sides

    qa = pd.DataFrame(
        {
            "id": ["f:1", "f:2", "f:3"],
            "answer": [
                "The rebels held the north. Sylvania mediated between them.",
                "The harvest was late. Prices rose.",
                "Government forces advanced.",
            ],
        }
    )
    assert pairs_needing_sides(qa) == ["f:1", "f:3"]


@pytest.mark.parametrize(
    ("pattern", "text", "spans"),
    [
        ("ORG_REFERENCE", "The alliance grew; the bloc of Sylvania did not.", [(0, 12)]),
        ("ORG_REFERENCE", "Athe alliance", []),  # "the" inside a word
        ("EVENT_REFERENCE", "Then the ground offensive began.", [(5, 25)]),
        ("COUNTRY_REFERENCE", "Their country and their country; Ithe country.", [(18, 31)]),
        ("GROUP_REFERENCE", "the Front held, and xthe Front fell.", [(0, 9)]),
    ],
)
def test_reference_patterns_open_at_a_word(pattern: str, text: str, spans: list) -> None:

    found = [m.span() for m in getattr(referents, pattern).finditer(text)]
    assert found == spans


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        ("Its army marched.", True),
        ("Freedonia sent them aid.", True),
        ("The militia retreated.", True),
        ("Their allies came.", True),
        ("Freedonia and Sylvania quit the pact.", False),
        ("Bits of Itsy and hemlock; theirs", False),  # inside a word, or "theirs"
    ],
)
def test_pronoun_cue_reads_whole_words(text: str, cued: bool) -> None:

    assert (_PRONOUN_CUE.search(text) is not None) is cued
