"""Nouns that stand for the organisation named before them ("the alliance").

"NATO was founded in 1949. The alliance includes Norway, Italy and Denmark.": when an
answer has named exactly one organisation (an alliance, a bloc, a coalition) before a
sentence that says "the alliance", "the bloc", "the coalition", "the organisation" or
"the union" without naming one itself before those words, the rule engine reads the
sentence a second time with the noun as that organisation's slot, as it does for the
generic side nouns (:mod:`karabakh_nb.rules.generic`). ``evidence`` stays the sentence
as written.

Operations likewise: "X staged a military intervention in Y. The intervention was backed
by Z." -- "the intervention" (or "the invasion", "the offensive", "the campaign", ...)
stands for the party that waged the last operation the answer named with its agent
("X launched / staged / began an offensive", "the offensive, launched by X", "X's
invasion", "the X-led intervention"), when the sentence names no agent of its own.
"""

from __future__ import annotations

import re
from typing import Any

from ..annotate import SentenceNote
from ..annotate.template import CLOSE, OPEN
from ..annotate.template import build as build_template
from ..entities import Entity, kind_of
from .generic import _Generic

__all__ = [
    "EVENT_REFERENCE",
    "ORG_REFERENCE",
    "event_agent",
    "event_template",
    "named_orgs",
    "referent_template",
]

# "the alliance", "the bloc", "the coalition", "the organisation", "the union".
ORG_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?:alliance|bloc|coalition|organi[sz]ation|union)\b(?!\s+(?:of|between|with)\b)"
)


def named_orgs(sent: SentenceNote) -> list[str]:
    """The organisations a sentence names, in order, each once."""
    return list(dict.fromkeys(e.name for e in sent.entities if e.kind == "org"))


def referent_template(sent: SentenceNote, org: str) -> Any | None:
    """The sentence with "the alliance" etc. as ``org``'s slot, or None if it has none.

    A sentence that names an organisation before the noun keeps its own reading.
    """
    extra: list[Entity] = []
    for match in ORG_REFERENCE.finditer(sent.text):
        start, end = match.span()
        if any(e.start < end and start < e.end for e in sent.entities):
            continue
        if any(e.kind == "org" and e.end <= start for e in sent.entities):
            continue
        extra.append(Entity(org, "org", match.group(0), start, end, False, org, False))
    if not extra:
        return None
    entities = sorted([*sent.entities, *extra], key=lambda e: e.start)
    return _Generic(sent, build_template(sent.text, entities, list(sent.numbers)))


_OPERATION = (
    r"(?:intervention|invasion|offensive|counteroffensive|counter-offensive|campaign|"
    r"operation|incursion|assault|onslaught|air\s+war|bombing\s+campaign)"
)
# "the intervention", "the military campaign" standing alone (no "of Y", "by X" after it).
EVENT_REFERENCE = re.compile(
    rf"\b[Tt]he\s+(?:(?:military|ground|air|full-scale|armed|foreign|offensive)\s+)?{_OPERATION}"
    r"\b(?!\s+(?:of|by|against|on|into|in\s+support)\b)(?![-‐]\w)"
)
_OPERATION_WORD = re.compile(
    r"intervention|invasion|offensive|campaign|operation|incursion|assault|onslaught|air war",
    re.IGNORECASE,
)
_SLOT = rf"{OPEN}([EJO])(\d+){CLOSE}"
_AGENT_PATTERNS = (
    # "the Saudi-led intervention", "Russia's invasion", "the Iraqi invasion"
    re.compile(rf"{_SLOT}(?:['’]s?|-led)?\s+(?:[\w-]+\s+){{0,2}}?{_OPERATION}\b", re.I),
    # "the Tet Offensive, launched by North Vietnamese forces"
    re.compile(
        rf"{_OPERATION}\s*,?\s+(?:which\s+was\s+)?(?:launched|led|staged|mounted|carried\s+out|"
        rf"conducted|waged|begun|initiated|started)\s+by\s+(?:the\s+)?{_SLOT}",
        re.I,
    ),
    # "X, leading a coalition of nine countries, staged a military intervention"
    re.compile(
        rf"^[^{OPEN};]{{0,60}}?{_SLOT}(?:['’]s?)?(?:\s+\w+)?(?:\s*,[^;]{{0,120}}?,)?\s+"
        rf"(?:(?:had|has|have|then|later|also|soon)\s+)?(?:staged|launched|began|mounted|"
        rf"carried\s+out|conducted|waged|initiated|started|unleashed)\s+(?:a|an|the|its|their)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{_OPERATION}\b",
        re.I,
    ),
)


def event_agent(sent: SentenceNote) -> str | None:
    """The party a sentence says waged an operation ("X launched an offensive"), or None."""
    if not _OPERATION_WORD.search(sent.text):
        return None
    tpl = sent.template
    for pattern in _AGENT_PATTERNS:
        match = pattern.search(tpl.text)
        if match is not None and match.group(1) in "EJO":
            slot = tpl.slot(match.group(2))
            return str(slot.name)
    return None


def event_template(sent: SentenceNote, agent: str, extra: list[Entity]) -> list[Entity]:
    """The entities that "the intervention" etc. of a sentence add, standing for ``agent``.

    A sentence that names an agent of its own keeps its own reading.
    """
    if event_agent(sent) is not None:
        return []
    taken = [(e.start, e.end) for e in [*sent.entities, *extra]]
    out: list[Entity] = []
    kind = kind_of(agent) or "state"
    for match in EVENT_REFERENCE.finditer(sent.text):
        start, end = match.span()
        if any(a < end and start < b for a, b in taken):
            continue
        out.append(Entity(agent, kind, match.group(0), start, end, False, agent, False))
    return out


def with_entities(sent: SentenceNote, extra: list[Entity]) -> Any:
    """The sentence read again with ``extra`` mentions as name slots."""
    entities = sorted([*sent.entities, *extra], key=lambda e: e.start)
    return _Generic(sent, build_template(sent.text, entities, list(sent.numbers)))
