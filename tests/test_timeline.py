import time
from pathlib import Path

import pandas as pd
import pytest

from karabakh_nb.errors import UsageError
from karabakh_nb.parse import load
from karabakh_nb.timeline import (
    TIMELINE_COLUMNS,
    describe_event,
    extract_timeline,
    unresolved_relative_dates,
)

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
SEED = ROOT / "seeds" / "000_c8ae912d7073d48a.txt"
S = "000_c8ae912d7073d48a"

SEED_ROWS = [
    (
        "1990-01",
        "month",
        None,
        "Nakhchivan declared independence from the USSR to protest against the suppression",
        None,
        f"{S}:41",
    ),
    (
        "1991",
        "year",
        None,
        "Nakhchivan became the Nakhchivan Autonomous Republic within the newly independent "
        "Republic",
        "a year later",
        f"{S}:41",
    ),
    (
        "1992",
        "year",
        None,
        "The United States established diplomatic relations with Azerbaijan",
        None,
        f"{S}:29",
    ),
    (
        "2015-01-02",
        "day",
        None,
        "Armenia became a full member of the Eurasian Economic Union",
        None,
        f"{S}:61",
    ),
    ("2020", "year", None, "2020 Nagorno-Karabakh war", None, f"{S}:33"),
    (
        "2020-09",
        "month",
        "2020-11",
        "At least 146 civilians, including multiple children and older people, died in the 44-day "
        "conflict",
        None,
        f"{S}:69",
    ),
    (
        "2020-09-27",
        "day",
        None,
        "Explosions rocked the region of Nagorno-Karabakh",
        None,
        f"{S}:65",
    ),
    (
        "2020-11",
        "month",
        None,
        "The sides agreed to a Russian-brokered cease-fire",
        None,
        f"{S}:45",
    ),
    (
        "2020-11-10",
        "day",
        None,
        "A Russia-brokered ceasefire agreement halted a forty-four-day-long Armenia-Azerbaijan war",
        None,
        f"{S}:49",
    ),
    (
        "2021-02",
        "month",
        None,
        "The dust has not settled from the latest war",
        "Three months later",
        f"{S}:49",
    ),
]

AS_OF_ROWS = [
    (
        "2020",
        "year",
        None,
        "Azerbaijans roof grew significantly larger when it emerged victorious from a 44-day war",
        "Last year",
        f"{S}:17",
    ),
    (
        "2020-12-21",
        "day",
        None,
        "The Azerbaijani Defense Ministry announced the final number of military casualties",
        "21 December",
        f"{S}:37",
    ),
    (
        "2021-02-11",
        "day",
        None,
        "Azerbaijan announced that at least 2,783 of its soldiers died",
        "Thursday",
        f"{S}:25",
    ),
]


def rows(frame):
    return [tuple(r) for r in frame[TIMELINE_COLUMNS[:6]].itertuples(index=False)]


@pytest.fixture(scope="module")
def seed_qa():
    return load(SEED)


def test_columns_and_types(seed_qa):
    t = extract_timeline(seed_qa)
    assert list(t.columns) == TIMELINE_COLUMNS
    assert all(isinstance(v, str) for v in t["date"])
    assert t["end"].map(lambda v: v is None or isinstance(v, str)).all()
    assert t["relative"].map(lambda v: v is None or isinstance(v, str)).all()


def test_seed_timeline_without_as_of(seed_qa):
    assert rows(extract_timeline(seed_qa)) == SEED_ROWS


def test_seed_timeline_with_as_of(seed_qa):
    expected = [
        SEED_ROWS[0],
        SEED_ROWS[1],
        SEED_ROWS[2],
        SEED_ROWS[3],
        AS_OF_ROWS[0],
        SEED_ROWS[4],
        SEED_ROWS[5],
        SEED_ROWS[6],
        SEED_ROWS[7],
        SEED_ROWS[8],
        AS_OF_ROWS[1],
        SEED_ROWS[9],
        AS_OF_ROWS[2],
    ]
    assert rows(extract_timeline(seed_qa, as_of="2021-02-15")) == expected


