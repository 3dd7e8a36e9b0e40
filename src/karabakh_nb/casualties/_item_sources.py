"""Who gives each item's figure in a list of items, each naming its own source.

"300 killed (est.); 9,000 killed according to X; 20,000 killed according to Y": a source
named after a figure, inside one item of a list cut by semicolons, gives that item's
figure only, not the other items'. A source opening the sentence ("According to X, 300
died; 200 were wounded") still gives every item's.
"""

from __future__ import annotations

import bisect

from ._sources import _Source, _source_in


def _item_sources(
    answer: str, start: int, end: int, source: _Source | None, figure_starts: list[int]
) -> list[tuple[int, _Source | None]] | None:
    """Each item's start (offset in the sentence) and source, or None to keep ``source``.

    Items are the sentence's parts between semicolons; they are read one by one only when
    the sentence's source is named after its first figure and another item holds a figure.
    """
    if source is None or not figure_starts or source.cue_end <= start + figure_starts[0]:
        return None
    sentence = answer[start:end]
    if ";" not in sentence:
        return None
    cuts = [0] + [i + 1 for i, ch in enumerate(sentence) if ch == ";"]
    holding = {bisect.bisect_right(cuts, s) - 1 for s in figure_starts}
    if len(holding) < 2:
        return None
    items: list[tuple[int, _Source | None]] = []
    for at, cut in enumerate(cuts):
        stop = cuts[at + 1] - 1 if at + 1 < len(cuts) else len(sentence)
        items.append(
            (cut, _source_in(answer, start + cut, start + stop) if at in holding else None)
        )
    return items


def _source_of_item(items: list[tuple[int, _Source | None]], pos: int) -> _Source | None:
    """The source of the item holding the figure at ``pos`` (offset in the sentence)."""
    at = bisect.bisect_right([cut for cut, _ in items], pos) - 1
    return items[at][1]
