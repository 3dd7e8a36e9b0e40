"""What a new user trips on: the README's examples as written, and one-line errors (exit
status 2, naming the file and what to try) for input that is wrong in ways the other CLI
tests do not cover."""

from __future__ import annotations

import doctest
import io
import os
import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest

from karabakh_nb.cli import main
from karabakh_nb.config import reference_figures_path
from karabakh_nb.errors import InputError
from karabakh_nb.reference import load_reference

from .conftest import ROOT, SEED

README = ROOT / "README.md"


def _gold_folder(tmp_path: Path, kind: str, table: str) -> Path:
    """notes.txt (the seed) with a notes.gold/ folder holding one table of ``kind``."""
    shutil.copy(SEED, tmp_path / "notes.txt")
    gold = tmp_path / "notes.gold"
    gold.mkdir()
    (gold / f"{kind}.csv").write_text(table, encoding="utf-8")
    return gold


def run(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as stop:  # argparse exits for usage errors
        code = stop.code
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    assert err.startswith("karabakh-nb: error: "), err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err.removeprefix("karabakh-nb: error: ").rstrip("\n")


def test_readme_python_example_runs_as_written(tmp_path, monkeypatch):
    text = README.read_text(encoding="utf-8")
    start = ">>> import karabakh_nb as kn\n>>> qa = kn.load()"
    block = start + text.split("```python\n" + start, 1)[1].split("```", 1)[0]
    # render runs five notebooks (tests/test_render.py renders); the rest runs here as is.
    examples = [
        e for e in doctest.DocTestParser().get_examples(block) if "render.render(" not in e.source
    ]
    assert len(examples) > 15
    test = doctest.DocTest(examples, {}, "README", str(README), 0, None)
    monkeypatch.chdir(tmp_path)
    shutil.copy(reference_figures_path(), "my_figures.csv")  # "or your own" figures
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report = io.StringIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # the README's "Argentina" warns, as it says
        result = runner.run(test, out=report.write)
    assert result.failed == 0, report.getvalue()
    assert (tmp_path / "figures" / "timeline.png").is_file()


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["parse", "--bogus"], "parse"),
        (["facts", "--kind", "timeline", "--zzz"], "facts"),
        (["export", "-o", "out", "--frobnicate", "1"], "export"),
        (["--bogus"], None),
    ],
)
def test_unknown_option_points_at_the_help_of_its_command(capsys, argv, command):
    code, out, err = run(capsys, *argv)
    message = one_line_error(err)
    assert code == 2
    assert out == ""
    assert message.startswith("unrecognized arguments: ")
    where = f"karabakh-nb {command}" if command else "karabakh-nb"
    assert message.endswith(f"see '{where} --help'")


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs /dev/null")
def test_a_device_is_not_a_regular_file_not_a_missing_one(capsys):
    code, _, err = run(capsys, "parse", "/dev/null")
    message = one_line_error(err)
    assert code == 2
    assert message.startswith("/dev/null: not a regular file")
    assert "no such file" not in message


def test_decode_hint_suggests_encodings_other_than_the_one_that_failed(capsys, write):
    # Latin-1 bytes of odd length are no UTF-16: the hint must not offer utf-16 again.
    path = write("notes.txt", "Who?\n\nCaf\xe9s.\n", encoding="latin-1")
    code, _, err = run(capsys, "parse", str(path), "--encoding", "utf-16")
    message = one_line_error(err)
    assert code == 2
    assert message.startswith(f"{path}:")
    hint = message.split("; ", 1)[1]
    assert hint.startswith("try --encoding latin-1")
    assert "utf-16" not in hint


def test_gold_table_without_its_key_columns_is_refused(capsys, tmp_path):
    gold = _gold_folder(tmp_path, "alliances", "a,b\nSylvania,Freedonia\n")
    code, out, err = run(capsys, "evaluate", str(gold))
    message = one_line_error(err)
    assert code == 2
    assert out == ""
    assert message.startswith(f"{gold / 'alliances.csv'}: ")
    assert "qa_id, relation" in message


def test_gold_count_that_is_no_number_names_its_line(capsys, tmp_path):
    gold = _gold_folder(
        tmp_path,
        "casualties",
        "party,category,count,qualifier,reported_by,reported_on,qa_id,evidence\n"
        "Freedonia,military,1500,exact,,,notes:25,x\n"
        "Sylvania,military,many,,,,notes:25,x\n",
    )
    code, _, err = run(capsys, "evaluate", str(gold))
    message = one_line_error(err)
    assert code == 2
    assert message.startswith(f"{gold / 'casualties.csv'}:3: count 'many' is not a number")


