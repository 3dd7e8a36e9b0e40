from __future__ import annotations

import time
from pathlib import Path

import pandas as pd
import pytest

from karabakh_nb.casualties import CASUALTY_COLUMNS, extract_casualties
from karabakh_nb.errors import UsageError
from karabakh_nb.parse import load

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "seeds" / "000_c8ae912d7073d48a.txt"
KEY = ["party", "category", "count", "qualifier", "reported_by", "reported_on", "qa_id"]


def table(path: Path, as_of: str | None = None) -> list[tuple]:
    frame = extract_casualties(load(path), as_of=as_of)
    return [tuple(row) for row in frame[KEY].itertuples(index=False, name=None)]


def one(answer: str, question: str = "What happened?", as_of: str | None = None) -> pd.DataFrame:
    qa = pd.DataFrame({"id": ["t:1"], "question": [question], "answer": [answer]})
    return extract_casualties(qa, as_of=as_of)


def rows(answer: str, question: str = "What happened?") -> list[tuple]:
    frame = one(answer, question)
    return [tuple(r) for r in frame[["party", "category", "count", "qualifier"]].values]


S = "000_c8ae912d7073d48a"


def test_columns_in_contract_order():
    frame = extract_casualties(load(SEED))
    assert list(frame.columns[: len(CASUALTY_COLUMNS)]) == CASUALTY_COLUMNS
    assert frame["count"].dtype == "int64"


def test_seed_table_is_complete():
    assert table(SEED) == [
        ("Armenia", "military", 1746, "at_least", "officials in Nagorno-Karabakh", None,
         f"{S}:25"),
        ("Azerbaijan", "military", 2783, "at_least", "Azerbaijan", None, f"{S}:25"),
        ("Azerbaijan", "military", 2801, "exact", "Azerbaijani Defense Ministry", None,
         f"{S}:37"),
        ("Azerbaijan", "missing", 100, "at_least", "Azerbaijani Defense Ministry", None,
         f"{S}:37"),
        ("Azerbaijan", "military", 2783, "exact", "Azerbaijan", None, f"{S}:45"),
        ("unspecified", "civilian", 146, "at_least", None, None, f"{S}:69"),
    ]  # fmt: skip


def test_seed_evidence_is_the_verbatim_sentence():
    qa = load(SEED)
    frame = extract_casualties(qa)
    answers = dict(zip(qa["id"], qa["answer"], strict=True))
    for qa_id, evidence in zip(frame["qa_id"], frame["evidence"], strict=True):
        assert evidence in answers[qa_id]
    assert frame["evidence"].iloc[2] == (
        "According to the report, 2,801 soldiers were killed and more than 100 servicemen "
        "were missing or their bodies remained unidentified."
    )


def test_seed_combined_figure_keeps_every_party():
    frame = extract_casualties(load(SEED))
    assert frame["parties"].iloc[0] == ["Armenia", "Artsakh"]


def test_seed_reported_on_needs_as_of():
    dated = table(SEED, as_of="2020-12-05")
    assert dated[1][5] == "2020-12-03"  # "Azerbaijan announced Thursday"
    assert dated[2][5] == "2019-12-21"  # latest 21 December not after 2020-12-05
    assert table(SEED, as_of="2021-01-15")[2][5] == "2020-12-21"
    assert dated[4][5] is None  # "Azerbaijan has reported": no date given


def test_snippet_header_is_not_read():
    qa = load(SEED)
    frame = extract_casualties(qa)
    # "2,801 soldiers" (the header) gives no row of its own: one 2,801 row only.
    assert (frame["count"] == 2801).sum() == 1


def test_georgia_fixture():
    assert table(DATA / "georgia_2008.txt") == [
        ("Georgia", "military", 170, "exact", "Georgian officials", None, "georgia_2008:5"),
        ("Georgia", "civilian", 228, "exact", "Georgian officials", None, "georgia_2008:5"),
        ("Russia", "military", 67, "exact", "Russia", None, "georgia_2008:5"),
        ("unspecified", "displaced", 192000, "approx", "UN refugee agency", None,
         "georgia_2008:9"),
        ("Georgia", "displaced", 20000, "approx", None, None, "georgia_2008:9"),
    ]  # fmt: skip


