import pandas as pd
import pytest

import karabakh_nb as kn
from karabakh_nb.alliances import (
    ALLIANCE_COLUMNS,
    RELATIONS,
    extract_alliances,
    relations_in,
)
from karabakh_nb.parse import load

from .conftest import DATA, SEED


def triples(sentence: str, question: str = "") -> list[tuple[str, str, str]]:
    return [(a, b, rel) for a, b, rel, _ in relations_in(sentence, question)]


def table(path) -> list[tuple[str, str, str, int]]:
    out = extract_alliances(load(path))
    return [(r.a, r.b, r.relation, int(r.qa_id.rsplit(":", 1)[1])) for r in out.itertuples()]


# ---- one relation per sentence ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Turkey is Azerbaijan's closest ally.", [("Turkey", "Azerbaijan", "ally")]),
        ("Russia has been Armenias primary ally.", [("Russia", "Armenia", "ally")]),
        ("Azerbaijan's closest ally, Turkey, sent drones.", [("Turkey", "Azerbaijan", "ally")]),
        ("Pakistan is an ally of Azerbaijan.", [("Pakistan", "Azerbaijan", "ally")]),
        ("Turkey and Azerbaijan are allies.", [("Azerbaijan", "Turkey", "ally")]),
        ("Israel sold weapons to Azerbaijan.", [("Israel", "Azerbaijan", "ally")]),
        ("Turkey supplied Azerbaijan with drones.", [("Turkey", "Azerbaijan", "ally")]),
        (
            "During the war, Russia provided military support to Armenia.",
            [("Russia", "Armenia", "ally")],
        ),
        (
            "Georgia, supported by the United States, fought Russia.",
            [("United States", "Georgia", "ally"), ("Georgia", "Russia", "adversary")],
        ),
        (
            "Armenia and Russia are both members of a military alliance, the CSTO.",
            [
                ("Armenia", "CSTO", "member"),
                ("Russia", "CSTO", "member"),
                ("Armenia", "Russia", "ally"),
            ],
        ),
    ],
)
def test_ally(sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Armenia is a member of two Russian-led intergovernmental initiatives: the Collective"
            " Security Treaty Organisation (CSTO) and the Eurasian Economic Union (EAEU).",
            [("Armenia", "CSTO", "member"), ("Armenia", "EAEU", "member")],
        ),
        (
            "Armenia became a full member of the Eurasian Economic Union on 2 January 2015.",
            [("Armenia", "EAEU", "member")],
        ),
        (
            "Azerbaijan joined the Council of Europe in 2001.",
            [("Azerbaijan", "Council of Europe", "member")],
        ),
        (
            "Kazakhstan, Kyrgyzstan and Tajikistan are members of the CSTO.",
            [
                ("Kazakhstan", "CSTO", "member"),
                ("Kyrgyzstan", "CSTO", "member"),
                ("Tajikistan", "CSTO", "member"),
            ],
        ),
        (
            "The CSTO members include Armenia and Belarus.",
            [("Armenia", "CSTO", "member"), ("Belarus", "CSTO", "member")],
        ),
        ("Turkey, a NATO member, stayed neutral.", [("Turkey", "NATO", "member")]),
        ("Turkey is a member of NATO, while Azerbaijan is not.", [("Turkey", "NATO", "member")]),
        (
            "Only five UN member states recognise Abkhazia: Russia, Nicaragua and Syria.",
            [("Russia", "UN", "member"), ("Nicaragua", "UN", "member"), ("Syria", "UN", "member")],
        ),
    ],
)
def test_member(sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Georgia is not a member of NATO.",
        "Neither Armenia nor Azerbaijan is a member of NATO.",
        "Ukraine has applied to join NATO.",
        "Ukraine is a candidate for membership of the EU and wants to be a member of NATO.",
        "Finland did not join NATO until 2023.",
        "Georgia was a member of the CIS until 2009.",
        "Georgia left the Commonwealth of Independent States in August 2009.",
        "Azerbaijan maintains diplomatic relations with 182 United Nations member states.",
        "Russia is not an ally of Azerbaijan.",
        "Relations between Armenia and Azerbaijan are not friendly.",
        "Russia did not broker the deal.",
        "Its a member of the CSTO.",
        "Azerbaijan joined the war.",
        "Russia sent troops to the region.",
        "Iran supports Armenia's territorial integrity.",
        "Both Azerbaijan and Armenia are nestled in the Caucasus, where Russia and Iran meet.",
        "Nakhchivan declared independence from the USSR to protest against the suppression.",
    ],
)
def test_negations_and_non_relations_yield_nothing(sentence):
    assert triples(sentence) == []


