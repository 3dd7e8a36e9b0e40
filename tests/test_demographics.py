from __future__ import annotations

import time
from pathlib import Path

import pandas as pd
import pytest

from karabakh_nb.demographics import DEMOGRAPHIC_COLUMNS, extract_demographics
from karabakh_nb.parse import load

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "seeds" / "000_c8ae912d7073d48a.txt"
KEY = ["subject", "group", "value", "unit", "qualifier", "year", "qa_id"]
S = "000_c8ae912d7073d48a"


def table(path: Path) -> list[tuple]:
    frame = extract_demographics(load(path))
    return [
        tuple(None if v is pd.NA else v for v in row)
        for row in frame[KEY].itertuples(index=False, name=None)
    ]


def rows(answer: str, question: str = "What is it like?") -> list[tuple]:
    qa = pd.DataFrame({"id": ["t:1"], "question": [question], "answer": [answer]})
    frame = extract_demographics(qa)
    return [
        tuple(None if v is pd.NA else v for v in row)
        for row in frame[KEY[:6]].itertuples(index=False, name=None)
    ]


def test_columns_in_contract_order():
    frame = extract_demographics(load(SEED))
    assert list(frame.columns) == DEMOGRAPHIC_COLUMNS
    assert str(frame["year"].dtype) == "Int64"


def test_seed_table_is_complete():
    assert table(SEED) == [
        ("Nagorno-Karabakh", "ethnic Armenians", None, "percent", "majority", None, f"{S}:5"),
        ("seven surrounding districts", "Azerbaijanis", None, "percent", "majority", None,
         f"{S}:5"),
        ("Azerbaijan", "Shia", 85, "percent", "approx", None, f"{S}:57"),
        ("Azerbaijan", "Sunni", 15, "percent", "approx", None, f"{S}:57"),
    ]  # fmt: skip


def test_seed_evidence_is_verbatim():
    qa = load(SEED)
    frame = extract_demographics(qa)
    answers = dict(zip(qa["id"], qa["answer"], strict=True))
    assert all(e in answers[q] for q, e in zip(frame["qa_id"], frame["evidence"], strict=True))
    assert frame["evidence"].iloc[2].startswith("The Muslim population is approximately 85%")


def test_ukraine_fixture():
    u = "ukraine_2022:17"
    assert table(DATA / "ukraine_2022.txt") == [
        ("Ukraine", "Ukrainian", 67.5, "percent", "exact", 2001, u),
        ("Ukraine", "Russian", 29.6, "percent", "exact", 2001, u),
        ("Ukraine", "population", 41000000, "people", "approx", 2021, u),
    ]


def test_values_keep_their_type():
    frame = extract_demographics(load(SEED))
    assert [type(v) for v in frame["value"]] == [type(None), type(None), int, int]


def test_georgia_fixture():
    assert table(DATA / "georgia_2008.txt") == [
        ("South Ossetia", "ethnic Ossetians", 66, "percent", "exact", 1989, "georgia_2008:19"),
        ("South Ossetia", "ethnic Georgians", 29, "percent", "exact", 1989, "georgia_2008:19"),
        ("South Ossetia", "population", 53000, "people", "exact", 2015, "georgia_2008:19"),
    ]


def test_karabakh_1990s_fixture():
    k = "karabakh_1990s:17"
    assert table(DATA / "karabakh_1990s.txt") == [
        ("Nagorno-Karabakh", "population", 189000, "people", "approx", 1989, k),
        ("Nagorno-Karabakh", "ethnic Armenians", 77, "percent", "exact", 1989, k),
        ("Nagorno-Karabakh", "Azerbaijanis", 22, "percent", "exact", 1989, k),
    ]


def test_shares_fixture():
    d = "demographics_shares"
    assert table(DATA / f"{d}.txt") == [
        ("Azerbaijan", "Muslim", 95, "percent", "approx", None, f"{d}:1"),
        ("Abkhazia", "Abkhaz", None, "percent", "majority", None, f"{d}:5"),
        ("Nagorno-Karabakh", "population", 150000, "people", "exact", 1989, f"{d}:9"),
        ("Nagorno-Karabakh", "population", 145000, "people", "exact", 2015, f"{d}:9"),
        ("Nagorno-Karabakh", "Armenians", None, "percent", "majority", None, f"{d}:9"),
        (None, "Armenians", None, "percent", "majority", None, f"{d}:13"),
    ]