def test_karabakh_1990s_fixture():
    assert table(DATA / "karabakh_1990s.txt") == [
        ("unspecified", "unspecified", 30000, "approx", None, None, "karabakh_1990s:5"),
        ("unspecified", "displaced", 1000000, "at_least", None, None, "karabakh_1990s:5"),
        ("unspecified", "missing", 4000, "at_most", None, None, "karabakh_1990s:5"),
        ("Azerbaijan", "displaced", 600000, "at_least", None, None, "karabakh_1990s:9"),
        ("Armenia", "displaced", 300000, "at_least", None, None, "karabakh_1990s:9"),
    ]


def test_reports_fixture():
    f = "casualties_reports"
    assert table(DATA / f"{f}.txt", as_of="2020-12-05") == [
        ("Armenia", "military", 2425, "exact", "Armenian health ministry", "2020-12-03",
         f"{f}:1"),
        ("Armenia", "missing", 60, "exact", "Armenian health ministry", "2020-12-03", f"{f}:1"),
        ("unspecified", "missing", 4000, "exact", None, None, f"{f}:5"),
        ("unspecified", "wounded", 10000, "exact", None, None, f"{f}:5"),
        ("unspecified", "military", 200, "at_least", "International Crisis Group", None,
         f"{f}:9"),
        ("Georgia", "military", 170, "exact", None, None, f"{f}:13"),
        ("Georgia", "civilian", 228, "exact", None, None, f"{f}:13"),
        # the question names Georgia, the sentence does not: the question is not evidence
        ("unspecified", "unspecified", 3000, "exact", None, None, f"{f}:13"),
        ("Azerbaijan", "military", 2783, "exact", "Azerbaijan", "2020-12-03", f"{f}:17"),
        ("unspecified", "displaced", 40000, "approx", None, None, f"{f}:17"),
        ("unspecified", "wounded", 12, "approx", None, None, f"{f}:17"),
    ]  # fmt: skip


def test_karabakh_2023_fixture():
    k = "karabakh_2023"
    a = "Armenian authorities"
    assert table(DATA / f"{k}.txt") == [
        ("Armenia", "displaced", 100000, "at_least", None, None, f"{k}:1"),
        ("Azerbaijan", "military", 192, "exact", "Azerbaijani officials", None, f"{k}:5"),
        ("Armenia", "unspecified", 200, "approx", a, None, f"{k}:5"),
        ("Armenia", "civilian", 10, "exact", a, None, f"{k}:5"),
    ]


