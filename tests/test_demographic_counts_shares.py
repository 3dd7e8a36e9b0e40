"""Counts said with their shares, a share's change, a place before "with a population":
invented names and sentences."""

from __future__ import annotations

from karabakh_nb.numbers import find_numbers
from tests.test_demographics import rows


def test_a_count_and_the_share_it_makes_up_are_the_groups():
    got = rows(
        "Portugal has a population of 20,000 with 12,000 Setos making up 60 percent while "
        "5,000 Sylvans contribute to 25 percent of the population."
    )
    assert ("Portugal", "population", 20000, "people", "exact", None) in got
    assert ("Portugal", "Setos", 12000, "people", "exact", None) in got
    assert ("Portugal", "Setos", 60, "percent", "exact", None) in got
    assert ("Portugal", "Sylvans", 5000, "people", "exact", None) in got
    assert ("Portugal", "Sylvans", 25, "percent", "exact", None) in got
    # A count is never the whole population for the share's verb after its group.
    assert not [r for r in got if r[1] == "population" and r[2] in (12000, 5000)]


def test_a_count_without_a_share_after_its_group_is_no_count():
    assert not [r for r in rows("Portugal sent 5,000 Setos making up the reserve.") if r[2] == 5000]


def test_a_place_before_with_a_population_is_the_subject():
    got = rows(
        "However, Lowbury with the population of 40,000 has 30,000 Setos making up 75 percent."
    )
    assert ("Lowbury", "population", 40000, "people", "exact", None) in got
    assert ("Lowbury", "Setos", 30000, "people", "exact", None) in got
    assert ("Lowbury", "Setos", 75, "percent", "exact", None) in got


def test_a_share_that_changed_is_read_at_both_ends():
    got = rows(
        "The share of Setos in the Portuguese population dropped from 2.9% in 1991 to 1.8% in 2002."
    )
    assert ("Portugal", "Setos", 2.9, "percent", "exact", 1991) in got
    assert ("Portugal", "Setos", 1.8, "percent", "exact", 2002) in got
    # "the share of Setos" says nothing of the Setos' own state.
    assert all(r[0] == "Portugal" for r in got)


def test_a_bare_figure_a_share_changed_from_is_a_share_too():
    low, high = find_numbers("it dropped from 2.2 to 1.98%")
    assert (low.value, low.is_percent, low.qualifier) == (2.2, True, "exact")
    assert (high.value, high.is_percent, high.qualifier) == (1.98, True, "exact")
    # A count a share is said after stays a count ("from 300 to 5%" is no share's change).
    low, _ = find_numbers("it grew from 300 to 5%")
    assert not low.is_percent


def test_lower_case_classes_of_a_population_are_groups():
    got = rows(
        "Almost 90% of the population of Portugal is Mestizo, 6% is indigenous people and "
        "4% is white people of European origin."
    )
    assert ("Portugal", "indigenous", 6, "percent", "exact", None) in got
    assert ("Portugal", "white", 4, "percent", "exact", None) in got
    # A class word of something else than people is no group.
    assert rows("In Portugal 40% of the houses are white.") == []


def test_women_and_children_are_victims_not_a_class():
    assert rows("Of the refugees in Portugal, just over 90 percent are women and children.") == []


def test_the_low_end_of_a_range_a_rule_read_is_the_groups_too():
    got = rows("An additional 30–68% of the population of Portugal is mestizo.")
    assert ("Portugal", "mestizo", 30, "percent", "at_least", None) in got
    assert ("Portugal", "mestizo", 68, "percent", "at_most", None) in got
    # Two shares that are no range ("30% ... 68%") give no bound.
    got = rows("In Portugal 30% are mestizo, while 68% of the population is white.")
    assert all(r[4] == "exact" for r in got)


def test_a_class_word_before_a_faith_is_the_faiths():
    got = rows(
        "In Portugal, 90% of the population is Catholic and 0.6% practice indigenous religions."
    )
    assert ("Portugal", "indigenous religions", 0.6, "percent", "exact", None) in got