def test_evidence_is_the_sentence_verbatim(seed_qa):
    t = extract_timeline(seed_qa, as_of="2021-02-15")
    answers = dict(zip(seed_qa["id"], seed_qa["answer"], strict=True))
    for row in t.itertuples(index=False):
        assert row.evidence in answers[row.qa_id]
    by_date = dict(zip(t["date"], t["evidence"], strict=False))
    assert by_date["2021-02"] == "Three months later, the dust has not settled from the latest war."
    assert by_date["1992"] == (
        "The United States established diplomatic relations with "
        "Azerbaijan in 1992, following its independence from the Soviet Union."
    )


def test_as_of_states_are_not_events(seed_qa):
    t = extract_timeline(seed_qa, as_of="2021-02-15")
    assert "2019" not in set(t["date"])  # "As of 2019, Azerbaijan maintains ..."


def test_seed_unresolved_relative_dates(seed_qa):
    u = unresolved_relative_dates(seed_qa)
    assert list(u.columns[:3]) == ["qa_id", "phrase", "evidence"]
    assert u[["qa_id", "phrase", "reason"]].values.tolist() == [
        [f"{S}:17", "Last year", "needs_as_of"],
        [f"{S}:25", "Thursday", "needs_as_of"],
        [f"{S}:37", "21 December", "needs_as_of"],
    ]
    assert u["evidence"].tolist()[1] == (
        "Azerbaijan announced Thursday that at least 2,783 of its soldiers died."
    )
    assert unresolved_relative_dates(seed_qa, as_of="2021-02-15").empty


def test_resolved_relatives_match_the_unresolved_phrases(seed_qa):
    # check drops an unresolved phrase once the timeline resolves (qa_id, relative)
    u = unresolved_relative_dates(seed_qa)
    t = extract_timeline(seed_qa, as_of="2021-02-15")
    resolved = set(zip(t["qa_id"], t["relative"], strict=True))
    assert all(pair in resolved for pair in zip(u["qa_id"], u["phrase"], strict=True))


def test_georgia_fixture():
    t = extract_timeline(load(DATA / "georgia_2008.txt"))
    assert rows(t) == [
        ("1994", "year", None, "Georgia has cooperated with the alliance", None, "georgia_2008:15"),
        (
            "2008-08-07",
            "day",
            "2008-08-12",
            "The Russo-Georgian War was fought between Georgia on one side and Russia",
            None,
            "georgia_2008:1",
        ),
        (
            "2008-08-12",
            "day",
            None,
            "A ceasefire brokered by France was signed",
            None,
            "georgia_2008:1",
        ),
        (
            "2008-08-26",
            "day",
            None,
            "Russia recognised both breakaway regions",
            "Two weeks later",
            "georgia_2008:1",
        ),
        (
            "2009-08",
            "month",
            None,
            "Georgia left the Commonwealth of Independent States",
            None,
            "georgia_2008:15",
        ),
    ]


def test_karabakh_1990s_fixture():
    t = extract_timeline(load(DATA / "karabakh_1990s.txt"))
    assert rows(t) == [
        ("1988", "year", "1994", "Some 30,000 people were killed", None, "karabakh_1990s:5"),
        (
            "1988-02-20",
            "day",
            None,
            "The regional soviet of Nagorno-Karabakh voted to request transfer to the Armenian SSR",
            None,
            "karabakh_1990s:1",
        ),
        ("1990", "year", None, "Soviet troops entered Baku", "Two years later", "karabakh_1990s:1"),
        (
            "1991-12",
            "month",
            None,
            "The war escalated after the dissolution of the Soviet Union",
            None,
            "karabakh_1990s:1",
        ),
        (
            "1993",
            "year",
            None,
            "Turkey closed its border with Armenia in solidarity with Azerbaijan",
            None,
            "karabakh_1990s:25",
        ),
        (
            "1994-05",
            "month",
            None,
            "The Bishkek Protocol was signed",
            None,
            "karabakh_1990s:13",
        ),
        ("1994-05-12", "day", None, "A ceasefire took effect", None, "karabakh_1990s:13"),
        (
            "1994-05-13",
            "day",
            None,
            "Both sides reported violations",
            "The next day",
            "karabakh_1990s:13",
        ),
        (
            "2001-01",
            "month",
            None,
            "Azerbaijan joined the Council of Europe",
            None,
            "karabakh_1990s:21",
        ),
    ]
    # population figures dated "In 1989" are observations, not events
    assert "1989" not in set(t["date"])


