"""The mediator cues: which names of a sentence mediate ("X-brokered", "mediated by X").

What belongs here: the patterns over token templates that find the mediators a sentence
names and the words that say a sentence is about fighting. Which parties a mediation was
between is decided with the whole answer in view, in ``_extract``.
"""

from __future__ import annotations

import re

from ._text import _LIST, _NEGATION, _TOK, _ids, _Tok

# ---- mediator ----------------------------------------------------------------------
# "X-sponsored talks", not "an X-sponsored attempt to seize power": X backs that one.
_MEDIATION_WORD = (
    r"(?:brokered|mediated|sponsored(?=\s+(?:[\w-]+\s+){0,2}?(?:talks|peace|ceasefire|"
    r"cease-fire|truce|negotiations?|deal|accords?|agreements?|plan|summit|conference)))"
)
_MEDIATOR_PATTERNS = [
    re.compile(rf"{_TOK}[-–]{_MEDIATION_WORD}\b"),
    re.compile(
        rf"\b(?:brokered|mediated|negotiated|sponsored|arranged|facilitated)\s+by\s+(?:the\s+)?({_LIST})"
    ),
    re.compile(
        rf"({_LIST})([^«]{{0,20}}?)\b(?:brokered|mediated|brokers|mediates|helped\s+(?:to\s+)?broker|"
        rf"(?:tried|tries|offered|offers|attempted|sought|seeks|agreed)\s+to\s+(?:mediate|broker)|played\s+"
        rf"(?:the|a)\s+role\s+of\s+(?:a\s+)?mediator|(?:acted|served)\s+as\s+(?:a\s+|the\s+)?"
        rf"mediator)\b(?!\s+by\b)"
    ),
    re.compile(rf"\b(?:mediation|good\s+offices)\s+of\s+(?:the\s+)?({_LIST})"),
    re.compile(rf"{_TOK}\s+(?:mediation|mediators?)\b"),
]
# The parties a mediation names itself: "X brokered a deal between Y and Z".
_MEDIATION_BETWEEN = re.compile(rf"\bbetween\s+(?:the\s+)?({_LIST})")
_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z])[a-z]")
_PEACE_WORD = re.compile(
    r"\b(?:cease-?fire|cease\s+fire|truce|armistice|peace|talks|negotiations|agreements?|accords?"
    r"|deal|settlement|exchange|withdrawal)\b",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being)\b")
_FIGHTING_CONTEXT = re.compile(
    r"\b(?:wars?|fighting|fought|conflict|hostilities|clashes|killed|soldiers|troops|forces|"
    r"offensive|battle|ceasefire|cease-fire|truce)\b",
    re.IGNORECASE,
)


def _mediators(tpl: str, toks: list[_Tok]) -> list[int]:
    found: list[int] = []
    for pattern in _MEDIATOR_PATTERNS:
        for match in pattern.finditer(tpl):
            # "X was mediated" is passive: X is what was mediated, not the mediator.
            if pattern.groups >= 2 and (
                _NEGATION.search(match.group(2)) or _PASSIVE.search(match.group(2))
            ):
                continue
            if match.group(0).startswith("arranged") and not _PEACE_WORD.search(tpl):
                continue  # "a committee arranged by X": no mediation without a peace to make
            group = match.group(1)
            ids = [int(group)] if group.isdigit() else _ids(group)
            for i in ids:
                if toks[i].adjective and _NAME_AFTER.match(
                    tpl, tpl.index(f"«{i}»") + len(f"«{i}»")
                ):
                    continue  # "the Mozambican Church Council": a demonym describing a name
                if toks[i].kind in ("state", "org", "side") and i not in found:
                    found.append(i)
    return found