def test_gold_figures_with_separators_and_empty_values_still_score(capsys, tmp_path):
    gold = _gold_folder(
        tmp_path,
        "demographics",
        "subject,group,value,unit,qualifier,year,qa_id,evidence\n"
        "Freedonia,Sylvanians,,percent,majority,,notes:5,x\n"
        'Freedonia,population,"1,500",people,exact,,notes:5,x\n',
    )
    code, out, err = run(capsys, "evaluate", str(gold), "--format", "csv")
    assert code == 0, err
    assert out.splitlines()[1].startswith("notes,demographics,2,")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "file is empty; give a CSV with the columns of"),
        (b"topic,value\ncasualties,caf\xe9\n", "cannot read the reference figures as UTF-8"),
    ],
)
def test_bad_reference_file_is_one_line_naming_it_as_given(
    capsys, tmp_path, monkeypatch, content, expected
):
    monkeypatch.chdir(tmp_path)
    Path("figures.csv").write_bytes(content)
    with pytest.raises(InputError, match=expected):
        load_reference("figures.csv")
    code, _, err = run(capsys, "render", "-p", "reference", "figures.csv", "-o", "out")
    message = one_line_error(err)
    assert code == 2
    assert message.startswith(f"figures.csv: {expected}")  # as given, not made absolute
    assert not Path("out").exists()  # refused before any table is built


