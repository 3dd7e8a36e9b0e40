"""Benchmark: ``karabakh-nb render`` on generated corpora, and against the plain way.

For each size (default 20,000 and 100,000 pairs) a corpus is generated in the seed's
format (``bench_parse_facts.build_corpus``: the seed's pairs repeated, figures shifted,
every answer made unique) and rendered in a fresh process; printed are the wall time
(and the parts the render reports: building the tables, running the notebooks), the
processor seconds of the render with its kernels and workers (what a busy machine cannot
hide), the peak memory of the whole process tree (proportional set sizes, sampled, so
pages that forked workers share count once), the report folder's size, its largest HTML
page and the largest side of any image in it. Targets at 100,000 pairs: render <= 90 s, peak memory
<= 2 GB, folder <= 60 MB, every page <= 5 MB, no image side over 4,000 px.

Then, on the bundled seeds, render is timed against a shell loop, one notebook at a
time, of the ``papermill`` CLI and ``jupyter nbconvert --to html --no-input``, both on
the project's kernel. Target: render wall time <= 0.3 x the loop's.

    python benchmarks/bench_render.py [--pairs 20000 100000] [--repeat 2] [--no-compare]
        [--keep DIR]
"""

from __future__ import annotations

import argparse
import base64
import os
import re
import resource
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_parse_facts import build_corpus  # noqa: E402  (the same generated corpus)

__all__ = ["build_corpus"]


def _memory(pid: str) -> int:
    """Proportional set size of a process (bytes): pages shared by forked workers count once.

    Falls back to the resident set size where ``smaps_rollup`` is missing.
    """
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    with open(f"/proc/{pid}/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _tree_rss(root: int) -> int:
    """Memory (PSS, bytes) of ``root`` and every process below it (Linux /proc)."""
    children: dict[int, list[int]] = {}
    used: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            memory = _memory(entry)
        except (OSError, IndexError, ValueError):
            continue
        pid, ppid = int(entry), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        used[pid] = memory
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += used.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def _largest_image_side(text: str) -> int:
    largest = 0
    for data in re.findall(r'src="data:image/png;base64,([^"]+)"', text):
        width, height = struct.unpack(">II", base64.b64decode(data[:64])[16:24])
        largest = max(largest, width, height)
    return largest


def render_corpus(corpus: Path, out: Path) -> dict[str, float]:
    """Render ``corpus`` into ``out`` in a fresh process; return its figures."""
    command = [str(BIN / "karabakh-nb"), "render", "--seed", str(corpus), "-o", str(out)]
    peak, done = 0, threading.Event()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.2):
            peak = max(peak, _tree_rss(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the render, its kernels, workers
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    done.set()
    sampler.join()
    if process.returncode:
        raise SystemExit(f"render failed ({process.returncode}): {err.strip()}")
    tables = re.search(r"tables built in ([\d.]+) s", err)
    notebooks = re.search(r"notebooks done in ([\d.]+) s", err)
    files = [p for p in out.rglob("*") if p.is_file()]
    pages = {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.html")}
    return {
        "seconds": seconds,
        "cpu_s": cpu,
        "tables_s": float(tables.group(1)) if tables else float("nan"),
        "notebooks_s": float(notebooks.group(1)) if notebooks else float("nan"),
        "peak_mb": peak / 1e6,
        "folder_mb": sum(p.stat().st_size for p in files) / 1e6,
        "data_mb": sum(p.stat().st_size for p in (out / "data").iterdir()) / 1e6,
        "page_mb": max(len(t.encode()) for t in pages.values()) / 1e6,
        "page": max(pages, key=lambda n: len(pages[n].encode())),
        "image_px": max(_largest_image_side(t) for t in pages.values()),
    }


def scale(sizes: list[int], keep: Path | None = None) -> None:
    print(
        f"{'pairs':>8}{'corpus MB':>11}{'render s':>10}{'cpu s':>8}{'tables s':>10}"
        f"{'notebooks s':>13}"
        f"{'peak MB':>9}{'folder MB':>11}"
        f"{'data/ MB':>10}{'page MB':>9}{'image px':>10}  largest page"
    )
    for pairs in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / f"bench_{pairs}.txt"
            build_corpus(pairs, corpus)
            out = (keep / f"reports_{pairs}") if keep else Path(tmp) / "reports"
            if keep:
                shutil.rmtree(out, ignore_errors=True)
            got = render_corpus(corpus, out)
            print(
                f"{pairs:>8,}{corpus.stat().st_size / 1e6:>11.1f}{got['seconds']:>10.1f}"
                f"{got['cpu_s']:>8.1f}"
                f"{got['tables_s']:>10.1f}{got['notebooks_s']:>13.1f}"
                f"{got['peak_mb']:>9.0f}{got['folder_mb']:>11.1f}{got['data_mb']:>10.1f}"
                f"{got['page_mb']:>9.2f}{got['image_px']:>10.0f}  {got['page']}",
                flush=True,
            )
            if pairs >= 100_000:
                verdict = {
                    "render <= 90 s": got["seconds"] <= 90,
                    "peak <= 2 GB": got["peak_mb"] <= 2000,
                    "folder <= 60 MB": got["folder_mb"] <= 60,
                    "pages <= 5 MB": got["page_mb"] <= 5,
                    "images <= 4000 px": got["image_px"] <= 4000,
                }
                print(
                    "  targets: "
                    + ", ".join(f"{k}: {'ok' if v else 'MISSED'}" for k, v in verdict.items())
                )


def loop(out: Path) -> float:
    out.mkdir(parents=True, exist_ok=True)
    script = (
        f'for nb in "{ROOT}"/notebooks/[0-9][0-9]-*.ipynb; do\n'
        f'  name=$(basename "$nb")\n'
        f'  "{BIN}/papermill" -k karabakh-nb --no-progress-bar "$nb" "{out}/$name" || exit 1\n'
        f'  "{BIN}/jupyter" nbconvert --to html --no-input "{out}/$name" --log-level WARN'
        " || exit 1\n"
        "done\n"
    )
    start = time.perf_counter()
    subprocess.run(["bash", "-c", script], check=True, capture_output=True)
    return time.perf_counter() - start


def render_seeds(out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([str(BIN / "karabakh-nb"), "render", "-o", str(out), "--quiet"], check=True)
    return time.perf_counter() - start


def compare(repeat: int) -> None:
    loops, renders = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(repeat):
            loops.append(loop(Path(tmp) / f"loop{i}"))
            renders.append(render_seeds(Path(tmp) / f"render{i}"))
            print(f"run {i + 1}: loop {loops[-1]:.1f} s, render {renders[-1]:.1f} s", flush=True)
    a, b = statistics.median(loops), statistics.median(renders)
    verdict = "ok" if b <= 0.3 * a else "MISSED"
    print(
        f"bundled seeds, median: papermill+nbconvert loop {a:.1f} s, karabakh-nb render "
        f"{b:.1f} s, ratio {b / a:.2f} (target <= 0.30: {verdict})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, nargs="*", default=[20_000, 100_000])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-compare", action="store_true", help="skip the seed comparison")
    parser.add_argument("--keep", type=Path, help="keep the reports in KEEP/reports_<pairs>/")
    args = parser.parse_args()
    os.environ["KARABAKH_NB_STATIC"] = "1"
    print(f"{os.cpu_count()}-core machine", flush=True)
    if args.pairs:
        scale(args.pairs, args.keep)
    if not args.no_compare:
        compare(args.repeat)


if __name__ == "__main__":
    main()