def test_negated_membership_keeps_the_affirmed_clause():
    assert triples("Azerbaijan is a member of the OIC, but it is not a member of the CSTO.") == [
        ("Azerbaijan", "OIC", "member")
    ]


@pytest.mark.parametrize(
    ("sentence", "question", "expected"),
    [
        (
            "The United States established diplomatic relations with Azerbaijan in 1992,"
            " following its independence from the Soviet Union.",
            "",
            [("Azerbaijan", "United States", "partner")],
        ),
        (
            "As of 2019, Azerbaijan maintains diplomatic relations with 182 United Nations member"
            " states, the State of Palestine and the Holy See.",
            "",
            [("Azerbaijan", "Palestine", "partner"), ("Azerbaijan", "Holy See", "partner")],
        ),
        (
            "Armenia and Turkey established diplomatic relations.",
            "",
            [("Armenia", "Turkey", "partner")],
        ),
        (
            "Azerbaijan has close ties with Israel and Turkey.",
            "",
            [("Azerbaijan", "Israel", "partner"), ("Azerbaijan", "Turkey", "partner")],
        ),
        (
            "The U.S. and Azerbaijan cooperate closely on energy.",
            "",
            [("Azerbaijan", "United States", "partner")],
        ),
        ("Iran and Armenia are strategic partners.", "", [("Armenia", "Iran", "partner")]),
        ("The EU and Armenia signed a partnership agreement.", "", [("Armenia", "EU", "partner")]),
        (
            "Together, the two countries work to promote energy security.",
            "Is Azerbaijan a US ally?",
            [("Azerbaijan", "United States", "partner")],
        ),
        (
            "Relations between the two countries remain friendly and close but there are"
            " numerous disagreements such as the South Ossetian-Abkhazian conflict.",
            "Is Azerbaijan an ally of Russia?",
            [("Azerbaijan", "Russia", "partner")],
        ),
        (
            "Georgia is not a member of NATO, although it has cooperated with the alliance.",
            "",
            [("Georgia", "NATO", "partner")],
        ),
        (
            "Turkey closed its border with Armenia in solidarity with Azerbaijan.",
            "",
            [("Azerbaijan", "Turkey", "partner"), ("Armenia", "Turkey", "adversary")],
        ),
    ],
)
def test_partner(sentence, question, expected):
    assert sorted(triples(sentence, question)) == sorted(expected)


def test_the_two_countries_unresolved_without_two_named_states():
    assert (
        triples("Together, the two countries work to promote trade.", "Who are its allies?") == []
    )


