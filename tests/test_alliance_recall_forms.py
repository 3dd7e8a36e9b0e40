"""A challenge set for alliance recall: invented sentences in the forms history text uses
to state a relation, grouped by the language that carries it, each with every row a careful
reader finds (tests/corpus/ANNOTATING.md) and no other.

The entity layer knows real states only, so the sentences are invented about real ones
(Ghana, Togo, Mali, Niger...), never taken from the corpus. A peace treaty or a ceasefire
between two parties says they were at war (ANNOTATING.md: `adversary`).
"""

import pandas as pd
import pytest

import karabakh_nb as kn

ALLY, ADV, PARTNER, MED, MEMBER = "ally", "adversary", "partner", "mediator", "member"


def rows(*answers: str, question: str = "") -> list[set[tuple[str, str, str]]]:
    """The rows of each answer, symmetric relations with ``a`` < ``b``."""
    qa = pd.DataFrame(
        {
            "id": [f"x:{i}" for i in range(len(answers))],
            "question": [question] * len(answers),
            "answer": list(answers),
        }
    )
    table = kn.extract(qa, "alliances")
    out: list[set[tuple[str, str, str]]] = [set() for _ in answers]
    for r in table.itertuples():
        a, b = (r.a, r.b) if r.relation in (MEMBER, MED) else sorted((r.a, r.b))
        out[int(r.qa_id.split(":")[1])].add((a, b, r.relation))
    return out


def norm(expected: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(a, b, r) if r in (MEMBER, MED) else (*sorted((a, b)), r) for a, b, r in expected}


