import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import yaml

from .conftest import ROOT


def _names(requirements):
    return {re.split(r"[<>=!~ \[]", r, maxsplit=1)[0].lower() for r in requirements}


def test_environment_yml_mirrors_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = _names(project["dependencies"]) | _names(project["optional-dependencies"]["test"])
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert env["channels"] == ["conda-forge"]
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "python=3.11" in conda
    assert pip == ["-e ."]
    assert _names(c for c in conda if not c.startswith(("python=", "pip"))) == wanted
    # and the same lower bounds
    bounds = {
        re.split(r"[<>=]", r, maxsplit=1)[0].lower(): r
        for r in project["dependencies"] + project["optional-dependencies"]["test"]
    }
    for item in conda:
        name = re.split(r"[<>=]", item, maxsplit=1)[0].lower()
        if name in bounds:
            assert item == bounds[name]


def test_lock_pins_every_dependency():
    pins = dict(
        line.split("==")
        for line in (ROOT / "requirements.lock").read_text().split()
        if "==" in line
    )
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    needed = _names(project["dependencies"]) | _names(project["optional-dependencies"]["test"])
    assert needed <= {name.lower() for name in pins}


def test_readme_quick_start_is_the_two_make_commands():
    readme = (ROOT / "README.md").read_text()
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r"^make \w+", quick, flags=re.M) == ["make report", "make test"]
    ci = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"^make test$", ci, flags=re.M)


def test_readme_documents_every_command():
    readme = (ROOT / "README.md").read_text()
    for command in ("parse", "facts", "check", "render"):
        assert f"karabakh-nb {command}" in readme


def test_wheel_carries_default_corpus_and_notebooks(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("karabakh_nb-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "karabakh_nb/_data/seeds/000_c8ae912d7073d48a.txt" in names
    assert "karabakh_nb/_data/seeds/reference/public_figures.csv" in names
    assert "karabakh_nb/py.typed" in names
    assert any(n.startswith("karabakh_nb/_data/notebooks/") for n in names)
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import karabakh_nb as kn, pathlib; qa = kn.load(); "
        "print(len(qa), pathlib.Path(kn.seeds_dir()).is_relative_to(pathlib.Path.cwd()))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=site,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(site), "PATH": ""},
    )
    assert done.stdout.split() == ["19", "True"]
    assert Path(site / "karabakh_nb" / "_data" / "seeds").is_dir()


def test_readme_casualties_example_is_real_output(capsys):
    from karabakh_nb.cli import main

    readme = (ROOT / "README.md").read_text()
    command = "$ karabakh-nb facts --kind casualties --format csv | cut -d, -f1-6\n"
    shown = readme.split(command, 1)[1].split("\n\n", 1)[0].splitlines()
    assert main(["facts", "--kind", "casualties", "--format", "csv"]) == 0
    real = [",".join(line.split(",")[:6]) for line in capsys.readouterr().out.splitlines()]
    assert shown == real
