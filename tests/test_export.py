"""The data package: every table as CSV and Parquet, described by datapackage.json."""

import csv
import hashlib
import json
import math
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import karabakh_nb as kn
import karabakh_nb.parallel as parallel_module
from karabakh_nb.cli import main
from karabakh_nb.tableschema import TYPES, fields_of

from .conftest import DATA, ROOT, SEED

FILES = sorted(
    [f"{t}.{ext}" for t in kn.TABLES for ext in ("csv", "parquet")] + ["datapackage.json"]
)
TUNE = ROOT / "tests" / "corpus" / "tune"
CASES = {
    "seed": {"corpus": SEED},
    "data": {"corpus": DATA, "as_of": "2021-02-15"},
    "tune": {"corpus": TUNE, "as_of": "2024-01-01"},
}


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    out = {}
    for name, kwargs in CASES.items():
        folder = tmp_path_factory.mktemp(name) / "package"
        kn.export(kwargs["corpus"], folder, as_of=kwargs.get("as_of"))
        out[name] = folder
    return out


def _descriptor(folder: Path) -> dict:
    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))


def _parse(text: str, field: dict):
    """Read one CSV cell with its declared type; raise when it does not parse."""
    kind = field["type"]
    if kind == "list":
        assert field["delimiter"] == ";"
        assert field["itemType"] == "string"
        return text.split(";") if text else []
    if text == "":
        return None
    if kind == "string":
        return text
    if kind == "integer":
        assert text.lstrip("-").isdigit(), text
        return int(text)
    if kind == "number":
        value = float(text)
        assert math.isfinite(value), text
        return value
    if kind == "boolean":
        assert text in ("true", "false"), text
        return text == "true"
    raise AssertionError(f"undeclared type {kind}")


def _read_csv(folder: Path, resource: dict) -> list[dict]:
    fields = resource["schema"]["fields"]
    with (folder / resource["path"]).open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        assert header == [f["name"] for f in fields]
        rows = []
        for cells in reader:
            assert len(cells) == len(fields)
            rows.append({f["name"]: _parse(c, f) for c, f in zip(cells, fields, strict=True)})
    return rows


def _resources(descriptor: dict, fmt: str) -> dict[str, dict]:
    return {
        r["name"].removesuffix("-parquet"): r for r in descriptor["resources"] if r["format"] == fmt
    }


