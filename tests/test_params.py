"""The notebooks' parameters as render checks them before any notebook runs."""

import pytest

from karabakh_nb.cli import main
from karabakh_nb.render import check_parameters

from .conftest import ROOT

KNOWN = ["seeds", "parties", "as_of", "figures_dir", "reference"]


def test_a_reference_file_of_ones_own_becomes_an_absolute_path(tmp_path, monkeypatch):
    own = tmp_path / "mine.csv"
    own.write_bytes((ROOT / "seeds" / "reference" / "public_figures.csv").read_bytes())
    monkeypatch.chdir(tmp_path)
    assert check_parameters({"reference": "mine.csv"}, KNOWN) == {"reference": str(own)}


def test_a_missing_or_malformed_reference_file_stops_render_in_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("party,count\nArmenia,3\n", encoding="utf-8")
    for given, expected in ((tmp_path / "nope.csv", "-p reference: no file"), (bad, "bad.csv")):
        assert main(["render", "-p", "reference", str(given), "-o", str(tmp_path / "r")]) == 2
        err = capsys.readouterr().err
        assert err.startswith("karabakh-nb: error: ")
        assert expected in err
        assert len(err.strip().splitlines()) == 1
        assert not (tmp_path / "r").exists()


@pytest.mark.parametrize("value", [3, ""])
def test_a_reference_that_is_no_path_is_a_usage_error(value):
    from karabakh_nb.errors import UsageError

    with pytest.raises(UsageError, match="-p reference: expected the path of a CSV file"):
        check_parameters({"reference": value}, KNOWN)


def test_render_help_lists_every_notebook_parameter_with_its_meaning(capsys):
    from karabakh_nb.render import DATA_PARAMETER, notebook_parameters

    declared = set()
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        declared |= set(notebook_parameters(notebook))
    declared.discard(DATA_PARAMETER)  # render sets it itself
    with pytest.raises(SystemExit):
        main(["render", "--help"])
    out = capsys.readouterr().out
    listed = out.split("notebook parameters (-p NAME VALUE; VALUE is read as YAML):\n")[1]
    first_lines = [
        line[2:].split(None, 1)
        for line in listed.split("\n\n")[0].splitlines()
        if line.startswith("  ") and line[2] != " "
    ]
    assert {name for name, _ in first_lines} == declared
    for name, meaning in first_lines:
        assert len(meaning.split()) >= 4, f"{name} has no meaning: {meaning!r}"


def test_a_party_named_nowhere_is_warned_about_naming_those_the_corpus_holds():
    import karabakh_nb as kn
    from karabakh_nb.render._tables import unknown_parties

    corpus = kn.open_corpus(ROOT / "tests" / "data" / "georgia_2008.txt")
    note = unknown_parties(corpus, ["Atlantis"])
    assert note is not None
    assert "Atlantis" in note
    assert "Georgia" in note
    assert unknown_parties(corpus, ["Georgia"]) is None
