"""Tables flattened into a sentence: runs of LABEL NUMBER rows (invented figures)."""

from __future__ import annotations

from karabakh_nb.rules import apply_rules
from tests.test_demographics import rows


def _kept(found: list[tuple]) -> list[tuple]:
    return [(r[0], r[1], r[2], r[3]) for r in found]


def test_a_group_table_with_counts_and_shares():
    answer = (
        "Origin Population Percent Setos 1,204,330 61.2 Vorians 512,870 26.1 Other 250,008 12.7"
    )
    found = _kept(rows(answer, "What is the ethnic makeup of Freedonia?"))
    assert ("Freedonia", "Setos", 1204330, "people") in found
    assert ("Freedonia", "Setos", 61.2, "percent") in found
    assert ("Freedonia", "Vorians", 26.1, "percent") in found
    assert ("Freedonia", "Other", 250008, "people") in found
    assert len(found) == 6


def test_a_place_table_gives_each_place_its_population():
    answer = "By county: County Population Marlow 402,118 Eastfold 318,245 Brinmoor 120,906"
    found = _kept(rows(answer, "What was the population of Sylvania?"))
    assert found == [
        ("Marlow", "population", 402118, "people"),
        ("Eastfold", "population", 318245, "people"),
        ("Brinmoor", "population", 120906, "people"),
    ]


def test_column_names_before_a_repeated_count_noun_are_groups():
    answer = (
        "District Urban Population Rural Population Marlow 40,118 92,330 "
        "Eastfold 31,245 80,012 Brinmoor 12,906 51,777"
    )
    found = _kept(rows(answer, "What was the population of Sylvania?"))
    assert ("Marlow", "urban", 40118, "people") in found
    assert ("Brinmoor", "rural", 51777, "people") in found
    assert len(found) == 6


def test_a_run_of_year_and_count_rows():
    answer = "Sylvania Year Pop. ±% 1901 70,310 — 1911 81,000 +15.2% 1921 95,400 +17.8%"
    found = rows(answer, "How did the population of Sylvania grow?")
    assert [(r[0], r[1], r[2], r[5]) for r in found] == [
        ("Sylvania", "population", 70310, 1901),
        ("Sylvania", "population", 81000, 1911),
        ("Sylvania", "population", 95400, 1921),
    ]


def test_a_labelled_year_run_is_the_labels_group():
    answer = "Population of Freedonia census: Baptized Setos 1850: 410 1870: 2,315 1890: 9,870"
    found = rows(answer, "How many Setos lived in Freedonia?")
    assert [(r[1], r[2], r[5]) for r in found] == [
        ("Baptized Setos", 410, 1850),
        ("Baptized Setos", 2315, 1870),
        ("Baptized Setos", 9870, 1890),
    ]


def test_two_rows_are_no_table():
    answer = "Origin Population Setos 1,204,330 Vorians 512,870 in the census of Freedonia."
    assert not [r for r in rows(answer) if r[2] in (1204330, 512870) and r[1] != "population"]


def test_a_table_of_losses_is_no_population():
    answer = "Province Killed Marlow 4,118 Eastfold 3,245 Brinmoor 1,906"
    assert rows(answer, "How many died in the war?") == []


def test_an_infobox_total_gives_each_estimate_to_the_people():
    answer = (
        "Setos in Freedonia Total population 1,2 million (Marlow 2011 census) "
        "1,5 million (Seto claim) Regions with significant populations Mainly in the east"
    )
    found = rows(answer, "How many Setos live in Freedonia?")
    assert [(r[0], r[1], r[2], r[5]) for r in found] == [
        ("Freedonia", "Setos", 1200000, 2011),
        ("Freedonia", "Setos", 1500000, None),
    ]


def test_total_is_no_group_of_a_population():
    answer = (
        "Sylvania Total population 2,400,000 (2010 census) Regions with significant populations"
    )
    found = apply_rules("demographics", "t:1", answer, subject_of=lambda: None)
    assert all(r["group"] != "Total" for r in found)
