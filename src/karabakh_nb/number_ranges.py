"""Ranges of figures: "13,000–20,000", "between 3,200 and 5,000", "4–6 million".

:func:`_ranges` reads the two ends of a range found by :mod:`karabakh_nb.numbers` as a
lower and an upper bound, and lends the high end's scale word to the low end.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from .number_words import _as_number, _scale_value

if TYPE_CHECKING:
    from .numbers import NumberMention

# What joins the two ends of a range: "13,000–20,000", "200-400", "3,000 to 10,000",
# "between A and B". It is matched between the two figures only, so a hyphen needs no
# look-ahead for the digit (one cannot see past the end of the match: "-(?=\d)" never
# matched, and "200-400" was two figures).
# A short aside with no figure may follow the low end: "between 1,020 (an official claim)
# and 45,000".
_RANGE_JOIN = re.compile(r"\s*(?:\([^()\d]{1,60}\)\s*)?(?P<word>[–—-]|to|and)\s*", re.IGNORECASE)
# The scale a range's high end ends with: "4–6 million", "1-2 lakh", "1.5–2m", "3 to 4 bn".
# "between three and four hundred millions": a word end's "hundred" and scale both lend.
_SCALE_END = re.compile(
    r"(?:(?<=[a-z])[\s-](hundred)(?:[\s-](thousand|millions?|billions?))?"
    r"|[\s-](thousand|millions?|billions?|lakhs?|crores?)|\d\s?(bln|mln|bn|mn|m|k))$",
    re.IGNORECASE,
)
_ABBREVIATED = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
                "bn": 1_000_000_000, "bln": 1_000_000_000}  # fmt: skip


def _factor(scale: re.Match[str], low: float, high: float) -> int:
    """The factor lent to ``low``: "hundred" and the scale, else the scale alone."""
    if scale.group(1):
        below = _scale_value(scale.group(2)) if scale.group(2) else 1
        return 100 * below if low * 100 * below < high else below
    if scale.group(3):
        return _scale_value(scale.group(3))
    return _ABBREVIATED[scale.group(4).lower()]


_OR_JOIN = re.compile(r"\s+or\s+", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"(?:between|from)\s+$", re.IGNORECASE)
# "from 28,000 children to 32,000 children": the two ends with the same noun each.
_UNIT_JOIN = re.compile(r"\s+([a-z]+)\s+(to|and)\s+", re.IGNORECASE)
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)  # "grew by 300 to 2,200": no range


def _scaled_like(low: NumberMention, high: NumberMention) -> NumberMention:
    """``low`` with the scale word of ``high`` when it has none and stays the smaller."""
    scale = _SCALE_END.search(high.surface)
    if scale is None or _SCALE_END.search(low.surface) or low.is_percent != high.is_percent:
        return low
    factor = _factor(scale, low.value, high.value)
    if not low.value * factor < high.value:
        return low
    return dataclasses.replace(low, value=_as_number(low.value * factor))


# "5-6,000", "40–45,000": a bare low end as long as the high end's lead, the rest zeros.
_ZEROS_END = re.compile(r"(?P<lead>[1-9]\d{0,2})(?P<zeros>(?:,000)+)")
_BARE = re.compile(r"(?:^|(?<=\s))[1-9]\d{0,2}$")  # "5", "about 40": no comma, no scale


def _thousands_like(low: NumberMention, high: NumberMention) -> NumberMention:
    """``low`` with the thousands of ``high`` when it is bare and of the high end's lead."""
    zeros = _ZEROS_END.fullmatch(high.surface)
    bare = _BARE.search(low.surface)
    if zeros is None or bare is None or low.is_percent or high.is_percent:
        return low
    lead = zeros.group("lead")
    if len(lead) != len(bare.group(0)) or not int(bare.group(0)) < int(lead):
        return low
    factor = 1000 ** zeros.group("zeros").count(",")
    return dataclasses.replace(low, value=low.value * factor)


def _ranges(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """Read the two ends of a range as a lower and an upper bound.

    "between 3,200 and 5,000" gives 3,200 ``at_least`` and 5,000 ``at_most``; a dash or
    "to" joins figures directly, "and" only after "between". Years ("1992-1993") and
    ends that do not grow are left as they are.
    """
    out = list(found)
    for i in range(len(out) - 1):
        low, high = out[i], out[i + 1]
        if _OR_JOIN.fullmatch(text, low.end, high.start) and not low.maybe_year:
            # "five or six thousand", "3 or 4 million": two estimates of one scale.
            out[i] = _scaled_like(low, high)
            continue
        if low.maybe_year or high.maybe_year:
            continue
        if low.is_percent != high.is_percent and not high.is_percent:
            continue
        opener = _RANGE_OPENER.search(text, max(0, low.start - 9), low.start)
        join = _RANGE_JOIN.fullmatch(text, low.end, high.start)
        if join is not None:
            word = join.group("word").lower()
        else:
            noun = _UNIT_JOIN.fullmatch(text, low.end, high.start)
            if noun is None or not opener or (high.unit or "").lower() != noun.group(1).lower():
                continue
            word = noun.group(2).lower()
        by = word == "to" and _BY.search(text, max(0, low.start - 3), low.start)
        if (word == "and" and not opener) or by:
            continue
        if word != "and":
            low = _thousands_like(low, high)  # "5-6,000": five and six thousand
            out[i] = low
        scale = _SCALE_END.search(high.surface)
        if scale is not None and not _SCALE_END.search(low.surface):
            # "4–6 million", "1.5 to 2 million": the high end's scale is the low end's too.
            factor = _factor(scale, low.value, high.value)
            if low.value * factor < high.value:
                value = float(Decimal(str(low.value)) * factor)
                low = dataclasses.replace(low, value=_as_number(value))
                out[i] = low
        if not low.value < high.value or high.qualifier not in ("exact", "at_most"):
            if high.is_percent and not low.is_percent and opener and low.value <= 100:
                # "dropped from 2.2 to 1.98%": a share's change, no range, both shares.
                out[i] = dataclasses.replace(low, is_percent=True)
            continue
        if high.is_percent and not low.is_percent:
            # "15-20%", "between 15 and 20 percent": the low end is a share too.
            low = dataclasses.replace(low, is_percent=True)
            out[i] = low
        if low.qualifier in ("exact", "approx"):
            # "about 400-450" too: a range's low end is its lower bound (ANNOTATING.md).
            out[i] = dataclasses.replace(low, qualifier="at_least")
        out[i + 1] = dataclasses.replace(high, qualifier="at_most")
    return out
