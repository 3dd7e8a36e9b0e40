"""Casualty cases of the shared mechanisms (number reading, ranges, lexicon), made up.

Each case is one invented sentence: the names (Estonia, Latvia, Freedonia, Sylvania)
prove the rule is general, not read from a corpus file.
"""

from __future__ import annotations

import pandas as pd
import pytest

from karabakh_nb.casualties import extract_casualties
from karabakh_nb.numbers import find_numbers


def rows(answer: str, question: str = "What happened?") -> list[tuple]:
    qa = pd.DataFrame({"id": ["t:1"], "question": [question], "answer": [answer]})
    frame = extract_casualties(qa)
    return [tuple(r) for r in frame[["party", "category", "count", "qualifier"]].values]


def test_a_hyphen_joins_the_ends_of_a_range():
    found = [(m.value, m.qualifier) for m in find_numbers("the deaths of 200-400 civilians")]
    assert found == [(200, "at_least"), (400, "at_most")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Some 4–6 million people", [4_000_000, 6_000_000]),
        ("between 1.5 and 2 million", [1_500_000, 2_000_000]),
        ("four to six thousand", [4_000, 6_000]),
        # A low end already larger than the high end's figure keeps its own value.
        ("between 800,000 – 1.5 million", [800_000, 1_500_000]),
        ("between 500 and 1 million", [500, 1_000_000]),
        # "N and a half million"; "N-plus" is a lower bound.
        ("two and a half million refugees", [2_500_000]),
        ("13,000-plus deaths", [13_000]),
    ],
)
def test_a_range_shares_its_high_ends_scale(text, values):
    assert [m.value for m in find_numbers(text)] == values


def test_plus_after_a_figure_is_a_lower_bound():
    assert [m.qualifier for m in find_numbers("13,000-plus deaths")] == ["at_least"]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A hyphenated range: both ends count the noun after the high end.
        ("The shelling caused the deaths of 200-400 civilians.",
         [("unspecified", "civilian", 200, "at_least"),
          ("unspecified", "civilian", 400, "at_most")]),
        ("It estimated 1,000-2,000 Estonian combat deaths.",
         [("Estonia", "military", 1000, "at_least"), ("Estonia", "military", 2000, "at_most")]),
        # A four-digit figure with "more than" or "up to" is a count, not a year.
        ("Latvia lost 40 soldiers, whereas more than 1300 were critically injured.",
         [("Latvia", "military", 40, "exact"), ("Latvia", "wounded", 1300, "at_least")]),
        # A figure after a verb of its own shares no list's predicate; "along with" lists.
        ("Rebels ambushed a patrol, killing three soldiers and capturing two other soldiers.",
         [("unspecified", "military", 3, "exact")]),
        ("Some 1,000 Estonian troops were wounded, along with 700 Latvian troops.",
         [("Estonia", "wounded", 1000, "approx"), ("Latvia", "wounded", 700, "exact")]),
        # A bare figure after a noun phrase counts people of that noun's kind.
        ("Two Estonian soldiers are wounded, three are killed and two are captured.",
         [("Estonia", "wounded", 2, "exact"), ("Estonia", "military", 3, "exact")]),
        # A people named as a side (lexicon/peoples.txt) is the party.
        ("Some 3,000 Igbos were killed.", [("Igbo", "unspecified", 3000, "approx")]),
    ],
)  # fmt: skip
def test_shared_mechanisms(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "In 1300 the town was founded and 20 of its walls were destroyed.",
        "Around 1990 many were displaced.",
    ],
)
def test_years_are_not_counts(answer):
    assert all(count not in (1300, 1990) for _, _, count, _ in rows(answer))


