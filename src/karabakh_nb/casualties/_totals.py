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
    number = numbers[index]
    if index and _DASH.fullmatch(text, numbers[index - 1].end, number.start):
        number = numbers[index - 1]  # "Total: 110,000–126,000": the high end of the total
    label = _TOTAL_LABEL.search(text, max(0, number.start - 12), number.start)
    if label is None or not out or out[-1].number.start >= label.start():
        return False
    last = out[-1].number.end
    between = text[last : label.start()]
    return label.start() - last <= _SPAN and ":" not in between and bool(_SUMMED.search(between))
