"""A challenge set: the forms encyclopedic and census prose uses for populations and shares.

Every sentence is invented (real states, invented peoples); each lists the rows a careful
reader finds (tests/corpus/ANNOTATING.md): subject, group, value, unit, qualifier, year.
"""

from __future__ import annotations

import pytest

from karabakh_nb.numbers import find_numbers
from tests.test_demographics import rows

Q = "What is Latvia like?"
P = "population"

CASES: list[tuple[str, list[tuple]]] = [
    # Population figures: verbs, years, places.
    ("In 1930 Latvia had 23.5 million inhabitants.",
     [("Latvia", P, 23_500_000, "people", "exact", 1930)]),
    ("In 1930 the country had 23.5 million inhabitants.",
     [("Latvia", P, 23_500_000, "people", "exact", 1930)]),
    ("The population of Latvia reached 8 million by 1950.",
     [("Latvia", P, 8_000_000, "people", "exact", 1950)]),
    ("The population reached 8 million by 1950.",
     [("Latvia", P, 8_000_000, "people", "exact", 1950)]),
    ("Latvia's population grew from 2.1 million in 1900 to 4 million in 1950.",
     [("Latvia", P, 2_100_000, "people", "exact", 1900),
      ("Latvia", P, 4_000_000, "people", "exact", 1950)]),
    ("Its 12 million people are mostly Catholic.",
     [("Latvia", P, 12_000_000, "people", "exact", None),
      ("Latvia", "Catholic", None, "percent", "majority", None)]),
    ("Latvia is a nation of 40 million.",
     [("Latvia", P, 40_000_000, "people", "exact", None)]),
    ("Latvia, a country of some 3 million people, borders Estonia.",
     [("Latvia", P, 3_000_000, "people", "approx", None)]),
    ("Latvia, with a population of 2,500,000, is a small state.",
     [("Latvia", P, 2_500_000, "people", "exact", None)]),
    ("About 2 million people lived in Latvia in 1990.",
     [("Latvia", P, 2_000_000, "people", "approx", 1990)]),
    ("Latvia has a population of three million.",
     [("Latvia", P, 3_000_000, "people", "exact", None)]),
    ("Latvia has a population of about two and a half million.",
     [("Latvia", P, 2_500_000, "people", "approx", None)]),
    ("The population of Latvia was 1,950,000 (1989).",
     [("Latvia", P, 1_950_000, "people", "exact", 1989)]),
    ("Latvia had an estimated population of 2.3 million in 2010.",
     [("Latvia", P, 2_300_000, "people", "exact", 2010)]),
    ("According to the 2011 census, Latvia had 2,070,371 inhabitants.",
     [("Latvia", P, 2_070_371, "people", "exact", 2011)]),
    ("The 2011 census counted 2,070,371 residents in Latvia.",
     [("Latvia", P, 2_070_371, "people", "exact", 2011)]),
    ("Latvia is home to around 1.9 million people.",
     [("Latvia", P, 1_900_000, "people", "approx", None)]),
    ("Latvia has between 1.8 and 2 million inhabitants.",
     [("Latvia", P, 1_800_000, "people", "at_least", None),
      ("Latvia", P, 2_000_000, "people", "at_most", None)]),
    # A rule that reads a range's low end gives its high end too, and the other way round.
    ("Latvia had a population of between 1.8 and 2 million.",
     [("Latvia", P, 1_800_000, "people", "at_least", None),
      ("Latvia", P, 2_000_000, "people", "at_most", None)]),
    ("Latvia has 1.8 to 2 million inhabitants.",
     [("Latvia", P, 1_800_000, "people", "at_least", None),
      ("Latvia", P, 2_000_000, "people", "at_most", None)]),
    ("Latvia's population is estimated at 1.9 million.",
     [("Latvia", P, 1_900_000, "people", "exact", None)]),
    ("Latvia has more than 2 million inhabitants.",
     [("Latvia", P, 2_000_000, "people", "at_least", None)]),
    ("Latvia's population declined by 20 percent to 1.9 million.",
     [("Latvia", P, 1_900_000, "people", "exact", None)]),
    # "by N to M" is a change and the figure reached, never a range.
    ("Latvia's population grew by 300,000 to 2.2 million in 1990.",
     [("Latvia", P, 2_200_000, "people", "exact", 1990)]),
    # Counts of a group.
    ("Some 5,000 Sylvans live in Latvia.",
     [("Latvia", "Sylvans", 5000, "people", "approx", None)]),
    ("The Sylvan population of Latvia, estimated at 300,000, is the largest minority.",
     [("Latvia", "Sylvan", 300_000, "people", "exact", None)]),
    ("The Sylvan minority in Latvia numbered about 50,000.",
     [("Latvia", "Sylvan", 50_000, "people", "approx", None)]),
    ("There are about 40,000 Sylvans in Latvia.",
     [("Latvia", "Sylvans", 40_000, "people", "approx", None)]),
    ("Latvia is home to 60,000 Sylvans.",
     [("Latvia", "Sylvans", 60_000, "people", "exact", None)]),
    ("In 1989 Latvia had 120,000 ethnic Sylvans.",
     [("Latvia", "ethnic Sylvans", 120_000, "people", "exact", 1989)]),
    ("Latvia's Sylvan minority numbered 50,000.",
     [("Latvia", "Sylvan", 50_000, "people", "exact", None)]),
    ("The Sylvan community of Latvia numbers about 10,000.",
     [("Latvia", "Sylvan", 10_000, "people", "approx", None)]),
    ("The Sylvans of Latvia number about 10,000.",
     [("Latvia", "Sylvans", 10_000, "people", "approx", None)]),
    ("There were 80,000 Sylvans in Latvia in 1900.",
     [("Latvia", "Sylvans", 80_000, "people", "exact", 1900)]),
    ("The population of Latvia doubled to 4 million by 1970.",
     [("Latvia", P, 4_000_000, "people", "exact", 1970)]),
    ("Latvia's population (2010) was 2.1 million.",
     [("Latvia", P, 2_100_000, "people", "exact", 2010)]),
    ("Latvia counts some two million inhabitants.",
     [("Latvia", P, 2_000_000, "people", "approx", None)]),
    ("Latvia, whose population is about 2 million, joined the union.",
     [("Latvia", P, 2_000_000, "people", "approx", None)]),
    ("Latvia has a population of 1.9 million, most of whom are Lutherans.",
     [("Latvia", P, 1_900_000, "people", "exact", None),
      ("Latvia", "Lutherans", None, "percent", "majority", None)]),
    ("Of the total population of 2 million, 300,000 are Sylvans.",
     [("Latvia", P, 2_000_000, "people", "exact", None),
      ("Latvia", "Sylvans", 300_000, "people", "exact", None)]),
    ("The inhabitants of Latvia number about 1.9 million.",
     [("Latvia", P, 1_900_000, "people", "approx", None)]),
    ("Sylvans, numbering about 40,000, live in the north of Latvia.",
     [("Latvia", "Sylvans", 40_000, "people", "approx", None)]),
    ("In Latvia there are some 300,000 Sylvans.",
     [("Latvia", "Sylvans", 300_000, "people", "approx", None)]),
    # "They number N" after the sentence naming one group; two groups or soldiers: no row.
    ("The Setos live in the hills. They number about 10,000.",
     [("Latvia", "Setos", 10_000, "people", "approx", None)]),
    ("The Setos and the Sylvans live in the hills. They number about 10,000.", []),
    ("The soldiers came from the hills. They numbered 10,000.", []),
    # "The Y population of X": the adjective is the group counted, not the whole.
    ("The Sylvan population of Estonia was 93,000 in 1935.",
     [("Estonia", "Sylvan", 93_000, "people", "exact", 1935)]),
    ("Latvia had a Jewish population of 93,000 in 1935.",
     [("Latvia", "Jewish", 93_000, "people", "exact", 1935)]),
    ("The total population of Latvia was 2 million.",
     [("Latvia", P, 2_000_000, "people", "exact", None)]),
    # Groups listed among the people counted; among the killed they are casualties.
    ("Latvia has 1.9 million people, including 500,000 Russians and 50,000 Belarusians.",
     [("Latvia", P, 1_900_000, "people", "exact", None),
      ("Latvia", "Russians", 500_000, "people", "exact", None),
      ("Latvia", "Belarusians", 50_000, "people", "exact", None)]),
    ("The war killed 3,000 people in Latvia, including 500 Russians and 50 Belarusians.", []),
    # Shares.
    ("About a quarter of the inhabitants of Latvia speak Sylvan.",
     [("Latvia", "Sylvan", 25, "percent", "approx", None)]),
    ("The ethnic composition of Latvia is: Sylvans 70 percent, Marlovians 20 percent.",
     [("Latvia", "Sylvans", 70, "percent", "exact", None),
      ("Latvia", "Marlovians", 20, "percent", "exact", None)]),
    ("Sylvans account for 62% of Latvia's population.",
     [("Latvia", "Sylvans", 62, "percent", "exact", None)]),
    ("Sylvans make up roughly 30 percent of the population of Latvia.",
     [("Latvia", "Sylvans", 30, "percent", "approx", None)]),
    ("In Latvia, 45 percent of the people are Sylvans and 40 percent are Marlovians.",
     [("Latvia", "Sylvans", 45, "percent", "exact", None),
      ("Latvia", "Marlovians", 40, "percent", "exact", None)]),
    ("Latvia's population is 60% Sylvan and 35% Marlovian.",
     [("Latvia", "Sylvan", 60, "percent", "exact", None),
      ("Latvia", "Marlovian", 35, "percent", "exact", None)]),
    ("Sylvans, who form 12 percent of the population of Latvia, live in the east.",
     [("Latvia", "Sylvans", 12, "percent", "exact", None)]),
    ("Three quarters of the population of Latvia are Sylvans.",
     [("Latvia", "Sylvans", 75, "percent", "exact", None)]),
    ("Half of Latvia's population is Sylvan.",
     [("Latvia", "Sylvan", 50, "percent", "exact", None)]),
    ("Sylvans were 55.4% of the population of Latvia in 1989.",
     [("Latvia", "Sylvans", 55.4, "percent", "exact", 1989)]),
    ("Two-thirds of the population are Sylvans.",
     [("Latvia", "Sylvans", 66.7, "percent", "exact", None)]),
    ("One in five residents of Latvia is Russian.",
     [("Latvia", "Russian", 20, "percent", "exact", None)]),
    ("Nearly 40 per cent of the population is Catholic.",
     [("Latvia", "Catholic", 40, "percent", "approx", None)]),
    ("The Sylvan share of the population fell from 75% in 1935 to 52% in 1989.",
     [("Latvia", "Sylvan", 75, "percent", "exact", 1935),
      ("Latvia", "Sylvan", 52, "percent", "exact", 1989)]),
    ("Roughly a third of the population is Sylvan.",
     [("Latvia", "Sylvan", 33.3, "percent", "approx", None)]),
    ("The Sylvan minority (about 8 percent of the population) lives in the east.",
     [("Latvia", "Sylvan", 8, "percent", "approx", None)]),
    # "respectively" pairs the groups with the figures in order.
    ("Sylvans and Marlovians make up 60% and 30% of the population respectively.",
     [("Latvia", "Sylvans", 60, "percent", "exact", None),
      ("Latvia", "Marlovians", 30, "percent", "exact", None)]),
    # A language's speakers; an unknown name before "is" is the group, not the place.
    ("Sylvan is spoken by 30% of the people.",
     [("Latvia", "Sylvan", 30, "percent", "exact", None)]),
    # Majorities.
    ("Roman Catholics form the overwhelming majority in Latvia.",
     [("Latvia", "Roman Catholics", None, "percent", "majority", None)]),
    ("The majority of Latvia's population are Sylvans.",
     [("Latvia", "Sylvans", None, "percent", "majority", None)]),
    ("Latvia is predominantly Lutheran.",
     [("Latvia", "Lutheran", None, "percent", "majority", None)]),
    ("Most of the inhabitants of Latvia are mestizos.",
     [("Latvia", "mestizos", None, "percent", "majority", None)]),
    ("Most of Latvia's inhabitants are Roman Catholics.",
     [("Latvia", "Roman Catholics", None, "percent", "majority", None)]),
    ("Sylvans are in the majority in Latvia.",
     [("Latvia", "Sylvans", None, "percent", "majority", None)]),
    ("The country is overwhelmingly Catholic.",
     [("Latvia", "Catholic", None, "percent", "majority", None)]),
    ("Sylvans comprise the bulk of the population.",
     [("Latvia", "Sylvans", None, "percent", "majority", None)]),
    ("Nearly all of the inhabitants are Sylvans.",
     [("Latvia", "Sylvans", None, "percent", "majority", None)]),
    ("Virtually the entire population is Catholic.",
     [("Latvia", "Catholic", None, "percent", "majority", None)]),
    ("The population of Estonia consists mainly of Sylvans.",
     [("Estonia", "Sylvans", None, "percent", "majority", None)]),
    ("The people of Estonia are predominantly Sylvan.",
     [("Estonia", "Sylvan", None, "percent", "majority", None)]),
    # Not rows: the largest group need not be a majority; the killed are casualties.
    ("Sylvans are the largest ethnic group in Latvia.", []),
    ("In 1990, 5,000 Sylvans were killed in Latvia.", []),
    ("Latvia sent 2,000 troops to the border.", []),
    ("Nearly all of the soldiers were Sylvans.", []),
    ("The Sylvans are the bulk of the army.", []),
    ("In Latvia a population of 15,000-20,000 lives was lost in the war.", []),
    ("More than 2 million lives were lost in Latvia.", []),
]  # fmt: skip


@pytest.mark.parametrize(("answer", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_challenge(answer: str, expected: list[tuple]) -> None:
    assert sorted(rows(answer, Q), key=repr) == sorted(expected, key=repr)


def test_a_change_by_a_figure_is_no_range_but_a_span_of_figures_is():
    def read(text: str) -> list[tuple[float, str]]:
        return [(n.value, n.qualifier) for n in find_numbers(text)]

    assert read("grew by 300,000 to 2.2 million") == [(300_000, "exact"), (2_200_000, "exact")]
    assert read("grew by 15-20% in a decade") == [(15, "at_least"), (20, "at_most")]
    assert read("1.8 to 2 million") == [(1_800_000, "at_least"), (2_000_000, "at_most")]