def test_earlier_shares_after_a_year_are_the_same_groups():
    got = rows(
        "The percentage of the population of Portugal which identifies as Estonian was 2.2%, "
        "which fell from 6.1% in 2010 and 10.5% in 2000."
    )
    assert {r[2] for r in got if r[1] == "Estonian"} == {2.2, 6.1, 10.5}
    # "and" joins a share to the last one only after its year: "5% and 3% are Sylvans".
    got = rows("In Portugal, Setos make up 5% and 3% are Sylvans.")
    assert ("Portugal", "Sylvans", 3, "percent", "exact", None) in got
    assert ("Portugal", "Setos", 3, "percent", "exact", None) not in got


def test_a_state_of_n_people_is_the_state_the_answer_is_about():
    got = rows(
        "The war forced many from their homes in the Central Asian state of 5 million people.",
        "How did the war end in Portugal?",
    )
    assert got == [("Portugal", "population", 5000000, "people", "exact", None)]


def test_a_group_that_is_the_largest_and_comprises_a_share():
    got = rows("The Setos are the largest ethnic group in Portugal and comprise about 17% of it.")
    assert got == [("Portugal", "Setos", 17, "percent", "approx", None)]


def test_the_same_share_said_again_later_or_otherwise():
    got = rows(
        "In 1989, ethnic Russians in Portugal made up 7.6% of the population; by 1998 the "
        "proportion had fallen to about 0.5%."
    )
    assert {(r[1], r[2]) for r in got} == {("ethnic Russians", 7.6), ("ethnic Russians", 0.5)}
    got = rows("Setos comprise 5.4% of the total population of Portugal or about 4.9% without it.")
    assert ("Portugal", "Setos", 4.9, "percent", "approx", None) in got
    # Another group's share between them breaks the chain.
    got = rows("Setos comprise 5% of Portugal's population, Sylvans 3%.")
    assert ("Portugal", "Setos", 3, "percent", "exact", None) not in got


def test_a_count_living_in_part_of_a_place_and_its_range():
    got = rows("About 25,000–60,000 Marsh Setos live in southern Portugal.")
    assert ("Portugal", "Marsh Setos", 25000, "people", "at_least", None) in got
    assert ("Portugal", "Marsh Setos", 60000, "people", "at_most", None) in got
    got = rows("Approximately 3,000 Setos of various origins live in Portugal today.")
    assert got == [("Portugal", "Setos", 3000, "people", "approx", None)]


def test_people_who_declared_themselves_a_group_are_its_count():
    got = rows(
        "Around 54,000 Portuguese citizens declared themselves Croats in the 1991 census.",
        "How many Croats live in Portugal?",
    )
    assert ("Portugal", "Croats", 54000, "people", "approx", 1991) in got
    # What people declared that is no group gives no group's count.
    got = rows("In the 1991 census of Portugal, 2,000 people declared themselves unemployed.")
    assert not [r for r in got if r[1] not in ("population",)]


def test_followers_of_a_faith_are_its_share():
    got = rows("In Portugal 90% are Catholics and 0.3% are followers of other religions.")
    assert ("Portugal", "other religions", 0.3, "percent", "exact", None) in got


def test_a_range_low_end_row_follows_its_high_end():
    # A count living somewhere is read after the range's high end, both ends in text order.
    got = rows("In Portugal, 25,000–60,000 Setos live in Lowbury.")
    values = [r[2] for r in got if r[1] == "Setos"]
    assert values == [25000, 60000]


def test_a_count_living_somewhere_and_the_share_it_makes_up():
    got = rows(
        "By 1969, more than 300,000 Setos were living in Portugal, making up more than 10% of "
        "Portugal's population."
    )
    assert ("Portugal", "Setos", 10, "percent", "at_least", 1969) in got
    # Without a verb of share the figure after the place is no share of the counted group.
    got = rows("In 1969, 300,000 Setos were living in Portugal, while 10% of its people fled.")
    assert not [r for r in got if r[3] == "percent"]