def test_ukraine_fixture():
    u = "ukraine_2022"
    assert table(DATA / f"{u}.txt") == [
        # "Ukrainian and Russian troops": two opposing sides together, of neither (ANNOTATING)
        ("unspecified", "military", 500000, "approx", "US officials", "2023-08", f"{u}:5"),
        ("unspecified", "civilian", 10000, "at_least", "UN", None, f"{u}:5"),
        ("Ukraine", "displaced", 6000000, "at_least", None, None, f"{u}:21"),
        ("Ukraine", "displaced", 3700000, "approx", None, None, f"{u}:21"),
    ]
    frame = extract_casualties(load(DATA / f"{u}.txt"))
    # "Ukrainian and Russian troops" is one figure covering both parties.
    assert frame["parties"].iloc[0] == ["Ukraine", "Russia"]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("About 200 people were killed, including 10 civilians.",
         [("unspecified", "unspecified", 200, "approx"), ("unspecified", "civilian", 10, "exact")]),
        ("Azerbaijan lost 50 soldiers, including 10 officers.",
         [("Azerbaijan", "military", 50, "exact"), ("Azerbaijan", "military", 10, "exact")]),
        ("Some 50 Armenian soldiers were killed, among them 10 officers.",
         [("Armenia", "military", 50, "approx"), ("Armenia", "military", 10, "exact")]),
        ("200 Armenian people, including 10 children, were killed.",
         [("Armenia", "unspecified", 200, "exact"), ("Armenia", "civilian", 10, "exact")]),
        ("The fighting displaced 90,000 people, including 30,000 children.",
         [("unspecified", "displaced", 90000, "exact"),
          ("unspecified", "displaced", 30000, "exact")]),
        # the part takes the kind of the figure it is part of, not of the next one
        ("At least 100 people were killed, including 5 journalists, and 40 were wounded.",
         [("unspecified", "unspecified", 100, "at_least"), ("unspecified", "civilian", 5, "exact"),
          ("unspecified", "wounded", 40, "exact")]),
    ],
)  # fmt: skip
def test_part_of_an_earlier_figure(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "The sides agreed to a Russian-brokered cease-fire in early November 2020, resulting in "
        "the deployment of 2,000 Russian peacekeeping forces to the conflict zone.",
        "As of 2019, Azerbaijan maintains diplomatic relations with 182 United Nations member "
        "states, the State of Palestine and the Holy See.",
        "Azerbaijan emerged victorious from a 44-day war against Armenia.",
        "A forty-four-day-long war ended; three months later, the dust had not settled.",
        "For more than 30 years its been the center of a conflict between Armenia and Azerbaijan.",
        "The Muslim population is approximately 85% Shia and 15% Sunni.",
        "Russia deployed 20,000 troops to the region.",
        "In 1989, the oblast had a population of about 189,000.",
        "About 15% of the soldiers were killed.",
        "The army has 60,000 soldiers.",
        "Armenia lost 3,000 square kilometres.",
        "Hundreds of people were killed.",
    ],
)
def test_not_casualties(answer):
    assert one(answer).empty


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # category from the noun
        ("About 170 soldiers were killed.", ("unspecified", "military", 170, "approx")),
        ("At least 146 civilians died.", ("unspecified", "civilian", 146, "at_least")),
        ("Some 30,000 people were killed.", ("unspecified", "unspecified", 30000, "approx")),
        ("There were 146 civilian deaths.", ("unspecified", "civilian", 146, "exact")),
        ("It caused 2,783 military casualties.", ("unspecified", "military", 2783, "exact")),
        # category from the casualty word
        ("Up to 4,000 people remain missing.", ("unspecified", "missing", 4000, "at_most")),
        ("At least 50 soldiers were wounded.", ("unspecified", "wounded", 50, "at_least")),
        ("About 100,000 refugees crossed into Armenia.",
         ("unspecified", "displaced", 100000, "approx")),
        ("Roughly 20,000 ethnic Georgians have not been able to return.",
         ("Georgia", "displaced", 20000, "approx")),
        ("At least 300,000 Armenians fled Azerbaijan.",
         ("Armenia", "displaced", 300000, "at_least")),
        # bare subjects, verbs before the figure, tolls
        ("More than one million were displaced.",
         ("unspecified", "displaced", 1000000, "at_least")),
        ("The war displaced one million.", ("unspecified", "displaced", 1000000, "exact")),
        ("The shelling killed 12 residents.", ("unspecified", "civilian", 12, "exact")),
        ("The death toll rose to 3,000.", ("unspecified", "unspecified", 3000, "exact")),
        # a parenthesis between the figure and its verb
        ("In all, at least 146 civilians, including multiple children and older people, died "
         "in the 44-day conflict.", ("unspecified", "civilian", 146, "at_least")),
        # whose people
        ("Two Armenian soldiers were killed.", ("Armenia", "military", 2, "exact")),
        ("Russia said that 67 of its soldiers died.", ("Russia", "military", 67, "exact")),
        ("Georgia lost 170 servicemen.", ("Georgia", "military", 170, "exact")),
        ("1,000 Karabakh soldiers died.", ("Artsakh", "military", 1000, "exact")),
    ],
)  # fmt: skip
def test_rules(answer, expected):
    assert rows(answer) == [expected]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # where displaced people come from is whose they are
        ("More than 6 million refugees from Ukraine have been recorded.",
         [("Ukraine", "displaced", 6000000, "at_least")]),
        ("About 200,000 people fled Georgia.", [("Georgia", "displaced", 200000, "approx")]),
        ("Some 40,000 people were displaced from Nagorno-Karabakh.",
         [("Artsakh", "displaced", 40000, "approx")]),
        ("Over 10,000 people were forced to flee the Karabakh region.",
         [("Artsakh", "displaced", 10000, "at_least")]),
        # the figure's own noun phrase still comes first
        ("At least 300,000 Armenians fled from Azerbaijan.",
         [("Armenia", "displaced", 300000, "at_least")]),
        # "to X" is where they went, not whose they are
        ("About 100,000 refugees fled to Armenia.",
         [("unspecified", "displaced", 100000, "approx")]),
        # only displaced people have an origin: the killed stay unspecified
        ("About 50 people were killed by shelling from Russia.",
         [("unspecified", "unspecified", 50, "approx")]),
        # internally displaced: the state named before them in the sentence
        ("Georgia says some 30,000 people are internally displaced.",
         [("Georgia", "displaced", 30000, "approx")]),
        ("In Azerbaijan, 600,000 internally displaced persons remain.",
         [("Azerbaijan", "displaced", 600000, "exact")]),
        ("Some 3.7 million people are internally displaced.",
         [("unspecified", "displaced", 3700000, "approx")]),
        # figures joined by a comma and "and" keep their own predicates
        ("More than 6 million refugees from Ukraine have been recorded globally, and some 3.7 "
         "million people are internally displaced.",
         [("Ukraine", "displaced", 6000000, "at_least"),
          ("Ukraine", "displaced", 3700000, "approx")]),
    ],
)  # fmt: skip
def test_displaced_origin(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "Some 3.7 million people live in Kyiv.",
        "Refugees from Ukraine have been recorded globally.",
        "Many people are internally displaced.",
        "Ukraine had a population of about 41 million in 2021.",
    ],
)
def test_not_displaced(answer):
    assert one(answer, "How many refugees from Ukraine?").empty