CASES = [
    # "war between A and B"
    ("The war between Ghana and Togo lasted two years.", {("Ghana", "Togo", ADV)}),
    ("In 1970 a war broke out between Mali and Niger over the border.", {("Mali", "Niger", ADV)}),
    ("An armed struggle between Benin and Togo began in 1960.", {("Benin", "Togo", ADV)}),
    (
        "A peace agreement closed the long war between Gabon and Cameroon.",
        {("Cameroon", "Gabon", ADV)},
    ),
    (
        "The conflict was fought from 1960 to 1964 between Ghana and two rebel states, "
        "Togo and Benin.",
        {("Ghana", "Togo", ADV), ("Benin", "Ghana", ADV)},
    ),
    (
        "It was a conflict that took place from 1960 to 1964, in the north of Mali, between "
        "Ghana and Togo.",
        {("Ghana", "Togo", ADV)},
    ),
    (
        "It was a conflict between the ethnic Ghanaians of Togo backed by Mali, and Niger with "
        "support from Chad.",
        {("Mali", "Togo", ALLY), ("Chad", "Niger", ALLY), ("Niger", "Togo", ADV)},
    ),
    ("War broke out between Ghana and Togo in 1970.", {("Ghana", "Togo", ADV)}),
    ("Hostilities between Ghana and Togo broke out in 1970.", {("Ghana", "Togo", ADV)}),
    # "A's invasion of B"
    ("Ghana's invasion of Togo began in March.", {("Ghana", "Togo", ADV)}),
    ("The Malian invasion of Niger ended in defeat.", {("Mali", "Niger", ADV)}),
    ("Chad condemned Ghana's invasion and annexation of Togo.", {("Ghana", "Togo", ADV)}),
    ("An incursion by Mali into the north of Niger was repelled.", {("Mali", "Niger", ADV)}),
    ("The occupation of Togo by Ghana ended in 1980.", {("Ghana", "Togo", ADV)}),
    # "A attacked / invaded / occupied / annexed / bombed B"
    ("Ghana attacked Togo in 1970.", {("Ghana", "Togo", ADV)}),
    ("In 1970 Mali invaded Niger.", {("Mali", "Niger", ADV)}),
    ("Benin occupied Togo for two years.", {("Benin", "Togo", ADV)}),
    ("Ghana annexed Togo in 1971.", {("Ghana", "Togo", ADV)}),
    ("Norwegian aircraft bombed Sweden on 3 May.", {("Norway", "Sweden", ADV)}),
    ("Mali bombed Niger and shelled its capital.", {("Mali", "Niger", ADV)}),
    ("Ghana routed Togo at the river.", {("Ghana", "Togo", ADV)}),
    ("Cameroon launched air strikes against Gabon.", {("Cameroon", "Gabon", ADV)}),
    (
        "The campaign consisted of air strikes by Cameroon against Gabon and Chad.",
        {("Cameroon", "Gabon", ADV), ("Cameroon", "Chad", ADV)},
    ),
    ("Ghana launched an invasion of Togo.", {("Ghana", "Togo", ADV)}),
    (
        "A Malian force of about 20,000 supported by 200 tanks entered northern Niger.",
        {("Mali", "Niger", ADV)},
    ),
    ("Malian troops crossed into Niger in May.", {("Mali", "Niger", ADV)}),
    ("Ghana took control of the region from Togo in 2020.", {("Ghana", "Togo", ADV)}),
    ("It was Ghana versus Togo.", {("Ghana", "Togo", ADV)}),
    # "A declared war on B"
    ("Ghana declared war on Togo in 1970.", {("Ghana", "Togo", ADV)}),
    (
        "On 3 May Mali declared war on Niger and Chad.",
        {("Mali", "Niger", ADV), ("Chad", "Mali", ADV)},
    ),
    (
        "Having been promised support by Mali and Niger, Ghana declared war on Togo.",
        {("Ghana", "Mali", ALLY), ("Ghana", "Niger", ALLY), ("Ghana", "Togo", ADV)},
    ),
    (
        "Having been promised support by Mali, the Ghanaians declared war on Togo.",
        {("Ghana", "Mali", ALLY), ("Ghana", "Togo", ADV)},
    ),
    # "A, backed by B, ..."
    ("Ghana, backed by Mali, fought Togo.", {("Ghana", "Mali", ALLY), ("Ghana", "Togo", ADV)}),
    (
        "Togo, supported by Benin and Niger, held out.",
        {("Benin", "Togo", ALLY), ("Niger", "Togo", ALLY)},
    ),
    ("The rebels of Togo were backed by Ghana.", {("Ghana", "Togo", ALLY)}),
    (
        "The war was fought between Ghana, backed by Mali, and Togo, backed by Benin.",
        {("Ghana", "Mali", ALLY), ("Benin", "Togo", ALLY), ("Ghana", "Togo", ADV)},
    ),
    (
        "The war was fought between Ghana backed by Mali, and Togo with support from Niger.",
        {("Ghana", "Mali", ALLY), ("Niger", "Togo", ALLY), ("Ghana", "Togo", ADV)},
    ),
    (
        "Ghana went on the offensive by partnering with Mali while being backed by Libya.",
        {("Ghana", "Mali", ALLY), ("Ghana", "Libya", ALLY)},
    ),
    (
        "RENAMO received funding from Rhodesia and (later) South Africa.",
        {("RENAMO", "Rhodesia", ALLY), ("RENAMO", "South Africa", ALLY)},
    ),
    (
        "Togo was supported by Mali and then Niger.",
        {("Mali", "Togo", ALLY), ("Niger", "Togo", ALLY)},
    ),
    # "A sided with B"
    ("Mali sided with Ghana in the war.", {("Ghana", "Mali", ALLY)}),
    ("Niger took the side of Togo.", {("Niger", "Togo", ALLY)}),
    (
        "In the war Chad sided with Ghana against Togo.",
        {("Chad", "Ghana", ALLY), ("Chad", "Togo", ADV), ("Ghana", "Togo", ADV)},
    ),
    # "A and B fought against C"
    ("Ghana and Mali fought against Togo.", {("Ghana", "Togo", ADV), ("Mali", "Togo", ADV)}),
    (
        "Ghana fought alongside Mali against Togo.",
        {("Ghana", "Mali", ALLY), ("Ghana", "Togo", ADV), ("Mali", "Togo", ADV)},
    ),
    (
        "The combined forces of Ghana and Mali attacked Togo.",
        {("Ghana", "Togo", ADV), ("Mali", "Togo", ADV), ("Ghana", "Mali", ALLY)},
    ),
    ("The rebels combined the forces of Ghana and Togo.", {("Ghana", "Togo", ALLY)}),
    ("In 1970 Togo rose up against Ghana.", {("Ghana", "Togo", ADV)}),
    (
        "Ghana fought against Togo in the north and against Benin in the south.",
        {("Ghana", "Togo", ADV), ("Benin", "Ghana", ADV)},
    ),
    # "A sent troops to help B"
    ("Mali sent troops to help Ghana.", {("Ghana", "Mali", ALLY)}),
    (
        "Niger sent troops to aid Togo against Ghana.",
        {("Niger", "Togo", ALLY), ("Ghana", "Niger", ADV), ("Ghana", "Togo", ADV)},
    ),
    ("The forces of Togo included thousands of troops sent by Niger.", {("Niger", "Togo", ALLY)}),
    ("Cuban troops entered Ghana in 1975 in support of the government.", {("Cuba", "Ghana", ALLY)}),
    # "A armed / funded / trained B"
    ("Mali armed Ghana.", {("Ghana", "Mali", ALLY)}),
    ("Niger funded and trained the rebels of Togo.", {("Niger", "Togo", ALLY)}),
    ("Gabon financed Cameroon's military buildup.", {("Cameroon", "Gabon", ALLY)}),
    ("Libya supplied weapons to Chad.", {("Chad", "Libya", ALLY)}),
    ("Mali provided Ghana with weapons and training.", {("Ghana", "Mali", ALLY)}),
    ("Ghana provided the Togolese army with training.", {("Ghana", "Togo", ALLY)}),
    ("Chad offered its support to Ghana.", {("Chad", "Ghana", ALLY)}),
    ("Mali is one of the main backers of Ghana.", {("Ghana", "Mali", ALLY)}),
    ("Niger claimed their troops were aiding Togo.", {("Niger", "Togo", ALLY)}),
    (
        "As the split deepened, Ghana made a major effort to support Mali.",
        {("Ghana", "Mali", ALLY)},
    ),
    (
        "The Soviets switched sides and started supporting the Ethiopians.",
        {("Ethiopia", "Soviet Union", ALLY)},
    ),
    ("Ghana relies heavily on Mali for weapons.", {("Ghana", "Mali", ALLY)}),
    ("Ghana backed Togo, as did Mali.", {("Ghana", "Togo", ALLY), ("Mali", "Togo", ALLY)}),
    ("Togo is Ghana's proxy.", {("Ghana", "Togo", ALLY)}),
    ("Mali guaranteed Ghana's security.", {("Ghana", "Mali", ALLY)}),
    ("Mali has a military base in Ghana.", {("Ghana", "Mali", ALLY)}),
    # "an alliance of A, B and C"
    (
        "An alliance of Ghana, Mali and Niger was formed in 1960.",
        {("Ghana", "Mali", ALLY), ("Ghana", "Niger", ALLY), ("Mali", "Niger", ALLY)},
    ),
    ("Ghana formed an alliance with Mali.", {("Ghana", "Mali", ALLY)}),
    ("Ghana and Mali were allies.", {("Ghana", "Mali", ALLY)}),
    ("Togo allied itself with Benin.", {("Benin", "Togo", ALLY)}),
    ("Ghana and Mali signed a treaty of alliance.", {("Ghana", "Mali", ALLY)}),
    ("Ghana and Mali have a defence agreement.", {("Ghana", "Mali", ALLY)}),
    (
        "Togo was allied initially with Mali, then with Niger.",
        {("Mali", "Togo", ALLY), ("Niger", "Togo", ALLY)},
    ),
    (
        "Togo was allied with Mali and later with Niger.",
        {("Mali", "Togo", ALLY), ("Niger", "Togo", ALLY)},
    ),
    # "A joined the war on B's side"
    ("Mali joined the war on Ghana's side.", {("Ghana", "Mali", ALLY)}),
    ("In 1971 Niger entered the war on the side of Togo.", {("Niger", "Togo", ALLY)}),
    # an opening time frame: its war is the subject's, its name no member
    (
        "After the war with Ghana, Togo joined NATO.",
        {("Ghana", "Togo", ADV), ("Togo", "NATO", MEMBER)},
    ),
    # "A broke off relations with B"
    ("Ghana broke off relations with Togo.", {("Ghana", "Togo", ADV)}),
    ("Mali severed diplomatic relations with Niger in 1970.", {("Mali", "Niger", ADV)}),
    ("Ghana and Togo have no diplomatic relations.", {("Ghana", "Togo", ADV)}),
    ("In June, Ghana and its satellites broke off relations with Togo.", {("Ghana", "Togo", ADV)}),
    # mediation
    (
        "Mali brokered talks between Ghana and Togo.",
        {("Mali", "Ghana", MED), ("Mali", "Togo", MED)},
    ),
    (
        "Niger mediated a ceasefire between Ghana and Togo.",
        {("Niger", "Ghana", MED), ("Niger", "Togo", MED), ("Ghana", "Togo", ADV)},
    ),
    (
        "The truce between Ghana and Togo was brokered by Mali.",
        {("Mali", "Ghana", MED), ("Mali", "Togo", MED), ("Ghana", "Togo", ADV)},
    ),
    (
        "Chad tried to broker a truce between Ghana and Togo.",
        {("Chad", "Ghana", MED), ("Chad", "Togo", MED), ("Ghana", "Togo", ADV)},
    ),
    (
        "Under Malian mediation, Ghana and Togo agreed to a ceasefire.",
        {("Mali", "Ghana", MED), ("Mali", "Togo", MED), ("Ghana", "Togo", ADV)},
    ),
    (
        "Mali played the role of mediator between Ghana and Togo.",
        {("Mali", "Ghana", MED), ("Mali", "Togo", MED)},
    ),
    # a peace treaty: its parties were at war
    ("Ghana and Togo signed a peace treaty in 1972.", {("Ghana", "Togo", ADV)}),
    ("In 1972 Mali signed a peace agreement with Niger.", {("Mali", "Niger", ADV)}),
    ("Ghana and Togo signed an armistice.", {("Ghana", "Togo", ADV)}),
    # "the A-B war"
    ("The Ghana-Togo war ended in 1972.", {("Ghana", "Togo", ADV)}),
    ("The Malian–Nigerien War lasted six days.", {("Mali", "Niger", ADV)}),
    # "A-backed B"
    ("The Mali-backed rebels of Ghana seized the capital.", {("Ghana", "Mali", ALLY)}),
    ("The Libyan-backed government of Chad fell.", {("Chad", "Libya", ALLY)}),
    # "fighting between A forces and B forces"
    ("Fighting between Ghanaian forces and Togolese troops continued.", {("Ghana", "Togo", ADV)}),
    (
        "Clashes between Malian troops and Nigerien soldiers killed dozens.",
        {("Mali", "Niger", ADV)},
    ),
    # "B, A's ally"
    ("Ghana attacked Togo, Mali's ally.", {("Ghana", "Togo", ADV), ("Mali", "Togo", ALLY)}),
    ("Niger invaded Benin, an ally of Togo.", {("Benin", "Niger", ADV), ("Benin", "Togo", ALLY)}),
    ("Mali was Ghana's closest ally.", {("Ghana", "Mali", ALLY)}),
    ("Togo has been the main ally of Benin since 1960.", {("Benin", "Togo", ALLY)}),
    (
        "Ghana, Mali's closest ally, attacked Togo.",
        {("Ghana", "Mali", ALLY), ("Ghana", "Togo", ADV)},
    ),
    (
        "Ghana broke with Mali, which had been Togo's strongest supporter since 1944.",
        {("Mali", "Togo", ALLY)},
    ),
    # coalition members
    (
        "Ghana, Mali and Niger formed a coalition against Togo.",
        {("Ghana", "Togo", ADV), ("Mali", "Togo", ADV), ("Niger", "Togo", ADV)},
    ),
    # passive
    ("Togo was invaded by Ghana in 1970.", {("Ghana", "Togo", ADV)}),
    (
        "In 1971 Niger was attacked by Mali and Chad.",
        {("Mali", "Niger", ADV), ("Chad", "Niger", ADV)},
    ),
    ("Togo was occupied by Ghanaian troops.", {("Ghana", "Togo", ADV)}),
    ("Togo was defeated by Ghana.", {("Ghana", "Togo", ADV)}),
    # "A's troops clashed with B's"
    ("Ghana's troops clashed with Togo's.", {("Ghana", "Togo", ADV)}),
    ("Malian troops clashed with Nigerien forces on the border.", {("Mali", "Niger", ADV)}),
    ("Ghanaian and Togolese troops clashed near the border.", {("Ghana", "Togo", ADV)}),
    # diplomacy
    ("Ghana signed a treaty of friendship with Mali.", {("Ghana", "Mali", PARTNER)}),
    (
        "Ghana had forged particularly close connections with Mali, Niger and Chad.",
        {("Ghana", "Mali", PARTNER), ("Ghana", "Niger", PARTNER), ("Chad", "Ghana", PARTNER)},
    ),
    ("Ghana and Mali established diplomatic relations in 1960.", {("Ghana", "Mali", PARTNER)}),
    # asides between a name and its verb
    ("Mali -- then ruled by a junta -- supported Ghana.", {("Ghana", "Mali", ALLY)}),
    (
        "The Soviets -- then patrons of the Somalis -- switched sides and supported the "
        "Ethiopians.",
        {("Soviet Union", "Somalia", ALLY), ("Ethiopia", "Soviet Union", ALLY)},
    ),
    ("Togo, led by Niger, was allied with Mali.", {("Mali", "Togo", ALLY)}),
    # negated and hypothetical: no row
    ("Ghana did not invade Togo.", set()),
    ("Mali never sided with Ghana.", set()),
    ("Ghana denied supplying weapons to Togo.", set()),
    ("If Ghana attacks Togo, Mali will respond.", set()),
    ("Ghana relies on Mali for trade.", set()),
    ("Malian troops entered the war in 1970.", set()),
    ("The two countries would resume trade and diplomatic ties.", set()),
]