@pytest.mark.parametrize(
    ("answer", "party"),
    [
        # A government giving a figure without saying whose gives its own losses...
        ("According to the Estonian government, 20 civilians were killed.", "Estonia"),
        ("Estonian officials said 40 soldiers were wounded.", "Estonia"),
        # ... a side's spokesman is a witness, not the owner ...
        ("According to a Hezbollah spokesman, five people were killed.", "unspecified"),
        # ... and so is a government in a sentence naming other parties.
        (
            "A Latvian spokesman said 1,000 civilians were killed in fighting between "
            "Estonian and Lithuanian troops.",
            "unspecified",
        ),
        (
            "Clashes between Hamas and Hezbollah left 3,000 dead, according to the "
            "Latvian Health Ministry.",
            "unspecified",
        ),
    ],
)
def test_whose_figures_a_source_gives(answer, party):
    assert [r[0] for r in rows(answer)] == [party]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "an additional N", "N other", "N of them": the people an earlier figure
        # counted, in an earlier sentence too.
        ("Some 2,000 Freedonian soldiers were killed. Later an additional 300 soldiers "
         "were reported missing.",
         [("unspecified", "military", 2000, "approx"), ("unspecified", "missing", 300, "exact")]),
        ("In 1990, 2,000 Estonian soldiers were killed. Later an additional 300 soldiers "
         "were reported missing.",
         [("Estonia", "military", 2000, "exact"), ("Estonia", "missing", 300, "exact")]),
        ("More than 9,000 Latvian soldiers were sent to the front. Around 500 of them were "
         "killed.", [("Latvia", "military", 500, "approx")]),
        # "N of whom were X": a part after its figure, of the whole's kind.
        ("It caused 2,500 civilian deaths, 89 of whom were children.",
         [("unspecified", "civilian", 2500, "exact"), ("unspecified", "civilian", 89, "exact")]),
        # A sentence opening on the whole: "Of these, ...", "Of the N wounded, ...".
        ("In all 13,000 Estonian soldiers were killed. Of these, 1979 were officers. Of the "
         "40,000 wounded, 7,000 were officers.",
         [("Estonia", "military", 13000, "exact"), ("Estonia", "military", 1979, "exact"),
          ("Estonia", "wounded", 40000, "exact"), ("Estonia", "wounded", 7000, "exact")]),
        ("Of the Latvian population of some 2 million, more than 500,000 fled abroad.",
         [("Latvia", "displaced", 500000, "at_least")]),
        ("Of those victims, 3,000 were Estonian civilians and 200 Latvian civilians.",
         [("Estonia", "civilian", 3000, "exact"), ("Latvia", "civilian", 200, "exact")]),
    ],
)  # fmt: skip
def test_people_counted_again(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    "answer",
    [
        # Counted again, but not killed: no casualty word of their own.
        "Some 2,000 Estonian soldiers were killed. An additional 5,000 soldiers were deployed.",
        "Of these, 300 were deployed to the border.",
        "More than 9,000 Latvian soldiers were sent. Of these, 1979 were officers.",
    ],
)
def test_people_counted_again_are_not_casualties_by_themselves(answer):
    assert [r[2] for r in rows(answer)] in ([], [2000])


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # Tolls of the displaced and the wounded, and deaths that "numbered" N.
        ("By 1999 the number of refugees was estimated at 800,000.",
         [("unspecified", "displaced", 800000, "exact")]),
        ("It brought the total number of IDPs to 266,200.",
         [("unspecified", "displaced", 266200, "exact")]),
        ("The number of wounded rose to 1,200.", [("unspecified", "wounded", 1200, "exact")]),
        ("Estonian deaths in the war numbered 145.", [("Estonia", "unspecified", 145, "exact")]),
        # The demonym before the first of two joined nouns is the second's too.
        ("About 149 Estonian soldiers and 44 civilians were killed.",
         [("Estonia", "military", 149, "approx"), ("Estonia", "civilian", 44, "approx")]),
        # "N of them X" without "were"; "militants of X".
        ("There were 160 Estonian dead, 41 of them civilians.",
         [("Estonia", "unspecified", 160, "exact"), ("Estonia", "civilian", 41, "exact")]),
        ("Of the dead, 55 were militants of Hezbollah.", [("Hezbollah", "military", 55, "exact")]),
        # A list that shares a verb goes on past a source named after a figure.
        ("The war killed 1,200 Estonians, according to their government, and 159 Latvians, "
         "according to the Latvian government.",
         [("Estonia", "unspecified", 1200, "exact"), ("Latvia", "unspecified", 159, "exact")]),
        # The low end of a range before a bare casualty verb.
        ("Some 3,000 were killed and another 150,000-300,000 fled.",
         [("unspecified", "unspecified", 3000, "approx"),
          ("unspecified", "displaced", 150000, "at_least"),
          ("unspecified", "displaced", 300000, "at_most")]),
    ],
)  # fmt: skip
def test_tolls_lists_and_parts(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A comma inside a figure does not end an aside.
        ("It said more than 16,000 civilians, including 1,500 women and 2,500 children, "
         "have been killed.",
         [("unspecified", "civilian", 16000, "at_least"),
          ("unspecified", "civilian", 1500, "exact"),
          ("unspecified", "civilian", 2500, "exact")]),
        # "N more", "N who died"; "as having been killed"; "the bodies of N".
        ("Five people were killed and six more were injured.",
         [("unspecified", "unspecified", 5, "exact"), ("unspecified", "wounded", 6, "exact")]),
        ("It lists 383 Estonian troops as having been killed in action.",
         [("Estonia", "military", 383, "exact")]),
        ("The bodies of six Estonian soldiers were handed over.",
         [("Estonia", "military", 6, "exact")]),
        # "estimated civilian fatalities at N"; "lost 500 of the 47,000 troops".
        ("A study estimated civilian fatalities at about 3,500.",
         [("unspecified", "civilian", 3500, "approx")]),
        ("Estonia lost almost 500 of the 47,000 troops it had deployed.",
         [("Estonia", "military", 500, "approx")]),
        # Living in exile is displacement; terrorists are fighters.
        ("Today 2.6 million Estonians still live in exile.",
         [("Estonia", "displaced", 2600000, "exact")]),
        ("Some 21 Estonian soldiers and terrorists were killed.",
         [("Estonia", "military", 21, "approx")]),
    ],
)  # fmt: skip
def test_asides_and_phrases(answer, expected):
    assert rows(answer) == expected