def test_coordinated_figures_share_verb_and_qualifier():
    assert rows("About 170 servicemen and 228 civilians were killed.") == [
        ("unspecified", "military", 170, "approx"),
        ("unspecified", "civilian", 228, "approx"),
    ]
    assert rows("The fighting left 4,000 people missing and 10,000 wounded.") == [
        ("unspecified", "missing", 4000, "exact"),
        ("unspecified", "wounded", 10000, "exact"),
    ]


def test_first_casualty_word_decides():
    answer = "More than 100 servicemen were missing or their bodies remained unidentified."
    assert rows(answer) == [("unspecified", "missing", 100, "at_least")]


def test_the_question_is_not_evidence_of_the_party():
    # The row cites its sentence: a party the sentence does not name stays unspecified.
    assert rows("2,801 soldiers were killed.", "How many soldiers died in Azerbaijan?") == [
        ("unspecified", "military", 2801, "exact")
    ]
    assert rows("2,801 Armenian soldiers were killed.", "How many died in Azerbaijan?") == [
        ("Armenia", "military", 2801, "exact")
    ]


@pytest.mark.parametrize(
    ("answer", "reported_by"),
    [
        ("According to Georgian officials, 170 servicemen were killed.", "Georgian officials"),
        ("170 servicemen were killed, according to the UN refugee agency.", "UN refugee agency"),
        ("The Azerbaijani Defense Ministry announced that 2,801 soldiers were killed.",
         "Azerbaijani Defense Ministry"),
        ("Azerbaijan has reported 2,783 of its soldiers were killed.", "Azerbaijan"),
        ("Figures reported by the Armenian health ministry show 2,425 soldiers died.",
         "Armenian health ministry"),
        ("2,425 soldiers have been confirmed killed.", None),
        ("The UN has verified at least 10,000 civilian deaths.", "UN"),
        ("Human Rights Watch documented 120 civilian deaths.", "Human Rights Watch"),
        ("The Armenian health ministry recorded 40 soldiers killed.", "Armenian health ministry"),
        ("More than 100 deaths have been verified.", None),
        ("The ministry announced its figures. According to the report, 2,801 soldiers died.",
         None),
    ],
)  # fmt: skip
def test_reported_by(answer, reported_by):
    assert one(answer)["reported_by"].tolist() == [reported_by]


def test_anaphoric_source_points_back_within_the_answer():
    answer = (
        "The Azerbaijani Defense Ministry announced the final number of military casualties on "
        "21 December 2020. According to the report, 2,801 soldiers were killed."
    )
    frame = one(answer)
    assert frame[["party", "reported_by", "reported_on"]].values.tolist() == [
        ["Azerbaijan", "Azerbaijani Defense Ministry", "2020-12-21"]
    ]


@pytest.mark.parametrize(
    ("answer", "as_of", "reported_on"),
    [
        ("Azerbaijan announced Thursday that 2,783 of its soldiers died.", None, None),
        ("Azerbaijan announced Thursday that 2,783 of its soldiers died.", "2020-12-05",
         "2020-12-03"),
        ("On 3 December 2020, the ministry said 2,425 soldiers had died.", None, "2020-12-03"),
        ("Azerbaijan said 2,783 soldiers died between 27 September and 10 November 2020.", None,
         None),
        ("Some 30,000 people were killed between 1988 and 1994.", None, None),
    ],
)  # fmt: skip
def test_reported_on(answer, as_of, reported_on):
    assert one(answer, as_of=as_of)["reported_on"].tolist() == [reported_on]


def test_bad_as_of_is_a_usage_error():
    with pytest.raises(UsageError):
        one("Two soldiers died.", as_of="not a date")