@pytest.mark.parametrize(
    ("sentence", "question", "expected"),
    [
        (
            "There are no diplomatic relations between Armenia and Azerbaijan.",
            "",
            [("Armenia", "Azerbaijan", "adversary")],
        ),
        (
            "Turkey and Armenia have no diplomatic relations.",
            "",
            [("Armenia", "Turkey", "adversary")],
        ),
        (
            "Georgia severed diplomatic relations with Russia in 2008.",
            "",
            [("Georgia", "Russia", "adversary")],
        ),
        (
            "For more than 30 years its been the center of a conflict between Armenia and"
            " Azerbaijan.",
            "",
            [("Armenia", "Azerbaijan", "adversary")],
        ),
        (
            "The conflict is a territorial conflict between Armenia and Azerbaijan over the region"
            " of Nagorno-Karabakh, inhabited mostly by ethnic Armenians.",
            "",
            [("Armenia", "Azerbaijan", "adversary")],
        ),
        ("Russia invaded Ukraine in 2022.", "", [("Russia", "Ukraine", "adversary")]),
        ("Russia's war against Ukraine continues.", "", [("Russia", "Ukraine", "adversary")]),
        (
            "Armenian forces fought against Azerbaijani forces.",
            "",
            [("Armenia", "Azerbaijan", "adversary")],
        ),
        ("The Iran-Iraq war lasted eight years.", "", [("Iran", "Iraq", "adversary")]),
        ("Turkey has been at war with the PKK since 1984.", "", [("PKK", "Turkey", "adversary")]),
        (
            "Last year, Azerbaijans roof grew when it emerged victorious from a 44-day war"
            " against Armenia.",
            "",
            [("Armenia", "Azerbaijan", "adversary")],
        ),
        (
            "It waged a war against Armenia.",
            "Who does Azerbaijan fight against?",
            [("Armenia", "Azerbaijan", "adversary")],
        ),
        (
            "Armenia and Russia fought together against Turkey.",
            "",
            [
                ("Armenia", "Turkey", "adversary"),
                ("Russia", "Turkey", "adversary"),
                ("Armenia", "Russia", "ally"),
            ],
        ),
        (
            "On 19 September 2023, Azerbaijan launched a military offensive against the"
            " self-declared Republic of Artsakh.",
            "",
            [("Artsakh", "Azerbaijan", "adversary")],
        ),
        (
            "Azerbaijan attacked the self-proclaimed Nagorno-Karabakh Republic.",
            "",
            [("Artsakh", "Azerbaijan", "adversary")],
        ),
        ("Russia launched strikes against Ukraine.", "", [("Russia", "Ukraine", "adversary")]),
        ("Azerbaijan carried out an attack against the capital of Artsakh.", "", []),
        # Who fights alongside a party is on its side, and a backer named in an aside
        # ("A, backed by X, attacked Y") is not the one who attacked.
        ("Libyan troops fought alongside Togo.", "", [("Libya", "Togo", "ally")]),
        ("The Freedonian People's Army, backed by Libya, attacked Togo.", "", []),
        # The side markers say where a side ends: "B and C on the other" fight together.
        (
            "The war was fought between, on the one hand, Ghana and Mali, and on the other, Togo.",
            "",
            [
                ("Mali", "Ghana", "ally"),
                ("Ghana", "Togo", "adversary"),
                ("Mali", "Togo", "adversary"),
            ],
        ),
        (
            "The war was fought between Ghana on one side and Togo and Benin on the other.",
            "",
            [
                ("Benin", "Togo", "ally"),
                ("Ghana", "Togo", "adversary"),
                ("Benin", "Ghana", "adversary"),
            ],
        ),
        (
            "The war was fought between the combined forces of Ghana and Mali and the army"
            " of Togo.",
            "",
            [
                ("Mali", "Ghana", "ally"),
                ("Ghana", "Togo", "adversary"),
                ("Mali", "Togo", "adversary"),
            ],
        ),
        ("The South Ossetian-Abkhazian conflict divided them.", "", []),
        ("In all, 146 civilians died in the conflict between late September and November.", "", []),
        # the place of a war "fought between" two others is none of them
        (
            "It was a long armed conflict in Georgia, fought between Russia and Turkey.",
            "",
            [("Russia", "Turkey", "adversary")],
        ),
    ],
)
def test_adversary(sentence, question, expected):
    assert triples(sentence, question) == expected


def test_adversary_sides_with_supporters_and_co_belligerents():
    sentence = (
        "The 2020 Nagorno-Karabakh war was an armed conflict between Azerbaijan, supported by"
        " Turkey, and the self-proclaimed Republic of Artsakh together with Armenia, in the"
        " disputed region of Nagorno-Karabakh and surrounding territories."
    )
    assert triples(sentence) == [
        ("Turkey", "Azerbaijan", "ally"),
        ("Armenia", "Artsakh", "ally"),
        ("Artsakh", "Azerbaijan", "adversary"),
        ("Armenia", "Azerbaijan", "adversary"),
    ]


