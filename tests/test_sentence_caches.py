"""What is kept per distinct sentence never carries one answer's context into another.

The extractors keep what a sentence gives on its own (its statements, figures, rule
matches, reference cues) per distinct sentence; what the answer around it adds (the
place named before, the people counted before, the organisation named before) must
still come from each answer. Invented answers that share their last sentence.
"""

from __future__ import annotations

import random
import re

import pandas as pd

import karabakh_nb as kn
from karabakh_nb.casualties._verbs import _CUE_STEM
from karabakh_nb.demographics import extract_demographics


def _qa(answers: list[str], question: str) -> pd.DataFrame:
    ids = [f"f:{i + 1}" for i in range(len(answers))]
    return pd.DataFrame(
        {
            "id": ids,
            "source": ["f"] * len(ids),
            "question": [question] * len(ids),
            "answer": answers,
        }
    )


def test_a_shared_share_takes_each_answers_place() -> None:
    shared = "About 55% of the population is Muslim."
    qa = _qa(
        [f"Chad is a country in Africa. {shared}", f"Peru is a country in South America. {shared}"],
        "What is the religion?",
    )
    rows = extract_demographics(qa)[["subject", "qa_id"]].values.tolist()
    assert rows == [["Chad", "f:1"], ["Peru", "f:2"]]


def test_a_shared_figure_counts_each_answers_people() -> None:
    shared = "Another 300 soldiers were killed."
    qa = _qa([f"Chad lost 200 soldiers. {shared}", f"Peru lost 200 soldiers. {shared}"], "Deaths?")
    rows = kn.extract(qa, "casualties")
    got = rows[rows["count"] == 300][["party", "qa_id"]].values.tolist()
    assert got == [["Chad", "f:1"], ["Peru", "f:2"]]


def test_a_shared_reference_names_each_answers_organisation() -> None:
    shared = "The alliance includes Norway and Denmark."
    qa = _qa(
        [f"NATO was founded in 1949. {shared}", f"The CSTO was founded in 1992. {shared}"],
        "Who are the members?",
    )
    rows = kn.extract(qa, "alliances")
    got = sorted(map(tuple, rows[["a", "b", "qa_id"]].values.tolist()))
    assert got == [
        ("Denmark", "CSTO", "f:2"),
        ("Denmark", "NATO", "f:1"),
        ("Norway", "CSTO", "f:2"),
        ("Norway", "NATO", "f:1"),
    ]


# The casualty stems as a flat list (the prefilter is the same set, factored by letters).
_FLAT = re.compile(
    r"kill|die[ds]?\b|dead|death|casualt|fatalit|missing|unaccounted|unidentified|wound|injur"
    r"|hurt|displac|fled|flee|refuge|idp|expel|deport|return|lives|perish|victim|uproot|home"
    r"|disappear|slain|execut|murder|massacr|evacuat|relocat|toll|los[tis]|slaughter|martyr"
    r"|forced|pushed|driven|expuls|exile|cross|fallen|cost|shelter|asylum"
    r"|exodus|fate|migra|whereabouts|destin"
    r"|hang|alive|assassin|extermin|bayonet|transferred|maim|resettl|remains\s+of"
    r"|left\s+(?:the|their)\s+(?:country|homeland)"
)


def test_the_factored_casualty_prefilter_finds_what_the_flat_list_finds() -> None:
    pieces = ["kill", "die", "dies", "dead", "death", "los", "lost", "flee", "fled", "home"]
    pieces += ["casualt", "unaccounted", "slaughter", "sla", "re", "refuge", "x", " ", ".", "d"]
    pieces += ["cost", "co", "shelter", "asylum", "left the country", "left their homeland"]
    pieces += ["fate", "fa", "exodus", "hang", "alive", "transferred"]
    pieces += ["migra", "destin", "whereabouts", "maim", "resettl", "remains of", "remains"]
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        flat, factored = _FLAT.search(text), _CUE_STEM.search(text)
        assert (flat is None) == (factored is None), text
        assert flat is None or factored is None or flat.start() == factored.start(), text
