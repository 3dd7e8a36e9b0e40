"""Whose losses a frame around a figure names when its noun phrase does not (made up).

Each case is one invented sentence about a made-up war between real states: the rule
is general, not read from a corpus file.
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
        # A toll "of" a party, then its verb.
        ("The losses of Estonia were 4,000 killed.", [("Estonia", "unspecified", 4000)]),
        ("The losses of the Estonian army were 4,000 killed and 900 wounded.",
         [("Estonia", "military", 4000), ("Estonia", "wounded", 900)]),
        # The country a cost fell on is the possessor opening the sentence.
        ("Estonia's four-year campaign in Latvia cost the country at least 150 lives.",
         [("Estonia", "unspecified", 150)]),
    ],
)  # fmt: skip
def test_a_frame_names_whose_losses(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    "answer",
    [
        # Another party named between the frame and the figure, or two in the frame.
        "The losses of Estonia and Latvia were 4,000 killed.",
        "The losses of Estonia were heavy; Latvia says 4,000 were killed.",
        # A cost with no possessor opening the sentence.
        "The campaign in Latvia cost the country at least 150 lives.",
    ],
)
def test_a_frame_of_no_one_party_names_no_one(answer):
    assert [r[0] for r in rows(answer)] == ["unspecified"]


def test_a_figure_label_names_no_owner():
    # "official X figure:" gives what X counted, not X's own people.
    found = rows("The casualties were: Latvian soldiers: 700 killed; camp inmates: over 2,000"
                 " (official Estonian figure: 1,500).")  # fmt: skip
    assert found == [
        ("Latvia", "military", 700),
        ("unspecified", "unspecified", 2000),
        ("unspecified", "unspecified", 1500),
    ]


def test_a_commentators_demonym_owns_no_losses():
    answer = ("The war, as Swedish historian Lars Berg described it, took the lives of nearly"
              " 100,000 of their citizens.")  # fmt: skip
    assert rows(answer) == [("unspecified", "unspecified", 100000)]
    answer = "The war, as Swedish officials described it, took the lives of 400 of their soldiers."
    assert rows(answer) == [("Sweden", "military", 400)]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A government reporting in a clause of its own gives its own losses.
        ("The first estimate given by Swedish observers was 900 killed, while the current"
         " Latvian government cites an estimate of 40,000 killed.",
         [("unspecified", "unspecified", 900), ("Latvia", "unspecified", 40000)]),
        # Not the toll spoken of before ("estimated it at"), nor a clause naming another party.
        ("Swedish sources later put the toll at 90,000 dead, while Latvian officials"
         " estimated it at 35,000.",
         [("unspecified", "unspecified", 90000), ("unspecified", "unspecified", 35000)]),
        ("Swedish observers counted 900 dead, while Latvian officials say 4,000 Estonian"
         " soldiers died.",
         [("unspecified", "unspecified", 900), ("Estonia", "military", 4000)]),
    ],
)  # fmt: skip
def test_a_clauses_own_reporter_gives_its_losses(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # Where displaced people are is not whose they are; where they come from is.
        ("There are almost 400,000 displaced persons inside Latvia or in nearby states.",
         [("unspecified", "displaced", 400000)]),
        ("About 180,000 have left their homes within Latvia.",
         [("unspecified", "displaced", 180000)]),
        ("About 180,000 refugees from Latvia reached Sweden.", [("Latvia", "displaced", 180000)]),
    ],
)  # fmt: skip
def test_displaced_within_a_state_are_not_named_its(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # People of no party that a noun names are not those of the state they left.
        ("When the war ended a million European settlers fled Latvia.",
         [("unspecified", "displaced", 1000000)]),
        ("Some 400,000 foreign workers fled Latvia.", [("unspecified", "displaced", 400000)]),
        ("A million people fled Latvia.", [("Latvia", "displaced", 1000000)]),
    ],
)  # fmt: skip
def test_people_of_no_party_are_not_the_states_they_left(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # The figures or count of a party's losses are its losses.
        ("Estonia's casualty figures were 4,000 dead.", [("Estonia", "unspecified", 4000)]),
        ("The Latvian death count stood at 4,000.", [("Latvia", "unspecified", 4000)]),
    ],
)  # fmt: skip
def test_a_partys_casualty_count_is_its_losses(answer, expected):
    assert rows(answer) == expected


def test_more_dead_of_fighting_between_two_parties_are_of_neither():
    found = rows("Some 4,000 Estonians were killed in the war. In Sweden, an additional 900 died"
                 " in street fights between Estonian and Latvian gangs.")  # fmt: skip
    assert found == [("Estonia", "unspecified", 4000), ("unspecified", "unspecified", 900)]
    found = rows("Some 4,000 Estonians were killed in the war. An additional 900 died in exile.")
    assert found == [("Estonia", "unspecified", 4000), ("Estonia", "unspecified", 900)]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "the side of X" names a side as "the X side" does.
        ("On the side of the Estonians, 700 died in action, while 2,100 were wounded.",
         [("Estonia", "military", 700), ("Estonia", "wounded", 2100)]),
        ("The truce failed, and on the side of Latvia 500 were killed.",
         [("Latvia", "unspecified", 500)]),
        ("On the Estonian side, 700 died in action.", [("Estonia", "military", 700)]),
    ],
)  # fmt: skip
def test_the_side_of_a_party_names_whose_losses(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A party's singular loss "was" its amount: its losses.
        ("The Latvian loss was only 12 killed and 40 wounded.",
         [("Latvia", "unspecified", 12), ("Latvia", "wounded", 40)]),
        # Not a loss that is no amount, before a figure of another clause.
        ("The Latvian loss was heavy, and 300 people died in the capital.",
         [("unspecified", "unspecified", 300)]),
    ],
)  # fmt: skip
def test_a_partys_loss_was_its_amount(answer, expected):
    assert rows(answer) == expected


def test_the_losses_of_a_unit_are_soldiers():
    found = rows("The casualties of the Latvian garrison came to 9 killed and 30 wounded.")
    assert found == [("Latvia", "military", 9), ("Latvia", "wounded", 30)]


def test_people_of_unknown_affiliation_are_counted():
    found = rows("In May, 14 civilians and 38 individuals of unknown affiliation were killed.")
    assert found == [("unspecified", "civilian", 14), ("unspecified", "unspecified", 38)]
