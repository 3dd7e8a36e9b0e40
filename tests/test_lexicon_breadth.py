"""The lexicon's breadth: former states, armed movements and blocs beyond the corpus.

Invented sentences with real names; each case fails without its lexicon line or loader rule.
"""

import pandas as pd
import pycountry
import pytest

import karabakh_nb as kn
from karabakh_nb.entities import canonical, find_entities, kind_of


def names(text: str) -> list[str]:
    return [e.name for e in find_entities(text)]


def table(kind: str, *answers: str) -> pd.DataFrame:
    qa = pd.DataFrame(
        {
            "id": [f"x:{i}" for i in range(len(answers))],
            "question": ["Who fought in the war?"] * len(answers),
            "answer": list(answers),
        }
    )
    return kn.extract(qa, kind)


def relations(*answers: str) -> set[tuple[str, str, str]]:
    return {(r.a, r.b, r.relation) for r in table("alliances", *answers).itertuples()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Historical states, with their demonyms and long forms.
        ("Prussian and Bavarian officers met.", ["Prussia", "Bavaria"]),
        ("an alliance of France and Sardinia", ["France", "Sardinia"]),
        ("the Kingdom of the Two Sicilies and the Papal States", ["Two Sicilies", "Papal States"]),
        (
            "Zululand, the Orange Free State and Manchukuo",
            ["Zulu Kingdom", "Orange Free State", "Manchukuo"],
        ),
        # A former state is not the modern one its name contains.
        ("the South African Republic (Transvaal)", ["Transvaal", "Transvaal"]),
        ("Free French and Vichy French troops", ["Free France", "Vichy France"]),
        # A renamed state is one state ("Siam" is Thailand, "Ceylon" Sri Lanka).
        ("Siam, Ceylon, Abyssinia and Dahomey", ["Thailand", "Sri Lanka", "Ethiopia", "Benin"]),
        ("the Qing dynasty and the Empire of Japan", ["China", "Japan"]),
        ("Transjordan and the United Arab Republic", ["Jordan", "Egypt"]),
        # Armed movements by name and acronym, and blocs.
        ("The ONLF, the ULIMO and the Irgun", ["ONLF", "ULIMO", "Irgun"]),
        ("fighters of the Ogaden National Liberation Front", ["ONLF"]),
        ("the Central Powers, SEATO and the Baghdad Pact", ["Central Powers", "SEATO", "CENTO"]),
        ("observers of UNOMIG and the CSCE", ["UNOMIG", "CSCE"]),
    ],
)
def test_names_beyond_the_corpus(text, expected):
    assert names(text) == expected


def test_kinds_of_the_new_names():
    assert kind_of("Kingdom of Sardinia") == "state"
    assert kind_of("Western Somali Liberation Front") == "side"
    assert kind_of("Warsaw Treaty Organization") == "org"
    assert kind_of("League of Nations") == "org"


@pytest.mark.parametrize(
    "text",
    [
        "The Contra affair divided the Allies.",
        "The Union held the Front while the Axis of the debate shifted.",
        "Partisans and the Resistance met on 17 November 1943.",
        "Return, Reclamation and Rehabilitation were the plan's three aims.",
        "The Entente was cordial; the Empire was vast.",
    ],
)
def test_ordinary_words_are_no_names(text):
    assert names(text) == []


def test_demonyms_of_former_states_leave_modern_ones_alone():
    assert names("Persian, South African and French soldiers") == [
        "Iran",
        "South Africa",
        "France",
    ]


def test_every_iso_3166_3_country_is_known():
    # pycountry's former countries: a bracketed note or a list of two states ("Serbia and
    # Montenegro") is no name of its own; every other one resolves to a state.
    for country in pycountry.historic_countries:
        head = country.name.split(",")[0].strip()
        if "(" in head:
            continue
        if " and " in head and all(canonical(p) for p in head.split(" and ")):
            assert names(head) == [canonical(p) for p in head.split(" and ")]
            continue
        assert kind_of(head) == "state", head
    assert canonical("Republic of Upper Volta") == "Burkina Faso"
    assert canonical("Dronning Maud Land") == "Dronning Maud Land"  # from pycountry alone
    assert canonical("Trust Territory of the Pacific Islands") is not None


def test_a_head_on_two_lines_keeps_the_forms_of_both():
    # sides.txt names "Hayat Tahrir al-Sham" on two lines; only the first has this form.
    assert canonical("Tahrir al-Sham") == "Hayat Tahrir al-Sham"


def test_new_names_give_rows():
    assert relations(
        "Bulgaria joined the Central Powers in 1915.",
        "The WSLF was backed by Somalia.",
        "The ONLF fought against Ethiopia.",
    ) == {
        ("Bulgaria", "Central Powers", "member"),
        ("Somalia", "WSLF", "ally"),
        ("Ethiopia", "ONLF", "adversary"),
    }
    casualties = table(
        "casualties",
        "The ULIMO lost 1,200 fighters.",
        "About 4,100 Prussian soldiers were killed.",
    )
    assert set(casualties.party) == {"ULIMO", "Prussia"}
