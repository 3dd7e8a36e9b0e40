"""The parts of a figure counted before ("Of these, 300 were X, 200 Y", split from ``_figures``).

:func:`_refer_back` marks a figure just read as people counted before, and as part of
whom. :func:`_listed_opener` carries a part's opener ("Of these,", "of whom") on to the
parts listed after it ("Of these, 300 were police, 200 were soldiers and 50 were
civilians"; "of whom between 20 and 30 were children"), so each part is read like the first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..entities import find_entities
from ._categories import _noun_cue
from ._sources import _parties

if TYPE_CHECKING:
    from ._figures import _Figure

# What joins two parts of one list: ", ", ", and ", " and ".
_LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.IGNORECASE)
# "between" / "from" before a range's low end, which its number does not include.
_RANGE_WORD = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)

# "The number includes 400 civilians and 200 soldiers": parts of a figure counted before.
_INCLUDES = re.compile(
    r"^\s*(?:the|this|that|these|those)\s+(?P<np>(?:death\s+)?(?:number|toll|figures?|total|deaths))"
    r"\s+(?:includes|included|include)\s+$",
    re.IGNORECASE,
)


def _includes_opener(text: str, start: int) -> re.Match[str] | None:
    """The opener "The number includes" right before the figure at ``start``."""
    return _INCLUDES.match(text, 0, start) if start < 60 else None


def _before_range_word(text: str, start: int) -> int:
    """Where "between" / "from" right before ``start`` begins (else ``start``)."""
    word = _RANGE_WORD.search(text, max(0, start - 9), start)
    return start if word is None else word.start()


def _listed_opener(
    text: str,
    start: int,
    out: list[_Figure],
    chain: tuple[re.Match[str] | None, int] | None,
) -> tuple[re.Match[str] | None] | None:
    """The opener of the part just read (in a tuple), when the figure at ``start`` is the next."""
    if chain is None or not out or chain[1] != len(out) - 1:
        return None
    start = _before_range_word(text, start)  # "..., between 20 and 30 were Y"
    if _LIST_LINK.fullmatch(text, out[-1].number.end, start) is None and (
        _LIST_LINK.fullmatch(text, out[-1].np_end, start) is None
    ):
        return None
    return (chain[0],)


def _refer_back(
    out: list[_Figure],
    text: str,
    opener: re.Match[str] | None,
    back: bool,
    part_after: bool,
    part_np: bool,
) -> None:
    """Mark the figure just read as people counted before, and as part of whom."""
    fig = out[-1]
    fig.anaphoric = back
    if part_after:  # "2,500 civilian deaths, 89 of whom were children"
        if len(out) > 1:
            fig.subset_of, fig.part_after = len(out) - 2, True
        else:
            fig.anaphoric = True
    if opener is None:
        return
    # "Of the 49,985 wounded, 7132 were officers": a part of that figure (of the one in
    # the opener, also for the parts listed after the first).
    inside = next(
        (k for k in range(len(out) - 2, -1, -1)
         if opener.start() <= out[k].number.start < opener.end()),
        None,
    )  # fmt: skip
    if inside is not None:
        fig.subset_of, fig.part_after = inside, True
        fig.parties = fig.parties or list(out[inside].parties)  # "Of some 9,000 Estonians, 700"
        return
    np = opener.group("np") or ""
    if not fig.parties:  # "Of the Afghan population ..., more than 5 million fled"
        fig.parties = _parties(find_entities(np))
    if fig.cue is None:  # "Of those victims, 30,514 were Bosniak civilians"
        fig.cue = _noun_cue(None, np)
    fig.anaphoric = fig.anaphoric or not fig.parties
    # "Of these, 1979 were officers": no verb of its own, the earlier figure's.
    fig.part_before = part_np and fig.cue is None
