import pandas as pd
import pytest

import karabakh_nb as kn
from karabakh_nb.check import FINDING_KINDS
from karabakh_nb.cli import main

from .conftest import SEED


def test_seed_findings_name_their_pairs():
    findings = kn.check(kn.read_corpus(SEED))
    assert list(findings.columns) == kn.FINDING_COLUMNS
    got = sorted(zip(findings["kind"], findings["qa_id"], strict=True))
    stem = "000_c8ae912d7073d48a"
    assert got == sorted(
        [
            ("unanswered", f"{stem}:73"),
            ("truncated", f"{stem}:5"),
            ("snippet_header", f"{stem}:13"),
            ("snippet_header", f"{stem}:29"),
            ("snippet_header", f"{stem}:37"),
            ("snippet_header", f"{stem}:65"),
            ("boilerplate", f"{stem}:65"),
            ("unresolved_relative_date", f"{stem}:17"),
            ("unresolved_relative_date", f"{stem}:25"),
            ("unresolved_relative_date", f"{stem}:37"),
            ("disagreeing_figures", f"{stem}:25"),
            ("disagreeing_figures", f"{stem}:37"),
            ("disagreeing_figures", f"{stem}:45"),
        ]
    )


def test_as_of_resolves_relative_dates():
    findings = kn.check(kn.read_corpus(SEED), as_of="2021-02-15")
    assert "unresolved_relative_date" not in set(findings["kind"])


def test_duplicate_questions_and_orphans(write):
    path = write(
        "d.txt", "Stray answer first.\n\nWho won?\n\nThe north.\n\nwho  won?\n\nThe south.\n"
    )
    findings = kn.check(kn.read_corpus(path))
    rows = findings[findings["kind"].isin(["orphan_block", "duplicate_question"])]
    assert rows[["kind", "qa_id", "message"]].values.tolist() == [
        [
            "orphan_block",
            "d:1",
            "block belongs to no question (answer without a question, or a second answer block)",
        ],
        ["duplicate_question", "d:7", "same question as d:3"],
    ]


def test_strict_exits_1_when_there_are_findings(capsys, write):
    assert main(["check", str(SEED), "--strict"]) == 1
    clean = write("c.txt", "Who won?\n\nThe north won the war.\n")
    assert main(["check", str(clean), "--strict"]) == 0
    assert main(["check", str(clean)]) == 0
    out = capsys.readouterr().out
    assert out.strip().endswith("(0 rows)")


def _findings(write, answer, kind, **kwargs):
    path = write("v.txt", f"How many died?\n\n{answer}\n")
    findings = kn.check(kn.read_corpus(path), **kwargs)
    return findings[findings["kind"] == kind]


@pytest.mark.parametrize(
    ("answer", "surface"),
    [
        ("In the war 10000000000000000000000 soldiers were killed.", "10000000000000000000000"),
        ("In the war " + "9" * 400 + " soldiers were killed.", "9" * 400),
        ("In 2020, 150% of Armenia's population were Shia.", "150%"),
        ("Some 2,801 % of them were Sunni.", "Some 2,801 %"),
    ],
)
def test_implausible_figures_are_findings_and_in_no_table(write, answer, surface):
    rows = _findings(write, answer, "implausible_figure")
    assert rows[["qa_id", "line", "text"]].values.tolist() == [["v:1", 1, answer]]
    assert rows["message"].iloc[0].startswith(repr(surface))
    qa = kn.load(write("v.txt", f"How many died?\n\n{answer}\n"))
    for kind in ("casualties", "demographics"):
        assert kn.extract(qa, kind).empty


@pytest.mark.parametrize(
    ("answer", "surface"),
    [
        ("On 31 February 2020 the war started.", "31 February 2020"),
        ("On February 29, 2021 the war started.", "February 29, 2021"),
        ("In 1990 the war began. 999 decades later it ended.", "999 decades later"),
    ],
)
def test_impossible_dates_are_findings_and_no_events(write, answer, surface):
    rows = _findings(write, answer, "impossible_date")
    assert rows["qa_id"].tolist() == ["v:1"]
    assert rows["message"].iloc[0].startswith(f"{surface!r} is no date (")
    assert surface in rows["text"].iloc[0]
    timeline = kn.extract(kn.load(write("v.txt", f"How many died?\n\n{answer}\n")), "timeline")
    assert all(surface not in e for e in timeline["evidence"] if "1990" not in e)


def test_29_february_read_with_as_of_is_a_date_not_a_finding(write):
    answer = "On 29 February the talks resumed."
    assert _findings(write, answer, "impossible_date", as_of="2021-02-15").empty


def test_findings_of_an_opened_corpus_list_the_new_kinds_in_order(write):
    findings = kn.check(kn.open_corpus(write("v.txt", "Why?\n\nOn 30 February 2020, 150% died.\n")))
    kinds = findings["kind"].tolist()
    assert kinds == ["implausible_figure", "impossible_date"]
    assert set(kinds) <= set(FINDING_KINDS)


def test_check_survives_a_qa_table_whose_ids_repeat():
    qa = kn.load(SEED)
    twice = pd.concat([qa, qa], ignore_index=True)
    findings = kn.check(kn.open_corpus(twice))
    assert "duplicate_question" in set(findings["kind"])


def test_disagreeing_figures_name_each_pair_with_its_figure_and_sentence():
    findings = kn.check(kn.open_corpus(SEED))
    disagree = findings[findings["kind"] == "disagreeing_figures"]
    casualties = kn.open_corpus(SEED).casualties
    assert len(disagree) == 3  # one per pair, each qa_id a link in the reports
    for row in disagree.itertuples(index=False):
        assert isinstance(row.text, str)
        assert row.text  # the sentence the figure was read from
        evidence = casualties.loc[casualties["qa_id"] == row.qa_id, "evidence"]
        assert row.text in set(evidence)
        assert row.message.startswith("Azerbaijan military: ")
        assert "1,746" not in row.message  # Armenia's figure of the same pair is not one


def test_disagreeing_figures_of_no_named_side_show_their_figures(write):
    # Figures of no named side were looked up under the wrong key: "? here", and a
    # disagreement inside one pair said "the 1 reports ... (also )".
    path = write(
        "u.txt",
        "How many died?\n\nAbout 1,200 people were killed in the first battle. "
        "Later counts put the dead at 4,500 people.\n\n"
        "How many were missing?\n\nSome 300 people went missing. Another 800 people "
        "were missing after the floods.\n\n"
        "What was the toll?\n\nIn all, 9,000 people were killed.\n",
    )
    findings = kn.check(kn.open_corpus(path))
    messages = findings.loc[findings["kind"] == "disagreeing_figures", "message"].tolist()
    assert messages, findings
    assert not any("? here" in m or "(also )" in m for m in messages), messages
    assert any(m.startswith("unspecified unspecified: 1,200, 4,500 here; the 3 reports in 2 pairs")
               for m in messages), messages  # fmt: skip
    one_pair = "unspecified missing: 300, 800 here; the 2 reports, all in this pair, range from "
    assert one_pair + "300 to 800" in messages, messages
