"""The place a demographic question is about, when no sentence of the answer names one.

Questions about a population name the place they ask about ("What is the population of
Kargil district?", "Is Kargil Shia or Sunni?"), often a district, town or province that
no word list holds. :func:`question_place` is the first place the lexicon finds in the
question, else a capitalised name that stands after a preposition or the opening verb
of the question and is neither a group of people ("Shia", "Kurds") nor a word that never
opens a place name ("The", "January"). A lower-case word of a kind of place after the
name ("district", "province") is not part of it.

:func:`asks_demographics` tells a question about people ("population", "percentage",
"ethnic", "religion", "Shia or Sunni", "live in"): its place is the topic of every
sentence of the answer that names none, before the places of earlier sentences.
"""

from __future__ import annotations

import re

from .demographic_majorities import _is_group
from .entities import find_entities, find_entities_in_question
from .lexicon import read_words

__all__ = ["asks_demographics", "question_place"]

_PLACE_KINDS = frozenset({"state", "side", "region"})
_NOT_PLACE = read_words("not_places")
# A name after "of", "in", ... or after the question's opening verb ("Is Kargil ...").
_NAME = re.compile(
    r"(?:\b(?:of|in|on|for|from|about|to)\s+(?:the\s+)?|^\s*(?:Is|Was|Are|Were|Does|Did|Do)\s+)"
    r"(?P<name>[A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+){0,3})"
)
# Capitalised nouns that end the name of an event or a body, never of a place.
_EVENT_NOUNS = frozenset(
    """War Wars Conflict Crisis Revolution Battle Operation Offensive Genocide Massacre
    Uprising Invasion Agreement Accords Accord Treaty Army Forces Front Party Movement
    Council Ministry Government Committee Organization Organisation Alliance Coalition""".split()  # noqa: SIM905
)
_DEMOGRAPHIC = re.compile(
    r"populat|inhabit|resident|percent|share|proportion|ethnic|religio|muslim|christian|shia"
    r"|sunni|majority|minority|census|demograph|makeup|make-up|composition|how\s+many\s+\w+"
    r"\s+(?:live|lived|are|were)\b|\blive[sd]?\s+in\b",
    re.IGNORECASE,
)


def question_place(question: str | None) -> str | None:
    """The place ``question`` asks about: a known place, else a capitalised name."""
    if not isinstance(question, str) or not question:
        return None
    for entity in find_entities_in_question(question):
        if entity.kind in _PLACE_KINDS and not entity.adjective:
            return str(entity.name)
    for match in _NAME.finditer(question):
        words: list[str] = []
        for word in match.group("name").split():
            # "Is Lowbury Shia or Sunni?": the name stops at a group, a demonym, a name.
            if word in _EVENT_NOUNS:
                words = []  # "the Gulf War", "the Red Army": an event or a body
                break
            if _is_group(word) or find_entities(word):
                break
            words.append(word)
        if words and words[0].lower() not in _NOT_PLACE:
            return " ".join(words)
    return None


def asks_demographics(question: str | None) -> bool:
    """True when ``question`` asks about the people of a place."""
    return isinstance(question, str) and _DEMOGRAPHIC.search(question) is not None
