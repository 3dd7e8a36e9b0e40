import base64
import gzip
import hashlib
import io
import json
import re
import struct
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from karabakh_nb.cli import main
from karabakh_nb.errors import RenderError, UsageError
from karabakh_nb.render import (
    MARKER,
    check_parameters,
    notebook_paths,
    parse_parameters,
    render,
)

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
    for param in ("seeds", "parties", "as_of", "figures_dir", "data"):
        assert re.search(rf"^{param} = ", tagged[0].source, flags=re.M)
    for cell in code:
        assert not re.search(r"^\s*(def|class) ", cell.source, flags=re.M)
        assert cell.get("execution_count"), "committed notebooks carry outputs"
    assert sum(c.cell_type == "markdown" for c in nb.cells) >= 2


def test_default_render_writes_every_report(default_reports):
    names = sorted(p.name for p in default_reports.iterdir())
    assert names == sorted(
        [MARKER, "index.html", "data"]
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


def _files(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_two_renders_are_byte_identical(default_reports, tmp_path):
    again = tmp_path / "again"
    render(output=again, progress=False)
    first, second = _files(default_reports), _files(again)
    assert sorted(first) == sorted(second)
    differ = [name for name in first if first[name] != second[name]]
    assert not differ


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
    failed = tmp_path / "reports.failed" / "01-broken.ipynb"
    assert message == (
        "notebook 01-broken.ipynb failed in cell 3 (In [2]): ZeroDivisionError: division by "
        f"zero; the executed notebook is kept at {failed}"
    )
    assert (out / "index.html").read_text() == "previous render"
    assert failed.is_file()  # where the message says it is
    assert (tmp_path / "reports.failed" / "data" / "datapackage.json").is_file()


def test_cli_render_failure_exits_2_with_one_line(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(
        "karabakh_nb.render.notebook_paths",
        lambda folder=None: [DATA / "notebooks" / "01-broken.ipynb"],
    )
    code = main(["render", "-o", str(tmp_path / "r"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("karabakh-nb: error: notebook 01-broken.ipynb failed in cell 3")
    assert err.rstrip().endswith(f"kept at {tmp_path / 'r.failed' / '01-broken.ipynb'}")
    assert "Traceback" not in err
    assert err.count("\n") == 1


def test_unknown_parameter_is_a_usage_error(capsys, tmp_path):
    code = main(["render", "-p", "colour", "red", "-o", str(tmp_path / "r")])
    err = capsys.readouterr().err
    assert code == 2
    assert err == (
        "karabakh-nb: error: unknown parameter 'colour'; the notebooks take -p as_of, "
        "-p figures_dir, -p parties, -p reference, -p seeds\n"
    )
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


# --- parameters are checked before any kernel starts ---------------------------------------


@pytest.fixture
def no_kernel(monkeypatch):
    """Fail the test if a notebook is executed (a kernel would start)."""

    def refuse(*args, **kwargs):
        raise AssertionError("a notebook was executed")

    monkeypatch.setattr("karabakh_nb.render.execute", refuse)


def _latin1_seed(tmp_path):
    text = (DATA / "georgia_2008.txt").read_text(encoding="utf-8")
    path = tmp_path / "café.txt"
    path.write_bytes(text.replace("Georgia", "Géorgia", 1).encode("latin-1", "replace"))
    return path


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-p", "as_of", "2021-13-01"], "-p as_of: '2021-13-01' is not a date; give it as "),
        (["-p", "as_of", "yesterday"], "-p as_of: 'yesterday' is not a date"),
        (["-p", "parties", "3"], "-p parties: expected a party name or a list of names"),
        (["-p", "parties", "[Georgia, 2]"], "-p parties: expected a party name or a list"),
        (["-p", "data", "x"], "-p data is set by render"),
        (["-p", "seeds", "[1]"], "-p seeds: expected a path or a list of paths"),
        (["--as-of", "2021-03-01"], "render takes as_of as a notebook parameter: -p as_of "),
        (["--parties", "Georgia"], "render takes parties as a notebook parameter: -p parties"),
        (["--seed", "missing.txt"], "missing.txt: no such file or folder"),
        (["--encoding", "klingon"], "--encoding: unknown encoding 'klingon'"),
    ],
)
def test_parameter_errors_exit_2_before_any_kernel(args, message, no_kernel, tmp_path, capsys):
    code = main(["render", *args, "-o", str(tmp_path / "r")])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("karabakh-nb: error: "), err  # before any progress line
    assert message in err
    assert err.count("\n") == 1
    assert not (tmp_path / "r").exists()


def test_undecodable_seed_names_render_s_encoding_option(no_kernel, tmp_path, capsys):
    seed = _latin1_seed(tmp_path)
    code = main(["render", "--seed", str(seed), "-o", str(tmp_path / "r")])
    last = capsys.readouterr().err.splitlines()[-1]
    assert code == 2
    assert last.startswith("karabakh-nb: error: ")
    assert "café.txt" in last
    assert "--encoding latin-1" in last


def test_figures_dir_that_is_a_file_is_refused(no_kernel, tmp_path, capsys):
    (tmp_path / "f").write_text("")
    code = main(["render", "-p", "figures_dir", str(tmp_path / "f"), "-o", str(tmp_path / "r")])
    assert code == 2
    assert "-p figures_dir:" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("value", "parties"),
    [
        ("Argentina", ["Argentina"]),
        ("United States", ["United States"]),
        ("[Georgia, Russia]", ["Georgia", "Russia"]),
        ('["Georgia", "Russia"]', ["Georgia", "Russia"]),
        ("[]", []),
        ("null", None),
    ],
)
def test_parties_is_one_name_or_a_list(value, parties):
    params = check_parameters(parse_parameters([("parties", value)]), ["parties"])
    assert params == {"parties": parties}


def test_one_party_and_an_encoding_reach_the_notebook(tmp_path):
    out = tmp_path / "r"
    render(
        seeds=[_latin1_seed(tmp_path)],
        parameters={"parties": "Russia"},
        encoding="latin-1",
        output=out,
        progress=False,
        notebooks=[ROOT / "notebooks" / "04-demographics.ipynb"],
    )
    nb = nbformat.read(out / "04-demographics.ipynb", as_version=4)
    injected = next(c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))
    assert 'parties = ["Russia"]' in injected.source
    assert 'data = "data"' in injected.source
    assert "Focus: Russia." in _outputs(out / "04-demographics.ipynb")
    package = json.loads((out / "data" / "datapackage.json").read_text())
    assert package["parameters"]["encoding"] == "latin-1"
    assert "encoding" in (out / "index.html").read_text()


# --- the first failure stops the run ------------------------------------------------------


def _slow_notebook(folder: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Slow on purpose"),
        nbformat.v4.new_code_cell("import time\ntime.sleep(120)"),
    ]
    path = folder / "02-slow.ipynb"
    nbformat.write(nb, path)
    return path


def test_first_failing_notebook_stops_the_others(tmp_path, capsys):
    notebooks = [_slow_notebook(tmp_path), DATA / "notebooks" / "01-broken.ipynb"]
    progress = io.StringIO()
    started = time.perf_counter()
    with pytest.raises(RenderError) as info:
        render(output=tmp_path / "r", progress=progress, notebooks=notebooks)
    assert time.perf_counter() - started < 60  # the slow notebook was stopped
    assert info.value.oneline().startswith("notebook 01-broken.ipynb failed in cell 3")
    assert "01-broken.ipynb: running" in progress.getvalue()


# --- a large corpus: tables built once, summaries, links and bounded sizes -----------------

LARGE_PAIRS = 3_000


@pytest.fixture(scope="module")
def large_reports(tmp_path_factory):
    from benchmarks.bench_render import build_corpus

    folder = tmp_path_factory.mktemp("large")
    corpus = folder / "large.txt"
    build_corpus(LARGE_PAIRS, corpus)
    progress = io.StringIO()
    out = folder / "reports"
    render(seeds=[corpus], output=out, progress=progress)
    return out, progress.getvalue()


def _pages(folder):
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.html"))}


def _png_sizes(text):
    sizes = []
    for data in re.findall(r'src="data:image/png;base64,([^"]+)"', text):
        head = base64.b64decode(data[:64])
        sizes.append(struct.unpack(">II", head[16:24]))
    return sizes


def test_large_render_builds_tables_once_with_progress(large_reports):
    _, progress = large_reports
    assert progress.index("building the tables once") < progress.index("[1/5]")
    assert f"qa: {LARGE_PAIRS:,} pairs" in progress
    for n in NOTEBOOKS:
        assert f"{n}.ipynb: done in" in progress


def test_large_reports_summarise_long_tables(large_reports):
    out, _ = large_reports
    pages = _pages(out)
    for name in ("01-corpus.html", "02-timeline.html", "03-alliances.html"):
        assert re.search(r"[\d,]+ more rows not shown", pages[name]), name
    assert re.search(r"[\d,]+ more pairs not shown", pages["01-corpus.html"])
    for name, page in pages.items():
        rows = page.count("<tr>")
        assert rows < 300, f"{name}: {rows} table rows"


def test_large_reports_link_the_full_csv_and_every_link_resolves(large_reports):
    out, _ = large_reports
    pages = _pages(out)
    anchors = set(re.findall(r'<section class="kn-pair" id="([^"]+)"', pages["01-corpus.html"]))
    assert anchors
    csv_links = set()
    for name, page in pages.items():
        for href in re.findall(r'href="([^"]+)"', page):
            href = href.replace("&amp;", "&")
            url = urllib.parse.urlsplit(href)
            if url.scheme or href.startswith("#"):
                continue
            target = out / urllib.parse.unquote(url.path)
            assert target.is_file(), f"{name}: {href} does not resolve"
            if url.path == "01-corpus.html" and url.fragment:
                assert url.fragment in anchors, f"{name}: {href} points at no pair"
            if url.path.endswith(".csv.gz"):
                csv_links.add(url.path)
    assert {"data/qa.csv.gz", "data/timeline.csv.gz", "data/findings.csv.gz"} <= csv_links
    timeline = pd.read_csv(out / "data" / "timeline.csv.gz")
    assert len(timeline) > 1_000
    shown = re.search(r"Showing the first (\d+) of ([\d,]+) rows", pages["02-timeline.html"])
    assert shown is not None


def test_large_reports_have_bounded_images_pages_and_folder(large_reports):
    out, _ = large_reports
    images = 0
    for name, page in _pages(out).items():
        assert len(page.encode()) <= 5_000_000, name
        for width, height in _png_sizes(page):
            images += 1
            assert max(width, height) <= 4_000, (name, width, height)
    assert images >= 4
    total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    assert total <= 20_000_000


def test_report_data_package_is_gzipped_csv_and_parquet_with_true_hashes(default_reports):
    folder = default_reports / "data"
    package = json.loads((folder / "datapackage.json").read_text())
    names = {r["name"]: r for r in package["resources"]}
    for table in ("qa", "timeline", "alliances", "demographics", "casualties", "reconciled"):
        csv, parquet = names[table], names[f"{table}-parquet"]
        assert csv["path"] == f"{table}.csv.gz"
        assert csv["compression"] == "gz"
        for resource in (csv, parquet):
            data = (folder / resource["path"]).read_bytes()
            assert resource["bytes"] == len(data)
            assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        rows = gzip.decompress((folder / csv["path"]).read_bytes()).decode().count("\n")
        assert rows >= 1
    assert not list(folder.glob("*.csv"))


def test_a_party_named_nowhere_is_noted_before_the_notebooks_run(tmp_path):
    progress = io.StringIO()
    render(
        parameters={"parties": ["Gorgia"]},
        output=tmp_path / "r",
        progress=progress,
        notebooks=[ROOT / "notebooks" / "04-demographics.ipynb"],
    )
    text = progress.getvalue()
    assert "note: -p parties: 'Gorgia' appears nowhere in the corpus; parties named there: " in text
    assert text.index("note: -p parties") < text.index("[1/1]")


def test_the_default_focus_named_nowhere_in_a_users_corpus_is_noted(tmp_path):
    # No -p parties: the notebooks' own default focus, absent from this corpus, is noted.
    seed = tmp_path / "war.txt"
    seed.write_text("Who fought?\n\nFrance fought Spain in 1701.\n", encoding="utf-8")
    progress = io.StringIO()
    render(
        seeds=[seed],
        output=tmp_path / "r",
        progress=progress,
        notebooks=[ROOT / "notebooks" / "04-demographics.ipynb"],
    )
    text = progress.getvalue()
    assert "note: -p parties: 'Armenia', 'Azerbaijan' appear nowhere in the corpus" in text
    assert "the notebooks' default focus; choose yours with -p parties" in text
    # '[]' (every party) is a choice: nothing to note.
    progress = io.StringIO()
    render(
        seeds=[seed],
        parameters={"parties": []},
        output=tmp_path / "r2",
        progress=progress,
        notebooks=[ROOT / "notebooks" / "04-demographics.ipynb"],
    )
    assert "note: -p parties" not in progress.getvalue()


# --- the render lifecycle: lock, stale staging, swap, permissions, system failures --------


def test_a_second_render_into_the_same_folder_is_refused_at_once(no_kernel, tmp_path, capsys):
    from karabakh_nb.render._output import OutputLock

    out = tmp_path / "r"
    with OutputLock(out):  # another render holds the folder
        code = main(["render", "-o", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"karabakh-nb: error: -o {out}: another karabakh-nb render is ")
    assert "wait for it to finish or choose another -o DIR" in err
    assert err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # its lock file is gone too


def test_stale_staging_of_killed_runs_is_cleaned_and_a_cut_swap_undone(tmp_path):
    from karabakh_nb.render._output import clean_stale

    out = tmp_path / "r"
    for name in (".r.abc_1234", ".r.zzzzzzzz"):
        (tmp_path / name / "data").mkdir(parents=True)
    (tmp_path / ".r.old").mkdir()
    (tmp_path / ".r.old" / "index.html").write_text("previous")
    (tmp_path / ".rx.abcdefgh").mkdir()  # another folder's: left alone
    (tmp_path / ".r.notmine").mkdir()  # not a name mkdtemp makes: left alone
    clean_stale(out)
    assert (out / "index.html").read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".r.notmine", ".rx.abcdefgh", "r"]


def test_report_folder_gets_the_users_permissions_and_no_leftovers(tmp_path):
    import os

    out = tmp_path / "r"
    (tmp_path / ".r.k9x2ab7q").mkdir()  # a staging folder a SIGKILLed render left behind
    previous = os.umask(0o022)
    try:
        render(output=out, progress=False, notebooks=[ROOT / "notebooks" / "04-demographics.ipynb"])
    finally:
        os.umask(previous)
    assert out.stat().st_mode & 0o777 == 0o755
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r"]


@pytest.mark.parametrize(
    ("errno_name", "words"),
    [("ENOSPC", "No space left on device; free some space"), ("EROFS", "Read-only file system")],
)
def test_a_folder_that_cannot_be_written_is_one_line_exit_2(
    errno_name, words, no_kernel, monkeypatch, tmp_path, capsys
):
    import errno as errno_module
    import os

    def fail(*args, **kwargs):
        code = getattr(errno_module, errno_name)
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(sys.modules["karabakh_nb.export"], "export", fail)
    out = tmp_path / "r"
    out.mkdir()
    (out / MARKER).write_text("")
    (out / "index.html").write_text("previous render")
    code = main(["render", "-o", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"karabakh-nb: error: -o {out}: cannot write the reports here ({words}")
    assert err.count("\n") == 1
    assert (out / "index.html").read_text() == "previous render"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r"]  # no staging, no .failed


def test_output_under_a_file_is_one_line_exit_2(no_kernel, tmp_path, capsys):
    (tmp_path / "file").write_text("")
    code = main(["render", "-o", str(tmp_path / "file" / "r"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert (
        err
        == f"karabakh-nb: error: {tmp_path / 'file'} is a file; choose a folder for the reports\n"
    )


_INTERRUPT = """
import sys
from pathlib import Path
import karabakh_nb.render as r
from karabakh_nb.cli import main
r.notebook_paths = lambda folder=None: [Path(sys.argv[1])]
raise SystemExit(main(["render", "-o", sys.argv[2], "--quiet"]))
"""


@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGTERM"])
def test_ctrl_c_or_sigterm_stops_at_once_and_leaves_the_previous_reports(signal_name, tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Interrupted"),
        nbformat.v4.new_code_cell(
            f"import os, signal, time\nos.kill(os.getppid(), signal.{signal_name})\ntime.sleep(300)"
        ),
    ]
    notebook = tmp_path / "01-interrupted.ipynb"
    nbformat.write(nb, notebook)
    out = tmp_path / "r"
    out.mkdir()
    (out / MARKER).write_text("")
    (out / "index.html").write_text("previous render")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _INTERRUPT, str(notebook), str(out)],
        capture_output=True,
        text=True,
        timeout=200,
    )
    assert done.returncode == 130, done.stderr
    assert done.stderr == "karabakh-nb: error: interrupted\n"
    assert time.perf_counter() - started < 60  # not the 300 s of the cell
    assert (out / "index.html").read_text() == "previous render"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["01-interrupted.ipynb", "r"]


def test_renders_with_parameters_are_byte_identical_and_hold_no_absolute_paths(
    tmp_path, monkeypatch
):
    seed = tmp_path / "in" / "georgia.txt"
    seed.parent.mkdir()
    seed.write_bytes((DATA / "georgia_2008.txt").read_bytes())
    monkeypatch.chdir(tmp_path)
    notebooks = [ROOT / "notebooks" / n for n in ("01-corpus.ipynb", "04-demographics.ipynb")]
    pages = []
    for name in ("a", "b"):
        render(
            seeds=["in/georgia.txt"],
            parameters={"parties": "Russia", "as_of": "2008-09-01", "figures_dir": "fig"},
            output=name,
            progress=False,
            notebooks=notebooks,
        )
        pages.append({p.name: p.read_bytes() for p in (tmp_path / name).glob("*.html")})
    assert pages[0] == pages[1]
    for name, page in pages[0].items():
        assert str(tmp_path).encode() not in page, name
    index = pages[0]["index.html"].decode()
    assert "in/georgia.txt" in index
    assert re.search(r"figures_dir</th><td>(<code>)?[^<]*\bfig\b", index), index


def test_a_mount_point_is_refused_before_any_work(no_kernel, monkeypatch, tmp_path, capsys):
    out = tmp_path / "mnt"
    out.mkdir()
    monkeypatch.setattr("os.path.ismount", lambda path: str(path) == str(out))
    code = main(["render", "-o", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert err == (
        f"karabakh-nb: error: -o {out}: is a mount point, which cannot be replaced; "
        "choose a folder inside it\n"
    )


def test_papermill_is_imported_without_the_iri_grammar_which_stays_importable():
    code = (
        "import sys\n"
        "from karabakh_nb.render._execute import import_papermill\n"
        "papermill = import_papermill()\n"
        "assert 'jsonschema' in sys.modules and 'rfc3987_syntax' not in sys.modules\n"
        "assert sys.modules.get('rfc3987_syntax', 0) is not None\n"
        "import nbformat\n"
        "print(callable(papermill.execute_notebook), nbformat.validate is not None)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.split() == ["True", "True"]


def _marker_notebook(path):
    nb = nbformat.v4.new_notebook()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "Path('ran.txt').write_text(str('karabakh_nb' in sys.modules))"
    )
    nb.cells = [nbformat.v4.new_code_cell(code)]
    spec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["kernelspec"] = spec
    nbformat.write(nb, path)
    return path


def _execute_in_thread(source, run, tmp_path, ready):
    import threading

    from karabakh_nb.render._execute import execute

    errors = []

    def target():
        try:
            execute(source, tmp_path / "out.ipynb", {}, run, cwd=tmp_path, on_ready=ready)
        except Exception as exc:  # the test looks at it
            errors.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    deadline = time.monotonic() + 120
    while not run.kernels and time.monotonic() < deadline:
        time.sleep(0.05)
    assert run.kernels, "the kernel did not start"
    return thread, errors


def test_a_held_run_boots_the_kernel_with_the_package_and_runs_no_cell_until_released(tmp_path):
    from karabakh_nb.render._execute import Run

    source = _marker_notebook(tmp_path / "marker.ipynb")
    run, readies = Run(), []
    run.hold()
    thread, errors = _execute_in_thread(source, run, tmp_path, lambda: readies.append(1))
    time.sleep(1.0)
    assert not (tmp_path / "ran.txt").exists()
    assert readies == []
    run.release()
    thread.join(120)
    assert errors == []
    assert readies == [1]
    assert (tmp_path / "ran.txt").read_text() == "True"  # imported before the first cell


def test_a_held_run_that_is_stopped_runs_nothing(tmp_path):
    from karabakh_nb.render._execute import Run, Stopped

    source = _marker_notebook(tmp_path / "marker.ipynb")
    run = Run()
    run.hold()
    thread, errors = _execute_in_thread(source, run, tmp_path, None)
    run.stop()
    thread.join(60)
    assert not thread.is_alive()
    assert [type(e) for e in errors] == [Stopped]
    assert not (tmp_path / "ran.txt").exists()
