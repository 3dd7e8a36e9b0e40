import csv
import io
import json
import subprocess
import sys

import pytest

from karabakh_nb.cli import build_parser, main

from .conftest import SEED

COMMANDS = ["parse", "facts", "check", "render", "evaluate", "export"]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(capsys, command):
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    out = capsys.readouterr().out
    assert info.value.code == 0
    assert out.startswith(f"usage: karabakh-nb {command}")
    assert f"karabakh-nb {command}" in out.split("examples:")[1]


def test_top_level_help_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in COMMANDS:
        assert command in out


def test_parse_json_records(capsys):
    code, out, err = run(capsys, "parse", str(SEED), "--format", "json")
    assert code == 0
    assert err == ""
    rows = json.loads(out)
    assert len(rows) == 19
    assert list(rows[0])[:8] == [
        "id",
        "source",
        "line",
        "question",
        "answer",
        "snippet",
        "raw",
        "flags",
    ]
    assert rows[-1]["answer"] is None
    assert rows[-1]["flags"] == ["unanswered"]
    assert rows[16]["flags"] == ["snippet_header", "boilerplate"]


def test_parse_csv_joins_lists(capsys):
    code, out, _ = run(capsys, "parse", str(SEED), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert len(rows) == 19
    assert rows[16]["flags"] == "snippet_header;boilerplate"
    assert rows[-1]["answer"] == ""


def test_parse_table_default(capsys):
    code, out, _ = run(capsys, "parse")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split() == ["id", "question", "answer", "snippet", "flags"]
    assert lines[-1] == "(19 rows)"


def test_parse_encoding_flag(capsys, write):
    path = write("l.txt", "Who?\n\nCaf\xe9.\n", encoding="latin-1")
    code, out, _ = run(capsys, "parse", str(path), "--encoding", "latin-1", "--format", "json")
    assert code == 0
    assert json.loads(out)[0]["answer"] == "Café."


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["parse", "missing.txt"], "karabakh-nb: error: missing.txt: no such file or folder"),
        (["parse", "--format", "xml"], "karabakh-nb: error: argument --format: invalid choice"),
        (["facts", "--kind", "weather"], "karabakh-nb: error: argument --kind: invalid choice"),
        (
            ["facts", "--kind", "timeline", "--as-of", "yesterday"],
            "karabakh-nb: error: argument --as-of: invalid date 'yesterday'",
        ),
        (["frobnicate"], "karabakh-nb: error: argument COMMAND: invalid choice"),
    ],
)
def test_usage_and_input_errors_are_one_line_exit_2(capsys, argv, expected):
    try:
        code = main(argv)
    except SystemExit as stop:  # argparse exits for usage errors
        code = stop.code
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(expected)
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_bad_encoding_names_file_and_line(capsys, write):
    path = write("l.txt", "Who?\n\nCaf\xe9.\n", encoding="latin-1")
    code, _, err = run(capsys, "parse", str(path))
    assert code == 2
    assert err == (
        f"karabakh-nb: error: {path}:3: cannot decode byte 0xe9 as utf-8; try "
        "--encoding latin-1 (or cp1252, utf-16)\n"
    )


def test_python_dash_m_runs_the_same_cli(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    done = subprocess.run(
        [sys.executable, "-m", "karabakh_nb", "parse", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert (
        done.stderr == f"karabakh-nb: error: {bad}: file is empty; pass a Q&A text file "
        "with questions and answers\n"
    )


def test_parser_knows_the_contract_commands():
    parser = build_parser()
    choices = parser._subparsers._group_actions[0].choices
    assert sorted(choices) == sorted(COMMANDS)