def test_fixtures_need_no_as_of():
    for name in ("georgia_2008.txt", "karabakh_1990s.txt"):
        qa = load(DATA / name)
        assert unresolved_relative_dates(qa).empty
        assert rows(extract_timeline(qa, as_of="2021-02-15")) == rows(extract_timeline(qa))


FORMS_ROWS = [
    ("1984", "year", None, "1984 Winter Olympics", None, "timeline_forms:21"),
    (
        "1992-04-05",
        "day",
        "1996-02-29",
        "The siege lasted, nearly four years",
        None,
        "timeline_forms:21",
    ),
    ("1992-04-06", "day", None, "The Bosnian War began", None, "timeline_forms:1"),
    ("1995", "year", None, "NATO deployed IFOR", "Later that year", "timeline_forms:5"),
    ("1995-11-21", "day", None, "The Dayton Agreement was initialled", None, "timeline_forms:5"),
    (
        "1995-12-14",
        "day",
        None,
        "The Dayton Agreement signed in Paris",
        "14 December",
        "timeline_forms:5",
    ),
    ("2008-02-17", "day", None, "Kosovo declared independence", None, "timeline_forms:13"),
    ("2008-02-18", "day", None, "Serbia rejected it", None, "timeline_forms:13"),
]


def test_forms_fixture():
    qa = load(DATA / "timeline_forms.txt")
    assert rows(extract_timeline(qa)) == FORMS_ROWS
    assert rows(extract_timeline(qa, as_of="2021-02-15")) == [
        *FORMS_ROWS,
        ("2021-02-14", "day", None, "A ceasefire took effect", "yesterday", "timeline_forms:17"),
        ("2021-02-15", "day", None, "The talks resume", "Monday", "timeline_forms:17"),
    ]


def test_forms_fixture_unresolved():
    qa = load(DATA / "timeline_forms.txt")
    assert unresolved_relative_dates(qa)[["qa_id", "phrase", "reason"]].values.tolist() == [
        ["timeline_forms:17", "yesterday", "needs_as_of"],
        ["timeline_forms:17", "Monday", "needs_as_of"],
    ]
    every = unresolved_relative_dates(qa, include_unanchored=True)
    assert every[["qa_id", "phrase", "reason"]].values.tolist() == [
        ["timeline_forms:9", "Two years later", "no_anchor"],
        ["timeline_forms:17", "yesterday", "needs_as_of"],
        ["timeline_forms:17", "Monday", "needs_as_of"],
    ]


def test_unanswered_and_empty_tables():
    qa = pd.DataFrame({"id": ["f:1", "f:3"], "answer": [None, "No dates here at all."]})
    t = extract_timeline(qa)
    assert t.empty
    assert list(t.columns) == TIMELINE_COLUMNS
    assert unresolved_relative_dates(qa).empty


def test_bad_as_of_is_a_usage_error(seed_qa):
    with pytest.raises(UsageError):
        extract_timeline(seed_qa, as_of="15 Feb 2021")


@pytest.mark.parametrize(
    ("sentence", "date_span", "expected"),
    [
        ("On 2 May 2001, the treaty was signed.", "2 May 2001", "The treaty was signed"),
        ("In all, 5 people died in 1999.", "1999", "5 people died"),
        ("Georgia left the CIS in August 2009.", "August 2009", "Georgia left the CIS"),
    ],
)
def test_describe_event(sentence, date_span, expected):
    start = sentence.index(date_span)
    assert describe_event(sentence, 0, len(sentence), [(start, start + len(date_span))]) == expected


def test_long_events_are_cut_at_a_phrase_boundary():
    sentence = (
        "On 1 June 2010, the government of the republic announced a sweeping programme of "
        "reforms to the army and the police across every region of the country."
    )
    event = describe_event(sentence, 0, len(sentence), [(3, 14)])
    assert len(event) <= 100
    assert event == (
        "The government of the republic announced a sweeping programme of reforms to the army "
        "and the police"
    )


def test_a_long_list_of_dates_takes_linear_time():
    # Every date of one list described the whole list again: 40 KB took 30 s (issue 10).
    months = ["January", "March", "May", "July", "September", "November"]
    dates = ", ".join(f"{1 + i % 28} {months[i % 6]} {1900 + i % 120}" for i in range(2000))
    qa = pd.DataFrame({"id": ["t:1"], "question": ["When?"], "answer": [f"It began on {dates}."]})
    extract_timeline(qa.assign(answer="It began on 2 May 2001."))  # compile the patterns
    # CPU time of this process: a hang guard, which a loaded machine does not trip
    started = time.process_time()
    events = extract_timeline(qa)
    assert time.process_time() - started < 8
    assert len(events) > 100
    assert events["event"].nunique() == 1


