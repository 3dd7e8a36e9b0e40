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


def test_focus_on_one_name_is_one_party_not_its_letters():
    qa = kn.load(SEED)
    alliances = kn.extract(qa, "alliances")
    one = kn.focus(alliances, "Turkey", qa)
    assert one.equals(kn.focus(alliances, ["Turkey"], qa))
    assert one[["a", "b"]].values.tolist() == [["Turkey", "Azerbaijan"]]


def test_focus_keeps_a_joint_figure_for_each_of_its_parties():
    table = pd.DataFrame(
        {
            "party": ["United Kingdom", "Argentina"],
            "parties": [["United Kingdom", "Argentina"], ["Argentina"]],
            "qa_id": ["f:1", "f:5"],
            "evidence": ["1,600 British and Argentine soldiers", "1,068 Argentine soldiers"],
        }
    )
    assert kn.focus(table, "Argentina")["qa_id"].tolist() == ["f:1", "f:5"]
    assert kn.focus(table, "United Kingdom")["qa_id"].tolist() == ["f:1"]


def test_focus_keeps_a_joint_reconciled_row_for_each_of_its_parties():
    table = pd.DataFrame(
        {"party": ["United Kingdom + Argentina", "Argentina"], "qa_id": ["f:1", "f:5"]}
    )
    assert kn.focus(table, "United Kingdom")["qa_id"].tolist() == ["f:1"]


def test_focus_warns_about_a_party_named_nowhere_and_names_those_there():
    qa = kn.load(SEED)
    casualties = kn.extract(qa, "casualties")
    with pytest.warns(UserWarning, match="'Argentina' appears nowhere") as caught:
        assert kn.focus(casualties, "Argentina", qa).empty
    message = str(caught[0].message)
    assert "Armenia, Artsakh, Azerbaijan" in message
    assert caught[0].filename == __file__  # points at the caller's line


def test_focus_warns_only_about_the_unknown_parties():
    qa = kn.load(SEED)
    casualties = kn.extract(qa, "casualties")
    with pytest.warns(UserWarning, match="^focus: 'Narnia' appears nowhere") as caught:
        kept = kn.focus(casualties, ["Azerbaijan", "Narnia"], qa)
    assert len(caught) == 1
    assert "Azerbaijan" in set(kept["party"])


@pytest.mark.filterwarnings("error")
def test_focus_is_silent_for_a_party_of_the_corpus_without_rows_here():
    qa = kn.load(SEED)
    demographics = kn.extract(qa, "demographics")
    # Russia has no demographic figure in the seed, but its answers name Russia: 0 rows is
    # an answer, not a typo.
    assert kn.focus(demographics, "Russia", qa).empty
    assert not kn.focus(kn.extract(qa, "alliances"), "Russia", qa).empty


def test_focus_without_the_corpus_warns_on_the_table_alone():
    table = pd.DataFrame({"party": ["Armenia"], "qa_id": ["x:1"], "evidence": ["a"]})
    with pytest.warns(UserWarning, match=r"nowhere in this table; parties named there: Armenia"):
        kn.focus(table, ["Georgia"])