def test_the_set_is_large_enough():
    assert len(CASES) >= 80


@pytest.fixture(scope="module")
def read() -> list[set[tuple[str, str, str]]]:
    return rows(*(sentence for sentence, _ in CASES))


@pytest.mark.parametrize(("k", "sentence", "expected"), [(k, *c) for k, c in enumerate(CASES)])
def test_a_sentence_gives_its_rows(read, k, sentence, expected):
    assert read[k] == norm(expected), sentence


def test_an_opening_it_is_the_party_the_sentence_before_opened_with():
    (got,) = rows(
        "RENAMO is a political party in Mozambique. It fought against FRELIMO in the civil "
        "war and against ZANU from 1975 to 1992."
    )
    assert got == {("FRELIMO", "RENAMO", ADV), ("RENAMO", "ZANU", ADV)}


def test_an_opening_it_after_an_opening_place_and_in_a_chain_of_sentences():
    (got,) = rows(
        "In Chad Ghana fought the MPLA between 1961 and 1974. It also fought the PAIGC in "
        "Togo between 1963 and 1974. Finally, it fought FRELIMO in Benin in 1964."
    )
    assert got == {("Ghana", "MPLA", ADV), ("Ghana", "PAIGC", ADV), ("FRELIMO", "Ghana", ADV)}


def test_an_opening_it_was_speaks_of_no_one():
    (got,) = rows("Ghana is a state. It was a war between Mali and Togo.")
    assert got == {("Mali", "Togo", ADV)}
