import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT


def _names(requirements):
    return {re.split(r"[<>=!~ \[]", r, maxsplit=1)[0].lower() for r in requirements}


def _project():
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def _pins():
    return {
        name.lower().replace("_", "-"): version
        for name, version in (
            line.split("==")
            for line in (ROOT / "requirements.lock").read_text().split()
            if "==" in line
        )
    }


#: What only the tests and CI use; never a user command.
TEST_ONLY = {"pytest", "nbval", "hypothesis", "ruff", "playwright", "mypy", "hatchling"}


@pytest.mark.parametrize(
    ("path", "name", "install"),
    [
        ("environment.yml", "karabakh-nb", "-e ."),
        ("environment-dev.yml", "karabakh-nb-dev", "-e .[test]"),
    ],
)
def test_conda_environments_install_pyproject_with_the_lock(path, name, install):
    project = _project()
    env = yaml.safe_load((ROOT / path).read_text())
    assert env["name"] == name
    assert env["channels"] == ["conda-forge"]
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    pip = [d["pip"] for d in env["dependencies"] if isinstance(d, dict)]
    # Python as pyproject allows it; everything else is pyproject's own list (pip reads it
    # from `.`), at the versions of requirements.lock: no second list to drift.
    assert conda == [f"python{project['requires-python']}", "pip"]
    assert pip == [["-c requirements.lock", install]]
    text = (ROOT / path).read_text()
    assert f"conda activate {name}" in text
    # Installing the package registers the kernel: no step left to the user.
    assert "ipykernel install" not in text


def test_lock_pins_every_dependency_within_its_bounds():
    from packaging.requirements import Requirement

    pins = _pins()
    project = _project()
    for spec in project["dependencies"] + project["optional-dependencies"]["test"]:
        requirement = Requirement(spec)
        name = requirement.name.lower().replace("_", "-")
        assert name in pins, f"{name} is not pinned in requirements.lock"
        assert requirement.specifier.contains(pins[name]), (name, pins[name])


def test_test_tools_are_no_runtime_dependencies():
    project = _project()
    runtime = _names(project["dependencies"])
    assert not runtime & TEST_ONLY
    assert {"pytest", "nbval"} <= _names(project["optional-dependencies"]["test"])


def test_no_user_command_imports_a_test_tool():
    imported = set()
    for path in (ROOT / "src" / "karabakh_nb").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module.split(".")[0])
    assert not imported & TEST_ONLY


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


def _checkout_with_jupyter_litter(folder: Path) -> Path:
    """Copy what the wheel is built from, with what JupyterLab and Python leave behind."""
    folder.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, folder / name)
    for name in ("src", "seeds", "notebooks", "share"):
        shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
    # No .gitignore in the copy: the exclusion must come from pyproject.toml itself.
    for litter in (
        "notebooks/.ipynb_checkpoints/01-corpus-checkpoint.ipynb",
        "seeds/.ipynb_checkpoints/000_c8ae912d7073d48a-checkpoint.txt",
        "notebooks/figures/timeline.png",
        "src/karabakh_nb/__pycache__/facts.cpython-311.pyc",
    ):
        (folder / litter).parent.mkdir(parents=True, exist_ok=True)
        (folder / litter).write_text("{}", encoding="utf-8")
    return folder


