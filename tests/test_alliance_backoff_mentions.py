"""Names the backoff reader takes as no party, and pairs of names it relates by no clause."""

import pytest

from karabakh_nb.alliances._backoff import backoff_rows


def _backoff(answer: str) -> list[tuple[str, str, str]]:
    return [(r["a"], r["b"], r["relation"]) for r in backoff_rows("f:1", answer, set())]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a demonym naming the war that frames the sentence is no belligerent
        ("The siege wore down the Bolivian army and was a turning point in the Chilean war.", []),
        ("Peruvian volunteers took part in the Chilean civil war.", []),
        # ... but a demonym waging a war against someone is one
        ("Thousands died in the Chilean war against Bolivia.", [("Chile", "Bolivia", "adversary")]),
        # "ethnic X" is a people, not the state X
        ("Crowds of ethnic Peruvians attacked Bolivians in the market.", []),
        # a demonym saying whose a place is, after a word of place
        ("The fighting drove thousands of Peruvians into Chilean camps.", []),
        ("Fighting raged in the former Soviet republic of Tajikistan.", []),
        ("Chilean guerrillas were captured by police in a Lima dance hall.", []),
        # a later name of the place before is no second party
        ("The war was fought in the colony of Rhodesia, today Zimbabwe.", []),
        # the power of a period is no party
        ("Syrian factions fought over seats fixed during the French mandate.", []),
        # a possessive owning the name after it: the owned one acts
        ("The leader of Lebanon's Hezbollah praised the fighters who attacked the posts.", []),
        # who is quoted is no party, nor its apposition
        (
            "Fighting has displaced thousands in war-torn Chile, according to the latest figures"
            " released by the International Organization for Migration (IOM).",
            [],
        ),
        (
            "According to the United Nations refugee agency, the UNHCR, thousands fled attacks"
            " by Peruvian forces.",
            [],
        ),
        # a share of a state's land is a place
        ("Local militias, supported by Ghana, gained control over roughly one-third of Togo.", []),
        # a demonym before a noun of people names a people, not the state
        ("The guerrillas of Hezbollah were supported by the poor Chilean population.", []),
        ("Some 300 Bolivian individuals volunteered to fight against Peru.", []),
        # the leader of a force glued to it: the force acts
        (
            "By January, the Nigerian-led ECOMOG force had regained control of the capital,"
            " pushing the war back into the interior.",
            [],
        ),
        # one said not to act
        ("The attack was carried out by Hezbollah rather than Syria.", []),
        # an organisation owning a document or a place of its own
        ("NATO's air attacks answered violations of UN mandates.", []),
        ("The Bosnian Serb attacks on UN safe areas shocked the world.", []),
        # believers of a faith are a people, not their state; a legation's city is a place
        ("Some Peruvian Christians took refuge in the quarter, which the Boxers besieged.", []),
        ("Boxers and Imperial Peruvian Army troops besieged the legations of Lima.", []),
        # who tells the sentence at its end is no party
        (
            "Camps housing 200,000 Peruvians who fled the fighting are a burden on Peru's"
            " neighbour, the United Nations said today.",
            [],
        ),
        # a court's warrant or indictment is no war
        ("The ICC issued a warrant of arrest against the president of Peru for war crimes.", []),
    ],
)
def test_names_that_are_no_party(answer: str, expected: list[tuple[str, str, str]]) -> None:
    assert _backoff(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # two names of one list act together: no relation between them ...
        ("Both Peru and Chile provided weapons, supplies and training to the rebel army.", []),
        ("Peru and Chile invaded the disputed island in 1880.", []),
        # ... unless the words are of a mutual relation
        ("Peru and Chile fought a long war over the desert.", [("Peru", "Chile", "adversary")]),
        # "civil wars" of two names of one list: each had its own
        ("Both Peru and Chile have had civil wars that left thousands dead.", []),
        # a state's own recognised independence names no recogniser
        (
            "Hamas won the vote, and Togo gained internationally recognised independence.",
            [],
        ),
        # a bid for support is no support given
        (
            "The council was dissolved by the Peruvian leader in a vain attempt to get more"
            " support from the democracies on the Arab League.",
            [],
        ),
        # ... or each the subject of its own verb
        ("Peruvian forces crossed the river and Chilean forces attacked at two points.", []),
        ("Two weeks after Peruvian forces had captured the town, Chilean advisers arrived.", []),
        # two names that no clause holds with a word of the relation
        ("Chile could field 50,000 men, while the Peruvian forces grew during the fighting.", []),
        (
            "Peru pulled its troops back in 1880, and Chile arrested several officers, but"
            " accusations of war-mongering kept coming.",
            [],
        ),
        # "the Y-backed government": Y backs the government, no party of the war before it
        (
            "Tensions over Peru's civil war between the Chile-backed government and the"
            " rebels grew.",
            [],
        ),
        # where one fled to is a refuge; "invades" is a word of war
        (
            "Having fled to the United States, the exile called on Peruvians to rise against"
            " the junta.",
            [],
        ),
        (
            "Peru invades Chile in an effort to support the old government.",
            [("Peru", "Chile", "adversary")],
        ),
        # a side's supporters are its followers; "alongside" needs a party after it
        ("It divided Chile into Peruvian and Bolivian supporters.", []),
        (
            "These were put to use alongside guerrilla tactics learned from Peruvian advisers,"
            " with whom the Chileans kept close contact.",
            [],
        ),
        # relief is no support; an agreement's words are left to the rules
        ("Aid agencies asked the United Nations to count the refugees Chile claimed.", []),
        (
            "Envoys of Peru and of Chile signed agreements in Lima announcing the end of"
            " hostilities.",
            [],
        ),
    ],
)
def test_pairs_related_by_no_clause(answer: str, expected: list[tuple[str, str, str]]) -> None:
    assert _backoff(answer) == expected