def test_years_before_an_event_noun_in_any_case():
    import pandas as pd

    from karabakh_nb.timeline import extract_timeline

    qa = pd.DataFrame(
        {
            "id": ["f:1", "f:2"],
            "question": ["Q?", "Q?"],
            "answer": [
                "Chile helped Britain during the 1982 Falklands War.",
                "Its losses were higher than in the 1965 and 1971 wars with India.",
            ],
        }
    )
    table = extract_timeline(qa)
    assert sorted(table[["qa_id", "date"]].values.tolist()) == [
        ["f:1", "1982"],
        ["f:2", "1965"],
        ["f:2", "1971"],
    ]


def test_a_year_before_an_event_noun_naming_a_thing_is_no_event():
    import pandas as pd

    from karabakh_nb.timeline import extract_timeline

    qa = pd.DataFrame(
        {
            "id": ["f:1", "f:2"],
            "question": ["Q?", "Q?"],
            "answer": [
                "Jets struck towns near the 1948 truce line.",
                "Jets struck towns during the 1948 truce.",
            ],
        }
    )
    assert extract_timeline(qa)[["qa_id", "date"]].values.tolist() == [["f:2", "1948"]]


def _dated(*answers: str) -> list[tuple[str, str | None]]:
    qa = pd.DataFrame(
        {
            "id": [f"f:{i}" for i in range(len(answers))],
            "question": ["Q?"] * len(answers),
            "answer": list(answers),
        }
    )
    return [(d, e) for d, e in extract_timeline(qa)[["date", "end"]].itertuples(index=False)]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a population sentence without a figure dates its events
        (
            "On 3 May 1921, Freedonia launched an offensive which forced the population to flee.",
            [("1921-05-03", None)],
        ),
        # with a figure, only dates of an event named beside them
        ("The population of Sylvania was 2,300 in 1931.", []),
        ("In the last census in 1931, Sylvania had 2.1 million people.", [("1931", None)]),
        (
            "Its population halved due to the 1932–1934 war – the 1930 census counted 52,061.",
            [("1932", "1934")],
        ),
        (
            "The population of Sylvania in May 1932 was 1,175,000, against 2,155,000 on the eve"
            " of the Freedonian invasion in 1930.",
            [("1930", None)],
        ),
        # a date closing the count of a figure dates the figure
        (
            "Fighting in March 1950 displaced many, bringing the total number of refugees to"
            " 12,000 by the end of 1950.",
            [("1950-03", None)],
        ),
        (
            "In 1915 Freedonia invaded, causing the displacement of 4.3 million people by"
            " March 1922.",
            [("1915", None)],
        ),
        (
            "By 1969, the war seemed endless, and Freedonia began to withdraw troops.",
            [("1969", None)],
        ),
        # dates of a source, a label and a decade date no event
        ("According to the last update in 2008 from the archives, there were 5,000 dead.", []),
        ("Government data from 2010 says that 42 per cent of Sylvanians are farmers.", []),
        ("The Treaty of Ruritania (1921) was signed on 4 June 1921.", [("1921-06-04", None)]),
        ("Rebels fought the Sylvanian government in the 1930s.", []),
        # a relative phrase restated by a date, and a date said twice, give one row
        (
            "On 30 May 1930 Sylvania seceded. More than a month later, on 6 July 1930, troops"
            " attacked.",
            [("1930-05-30", None), ("1930-07-06", None)],
        ),
        (
            "July 4th, 1921 was the most unusual July 4th in Freedonian history.",
            [("1921-07-04", None)],
        ),
    ],
)
def test_which_dates_of_a_sentence_date_events(answer, expected):
    assert _dated(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # the event that ends a range may stand between "to" / "until" and its date
        (
            "It was a conflict in Freedonia from 1 November 1925[A 1] to the fall of Sylvania"
            " on 30 April 1935.",
            [("1925-11-01", "1935-04-30")],
        ),
        (
            "The war started on 12 July 1926, and continued until a ceasefire brokered by"
            " Sylvania went into effect in the morning on 14 August 1926.",
            [("1926-07-12", "1926-08-14")],
        ),
        # a date bounding an ordinal or a superlative after "since" dates no event
        ("It marked the third Freedonian invasion of Sylvania since 1978.", []),
        ("It was the first time Freedonian jets had flown since 1945.", []),
        (
            "The truce is the longest pause in fighting since 2015 when Freedonia launched its"
            " campaign.",
            [("2015", None)],
        ),
    ],
)
def test_ranges_and_counted_since(answer, expected):
    assert _dated(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a census held on a date is an event, even beside its figures
        (
            "According to a population census conducted on April 1 - 15, 1931, Sylvania has"
            " 4,437,460 residents.",
            [("1931-04-01", "1931-04-15")],
        ),
        # a share of the inhabitants is an observation, as one of the population
        ("In 1931, 78% of Sylvania's inhabitants were Sylvanians and 12% Freedonians.", []),
        # plural event nouns, a ruling, and an event a time phrase points to
        ("After the 1925 military offensives, 200,000 Freedonians fled.", [("1925", None)]),
        (
            "According to a 1935 ruling by a commission, Freedonia started the war.",
            [("1935", None)],
        ),
        (
            "In July 1932, Freedonia signed a pact to repatriate rebels who fled after the"
            " 1924 genocide in Sylvania.",
            [("1924", None), ("1932-07", None)],
        ),
    ],
)
def test_event_nouns_and_observations(answer, expected):
    assert _dated(answer) == expected