def test_wheel_carries_default_corpus_and_notebooks(tmp_path):
    source = _checkout_with_jupyter_litter(tmp_path / "checkout")
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
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("karabakh_nb-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "karabakh_nb/_data/seeds/000_c8ae912d7073d48a.txt" in names
    assert "karabakh_nb/_data/seeds/reference/public_figures.csv" in names
    assert "karabakh_nb/py.typed" in names
    assert "karabakh_nb/cli.py" in names
    notebooks = {n for n in names if n.startswith("karabakh_nb/_data/notebooks/")}
    assert notebooks == {
        f"karabakh_nb/_data/notebooks/{p.name}" for p in (ROOT / "notebooks").glob("*.ipynb")
    }
    # JupyterLab's autosaved checkpoints, exported figures and bytecode never ship
    assert not [n for n in names if ".ipynb_checkpoints" in n or "__pycache__" in n]
    assert not [n for n in names if "/figures/" in n or n.endswith(".pyc")]
    assert not [n for n in names if n.startswith(("tests/", "src/"))]
    # The kernel the notebooks ask for comes with the package, for its Python.
    notebook = json.loads((ROOT / "notebooks" / "01-corpus.ipynb").read_text(encoding="utf-8"))
    kernel = notebook["metadata"]["kernelspec"]
    spec_path = f"karabakh_nb-0.1.0.data/data/share/jupyter/kernels/{kernel['name']}/kernel.json"
    spec = json.loads(zipfile.ZipFile(wheel).read(spec_path))
    assert spec["display_name"] == kernel["display_name"]
    assert spec["argv"][:3] == ["python", "-m", "ipykernel_launcher"]
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


# --- set-up: the Makefile's environment and the browser tests without Chromium -----------


def _clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without an active venv/conda env or an outer make.

    An outer ``make test CHROMIUM_INSTALL=no`` exports its variable to the tests too.
    """
    drop = ("VIRTUAL_ENV", "CONDA_PREFIX", "CONDA_DEFAULT_ENV", "MAKEFLAGS", "MAKELEVEL", "MFLAGS")
    drop += ("CHROMIUM_INSTALL",)
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(extra)
    return env


def _make(*args: str, **env: str) -> str:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    done = subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), *args],
        env=_clean_env(**env),
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.mark.parametrize(
    ("env", "args", "used"),
    [
        ({}, (), ".venv"),
        ({"CONDA_PREFIX": "/opt/envs/kn", "CONDA_DEFAULT_ENV": "kn"}, (), "/opt/envs/kn"),
        ({"CONDA_PREFIX": "/opt/conda", "CONDA_DEFAULT_ENV": "base"}, (), ".venv"),  # not base
        ({"VIRTUAL_ENV": "/srv/venv"}, (), "/srv/venv"),
        ({"VIRTUAL_ENV": "/srv/venv"}, ("VENV=/tmp/mine",), "/tmp/mine"),  # VENV= wins
    ],
)
def test_make_uses_the_active_environment(env, args, used):
    assert _make("-s", "env", *args, **env).strip().endswith(f": {used}")
    plan = _make("-n", "test", *args, **env)  # what `make test` would run, run nothing
    assert f"{used}/bin/python -m pytest" in plan
    assert f"{used}/bin/mypy" in plan
    if used.startswith("/opt") or used == "/srv/venv":
        assert "-m venv" not in plan  # an active environment is used as it is
        assert f"{used}/bin/python -m pip install" in plan
        assert f"{used}/bin/python -m ipykernel install --sys-prefix --name karabakh-nb" in plan


def test_make_lab_runs_the_active_environments_jupyter():
    plan = _make("-n", "lab", CONDA_PREFIX="/opt/envs/kn", CONDA_DEFAULT_ENV="kn")
    assert "/opt/envs/kn/bin/jupyter lab" in plan


def _browser_tests(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """Run pytest on tests/test_browser.py where no Chromium is on PATH."""
    bare = tmp_path / "bin"  # a PATH with no chromium (and nothing else) on it
    bare.mkdir()
    hidden = ("KARABAKH_NB_CHROMIUM", "KARABAKH_NB_REQUIRE_BROWSER")  # CI sets the second
    environ = {k: v for k, v in _clean_env().items() if k not in hidden}
    environ.update(env)
    environ["PATH"] = str(bare)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args, "tests/test_browser.py"],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
    )


def test_without_chromium_the_browser_tests_skip_with_one_line(tmp_path):
    done = _browser_tests(tmp_path)
    assert done.returncode == 0, done.stdout[-2000:]
    skipped = [line for line in done.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skipped) == 1, done.stdout[-2000:]
    assert "no Chromium found, so the browser tests are skipped" in skipped[0]
    assert "apt-get install chromium" in skipped[0]
    assert "KARABAKH_NB_CHROMIUM" in skipped[0]
    assert "3 skipped" in done.stdout.rstrip().splitlines()[-1]
    assert skipped[0].startswith("SKIPPED [3] ")


def test_chromium_none_simulates_a_machine_without_it(tmp_path):
    # Installed or not, KARABAKH_NB_CHROMIUM=none hides it: the fresh-machine run of
    # `make test`, without removing the package.
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "tests/test_browser.py"],
        cwd=ROOT,
        env={
            **{k: v for k, v in _clean_env().items() if k != "KARABAKH_NB_REQUIRE_BROWSER"},
            "KARABAKH_NB_CHROMIUM": "none",
        },
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-2000:]
    skipped = [line for line in done.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skipped) == 1, done.stdout[-2000:]
    assert "no Chromium found" in skipped[0]


@pytest.mark.parametrize(("chromium", "installs"), [("none", False), ("", True)])
def test_make_chromium_installs_only_where_none_is_hidden(tmp_path, chromium, installs):
    # A PATH with no chromium and an apt-get that only records its call: as root, `make
    # chromium` installs it, unless KARABAKH_NB_CHROMIUM=none says to act as if it could not.
    if shutil.which("make") is None or os.geteuid() != 0:
        pytest.skip("needs make, run as root")
    bare = tmp_path / "bin"
    bare.mkdir()
    calls = tmp_path / "apt-calls"
    fake = bare / "apt-get"
    fake.write_text(f'#!/bin/sh\necho "$@" >> {calls}\n')
    fake.chmod(0o755)
    for tool in ("id", "env"):
        (bare / tool).symlink_to(shutil.which(tool))
    subprocess.run(
        [shutil.which("make"), "-s", "--no-print-directory", "-C", str(ROOT), "chromium"],
        env={**_clean_env(), "PATH": str(bare), "KARABAKH_NB_CHROMIUM": chromium},
        capture_output=True,
        text=True,
        check=True,
    )
    assert calls.exists() == installs
    if installs:
        assert "install -y -qq --no-install-recommends chromium" in calls.read_text()


def test_where_required_a_missing_chromium_is_not_skipped(tmp_path):
    done = _browser_tests(tmp_path, "--collect-only", "-q", KARABAKH_NB_REQUIRE_BROWSER="1")
    assert done.returncode == 0, done.stdout[-2000:]
    assert "3 tests collected" in done.stdout
    ci = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"^export KARABAKH_NB_REQUIRE_BROWSER=1$", ci, flags=re.M)


# --- the Python API's surface -------------------------------------------------------------


def test_dir_lists_the_public_surface_only():
    import karabakh_nb as kn

    names = dir(kn)
    assert names == sorted(kn.__all__)
    for helper in ("Any", "annotations", "importlib"):
        assert helper not in names
        assert not hasattr(kn, helper)
    for lazy in ("plots", "report", "explore", "render"):  # listed, and loaded on use
        assert lazy in names
        assert getattr(kn, lazy).__name__ == f"karabakh_nb.{lazy}"
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = kn.nope


def test_check_accepts_the_qa_table_a_corpus_or_an_opened_corpus():
    import karabakh_nb as kn

    expected = kn.check(kn.read_corpus())
    for given in (kn.load(), kn.read_corpus(), kn.open_corpus()):
        assert kn.check(given).equals(expected)
    assert kn.check(kn.load(), as_of="2021-02-15").equals(
        kn.check(kn.open_corpus(as_of="2021-02-15"))
    )
    with pytest.raises(kn.UsageError, match="check wants a qa table"):
        kn.check("seeds/")


def test_readme_quotes_the_skip_line():
    from .browser_support import NO_CHROMIUM

    readme = (ROOT / "README.md").read_text()
    assert f": {NO_CHROMIUM}\n" in readme
    assert "conda env create -f environment-dev.yml" in readme
    assert "conda activate karabakh-nb" in readme


def test_readme_covers_the_notebook_parameters_and_provenance_in_jupyterlab():
    from karabakh_nb.render import DATA_PARAMETER, notebook_parameters

    readme = (ROOT / "README.md").read_text()
    declared = set()
    for notebook in (ROOT / "notebooks").glob("*.ipynb"):
        declared |= set(notebook_parameters(notebook))
    for name in declared - {DATA_PARAMETER}:
        assert f"| `{name}` |" in readme, f"README's parameter table lacks {name}"
    assert "**Provenance inside JupyterLab.**" in readme
    assert "`<file>:<line>`" in readme