def test_the_bodies_of_people_counted_before_are_no_new_figure():
    assert rows("The bodies of the two captured soldiers were returned.") == []


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A people its head names comes before the state of its modifier.
        ("About 2 million Iraqi Kurds fled.", [("Kurds", "displaced", 2000000, "approx")]),
        # "brings to N the number of X killed".
        ("This brings to 72 the number of Estonian soldiers killed in the war.",
         [("Estonia", "military", 72, "exact")]),
        # Parts in a parenthesis share the verb after it; a figure after the parenthesis is
        # the whole's, not the last part's.
        ("The casualty estimate is 8,000 (5,000 Estonian and 3,000 Latvian) killed and "
         "18,000 wounded.",
         [("unspecified", "unspecified", 8000, "exact"), ("Estonia", "unspecified", 5000, "exact"),
          ("Latvia", "unspecified", 3000, "exact"), ("unspecified", "wounded", 18000, "exact")]),
    ],
)  # fmt: skip
def test_heads_and_parentheses(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "party"),
    [
        ("Over 300,000 refugees fled Estonia, and 1.2 million people are internally displaced.",
         "Estonia"),
        # Where they are, or a demonym, does not say whose the internally displaced are.
        ("More than 1,000 Estonian soldiers died in Latvia while 300,000 people became "
         "internally displaced.", "unspecified"),
        ("The UN put the number of internally displaced persons in Latvia at 1,980,510.",
         "unspecified"),
    ],
)  # fmt: skip
def test_whose_the_internally_displaced_are(answer, party):
    assert [r[0] for r in rows(answer) if r[1] == "displaced"][-1:] == [party]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A toll whose words hold a parenthesis; figures in a parenthesis right after a
        # figure are its parts.
        ("The official death toll released by the commission (its lists named every "
         "victim) was 32 people (26 Estonians and 6 Latvians).",
         [("unspecified", "unspecified", 32, "exact"), ("Estonia", "unspecified", 26, "exact"),
          ("Latvia", "unspecified", 6, "exact")]),
        # Crossing borders, being made refugees; "boat people".
        ("Some 2 million were forced to flee, with more than 500,000 crossing international "
         "borders.",
         [("unspecified", "displaced", 2000000, "approx"),
          ("unspecified", "displaced", 500000, "at_least")]),
        ("Some 35,000 people were made refugees.",
         [("unspecified", "displaced", 35000, "approx")]),
        ("Between 20,000 and 25,000 boat people died at sea.",
         [("unspecified", "unspecified", 20000, "at_least"),
          ("unspecified", "unspecified", 25000, "at_most")]),
    ],
)  # fmt: skip
def test_tolls_parts_and_flight(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # Separatists are fighters; "coalition" and "federal" stand before their noun.
        ("About 200 separatists were killed.", [("unspecified", "military", 200, "approx")]),
        ("Some 50 coalition soldiers and 120 federal troops died.",
         [("unspecified", "military", 50, "approx"), ("unspecified", "military", 120, "approx")]),
    ],
)  # fmt: skip
def test_fighters(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A toll names the kind of the people it counts.
        ("The number of Estonian soldiers killed is estimated at 13,000.",
         [("Estonia", "military", 13000, "exact")]),
        ("The number of civilians killed rose to 400.",
         [("unspecified", "civilian", 400, "exact")]),
        ("The number of soldiers and civilians killed rose to 400.",
         [("unspecified", "unspecified", 400, "exact")]),
        # Bodies found are dead.
        ("At least 1,000 bodies have been found.",
         [("unspecified", "unspecified", 1000, "at_least")]),
    ],
)  # fmt: skip
def test_what_a_toll_counts(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "put the death toll between A and B": a range of the toll.
        ("Some sources put the final death toll between 1,000 and 2,000 people.",
         [("unspecified", "unspecified", 1000, "at_least"),
          ("unspecified", "unspecified", 2000, "at_most")]),
        # Not a figure the toll's own words hold after "between".
        ("The toll of the fighting between 300 rebels and the army is unknown.", []),
        # An adjective of the deaths ("violent") and members of a faith are a figure's noun.
        ("The survey documents 1,500 violent civilian deaths.",
         [("unspecified", "civilian", 1500, "exact")]),
        ("Historians estimate that 3,000 Estonian Muslims were killed.",
         [("Estonia", "unspecified", 3000, "exact")]),
    ],
)  # fmt: skip
def test_toll_ranges_and_figure_nouns(answer, expected):
    assert rows(answer) == expected


