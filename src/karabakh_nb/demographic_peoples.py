"""A population figure said of a people: "the Tamil population of Sri Lanka is 3 million".

The figure is the group's count, not the place's population (see
:func:`people_populations`).
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from .demographic_majorities import _CAP, _PLACE_KINDS, _is_group, _is_name, _places
from .demographic_subjects import question_place
from .entities import find_entities
from .lexicon import read_words
from .numbers import find_numbers

__all__ = ["people_populations"]

# "The Tamil population of Sri Lanka is about 3 million": a people's population.
# "the Greek Cypriot population": two names, the second a demonym.
_ADJ_POPULATION = re.compile(rf"(?P<adj>(?:[Ee]thnic\s+)?(?:{_CAP}\s+)?{_CAP})\s+population\b")
_OPENERS = frozenset(read_words("name_openers"))
_OF_AFTER = re.compile(rf"\s+(?:of|in)\s+(?:the\s+)?(?P<place>{_CAP})")


def _people_phrases(evidence: str) -> list[tuple[str, tuple[int, int], Any, Any]]:
    """The "<people> population" phrases of a sentence: (adjective, span, entity, figure)."""
    found: list[tuple[str, tuple[int, int], Any, Any]] = []
    if "population" not in evidence:
        return found
    for match in _ADJ_POPULATION.finditer(evidence):
        adj = match.group("adj")
        words = adj.split()
        if len(words) > 1 and (
            words[0] in _OPENERS
            or words[0].endswith(("'s", "’s"))
            or _places(find_entities(words[0]), [])
        ):
            adj = words[-1]  # "The Tamil", "Estonia's Kurdish": the first word is not the people's
        elif words[0] in _OPENERS:
            continue
        named = find_entities(adj.split()[-1])
        if named and not (named[0].adjective or named[0].kind == "people"):
            continue
        # "the Seto population of Estonia": a name no list holds, of a place.
        of = _OF_AFTER.match(evidence, match.end())
        place = of["place"] if of else ""
        is_place = bool(place) and (_is_name(place) or bool(_places(find_entities(place), [])))
        if not named and not (is_place and adj.isalpha() and _is_name(adj) and not _is_group(adj)):
            continue
        # The figure is the first one after the phrase.
        figures = [n for n in find_numbers(evidence[match.end() : match.end() + 100])
                   if not n.is_percent]  # fmt: skip
        if figures:
            span = (match.end("adj") - len(adj), match.end())
            found.append((adj, span, named[0] if named else None, figures[0].value))
    return found


def people_populations(frame: pd.DataFrame, qa: pd.DataFrame) -> pd.DataFrame:
    """A population figure said of a people ("the Tamil population of X") is that group's.

    The adjective is the group when it names a people or a demonym other than the
    subject's own ("the Eritrean population of Eritrea" is the population) and the figure
    is the first after it; a subject that is a people ("Estonia's Kurdish population",
    read as the Kurds') becomes the sentence's place, else the question's.
    """
    if frame.empty:
        return frame
    questions = dict(zip(qa["id"].tolist(), qa["question"].tolist(), strict=True))
    frame = frame.copy()
    phrases: dict[str, list[tuple[str, tuple[int, int], Any, Any]]] = {}
    for i in frame.index[(frame["group"] == "population") & (frame["unit"] == "people")]:
        evidence, subject = frame.at[i, "evidence"], frame.at[i, "subject"]
        if evidence not in phrases:
            phrases[evidence] = _people_phrases(evidence)
        for adj, span, named, value in phrases[evidence]:
            owner = find_entities(subject) if isinstance(subject, str) else []
            people = bool(owner) and owner[0].kind == "people"
            if value != frame.at[i, "value"]:
                continue
            if not people and named and subject in (named.name, named.party):
                continue  # "the Eritrean population" of Eritrea: its own
            frame.at[i, "group"] = adj
            if people:
                places = _places(find_entities(evidence), [span])
                qa_id = frame.at[i, "qa_id"]
                # "the Greek Cypriot population", no place named: the demonym's state.
                own = named.name if named and named.kind in _PLACE_KINDS else None
                frame.at[i, "subject"] = (
                    places[0] if places else question_place(questions.get(qa_id)) or own
                )
            break
    return frame
