"""The category of a casualty figure: what its noun names and what kind of people it counts.

Split from ``_figures``: :func:`_noun_cue` reads the casualty a figure's own noun phrase
names ("deaths", "wounded soldiers", "refugees"); :func:`_category` the row's category
from the casualty word and the kind of people counted (soldiers are ``military``,
villagers ``civilian``; see the package docstring, "Category").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._patterns import _CIVILIAN, _CIVILIAN_MOD, _MILITARY_MOD
from ._patterns import _MILITARY as _MILITARY_WORDS

if TYPE_CHECKING:
    from ._figures import _Figure

# The heads are compared in lower case, so the list's capitals ("POWs") are too.
_MILITARY = frozenset(w.lower() for w in _MILITARY_WORDS)


def _noun_cue(head: str | None, mods: str) -> str | None:
    """The casualty a figure's own noun phrase names ("deaths", "wounded soldiers")."""
    words = f"{mods} {head or ''}".lower()
    if re.search(r"\bmissing\b", words):
        return "missing"
    if re.search(r"\b(?:wounded|injured|injuries)\b", words):
        return "wounded"
    if re.search(
        r"\b(?:displaced|uprooted|refugees?|idps?|evacuees|asylum\s+seekers|deportees"
        r"|expellees)\b",
        words,
    ):
        return "displaced"
    if re.search(r"\b(?:dead|killed|deaths?|fatalit(?:y|ies)|casualt(?:y|ies)|victims?"
                 r"|lives|bodies)\b", words):  # fmt: skip
        return "killed"
    return None


def _category(cue: str, fig: _Figure) -> str:
    if cue != "killed":
        return cue
    if fig.military:
        return "military"
    # A joint head ("officers and soldiers", "soldiers, marines and sailors") is of one kind
    # only when every part is.
    parts = re.split(
        r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+(?:\S+\s+){0,2}?", (fig.head or "").lower()
    )
    heads = [h.split()[-1] if h.split() else h for h in parts]
    # A noun of two words may be read as a modifier and its head: "U.S. service members",
    # "the Freedonian security forces" are soldiers although "members" and "forces" alone
    # say nothing.
    last_mod = fig.mods.split()[-1].lower() if fig.mods.split() else ""
    phrases = [
        f"{last_mod} {h}" if len(p.split()) == 1 else p for h, p in zip(heads, parts, strict=True)
    ]
    if all(h in _MILITARY or p in _MILITARY for h, p in zip(heads, phrases, strict=True)) or (
        len(heads) == 1 and _MILITARY_MOD.search(fig.mods)
    ):
        return "military"
    if heads == ["citizens"] and (fig.parties or fig.possessive):
        return "unspecified"  # "Croatian citizens", "its citizens": all a state's people
    # "men, women and children": men listed with women are civilians too (not "men and boys")
    civil = [h in _CIVILIAN or p in _CIVILIAN for h, p in zip(heads, phrases, strict=True)]
    if "women" in heads:
        civil = [c or h == "men" for c, h in zip(civil, heads, strict=True)]
    if all(civil) or (len(heads) == 1 and _CIVILIAN_MOD.search(fig.mods)):
        return "civilian"
    if fig.head is None and fig.mods:
        # A toll's own noun: "the number of Estonian soldiers killed is 13,000".
        words = {w.lower() for w in re.findall(r"[\w'’-]+", fig.mods)}
        military, civilian = bool(words & _MILITARY), bool(words & _CIVILIAN)
        if military != civilian:
            return "military" if military else "civilian"
    return "unspecified"