def test_unanswered_and_empty_tables():
    qa = pd.DataFrame({"id": ["t:1"], "question": ["Why?"], "answer": [None]})
    frame = extract_casualties(qa)
    assert frame.empty
    assert list(frame.columns[: len(CASUALTY_COLUMNS)]) == CASUALTY_COLUMNS


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A toll phrase before a range gives both ends.
        (
            "The number of Estonian military deaths was approximately 3,000–10,000.",
            [("Estonia", "military", 3000, "at_least"), ("Estonia", "military", 10000, "at_most")],
        ),
        ("The number of Estonian military deaths was as high as 14,000.",
         [("Estonia", "military", 14000, "at_most")]),
        # Modal and "became" auxiliaries between a figure and its casualty word.
        ("Over 2,000 Estonian civilians may have been injured.",
         [("Estonia", "wounded", 2000, "at_least")]),
        ("An estimated 1.3 million became internally displaced.",
         [("unspecified", "displaced", 1300000, "approx")]),
        # An "i.e." apposition between the figure and its verb.
        ("Some 6,300 Estonians, i.e. the coastal people, lost their lives.",
         [("Estonia", "unspecified", 6300, "approx")]),
        # A people named as a side is a party.
        ("At least 4,000 Tamil civilians were killed.", [("Tamils", "civilian", 4000, "at_least")]),
        # Rebels named after a state are not that state.
        ("Thirty Estonian rebels were killed.", [("unspecified", "military", 30, "exact")]),
        # A place between the noun phrase and its verb; "already" before the verb.
        ("During the siege, 1,500 citizens of Lowbury died.",
         [("unspecified", "civilian", 1500, "exact")]),
        ("Some 2,000 were already displaced.", [("unspecified", "displaced", 2000, "approx")]),
        # Verbs and nouns of killing before the figure.
        ("The army slaughtered more than 800 men and boys.",
         [("unspecified", "unspecified", 800, "at_least")]),
        ("It was the killing of an estimated 800 Estonian men.",
         [("Estonia", "unspecified", 800, "approx")]),
        # A death toll before a noun phrase, and its parts.
        ("The death toll given by Estonian officials is 613 civilians, including 106 children.",
         [("Estonia", "civilian", 613, "exact"), ("Estonia", "civilian", 106, "exact")]),
        # "put the dead at N and the wounded at M".
        ("The announcement put the dead at 1854 in 18 days and the wounded at 1800.",
         [("unspecified", "unspecified", 1854, "exact"),
          ("unspecified", "wounded", 1800, "exact")]),
        # "of whom N were X": a part's noun phrase after its verb.
        ("Some 900 people died, of whom 600 were Estonians.",
         [("unspecified", "unspecified", 900, "approx"), ("Estonia", "unspecified", 600, "exact")]),
        # Thousands by dots, a decimal comma before "million", "3m".
        ("Some 2.000 Estonian soldiers were wounded.", [("Estonia", "wounded", 2000, "approx")]),
        ("The war displaced more than 3,2 million people.",
         [("unspecified", "displaced", 3200000, "at_least")]),
        # Adverbs and "considered" between a figure and its casualty word; "displacement of".
        ("About 1,000 were critically injured.", [("unspecified", "wounded", 1000, "approx")]),
        ("Another 2,000 are considered missing.", [("unspecified", "missing", 2000, "exact")]),
        ("Some 8,176 were still reported as missing.",
         [("unspecified", "missing", 8176, "approx")]),
        ("It caused the internal displacement of 4.3 million people.",
         [("unspecified", "displaced", 4300000, "exact")]),
        # A place (or two) after each noun does not break a list sharing one verb.
        ("230 Estonians from Latvia and 800 Latvians from Estonia and Lowbury were expelled.",
         [("Estonia", "displaced", 230, "exact"), ("Latvia", "displaced", 800, "exact")]),
        # Whose people an aside or a side names; a parenthesis after a place.
        ("Up to 300 people, mostly ethnic Estonians, were displaced from Latvia.",
         [("Estonia", "displaced", 300, "at_most")]),
        ("As many as 100 people from the Estonian side, including soldiers, lost their lives.",
         [("Estonia", "unspecified", 100, "at_most")]),
        ("More than half a million residents on both sides of the border have been driven out.",
         [("unspecified", "displaced", 500000, "at_least")]),
        # "among the dead"; "left N people homeless"; tolls that total or range.
        ("Over 400 children were among the dead.", [("unspecified", "civilian", 400, "at_least")]),
        ("It left 20,000 people homeless.", [("unspecified", "displaced", 20000, "exact")]),
        ("The number of combat dead from the war totaled 1,234.",
         [("unspecified", "military", 1234, "exact")]),
        ("The number of Estonian civilian deaths was between 300 and 1,000.",
         [("Estonia", "civilian", 300, "at_least"), ("Estonia", "civilian", 1000, "at_most")]),
        # A rate is no count; a population after "with" shares no predicate.
        ("Some 3,600 people have been killed, an average of 16 people killed a day.",
         [("unspecified", "unspecified", 3600, "approx")]),
        ("Some 230 Estonians fled to Latvia, with 7 million inhabitants.",
         [("Estonia", "displaced", 230, "approx")]),
        # A bare figure after a second loss verb counts what the first one did.
        ("Estonia lost 300 soldiers, while Latvia lost about 200.",
         [("Estonia", "military", 300, "exact"), ("Latvia", "military", 200, "approx")]),
        # Dying in battle makes the figure soldiers; aviators are soldiers.
        ("An estimated one million Estonians die in battle.",
         [("Estonia", "military", 1000000, "approx")]),
        ("Two Estonian aviators died.", [("Estonia", "military", 2, "exact")]),
        # A force's losses are soldiers; fatalities among troops are theirs.
        ("The Estonian Army lost 23 men.", [("Estonia", "military", 23, "exact")]),
        ("There were 2,837 fatalities among Estonian army troops.",
         [("Estonia", "military", 2837, "exact")]),
        # "serving in military units" makes the figure and those sharing its verb soldiers.
        ("Some 3,000 Estonians lost their lives serving in military units, 2,000 Latvians.",
         [("Estonia", "military", 3000, "approx"), ("Latvia", "military", 2000, "exact")]),
        # Parts take the kind of their whole.
        ("In all 1,300 civilians lost their lives, of whom 800 were Estonians, 500 Latvians.",
         [("unspecified", "civilian", 1300, "exact"), ("Estonia", "civilian", 800, "exact"),
          ("Latvia", "civilian", 500, "exact")]),
        # Where a toll was counted is not whose it is.
        ("The number of Estonian deaths in Latvia had risen to 557.",
         [("Estonia", "unspecified", 557, "exact")]),
        # "combat" and "battle" deaths are military.
        ("The ministry counted 4,000 combat deaths.",
         [("unspecified", "military", 4000, "exact")]),
        # Forced, by whomever, to leave.
        ("More than 2,000 people were forced by the army to leave the town.",
         [("unspecified", "displaced", 2000, "at_least")]),
        # A demonym before "and" takes the last figure's noun; a plural one is a noun.
        ("125 American and 20,000 Iraqi soldiers were killed.",
         [("United States", "military", 125, "exact"), ("Iraq", "military", 20000, "exact")]),
        ("300 Russian and 200 Georgian civilians died.",
         [("Russia", "civilian", 300, "exact"), ("Georgia", "civilian", 200, "exact")]),
        ("50 Americans and 20 Iraqi soldiers died.",
         [("United States", "unspecified", 50, "exact"), ("Iraq", "military", 20, "exact")]),
    ],
)  # fmt: skip
def test_shared_mechanisms(answer, expected):
    assert rows(answer) == expected


@pytest.mark.parametrize(
    "unit",
    ["according to Armenia, {n} were killed, ", "{n:,} soldiers, ", "{n} Russian soldiers, "],
)
def test_a_long_sentence_of_figures_takes_linear_time(unit):
    # Each figure scanned the whole sentence before it for its party: 40 KB took 20 s.
    answer = "".join(unit.format(n=100 + i) for i in range(1500)) + "were killed."
    rows(answer[:2000])  # the patterns compile on first use
    # CPU time of this process: a hang guard, which a loaded machine does not trip
    started = time.process_time()
    rows(answer)
    assert time.process_time() - started < 8


def test_spaces_after_a_figure_that_shares_a_predicate_take_linear_time():
    # The tail after "21,399 Serbs" split a run of spaces every way: 22 took 6 s (issue 10).
    # CPU time of this process: a hang guard, which a loaded machine does not trip
    started = time.process_time()
    rows("30,173 Bosniaks lost their lives, and 21,399 Serbs" + " " * 2000 + "x.")
    assert time.process_time() - started < 5
