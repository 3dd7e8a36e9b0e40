import karabakh_nb as kn
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
