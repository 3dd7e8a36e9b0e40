"""A figure read twice is one row: a sentence that repeats it, a whole that restates it.

Two readings of one figure are dropped from an answer's rows, the later one kept only
when it says more:

- the same figure of the same people, kind and qualifier twice in one sentence (an
  infobox's line glued to the prose that repeats it: "X: 800 killed 400 missing X lost
  800 killed and 400 missing"), and a header's figure of no party that the sentence then
  gives as a named party's ("3,000 killed Casualties ... X: 3,000 killed": X's);
- the whole a sentence opens with ("Of the 9,000 killed, 2,000 were ...", "Of those
  50,000 casualties, ...") when an earlier sentence of the answer already gave that
  figure of that kind: it is counted again, not counted anew.
"""

from __future__ import annotations

import re
from typing import Any

from ..numbers import find_numbers

# "Of the 9,000 killed, ...", "Of those 50,000 casualties": a whole opening the sentence.
_WHOLE_OPENING = re.compile(r"\s*of\s+(?:those|these)\s+", re.IGNORECASE)


def _whole_value(evidence: str) -> float | None:
    """The figure an "Of the N ..." opening of ``evidence`` names as a whole, if any."""
    match = _WHOLE_OPENING.match(evidence)
    if match is None:
        return None
    numbers = find_numbers(evidence[: match.end() + 40])
    first = next((n for n in numbers if n.start >= match.end()), None)
    if first is None or first.start != match.end() or first.is_percent:
        return None
    return float(first.value)


def _drop_repeats(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` of one answer, in order, without the figures read twice (module docstring)."""
    kept: list[dict[str, Any]] = []
    for row in rows:
        evidence = row["evidence"]
        same_sentence = [k for k in kept if k["evidence"] == evidence]
        twin = next(
            (
                k
                for k in same_sentence
                if k["count"] == row["count"]
                and k["category"] == row["category"]
                and k["qualifier"] == row["qualifier"]
            ),
            None,
        )
        if twin is not None and twin["party"] == row["party"]:
            continue
        if twin is not None and twin["party"] == "unspecified":
            kept.remove(twin)  # a header's figure, given again as a named party's
        elif twin is not None and row["party"] == "unspecified":
            continue
        if _whole_value(evidence) == float(row["count"]) and any(
            k["evidence"] != evidence
            and k["count"] == row["count"]
            and k["category"] == row["category"]
            for k in kept
        ):
            continue
        kept.append(row)
    return kept
