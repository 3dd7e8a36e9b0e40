"""Names the lexicon lacks, read from their place in a list (karabakh_nb.named_lists).

Invented states (Freedonia, Sylvania, Vulgaria, Ruritania) listed with real ones.
"""

import pytest

from karabakh_nb.annotate import annotate
from karabakh_nb.entities import find_entities
from karabakh_nb.named_lists import short_name
from tests.test_alliance_phrases import rows


def names(text: str) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in find_entities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "A, B and C", Oxford comma or not, "the" before a member
        (
            "Russia lost to an alliance of France, the United Kingdom and Freedonia.",
            ["Russia", "France", "United Kingdom", "Freedonia"],
        ),
        ("France, Sylvania, and Austria signed.", ["France", "Sylvania", "Austria"]),
        # "between A and B"
        ("The war between Freedonia and Bolivia ended.", ["Freedonia", "Bolivia"]),
        # "A, B, as well as C"
        ("France, Spain, as well as Sylvania joined.", ["France", "Spain", "Sylvania"]),
        # a sentence may open with the unknown member
        ("Freedonia, France and Spain declared war.", ["Freedonia", "France", "Spain"]),
        # a coalition named by its members: the list is no tail of a longer name
        ("The Coalition of France, Spain and Sylvania won.", ["France", "Spain", "Sylvania"]),
    ],
)
def test_a_capitalised_name_listed_with_known_states_is_a_state(text, expected):
    assert [n for n, _ in names(text)] == expected
    assert all(kind == "state" for _, kind in names(text))


def test_a_listed_name_goes_under_its_short_form():
    assert names("Spain and the Grand Duchy of Vulgaria signed a pact.") == [
        ("Spain", "state"),
        ("Vulgaria", "state"),
    ]
    assert [n for n, _ in names("France and the Kingdom of Ruritania fought.")] == [
        "France",
        "Ruritania",
    ]
    # the words before "of" must all be a state's title: "Free State" is part of a name
    assert short_name("Republic of the Vulgarian Free State") == "Vulgarian Free State"
    assert short_name("Bank of Sylvania") == "Bank of Sylvania"


def test_a_list_of_sides_makes_its_members_sides():
    assert names("Hamas, Hezbollah and the Sylvanian Brotherhood of Ruritania clashed.")[:2] == [
        ("Hamas", "side"),
        ("Hezbollah", "side"),
    ]
    found = names("Clashes involved Hamas, Hezbollah and Ruritania.")
    assert ("Ruritania", "side") in found


def test_an_appositive_list_after_a_count_and_a_plural_head():
    text = (
        "It was fought between Spain and two small states, the Sylvanian Republic "
        "(Vulgaria) and the Freedonian Free State."
    )
    found = find_entities(text)
    assert [(e.name, e.kind) for e in found] == [
        ("Spain", "state"),
        ("Vulgaria", "state"),  # the bracketed alias: one entity, under the shorter name
        ("Freedonian Free State", "state"),
    ]
    assert found[1].surface == "Sylvanian Republic (Vulgaria)"
    # a determiner for a count: any number of members
    found = find_entities("Mali backed its allies, Vulgaria and Sylvania.")
    assert [(e.name, e.kind) for e in found] == [
        ("Mali", "state"),
        ("Vulgaria", "state"),
        ("Sylvania", "state"),
    ]
    # the count must agree with the list
    assert [
        e.name for e in find_entities("Spain fought two states, Vulgaria, Sylvania and Ruritania.")
    ] == ["Spain"]
    # a head of places: the names are places
    assert [e.name for e in find_entities("Spain fought in two towns, Vulgaria and Sylvania.")] == [
        "Spain"
    ]


def test_a_known_demonym_inside_a_bracketed_name_is_part_of_it():
    found = names("The war between Spain and the Bolivian Republic (Ruritania) ended.")
    assert found == [("Spain", "state"), ("Ruritania", "state")]


def test_a_one_letter_misspelling_of_a_known_name_is_that_name():
    assert [n for n, _ in names("The war between Bolivla and Paraguay ended.")] == [
        "Bolivia",
        "Paraguay",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # persons: a title, a leader listed with them, a verb of saying, "under"
        "France, Spain and President Vulgar met.",
        "France, Spain and General Ruritan Vulgar met.",
        "Its army chief Ruritan and Spain fought.",
        "Putin, Erdogan and Vulgarov met.",
        "France and Spain, Ruritan Vulgar said.",  # "and" closes the list
        "France, Spain and Boris Vulgar said.",
        "Spain was backed by France under Ruritan Vulgar as well as Russia.",
        # names of treaties, battles, operations, accords
        "France, Spain and the Treaty of Sylvania.",
        "Spain, France and the Battle of Vulgaria.",
        "Spain, France and Operation Sylvania.",
        "Spain and the Sylvania Accords.",
        # months, days, compass points, sentence adverbs
        "In March, France and Spain signed.",
        "On Monday, France and Spain signed.",
        "Russia and the West clashed.",
        "Meanwhile, France and Spain signed.",
        "Initially, France and Spain signed.",
        # demonyms and peoples, a word qualifying a noun
        "Spain, France and the Sylvanians fought.",
        "Spain and Sylvanian troops fought.",
        "The United States and Vulgaria partners struck.",
        # a model of weapon, a hyphenated modifier
        "France, Spain and Vulgaria-25 jets.",
        "France and Vulgaria-backed rebels fought.",
        # places: cities the lexicon knows, a list after "in" or a head of places
        "Troops reached Kyiv and Sylvania.",
        "Fighting spread in Spain, France and Vulgaria.",
        "the towns of Sylvania and Spain",
        # a list that is the tail of a longer name
        "The Islamic State of Iraq and the Vulgaria fought.",
        # two clauses, no list: "X backing A and B supplying C"
        "Egypt backing Vulgaria and the UAE supplying Sudan.",
        # no known party in the list, or no "and"
        "Sylvania and Freedonia fought.",
        "Spain, Sylvania, Freedonia.",
    ],
)
def test_what_a_list_does_not_make_a_party(text):
    new = {"Vulgar", "Vulgaria", "Sylvania", "Freedonia", "Ruritan", "Vulgarov", "West"}
    found = {e.name for e in find_entities(text)}
    assert not any(any(part in name for part in new) for name in found), found


def test_the_listed_name_reaches_the_annotation_and_the_tables():
    text = "Russia lost to an alliance of France, the United Kingdom and Freedonia."
    sentence = annotate(text).sentences[0]
    assert "Freedonia" in [e.name for e in sentence.entities]
    assert ("Freedonia", "Russia", "adversary") in rows(text)