@pytest.mark.parametrize("case", CASES)
def test_export_writes_every_file(packages, case):
    folder = packages[case]
    assert sorted(p.name for p in folder.iterdir()) == FILES
    descriptor = _descriptor(folder)
    assert [r["name"] for r in descriptor["resources"]] == [
        n for t in kn.TABLES for n in (t, f"{t}-parquet")
    ]
    for resource in descriptor["resources"]:
        data = (folder / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("case", CASES)
def test_every_csv_field_parses_with_its_declared_type(packages, case):
    folder = packages[case]
    for table, resource in _resources(_descriptor(folder), "csv").items():
        schema = resource["schema"]
        rows = _read_csv(folder, resource)
        for field in schema["fields"]:
            assert field["type"] in TYPES
            assert field["description"]
            assert "not in the contract" not in field["description"]
            constraints = field.get("constraints", {})
            values = [row[field["name"]] for row in rows]
            if constraints.get("required"):
                assert None not in values, (table, field["name"])
            if "enum" in constraints:
                assert {v for v in values if v is not None} <= set(constraints["enum"]), (
                    table,
                    field["name"],
                )
        if "primaryKey" in schema:
            keys = [tuple(row[k] for k in schema["primaryKey"]) for row in rows]
            assert len(keys) == len(set(keys)), table


@pytest.mark.parametrize("case", CASES)
def test_parquet_holds_the_same_rows_as_csv(packages, case):
    folder = packages[case]
    descriptor = _descriptor(folder)
    arrow = {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "list": pa.list_(pa.string()),
    }
    parquet = _resources(descriptor, "parquet")
    for table, resource in _resources(descriptor, "csv").items():
        assert parquet[table]["schema"]["fields"] == resource["schema"]["fields"]
        read = pq.read_table(folder / parquet[table]["path"])
        assert b"pandas" not in (read.schema.metadata or {})
        assert read.schema.names == [f["name"] for f in resource["schema"]["fields"]]
        for field in resource["schema"]["fields"]:
            assert read.schema.field(field["name"]).type == arrow[field["type"]]
        assert read.to_pylist() == _read_csv(folder, resource), table


@pytest.mark.parametrize("case", CASES)
def test_foreign_keys_resolve(packages, case):
    folder = packages[case]
    descriptor = _descriptor(folder)
    csv_resources = _resources(descriptor, "csv")
    ids = {row["id"] for row in _read_csv(folder, csv_resources["qa"])}
    declared = []
    for table, resource in csv_resources.items():
        rows = _read_csv(folder, resource)
        for key in resource["schema"].get("foreignKeys", []):
            declared.append(table)
            assert key == {"fields": ["qa_id"], "reference": {"resource": "qa", "fields": ["id"]}}
            assert {row["qa_id"] for row in rows} <= ids, table
    assert declared == ["timeline", "alliances", "demographics", "casualties"]
    # Not declared (findings may name an orphan block; qa_ids is a list), yet true here.
    for row in _read_csv(folder, csv_resources["reconciled"]):
        assert set(row["qa_ids"]) <= ids
    for key in _resources(descriptor, "parquet")["casualties"]["schema"]["foreignKeys"]:
        assert key["reference"]["resource"] == "qa-parquet"


def test_tables_are_the_corpus_tables(packages):
    corpus = kn.open_corpus(TUNE, as_of="2024-01-01")
    for table, resource in _resources(_descriptor(packages["tune"]), "csv").items():
        frame = corpus.table(table)
        assert len(_read_csv(packages["tune"], resource)) == len(frame)
        assert [f["name"] for f in resource["schema"]["fields"]] == list(frame.columns)


def test_descriptor_names_sources_version_and_parameters(packages):
    descriptor = _descriptor(packages["tune"])
    assert descriptor["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert descriptor["software"] == {"name": "karabakh-nb", "version": kn.__version__}
    assert descriptor["parameters"] == {"as_of": "2024-01-01", "encoding": None}
    files = sorted(TUNE.glob("*.txt"))
    assert [s["path"] for s in descriptor["sources"]] == [f.name for f in files]
    for source, path in zip(descriptor["sources"], files, strict=True):
        data = path.read_bytes()
        assert source["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert source["bytes"] == len(data)
    seed = _descriptor(packages["seed"])
    assert seed["parameters"] == {"as_of": None, "encoding": None}
    assert [s["path"] for s in seed["sources"]] == [SEED.name]


def test_sources_are_named_relative_to_their_common_folder(tmp_path):
    kn.export([SEED, DATA / "georgia_2008.txt"], tmp_path / "out")
    paths = [s["path"] for s in _descriptor(tmp_path / "out")["sources"]]
    assert paths == ["seeds/000_c8ae912d7073d48a.txt", "tests/data/georgia_2008.txt"]


def test_two_exports_are_byte_identical(tmp_path):
    first = kn.export(DATA, tmp_path / "a", as_of="2021-02-15").parent
    second = kn.export(kn.open_corpus(DATA, as_of="2021-02-15"), tmp_path / "b").parent
    for name in FILES:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    kn.export(DATA, first, as_of="2021-02-15")  # again into the same folder
    assert sorted(p.name for p in first.iterdir()) == FILES  # no partial files left
    assert (first / "qa.parquet").read_bytes() == (second / "qa.parquet").read_bytes()


def test_export_reuses_the_tables_of_an_opened_corpus(monkeypatch, tmp_path):
    calls = []
    real = parallel_module.fact_tables

    def fact_tables(qa, kinds, as_of=None, **kwargs):
        calls.extend(k for k in kinds if k in kn.KINDS)
        return real(qa, kinds, as_of, **kwargs)

    monkeypatch.setattr(parallel_module, "fact_tables", fact_tables)
    corpus = kn.open_corpus(SEED)
    _ = corpus.findings
    kn.export(corpus, tmp_path / "out")
    assert sorted(calls) == sorted(kn.KINDS)


def test_text_is_kept_verbatim(write, tmp_path):
    text = (
        'Who said =SUM(A1)?\n\n=SUM(A1) is what they wrote; "quoted", and\nsplit '
        "over two lines.\n\nWho is unanswered?\n"
    )
    path = write("odd.txt", text)
    folder = kn.export(path, tmp_path / "out").parent
    resource = _resources(_descriptor(folder), "csv")["qa"]
    rows = _read_csv(folder, resource)
    assert rows[0]["question"] == "Who said =SUM(A1)?"
    assert rows[0]["raw"] == '=SUM(A1) is what they wrote; "quoted", and\nsplit over two lines.'
    assert rows[1]["answer"] is None
    assert rows[1]["flags"] == ["unanswered"]
    assert pq.read_table(folder / "qa.parquet").to_pylist() == rows


def test_a_qa_table_exports_without_sources(tmp_path):
    qa = kn.load(SEED)
    descriptor = _descriptor(kn.export(qa, tmp_path / "out").parent)
    assert descriptor["sources"] == []


def test_other_files_in_the_folder_are_left_alone(tmp_path):
    (tmp_path / "notes.md").write_text("mine")
    kn.export(SEED, tmp_path)
    assert (tmp_path / "notes.md").read_text() == "mine"


def test_output_that_is_a_file_is_an_error(tmp_path):
    target = tmp_path / "taken"
    target.write_text("")
    with pytest.raises(kn.UsageError, match="is a file"):
        kn.export(SEED, target)
    with pytest.raises(kn.UsageError, match="is a file"):
        kn.export(SEED, target / "below")


def test_unknown_columns_get_an_inferred_type():
    import pandas as pd

    frame = pd.DataFrame(
        {"id": ["a"], "n": [1], "x": [0.5], "ok": [True], "tags": [["p", "q"]], "note": ["t"]}
    )
    fields = fields_of("qa", frame)
    assert [f.type for f in fields] == ["string", "integer", "number", "boolean", "list", "string"]
    assert fields[1].description == "Extra column (not in the contract)."


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_export(capsys, tmp_path):
    code, out, err = run(
        capsys, "export", str(SEED), "-o", str(tmp_path / "out"), "--as-of", "2021-02-15"
    )
    assert code == 0
    assert out == ""
    lines = err.splitlines()
    # Progress first: a line per table, then the files, then what was written.
    assert lines[0] == "building the tables:"
    assert "  qa: 19 pairs (" in lines[1]
    assert any(line.startswith("  findings: ") for line in lines)
    assert lines[-2].startswith("data written in ")
    assert "(15 files, " in lines[-2]
    assert lines[-1].startswith(f"wrote {tmp_path / 'out' / 'datapackage.json'} (rows: qa 19, ")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == FILES
    assert _descriptor(tmp_path / "out")["parameters"]["as_of"] == "2021-02-15"


def test_cli_export_quiet_prints_only_what_was_written(capsys, tmp_path):
    code, out, err = run(capsys, "export", str(SEED), "-o", str(tmp_path / "q"), "--quiet")
    assert (code, out) == (0, "")
    assert err.splitlines() == [err.strip()]  # one line
    assert err.startswith(f"wrote {tmp_path / 'q' / 'datapackage.json'} (rows: qa 19, ")


def test_export_progress_goes_to_the_stream_given(capsys, tmp_path):
    import io

    stream = io.StringIO()
    kn.export(SEED, tmp_path / "p", progress=stream)
    assert stream.getvalue().startswith("building the tables:\n  qa: 19 pairs")
    assert capsys.readouterr() == ("", "")  # nothing on stdout or stderr
    kn.export(SEED, tmp_path / "s")  # the Python default: no progress
    assert capsys.readouterr() == ("", "")
    kn.export(SEED, tmp_path / "t", progress=True)
    assert capsys.readouterr().err.startswith("building the tables:")


def test_cli_export_encoding(capsys, write, tmp_path):
    path = write("l.txt", "Who?\n\nCaf\xe9 owners.\n", encoding="latin-1")
    code, _, err = run(capsys, "export", str(path), "-o", str(tmp_path / "bad"))
    assert code == 2
    assert "try --encoding latin-1" in err
    assert not (tmp_path / "bad").exists()  # nothing created when the input is bad
    code, _, _ = run(
        capsys, "export", str(path), "--encoding", "latin-1", "-o", str(tmp_path / "ok")
    )
    assert code == 0
    assert _descriptor(tmp_path / "ok")["parameters"]["encoding"] == "latin-1"


def test_cli_export_errors_are_one_line(capsys, tmp_path):
    taken = tmp_path / "taken.txt"
    taken.write_text("")
    code, out, err = run(capsys, "export", str(SEED), "-o", str(taken))
    assert (code, out) == (2, "")
    message = "is a file; pass a folder for -o (it is created when missing)"
    assert err == f"karabakh-nb: error: {taken}: {message}\n"
    code, _, err = run(capsys, "export", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "o"))
    assert code == 2
    assert err.startswith("karabakh-nb: error: ")
    assert err.count("\n") == 1
    assert "no such file" in err
    with pytest.raises(SystemExit) as info:
        main(["export", str(SEED), "-o", str(tmp_path / "o"), "--as-of", "soon"])
    err = capsys.readouterr().err
    assert info.value.code == 2
    assert err.startswith("karabakh-nb: error: ")
    assert err.count("\n") == 1
    assert not (tmp_path / "o").exists()


def test_cli_export_needs_an_output_folder(capsys):
    with pytest.raises(SystemExit) as info:
        main(["export", str(SEED)])
    err = capsys.readouterr().err
    assert info.value.code == 2
    assert err.startswith("karabakh-nb: error: ")
    assert "-o/--output" in err


def test_the_findings_schema_names_every_kind_check_reports():
    import pandas as pd

    from karabakh_nb.check import FINDING_COLUMNS, FINDING_KINDS
    from karabakh_nb.tableschema import fields_of

    frame = pd.DataFrame(columns=list(FINDING_COLUMNS))
    (kind,) = [f for f in fields_of("findings", frame) if f.name == "kind"]
    assert set(kind.enum) == set(FINDING_KINDS)


def _csv_module_bytes(fields, columns):
    """The table as Python's csv module writes it, cell by cell (what export matches)."""
    import io

    from karabakh_nb.export import _csv_text

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([f.name for f in fields])
    texts = [[_csv_text(v, f.type) for v in col] for f, col in zip(fields, columns, strict=True)]
    writer.writerows(zip(*texts, strict=True))
    return buffer.getvalue().encode("utf-8")


def test_columnar_csv_quotes_every_cell_as_the_csv_module_does():
    import datetime as dt

    import pandas as pd

    from karabakh_nb.export import (
        _arrow_columns,
        _converter,
        _csv_from_arrow,
        _fast_array,
        _parquet_from_arrow,
        csv_bytes,
        parquet_bytes,
    )
    from karabakh_nb.tableschema import Field

    frame = pd.DataFrame(
        {
            "text": ["plain", "a, b", 'say "no"', "two\nlines", "cr\ronly", "", None, "Ünïcode"],
            "mixed": [dt.date(2020, 9, 27), "x", 3, None, float("nan"), "", "q,", '"'],
            "count": [1, -2, 3, 40, 5, 6, 7, 8],
            "maybe": pd.array([1, None, 3, None, 5, 6, None, 8], dtype="Int64"),
            "value": [0.1, 3.0, 1e20, float("nan"), -0.0, 2.5e-7, 12.25, 1e16],
            "flag": [True, False, True, True, False, False, True, False],
            "names": [["A", "B"], [], ["C, D"], ['E "e"'], ["F"], [], ["G", "H"], ["x\ny"]],
            "gaps": [["A"], None, "one", ["B", None], ("C",), [], [float("nan")], ["D"]],
        }
    ).astype({"text": "str"})
    types = {"text": "string", "mixed": "string", "count": "integer", "maybe": "integer"}
    types |= {"value": "number", "flag": "boolean", "names": "list", "gaps": "list"}
    fields = [Field(name, type_, f"the {name}") for name, type_ in types.items()]
    columns = [list(map(_converter(f.type), frame[f.name].tolist())) for f in fields]
    written = _csv_from_arrow(fields, _arrow_columns(frame, fields))
    read_whole = [n for n, t in types.items() if _fast_array(frame[n], t) is not None]
    assert read_whole == ["text", "count", "maybe", "value", "flag", "names"]
    assert written == _csv_module_bytes(fields, columns)
    assert written.split(b"\n")[0] == b"text,mixed,count,maybe,value,flag,names,gaps"
    rows = list(csv.reader(written.decode("utf-8").splitlines(keepends=True)))
    assert rows[2][:2] == ["a, b", "x"]
    assert rows[3][0] == 'say "no"'
    assert csv_bytes(fields, columns) == written
    # The Parquet copy is the same whether the columns were converted cell by cell or not.
    arrays = _arrow_columns(frame, fields)
    assert _parquet_from_arrow(fields, arrays) == parquet_bytes(fields, columns)