def test_karabakh_2023_fixture():
    k = "karabakh_2023:13"
    assert table(DATA / "karabakh_2023.txt") == [
        ("Nagorno-Karabakh", "ethnic Armenians", 120000, "people", "approx", None, k),
        ("Nagorno-Karabakh", "population", 145053, "people", "exact", 2015, k),
        ("Nagorno-Karabakh", "Armenians", 99.7, "percent", "exact", 2015, k),
    ]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Armenia is 98% ethnic Armenian.",
         [("Armenia", "ethnic Armenian", 98, "percent", "exact", None)]),
        ("In 2015, 99.7% of the population of Artsakh were Armenians.",
         [("Artsakh", "Armenians", 99.7, "percent", "exact", 2015)]),
        ("Armenians form a majority in Nagorno-Karabakh.",
         [("Nagorno-Karabakh", "Armenians", None, "percent", "majority", None)]),
        ("Nagorno-Karabakh is home to about 120,000 people.",
         [("Nagorno-Karabakh", "population", 120000, "people", "approx", None)]),
        ("South Ossetia has 53,000 inhabitants.",
         [("South Ossetia", "population", 53000, "people", "exact", None)]),
        ("Georgia, inhabited mainly by Georgians, borders Russia.",
         [("Georgia", "Georgians", None, "percent", "majority", None)]),
        ("About 40,000 Azerbaijanis lived in the Nagorno-Karabakh Autonomous Oblast.",
         [("Nagorno-Karabakh", "Azerbaijanis", 40000, "people", "approx", None)]),
        ("The 1989 census counted 189,085 people in Nagorno-Karabakh.",
         [("Nagorno-Karabakh", "population", 189085, "people", "exact", 1989)]),
        ("The 1989 census recorded 145,450 Armenians in Nagorno-Karabakh.",
         [("Nagorno-Karabakh", "Armenians", 145450, "people", "exact", 1989)]),
        # A place's count of its residents is its population.
        ("In 2015 Artsakh counted 145,053 residents, 99.7% of them Armenians.",
         [("Artsakh", "population", 145053, "people", "exact", 2015),
          ("Artsakh", "Armenians", 99.7, "percent", "exact", 2015)]),
        ("Nagorno-Karabakh had a population of 145,000 in 2015.",
         [("Nagorno-Karabakh", "population", 145000, "people", "exact", 2015)]),
        ("Nagorno-Karabakh's population was 145,000.",
         [("Nagorno-Karabakh", "population", 145000, "people", "exact", None)]),
        # "N% of the population named / declared / identified as <group>"
        ("In 2001, 67.5% of the population of Ukraine named Ukrainian as their native "
         "language and 29.6% Russian.",
         [("Ukraine", "Ukrainian", 67.5, "percent", "exact", 2001),
          ("Ukraine", "Russian", 29.6, "percent", "exact", 2001)]),
        ("In Georgia, about 20% of the population declared themselves Armenian.",
         [("Georgia", "Armenian", 20, "percent", "approx", None)]),
        ("In Armenia, 95% of residents identified as Armenian Apostolic.",
         [("Armenia", "Armenian Apostolic", 95, "percent", "exact", None)]),
        ("In Abkhazia, 50% considered themselves Abkhaz.",
         [("Abkhazia", "Abkhaz", 50, "percent", "exact", None)]),
        # A relative pronoun or a participle before the linking verb.
        ("In Latvia the Estonians, who make up about 10% of the population, live in the north.",
         [("Latvia", "Estonians", 10, "percent", "approx", None)]),
        ("In Latvia, with Estonians making up 10%, the north is mixed.",
         [("Latvia", "Estonians", 10, "percent", "exact", None)]),
        # The share of a people: the people's state is the subject.
        ("About 90% of Estonians are Lutherans.",
         [("Estonia", "Lutherans", 90, "percent", "approx", None)]),
        # Majorities said by an adjective, of the place before or after it.
        ("Estonia is a predominantly Lutheran country.",
         [("Estonia", "Lutheran", None, "percent", "majority", None)]),
        ("Estonia is a Lutheran-majority country.",
         [("Estonia", "Lutheran", None, "percent", "majority", None)]),
        ("Lowbury, a predominantly Lutheran city, fell.",
         [("Lowbury", "Lutheran", None, "percent", "majority", None)]),
        ("Russia fought over Latvia, a mostly Estonian-populated region of Lithuania.",
         [("Latvia", "Estonian", None, "percent", "majority", None)]),
        ("It was fought by the majority ethnic Estonians of Latvia.",
         [("Latvia", "ethnic Estonians", None, "percent", "majority", None)]),
        ("Estonia's population is overwhelmingly Lutheran.",
         [("Estonia", "Lutheran", None, "percent", "majority", None)]),
        ("The majority of Estonians are Lutherans.",
         [("Estonia", "Lutherans", None, "percent", "majority", None)]),
        ("Latvia is a multi-ethnic country with a Latvian majority.",
         [("Latvia", "Latvian", None, "percent", "majority", None)]),
        # A share given with the majority is the row.
        ("While the majority of Estonians are Lutherans (92%), the country is diverse.",
         [("Estonia", "Lutherans", 92, "percent", "exact", None)]),
        # "There are N G in X"; "had fallen to".
        ("There are about 3,000 Setos in Estonia.",
         [("Estonia", "Setos", 3000, "people", "approx", None)]),
        ("The population of Estonia had fallen to 800,000 by 2002.",
         [("Estonia", "population", 800000, "people", "exact", 2002)]),
        # Lists of shares: a parenthesis, singular names, "other".
        ("Religions in Estonia: Lutheran (official) 70.2%, Orthodox 12.6%, others 1.8%.",
         [("Estonia", "Lutheran", 70.2, "percent", "exact", None),
          ("Estonia", "Orthodox", 12.6, "percent", "exact", None),
          ("Estonia", "others", 1.8, "percent", "exact", None)]),
        ("Ethnic groups in Estonia: 27.9% Setu, 39% other Baltic, 20.1% other.",
         [("Estonia", "Setu", 27.9, "percent", "exact", None),
          ("Estonia", "other Baltic", 39, "percent", "exact", None),
          ("Estonia", "other", 20.1, "percent", "exact", None)]),
        # A list after a colon.
        ("Religion in Estonia: Lutheran 60%, Orthodox 30%.",
         [("Estonia", "Lutheran", 60, "percent", "exact", None),
          ("Estonia", "Orthodox", 30, "percent", "exact", None)]),
    ],
)  # fmt: skip
def test_rules(answer, expected):
    assert rows(answer) == expected


