"""Reading one large file on several processes.

What belongs here: cutting a decoded file into runs of whole blocks at places where no
question waits for its answer, and pairing the runs side by side
(:func:`karabakh_nb.parallel.map_forked`). The columns of the runs, put back in order,
are those of one pass over the file: a run starts right after a blank-line separator
whose block before does not end in ``?``, and after such a block no question is
pending, which is the only state pairing carries from block to block.
"""

from __future__ import annotations

from typing import Any

from .. import parallel
from ._blocks import Block
from ._pairs import scan_columns

_HERE_EXTRA = 0.2
# The text of the file being read, for the forked workers (set only while they run).
_TEXT: list[str] = []


def _cuts(text: str, parts: int) -> list[int]:
    """Offsets where runs 2..parts start: the first line of a block after a cut."""
    cuts: list[int] = []
    # The first run is read here and the others' columns must travel back to this process:
    # this process takes a larger share (a fifth more), so all finish together.
    size = int(len(text) / (parts + _HERE_EXTRA))
    first = int(size * (1 + _HERE_EXTRA))
    at = first
    while len(cuts) < parts - 1 and at < len(text):
        gap = text.find("\n\n", at)
        if gap < 0:
            break
        # Back to the line break that ends the block, then over every blank line.
        end = gap
        while end > 0 and text[end - 1] in " \t\f\v":
            end -= 1
        before = text[end - 1] if end > 0 else "\n"
        after = gap + 1
        while True:
            nl = text.find("\n", after)
            if nl < 0 or text[after:nl].strip():
                break
            after = nl + 1
        if before.isspace() or before == "?" or not text[after:].strip():
            at = gap + 2  # the block before may be a question: a pair could span the cut
            continue
        if cuts and after <= cuts[-1]:
            at = gap + 2
            continue
        cuts.append(after)
        at = max(after, first + size * len(cuts))
    return cuts


def _scan_run(start: int, end: int, first_line: int, source: str, stem: str | None) -> Any:
    return scan_columns(_TEXT[0][start:end], source, stem, first_line)


def scan_file(text: str, source: str, stem: str | None) -> tuple[list[list[Any]], list[Block]]:
    """:func:`scan_columns` of a whole file, on one process per core when it is large."""
    workers = parallel.worker_count(text.count("\n\n") // 2 + 1)
    cuts = _cuts(text, workers) if workers > 1 else []
    if not cuts:
        return scan_columns(text, source, stem)
    bounds = list(zip([0, *cuts], [*cuts, len(text)], strict=True))
    tasks = []
    for start, end in bounds:
        tasks.append((start, end, text.count("\n", 0, start) + 1, source, stem))
    _TEXT.append(text)
    try:
        runs = parallel.map_forked(_scan_run, tasks, workers)
    finally:
        _TEXT.clear()
    columns, orphans = runs[0]
    for more, more_orphans in runs[1:]:
        for column, part in zip(columns, more, strict=True):
            column.extend(part)
        orphans.extend(more_orphans)
    return columns, orphans
