"""Which pairs' answers the rules that take the answer's sides (``$SIDES``) must read again.

A function of each pair alone, so the slices of a large corpus find them side by side
(:func:`karabakh_nb.parallel.slice_tables`); :mod:`karabakh_nb.rules.merge` settles them.
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from ..annotate import annotate
from .engine import load_rules
from .generic import GENERIC_CUE

__all__ = ["pairs_needing_sides"]

# Words of the rules that need the answer's sides ($SIDES): only those answers are read twice.
_NEEDS_SIDES = re.compile(r"mediat|broker|guarant|both\s+sides|talks|negotiat", re.IGNORECASE)
# A word those patterns (or GENERIC_CUE) need: substring tests first (cheaper than regex).
_SIDE_WORDS = (
    "mediat", "broker", "guarant", "both", "talks", "negotiat", "separatist", "rebel",
    "insurgen", "secession", "breakaway", "self-proclaimed", "guerr", "government",
    "federal", "national army", "regular army", "regime", "junta",
)  # fmt: skip


def pairs_needing_sides(qa: pd.DataFrame) -> list[str]:
    """The pairs whose answers have words of the rules that need the answer's sides.

    A function of each pair alone, so the slices of a large corpus find them side by side
    (:func:`karabakh_nb.parallel.slice_tables`) and
    :func:`karabakh_nb.rules.merge.sides_of_pairs` need not.
    """
    out: list[str] = []
    for qa_id, answer in zip(qa["id"].tolist(), qa["answer"].tolist(), strict=True):
        if not isinstance(answer, str) or not answer:
            continue
        # No word of these holds the stop that ends a sentence: the answer has one when
        # one of its sentences has it, and each distinct sentence is read once.
        side_word = needs = cued = False
        for sent in annotate(answer).sentences:
            flags = _side_flags(sent.text)
            side_word, needs, cued = side_word or flags[0], needs or flags[1], cued or flags[2]
        if (side_word and needs) or cued:
            out.append(qa_id)
    return out


# Per distinct sentence: (a side word, a pattern needing sides, a cue of a $SIDES rule).
_SIDE_FLAGS: dict[str, tuple[bool, bool, bool]] = {}
SIDE_FLAGS_CACHE_SIZE = 16_384


def _side_flags(text: str) -> tuple[bool, bool, bool]:
    found = _SIDE_FLAGS.get(text)
    if found is None:
        low = text.lower()
        needs = _NEEDS_SIDES.search(text) is not None or GENERIC_CUE.search(low) is not None
        found = (_has_any(low, _SIDE_WORDS), needs, _has_any(low, _sides_cues()))
        if len(_SIDE_FLAGS) >= SIDE_FLAGS_CACHE_SIZE:
            _SIDE_FLAGS.clear()
        _SIDE_FLAGS[text] = found
    return found


def _has_any(low: str, words: tuple[str, ...]) -> bool:
    # A plain loop: any() over a generator cost twice as much.
    for word in words:  # noqa: SIM110
        if word in low:
            return True
    return False


@cache
def _sides_cues() -> tuple[str, ...]:
    """The cue words of the rules whose rows take the answer's sides (``$SIDES``)."""
    rules = load_rules("alliances")
    return tuple(sorted({w for rule in rules if "$SIDES" in str(rule.row) for w in rule.needs}))