@pytest.mark.parametrize(
    ("answer", "question", "expected"),
    [
        (
            "Russia brokered a ceasefire between Armenia and Azerbaijan in 1994.",
            "",
            [
                ("Armenia", "Azerbaijan", "adversary"),
                ("Russia", "Armenia", "mediator"),
                ("Russia", "Azerbaijan", "mediator"),
            ],
        ),
        (
            "On November 10, 2020, a Russia-brokered ceasefire agreement halted a forty-four-day"
            "-long Armenia-Azerbaijan war.",
            "",
            [
                ("Armenia", "Azerbaijan", "adversary"),
                ("Russia", "Armenia", "mediator"),
                ("Russia", "Azerbaijan", "mediator"),
            ],
        ),
        (
            "A truce between Israel and Hamas was mediated by Qatar and Egypt.",
            "",
            [
                ("Hamas", "Israel", "adversary"),
                ("Qatar", "Hamas", "mediator"),
                ("Egypt", "Hamas", "mediator"),
                ("Qatar", "Israel", "mediator"),
                ("Egypt", "Israel", "mediator"),
            ],
        ),
        # Parties from the rest of the answer, then from the question.
        (
            "The war between Georgia and Russia lasted five days. A ceasefire brokered by France"
            " was signed.",
            "",
            [
                ("Georgia", "Russia", "adversary"),
                ("France", "Georgia", "mediator"),
                ("France", "Russia", "mediator"),
            ],
        ),
        (
            "The ceasefire was brokered by the OSCE Minsk Group.",
            "Did the OSCE mediate between Armenia and Azerbaijan?",
            [("OSCE", "Armenia", "mediator"), ("OSCE", "Azerbaijan", "mediator")],
        ),
        # No party named anywhere: no row.
        (
            "The Bishkek Protocol, brokered by Russia, was signed. Both sides reported violations.",
            "When did the first war end?",
            [],
        ),
    ],
)
def test_mediator(answer, question, expected):
    assert triples(answer, question) == expected


@pytest.mark.parametrize(
    ("sentence", "question", "expected"),
    [
        (
            "On 24 February 2022, Russia launched a full-scale invasion of Ukraine.",
            "",
            [("Russia", "Ukraine", "adversary")],
        ),
        (
            "The Russian invasion of Ukraine began in 2022.",
            "",
            [("Russia", "Ukraine", "adversary")],
        ),
        (
            "Russia's full-scale invasion of Ukraine continues.",
            "",
            [("Russia", "Ukraine", "adversary")],
        ),
        (
            "The invasion of Iraq by the United States began in 2003.",
            "",
            [("Iraq", "United States", "adversary")],
        ),
        ("Russia waged war on Ukraine.", "", [("Russia", "Ukraine", "adversary")]),
        ("Azerbaijan launched an attack on Armenia.", "", [("Armenia", "Azerbaijan", "adversary")]),
        ("Israel carried out air strikes on Iran.", "", [("Iran", "Israel", "adversary")]),
        (
            "Russia and Belarus launched an offensive on Ukraine.",
            "",
            [("Russia", "Ukraine", "adversary"), ("Belarus", "Ukraine", "adversary")],
        ),
        # The waging side from the question, when the clause names no one else.
        (
            "The invasion of Ukraine began in February.",
            "When did Russia invade Ukraine?",
            [("Russia", "Ukraine", "adversary")],
        ),
        # Negated, feared or merely condemned: no belligerent.
        ("Russia did not invade Ukraine.", "", []),
        ("Russia did not launch an invasion of Ukraine.", "", []),
        ("Fears of a Russian invasion of Ukraine grew.", "", []),
        ("Russia could launch an invasion of Ukraine.", "", []),
        ("Germany condemned the invasion of Ukraine.", "", []),
        ("The invasion of Ukraine began in February.", "What happened in Ukraine?", []),
    ],
)
def test_adversary_invasion_and_war_on(sentence, question, expected):
    assert triples(sentence, question) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The United States, the United Kingdom and the European Union have provided"
            " military support to Ukraine.",
            [
                ("United States", "Ukraine", "ally"),
                ("United Kingdom", "Ukraine", "ally"),
                ("EU", "Ukraine", "ally"),
            ],
        ),
        ("NATO provided military support to Ukraine.", [("NATO", "Ukraine", "ally")]),
        (
            "The EU and the US sent weapons to Ukraine.",
            [("EU", "Ukraine", "ally"), ("United States", "Ukraine", "ally")],
        ),
        # An organisation is a supporter only in the explicitly military forms.
        (
            "The United States and NATO supported Ukraine.",
            [("United States", "Ukraine", "ally")],
        ),
        (
            "Belarus allowed Russian troops to use its territory.",
            [("Belarus", "Russia", "ally")],
        ),
        (
            "Georgia permitted Russia's forces to cross its territory.",
            [("Georgia", "Russia", "ally")],
        ),
        ("Belarus did not allow Russian troops to use its territory.", []),
        ("Azerbaijan allowed Israel to use its airspace.", []),
        ("The United States did not provide military support to Ukraine.", []),
    ],
)
def test_ally_lists_organisations_and_territory(sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Turkey and the UN brokered the Black Sea Grain Initiative between Russia and"
            " Ukraine in July 2022.",
            [
                ("Turkey", "Russia", "mediator"),
                ("UN", "Russia", "mediator"),
                ("Turkey", "Ukraine", "mediator"),
                ("UN", "Ukraine", "mediator"),
            ],
        ),
        (
            "The grain deal between Russia and Ukraine was brokered by Turkey.",
            [("Turkey", "Russia", "mediator"), ("Turkey", "Ukraine", "mediator")],
        ),
        # Passive: the parties are no mediators, and no supporter of either side.
        (
            "A truce between Israel and Hamas, mediated by Qatar, held.",
            [
                ("Hamas", "Israel", "adversary"),
                ("Qatar", "Hamas", "mediator"),
                ("Qatar", "Israel", "mediator"),
            ],
        ),
        # No brokering verb, no mediator.
        ("Talks between Russia and Ukraine were held in Istanbul.", []),
        ("Turkey hosted talks between Russia and Ukraine.", []),
        ("Turkey did not broker a deal between Russia and Ukraine.", []),
    ],
)
def test_mediator_lists_and_parties_after_between(sentence, expected):
    assert triples(sentence) == expected


