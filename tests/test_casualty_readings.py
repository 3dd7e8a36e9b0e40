"""Casualty figures read by general mechanisms of number, noun phrase and cue, made up.

Each case is one invented sentence about Estonia and Latvia: the rule is general, not
read from a corpus file.
"""

from __future__ import annotations

import pandas as pd
import pytest

from karabakh_nb.casualties import extract_casualties


def rows(answer: str, question: str = "What happened?") -> list[tuple]:
    qa = pd.DataFrame({"id": ["t:1"], "question": [question], "answer": [answer]})
    frame = extract_casualties(qa)
    return [tuple(r) for r in frame[["party", "category", "count"]].values]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A number written with a hyphen is a figure, not a word of the one before it.
        ("Upwards of five or six-thousand people were killed.",
         [("unspecified", "unspecified", 5000), ("unspecified", "unspecified", 6000)]),
        # Both ends of "as many as 1.5–2 million" count the noun after the high end.
        ("As many as 1.5–2 million Estonians were killed.",
         [("Estonia", "unspecified", 1_500_000), ("Estonia", "unspecified", 2_000_000)]),
        # A four-digit figure in a list of figures and their verbs is no year.
        ("309 Estonians were killed, 909 were missing, and 1141 were injured.",
         [("Estonia", "unspecified", 309), ("Estonia", "missing", 909),
          ("Estonia", "wounded", 1141)]),
        # The whole of a population is no casualty figure.
        ("Some 640,000 out of Latvia's population of 26 million fled their homes.", []),
    ],
)  # fmt: skip
def test_number_readings(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Latvia saw 42,000 military deaths and 10,000 civilian deaths.",
         [("Latvia", "military", 42_000), ("Latvia", "civilian", 10_000)]),
        ("Estonia lost 4,487 service personnel in the war.", [("Estonia", "military", 4487)]),
        ("At least 2,000 former rebel fighters were killed.",
         [("unspecified", "military", 2000)]),
        ("A memorial was held for the 179 Estonian troops to have fallen in the war.",
         [("Estonia", "military", 179)]),
        ("The offensive killed 526 Estonians, 116 of whom were reportedly civilians.",
         [("Estonia", "unspecified", 526), ("Estonia", "civilian", 116)]),
    ],
)  # fmt: skip
def test_losses_and_parts(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("There were 5,252 refugees originating from Latvia.", [("Latvia", "displaced", 5252)]),
        ("Two million Estonians had taken refuge in Latvia.",
         [("Estonia", "displaced", 2_000_000)]),
        # An aside "amounting to ..." stands between a figure and its verb.
        ("Roughly 60,000 Estonians, amounting to half the population, were displaced.",
         [("Estonia", "displaced", 60_000)]),
        # Shelter sought by the dead is no flight.
        ("The strike caused the deaths of 200 civilians, who were taking refuge there.",
         [("unspecified", "civilian", 200)]),
    ],
)  # fmt: skip
def test_flight(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A force named after the predicate owns the figures, and they are soldiers; a
        # figure joined by "and" shares it.
        ("There were over 6,000 killed and 10,000 wounded in the Estonian Army, and 500 "
         "killed in the Latvian Army.",
         [("Estonia", "military", 6000), ("Estonia", "wounded", 10_000),
          ("Latvia", "military", 500)]),
        # The people a raid kills are those of the one party its object names.
        ("Estonian forces shelled Latvian villages, killing 30 civilians.",
         [("Latvia", "civilian", 30)]),
        ("Rebels ambushed two Latvian Army vehicles, killing three soldiers. Another five "
         "soldiers were killed in a rescue attempt.",
         [("Latvia", "military", 3), ("Latvia", "military", 5)]),
        # An object naming two parties says nothing of whose.
        ("Rebels attacked an Estonian convoy near Latvia, killing 12 people.",
         [("unspecified", "unspecified", 12)]),
    ],
)  # fmt: skip
def test_whose_force_or_raid(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A state's people named by a noun of their own ("Finns", "Swedes", "Danes").
        ("25,000 Finns were killed.", [("Finland", "unspecified", 25_000)]),
        ("Almost 2,000 Swedes (about 1,500 soldiers and 500 civilians) died in the war.",
         [("Sweden", "unspecified", 2000), ("Sweden", "military", 1500),
          ("Sweden", "civilian", 500)]),
        # An adjective between the loss verb and the figure.
        ("Still, Estonia lost an astonishing 131,476 dead; at least 264,908 more were wounded.",
         [("Estonia", "unspecified", 131_476), ("Estonia", "wounded", 264_908)]),
        # Refugees a state has are the ones it hosts, not its own.
        ("Latvia has 450,000 refugees.", [("unspecified", "displaced", 450_000)]),
        # A list of two parties' figures gives neither to the figure after it.
        ("The attack killed 241 Estonian soldiers and 58 Latvian soldiers, as well as 6 "
         "civilians.",
         [("Estonia", "military", 241), ("Latvia", "military", 58),
          ("unspecified", "civilian", 6)]),
        # An aside naming a mix of peoples names no one party.
        ("The massacre killed 460 civilians, mostly Estonians and Latvians, in the camps.",
         [("unspecified", "civilian", 460)]),
        ("About 300 people, mostly Estonians, were displaced.",
         [("Estonia", "displaced", 300)]),
    ],
)  # fmt: skip
def test_whose_people(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Casualties on the Estonian side were 305 killed.", [("Estonia", "unspecified", 305)]),
        ("Latvia put its losses at 307.", [("Latvia", "unspecified", 307)]),
        ("Among the dead were 329 Estonian soldiers.", [("Estonia", "military", 329)]),
        # A figure of things lost is no figure of people, and no obstacle to the next.
        ("Estonia had lost 326 tanks and 526 soldiers.", [("Estonia", "military", 526)]),
        # A government acknowledging a figure gives its own losses.
        ("Latvia has acknowledged 10 killed.", [("Latvia", "unspecified", 10)]),
    ],
)  # fmt: skip
def test_losses_named_before(answer, expected):
    assert rows(answer) == expected
