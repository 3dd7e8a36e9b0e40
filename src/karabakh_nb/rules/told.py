"""Relations a sentence tells as someone's belief or accusation, not as a fact.

What belongs here: "X believed that A supported B", "X feared that A would arm B", "X
accused A of supplying arms to B". What follows the cue, to the clause's end, is what X holds
true, so a relation with a party named only there is no fact: X is no party of what it
believes. An
accuser stands against the accused: in "A accused B of shelling its villages" A is named
before the cue, so A and B are still read as adversaries.
"""

from __future__ import annotations

import re

from ..annotate import annotate

__all__ = ["told"]

_BELIEF = re.compile(
    r"\b(?:believ(?:ed|es)|fear(?:ed|s)|suspect(?:ed|s)|alleg(?:ed|es)|claim(?:ed|s)|"
    r"worri(?:ed|es)|thought|suggested)\s+that\b",
    re.IGNORECASE,
)
# What is believed runs to the clause's end: "Following claims that A ..., B invaded A".
_CLAUSE_END = re.compile(r"[,;:]")
_OPENS_IF = re.compile(r"\b(?:if|when|unless|once)\b", re.IGNORECASE)
_ACCUSED = re.compile(r"\baccus(?:ed|es|ing)\s+(?:[^\s,;]+\s+){1,6}?of\b", re.IGNORECASE)

# What told gives depends on the sentence and the two names alone; emptied when full.
_TOLD_CACHE: dict[tuple[str, str, str], bool] = {}


def told(evidence: str, a: str, b: str) -> bool:
    """True when both ``a`` and ``b`` are first named after a cue of belief or accusation."""
    key = (evidence, a, b)
    kept = _TOLD_CACHE.get(key)
    if kept is None:
        if len(_TOLD_CACHE) >= 16_384:
            _TOLD_CACHE.clear()
        _TOLD_CACHE[key] = kept = _read_told(evidence, a, b)
    return kept


def _read_told(evidence: str, a: str, b: str) -> bool:
    belief = _BELIEF.search(evidence)
    accused = _ACCUSED.search(evidence)
    if belief is None and accused is None:
        return False
    sentences = annotate(evidence).sentences
    if not sentences:
        return False
    cue = belief or accused
    assert cue is not None
    end = _CLAUSE_END.search(evidence, cue.end())
    if end is not None and _OPENS_IF.search(evidence, cue.end(), end.start()):
        end = _CLAUSE_END.search(evidence, end.end())  # "feared that if A won, B would ..."
    scope = (cue.start(), end.start() if end else len(evidence))
    inside = []
    for name in (a, b):
        spots = [e.start for e in sentences[0].entities if name in (e.name, e.party)]
        if not spots:
            return False
        inside.append(all(scope[0] <= spot < scope[1] for spot in spots))
    # the believer is no party of what it believes; the accuser stands against the accused
    return any(inside) if belief is not None else all(inside)
