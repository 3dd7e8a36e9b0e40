"""Nouns that stand for the organisation named before them ("the alliance").

"NATO was founded in 1949. The alliance includes Norway, Italy and Denmark.": when an
answer has named exactly one organisation (an alliance, a bloc, a coalition) before a
sentence that says "the alliance", "the bloc", "the coalition", "the organisation" or
"the union" without naming one itself before those words, the rule engine reads the
sentence a second time with the noun as that organisation's slot, as it does for the
generic side nouns (:mod:`karabakh_nb.rules.generic`). ``evidence`` stays the sentence
as written.
"""

from __future__ import annotations

import re
from typing import Any

from ..annotate import SentenceNote
from ..annotate.template import build as build_template
from ..entities import Entity
from .generic import _Generic

__all__ = ["ORG_REFERENCE", "named_orgs", "referent_template"]

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
