"""Challenge sentences of casualty language in the registers war prose is written in.

Every sentence is invented (Estonia, Latvia and Lithuania stand in for any party): news
("Gunmen gunned down 9 villagers"), encyclopedia ("Estonian losses: 2,300 dead"), the
19th-century history ("The regiment lost 400 souls at the crossing", "Estonia probably
lost 90,000, Latvia perhaps 20,000") and infobox lines ("Casualties: 3,000 killed"). They
exercise the number (words, ranges), the noun (souls, sons, lives, dead), the verb frame
(claimed, left N dead, perished, cost, fell, went down with the ship, shot dead), lists
under a heading of losses, and figures that are no casualties at all.
"""

from __future__ import annotations

import pandas as pd
import pytest

from karabakh_nb.casualties import extract_casualties

_U = "unspecified"

CASES: list[tuple[str, list[tuple[str, str, int, str]]]] = [
    # verb frames
    ("The epidemic claimed 4,000 lives in the Estonian army.",
     [("Estonia", "military", 4000, "exact")]),
    ("The fighting claimed the lives of 3,200 civilians.", [(_U, "civilian", 3200, "exact")]),
    ("The storming of the fort left 600 dead and 900 wounded.",
     [(_U, _U, 600, "exact"), (_U, "wounded", 900, "exact")]),
    ("Some 2,500 Latvian soldiers perished in the retreat.",
     [("Latvia", "military", 2500, "approx")]),
    ("The campaign cost Estonia 12,000 lives.", [("Estonia", _U, 12_000, "exact")]),
    ("Over 1,200 Latvians fell in the assault on the ridge.",
     [("Latvia", _U, 1200, "at_least")]),
    ("Latvia mourned 2,000 of its sons who fell in the war.", [("Latvia", _U, 2000, "exact")]),
    ("Some 300 sailors went down with the ship.", [(_U, "military", 300, "approx")]),
    ("Latvian troops shot dead 14 protesters.", [(_U, "civilian", 14, "exact")]),
    ("Gunmen gunned down 9 villagers at the market.", [(_U, "civilian", 9, "exact")]),
    ("The explosion killed 45 and injured 120.",
     [(_U, _U, 45, "exact"), (_U, "wounded", 120, "exact")]),
    ("More than 10,000 Estonians died of disease in the camps.",
     [("Estonia", _U, 10_000, "at_least")]),
    ("At least 150 civilians lost their lives in the shelling.",
     [(_U, "civilian", 150, "at_least")]),
    ("The battle left some 4,000 Latvian soldiers dead on the field.",
     [("Latvia", "military", 4000, "approx")]),
    ("The siege took the lives of 9,000 inhabitants.", [(_U, "civilian", 9000, "exact")]),
    ("The raid resulted in the deaths of 60 civilians.", [(_U, "civilian", 60, "exact")]),
    # a named party's losses, the noun left out, and the figures gapped after it
    ("Estonia lost 30,000 men and Latvia 18,000.",
     [("Estonia", _U, 30_000, "exact"), ("Latvia", _U, 18_000, "exact")]),
    ("Estonia probably lost 90,000, Latvia perhaps 20,000 and Lithuania about 3,000.",
     [("Estonia", _U, 90_000, "exact"), ("Latvia", _U, 20_000, "exact"),
      ("Lithuania", _U, 3000, "approx")]),
    ("Estonia lost 4,500 in the winter campaign.", [("Estonia", _U, 4500, "exact")]),
    ("The Loyalists lost 800 killed and 1,500 wounded.",
     [("Loyalists", _U, 800, "exact"), ("Loyalists", "wounded", 1500, "exact")]),
    # nouns and numbers
    ("Some 8,000 lives were lost during the siege.", [(_U, _U, 8000, "approx")]),
    ("The regiment lost 400 souls at the crossing.", [(_U, _U, 400, "exact")]),
    ("Two thousand Latvian soldiers were killed in the battle.",
     [("Latvia", "military", 2000, "exact")]),
    ("Some two thousand villagers were massacred.", [(_U, "civilian", 2000, "approx")]),
    ("Nearly three hundred men were drowned when the transport sank.",
     [(_U, _U, 300, "approx")]),
    ("Between 5,000 and 9,000 Latvians are estimated to have been killed.",
     [("Latvia", _U, 5000, "at_least"), ("Latvia", _U, 9000, "at_most")]),
    ("Between 800 and 3,000 Estonians and easterners are thought to have been killed.",
     [("Estonia", _U, 800, "at_least"), ("Estonia", _U, 3000, "at_most")]),
    ("The famine killed 9,000 males and 5,000 females.",
     [(_U, _U, 9000, "exact"), (_U, "civilian", 5000, "exact")]),
    ("About 4,000 (estimate) civilians were killed.", [(_U, "civilian", 4000, "approx")]),
    ("Estimates of the dead range from 3,000 to 6,000.",
     [(_U, _U, 3000, "at_least"), (_U, _U, 6000, "at_most")]),
    ("Estonian dead numbered 2,100.", [("Estonia", _U, 2100, "exact")]),
    # infobox lines and lists under a heading of losses
    ("Casualties: 3,000 killed, 5,000 wounded",
     [(_U, _U, 3000, "exact"), (_U, "wounded", 5000, "exact")]),
    ("Estonian losses: 2,300 dead, 4,100 wounded",
     [("Estonia", _U, 2300, "exact"), ("Estonia", "wounded", 4100, "exact")]),
    ("The losses were: Estonia: 5,000 soldiers, 2,000 civilians; Latvia: 3,000 soldiers.",
     [("Estonia", "military", 5000, "exact"), ("Estonia", "civilian", 2000, "exact"),
      ("Latvia", "military", 3000, "exact")]),
    ("The casualties were as follows: Estonian soldiers: 700 killed; Latvian soldiers: 450 "
     "killed.", [("Estonia", "military", 700, "exact"), ("Latvia", "military", 450, "exact")]),
    # a bare figure under a label of the list, no kind taken from the entry before
    ("The losses were: Latvia: 3,000 soldiers; Lithuania: 1,000.",
     [("Latvia", "military", 3000, "exact"), ("Lithuania", _U, 1000, "exact")]),
    ("The casualties were as follows: Estonian soldiers: 700 killed; Loyalists: 600.",
     [("Estonia", "military", 700, "exact"), ("Loyalists", _U, 600, "exact")]),
    # tolls and losses named before the figure
    ("Plausible estimates of the civilians killed in the war run from 20,000 to 35,000.",
     [(_U, "civilian", 20_000, "at_least"), (_U, "civilian", 35_000, "at_most")]),
    ("The war resulted in the estimated loss of more than 30,000 Estonians by 1921.",
     [("Estonia", _U, 30_000, "at_least")]),
    ("Estonian killed numbered 3,400.", [("Estonia", _U, 3400, "exact")]),
    ("Of the garrison, 600 were put to the sword.", [(_U, _U, 600, "exact")]),
    # the whole a sentence opens on is no casualty figure
    ("Of the 20,000 soldiers, 4,000 were killed.", [(_U, "military", 4000, "exact")]),
    # displacement
    ("About 12,000 people were forced to flee their homes.",
     [(_U, "displaced", 12_000, "approx")]),
    ("The fighting displaced 250,000 people.", [(_U, "displaced", 250_000, "exact")]),
    ("Up to 40,000 Latvians sought refuge in Estonia.",
     [("Latvia", "displaced", 40_000, "at_most")]),
    # no casualties: things lost, soldiers who fall back or into a trap, seats lost
    ("Estonia lost 326 tanks in the offensive.", []),
    ("The garrison of 5,000 soldiers fell back to the river.", []),
    ("Some 3,000 soldiers fell into an ambush near the pass.", []),
    ("The ruling party lost 40 seats in the election.", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_casualty_frame(sentence: str, expected: list[tuple[str, str, int, str]]) -> None:
    qa = pd.DataFrame({"id": ["t:1"], "question": ["What happened?"], "answer": [sentence]})
    frame = extract_casualties(qa)
    got = [tuple(r) for r in frame[["party", "category", "count", "qualifier"]].values]
    assert got == expected


def test_a_heading_of_losses_ends_at_another_heading() -> None:
    """Figures after "Strength:" are no losses, though a heading of losses came first."""
    qa = pd.DataFrame(
        {
            "id": ["t:1"],
            "question": ["What happened?"],
            "answer": ["The losses were: Estonia: 5,000 soldiers; Strength: 40,000 troops."],
        }
    )
    got = extract_casualties(qa)[["party", "count"]].values.tolist()
    assert got == [["Estonia", 5000]]
