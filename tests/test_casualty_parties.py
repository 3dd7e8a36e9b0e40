"""Whose people a casualty figure counts, read from the figure's own sentence (made up).

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
    return [tuple(r) for r in frame[["party", "category", "count", "qualifier"]].values]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A force named before a noun of its losses owns them, past its acronym: soldiers.
        ("The Estonian Defence Forces (EDF) death toll ranges from 40 to 45.",
         [("Estonia", "military", 40, "at_least"), ("Estonia", "military", 45, "at_most")]),
        ("The Latvian Army death toll was 300.", [("Latvia", "military", 300, "exact")]),
        # A force's acronym before a toll noun: its losses, soldiers.
        ("IDF casualties numbered 312.", [("Israel", "military", 312, "exact")]),
        # A state's own casualties keep their kind.
        ("Latvian deaths numbered 300.", [("Latvia", "unspecified", 300, "exact")]),
    ],
)  # fmt: skip
def test_a_force_owns_its_losses(answer, expected):
    assert rows(answer) == expected


def test_a_regions_fighters_are_its_sides():
    found = rows("The number of Chechen military deaths was 900, and of Chechen civilian"
                 " deaths 4,000.")  # fmt: skip
    assert found[0] == ("Ichkeria", "military", 900, "exact")


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A bare figure after a conjunction, with at most a place or a time after it,
        # repeats the predicate of the figure before it.
        ("There were 4,000 refugees in Estonia and 2,000 in Latvia.",
         [("unspecified", "displaced", 4000, "exact"),
          ("unspecified", "displaced", 2000, "exact")]),
        ("Some 900 people were killed this year, compared to 1,200 in 1990.",
         [("unspecified", "unspecified", 900, "approx"),
          ("unspecified", "unspecified", 1200, "exact")]),
        ("300 became refugees in Estonia, and another 700 in Latvia (UNHCR, 1999).",
         [("unspecified", "displaced", 300, "exact"),
          ("unspecified", "displaced", 700, "exact")]),
        # Not when something else is counted, or the number is in a figure of its own.
        ("The war killed 300 people and destroyed 20 villages.",
         [("unspecified", "unspecified", 300, "exact")]),
        ("17 soldiers were killed, aged between 20 and 30.",
         [("unspecified", "military", 17, "exact")]),
        ("30 soldiers died and 5 in the town were wounded.",
         [("unspecified", "military", 30, "exact")]),
    ],
)  # fmt: skip
def test_a_figure_whose_predicate_is_left_out(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "of X's soldiers", "soldiers from X": whose the people are.
        ("About 300 of Estonia's soldiers were killed.", [("Estonia", "military", 300, "approx")]),
        ("About 300 soldiers from Estonia were killed.", [("Estonia", "military", 300, "approx")]),
        # The whole in the noun phrase is no figure of its own.
        ("300 of the 5,000 soldiers were killed.", [("unspecified", "military", 300, "exact")]),
        ("About 300 of Estonia's 5,000 soldiers were killed.",
         [("Estonia", "military", 300, "approx")]),
    ],
)  # fmt: skip
def test_whose_the_noun_phrase_says(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A side named after the casualty verb, or opening the sentence.
        ("About 300 people died on the Estonian side.",
         [("Estonia", "unspecified", 300, "approx")]),
        ("On the Latvian side, 300 soldiers were killed.",
         [("Latvia", "military", 300, "exact")]),
        # A figure-like year opening a sentence on its casualty verb is a count.
        ("1300 died on the Estonian side.", [("Estonia", "unspecified", 1300, "exact")]),
        # "on each side": one figure for each of the two parties named before it.
        ("Estonia and Latvia suffered heavy casualties, including about 10,000 dead on each"
         " side.",
         [("Estonia", "unspecified", 10000, "approx"), ("Latvia", "unspecified", 10000, "approx")]),
        ("Upward of 4,000 civilians on each side were injured.",
         [("unspecified", "wounded", 4000, "at_least")]),
    ],
)  # fmt: skip
def test_a_side_named_for_the_figure(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # Person nouns of the lexicon: police are a force, workers and hostages civilians,
        # members and prisoners people, deportees displaced.
        ("About 40 police were killed.", [("unspecified", "military", 40, "approx")]),
        ("Some 12 workers and 3 hostages died.",
         [("unspecified", "civilian", 12, "approx"), ("unspecified", "civilian", 3, "approx")]),
        ("At least 30 members of the Estonian army were killed.",
         [("Estonia", "unspecified", 30, "at_least")]),
        ("About 900 prisoners died.", [("unspecified", "unspecified", 900, "approx")]),
        ("About 9,000 deportees were counted.",
         [("unspecified", "displaced", 9000, "approx")]),
    ],
)  # fmt: skip
def test_person_nouns(answer, expected):
    assert rows(answer) == expected


def test_a_force_after_of_does_not_end_the_place_before_the_verb():
    assert rows("At least 30 soldiers of the Estonian army were killed.") == [
        ("Estonia", "military", 30, "at_least")
    ]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # Casualty verbs: "gave their lives", "succumbed to their wounds" (killed); "lost
        # their homes", "forced ... from their homes", "sought refuge" (displaced); a bare
        # figure's verb after "reported" / "confirmed".
        ("Some 300 soldiers gave their lives.", [("unspecified", "military", 300, "approx")]),
        ("About 30 soldiers succumbed to their wounds.",
         [("unspecified", "military", 30, "approx")]),
        ("About 300 people lost their homes.", [("unspecified", "displaced", 300, "approx")]),
        ("The war forced 2 million people from their homes.",
         [("unspecified", "displaced", 2000000, "exact")]),
        ("About 40,000 sought refuge in Latvia.", [("unspecified", "displaced", 40000, "approx")]),
        ("Some 300 were reported dead.", [("unspecified", "unspecified", 300, "approx")]),
        # Taking refuge somewhere is not being displaced: the deaths stay deaths.
        ("A strike caused the deaths of 200 civilians, who were taking refuge there.",
         [("unspecified", "civilian", 200, "exact")]),
    ],
)  # fmt: skip
def test_casualty_verbs(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A relative clause between the noun phrase and its verb, ended by an auxiliary.
        ("Eight soldiers who were part of the patrol are still missing.",
         [("unspecified", "missing", 8, "exact")]),
        ("About 300 civilians who had taken shelter in the school were killed.",
         [("unspecified", "civilian", 300, "approx")]),
        # The people of the relative clause killed others: they are not the killed.
        ("About 300 soldiers who fought in the town killed 20 civilians.",
         [("unspecified", "civilian", 20, "exact")]),
    ],
)  # fmt: skip
def test_a_relative_clause_before_the_verb(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A pronoun owner ("It lost", "its soldiers") is the one party the sentence before
        # names; with two named there it stays unknown.
        ("Estonia entered the war in 1990. It lost 300 soldiers in the first month.",
         [("Estonia", "military", 300, "exact")]),
        ("Estonia entered the war. About 300 of its soldiers were killed.",
         [("Estonia", "military", 300, "approx")]),
        ("Estonia fought Latvia. It lost 300 soldiers.",
         [("unspecified", "military", 300, "exact")]),
    ],
)  # fmt: skip
def test_a_pronoun_owner_named_the_sentence_before(answer, expected):
    assert rows(answer) == expected


def test_war_dead():
    assert rows("The figure is far below the million war dead often cited.") == [
        ("unspecified", "unspecified", 1_000_000, "exact")
    ]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A party labelling the figure right before it: a possessive, a colon.
        ("Estonia's 300 dead were buried.", [("Estonia", "unspecified", 300, "exact")]),
        ("Estonia: 300 killed, 500 wounded.",
         [("Estonia", "unspecified", 300, "exact"), ("Estonia", "wounded", 500, "exact")]),
        # A name with nothing between it and the figure labels nothing.
        ("Fighting in Estonia 300 soldiers were killed.",
         [("unspecified", "military", 300, "exact")]),
    ],
)  # fmt: skip
def test_a_party_labelling_a_figure(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "X had N killed", "X had N casualties": the subject's own, as with "lost".
        ("Estonia had 255 killed and 777 wounded.",
         [("Estonia", "unspecified", 255, "exact"), ("Estonia", "wounded", 777, "exact")]),
        ("Estonia had 300 casualties.", [("Estonia", "unspecified", 300, "exact")]),
        # Not people it had that were then killed.
        ("Estonia had 3,000 soldiers there, and 300 were killed.",
         [("unspecified", "military", 300, "exact")]),
    ],
)  # fmt: skip
def test_a_subject_that_had_the_casualties(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "respectively" pairs figures with the names before them, in order.
        ("Estonia and Latvia lost 300 and 500 soldiers respectively.",
         [("Estonia", "military", 300, "exact"), ("Latvia", "military", 500, "exact")]),
        ("Estonia and Latvia lost 300 soldiers and 500 civilians, respectively.",
         [("Estonia", "military", 300, "exact"), ("Latvia", "civilian", 500, "exact")]),
        # With fewer names than figures, no pairs: the subject's, as with "lost".
        ("Estonia lost 300 and 500 soldiers respectively in the two battles.",
         [("Estonia", "military", 300, "exact"), ("Estonia", "military", 500, "exact")]),
    ],
)  # fmt: skip
def test_respectively(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A state's own government gives its own losses.
        ("The Estonian defence ministry reported that 20 civilians were killed.",
         [("Estonia", "civilian", 20, "exact")]),
        ("Latvia has acknowledged 10 killed.", [("Latvia", "unspecified", 10, "exact")]),
        # A body merely named after the state is a witness, not the owner.
        ("The Estonia Body Count project documents 1,200 civilian deaths.",
         [("unspecified", "civilian", 1200, "exact")]),
        # Refugees a government reports are the ones it hosts, not its own people.
        ("The Latvian government reported that 40,000 refugees had arrived.",
         [("unspecified", "displaced", 40000, "exact")]),
    ],
)  # fmt: skip
def test_a_reporting_government_owns_only_its_own_losses(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A noun repeated bare in a list of clauses counts the same people as before.
        ("88 people from Latvia were killed, 83 people were missing, 148 people were injured.",
         [("Latvia", "unspecified", 88, "exact"), ("Latvia", "missing", 83, "exact"),
          ("Latvia", "wounded", 148, "exact")]),
        # Another party named in between takes over.
        ("88 people from Latvia were killed, 83 people from Estonia were missing.",
         [("Latvia", "unspecified", 88, "exact"), ("Estonia", "missing", 83, "exact")]),
        # An elided figure after the first one's own "from X" is X's too.
        ("300 soldiers from Estonia died and 500 were wounded.",
         [("Estonia", "military", 300, "exact"), ("Estonia", "wounded", 500, "exact")]),
    ],
)  # fmt: skip
def test_a_repeated_noun_keeps_the_party(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A verb of suffering before the losses' noun leaves room for two more words.
        ("Latvia suffered far greater losses, with estimates of 12,000 to 15,000 soldiers killed.",
         [("Latvia", "military", 12000, "at_least"), ("Latvia", "military", 15000, "at_most")]),
        # Not a name that is no subject of the losses.
        ("Troops entered Latvia after far greater losses, with 12,000 soldiers killed.",
         [("unspecified", "military", 12000, "exact")]),
    ],
)  # fmt: skip
def test_a_state_that_sustained_losses(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # Where the first figure's people fled to is no other party for the figure after.
        ("Nearly 2 million Estonians have fled to Latvia and Finland; more than 1 million "
         "others are displaced within their country.",
         [("Estonia", "displaced", 2_000_000, "approx"),
          ("Estonia", "displaced", 1_000_000, "at_least")]),
        # A party named otherwise still breaks the link (refugees Latvia reports are hosted).
        ("Nearly 2 million Estonians have fled, while Latvia says 1 million others are displaced.",
         [("Estonia", "displaced", 2_000_000, "approx"),
          ("unspecified", "displaced", 1_000_000, "exact")]),
    ],
)  # fmt: skip
def test_where_people_fled_is_not_whose_they_are(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A government's figure of rebels or of the enemy is not of its own people.
        ("Estonian officials said 200 rebels were killed.",
         [("unspecified", "military", 200, "exact")]),
        ("Estonian officials said 200 enemy soldiers were killed.",
         [("unspecified", "military", 200, "exact")]),
        # Its own soldiers stay its own.
        ("Estonian officials said 200 soldiers were killed.",
         [("Estonia", "military", 200, "exact")]),
    ],
)  # fmt: skip
def test_a_government_reporting_its_enemies(answer, expected):
    assert rows(answer) == expected


def test_a_total_label_covers_all_sides():
    # "Total:" after one side's figure opens a figure of everyone, of no kind before it.
    assert rows("Latvia: 2,000 soldiers killed Total: 14,000 killed overall") == [
        ("Latvia", "military", 2000, "exact"),
        ("unspecified", "unspecified", 14000, "exact"),
    ]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A name's figure in a parenthesis is that name's, item by item.
        ("Estonia (4,000 killed) and Latvia (2,000 killed) suffered heavy losses.",
         [("Estonia", "unspecified", 4000, "exact"), ("Latvia", "unspecified", 2000, "exact")]),
        ("The war cost Finland (1,200 killed) and Sweden (800 killed) dearly.",
         [("Finland", "unspecified", 1200, "exact"), ("Sweden", "unspecified", 800, "exact")]),
    ],
)  # fmt: skip
def test_a_figure_in_a_names_parenthesis_is_that_names(answer, expected):
    assert rows(answer) == expected


def test_soldiers_of_two_parties_side_by_side_are_of_neither():
    # ANNOTATING: a figure covering two sides is one row of party unspecified, both listed.
    answer = "About 300 Russian and Ukrainian soldiers were killed."
    qa = pd.DataFrame({"id": ["t:1"], "question": ["?"], "answer": [answer]})
    frame = extract_casualties(qa)
    assert frame["party"].tolist() == ["unspecified"]
    assert frame["parties"].tolist() == [["Russia", "Ukraine"]]
    # A people of a state ("Iraqi Kurds") names one party, the people.
    assert rows("About 2 million Iraqi Kurds fled.")[0][0] == "Kurds"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # Plain people opening the next sentence, which names no one, are the side's.
        ("About 3,000 people died on the Estonian side. 1,500 soldiers died in combat.",
         [("Estonia", "unspecified", 3000, "approx"), ("Estonia", "military", 1500, "exact")]),
        # Not a group of their own, nor after a sentence of two parties' figures.
        ("About 3,000 people died on the Estonian side. 1,500 Christians died in combat.",
         [("Estonia", "unspecified", 3000, "approx"),
          ("unspecified", "civilian", 1500, "exact")]),
        ("Estonia lost 300 soldiers and Latvia 200. 1,500 civilians died in the war.",
         [("Estonia", "military", 300, "exact"), ("Latvia", "military", 200, "exact"),
          ("unspecified", "civilian", 1500, "exact")]),
        # Nor a figure after a subject of its own.
        ("About 3,000 people died on the Estonian side. Other states lost 150 soldiers.",
         [("Estonia", "unspecified", 3000, "approx"), ("unspecified", "military", 150, "exact")]),
    ],
)  # fmt: skip
def test_plain_people_of_the_next_sentence_are_the_sides_named_before(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # Refugees a host "has" right after one party's refugees are those refugees' party.
        ("Some 100,000 Estonian refugees fled. Finland, for example, has 45,000 refugees.",
         [("Estonia", "displaced", 100000, "approx"), ("Estonia", "displaced", 45000, "exact")]),
        # A host alone says not whose they are.
        ("Finland has 45,000 refugees.", [("unspecified", "displaced", 45000, "exact")]),
        # Nor after a sentence of two parties' refugees.
        ("Some 100,000 Estonian and 50,000 Latvian refugees fled. Finland has 45,000 refugees.",
         [("Estonia", "displaced", 100000, "approx"), ("Latvia", "displaced", 50000, "approx"),
          ("unspecified", "displaced", 45000, "exact")]),
    ],
)  # fmt: skip
def test_refugees_a_host_has_are_those_counted_before(answer, expected):
    assert rows(answer) == expected
