"""Benchmark: time against the length of one answer, for adversarial shapes of text.

Each shape is one answer of one Q&A pair, grown to 1, 10, 40 and 100 KB by repeating
a unit (a capitalised word, a date, "N soldiers, ", "according to X, N were killed",
comma-grouped figures and years, a state's name in a list); every unit differs from the
last, so no cache can help. For every shape and size, a fresh process warms up on a
short answer (patterns compile on first use), then parses the file and extracts each
table; a size that passes the time limit stops that shape.

Time per KB should stay flat: the last column is the ratio of time per KB at the
largest size to that at the smallest size above a noise floor (50 ms, the fixed cost
of building a table), and a ratio over ``--limit-ratio`` is flagged ``SUPER-LINEAR``
(a quadratic step shows about 10 for 10 KB against 100 KB). Where a sentence holds
thousands of facts, each row's ``evidence`` is that whole sentence: the output itself
grows as rows x sentence length, and a ratio near 2 is the cost of building it.

    python benchmarks/bench_adversarial.py [--sizes 1 10 40 100] [--shape NAME]... [--timeout 120]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

NOISE = 0.05  # seconds: below, a step's time is its fixed cost
KINDS = ("parse", "timeline", "alliances", "demographics", "casualties")
STATES = (
    "Armenia", "Azerbaijan", "Russia", "Turkey", "Georgia", "Iran", "France", "Ukraine",
    "Belarus", "Kazakhstan", "Israel", "Pakistan", "Greece", "Cyprus", "India", "China",
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
WORDS = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India")


def _caps(i: int) -> str:
    return f"{WORDS[i % len(WORDS)]}{i // len(WORDS)} "


def _dates(i: int) -> str:
    return f"{1 + i % 28} {MONTHS[i % 12]} {1900 + i % 120}, "


def _soldiers(i: int) -> str:
    return f"{1000 + i:,} soldiers, "


def _according(i: int) -> str:
    return f"according to {STATES[i % len(STATES)]}, {100 + i} were killed, "


def _figures_years(i: int) -> str:
    return f"{1000 + i:,}, {1900 + i % 120}, {100000 + 7 * i:,} "


def _states(i: int) -> str:
    return f"{STATES[i % len(STATES)]}, "


def _population_list(i: int) -> str:
    return f"the population of {STATES[i % len(STATES)]} was {10000 + i:,} in {1900 + i % 120}, "


SHAPES: dict[str, tuple[str, Callable[[int], str], str]] = {
    # name: (opening, unit, closing)
    "capitalised": ("", _caps, "were killed."),
    "dates": ("The war began on ", _dates, "and ended."),
    "soldiers": ("In the war ", _soldiers, "were killed."),
    "according": ("", _according, "and the war ended."),
    "figures_years": ("The population ", _figures_years, "people."),
    "states": ("Armenia is a member of the CSTO with ", _states, "and Russia."),
    "population": ("In the census ", _population_list, "and it grew."),
    "sentences": ("", lambda i: f"A{_according(i)[1:-2]} on {_dates(i)[:-2]}. ", ""),
}

CHILD = r"""
import json, sys, time
path, warm = sys.argv[1], sys.argv[2]
import karabakh_nb as kn
qa = kn.read_corpus(warm).qa
for kind in kn.KINDS:  # patterns compile and rules load on first use: not timed
    kn.extract(qa, kind)
start = time.perf_counter()
qa = kn.read_corpus(path).qa
print(json.dumps({"kind": "parse", "seconds": time.perf_counter() - start}), flush=True)
for kind in kn.KINDS:
    start = time.perf_counter()
    rows = len(kn.extract(qa, kind))
    print(json.dumps({"kind": kind, "seconds": time.perf_counter() - start, "rows": rows}),
          flush=True)
"""
# The warm-up answer holds one of each shape's units.
WARM_UP = " ".join(unit(i) for i, (_, unit, _) in enumerate(SHAPES.values())) + "were killed."


def answer(shape: str, kb: float) -> str:
    """The answer of ``shape`` grown to about ``kb`` KB."""
    opening, unit, closing = SHAPES[shape]
    parts = [opening]
    size, i = len(opening) + len(closing), 0
    while size < kb * 1000:
        piece = unit(i)
        parts.append(piece)
        size += len(piece)
        i += 1
    return "".join(parts) + closing


def measure(path: Path, warm: Path, timeout: float) -> dict[str, float]:
    """Seconds per step in a fresh process, after a warm-up on a short answer."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), str(warm)],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        out = done.stdout
        if done.returncode != 0:
            print(f"  ({path.name}: {(done.stderr.strip().splitlines() or ['?'])[-1]})")
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
    times = {row["kind"]: row["seconds"] for row in map(json.loads, out.splitlines())}
    return {kind: times.get(kind, float("inf")) for kind in KINDS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10, 40, 100])
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES))
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per size")
    parser.add_argument("--limit-ratio", type=float, default=3.0)
    args = parser.parse_args()
    flagged = 0
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.txt"
        warm.write_text(f"How many died?\n\n{WARM_UP}\n", encoding="utf-8")
        print("seconds per step, after a warm-up; ratio: time per KB, largest / smallest size")
        header = "".join(f"{f'{kb:g} KB':>10}" for kb in args.sizes)
        print(f"{'shape':<14}{'step':<13}{header}{'ratio':>8}")
        for shape in args.shape or list(SHAPES):
            results: list[dict[str, float]] = []
            for kb in args.sizes:
                path = Path(tmp) / f"{shape}.txt"
                path.write_text(f"How many died?\n\n{answer(shape, kb)}\n", encoding="utf-8")
                results.append(measure(path, warm, args.timeout))
                if any(t == float("inf") for t in results[-1].values()):
                    break
            for kind in KINDS:
                times = [r[kind] for r in results]
                cells = "".join(f"{t:>10.3f}" for t in times)
                cells += "".join(f"{'-':>10}" for _ in args.sizes[len(times) :])
                # The smallest size above the noise floor, against the largest.
                over = [(kb, t) for kb, t in zip(args.sizes, times, strict=False) if t > NOISE]
                ratio = (over[-1][1] / over[-1][0]) / (over[0][1] / over[0][0]) if over else 1.0
                if float("inf") in times:
                    ratio = float("inf")
                mark = "  SUPER-LINEAR" if ratio > args.limit_ratio else ""
                flagged += bool(mark)
                print(f"{shape:<14}{kind:<13}{cells}{ratio:>8.1f}{mark}", flush=True)
    print(f"{flagged} step(s) grow super-linearly" if flagged else "every step grows linearly")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
