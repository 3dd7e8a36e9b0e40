"""The shared annotation layer: polarity reaches all four tables."""

import pandas as pd
import pytest

import karabakh_nb as kn
from karabakh_nb.annotate import annotate
from karabakh_nb.annotate.polarity import scopes


def _qa(answer: str, question: str = "What happened?") -> pd.DataFrame:
    return pd.DataFrame(
        [{"id": "t:1", "source": "t.txt", "line": 1, "question": question, "answer": answer,
          "snippet": None, "raw": answer, "flags": []}]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "anchor", "polarity"),
    [
        ("The ceasefire was not signed in 1994.", "1994", "negated"),
        ("The ceasefire wasn't signed in 1994.", "1994", "negated"),
        ("Officials denied that 300 civilians died.", "300", "denied"),
        ("If 300 soldiers died, the war would end.", "300", "conditional"),
        ("Did 300 soldiers die in 1994?", "300", "question"),
        ("Three months later, the dust has not settled.", "Three", "affirmed"),
        ("The war did not end until 1994.", "1994", "affirmed"),
        ("Azerbaijan lost no fewer than 300 soldiers.", "300", "affirmed"),
        ("The army was not deployed; 300 soldiers died in 1994.", "300", "affirmed"),
        ("More than 6 million people fled, and 3 million are displaced?", "3", "affirmed"),
        # a cue inside commas stops at the closing one; "No." of a number; "not long"
        ("Freedonia, which had no army, lost 300 soldiers.", "300", "affirmed"),
        ("Freedonia, which had no army, lost 300 soldiers.", "army", "negated"),
        ("Resolution No. 822 counted 300 refugees.", "300", "affirmed"),
        ("Not long after, 300 soldiers died.", "300", "affirmed"),
        ("No vote was held since the war ended in 1994.", "1994", "affirmed"),
        ("No vote was held since 1994.", "1994", "negated"),
        # a modal perfect makes its subject hypothetical, not the clause a relative word opens
        ("Had the army advanced, 10,000 soldiers might have died.", "10,000", "conditional"),
        ("Latvia feared that 900 soldiers could have been killed.", "900", "conditional"),
        ("Latvia feared that 900 soldiers could have been killed.", "Latvia", "affirmed"),
        ("300 soldiers died in a battle that could have been avoided.", "300", "affirmed"),
    ],
)
def test_polarity_of_a_position(sentence, anchor, polarity):
    note = annotate(sentence).sentences[0]
    assert note.polarity(sentence.index(anchor)) == polarity
    assert scopes(sentence) == note.scopes


def test_passage_is_computed_once_per_text():
    text = "In 1994 a ceasefire was signed. 300 soldiers died."
    assert annotate(text) is annotate(text)
    assert [s.text for s in annotate(text).sentences] == [
        "In 1994 a ceasefire was signed.",
        "300 soldiers died.",
    ]


def test_casualties_respect_polarity():
    affirmed = kn.extract(_qa("Officials said that 300 civilians died."), "casualties")
    assert affirmed["count"].tolist() == [300]
    for text in (
        "Officials denied that 300 civilians died.",
        "Did 300 civilians die in the war?",
        "Georgia has not confirmed that 300 civilians died.",
    ):
        assert kn.extract(_qa(text), "casualties").empty, text


def test_timeline_respects_polarity():
    assert kn.extract(_qa("The ceasefire was signed in 1994."), "timeline")["date"].tolist() == [
        "1994"
    ]
    assert kn.extract(_qa("The ceasefire was not signed in 1994."), "timeline").empty
    assert kn.extract(_qa("Russia denied that talks began in March 1994."), "timeline").empty


def test_demographics_respect_polarity():
    stated = kn.extract(
        _qa("In 1989, 85% of the population of Georgia was Orthodox."), "demographics"
    )
    assert stated["value"].tolist() == [85]
    denied = "Officials denied that 85% of the population of Georgia was Orthodox in 1989."
    assert kn.extract(_qa(denied), "demographics").empty


def test_alliances_respect_polarity():
    assert kn.extract(_qa("Georgia is a member of NATO."), "alliances")["relation"].tolist() == [
        "member"
    ]
    assert kn.extract(_qa("Georgia is not a member of NATO."), "alliances").empty


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # Scraped text opens sentences in lower case: a plain word or number ends one.
        (
            "The war ended in 1979. tensions peaked in May.",
            ["The war ended in 1979.", "tensions peaked in May."],
        ),
        ("Refugees fled. some returned.", ["Refugees fled.", "some returned."]),
        # An abbreviation before a lower-case word does not.
        ("It cost approx. 30 lives.", ["It cost approx. 30 lives."]),
        ("Losses, incl. the wounded, rose.", ["Losses, incl. the wounded, rose."]),
        ("The U.S. troops left at 6 p.m. and came back.", None),
        # A qualifier's stop before its figure does not ("c. 10,000", "est. 3,000").
        ("Estonia: c. 10,000 killed, est. 3,000 wounded.", None),
        ("The war ended c. 1990. Then 300 died.", ["The war ended c. 1990.", "Then 300 died."]),
        # The word before a stop runs back to any space, a non-breaking one too.
        ("It cost\u00a0approx. 30 lives.", ["It cost\u00a0approx. 30 lives."]),
        ("Sylvania fled\u00a0. some returned.", ["Sylvania fled\u00a0.", "some returned."]),
        ("Gen. Ruritan led the army.", None),
    ],
)
def test_sentences_open_in_lower_case(passage, expected):
    from karabakh_nb.text import sentences

    assert [s.text for s in sentences(passage)] == (expected or [passage])


def test_a_sentences_mentions_are_read_once_and_kept():
    note = annotate("Freedonia lost 300 soldiers.").sentences[0]
    assert note.entities is note.entities  # kept in the sentence, not found again
    assert "entities" in vars(note)
    assert [n.value for n in note.numbers] == [300]
