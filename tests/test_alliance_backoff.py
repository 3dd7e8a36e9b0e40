"""The last reading of the alliances table: a relation between a sentence's two parties."""

import pandas as pd
import pytest

import karabakh_nb as kn
from karabakh_nb.alliances._backoff import backoff_rows


def _backoff(answer: str, read: frozenset[str] = frozenset()) -> list[tuple[str, str, str]]:
    return [(r["a"], r["b"], r["relation"]) for r in backoff_rows("f:1", answer, set(read))]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # words of one relation and exactly two parties: that relation
        (
            "Cuban tanks and Angolan infantry held the river together, in support of the town.",
            [("Cuba", "Angola", "ally")],
        ),
        (
            "Heavy fighting raged for weeks as Uganda pushed deep towards Rwanda.",
            [("Uganda", "Rwanda", "adversary")],
        ),
        # cue verbs of either relation; "armed" only as a verb
        (
            "Indian jets flew north to bomb Pakistani positions.",
            [("India", "Pakistan", "adversary")],
        ),
        # arms given are support; a sentence about "both sides" relates no named pair
        (
            "The Soviet Union began supplying Egypt with military equipment.",
            [("Soviet Union", "Egypt", "ally")],
        ),
        ("Peru and Chile sold weapons to both sides, as did Bolivia.", []),
        ("Chilean troops helped oust the Peruvian government.", [("Chile", "Peru", "adversary")]),
        # "allied" only as "allied with / to": "US and allied soldiers" are no alliance
        ("Iraqi troops and 600 US and allied soldiers died in the war.", []),
        ("Ethiopians and their Soviet and Cuban advisers drove out the enemy.", []),
        ("Vietnamese troops repelled the Chinese army.", [("Vietnam", "China", "adversary")]),
        ("Libya armed and trained the Sudanese army.", [("Libya", "Sudan", "ally")]),
        ("The Egyptian armed forces fielded Soviet tanks.", []),
        # a war as a time ("during the war") is no cue, a named one is left whole
        ("Peruvian and Chilean troops were wounded in the war.", []),
        ("Cuban advisers served during the 1975 war to aid Angola.", [("Cuba", "Angola", "ally")]),
        (
            "Iraqis voted for the first time after the US-led war.",
            [("Iraq", "United States", "adversary")],
        ),
        # "the leadership of X" is X leading, not a place
        (
            "Forces under the leadership of the United States and Britain invaded Iraq.",
            [("United States", "Iraq", "adversary"), ("United Kingdom", "Iraq", "adversary")],
        ),
        # a cue word inside a name is none ("Rapid Support Forces")
        (
            "The conflict pits the Sudanese army against the Rapid Support Forces.",
            [("Sudan", "Rapid Support Forces", "adversary")],
        ),
        # no cue word
        ("Libya's money and weapons flowed steadily to Chad.", []),
        # a war's name is no cue and no party; a place is no party
        ("Many Americans came to see the Vietnam War as a mistake.", []),
        ("Fighting broke out in Croatia between Serbia and the police.", []),
        ("Syrian tanks shelled towns deep into southern Lebanon during the war.", []),
        # after "of", a possessive or a name after a noun of who acts is a party
        (
            "Militants of Hezbollah attacked Israeli towns.",
            [("Hezbollah", "Israel", "adversary")],
        ),
        (
            "In an escalation of Sudan's civil war, the Rapid Support Forces seized the city.",
            [("Sudan", "Rapid Support Forces", "adversary")],
        ),
        ("Serbian guns shelled much of Croatia's territory.", []),
        (
            "The invasion of Kuwait by Iraqi forces followed.",
            [("Kuwait", "Iraq", "adversary")],
        ),
        (
            "After the collapse of the Soviet Union, Armenia fought Azerbaijan.",
            [("Armenia", "Azerbaijan", "adversary")],
        ),
        ("Chechen fighters shelled the outskirts of Grozny and the rest of Russia.", []),
        # "the government in X" governs X; "in X's war" is a party's war, "in X's capital" a place
        (
            "Moscow sent tanks to support the government in Kabul.",
            [("Russia", "Afghanistan", "ally")],
        ),
        ("Iraqi troops fought hard in Iran's capital.", []),
        ("Rebels fought on in Sudan's West Darfur region, allied with Chadian militias.", []),
        # who is quoted is no party
        ("According to a United Nations report, Sudanese forces attacked the city.", []),
        # a demonym after "in" or "of the" is no place but an agent
        (
            "Iranian forces retook the port, ending two years of the Iraqi occupation.",
            [("Iran", "Iraq", "adversary")],
        ),
        # three or more parties as two lists of one clause: each item with each
        (
            "The Soviets armed both Syria and Egypt with tanks.",
            [("Soviet Union", "Syria", "ally"), ("Soviet Union", "Egypt", "ally")],
        ),
        (
            "Peru and Bolivia fought Chile for the desert.",
            [("Peru", "Chile", "adversary"), ("Bolivia", "Chile", "adversary")],
        ),
        # a list after "between" holds both sides; a place opens a list of places
        (
            "A Chilean spokesman said fighting between Peru and Bolivia went on.",
            [("Peru", "Bolivia", "adversary")],
        ),
        ("Fighting spread in Vietnam, Laos, and Cambodia as Chinese aid grew.", []),
        # a state beyond a border, a refuge fled to, a demonym's border: no party
        ("Rebels launched a war from the east near the border with Liberia.", []),
        (
            "Fighting resumed as armed gangs infiltrated into Greece near the Yugoslav and "
            "Albanian borders.",
            [],
        ),
        ("Thousands of Spaniards fled across the mountains to France when the war ended.", []),
        ("Iran's help to Hezbollah in the war was invaluable.", [("Iran", "Hezbollah", "ally")]),
        # a demonym naming a language is no party
        (
            "The war, known in Spanish as la guerra, pitted Chile against Peru for years.",
            [("Chile", "Peru", "adversary")],
        ),
        ("The war (Spanish: la guerra) was fought by Chile for years.", []),
        # two lists in two clauses, or three lists: nothing
        ("Peru lost 900 men in the war, while Chile and Bolivia lost more.", []),
        # commas alone make no list: each name is read with its neighbours
        (
            "Peru fought Chile, Bolivia backed Peru.",
            [("Peru", "Chile", "adversary"), ("Bolivia", "Peru", "ally")],
        ),
        # a third party, two relations' words, a direction, a denial, a question: nothing
        ("Peru, Chile and Bolivia fought over the desert.", []),
        ("Years of fighting and of aid left Peru and Chile exhausted.", []),
        ("Brazil mediated as fighting between Peru and Ecuador went on.", []),
        ("Chile never fought Argentina.", []),
        ("Did Chile fight Argentina?", []),
    ],
)
def test_a_sentence_gives_the_relation_of_its_only_two_parties(answer, expected):
    assert _backoff(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "Hezbollah, a party backed by Iran, fired rockets against Israeli towns.",
            [("Iran", "Hezbollah", "ally"), ("Hezbollah", "Israel", "adversary")],
        ),
        (
            "Azerbaijan with support from Turkey fought Armenia.",
            [("Turkey", "Azerbaijan", "ally"), ("Azerbaijan", "Armenia", "adversary")],
        ),
        # the support is read even when the rest names more than two sides
        (
            "Syria, supported by Iran, attacked Iraq, while Jordan fought Israel.",
            [("Iran", "Syria", "ally")],
        ),
        # a supporter glued to the side it backs ("X-backed Y")
        (
            "Armenian-backed separatist Abkhaz forces fought the Georgian army.",
            [("Armenia", "Abkhazia", "ally"), ("Abkhazia", "Georgia", "adversary")],
        ),
        # too far from its head, or across a clause: nothing attached
        ("Egypt joined Syria while being backed by the Soviet Union.", []),
    ],
)
def test_a_supporter_is_attached_to_the_side_just_before(answer, expected):
    assert _backoff(answer, frozenset([answer])) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # three sides, or words of both relations: each list with the next, by the few
        # words between them; "fought alongside" is support
        (
            "Cuban troops fought alongside Ethiopia against Somalia.",
            [("Cuba", "Ethiopia", "ally"), ("Ethiopia", "Somalia", "adversary")],
        ),
        (
            "Uganda and Burundi backed Rwanda in its war against Kenya.",
            [
                ("Uganda", "Rwanda", "ally"),
                ("Burundi", "Rwanda", "ally"),
                ("Rwanda", "Kenya", "adversary"),
            ],
        ),
        # too many words between, another clause, or a verb of the subject before: nothing
        ("Chile, the strongest state, supplied arms to Peru and attacked Bolivia.", []),
        ("With Ecuador backing the junta and Chile arming the rebels, Peru held.", []),
        # "anti-Chilean" opposes Chile: no party
        ("Peru fought the anti-Chilean regime in Bolivia.", [("Peru", "Bolivia", "adversary")]),
        (
            "Ecuador backed Peru, whose small army after many long years at last attacked Chile.",
            [("Ecuador", "Peru", "ally")],
        ),
        (
            "Peru fought Chile, while Bolivia, Argentina and Brazil stayed out of it.",
            [("Peru", "Chile", "adversary")],
        ),
    ],
)
def test_neighbouring_lists_are_read_by_the_words_between(answer, expected):
    assert _backoff(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # words of friendly relations between two parties, and no word of war or support
        (
            "Peru has maintained cordial relations with the West, in particular with Chile.",
            [("Chile", "Peru", "partner")],
        ),
        ("Bolivia is recognised as a state only by Peru.", [("Bolivia", "Peru", "partner")]),
        ("Peru and Chile formally normalized ties in 1990.", [("Chile", "Peru", "partner")]),
        # relations broken, strained or denied, or both names after the words: nothing
        ("Peru's relations with Chile were severed in 1879.", []),
        ("Relations between Peru and Chile deteriorated in 1978.", []),
        ("Peru does not maintain relations with Chile.", []),
        ("It keeps relations with Peru as well as with Chile.", []),
    ],
)
def test_friendly_relations_make_partners(answer, expected):
    assert _backoff(answer) == expected


def test_a_sentence_that_gave_a_row_is_not_read_again():
    text = "Heavy fighting raged for weeks as Uganda pushed deep towards Rwanda."
    assert _backoff(text, frozenset([text])) == []


def test_the_table_has_the_rows_no_rule_reads():
    answer = "Cuban tanks and Angolan infantry held the river together, in support of the town."
    qa = pd.DataFrame({"id": ["f:1"], "source": ["f.txt"], "question": ["Q?"], "answer": [answer]})
    table = kn.extract(qa, "alliances")
    assert table[["a", "b", "relation", "evidence"]].values.tolist() == [
        ["Cuba", "Angola", "ally", answer]
    ]
