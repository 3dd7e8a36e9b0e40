"""Benchmark: parse, each fact table, the four together, and export on 100,000 pairs.

Builds a corpus in the seed's format (the seed's pairs repeated, figures shifted and
a numbered closing sentence added to every answer, so no two answers are identical and
no cache of whole answers can help), then times, each in a fresh process:
reading and splitting the file (the floor), ``read_corpus`` (parse), ``extract`` for
each kind, the four fact tables together (``open_corpus(...).compute(KINDS)``, the way
``export`` reads them) and ``karabakh-nb export`` (parse, every table, findings, CSV and
Parquet). Large corpora are read by one process per core (:mod:`karabakh_nb.parallel`);
peak memory is that of the whole process tree: the largest sum, sampled every 50 ms, of
the proportional set size (shared pages counted once) of the process and its workers.

``seconds`` is wall-clock time, ``cpu s`` the processor time of the process and its
workers (on a busy machine the wall-clock time says little; ``cpu s`` / cores is the
floor of what a quiet one reaches). Targets (issues 8 and 9): parse <= 1.5 s, the four
tables together <= 10 s, peak memory <= 1 GB; export <= 15 s with peak memory <= 2 GB.

    python benchmarks/bench_parse_facts.py [--pairs 100000] [--only parse,all,export]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_c8ae912d7073d48a.txt"

CHILD = r"""
import json, os, resource, sys, threading, time
path, kind, out = sys.argv[1], sys.argv[2], sys.argv[3]

def pss(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            return sum(int(l.split()[1]) for l in f if l.startswith("Pss:"))
    except OSError:
        return 0

def tree_kb():
    me = os.getpid()
    total = pss(me)
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if ppid == me:
                total += pss(name)
    return total

peak = [0]
def sample():
    while True:
        peak[0] = max(peak[0], tree_kb())
        time.sleep(0.05)
if os.path.exists("/proc/self/smaps_rollup"):
    threading.Thread(target=sample, daemon=True).start()

def cpu():
    return sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))

start, cpu0 = time.perf_counter(), cpu()
if kind == "split":
    text = open(path, encoding="utf-8").read()
    blocks = [b for b in text.split("\n\n") if b.strip()]
    rows = len(blocks)
    took = time.perf_counter() - start
else:
    import karabakh_nb as kn
    start, cpu0 = time.perf_counter(), cpu()  # the import (pandas) is timed apart, below
    if kind == "export":
        kn.export(path, out)
        rows, took = 0, time.perf_counter() - start
    else:
        corpus = kn.open_corpus(path)
        qa = corpus.qa
        parsed, cpu0 = time.perf_counter(), (cpu0 if kind == "parse" else cpu())
        if kind == "parse":
            rows, took = len(qa), parsed - start
        elif kind == "all":
            corpus.compute(kn.KINDS)
            rows = sum(len(corpus.table(k)) for k in kn.KINDS)
            took = time.perf_counter() - parsed
        else:
            rows = len(kn.extract(qa, kind))
            took = time.perf_counter() - parsed
peak[0] = max(peak[0], tree_kb())
if not peak[0]:  # no /proc: this process and (an upper bound) its largest worker, twice
    peak[0] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
               + 2 * resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"rows": rows, "seconds": took, "cpu": cpu() - cpu0, "peak_mb": peak[0] / 1024}))
"""


def build_corpus(pairs: int, path: Path) -> None:
    """Write ``pairs`` pairs: the seed's pairs repeated, every answer made unique."""
    blocks = [b for b in SEED.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    copy = 0
    written = 0
    with path.open("w", encoding="utf-8") as out:
        while written < pairs:
            for block in blocks:
                if block.rstrip().endswith("?") and written >= pairs:
                    break

                def shift(m: re.Match[str], copy: int = copy) -> str:
                    return f"{int(m.group(0).replace(',', '')) + copy % 97:,}"

                text = re.sub(r"\b\d{1,3}(?:,\d{3})+\b", shift, block) if copy else block
                if not text.rstrip().endswith("?"):
                    text = f"{text.rstrip()} Entry {written + 10_000:,}."
                out.write(text.rstrip("\n") + "\n\n")
                if text.rstrip().endswith("?"):
                    written += 1
            copy += 1


def measure(path: Path, kind: str, out: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), kind, str(out)], capture_output=True, text=True
    )
    if done.returncode:
        sys.exit(f"{kind} failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


# step: (seconds, MB) targets; None where the issue sets none.
TARGETS: dict[str, tuple[float | None, float | None]] = {
    "parse": (1.5, 1024),
    "timeline": (None, 1024),
    "alliances": (None, 1024),
    "demographics": (None, 1024),
    "casualties": (None, 1024),
    "all": (10.0, 1024),
    "export": (15.0, 2048),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=100_000)
    parser.add_argument("--only", default=",".join(TARGETS), help="steps, comma-separated")
    args = parser.parse_args()
    steps = [s for s in args.only.split(",") if s]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "bench.txt"
        build_corpus(args.pairs, corpus)
        size = corpus.stat().st_size / 1e6
        print(f"corpus: {args.pairs:,} pairs, {size:.1f} MB, {_cores()}-core machine")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import karabakh_nb"], check=True)
        print(
            f"import karabakh_nb (pandas, pycountry): {time.perf_counter() - started:.2f} s, "
            "not counted below"
        )
        floor = measure(corpus, "split", Path(tmp) / "out")
        print(f"{'step':<14}{'rows':>9}{'seconds':>9}{'cpu s':>9}{'peak MB':>9}  target")
        print(
            f"{'read+split':<14}{floor['rows']:>9,}{floor['seconds']:>9.2f}{floor['cpu']:>9.2f}"
            f"{floor['peak_mb']:>9.0f}  floor"
        )
        for step in steps:
            seconds, mb = TARGETS[step]
            got = measure(corpus, step, Path(tmp) / "out")
            ok = (seconds is None or got["seconds"] <= seconds) and (
                mb is None or got["peak_mb"] <= mb
            )
            target = (f"<= {seconds:.1f} s, " if seconds else "") + f"<= {mb:.0f} MB"
            label = "4 tables" if step == "all" else step
            print(
                f"{label:<14}{got['rows']:>9,}{got['seconds']:>9.2f}"
                f"{got['cpu']:>9.2f}{got['peak_mb']:>9.0f}"
                f"  {target}: {'ok' if ok else 'MISSED'}",
                flush=True,
            )


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


if __name__ == "__main__":
    main()