# ---- whole files -----------------------------------------------------------------------

SEED_ALLIANCES = [
    ("Armenia", "Azerbaijan", "adversary", 1),
    ("Armenia", "Azerbaijan", "adversary", 5),
    ("Azerbaijan", "Palestine", "partner", 9),
    ("Azerbaijan", "Holy See", "partner", 9),
    ("Russia", "Armenia", "ally", 13),
    ("Armenia", "CSTO", "member", 13),
    ("Armenia", "EAEU", "member", 13),
    ("Armenia", "Azerbaijan", "adversary", 17),
    ("Azerbaijan", "United States", "partner", 29),
    ("Turkey", "Azerbaijan", "ally", 33),
    ("Armenia", "Artsakh", "ally", 33),
    ("Artsakh", "Azerbaijan", "adversary", 33),
    ("Armenia", "Azerbaijan", "adversary", 33),
    ("Russia", "Azerbaijan", "mediator", 45),
    ("Armenia", "Azerbaijan", "adversary", 49),
    ("Russia", "Armenia", "mediator", 49),
    ("Russia", "Azerbaijan", "mediator", 49),
    ("Azerbaijan", "Russia", "partner", 53),
    ("Armenia", "CSTO", "member", 61),
    ("Russia", "CSTO", "member", 61),
    ("Armenia", "Russia", "ally", 61),
    ("Armenia", "EAEU", "member", 61),
    ("Armenia", "Azerbaijan", "adversary", 65),
]

GEORGIA_ALLIANCES = [
    ("South Ossetia", "Russia", "ally", 1),
    ("Abkhazia", "Russia", "ally", 1),
    ("Georgia", "Russia", "adversary", 1),
    ("France", "Georgia", "mediator", 1),
    ("France", "Russia", "mediator", 1),
    ("Georgia", "NATO", "partner", 15),
    ("Ukraine", "Georgia", "ally", 23),
    ("Russia", "UN", "member", 27),
    ("Nicaragua", "UN", "member", 27),
    ("Venezuela", "UN", "member", 27),
    ("Nauru", "UN", "member", 27),
    ("Syria", "UN", "member", 27),
]

KARABAKH_1990S_ALLIANCES = [
    ("Azerbaijan", "Council of Europe", "member", 21),
    ("Azerbaijan", "OIC", "member", 21),
    ("Azerbaijan", "NAM", "member", 21),
    ("Russia", "Armenia", "ally", 25),
    ("Azerbaijan", "Turkey", "partner", 25),
    ("Armenia", "Turkey", "adversary", 25),
]

