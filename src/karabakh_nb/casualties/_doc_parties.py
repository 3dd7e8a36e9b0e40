"""A people a document's state is named after stands for that state ("Zulus", "Zulu Kingdom").

A row's party may be a people ("1500 Zulus dead": Zulus) when the same document names a
state after that people ("the war between the British Empire and the Zulu Kingdom"): the
people is then the state's side, as its demonym would be. Only a state named by the
people's own word and a noun of rule ("Kingdom", "Empire", "Sultanate") counts; a region
("Kurdistan Region") or a state of another name does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..entities import find_entities

# "Zulu Kingdom", "Ashanti Empire": a state named by a people's word and a noun of rule.
_RULED_STATE = re.compile(
    r"(?P<people>[A-Z][\w'’-]*)\s+(?:Kingdom|Empire|Sultanate|Khanate|Caliphate|Emirate"
    r"|Confederacy|Chiefdom)"
)

_RULE_NOUN = re.compile(
    r"Kingdom|Empire|Sultanate|Khanate|Caliphate|Emirate|Confederacy|Chiefdom", re.IGNORECASE
)


def _states_by_people(answers: Iterable[str]) -> dict[str, str]:
    """The states a document's answers name after a people, keyed by that people's word."""
    found: dict[str, str] = {}
    for answer in answers:
        if _RULE_NOUN.search(answer) is None:
            continue  # no noun of rule, no such state: the entities are not looked for
        for entity in find_entities(answer):
            ruled = _RULED_STATE.fullmatch(entity.name)
            if entity.kind == "state" and ruled is not None:
                found.setdefault(ruled.group("people"), entity.name)
    return found


def _is_people(party: str) -> bool:
    """True when ``party`` is the name of one people ("Zulus"), not a state or a side."""
    named = find_entities(party)
    return len(named) == 1 and named[0].kind == "people" and named[0].surface == party


def _people_state(party: str, states: dict[str, str]) -> str | None:
    """The state named after the people ``party``, if the document names one."""
    for word in (party, party[:-1], party[:-2]):
        if word in states:
            return states[word]
    return None


def _people_as_states(rows: list[dict[str, Any]], answers: dict[str, list[str]]) -> None:
    """Give the rows whose party is a people the state their document names after it."""
    cache: dict[str, dict[str, str]] = {}
    for row in rows:
        party = row["party"]
        if party == "unspecified" or not _is_people(party):
            continue  # the document's states are read only for a people's row
        document = str(row["qa_id"]).rpartition(":")[0]
        if document not in cache:
            cache[document] = _states_by_people(answers.get(document, []))
        state = _people_state(party, cache[document]) if cache[document] else None
        if state is not None:
            row["party"] = state
            row["parties"] = [state if p == party else p for p in row.get("parties") or []]
