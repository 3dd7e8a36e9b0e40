"""Whose losses a question counts: the party of the people it asks the number of.

"How many Freedonian soldiers died in the war?" counts Freedonia's dead; an answer
figure that names no party ("An estimated 4,505 were wounded") answers it, and is
Freedonia's. Only the people counted by "how many" (or the subject of "did X lose")
count, not a place the question names ("died in Sylvania") nor a party of another
role ("killed by Sylvanian troops"); a sentence of the answer naming a party of its
own keeps its rows as they are.
"""

from __future__ import annotations

import re
from typing import Any

from ..entities import find_entities
from ._sources import _parties

# "How many Freedonian soldiers died", "how many Freedonians were killed": the counted
# people run from "how many" to the verb; "How many soldiers did Freedonia's army lose".
_COUNTED = re.compile(
    r"\bhow\s+many\s+(?P<people>[^?,]{1,80}?)\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
    r"(?:died|killed|lost|perished|wounded|injured|missing|fled|displaced)\b"
    r"|\bhow\s+many\s+[^?,]{1,40}?\bdid\s+(?P<subject>[^?,]{1,60}?)\s+lose\b",
    re.IGNORECASE,
)

_SOLDIERS = re.compile(r"\b(?:soldiers|troops|servicemen|men|army|personnel)\b", re.IGNORECASE)


def _question_party(question: str | None) -> str | None:
    """The one party whose people ``question`` asks the number of, else None."""
    if not question:
        return None
    found = _COUNTED.search(question)
    if found is None:
        return None
    words = found.group("people") or found.group("subject")
    if found.group("people") and not _SOLDIERS.search(words):
        return None  # "how many Freedonians": a people may count its civilians or refugees
    parties = _parties(find_entities(words))
    return parties[0] if len(parties) == 1 else None


def _give_question_party(rows: list[dict[str, Any]], question: str | None) -> None:
    """Give the rows of no party, in sentences naming none, the question's counted party."""
    party = _question_party(question)
    if party is None:
        return
    named: dict[str, bool] = {}
    for row in rows:
        if row["party"] != "unspecified" or row["category"] in ("civilian", "displaced"):
            continue
        text = row["evidence"]
        if text not in named:
            named[text] = bool(_parties(find_entities(text)))
        if named[text]:
            continue
        row["party"] = party
        row["parties"] = [party]