CONTEXT_ALLIANCES = [
    ("Armenia", "Iran", "partner", 1),
    ("Russia", "Armenia", "mediator", 5),
    ("Russia", "Azerbaijan", "mediator", 5),
    ("Armenia", "Azerbaijan", "adversary", 5),
    ("Armenia", "Azerbaijan", "adversary", 9),
    ("Turkey", "NATO", "member", 13),
    # "Both sides ... a ceasefire mediated by the OSCE": the sides this file names.
    ("OSCE", "Armenia", "mediator", 17),
    ("OSCE", "Azerbaijan", "mediator", 17),
    ("Armenia", "CSTO", "member", 21),
    ("Belarus", "CSTO", "member", 21),
    ("Kazakhstan", "CSTO", "member", 21),
    ("Kyrgyzstan", "CSTO", "member", 21),
    ("Russia", "CSTO", "member", 21),
    ("Tajikistan", "CSTO", "member", 21),
]


KARABAKH_2023_ALLIANCES = [
    ("Artsakh", "Azerbaijan", "adversary", 1),
    ("Russia", "Artsakh", "mediator", 1),
    ("Russia", "Azerbaijan", "mediator", 1),
    ("Armenia", "EAEU", "member", 9),
]


# Sweden "followed" (implicit) is no row; "Ukraine is not a member of NATO, but it applied
# to join" gives none either.
UKRAINE_2022_ALLIANCES = [
    ("Russia", "Ukraine", "adversary", 1),
    ("United States", "Ukraine", "ally", 9),
    ("United Kingdom", "Ukraine", "ally", 9),
    ("EU", "Ukraine", "ally", 9),
    ("Belarus", "Russia", "ally", 9),
    ("Iran", "Russia", "ally", 9),
    ("Finland", "NATO", "member", 13),
    ("Turkey", "Russia", "mediator", 25),
    ("UN", "Russia", "mediator", 25),
    ("Turkey", "Ukraine", "mediator", 25),
    ("UN", "Ukraine", "mediator", 25),
]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (SEED, SEED_ALLIANCES),
        (DATA / "georgia_2008.txt", GEORGIA_ALLIANCES),
        (DATA / "karabakh_1990s.txt", KARABAKH_1990S_ALLIANCES),
        (DATA / "alliances_context.txt", CONTEXT_ALLIANCES),
        (DATA / "karabakh_2023.txt", KARABAKH_2023_ALLIANCES),
        (DATA / "ukraine_2022.txt", UKRAINE_2022_ALLIANCES),
    ],
    ids=[
        "seed",
        "georgia_2008",
        "karabakh_1990s",
        "alliances_context",
        "karabakh_2023",
        "ukraine_2022",
    ],
)
def test_complete_tables(path, expected):
    assert table(path) == expected


def test_seed_has_no_false_hits():
    rows = set(table(SEED))
    assert not any(a == "Russia" and b in ("CSTO", "EAEU") and line == 13 for a, b, _, line in rows)
    assert not any(b == "UN" for _, b, _, _ in rows)
    assert not any(rel == "partner" and line == 1 for _, _, rel, line in rows)
    assert not any("South Ossetia" in (a, b) or "Soviet Union" in (a, b) for a, b, _, _ in rows)


def test_karabakh_1990s_no_csto_membership_and_no_mediator_without_parties():
    rows = table(DATA / "karabakh_1990s.txt")
    assert ("Azerbaijan", "CSTO", "member", 21) not in rows
    assert not [r for r in rows if r[2] == "mediator"]


def test_georgia_not_member_of_nato():
    assert not [
        r for r in table(DATA / "georgia_2008.txt") if r[:3] == ("Georgia", "NATO", "member")
    ]


def test_columns_relations_and_evidence():
    qa = load(SEED)
    out = extract_alliances(qa)
    assert list(out.columns) == ALLIANCE_COLUMNS
    assert set(out["relation"]) <= set(RELATIONS)
    answers = dict(zip(qa["id"], qa["answer"], strict=True))
    for row in out.itertuples():
        assert row.evidence in answers[row.qa_id]
    assert not out.duplicated(["a", "b", "relation", "qa_id"]).any()
    symmetric = out[out["relation"].isin(["partner", "adversary"])]
    assert (symmetric["a"] < symmetric["b"]).all()


