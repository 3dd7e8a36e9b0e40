"""One way to run in parallel (karabakh_nb.parallel): the same tables from any caller.

The corpus here is every file of the test corpus read together (a few hundred pairs);
``KARABAKH_NB_PARALLEL_MIN_PAIRS`` is set low so that the local pool starts for it.
"""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

import karabakh_nb as kn
from karabakh_nb import parallel

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*/*.txt"))
LOW = {"KARABAKH_NB_PARALLEL_MIN_PAIRS": "50"}


@pytest.fixture(scope="module")
def qa() -> pd.DataFrame:
    return kn.read_corpus(CORPUS).qa


@pytest.fixture(scope="module")
def serial(qa: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return parallel.fact_tables(qa, kn.KINDS, workers=1)


def _digest(tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    return {kind: frame.to_json(orient="split") for kind, frame in tables.items()}


def test_pool_gives_the_tables_of_one_process(qa, serial):
    pooled = parallel.fact_tables(qa, kn.KINDS, workers=2)
    assert parallel.last_run["workers"] == 2
    assert parallel.last_run["slices"] > 2  # the files' pairs fall across several slices
    for kind in kn.KINDS:
        pd.testing.assert_frame_equal(pooled[kind], serial[kind])


def test_extract_from_a_test_uses_the_pool(qa, serial, monkeypatch):
    monkeypatch.setenv("KARABAKH_NB_PARALLEL_MIN_PAIRS", "50")
    monkeypatch.delenv("KARABAKH_NB_WORKERS", raising=False)
    for kind in kn.KINDS:
        pd.testing.assert_frame_equal(kn.extract(qa, kind), serial[kind])
        assert parallel.last_run["workers"] > 1 or len(parallel.os.sched_getaffinity(0)) == 1


def test_small_corpora_and_workers_1_read_in_this_process(monkeypatch):
    monkeypatch.delenv("KARABAKH_NB_PARALLEL_MIN_PAIRS", raising=False)
    monkeypatch.delenv("KARABAKH_NB_WORKERS", raising=False)
    assert parallel.worker_count(19) == 1
    assert parallel.worker_count(10**6, workers=1) == 1
    monkeypatch.setenv("KARABAKH_NB_WORKERS", "1")
    assert parallel.worker_count(10**6) == 1
    monkeypatch.setenv("KARABAKH_NB_WORKERS", "many")
    with pytest.raises(kn.UsageError, match="KARABAKH_NB_WORKERS"):
        parallel.worker_count(10**6)


def test_slices_are_read_with_fewer_collections_and_the_threshold_restored(monkeypatch):
    seen: list[tuple[int, int, int]] = []
    reader = parallel._slice_tables

    def spy(*args):
        seen.append(parallel.gc.get_threshold())
        return reader(*args)

    monkeypatch.setattr(parallel, "_slice_tables", spy)
    before = parallel.gc.get_threshold()
    pairs = pd.DataFrame({"id": ["f:1"], "question": ["Who won?"], "answer": ["Freedonia won."]})
    parallel.fact_tables(pairs, ["timeline"], workers=1)
    assert seen
    assert all(t[0] >= parallel.GC_THRESHOLD[0] for t in seen)
    assert parallel.gc.get_threshold() == before


def _count_in_child(queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    queue.put(parallel.worker_count(10**6))


def test_a_worker_process_reads_its_slice_itself():
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_count_in_child, args=(queue,))
    child.start()
    child.join(30)
    assert queue.get(timeout=5) == 1


def test_alliance_sides_come_from_the_whole_file(qa, serial):
    # A mediator whose parties its sentence leaves out takes the sides its file names
    # most often: with one slice per few pairs those sides come from other slices.
    sliced = parallel.fact_tables(qa, ("alliances",), workers=2)
    assert (serial["alliances"]["relation"] == "mediator").any()
    pd.testing.assert_frame_equal(sliced["alliances"], serial["alliances"])


SCRIPT = textwrap.dedent(
    """
    import json, sys
    import karabakh_nb as kn
    from karabakh_nb import parallel
    qa = kn.read_corpus(sys.argv[1:]).qa
    out = {}
    for kind in kn.KINDS:
        out[kind] = kn.extract(qa, kind).to_json(orient="split")
    out["workers"] = parallel.last_run["workers"]
    print(json.dumps(out))
    """
)


def _check_run(done: subprocess.CompletedProcess[str], serial: dict[str, pd.DataFrame]) -> None:
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    out = json.loads(done.stdout)
    assert out.pop("workers") == 2
    assert out == _digest(serial)


def _env() -> dict[str, str]:
    import os

    return {**os.environ, **LOW, "KARABAKH_NB_WORKERS": "2"}


def test_script_without_main_guard(tmp_path, serial):
    script = tmp_path / "plain.py"
    script.write_text(SCRIPT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), *map(str, CORPUS)],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=tmp_path,
        timeout=600,
    )
    _check_run(done, serial)


def test_code_piped_to_python_stdin(tmp_path, serial):
    done = subprocess.run(
        [sys.executable, "-", *map(str, CORPUS)],
        input=SCRIPT,
        capture_output=True,
        text=True,
        env=_env(),
        cwd=tmp_path,
        timeout=600,
    )
    _check_run(done, serial)


def test_notebook_kernel(tmp_path, serial):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    paths = [str(p) for p in CORPUS]
    cells = [
        "import os\n"
        "os.environ['KARABAKH_NB_PARALLEL_MIN_PAIRS'] = '50'\n"
        "os.environ['KARABAKH_NB_WORKERS'] = '2'\n"
        "import json\nimport karabakh_nb as kn\nfrom karabakh_nb import parallel",
        f"qa = kn.read_corpus({paths!r}).qa",
        "out = {kind: kn.extract(qa, kind).to_json(orient='split') for kind in kn.KINDS}\n"
        "out['workers'] = parallel.last_run['workers']\n"
        "print(json.dumps(out))",
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    text = "".join(o.get("text", "") for o in nb.cells[-1].outputs if o.output_type == "stream")
    out = json.loads(text)
    assert out.pop("workers") == 2
    assert out == _digest(serial)


def test_corpus_compute_reads_every_kind_in_one_pass(qa, serial, monkeypatch):
    monkeypatch.setenv("KARABAKH_NB_WORKERS", "2")
    corpus = kn.open_corpus(qa).compute()
    assert parallel.last_run["workers"] == 2
    for kind in kn.KINDS:
        pd.testing.assert_frame_equal(corpus.table(kind), serial[kind])
    expected = kn.unresolved_relative_dates(qa)
    pd.testing.assert_frame_equal(corpus.unresolved_dates, expected)


# ---- Dask ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    pytest.importorskip("dask.dataframe")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as local:
        yield local


def test_dask_cluster_gives_the_tables_of_one_process(qa, serial, cluster):
    from distributed import Client

    with Client(cluster) as client:
        tables = parallel.fact_tables(qa, kn.KINDS, scheduler=client)
    for kind in kn.KINDS:
        pd.testing.assert_frame_equal(tables[kind], serial[kind])
    by_address = kn.extract(qa, "alliances", scheduler=cluster.scheduler_address)
    pd.testing.assert_frame_equal(by_address, serial["alliances"])


def test_export_on_a_dask_cluster_writes_the_same_package(tmp_path, cluster):
    here = kn.export(CORPUS[:6], tmp_path / "here")
    there = kn.export(CORPUS[:6], tmp_path / "there", scheduler=cluster.scheduler_address)
    names = sorted(p.name for p in here.parent.iterdir())
    assert names == sorted(p.name for p in there.parent.iterdir())
    for name in names:
        assert (here.parent / name).read_bytes() == (there.parent / name).read_bytes(), name


def test_cli_export_scheduler(tmp_path, cluster):
    out = tmp_path / "out"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "karabakh_nb",
            "export",
            str(CORPUS[0]),
            "-o",
            str(out),
            "--scheduler",
            cluster.scheduler_address,
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    expected = kn.export([CORPUS[0]], tmp_path / "expected")
    assert (out / "datapackage.json").read_bytes() == expected.read_bytes()


def test_unreachable_scheduler_is_a_usage_error(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(kn.UsageError, match="cannot reach the Dask scheduler"):
        kn.export(CORPUS[0], tmp_path, scheduler="tcp://127.0.0.1:9")


def test_scheduler_without_dask_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(kn.UsageError, match="dask extra"):
        kn.export(CORPUS[0], tmp_path, scheduler="tcp://127.0.0.1:9")


_PICKLE_FRAME = pd.DataFrame.__reduce_ex__


def _pickled_only_in_a_worker(self, protocol):
    if multiprocessing.parent_process() is None:
        raise AssertionError("a slice of pairs was pickled to send it to a worker")
    return _PICKLE_FRAME(self, protocol)


def test_workers_take_their_slices_from_the_fork_not_a_pickle(qa, serial, monkeypatch):
    # Only the workers pickle frames (their tables, sent back); the parent sends numbers.
    monkeypatch.setattr(pd.DataFrame, "__reduce_ex__", _pickled_only_in_a_worker)
    pooled = parallel.fact_tables(qa, ("timeline", "casualties"), workers=2)
    assert parallel.last_run["workers"] == 2
    for kind in ("timeline", "casualties"):
        pd.testing.assert_frame_equal(pooled[kind], serial[kind])


def _die_in_a_worker(pairs, kinds, as_of=None):
    import os

    if multiprocessing.parent_process() is not None:
        os._exit(1)
    return {kind: pd.DataFrame() for kind in kinds}


def test_a_worker_that_dies_is_a_usage_error(qa, monkeypatch):
    monkeypatch.setattr(parallel, "slice_tables", _die_in_a_worker)
    with pytest.raises(kn.UsageError, match="worker process died"):
        parallel.fact_tables(qa, ("timeline",), workers=2)
