"""A part of people a sentence counted is theirs, even when they are no casualty (made up)."""

from __future__ import annotations

from tests.casualty_support import rows


def test_a_part_of_people_counted_as_no_casualty_is_theirs():
    # The 2,000 camped (no casualty); 900 of them died: Peruvian soldiers.
    assert rows(
        "Some 2,000 Peruvian soldiers camped by the river, and by noon more than 900 of them "
        "were dead."
    ) == [("Peru", "military", 900, "at_least")]


def test_of_them_counts_the_people_the_sentence_counted_last():
    assert rows(
        "Of the almost 9,000 Peruvians, some 5,000 took part in the fighting, and roughly "
        "1,000 of them were killed."
    ) == [("Peru", "unspecified", 1000, "approx")]


def test_those_deaths_after_a_figure_are_part_of_it():
    assert rows(
        "About 40 Chilean sailors were killed in the war, though only 12 of those deaths "
        "were due to combat, and 19 were wounded."
    ) == [
        ("Chile", "military", 40, "approx"),
        ("Chile", "military", 12, "exact"),
        ("Chile", "wounded", 19, "exact"),
    ]


def test_a_body_of_soldiers_losing_a_bare_figure_loses_soldiers():
    assert rows("The 12th regiment, which led the assault, lost 725 killed and 1,200 wounded.") == [
        ("unspecified", "military", 725, "exact"),
        ("unspecified", "wounded", 1200, "exact"),
    ]
    assert rows(
        "The Chilean army raised for the war with Peru, the author notes, had 70,000 men, "
        "15,000 hospital admissions and 3,900 dead."
    ) == [("Chile", "military", 3900, "exact")]
    # Not past another party, nor what the body did.
    assert rows("The Chilean garrison lost 420 killed while Peru lost 300 killed.") == [
        ("Chile", "military", 420, "exact"),
        ("Peru", "unspecified", 300, "exact"),
    ]
    assert rows("The Chilean army had killed 3,000 people in the valley.")[0][1] == "unspecified"


def test_the_ends_of_a_range_are_of_one_kind():
    # The low end takes no kind from the peacekeepers counted before the range.
    found = rows(
        "Casualties and losses 1,200 killed, 900 wounded 5 UN peacekeepers 40,000–200,000 "
        "killed in total"
    )
    assert found[-2:] == [
        ("unspecified", "unspecified", 40000, "at_least"),
        ("unspecified", "unspecified", 200000, "at_most"),
    ]
    assert [r[1] for r in rows("About 3,000–10,000 soldiers were killed.")] == ["military"] * 2


def test_a_label_after_a_figure_names_the_next_figure():
    # "Civilians missing:" labels the 600, not the 2,100 before it.
    assert rows("Soldiers killed: 2,100 Soldiers wounded: 600") == [
        ("unspecified", "military", 2100, "exact"),
        ("unspecified", "wounded", 600, "exact"),
    ]
    assert rows("1,400 killed 2,400 wounded Civilians killed: 2,100 Civilians missing: 600") == [
        ("unspecified", "unspecified", 1400, "exact"),
        ("unspecified", "wounded", 2400, "exact"),
        ("unspecified", "civilian", 2100, "exact"),
        ("unspecified", "missing", 600, "exact"),
    ]


def test_a_share_of_a_casualty_figure_leaves_the_figure_a_row():
    # "most of" its victims: the victims are counted, both ends of the range.
    assert rows(
        "Most of the regime's estimated 30,000 to 750,000 victims are believed to have been "
        "innocents."
    ) == [
        ("unspecified", "unspecified", 30000, "at_least"),
        ("unspecified", "unspecified", 750000, "at_most"),
    ]
    assert rows("A quarter of its 48 million people fled.") == []


def test_a_gapped_bare_figure_with_its_own_participle_is_the_name_before_it():
    assert rows("Peru lost 4,000 killed and Chile 2,500 killed.") == [
        ("Peru", "unspecified", 4000, "exact"),
        ("Chile", "unspecified", 2500, "exact"),
    ]
    assert (
        rows("Peru lost 4,000 killed or wounded and the Chileans 2,500 killed or wounded.")[1][0]
        == "Chile"
    )


def test_a_whole_opening_the_sentence_with_its_is_no_casualty():
    found = rows("Of its roughly 150 soldiers, 14 died and another eight were badly wounded.")
    assert [r[1:3] for r in found] == [("military", 14), ("wounded", 8)]


def test_a_sentence_glued_after_an_infobox_figure_is_not_its_noun():
    assert rows("Civilians killed: 2,478 Total killed: 11,107 The British used the term.") == [
        ("unspecified", "civilian", 2478, "exact"),
        ("unspecified", "unspecified", 11107, "exact"),
    ]


def test_civilians_after_a_labels_own_figures_are_not_the_labels():
    found = rows(
        "Israel: 172 killed 817 wounded France: 10 killed 33 wounded 1,000 civilians killed"
    )
    assert found[-1] == ("unspecified", "civilian", 1000, "exact")
    assert found[-2] == ("France", "wounded", 33, "exact")
    # The label's first figure stays its own.
    assert rows("Peru: 3,000 civilians killed, 200 soldiers killed")[0] == (
        "Peru",
        "civilian",
        3000,
        "exact",
    )
    found = rows("The losses were: Peru: 5,000 soldiers; Bolivia: 1,800 soldiers, 1,300 civilians.")
    assert found[-1] == ("Bolivia", "civilian", 1300, "exact")