def test_dates_listed_with_and_share_their_part():
    qa = pd.DataFrame(
        {"id": ["f:1"], "question": ["Q?"], "answer": ["Talks were held in April and June 1932."]}
    )
    table = extract_timeline(qa)
    assert table[["date", "event"]].values.tolist() == [
        ["1932-04", "Talks were held"],
        ["1932-06", "Talks were held"],
    ]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a day without a year takes the year of the date a few words after it
        (
            "The five-day war began on August 7 and ended on August 12, 1928.",
            [("1928-08-07", "1928-08-12")],
        ),
        (
            "The conflict began in November 1930 and continued until the summer of 1932.",
            [("1930-11", "1932")],
        ),
        # a second event on the same date, said as a relative phrase, is a row of its own
        (
            "Hostilities ended on 21 July 1922; a ceasefire was signed the same day.",
            [("1922-07-21", None), ("1922-07-21", None)],
        ),
        # a birth and a news dateline date no event
        ("Freedonia's president, born on 21 December 1947, led the country.", []),
        (
            "RUTHENIA, May 22 (FNA) – On May 20, 1932, the council admitted Sylvania.",
            [("1932-05-20", None)],
        ),
    ],
)
def test_years_ahead_same_day_births_and_datelines(answer, expected):
    assert _dated(answer) == expected


def test_a_season_is_part_of_the_date():
    qa = pd.DataFrame(
        {
            "id": ["f:1"],
            "question": ["Q?"],
            "answer": ["In the summer of 1932, Freedonian forces took Bender."],
        }
    )
    assert extract_timeline(qa)[["date", "event"]].values.tolist() == [
        ["1932", "Freedonian forces took Bender"]
    ]


def test_a_negation_in_an_opening_time_clause_stays_in_it():
    # "After ... failed to ...," is a clause of its own: the main clause is affirmed
    answer = "After talks by Freedonia failed to reunite the country, war broke out in July 1937."
    assert _dated(answer) == [("1937-07", None)]


def test_a_relative_phrase_after_a_date_restates_it():
    answer = "The first war ended in 1924. The second began in 1929, five years later."
    assert _dated(answer) == [("1924", None), ("1929", None)]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a page's own date and a person's life date no event
        ("The page was last updated on 3 May 2021. The war began in 1922.", [("1922", None)]),
        ("Ivan Freedonov (1893–1963) ruled Sylvania from 1923 to 1933.", [("1923", "1933")]),
        # a short span in parentheses after a name is the event's own
        ("The Sylvanian War (1922–1923) killed thousands.", [("1922", "1923")]),
    ],
)
def test_page_dates_and_lives(answer, expected):
    assert _dated(answer) == expected


