"""Benchmark: ``karabakh-nb render`` against the plain way, side by side in one run.

The plain way is a shell loop, one notebook at a time, of the ``papermill`` CLI and then
``jupyter nbconvert --to html --no-input``. Both run on the bundled seeds with the
project's kernel. Target: render wall time <= 0.6 x the loop's.

    python benchmarks/bench_render.py [--repeat 2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


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


def render(out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([str(BIN / "karabakh-nb"), "render", "-o", str(out), "--quiet"], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    os.environ["KARABAKH_NB_STATIC"] = "1"
    loops, renders = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeat):
            loops.append(loop(Path(tmp) / f"loop{i}"))
            renders.append(render(Path(tmp) / f"render{i}"))
            print(f"run {i + 1}: loop {loops[-1]:.1f} s, render {renders[-1]:.1f} s", flush=True)
    a, b = statistics.median(loops), statistics.median(renders)
    verdict = "ok" if b <= 0.6 * a else "MISSED"
    print(
        f"median: papermill+nbconvert loop {a:.1f} s, karabakh-nb render {b:.1f} s, "
        f"ratio {b / a:.2f} (target <= 0.60: {verdict})"
    )


if __name__ == "__main__":
    main()