@pytest.mark.parametrize(
    ("codec", "hint"), [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")]
)
def test_utf16_without_bom_gets_the_byte_order_it_has(capsys, write, codec, hint):
    path = write("notes.txt", "Who?\n\nSylvania.\n", encoding=codec)
    code, _, err = run(capsys, "parse", str(path))
    assert code == 2
    assert one_line_error(err).endswith(f"try --encoding {hint}")
    code, out, _ = run(capsys, "parse", str(path), "--encoding", hint, "--format", "csv")
    assert code == 0
    assert "Sylvania." in out


def test_table_footer_counts_one_row_in_the_singular(capsys, write):
    path = write("notes.txt", "Who?\n\nSylvania.\n")
    code, out, _ = run(capsys, "parse", str(path))
    assert code == 0
    assert out.splitlines()[-1] == "(1 row)"


def test_an_empty_parties_list_focuses_on_every_party_as_documented(capsys):
    import karabakh_nb as kn
    from karabakh_nb.render import check_parameters

    assert check_parameters({"parties": []}, ["parties"]) == {"parties": []}
    qa = kn.load(SEED)
    alliances = kn.extract(qa, "alliances")
    assert len(kn.focus(alliances, [], qa)) == len(alliances)
    with pytest.raises(SystemExit):
        main(["render", "--help"])
    assert "'[]' for\n               every party" in capsys.readouterr().out
    assert "or `'[]'` for every party" in README.read_text(encoding="utf-8")


def test_python_api_given_the_wrong_table_says_which_one_it_wants():
    import karabakh_nb as kn
    from karabakh_nb.errors import UsageError

    qa = kn.load(SEED)
    timeline = kn.extract(qa, "timeline")
    with pytest.raises(UsageError, match=r"extract wants the qa table .*kn\.load\(PATH\)"):
        kn.extract(timeline, "casualties")
    with pytest.raises(UsageError, match="wants the casualties table, which has no column"):
        kn.reconcile_casualties(timeline)
    empty = kn.extract(qa.iloc[:0], "casualties")  # no rows, but the casualties columns
    assert kn.reconcile_casualties(empty).empty


def test_readme_casualties_csv_example_is_what_the_command_prints(capsys):
    text = README.read_text(encoding="utf-8")
    command = "$ karabakh-nb facts --kind casualties --format csv | cut -d, -f1-6\n"
    shown = text.split(command, 1)[1].split("\n\n", 1)[0].splitlines()
    code, out, _ = run(capsys, "facts", "--kind", "casualties", "--format", "csv")
    assert code == 0
    # cut -d, -f1-6 on rows whose first six cells hold no comma
    assert [",".join(line.split(",")[:6]) for line in out.splitlines()] == shown


def test_gold_row_whose_qa_id_names_no_pair_is_refused_not_silently_missed(capsys, tmp_path):
    # The second row has another file's id: a typo, not a miss.
    gold = _gold_folder(
        tmp_path,
        "alliances",
        "a,b,relation,qa_id,evidence\n"
        "Armenia,Azerbaijan,adversary,notes:1,x\n"
        "Sylvania,Freedonia,ally,other:1,x\n",
    )
    code, _, err = run(capsys, "evaluate", str(gold))
    message = one_line_error(err)
    assert code == 2
    assert message.startswith(f"{gold / 'alliances.csv'}:3: qa_id 'other:1' names no pair")
    assert "(notes:1, notes:5, ...)" in message


@pytest.mark.parametrize(
    ("party", "expected"),
    [("Turkey", {"Turkey"}), ("turkey", {"Turkey"}), ("Karabakh", {"Artsakh"})],
)
def test_focus_on_a_party_typed_in_lower_case_or_by_its_region(party, expected):
    import karabakh_nb as kn

    qa = kn.load(SEED)
    alliances = kn.extract(qa, "alliances")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a party the corpus holds is not warned about
        kept = kn.focus(alliances, party, qa)
    assert len(kept) > 0
    assert all(expected & {row.a, row.b} for row in kept.itertuples())
    assert len(kept) < len(alliances)


def test_readme_command_table_lists_every_option_of_every_command():
    import argparse

    from karabakh_nb.cli import build_parser

    parser = build_parser()
    commands = next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    rows = {
        line.split()[2]: line
        for line in README.read_text(encoding="utf-8").splitlines()
        if line.startswith("| `karabakh-nb ")
    }
    for name, sub in commands.items():
        assert name in rows, f"README's command table has no row for {name}"
        for action in sub._actions:
            if action.help == argparse.SUPPRESS or "-h" in action.option_strings:
                continue
            if action.option_strings:
                assert any(opt in rows[name] for opt in action.option_strings), (
                    f"README's row for {name} lacks {action.option_strings}"
                )


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
def test_export_to_a_folder_that_cannot_be_written_fails_before_building_tables(capsys):
    # /proc refuses new folders even to root, whom permission bits do not stop.
    code, out, err = run(capsys, "export", str(SEED), "-o", "/proc/karabakh-nb-out")
    assert code == 2
    assert out == ""
    assert "building the tables" not in err  # refused first, not after minutes of work
    assert one_line_error(err).startswith("/proc/karabakh-nb-out: cannot write the data package")


def test_windows_punctuation_suggests_cp1252_before_latin1(capsys, write):
    # 0x93/0x94 are curly quotes in cp1252; latin-1 would read them as control characters.
    path = write("notes.txt", b"Who?\n\n\x93Sylvania\x94 won.\n")
    code, _, err = run(capsys, "parse", str(path))
    assert code == 2
    assert one_line_error(err).endswith(
        "byte 0x93 as utf-8; try --encoding cp1252 (or latin-1, utf-16)"
    )
    code, out, _ = run(capsys, "parse", str(path), "--encoding", "cp1252", "--format", "csv")
    assert code == 0
    assert "\u201cSylvania\u201d won." in out


@pytest.mark.filterwarnings("error::UserWarning")
def test_a_script_the_report_font_lacks_draws_without_a_warning(write):
    import karabakh_nb as kn

    # Syriac letters: DejaVu Sans has none, so matplotlib would warn for each glyph.
    path = write("notes.txt", "When was it?\n\nOn 1 January 1792 \u0717\u0718\u0719 began.\n")
    timeline = kn.extract(kn.load(path), "timeline")
    assert len(timeline) == 1
    figure = kn.plots.timeline(timeline)
    png, _ = figure._repr_png_()
    assert png.startswith(b"\x89PNG")


def test_focus_keeps_the_columns_of_an_empty_table() -> None:
    import karabakh_nb as kn

    empty = pd.DataFrame(columns=["party", "category", "count", "qualifier", "qa_id", "evidence"])
    with pytest.warns(UserWarning, match="appears nowhere"):
        kept = kn.focus(empty, "Armenia")
    assert list(kept.columns) == list(empty.columns)
    assert kn.reconcile_casualties(kept).empty


def test_a_folder_s_upper_case_txt_files_are_read_like_lower_case_ones(tmp_path):
    import karabakh_nb as kn

    shutil.copy(SEED, tmp_path / "a.txt")
    shutil.copy(SEED, tmp_path / "B.TXT")
    (tmp_path / "notes.md").write_text("not a Q&A file\n", encoding="utf-8")
    sources = set(kn.load(tmp_path)["source"])
    assert len(sources) == 2, sources


@pytest.mark.parametrize("paths", [5, [SEED, 5], b"seeds"])
def test_python_load_given_no_path_says_what_it_takes(paths):
    import karabakh_nb as kn

    with pytest.raises(TypeError, match="expected"):
        kn.load(paths)


def test_a_render_parameter_given_twice_is_refused_not_overridden(capsys, tmp_path):
    code, _, err = run(
        capsys,
        "render",
        "-p",
        "as_of",
        "2021-01-01",
        "-p",
        "as_of",
        "2022-01-01",
        "-o",
        str(tmp_path / "out"),
    )
    assert code == 2
    assert "-p as_of is given twice" in one_line_error(err)
    assert not (tmp_path / "out").exists()