def test_qualifier_distributes_over_a_list():
    assert rows("The Muslim population is approximately 85% Shia and 15% Sunni.",
                "Is Azerbaijan Shia or Sunni?") == [
        ("Azerbaijan", "Shia", 85, "percent", "approx", None),
        ("Azerbaijan", "Sunni", 15, "percent", "approx", None),
    ]  # fmt: skip
    # A qualifier far away does not.
    assert rows("About 85% are Shia, a figure the census of the following decade put "
                "at 15% Sunni.")[1][4] == "exact"  # fmt: skip


@pytest.mark.parametrize(
    "answer",
    [
        "Azerbaijan has the second highest Shia population percentage in the world after Iran.",
        "Most Shias are adherents of orthodox Ithna Ashari school of Shia Islam.",
        "Turnout in Armenia was 49%.",
        "Armenians make up 98% of those killed.",
        "The party won 85% of the vote.",
        "Some 30,000 people were killed between 1988 and 1994, and more than one million were "
        "displaced.",
        "More than 1,746 Armenian and Karabakh soldiers have been confirmed killed.",
        "Russia deployed 20,000 troops to the region.",
        "Some 500 people lived in the village before it was destroyed.",
        "About 40,000 Azerbaijanis lived in Armenian villages.",
        "The census counted 300 villages in Armenia.",
        "In 1989 Armenians lived in Baku.",
        "In Ukraine, 60% of the population named the economy as their main concern.",
        "In Ukraine, 60% of voters named Zelensky.",
        "In Estonia the troops were mostly British.",
        "Estonia supplied mainly Russian T-72 tanks.",
        "In Estonia the Setos are mostly Orthodox.",
    ],
)
def test_not_demographics(answer):
    assert rows(answer) == []


