"""Sides named by a capitalised plural the lexicon does not know (karabakh_nb.named_plurals)."""

from karabakh_nb.entities import find_entities
from karabakh_nb.named_plurals import is_plural_side


def sides(text: str) -> list[str]:
    return [e.name for e in find_entities(text) if e.kind == "side"]


def test_a_capitalised_plural_after_the_is_a_side():
    assert sides("Mexico backed the Republicans against the Nationalists.") == [
        "Republicans",
        "Nationalists",
    ]
    assert sides("The Loyalists fought on.") == ["Loyalists"]


def test_a_plural_that_names_no_side_or_a_known_name_is_left_alone():
    assert sides("The Balkans and the Olympics were far away.") == []
    # lower case, or the first word of a longer name: not this mechanism's
    assert sides("Mexico backed the loyalists.") == []
    assert "Nationalists" not in sides("the Nationalists Party won.")
    # a people or state the lexicon knows stays what it is
    assert [e.kind for e in find_entities("the Armenians")] != ["side"]


def test_a_plural_side_is_weaker_than_a_proper_name():
    assert is_plural_side("Insurgents")
    assert not is_plural_side("Loyalists")  # a faction the lexicon knows (factions.txt)
    assert not is_plural_side("Hamas")
    assert not is_plural_side("Balkans")


def test_a_file_takes_its_proper_side_over_a_plural_one():
    import pandas as pd

    import karabakh_nb as kn

    answers = [
        "Ghana fought the Sylvanian Liberation Front.",
        "Ghana fought the Sylvanian Liberation Front in 1990.",
        "Ghana fought the Communists.",
        "Ghana fought the Communists in 1991.",
        "Ghana fought the Communists in 1992.",
        "Peace talks were mediated by the UN.",
    ]
    qa = pd.DataFrame(
        {
            "id": [f"f:{i}" for i in range(len(answers))],
            "question": [""] * len(answers),
            "answer": answers,
            "source": ["f"] * len(answers),
        }
    )
    table = kn.extract(qa, "alliances")
    mediated = set(table.loc[table["relation"] == "mediator", "b"])
    assert mediated == {"Ghana", "Sylvanian Liberation Front"}
