import pandas as pd
import pytest

import karabakh_nb as kn
from karabakh_nb.errors import UsageError

from .conftest import DATA, SEED


@pytest.mark.parametrize(
    ("kind", "columns"),
    [
        ("timeline", kn.TIMELINE_COLUMNS),
        ("alliances", kn.ALLIANCE_COLUMNS),
        ("demographics", kn.DEMOGRAPHIC_COLUMNS),
        ("casualties", kn.CASUALTY_COLUMNS),
    ],
)
def test_extract_dispatches_with_contract_columns(kind, columns):
    table = kn.extract(kn.load(SEED), kind)
    assert list(table.columns[: len(columns)]) == columns
    assert len(table) > 0
    assert table["qa_id"].str.startswith("000_c8ae912d7073d48a:").all()


def test_unknown_kind_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown kind 'weather'"):
        kn.extract(kn.load(SEED), "weather")


def test_focus_on_party_columns():
    qa = kn.load(SEED)
    rows = kn.focus(kn.extract(qa, "alliances"), ["Turkey"], qa)
    assert rows[["a", "b", "relation"]].values.tolist() == [["Turkey", "Azerbaijan", "ally"]]


def test_focus_accepts_any_name_of_a_party():
    table = pd.DataFrame(
        {"party": ["Azerbaijan", "Armenia"], "qa_id": ["x:1", "x:3"], "evidence": ["a", "b"]}
    )
    assert kn.focus(table, ["Azerbaijani"])["party"].tolist() == ["Azerbaijan"]


def test_focus_keeps_unspecified_rows_whose_question_names_a_party():
    qa = kn.load(SEED)
    casualties = kn.extract(qa, "casualties")
    kept = kn.focus(casualties, ["Azerbaijan"], qa)
    assert "unspecified" in set(kept["party"])  # "How many died in the Azerbaijan war?"
    assert "unspecified" not in set(kn.focus(casualties, ["Armenia"], qa)["party"])


def test_focus_timeline_by_evidence():
    qa = kn.load(DATA / "georgia_2008.txt")
    timeline = kn.extract(qa, "timeline")
    assert set(kn.focus(timeline, ["France"])["date"]) == {"2008-08-12"}


def test_focus_without_parties_keeps_everything():
    table = kn.extract(kn.load(SEED), "timeline")
    assert len(kn.focus(table, [])) == len(table)
    assert len(kn.focus(table, None)) == len(table)