def test_group_names_are_not_subjects():
    # "ethnic Ossetians" names a group, not a place: the subject is South Ossetia.
    assert (
        rows("In 1989, ethnic Ossetians made up 66% of the population of South Ossetia.")[0][0]
        == "South Ossetia"
    )


def test_subject_falls_back_to_earlier_sentence_then_question():
    answer = "Abkhazia is a breakaway region. About 50% of the population are Abkhaz."
    assert rows(answer)[0][0] == "Abkhazia"
    assert rows("About 50% of the population are Abkhaz.", "Who lives in Abkhazia?")[0][0] == (
        "Abkhazia"
    )


def test_unanswered():
    qa = pd.DataFrame({"id": ["t:1"], "question": ["Why?"], "answer": [None]})
    assert extract_demographics(qa).empty


def test_answer_cut_right_after_a_census_figure():
    # Raised TypeError: the cut left the noun after the figure empty (issue 10).
    assert rows("In Nagorno-Karabakh the 1989 census counted 189,085", "Who lives there?") == [
        ("Nagorno-Karabakh", "population", 189085, "people", "exact", 1989)
    ]


def test_a_run_of_figures_and_years_after_population_is_linear():
    # Backtracked exponentially: 4 figures took 20 s, 12 would take hours (issue 10).
    figures = ", ".join(f"{1000 + i:,}, {1990 + i}" for i in range(200))
    # CPU time of this process: a hang guard, which a loaded machine does not trip
    started = time.process_time()
    rows(f"The population of Armenia {figures} x.")
    rows(f"The population{'  is  was' * 2000} x 1,000 people.")
    assert time.process_time() - started < 5


def test_a_long_sentence_of_populations_and_years_takes_linear_time():
    # Every figure looked through every date of the sentence: 100 KB took 16 s (issue 10).
    states = ["Armenia", "Azerbaijan", "Georgia", "Russia"]
    answer = ", ".join(
        f"the population of {states[i % 4]} was {10000 + i:,} in {1900 + i % 120}"
        for i in range(1500)
    )
    rows("The population of Armenia was 10,000 in 1900.")  # compile the patterns
    # CPU time of this process: a hang guard, which a loaded machine does not trip
    started = time.process_time()
    found = rows(f"In the census {answer}.")
    assert time.process_time() - started < 8
    assert found[0][2:] == (10000, "people", "exact", 1900)


@pytest.mark.parametrize("unit", ["Aaa-", "Aa'", "Aaa-Bbb ", "Aaa "])
def test_a_long_run_of_capitalised_words_takes_linear_time(unit):
    # A run of capitalised (or hyphenated) words was read from each word to its end and
    # split at every hyphen: 100 "Aaa-" took 13 s, 4,000 "Aaa-Bbb " 27 s (issue 10).
    run = unit * 4000
    rows("About 85% are Shia.")  # compile the patterns
    # CPU time of this process: a hang guard, which a loaded machine does not trip
    started = time.process_time()
    rows(f"About 85% of the population are {run}x.")
    rows(f"The {run}, which is 85% Shia.")
    rows(f"The {run}form a majority.")
    assert time.process_time() - started < 10


def test_a_group_is_still_read_whole():
    assert rows("About 85% of the population are Armenian Apostolic Christians.")[0][1] == (
        "Armenian Apostolic Christians"
    )


def test_a_group_never_opens_with_a_sentence_opener():
    assert rows("The Azerbaijanis constitute 6.2% of the population of Georgia.") == [
        ("Georgia", "Azerbaijanis", 6.2, "percent", "exact", None)
    ]
    sudan = "The dominant religion in Sudan is Islam practiced by around 90.7% of its population."
    assert rows(sudan) == [("Sudan", "Islam", 90.7, "percent", "approx", None)]
