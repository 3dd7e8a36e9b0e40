"""Whose people a figure's noun phrase names, and names paired with figures in order.

:func:`_np_parties` reads the parties of a figure's noun phrase (a people its head names
first; a demonym typed in lower case, "three israeli soldiers", as one in capitals);
:func:`_pair_respectively` pairs figures with the names before them ("X and Y lost 300
and 500 soldiers respectively"); :func:`_stated_parties` reads whose people the rest of
the sentence says a figure of no party counts: a people named as its predicate ("half a
million of the lives lost were Estonian", "300 of the dead were Latvians"), or "other"
people of one party counted next ("716 wounded ..., with the bodies of 13 other
Estonians": the 716 were Estonians too). Split from ``_figures``.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from ..entities import find_entities
from ._patterns import _NAMES_JOINED, _PAIRED, _PARTY_KINDS, _RESPECTIVELY
from ._sources import _parties

if TYPE_CHECKING:
    from ._figures import _Figure

# "... of the lives lost were Estonian": the dead named by their people after "were".
_WERE_PEOPLE = re.compile(
    r"(?:\s+(?:lost|killed))?\s+(?:were|was)\s+(?:(?:mostly|all)\s+)?(?=[A-Z])"
)
# What may end that people's name: the clause, or a noun of people ("were Estonian soldiers").
_PEOPLE_END = re.compile(r"\s*(?:[;,.)]|$|(?:soldiers|civilians|troops|people|nationals)\b)")
# Two names side by side in a noun phrase: "British and Argentine", "Iraqi or Kuwaiti".
_NAMES_OR = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*)(?:the\s+)?")
# A lower-case word that may be a demonym typed without its capital ("israeli", "russian").
_LOWER_DEMONYM = re.compile(r"\b[a-z]+(?:an|ese|ish|i|ch|ic)\b")


def _pair_respectively(text: str, out: list[_Figure]) -> None:
    """Pair figures with names in order: "X and Y lost 300 and 500 soldiers respectively"."""
    if not _RESPECTIVELY.search(text):
        return
    i = 0
    while i < len(out):
        j = i + 1
        while j < len(out) and _PAIRED.fullmatch(text, out[j - 1].np_end, out[j].number.start):
            j += 1
        run = out[i:j]
        named = [e for e in find_entities(text[: run[0].number.start]) if e.kind in _PARTY_KINDS]
        names = named[-len(run) :] if len(run) > 1 and len(named) >= len(run) else []
        joined = all(_NAMES_JOINED.fullmatch(text, a.end, b.start) for a, b in pairwise(names))
        if names and joined and len({e.party for e in names}) == len(run):
            for fig, name in zip(run, names, strict=True):
                if not fig.parties or len(fig.parties) > 1:
                    fig.parties = [name.party]
        i = j


def _np_parties(np_text: str, head: str) -> list[str]:
    """Parties of a noun phrase, a people its head names first ("Iraqi Kurds": Kurds)."""
    entities = find_entities(np_text)
    parties = _parties(entities)
    if not parties:
        # "three israeli soldiers": a demonym typed in lower case, as its capitalised form
        # (only a demonym: "turkey", "chad" or "georgia" in lower case name no state).
        for word in _LOWER_DEMONYM.finditer(np_text):
            found = find_entities(word.group(0).capitalize())
            if len(found) == 1 and found[0].adjective and found[0].kind in _PARTY_KINDS:
                parties.append(found[0].party)
    last = entities[-1] if entities else None
    if last is not None and last.kind == "people" and head.endswith(last.surface):
        parties.remove(last.party)
        parties.insert(0, last.party)
    return parties


def _joined_names(np_text: str) -> bool:
    """Whether two names of parties stand joined in a noun phrase ("British and Argentine").

    A region named with a state is read as one side ("Armenian and Karabakh soldiers"):
    a region's fighters stand with the state beside it more often than against it.
    """
    named = [e for e in find_entities(np_text) if e.kind in _PARTY_KINDS]
    return any(
        a.party != b.party
        and "region" not in (a.kind, b.kind)
        and _NAMES_OR.fullmatch(np_text, a.end, b.start)
        for a, b in pairwise(named)
    )


def _stated_parties(text: str, out: list[_Figure]) -> None:
    """Give a figure of no party the one its sentence states (see the module docstring)."""
    for index, fig in enumerate(out):
        if fig.parties:
            continue
        were = _WERE_PEOPLE.match(text, fig.np_end) if fig.cue and fig.head else None
        if were is not None:
            named = [e for e in find_entities(text[were.end() : were.end() + 60]) if e.start == 0]
            if (
                named
                and named[0].kind in _PARTY_KINDS
                and (named[0].adjective or named[0].kind == "people")
                and _PEOPLE_END.match(text, were.end() + named[0].end)
            ):
                fig.parties = [named[0].party]
                continue
        after = out[index + 1] if index + 1 < len(out) else None
        if (
            after is not None
            and len(after.parties) == 1
            and after.mods.split()[:1] == ["other"]
            and fig.subset_of is None
            and after.subset_of is None
        ):
            fig.parties = list(after.parties)


def _those_of(out: list[_Figure], det: str, cue: str | None) -> None:
    """A part: "40 X sailors were killed, though only 12 of those deaths were in combat".

    A figure of "those" or "these" deaths after a figure of people is part of
    it, so its people's (a whole of its own, "300 of the 5,000 soldiers", is
    not the figure before).
    """
    fig = out[-1]
    if det not in ("those", "these") or fig.subset_of is not None or fig.parties:
        return
    if len(out) > 1 and out[-2].head is not None and cue == "killed":
        fig.subset_of, fig.part_after = len(out) - 2, True