def test_extract_dispatch_and_empty_input():
    qa = load(SEED)
    pd.testing.assert_frame_equal(kn.extract(qa, "alliances"), extract_alliances(qa))
    empty = extract_alliances(qa.iloc[0:0])
    assert list(empty.columns) == ALLIANCE_COLUMNS
    assert empty.empty
    unanswered = extract_alliances(qa[qa["answer"].isna()])
    assert unanswered.empty


def test_duplicate_pairs_keep_their_own_qa_id():
    qa = load(SEED)
    doubled = pd.concat([qa, qa.assign(id=qa["id"] + "b")], ignore_index=True)
    out = extract_alliances(doubled)
    assert len(out) == 2 * len(extract_alliances(qa))


def test_two_worker_processes_give_the_same_table():
    qa = load(SEED)
    qa = pd.concat([qa, qa.assign(id=qa["id"] + "b")], ignore_index=True)
    assert extract_alliances(qa, workers=2).equals(extract_alliances(qa, workers=1))


def test_a_rule_reading_beats_the_contradicting_one(tmp_path):
    path = tmp_path / "tigray.txt"
    path.write_text(
        "Who fought the TPLF?\n\n"
        "Eritrean troops fought alongside Ethiopian federal forces against the TPLF.\n",
        encoding="utf-8",
    )
    rows = {r[:3] for r in table(path)}
    assert ("Eritrea", "Ethiopia", "ally") in rows
    assert ("Eritrea", "TPLF", "adversary") in rows
    assert not {("Eritrea", "Ethiopia", "adversary"), ("Ethiopia", "Eritrea", "adversary")} & rows


def test_a_mediator_takes_the_parties_its_sentence_names(tmp_path):
    path = tmp_path / "yemen.txt"
    path.write_text(
        "Who fights in Yemen?\n\n"
        "The war between the Houthis and Yemen began in 2014.\n\n"
        "Who attacked whom?\n\n"
        "The Houthis attacked Yemen.\n\n"
        "Who brokered the deal?\n\n"
        "Saudi Arabia and Iran agreed to restore diplomatic relations through a deal "
        "brokered by China.\n",
        encoding="utf-8",
    )
    mediated = {b for a, b, rel, _ in table(path) if (a, rel) == ("China", "mediator")}
    assert mediated == {"Saudi Arabia", "Iran"}


def test_every_rule_needing_the_sides_gets_them(tmp_path):
    path = tmp_path / "war.txt"
    path.write_text(
        "When did the war end?\n\nGhana invaded Togo in 1969. Togo attacked Ghana in July. "
        "After four days of fighting, a cease fire was called under pressure from the OAS.\n",
        encoding="utf-8",
    )
    mediated = {b for a, b, rel, _ in table(path) if (a, rel) == ("OAS", "mediator")}
    assert mediated == {"Ghana", "Togo"}


def test_a_mediator_of_the_parties_its_sentence_lists_takes_no_file_sides(tmp_path):
    path = tmp_path / "balkans.txt"
    path.write_text(
        "Who fought?\n\nThe war between Bosnia and Republika Srpska began in 1992.\n\n"
        "Who attacked whom?\n\nRepublika Srpska attacked Bosnia in 1993.\n\n"
        "Who brokered the peace?\n\nThe agreement between Serbia, Bosnia, and Croatia was "
        "brokered by the United States at an air base near Dayton.\n",
        encoding="utf-8",
    )
    mediated = {b for a, b, rel, _ in table(path) if (a, rel) == ("United States", "mediator")}
    assert mediated == {"Serbia", "Bosnia and Herzegovina", "Croatia"}


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "the alliance" stands for the one organisation named before it
        (
            "NATO was founded in 1949. The alliance includes Norway, Italy and Denmark.",
            [[name, "NATO", "member"] for name in ("Norway", "Italy", "Denmark")],
        ),
        # two organisations named before: no referent, no row
        ("NATO and the EU met. The alliance includes Norway.", []),
        # "the union of X and Y" is a name of its own, not a reference
        ("NATO was founded in 1949. The union of Serbia and Montenegro includes Serbia.", []),
    ],
)
def test_the_alliance_refers_to_the_one_organisation_named_before(answer, expected):
    import pandas as pd

    import karabakh_nb as kn

    qa = pd.DataFrame({"id": ["f:1"], "question": ["Q?"], "answer": [answer], "source": ["f.txt"]})
    table = kn.extract(qa, "alliances")
    assert table[["a", "b", "relation"]].values.tolist() == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a coalition led by a state fights as that state
        (
            "The Saudi-led coalition fighting Houthi rebels bombed the port.",
            [["Saudi Arabia", "Houthis", "adversary"]],
        ),
        # two leaders: a row each
        (
            "The French-British-led coalition launched a campaign against Libya.",
            [["France", "Libya", "adversary"], ["United Kingdom", "Libya", "adversary"]],
        ),
        # membership names the coalition itself
        (
            "Egypt joined the Saudi-led coalition in 2015.",
            [["Egypt", "Saudi-led coalition", "member"]],
        ),
    ],
)
def test_a_coalition_led_by_a_state_stands_for_its_leader(answer, expected):
    qa = pd.DataFrame({"id": ["f:1"], "question": ["Q?"], "answer": [answer], "source": ["f.txt"]})
    table = kn.extract(qa, "alliances")
    assert sorted(table[["a", "b", "relation"]].values.tolist()) == sorted(expected)


