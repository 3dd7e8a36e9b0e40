"""A challenge set of general English for alliances: invented sentences in the forms history
text uses, each with the rows a careful reader finds (tests/corpus/ANNOTATING.md).

The emphasis is on non-state sides the lexicon does not know, named by a capitalised plural
("the Loyalists", "the Royalists", "the Insurgents") or a movement's name ("the Sylvanian
Liberation Front", "the Freedonian People's Army"), and on negated and hypothetical
sentences that must give no row. States are real ones in invented sentences.
"""

import pandas as pd
import pytest

import karabakh_nb as kn


def rows(answer: str, question: str = "") -> set[tuple[str, str, str]]:
    qa = pd.DataFrame({"id": ["x:1"], "question": [question], "answer": [answer]})
    table = kn.extract(qa, "alliances")
    out = set()
    for r in table.itertuples():
        a, b = (r.a, r.b) if r.relation in ("member", "mediator") else sorted((r.a, r.b))
        out.add((a, b, r.relation))
    return out


ALLY, ADV, PARTNER, MED, MEMBER = "ally", "adversary", "partner", "mediator", "member"

CASES = [
    # Capitalised plurals as sides.
    (
        "The Loyalists were backed by Ghana and Togo.",
        {("Ghana", "Loyalists", ALLY), ("Loyalists", "Togo", ALLY)},
    ),
    ("Ghana sent troops to aid the Royalists.", {("Ghana", "Royalists", ALLY)}),
    ("The war pitted the Loyalists against the Royalists.", {("Loyalists", "Royalists", ADV)}),
    (
        "The Republicans were supported by Mexico, while the Nationalists received aid from Italy.",
        {("Mexico", "Republicans", ALLY), ("Italy", "Nationalists", ALLY)},
    ),
    ("Arms from Ghana reached the Insurgents.", {("Ghana", "Insurgents", ALLY)}),
    ("The Royalists fought the Republicans for three years.", {("Republicans", "Royalists", ADV)}),
    ("Italy supplied weapons to the Nationalists.", {("Italy", "Nationalists", ALLY)}),
    (
        "The Loyalists, backed by France, fought the Insurgents.",
        {("France", "Loyalists", ALLY), ("Insurgents", "Loyalists", ADV)},
    ),
    ("The Unionists were allied with the Royalists.", {("Royalists", "Unionists", ALLY)}),
    ("Mexico provided military aid to the Republicans.", {("Mexico", "Republicans", ALLY)}),
    (
        "It was a civil war between the Republicans and the Nationalists.",
        {("Nationalists", "Republicans", ADV)},
    ),
    ("Ghana invaded Togo in 1990.", {("Ghana", "Togo", ADV)}),
    # Movements the lexicon lacks.
    (
        "The Sylvanian Liberation Front fought against Portugal.",
        {("Portugal", "Sylvanian Liberation Front", ADV)},
    ),
    (
        "The Freedonian People's Army was armed by Ghana.",
        {("Freedonian People's Army", "Ghana", ALLY)},
    ),
    (
        "The Sylvanian Liberation Front received weapons from Cuba.",
        {("Cuba", "Sylvanian Liberation Front", ALLY)},
    ),
    (
        "The Freedonian People's Army was supported by China and Cuba.",
        {("China", "Freedonian People's Army", ALLY), ("Cuba", "Freedonian People's Army", ALLY)},
    ),
    (
        "The war was fought between Portugal and the Sylvanian Liberation Front.",
        {("Portugal", "Sylvanian Liberation Front", ADV)},
    ),
    (
        "The Sylvanian Liberation Front was allied with the Freedonian People's Army.",
        {("Freedonian People's Army", "Sylvanian Liberation Front", ALLY)},
    ),
    # "The Front": the one named group of the answer whose name ends in that noun.
    (
        "The Sylvanian Liberation Front was founded in 1960. The Front fought against Portugal.",
        {("Portugal", "Sylvanian Liberation Front", ADV)},
    ),
    (
        "The Sylvanian Liberation Front was founded in 1960. The Front was armed by Cuba.",
        {("Cuba", "Sylvanian Liberation Front", ALLY)},
    ),
    (
        "The Sylvanian Liberation Front and the Freedonian Popular Front were founded in 1960."
        " The Front was armed by Cuba.",
        set(),
    ),
    # "the rebels", "the rebel government", "the colonial government": the answer's sides,
    # one of them a group the lexicon lacks.
    (
        "The war was fought between Portugal and the Sylvanian Liberation Front."
        " Cuba supplied weapons to the rebels.",
        {
            ("Portugal", "Sylvanian Liberation Front", ADV),
            ("Cuba", "Sylvanian Liberation Front", ALLY),
        },
    ),
    (
        "The war was fought between Portugal and the Sylvanian Liberation Front."
        " Ghana recognised the rebel government.",
        {
            ("Portugal", "Sylvanian Liberation Front", ADV),
            ("Ghana", "Sylvanian Liberation Front", PARTNER),
        },
    ),
    (
        "The war was fought between Portugal and the Sylvanian Liberation Front."
        " The colonial government was backed by Spain.",
        {("Portugal", "Sylvanian Liberation Front", ADV), ("Portugal", "Spain", ALLY)},
    ),
    # More plural sides.
    ("Ghana intervened on the side of the Loyalists.", {("Ghana", "Loyalists", ALLY)}),
    ("Volunteers from Cuba fought alongside the Republicans.", {("Cuba", "Republicans", ALLY)}),
    (
        "The Royalists were defeated by the Republicans in 1651.",
        {("Republicans", "Royalists", ADV)},
    ),
    ("The Insurgents were armed and trained by Ghana.", {("Ghana", "Insurgents", ALLY)}),
    (
        "The Loyalists and the Royalists signed an armistice brokered by the UN.",
        {("UN", "Loyalists", MED), ("UN", "Royalists", MED), ("Loyalists", "Royalists", ADV)},
    ),
    (
        "The Nationalists, led by General Garcia, were supported by Germany and Italy.",
        {("Germany", "Nationalists", ALLY), ("Italy", "Nationalists", ALLY)},
    ),
    (
        "The Soviet Union was the main supplier of arms to the Republicans.",
        {("Republicans", "Soviet Union", ALLY)},
    ),
    (
        "The war ended with the victory of the Nationalists over the Republicans.",
        {("Nationalists", "Republicans", ADV)},
    ),
    (
        "Italy sent 50,000 troops to fight on the side of the Nationalists.",
        {("Italy", "Nationalists", ALLY)},
    ),
    (
        "The Royalists allied with Spain against the Parliamentarians.",
        {
            ("Royalists", "Spain", ALLY),
            ("Parliamentarians", "Royalists", ADV),
            ("Parliamentarians", "Spain", ADV),
        },
    ),
    (
        "Ghana allied with Mali against Togo.",
        {("Ghana", "Mali", ALLY), ("Ghana", "Togo", ADV), ("Mali", "Togo", ADV)},
    ),
    ("Both the Republicans and the Nationalists were accused of atrocities.", set()),
    (
        "The Ghana-backed Loyalists fought the Royalists.",
        {("Ghana", "Loyalists", ALLY), ("Loyalists", "Royalists", ADV)},
    ),
    # States.
    ("France and Ghana formed an alliance in 1990.", {("France", "Ghana", ALLY)}),
    ("Ghana and Togo established diplomatic relations in 1995.", {("Ghana", "Togo", PARTNER)}),
    ("Ghana joined NATO in 2004.", {("Ghana", "NATO", MEMBER)}),
    (
        # A ceasefire between two states says they fought.
        "Ghana and Togo signed a ceasefire brokered by the UN.",
        {("UN", "Ghana", MED), ("UN", "Togo", MED), ("Ghana", "Togo", ADV)},
    ),
    (
        "Ghana fought a war with Togo. In 1995 the two sides signed an armistice"
        " brokered by the UN.",
        {("Ghana", "Togo", ADV), ("UN", "Ghana", MED), ("UN", "Togo", MED)},
    ),
    ("Cuba sent troops to support Angola.", {("Angola", "Cuba", ALLY)}),
    ("Ghana was supported by France.", {("France", "Ghana", ALLY)}),
    ("Ghana has no diplomatic relations with Togo.", {("Ghana", "Togo", ADV)}),
    (
        "Ghana was backed by France, while Togo was backed by Mali.",
        {("France", "Ghana", ALLY), ("Mali", "Togo", ALLY)},
    ),
    # Negated and hypothetical: no row.
    ("Ghana did not send troops to aid the Royalists.", set()),
    ("Ghana refused to supply weapons to the Loyalists.", set()),
    ("Ghana is not a member of NATO.", set()),
    ("Ghana denied supplying weapons to the Insurgents.", set()),
    ("If Ghana invaded Togo, France would intervene.", set()),
    ("Ghana never recognised the Republicans.", set()),
    ("Ghana threatened to invade Togo.", set()),
    ("Ghana planned to attack Togo in 1990.", set()),
    ("The Insurgents did not receive weapons from Ghana.", set()),
    ("Arms from Ghana never reached the Insurgents.", set()),
    # Capitalised plurals that are no side.
    ("The Balkans were visited by France in 1990.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_challenge(sentence, expected):
    assert rows(sentence) == expected