def test_an_opening_clause_is_a_part_of_its_own():
    answers = [
        "After talks by Freedonia failed to reunite the country, war broke out in July 1937.",
        "When Sylvania gained independence in 1933, relations were friendly.",
        "Since 1932, Freedonian peacekeepers have been stationed in the region.",
    ]
    qa = pd.DataFrame({"id": ["f:1", "f:2", "f:3"], "question": ["Q?"] * 3, "answer": answers})
    assert extract_timeline(qa)["event"].tolist() == [
        "Freedonian peacekeepers have been stationed in the region",
        "When Sylvania gained independence",
        "War broke out",
    ]


def test_the_comma_of_a_list_joins_no_clause():
    answer = (
        "The Ruritanian War began in August 1928 when Freedonia, Sylvania, and Latveria attacked."
    )
    qa = pd.DataFrame({"id": ["f:1"], "question": ["Q?"], "answer": [answer]})
    assert extract_timeline(qa)["event"].tolist() == [
        "The Ruritanian War began when Freedonia, Sylvania, and Latveria attacked"
    ]


def _dates(answer: str) -> list[tuple[str, str | None]]:
    qa = pd.DataFrame({"id": ["f:1"], "question": ["When?"], "answer": [answer]})
    table = extract_timeline(qa)
    return [(d, e) for d, e in zip(table["date"], table["end"], strict=True)]


@pytest.mark.parametrize(
    ("answer", "dates"),
    [
        ("Elections were held in 2003, 2005 and 2007.", ["2003", "2005", "2007"]),
        ("The protests of 2011, 2012, and 2013 were repressed.", ["2011", "2012", "2013"]),
        # A count after a year is not a year of the list.
        ("In 1991, 2000 soldiers were killed.", ["1991"]),
        # A stray article: "In the 1977, ..." is still the year.
        ("In the 1977, Freedonia invaded Sylvania.", ["1977"]),
    ],
)
def test_every_year_of_a_list_is_an_event(answer, dates):
    assert [d for d, _ in _dates(answer)] == dates


def test_two_days_written_with_a_slash_are_a_range():
    assert _dates("The attack of 3/4 November 2020 killed dozens.") == [
        ("2020-11-03", "2020-11-04")
    ]


@pytest.mark.parametrize(
    "answer",
    [
        "Freedonia may join the alliance in 2030.",
        "The government might hold a referendum in 2026.",
        "Talks could resume in 2027 if both sides agree.",
    ],
)
def test_what_may_happen_is_no_event(answer):
    assert _dates(answer) == []


@pytest.mark.parametrize(
    ("answer", "date"),
    [
        ("Freedonia would later become a republic in 1995.", "1995"),
        ("Sylvania could not stop the invasion in May 1994.", None),
        ("The ceasefire was signed in May 1994.", "1994-05"),
    ],
)
def test_a_modal_without_a_condition_keeps_its_event(answer, date):
    assert [d for d, _ in _dates(answer)] == ([date] if date else [])


@pytest.mark.parametrize(
    "answer",
    [
        "Updated: 12 March 2021.",
        "The war began in 1991. Last updated on 3 May 2021.",
        "The war began in 1991. Posted: 5 June 2019",
    ],
)
def test_a_pages_own_dates_date_no_event(answer):
    assert [d for d, _ in _dates(answer)] == ([] if answer.startswith("Updated") else ["1991"])


def test_an_event_named_before_its_date_in_a_population_sentence():
    answer = (
        "The Freedonia Agreement of July 1999 tried to end a war which killed 50,000 people "
        "and displaced half of the population."
    )
    assert _dates(answer) == [("1999-07", None)]
    # The census of a year dates the population figure, not an event.
    assert _dates("The census of 1989 counted a population of 300,000.") == []


@pytest.mark.parametrize(
    ("answer", "date"),
    [
        ("The uprising started in the capital february 17th 2011.", "2011-02-17"),
        ("The war began on 3 september 1939.", "1939-09-03"),
        ("In august 1991 the coup failed.", "1991-08"),
    ],
)
def test_months_in_lower_case(answer, date):
    assert [d for d, _ in _dates(answer)] == [date]


def test_a_lower_case_may_or_march_is_a_word():
    assert _dates("Talks may 2000 times fail. Troops march 20 km a day.") == []


