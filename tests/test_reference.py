from __future__ import annotations

import pandas as pd
import pytest

import karabakh_nb as kn
from karabakh_nb.errors import InputError
from karabakh_nb.reference import (
    REFERENCE_CASUALTY_COLUMNS,
    REFERENCE_COLUMNS,
    REFERENCE_LAG_YEARS,
    corpus_period,
    load_reference,
    reference_casualties,
    reference_for,
)

from .conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"
HEADER = "topic,subject,measure,value,unit,as_of,source,url,note\n"


def test_load_default():
    ref = load_reference()
    assert list(ref.columns[: len(REFERENCE_COLUMNS)]) == REFERENCE_COLUMNS
    assert {"as_of_date", "as_of_precision", "number"} <= set(ref.columns)
    row = ref[(ref.topic == "casualties") & (ref.as_of == "2023")].iloc[0]
    assert row.as_of_precision == "year"
    assert row.as_of_date == pd.Timestamp("2023-01-01")
    assert row.number == 6500
    assert ref.loc[ref.unit == "date", "number"].isna().all()


def test_reference_casualties_mapping():
    rc = reference_casualties(load_reference())
    assert list(rc.columns) == REFERENCE_CASUALTY_COLUMNS
    got = {(p, c, int(n), a) for p, c, n, a in rc[["party", "category", "count", "as_of"]].values}
    assert ("Azerbaijan", "military", 2783, "2020-12-03") in got
    assert ("Azerbaijan", "missing", 100, "2020-12-03") in got
    assert ("Armenia", "civilian", 85, "2024-10-26") in got
    assert ("unspecified", "unspecified", 6500, "2023") in got
    assert ("Artsakh", "displaced", 100417, "2023-09-30") in got  # a region stands for its side
    assert not (rc["measure"] == "peacekeepers deployed").any()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("topic,subject\ncasualties,Armenia\n", "missing column"),
        ("topic,subject,measure,value,unit,as_of,source,url,note\n"
         "casualties,Armenia,military killed,1,people,3 May 2020,s,u,\n", "not an ISO date"),
        ("topic,subject,measure,value,unit,as_of,source,url,note\n"
         "casualties,Armenia,military killed,1,people,2020-02-31,s,u,\n", "not a valid date"),
    ],
)  # fmt: skip
def test_bad_files(tmp_path, content, message):
    path = tmp_path / "figures.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_reference(path)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_reference(tmp_path / "nope.csv")


def _casualties(*parties: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {"party": [p[0] if p else "unspecified" for p in parties], "parties": list(parties)}
    )


def _timeline(*dates: str, end: str | None = None) -> pd.DataFrame:
    ends = [end, *[None] * (len(dates) - 1)] if dates else []
    return pd.DataFrame({"date": list(dates), "end": ends}, dtype=object)


ARMENIA_2020 = {"2020-10-18", "2020-11-02", "2020-12-03", "2023", "2024-10-26"}


def test_seed_gets_the_figures_of_its_own_war():
    corpus = kn.open_corpus()
    ref = reference_for(corpus.casualties, corpus.timeline)
    assert list(ref.columns) == REFERENCE_CASUALTY_COLUMNS
    everything = reference_casualties(load_reference())
    assert len(ref) == len(everything)  # every bundled figure is of the 2020 war
    assert {"2020-12-03", "2024-10-26"} <= set(ref["as_of"])


def test_a_corpus_of_the_first_war_gets_none_of_the_second_wars_figures():
    corpus = kn.open_corpus(CORPUS / "tune" / "first_karabakh_war.txt")
    assert corpus_period(corpus.timeline) == (
        pd.Timestamp("1988-01-01"),
        pd.Timestamp("1994-12-31"),
    )
    assert "Azerbaijan" in set(corpus.casualties["party"])  # a party the figures share
    assert reference_for(corpus.casualties, corpus.timeline).empty