def test_a_mediator_found_in_a_head_of_state_mediates_between_the_sides():
    answer = (
        "The war between Chile and Bolivia went on for years. "
        "Both sides found a mediator in Argentine President Julio Roca."
    )
    qa = pd.DataFrame({"id": ["f:1"], "question": ["Q?"], "answer": [answer], "source": ["f.txt"]})
    rows = {tuple(r) for r in kn.extract(qa, "alliances")[["a", "b", "relation"]].values}
    assert {("Argentina", "Chile", "mediator"), ("Argentina", "Bolivia", "mediator")} <= rows


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # an opening "They" is the party the sentence before opened with
        (
            "The Houthis are a rebel movement. They were armed and backed by Iran.",
            [["Iran", "Houthis", "ally"]],
        ),
        # an impersonal "It is believed that" stands for no one
        ("Iran is a large state. It is believed that Syria was backed by Iran.", []),
        # a sentence opening with no name leaves the pronoun unresolved
        ("The war began in 1980. It was backed by Iran.", []),
    ],
)
def test_an_opening_pronoun_is_the_subject_of_the_sentence_before(answer, expected):
    qa = pd.DataFrame({"id": ["f:1"], "question": ["Q?"], "answer": [answer], "source": ["f.txt"]})
    rows = kn.extract(qa, "alliances")[["a", "b", "relation"]].values.tolist()
    assert [r for r in rows if r[2] == "ally" and r[1] != "Syria"] == expected


def test_a_region_with_a_side_of_its_own_stands_for_that_side():
    # lexicon/region_sides.txt: Chechnya's belligerent is Ichkeria (as Karabakh's is Artsakh)
    answer = "In December 1994, Russian forces invaded Chechnya."
    qa = pd.DataFrame({"id": ["f:1"], "question": ["Q?"], "answer": [answer], "source": ["f.txt"]})
    rows = kn.extract(qa, "alliances")[["a", "b", "relation"]].values.tolist()
    assert rows == [["Ichkeria", "Russia", "adversary"]] or rows == [
        ["Russia", "Ichkeria", "adversary"]
    ]


def test_mediation_parties_are_the_answers_main_pair_of_foes():
    # A mediation whose sentence names no party is between the war's two sides: the
    # pair the answer states as fighting most often, not every state in an adversary row.
    answer = (
        "Ghana fought Togo in 1990. Ghana attacked Togo again in 1991. "
        "Benin attacked Togo in 1992. A ceasefire was later brokered by Mali."
    )
    rows = {(a, b, r) for a, b, r, _ in relations_in(answer) if r == "mediator"}
    assert rows == {("Mali", "Ghana", "mediator"), ("Mali", "Togo", "mediator")}


def test_mediation_parties_without_foes_are_the_two_most_named_in_the_fighting():
    # No adversary row: the two names the sentences about fighting name most often.
    answer = (
        "The war devastated Ghana. Refugees of the war fled from Ghana to Togo and Benin. "
        "A ceasefire was later brokered by Mali."
    )
    rows = {(a, b, r) for a, b, r, _ in relations_in(answer) if r == "mediator"}
    assert rows == {("Mali", "Ghana", "mediator"), ("Mali", "Togo", "mediator")}