def test_a_year_after_a_possessive_and_a_post_date_label():
    assert _dates("He had ruled for 42 years since his 1969 coup.") == [("1969", None)]
    assert _dates("Post date: Oct 20, 2011 The war began in 2011.") == [("2011", None)]


@pytest.mark.parametrize(
    "answer",
    [
        "In January 2013, there were 5,252 refugees from Freedonia.",
        "The number of refugees was estimated at around 1 million in June 2011.",
    ],
)
def test_the_date_of_an_observed_figure_dates_no_event(answer):
    assert _dates(answer) == []


def test_an_event_beside_an_observed_figure_keeps_its_date():
    answer = "There were 300 refugees after the 1992 war."
    assert _dates(answer) == [("1992", None)]


def test_an_event_noun_before_its_date_in_a_population_sentence():
    answer = "Since reunification in 1975, the population has grown by 3% a year."
    assert _dates(answer) == [("1975", None)]


@pytest.mark.parametrize(
    ("answer", "span"),
    [
        ("He served as president from 1993 until his death in 2003.", ("1993", "2003")),
        ("The rebels held the town from 1992 until it was retaken in 1995.", ("1992", "1995")),
        ("In winter 1993/94 the front froze.", ("1993", "1994")),
        ("The conflict spanned the years 1988 to 1994.", ("1988", "1994")),
        ("The war lasted from 1992 until the Dayton Agreement of 1995.", ("1992", "1995")),
        ("The war began in 1992 and ended with a ceasefire in May 1994.", ("1992", "1994-05")),
        ("Fighting raged from 1992, ending only in 1995.", ("1992", "1995")),
    ],
)
def test_the_event_that_ends_a_span_closes_its_range(answer, span):
    assert _dates(answer) == [span]


def test_a_date_phrase_and_its_cue_leave_the_event_text():
    qa = pd.DataFrame(
        {
            "id": ["f:1", "f:2"],
            "question": ["When?", "When?"],
            "answer": [
                "On the 3rd of May 1995, the treaty was signed.",
                "Throughout 1993, the valley was under siege.",
            ],
        }
    )
    assert extract_timeline(qa)["event"].tolist() == [
        "The valley was under siege",
        "The treaty was signed",
    ]


def test_a_day_restating_a_span_gives_one_row():
    qa = pd.DataFrame(
        {
            "id": ["f:1"],
            "question": ["When?"],
            "answer": ["It began on July 20, 1974, five days after the July 15 coup."],
        }
    )
    table = extract_timeline(qa)
    assert table[["date", "event"]].values.tolist() == [
        ["1974-07-15", "The coup"],
        ["1974-07-20", "It began"],
    ]


@pytest.mark.parametrize(
    ("answer", "date"),
    [
        ("The army failed to take the city in 1993.", "1993"),
        ("Not long after, in 1993, the rebels seized the capital.", "1993"),
        ("The war, which left no village untouched, ended in 1994.", "1994"),
        ("The ceasefire, although not a peace treaty, was signed in May 1994.", "1994-05"),
        ("Resolution No. 822 was adopted on 30 April 1993.", "1993-04-30"),
        ("Freedonia, which had no army in 1991, formed one in 1992.", "1992"),
    ],
)
def test_a_negation_that_does_not_reach_the_date(answer, date):
    assert [d for d, _ in _dates(answer)] == [date]


def test_a_year_label_dates_an_event_unless_a_finer_date_restates_it():
    assert _dates("The Algiers Agreement (2000) was signed on June 18, 2000.") == [
        ("2000-06-18", None)
    ]
    assert sorted(_dates("The Dayton Agreement (1995) ended the war that began in 1992.")) == [
        ("1992", None),
        ("1995", None),
    ]


@pytest.mark.parametrize(
    ("answer", "dates"),
    [
        ("The rebels were sparked by Sylvania's 1975 annexation of the valley.", ["1975"]),
        (
            "The two fought several wars (1858, 1941, 1981) over the border.",
            ["1858", "1941", "1981"],
        ),
        ("Freedonia is a guarantor of the 1942 Rio de Janeiro Protocol.", ["1942"]),
        (
            "According to the census conducted at the beginning of May 1997, the population "
            "of Freedonia was 3,439,860.",
            ["1997-05"],
        ),
    ],
)
def test_years_of_a_possessive_a_parenthesised_list_and_a_named_protocol(answer, dates):
    assert [d for d, _ in _dates(answer)] == dates
