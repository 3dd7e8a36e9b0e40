"""The category of casualty figures on unseen text, each case on an invented sentence.

Each case checks one general mechanism: a force named by its acronym, those who speak for
a force counting its own losses, the kind a list's label names.
"""

from __future__ import annotations

import pandas as pd
import pytest

from karabakh_nb.casualties import extract_casualties

_U = "unspecified"


def rows(answer: str) -> list[tuple]:
    qa = pd.DataFrame({"id": ["t:1"], "question": ["What happened?"], "answer": [answer]})
    frame = extract_casualties(qa)
    return [tuple(r) for r in frame[["party", "category", "count"]].values]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # An acronym the lexicon gives beside a force's name is that force: its losses are
        # soldiers, whatever the noun.
        ("The IDF suffered 312 fatalities.", [("Israel", "military", 312)]),
        ("The SAF suffered 312 fatalities, while the RSF lost 45 fighters.",
         [("Sudan", "military", 312), ("Rapid Support Forces", "military", 45)]),
        # An acronym of a former state's army ("Yugoslav People's Army").
        ("The YPA suffered 312 fatalities.", [("Yugoslavia", "military", 312)]),
        # A state's own name or acronym is no force: its losses are of no kind.
        ("Israel suffered 312 fatalities.", [("Israel", _U, 312)]),
        ("The USA suffered 312 fatalities.", [("United States", _U, 312)]),
        # A noun of its own still says the kind.
        ("The IDF suffered 312 civilian deaths.", [("Israel", "civilian", 312)]),
    ],
)  # fmt: skip
def test_force_acronym_losses(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # Those who speak for a force count its own losses: soldiers.
        ("French military authorities listed their losses at 2,600 dead (600 from disease) "
         "and 6,500 wounded.",
         [("France", "military", 2600), ("France", "military", 600), ("France", "wounded", 6500)]),
        ("The Latvian army put its losses at 2,600 dead.", [("Latvia", "military", 2600)]),
        # A state counting its losses says nothing of their kind.
        ("Latvia put its losses at 2,600 dead.", [("Latvia", _U, 2600)]),
    ],
)  # fmt: skip
def test_own_losses_of_a_force(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A list's label names the kind of the bare figure after it.
        ("Estonian Rebel forces: 3,800 killed", [(_U, "military", 3800)]),
        ("The casualties were as follows: women and children in the camps: 2,370; "
         "villagers: 1,200.",
         [(_U, "civilian", 2370), (_U, "civilian", 1200)]),
    ],
)  # fmt: skip
def test_label_kind(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "others" are of the kind of the casualties counted before them...
        ("22 Latvian soldiers were killed while 23 others died.",
         [("Latvia", "military", 22), ("Latvia", "military", 23)]),
        # ...not of people counted before who are no casualties (the survivors).
        ("Nine passengers and one crew member survived the crash, but 33 others died.",
         [(_U, _U, 33)]),
    ],
)  # fmt: skip
def test_others_after_survivors(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A bare toll noun in a list item is of the kind the item's label names...
        ("Latvian soldiers: 7,292 killed, 1,250 deaths from disease; Estonians: 600.",
         [("Latvia", "military", 7292), ("Latvia", "military", 1250)]),
        # ...not of the kind an earlier figure's own noun names.
        ("Casualties: 300 soldiers killed, 1,250 deaths from disease.",
         [(_U, "military", 300), (_U, _U, 1250)]),
    ],
)  # fmt: skip
def test_bare_toll_in_a_labelled_item(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "men, women and children" is one noun phrase of civilians.
        ("Raiders killed sixty-two men, women and children in the hamlet.",
         [("unspecified", "civilian", 62)]),
        # A colour or age before the noun, and missionaries, are civilians' words.
        ("Only 41 white settlers were killed in the whole war.", [("unspecified", "civilian", 41)]),
        ("The uprising cost the lives of 90 adult missionaries.",
         [("unspecified", "civilian", 90)]),
        # Men alone say no kind.
        ("Some 300 men were killed.", [("unspecified", "unspecified", 300)]),
    ],
)  # fmt: skip
def test_civilian_noun_phrases(answer, expected):
    assert [r[:3] for r in rows(answer)] == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A list of nouns is one noun phrase, of one kind only when every noun is.
        ("Some 900 Estonian soldiers, marines and sailors died in the war.",
         [("Estonia", "military", 900)]),
        ("They killed 255 soldiers, civilians and children.",
         [("unspecified", "unspecified", 255)]),
        # Camps are places, not people.
        ("There are 12 refugee camps holding about 90,000 refugees.",
         [("unspecified", "displaced", 90000)]),
    ],
)  # fmt: skip
def test_noun_lists_and_camps(answer, expected):
    assert [r[:3] for r in rows(answer)] == expected


def test_the_day_of_a_date_is_no_figure():
    found = rows("Casualties and losses 4 soldiers killed 9 civilians wounded The 12 March 1971"
                 " raids opened the war.")  # fmt: skip
    assert found == [("unspecified", "military", 4), ("unspecified", "wounded", 9)]
