"""Alliance readings added in round 25: side lists, acronyms defined in brackets, new forms."""

import pytest

from karabakh_nb.alliances import relations_in


def _rows(answer: str) -> set[tuple[str, str, str]]:
    return {(a, b, relation) for a, b, relation, _ in relations_in(answer)}


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "between A and two Hausa states, B and C": the counted ones are one side
        (
            "The war was fought between Ghana and two Hausa states, Togo and Mali.",
            {("Ghana", "Togo", "adversary"), ("Ghana", "Mali", "adversary")},
        ),
        # a war "fought in X between ...": the place does not end the war's words
        (
            "The Emergency was a guerrilla war fought in Ghana between the rebels of Hamas"
            " and the forces of Togo.",
            {("Hamas", "Togo", "adversary")},
        ),
        # "and the military forces of the X, the Y and Z": one side against a list
        (
            "It was a war between the fighters of Hamas and the armed forces of the"
            " United Kingdom, Ghana and Benin.",
            {
                ("Hamas", "United Kingdom", "adversary"),
                ("Ghana", "Hamas", "adversary"),
                ("Benin", "Hamas", "adversary"),
            },
        ),
    ],
)
def test_sides_after_between(answer: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _rows(answer)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "ADF" and "PRC" name others in the lexicon; here each spells the name before it
        (
            "The war was fought between the Ambazonia Defence Forces (ADF) and the forces of"
            " Ghana.",
            {("Ambazonia", "Ghana", "adversary")},
        ),
        (
            "Fighting broke out between the Popular Resistance Committees (PRC) and Hamas.",
            {("Hamas", "Popular Resistance Committees", "adversary")},
        ),
    ],
)
def test_an_acronym_in_brackets_is_the_name_it_spells(
    answer: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a raid on Y; taking part in a war's act is waging it
        ("Ghanaian planes took part in a bombing raid on Togo.", {("Ghana", "Togo", "adversary")}),
        ("In 1986 Ghana took part in the invasion of Togo.", {("Ghana", "Togo", "adversary")}),
        # "had begun its invasion of Y": a verb of launching
        (
            "Two days after Ghana had begun its invasion of Togo, the rains came.",
            {("Ghana", "Togo", "adversary")},
        ),
        # where the planes were based is no party of the raid
        (
            "In 1986 Ghanaian planes based in Benin took part in an air raid on Togo.",
            {("Ghana", "Togo", "adversary")},
        ),
        # troops occupying Y's capital
        (
            "With the war over and Ghanaian troops occupying the Togolese capital, talks began.",
            {("Ghana", "Togo", "adversary")},
        ),
    ],
)
def test_raids_and_occupying(answer: str, expected: set[tuple[str, str, str]]) -> None:
    assert _rows(answer) == expected


def test_northern_ireland_is_no_ireland() -> None:
    # a part of the United Kingdom, no form of the Irish state
    rows = _rows("Irish Republican Army units fought British troops in Northern Ireland.")
    assert not any("Ireland" in (a, b) for a, b, _ in rows)
    from karabakh_nb.entities import find_entities

    names = {e.party or e.name for e in find_entities("The march in Northern Ireland's capital.")}
    assert "Ireland" not in names


def test_a_states_militias_are_not_the_state() -> None:
    # "Togolese militias" fight for a side named after Togo, not for the state
    assert _rows("Togolese militias, supported by Ghana, attacked the town.") == set()
    from karabakh_nb.rules.engine import apply_rules

    assert apply_rules("alliances", "f:1", "Togolese militias, supported by Ghana, attacked.") == []


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # an aside naming the side's parent body does not end the side: its backers follow
        (
            "The war was fought between Ghana, backed by Mali, and Hamas, the armed wing of"
            " the Togolese Islamic Front (TIF), backed by Benin and Niger.",
            {
                ("Mali", "Ghana", "ally"),
                ("Benin", "Hamas", "ally"),
                ("Niger", "Hamas", "ally"),
                ("Ghana", "Hamas", "adversary"),
            },
        ),
        # a side's acronym in brackets does not end the side either
        (
            "The war was fought between Ghana, backed by Mali, and the Popular Resistance"
            " Committees (PRC), backed by Benin.",
            {
                ("Mali", "Ghana", "ally"),
                ("Benin", "Popular Resistance Committees", "ally"),
                ("Ghana", "Popular Resistance Committees", "adversary"),
            },
        ),
    ],
)
def test_asides_inside_the_sides_of_a_war(answer: str, expected: set[tuple[str, str, str]]) -> None:
    assert _rows(answer) == expected
