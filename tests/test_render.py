import json
import re
import subprocess
import sys

import nbformat
import pytest

from karabakh_nb.cli import main
from karabakh_nb.errors import RenderError, UsageError
from karabakh_nb.render import MARKER, notebook_paths, parse_parameters, render

from .conftest import DATA, ROOT

NOTEBOOKS = ["01-corpus", "02-timeline", "03-alliances", "04-demographics", "05-casualties"]
pytestmark = pytest.mark.slow


def _outputs(path):
    nb = nbformat.read(path, as_version=4)
    texts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                texts.append(f"ERROR {out['ename']}")
            data = out.get("data", {})
            texts.extend(str(data.get(k, "")) for k in ("text/html", "text/markdown", "text/plain"))
            texts.append(out.get("text", ""))
    return "\n".join(texts)


def _images(path):
    nb = nbformat.read(path, as_version=4)
    return sum("image/png" in out.get("data", {}) for c in nb.cells for out in c.get("outputs", []))


def test_bundled_notebooks_are_the_five_of_the_design():
    assert [p.stem for p in notebook_paths()] == NOTEBOOKS


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebooks_are_thin_and_parameterised(name):
    nb = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    tagged = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    for param in ("seeds", "parties", "as_of", "figures_dir"):
        assert re.search(rf"^{param} = ", tagged[0].source, flags=re.M)
    for cell in code:
        assert not re.search(r"^\s*(def|class) ", cell.source, flags=re.M)
        assert cell.get("execution_count"), "committed notebooks carry outputs"
    assert sum(c.cell_type == "markdown" for c in nb.cells) >= 2


def test_default_render_writes_every_report(default_reports):
    names = sorted(p.name for p in default_reports.iterdir())
    assert names == sorted(
        [MARKER, "index.html"]
        + [f"{n}.html" for n in NOTEBOOKS]
        + [f"{n}.ipynb" for n in NOTEBOOKS]
    )
    index = (default_reports / "index.html").read_text()
    for n in NOTEBOOKS:
        assert f'href="{n}.html"' in index
    assert "000_c8ae912d7073d48a.txt" in index
    assert "<td>19</td>" in index  # pairs in the corpus summary
    for n in NOTEBOOKS:
        html = (default_reports / f"{n}.html").read_text()
        assert "<title>" in html
        assert "Traceback" not in html
        assert "ERROR" not in _outputs(default_reports / f"{n}.ipynb")


def test_default_outputs_hold_the_facts(default_reports):
    corpus = _outputs(default_reports / "01-corpus.ipynb")
    assert 'id="qa-000_c8ae912d7073d48a-73"' in corpus
    assert "unanswered" in corpus
    timeline = _outputs(default_reports / "02-timeline.ipynb")
    assert "2020-11-10" in timeline
    assert 'href="01-corpus.html#qa-000_c8ae912d7073d48a-49"' in timeline
    assert "Last year" in timeline  # unresolved without as_of
    assert "CSTO" in _outputs(default_reports / "03-alliances.ipynb")
    assert "Shia" in _outputs(default_reports / "04-demographics.ipynb")
    casualties = _outputs(default_reports / "05-casualties.ipynb")
    assert "2,783" in casualties or "2783" in casualties
    for n in NOTEBOOKS[1:]:
        assert _images(default_reports / f"{n}.ipynb") >= 1, n


def test_other_file_parties_and_as_of_reach_the_notebooks(georgia_reports):
    nb = nbformat.read(georgia_reports / "02-timeline.ipynb", as_version=4)
    injected = next(c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))
    assert 'parties = ["Georgia", "Russia"]' in injected.source
    assert 'as_of = "2008-09-01"' in injected.source
    timeline = _outputs(georgia_reports / "02-timeline.ipynb")
    assert "2008-08-07" in timeline
    assert "2008-08-12" in timeline
    assert "000_c8ae912d7073d48a" not in timeline
    assert "Focus: Georgia, Russia" in timeline
    assert "France" in _outputs(georgia_reports / "03-alliances.ipynb")
    casualties = _outputs(georgia_reports / "05-casualties.ipynb")
    assert "228" in casualties
    index = (georgia_reports / "index.html").read_text()
    assert "georgia_2008.txt" in index
    assert "2008-09-01" in index


def _nbval(paths):
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--nbval",
            "--nbval-current-env",
            "--nbval-sanitize-with",
            str(ROOT / "tests/nbval_sanitize.cfg"),
            "--rootdir",
            str(ROOT),
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def test_nbval_passes_on_rendered_outputs(default_reports, georgia_reports):
    paths = [d / f"{n}.ipynb" for d in (default_reports, georgia_reports) for n in NOTEBOOKS]
    done = _nbval(paths)
    assert done.returncode == 0, done.stdout[-3000:]


def test_two_renders_are_byte_identical(default_reports, tmp_path):
    again = tmp_path / "again"
    render(output=again, progress=False)
    for n in NOTEBOOKS:
        assert (again / f"{n}.html").read_bytes() == (default_reports / f"{n}.html").read_bytes()
    assert (again / "index.html").read_bytes() == (default_reports / "index.html").read_bytes()


