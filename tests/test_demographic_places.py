"""Which place a share is said of: "where" clauses, brackets, "Mount"/"Greater" names."""

from __future__ import annotations

from tests.test_demographics import rows

ABOUT_LATVIA = "What is the religion of Latvia?"


def test_a_where_clause_gives_its_place_to_every_share_in_it():
    got = rows(
        "They asked for a state around the Mount Latvia area, where Sylvans make up roughly 80% "
        "of the population and Setos make up the remaining 20%, but also Riga.",
        ABOUT_LATVIA,
    )
    assert {(s, g, v) for s, g, v, *_ in got} == {
        ("Mount Latvia", "Sylvans", 80),
        ("Mount Latvia", "Setos", 20),
    }


def test_mount_and_greater_name_a_place_of_their_own():
    got = rows(
        'In this "Greater Latvia", Sylvans composed roughly 51% of the population.', ABOUT_LATVIA
    )
    assert got == [("Greater Latvia", "Sylvans", 51, "percent", "approx", None)]
    # Without the word the state is the place.
    got = rows("In Latvia, Sylvans composed roughly 51% of the population.", ABOUT_LATVIA)
    assert got == [("Latvia", "Sylvans", 51, "percent", "approx", None)]


def test_its_population_in_brackets_is_the_place_before_the_bracket():
    got = rows(
        "One faction was from Khubury (near the border; 31.3% of its population is Armenian) "
        "and the "
        "other came from Kubury (southeast of Riga, 12.7% of its population is Armenian).",
        ABOUT_LATVIA,
    )
    assert [(s, v) for s, _, v, *_ in got] == [("Khubury", 31.3), ("Kubury", 12.7)]


def test_a_sentence_opening_on_an_island_names_it():
    got = rows("On the island of Zanbury, about 98% of the inhabitants are Muslim.", ABOUT_LATVIA)
    assert got == [("Zanbury", "Muslim", 98, "percent", "approx", None)]


def test_majorities_owned_counted_or_under_a_heading():
    got = rows("Tension rose between Estonia's majority Sylvans and minority Setos.", ABOUT_LATVIA)
    assert ("Estonia", "Sylvans", None, "percent", "majority", None) in got
    got = rows("Its population of 150,000 (2015 est.) is mostly Seto.", ABOUT_LATVIA)
    assert ("Latvia", "Seto", None, "percent", "majority", 2015) in got
    got = rows("Religion: Overwhelmingly Lutheran, although Seto groups are active.", ABOUT_LATVIA)
    assert got == [("Latvia", "Lutheran", None, "percent", "majority", None)]
    # "The Setos are mostly Lutheran": a people's faith, not a place's majority.
    assert rows("The Setos are mostly Lutheran.", ABOUT_LATVIA) == []


def test_the_share_of_a_majority_in_brackets():
    got = rows("The majority of the population (about 80%) is Lutheran.", ABOUT_LATVIA)
    assert got == [("Latvia", "Lutheran", 80, "percent", "approx", None)]


def test_the_region_is_the_one_region_the_pair_names():
    question = "Did Estonia recognise Abkhazia?"
    got = rows(
        "After the collapse of Latvia, war came in 1992. The war left 250,000 Setos (who had "
        "constituted a majority in the region) homeless.",
        question,
    )
    assert got == [("Abkhazia", "Setos", None, "percent", "majority", None)]
    got = rows("Estonia backed Latvia. The enclave's 150,000 residents are mostly Setos.", question)
    assert ("Abkhazia", "population", 150000, "people", "exact", None) in got
    # Two regions named: "the region" is neither's; the last place named before holds.
    got = rows(
        "Chechnya fought Abkhazia. Setos (who had constituted a majority in the region) fled.",
        "Did Estonia recognise Latvia?",
    )
    assert got == [("Chechnya", "Setos", None, "percent", "majority", None)]


def test_populations_of_towns_no_list_holds():
    assert rows("Lowbury counted 20,000 inhabitants in 1989.", ABOUT_LATVIA) == [
        ("Lowbury", "population", 20000, "people", "exact", 1989)
    ]
    assert rows("About 20,000 people call Lowbury home.", ABOUT_LATVIA)[0][:3] == (
        "Lowbury",
        "population",
        20000,
    )
    assert rows("Lowbury (20,000 inhabitants) lies on the river.", ABOUT_LATVIA)[0][:3] == (
        "Lowbury",
        "population",
        20000,
    )
    # Troops and the dead a place "has" are no population.
    assert rows("Latvia has 5,000 troops and 300 people killed.") == []


def test_a_group_living_in_the_region_is_counted_there():
    got = rows(
        "Some 30,000 Setos lived in the region before the war.", "Did Estonia recognise Abkhazia?"
    )
    assert got == [("Abkhazia", "Setos", 30000, "people", "approx", None)]


def test_a_lower_case_class_before_its_population_is_the_group_of_the_share():
    got = rows("The mixed population of Latvia was about 4 per cent of the total.", ABOUT_LATVIA)
    assert got == [("Latvia", "mixed", 4, "percent", "approx", None)]
    got = rows("The urban population was half a per cent of the total.", ABOUT_LATVIA)
    assert got == [("Latvia", "urban", 0.5, "percent", "exact", None)]
    # Denied: no row.
    assert rows("The mixed population was not 4 per cent of the total.", ABOUT_LATVIA) == []


def test_a_rise_from_the_earlier_count_is_its_own_row_with_its_own_year():
    got = rows(
        "The 1910 census of Latvia recorded 2,400,500 people, a sharp rise from the 1,900,250 "
        "counted in 1900.",
        ABOUT_LATVIA,
    )
    assert {(v, y) for _, _, v, _, _, y in got} == {(2400500, 1910), (1900250, 1900)}