def test_a_lower_bound_takes_the_noun_of_the_range_after_it():
    answer = "The war killed at least 1 million, but possibly as many as 1.5–2 million Estonians."
    assert [(p, c, n) for p, c, n, _ in rows(answer)] == [
        ("Estonia", "unspecified", 1_000_000),
        ("Estonia", "unspecified", 1_500_000),
        ("Estonia", "unspecified", 2_000_000),
    ]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "put the figure at N" restates the casualty counted just before, and whose.
        ("Latvian sources claimed as many as 250,000 refugees. The UN put the figure at "
         "150,000–200,000.",
         [("unspecified", "displaced", 250000, "at_most"),
          ("unspecified", "displaced", 150000, "at_least"),
          ("unspecified", "displaced", 200000, "at_most")]),
        ("The UN estimated that 1,000 Estonians had been killed; the WHO put the estimate "
         "at 2,000.",
         [("Estonia", "unspecified", 1000, "exact"), ("Estonia", "unspecified", 2000, "exact")]),
        # With no casualty counted before, "the figure" is no casualty.
        ("Estonia has a large army. Analysts put the figure at 20,000.", []),
    ],
)  # fmt: skip
def test_a_figure_restating_the_casualty_before(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "Estimates of those killed range from A to B", "... vary with figures from A to B".
        ("Estimates of those killed range from 1,000 to 1,500.",
         [("unspecified", "unspecified", 1000, "at_least"),
          ("unspecified", "unspecified", 1500, "at_most")]),
        ("Estimates of deaths in the war vary with figures from 2,500 to 4,000.",
         [("unspecified", "unspecified", 2500, "at_least"),
          ("unspecified", "unspecified", 4000, "at_most")]),
        # Estimates of anything else are no casualties.
        ("Estimates of the tanks lost vary from 200 to 500.", []),
    ],
)  # fmt: skip
def test_estimates_of_the_dead_as_a_toll(answer, expected):
    assert rows(answer) == expected
