"""A bare total after a list of casualty figures: "13 dead 39 wounded Total: 71".

An infobox sums each side's figures under a label "Total:"; the sum is a casualty figure of
no kind (and of no side but the one a label names), like the ones it sums. Only right after
a figure of casualties (a casualty word between it and the label), not after troops
("Strength 20,000 troops Total: 40,000"); the high end of a range after the label too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..numbers import NumberMention
from ._patterns import _DASH, _TOTAL_LABEL

if TYPE_CHECKING:
    from ._figures import _Figure

# The casualty words an infobox puts after its figures ("captured": its prisoners).
_SUMMED = re.compile(
    r"\b(?:dead|killed|wounded|injured|missing|captured|casualties|deaths|KIA|WIA|MIA)\b",
    re.IGNORECASE,
)
_SPAN = 80  # how far before the label the figure summed may end


def _is_total(text: str, out: list[_Figure], numbers: list[NumberMention], index: int) -> bool:
    """True when the bare number ``numbers[index]`` is a "Total:" of the figures before it."""
    if index and _DASH.fullmatch(text, numbers[index - 1].end, numbers[index].start):
        index -= 1  # "Total: 110,000–126,000": the high end of the total
    number = numbers[index]
    label = _TOTAL_LABEL.search(text, max(0, number.start - 12), number.start)
    if label is None or not out or not index or out[-1].number.start >= label.start():
        return False
    # The figures summed run up to the label: the number before it is near, and the last
    # casualty figure read (past uncounted ones: "65,000 captured 30,000 interned") nearer
    # than two spans, with a casualty word after it and no other label.
    last = out[-1].number.end
    between = text[last : label.start()]
    return (
        label.start() - numbers[index - 1].end <= _SPAN
        and label.start() - last <= 2 * _SPAN
        and ":" not in between
        and bool(_SUMMED.search(between))
    )
