"""The relation a sentence states between its only two parties, when no rule read it.

What belongs here: the last reading of the alliances table. Rules read how a sentence
says a relation ("A, supported by B, ..."); written English has more ways than any set
of rules, and on text no rule was written for most relations are missed. A sentence
that names exactly two parties (states, sides, organisations), both affirmed, whose
words are those of one relation only (support and alliance, or war and fighting), and
that gave no row of any rule, states that relation between them: ``ally`` and
``adversary`` are symmetric, so who does what to whom does not matter. A sentence with
cue words of both, of mediation or membership (whose direction matters), a question,
or a third party, gives nothing here.
"""

from __future__ import annotations

import re
from typing import Any

from ..annotate import annotate

__all__ = ["backoff_rows"]

# Cue words of each relation, whole words, matched on lower-cased text.
_CUES = {
    "ally": re.compile(
        r"\b(?:support(?:ed|s|ing|er|ers)?|back(?:ed|ing|er|ers)|allied|alliance|all(?:y|ies)"
        r"|aid(?:ed)?|assist(?:ed|ance)|arm(?:ed|ing|s supplies)|sponsor(?:ed|ship)"
        r"|sided with|on the side of|alongside|fought for|in support of)\b"
    ),
    "adversary": re.compile(
        r"\b(?:war|wars|fought|fighting|fight|invad(?:ed|ing|e)|invasion|attack(?:ed|s|ing)?"
        r"|conflict|clash(?:ed|es)|hostilities|offensive|bomb(?:ed|ing)|shell(?:ed|ing)"
        r"|occup(?:ied|ation)|against|enem(?:y|ies)|adversar(?:y|ies)|rival(?:s|ry)?)\b"
    ),
}
# Words whose relation has a direction or is another one: a sentence with them is left.
_OTHER = re.compile(
    r"\b(?:mediat\w*|brokered|broker|negotiat\w*|talks|ceasefire|truce|peace|member\w*"
    r"|join(?:ed|s)?|recogni[sz]\w*|relations|treaty|accord|agreement|neutral\w*|not|never"
    r"|no|denied|deny|refused|if|whether)\b"
)
_PARTIES = ("state", "side", "org")
# A war's name ("the Vietnam War", "the Gulf War") is no cue of its own, and the name in
# it is no party.
_WAR_NAME = re.compile(r"\b([A-Z][\w'’-]*\s+)Wars?\b")
_BEFORE_WAR = re.compile(r"(?:['’]s?)?\s+Wars?\b")
# A place where something happens ("in Croatia", "across Kashmir"): no party of the relation.
# A demonym is no place ("wounded in Argentine air attacks", "an end to the Iraqi
# occupation"), and a direction may come between ("into southern Lebanon").
_LOCATIVE = re.compile(
    r"(?:\b(?:in|into|across|within|throughout|near|from|of)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?)$",
    re.IGNORECASE,
)


def _masked(text: str, entities: list[Any]) -> str:
    """``text`` lower-cased, each name a blank ("Rapid Support Forces" is no support)."""
    parts: list[str] = []
    at = 0
    for entity in entities:
        parts += [text[at : entity.start], "«»"]
        at = entity.end
    parts.append(text[at:])
    return _WAR_NAME.sub(lambda m: m.group(1) + "name", "".join(parts)).lower()


def backoff_rows(qa_id: str, answer: str, read: set[str]) -> list[dict[str, Any]]:
    """Rows of the sentences of ``answer`` that gave no row (``read``: those that did)."""
    out: list[dict[str, Any]] = []
    for sent in annotate(answer).sentences:
        text = sent.text
        if text in read or text.endswith("?"):
            continue
        names: list[str] = []
        for entity in sent.entities:
            if entity.kind not in _PARTIES:
                continue
            where = max(0, entity.start - 30)
            if _BEFORE_WAR.match(text, entity.end) or (
                not entity.adjective and _LOCATIVE.search(text, where, entity.start)
            ):
                continue
            name = entity.party or entity.name
            if name not in names and sent.affirmed(entity.start):
                names.append(name)
                if len(names) > 2:
                    break
        if len(names) != 2:
            continue
        low = _WAR_NAME.sub(lambda m: m.group(1) + "name", text).lower()
        families = [name for name, cue in _CUES.items() if cue.search(low)]
        if len(families) != 1 or _OTHER.search(low):
            continue
        out.append(
            {
                "a": names[0],
                "b": names[1],
                "relation": families[0],
                "qa_id": qa_id,
                "evidence": text,
                "_rule": "backoff",
            }
        )
    return out
