"""Benchmark: parse and each fact table on a generated 100,000-pair corpus.

Builds a corpus in the seed's format (the seed's pairs repeated, figures shifted and
a numbered closing sentence added to every answer, so no two answers are identical and
no cache can help), then times, each in a fresh process:
reading and splitting the file (the floor), ``read_corpus`` (parse) and ``extract`` for
every kind, and the peak memory of each process. Targets: parse <= 2 s, each kind <= 10 s,
peak memory <= 1 GB.

    python benchmarks/bench_parse_facts.py [--pairs 100000]
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
import json, resource, sys, time
path, kind = sys.argv[1], sys.argv[2]
start = time.perf_counter()
if kind == "split":
    text = open(path, encoding="utf-8").read()
    blocks = [b for b in text.split("\n\n") if b.strip()]
    rows = len(blocks)
    took = time.perf_counter() - start
else:
    import karabakh_nb as kn
    start = time.perf_counter()  # the package's import (pandas) is timed apart, below
    qa = kn.read_corpus(path).qa
    parsed = time.perf_counter()
    if kind == "parse":
        rows, took = len(qa), parsed - start
    else:
        rows = len(kn.extract(qa, kind))
        took = time.perf_counter() - parsed
# worker processes (alliances uses both cores on large inputs) count too: an upper bound
peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        + 2 * resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
print(json.dumps({"rows": rows, "seconds": took, "peak_mb": peak}))
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


def measure(path: Path, kind: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), kind], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "bench.txt"
        build_corpus(args.pairs, corpus)
        size = corpus.stat().st_size / 1e6
        print(f"corpus: {args.pairs:,} pairs, {size:.1f} MB, 2-core machine")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import karabakh_nb"], check=True)
        print(
            f"import karabakh_nb (pandas, pycountry): {time.perf_counter() - started:.2f} s, "
            "not counted below"
        )
        floor = measure(corpus, "split")
        print(f"{'step':<14}{'rows':>9}{'seconds':>9}{'x split':>9}{'peak MB':>9}  target")
        print(
            f"{'read+split':<14}{floor['rows']:>9,}{floor['seconds']:>9.2f}{1:>9.1f}"
            f"{floor['peak_mb']:>9.0f}  floor"
        )
        targets = {
            "parse": 2.0,
            "timeline": 10.0,
            "alliances": 10.0,
            "demographics": 10.0,
            "casualties": 10.0,
        }
        for kind, target in targets.items():
            got = measure(corpus, kind)
            ok = "ok" if got["seconds"] <= target and got["peak_mb"] <= 1024 else "MISSED"
            print(
                f"{kind:<14}{got['rows']:>9,}{got['seconds']:>9.2f}"
                f"{got['seconds'] / floor['seconds']:>9.1f}{got['peak_mb']:>9.0f}"
                f"  <= {target:.0f} s, <= 1024 MB: {ok}"
            )


if __name__ == "__main__":
    main()
