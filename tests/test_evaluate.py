import json
import shutil

import pytest

import karabakh_nb as kn
from karabakh_nb.cli import main

from .conftest import ROOT

GOLD = ROOT / "tests" / "data" / "evaluate"


def _score(result, kind):
    row = result.scores[(result.scores["file"] == "freedonia") & (result.scores["kind"] == kind)]
    return row.iloc[0].to_dict()


def test_scores_count_matched_missed_and_false_rows():
    result = kn.evaluate(GOLD)
    timeline = _score(result, "timeline")
    assert (timeline["gold"], timeline["extracted"], timeline["matched"]) == (3, 2, 2)
    assert timeline["precision"] == 1.0
    assert timeline["recall"] == pytest.approx(0.667)
    assert timeline["f1"] == pytest.approx(0.8)
    missed = result.rows[result.rows["status"] == "missed"]
    assert missed["key"].tolist() == ["date=1999"]


def test_names_are_compared_canonically_and_symmetric_relations_either_way():
    # The gold says "Armenian, Georgia, adversary"; the extractor gives Armenia/Georgia.
    result = kn.evaluate(GOLD / "freedonia.gold")
    alliances = _score(result, "alliances")
    assert alliances["matched"] == 1
    # "Georgian" in the gold is Georgia, and the qualifier is compared on matched rows.
    casualties = _score(result, "casualties")
    assert (casualties["matched"], casualties["qualifier_agreement"]) == (1, 1.0)


def test_a_kind_without_its_csv_is_not_scored():
    result = kn.evaluate(GOLD / "freedonia.txt")
    assert "demographics" not in set(result.scores["kind"])
    assert set(result.summary()["kind"]) == {"timeline", "alliances", "casualties"}


def test_an_empty_gold_table_makes_every_row_false(tmp_path):
    shutil.copy(GOLD / "freedonia.txt", tmp_path / "freedonia.txt")
    (tmp_path / "freedonia.gold").mkdir()
    (tmp_path / "freedonia.gold" / "alliances.csv").write_text("a,b,relation,qa_id,evidence\n")
    result = kn.evaluate(tmp_path)
    score = _score(result, "alliances")
    assert (score["gold"], score["matched"], score["precision"], score["f1"]) == (0, 0, 0.0, 0.0)
    assert (result.rows["status"] == "false").sum() == score["extracted"] > 0


def test_cli_json_holds_missed_and_false_rows_per_score(capsys):
    assert main(["evaluate", str(GOLD), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    timeline = next(r for r in out if r["file"] == "freedonia" and r["kind"] == "timeline")
    assert [m["key"] for m in timeline["missed"]] == ["date=1999"]
    assert timeline["false"] == []


def test_cli_without_gold_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"karabakh-nb: error: {tmp_path}: no gold tables found")


def test_gold_folder_without_its_text_file(tmp_path, capsys):
    (tmp_path / "lost.gold").mkdir()
    assert main(["evaluate", str(tmp_path / "lost.gold")]) == 2
    assert "no Q&A file lost.txt beside it" in capsys.readouterr().err


def test_groups_match_when_one_names_the_other(tmp_path):
    (tmp_path / "shares.txt").write_text(
        "Question: What is the religion of Yemen?\n\n"
        "About 65% of the population of Yemen practices Sunni Islam.\n",
        encoding="utf-8",
    )
    (tmp_path / "shares.gold").mkdir()
    header = "subject,group,value,unit,qualifier,year,qa_id,evidence\n"
    evidence = "About 65% of the population of Yemen practices Sunni Islam."
    (tmp_path / "shares.gold" / "demographics.csv").write_text(
        header + f'Yemen,Sunni,65,percent,approx,,shares:1,"{evidence}"\n', encoding="utf-8"
    )
    score = kn.evaluate(tmp_path).summary().iloc[0]
    assert (score["gold"], score["matched"]) == (1, 1)
    # A different value is no match, however alike the groups.
    (tmp_path / "shares.gold" / "demographics.csv").write_text(
        header + f'Yemen,Sunni,35,percent,approx,,shares:1,"{evidence}"\n', encoding="utf-8"
    )
    assert kn.evaluate(tmp_path).summary().iloc[0]["matched"] == 0


def test_a_faith_matches_its_followers(tmp_path):
    evidence = "Roman Catholicism is the religion of about 80 percent of the people of Latvia."
    (tmp_path / "faith.txt").write_text(
        f"Question: What is the religion of Latvia?\n\n{evidence}\n", encoding="utf-8"
    )
    (tmp_path / "faith.gold").mkdir()
    header = "subject,group,value,unit,qualifier,year,qa_id,evidence\n"
    gold = tmp_path / "faith.gold" / "demographics.csv"
    gold.write_text(header + f'Latvia,Roman Catholic,80,percent,approx,,faith:1,"{evidence}"\n')
    score = kn.evaluate(tmp_path).summary().iloc[0]
    assert (score["gold"], score["extracted"], score["matched"]) == (1, 1, 1)
    gold.write_text(header + f'Latvia,Roman Catholics,80,percent,approx,,faith:1,"{evidence}"\n')
    assert kn.evaluate(tmp_path).summary().iloc[0]["matched"] == 1


def test_the_repr_of_an_evaluation_is_one_line_of_scores():
    # It printed the whole table of missed and false rows (the dataclass's repr).
    result = kn.evaluate(ROOT / "tests" / "corpus" / "tune" / "malayan_emergency.gold")
    text = repr(result)
    assert text.startswith("<Evaluation of 1 file: F1 timeline 0.")
    assert "\n" not in text
    assert len(text) < 300
    missed = int((result.rows["status"] == "missed").sum())
    assert f"; {missed} missed and " in text
