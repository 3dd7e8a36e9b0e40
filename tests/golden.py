"""The golden tables: every fact table of every test file, checked in as CSV.

``make golden`` runs ``python -m tests.golden`` to rewrite ``tests/golden/`` and then
shows the diff, so a rule change shows every row it moves across all files;
``tests/test_golden.py`` fails while the stored tables and the extractors disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"


def sources() -> list[Path]:
    """The Q&A files whose tables are kept: the seeds, the fixtures and the corpus."""
    found = sorted((ROOT / "seeds").glob("*.txt"))
    found += sorted((ROOT / "tests" / "data").glob("*.txt"))
    found += sorted((ROOT / "tests" / "corpus").glob("*/*.txt"))
    return found


def tables(path: Path) -> dict[str, str]:
    """The CSV text of each fact table of one file, keyed by kind."""
    from karabakh_nb.cli import format_table
    from karabakh_nb.facts import KINDS, extract
    from karabakh_nb.parse import read_corpus

    qa = read_corpus([path]).qa
    return {kind: format_table(extract(qa, kind), "csv") + "\n" for kind in KINDS}


def stored(path: Path, kind: str) -> Path:
    """Where the golden table of ``kind`` for the Q&A file ``path`` lives."""
    return GOLDEN / path.relative_to(ROOT).with_suffix("") / f"{kind}.csv"


def main() -> int:
    """Rewrite every golden table; print how many changed."""
    changed = 0
    for path in sources():
        for kind, text in tables(path).items():
            target = stored(path, kind)
            target.parent.mkdir(parents=True, exist_ok=True)
            old = target.read_text(encoding="utf-8") if target.exists() else None
            if old != text:
                target.write_text(text, encoding="utf-8")
                changed += 1
    print(f"golden: {changed} table(s) rewritten under {GOLDEN.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