def test_markup_in_answers_is_escaped(xss_reports):
    for page in xss_reports.glob("*.html"):
        text = page.read_text()
        assert '<script>alert("' not in text, page.name
        assert "<img src=x" not in text, page.name
    corpus = (xss_reports / "01-corpus.html").read_text()
    # nbconvert re-serialises the page, so quotes in text come back unescaped (and harmless)
    assert '&lt;script&gt;alert("answer")&lt;/script&gt;' in corpus
    assert '&lt;img src=x onerror=alert("img")&gt;' in corpus
    timeline = (xss_reports / "02-timeline.html").read_text()
    assert '&lt;script&gt;alert("answer")&lt;/script&gt;' in timeline


def test_failing_notebook_names_cell_and_keeps_previous_reports(tmp_path, capsys):
    out = tmp_path / "reports"
    out.mkdir()
    (out / "index.html").write_text("previous render")
    (out / MARKER).write_text("")
    with pytest.raises(RenderError) as info:
        render(output=out, progress=False, notebooks=[DATA / "notebooks" / "01-broken.ipynb"])
    message = info.value.oneline()
    assert message.startswith(
        "notebook 01-broken.ipynb failed in cell 3 (In [2]): ZeroDivisionError: division by zero"
    )
    assert (out / "index.html").read_text() == "previous render"
    assert (tmp_path / "reports.failed" / "01-broken.ipynb").is_file()


def test_cli_render_failure_exits_1_with_one_line(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(
        "karabakh_nb.render.notebook_paths",
        lambda folder=None: [DATA / "notebooks" / "01-broken.ipynb"],
    )
    code = main(["render", "-o", str(tmp_path / "r"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("karabakh-nb: error: notebook 01-broken.ipynb failed in cell 3")
    assert err.count("\n") == 1


def test_unknown_parameter_is_a_usage_error(capsys, tmp_path):
    code = main(["render", "-p", "colour", "red", "-o", str(tmp_path / "r")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("karabakh-nb: error: unknown parameter 'colour'; the notebooks take ")
    assert not (tmp_path / "r").exists()


def test_bad_seed_fails_before_any_notebook(capsys, tmp_path):
    code = main(["render", "--seed", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "r")])
    assert code == 2
    assert "missing.txt: no such file or folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([("as_of", "2021-03-01")], {"as_of": "2021-03-01"}),
        ([("parties", "[Georgia, Russia]")], {"parties": ["Georgia", "Russia"]}),
        ([("parties", '["Georgia", "Russia"]')], {"parties": ["Georgia", "Russia"]}),
        ([("figures_dir", "null")], {"figures_dir": None}),
    ],
)
def test_parameters_are_read_as_yaml(pairs, expected):
    assert parse_parameters(pairs) == expected


def test_bad_yaml_is_a_usage_error():
    with pytest.raises(UsageError, match="not valid YAML"):
        parse_parameters([("parties", "[Georgia,")])


def test_render_ignores_a_user_registered_python3_kernel(tmp_path, monkeypatch):
    kernels = tmp_path / "jupyter" / "kernels" / "python3"
    kernels.mkdir(parents=True)
    (kernels / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [
                    "/nonexistent/python",
                    "-m",
                    "ipykernel_launcher",
                    "-f",
                    "{connection_file}",
                ],
                "display_name": "Broken",
                "language": "python",
            }
        )
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    out = tmp_path / "r"
    render(output=out, progress=False, notebooks=[ROOT / "notebooks" / "04-demographics.ipynb"])
    assert (out / "04-demographics.html").is_file()


def test_figures_are_exported_on_request(tmp_path):
    figures = tmp_path / "fig"
    render(
        output=tmp_path / "r",
        progress=False,
        parameters={"figures_dir": str(figures)},
        notebooks=[ROOT / "notebooks" / "03-alliances.ipynb"],
    )
    assert sorted(p.name for p in figures.iterdir()) == ["alliances.png", "alliances.svg"]


def test_output_folder_with_foreign_files_is_refused(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine")
    code = main(["render", "-o", str(tmp_path), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert err == (
        f"karabakh-nb: error: -o {tmp_path}: folder holds files that karabakh-nb did "
        "not write; choose an empty or new folder (e.g. -o reports)\n"
    )
    assert (tmp_path / "notes.txt").read_text() == "mine"
    code = main(["render", "-o", str(tmp_path / "notes.txt"), "--quiet"])
    assert code == 2
    assert "exists and is not a folder" in capsys.readouterr().err


def test_render_replaces_its_own_earlier_output(tmp_path):
    out = tmp_path / "r"
    notebook = [ROOT / "notebooks" / "04-demographics.ipynb"]
    render(output=out, progress=False, notebooks=notebook)
    first = (out / "04-demographics.html").read_bytes()
    render(output=out, progress=False, notebooks=notebook)
    assert (out / "04-demographics.html").read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r"]