def test_a_corpus_of_another_conflict_gets_none():
    corpus = kn.open_corpus(CORPUS / "tune" / "falklands_war.txt")
    ref = reference_for(corpus.casualties, corpus.timeline)
    assert ref.empty
    assert list(ref.columns) == REFERENCE_CASUALTY_COLUMNS
    # without a timeline, by party alone: still none
    assert reference_for(corpus.casualties).empty


@pytest.mark.parametrize(
    ("parties", "expected"),
    [
        ([["Azerbaijan"]], {"Azerbaijan", "unspecified"}),
        ([["Armenia", "Artsakh"]], {"Armenia", "Artsakh", "unspecified"}),  # a joint figure
        ([["Georgia"]], set()),  # "all sides" is kept only beside a party of the file
        ([[]], set()),
    ],
)
def test_parties_of_the_casualties(parties, expected):
    ref = reference_for(_casualties(*parties), _timeline("2020-09-27"))
    assert set(ref["party"]) == expected


@pytest.mark.parametrize(
    ("dates", "end", "kept"),
    [
        (("2020-09-27",), None, ARMENIA_2020),
        (("2020-11",), None, ARMENIA_2020 - {"2020-10-18"}),  # none from before the corpus
        (("1988", "1994-05-12"), None, set()),
        (("1988",), "2014", set()),  # the end of 2014 + 5 years is before the figures
        (("1988",), "2018", ARMENIA_2020 - {"2024-10-26"}),  # to the end of 2023
        (("1988",), "2019", ARMENIA_2020),  # to the end of 2024
        (("2019-09",), None, ARMENIA_2020 - {"2024-10-26"}),  # to 2024-09-30
        (("2019-10",), None, ARMENIA_2020),  # a month runs to its end: to 2024-10-31
    ],
)
def test_period_of_the_corpus(dates, end, kept):
    ref = reference_for(_casualties(["Armenia"]), _timeline(*dates, end=end))
    assert set(ref["as_of"]) == kept


def test_lag_years():
    timeline = _timeline("2020-09-27")

    def dated(lag):
        return set(reference_for(_casualties(["Armenia"]), timeline, lag_years=lag)["as_of"])

    assert dated(REFERENCE_LAG_YEARS) == ARMENIA_2020
    assert dated(1) == {"2020-10-18", "2020-11-02", "2020-12-03"}
    assert dated(0) == set()  # all dated after the corpus's one day


def test_reported_on_counts_as_a_date_of_the_corpus():
    casualties = _casualties(["Azerbaijan"]).assign(reported_on=["2024-10-26"])
    assert set(reference_for(casualties, None, lag_years=0)["as_of"]) == {"2024-10-26"}
    assert corpus_period(None, casualties) == (pd.Timestamp("2024-10-26"),) * 2


def test_no_date_at_all_filters_by_party_only():
    assert corpus_period(_timeline()) is None
    ref = reference_for(_casualties(["Azerbaijan"]), _timeline())
    assert "2024-10-26" in set(ref["as_of"])


def test_user_reference_file(tmp_path):
    path = tmp_path / "falklands.csv"
    path.write_text(
        HEADER + "casualties,United Kingdom,military killed,255,people,1982-06-14,MoD,u,\n"
        "casualties,Argentina,military killed,649,people,1983,Argentine army,u,\n"
        "casualties,Armenia,military killed,3825,people,2024-10-26,elsewhere,u,\n",
        encoding="utf-8",
    )
    corpus = kn.open_corpus(CORPUS / "tune" / "falklands_war.txt")
    ref = reference_for(corpus.casualties, corpus.timeline, reference=path)
    assert ref[["party", "count", "as_of"]].values.tolist() == [
        ["United Kingdom", 255, "1982-06-14"],
        ["Argentina", 649, "1983"],
    ]
    # a table read already works the same, raw or mapped
    for table in (load_reference(path), reference_casualties(load_reference(path))):
        assert reference_for(corpus.casualties, corpus.timeline, reference=table).equals(ref)
    assert kn.reference_for is reference_for


def test_user_reference_file_errors_name_the_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        reference_for(_casualties(["Armenia"]), reference=tmp_path / "nope.csv")
