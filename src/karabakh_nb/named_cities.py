"""Capitals named as the place they are, not as their state's government acting.

What belongs here: telling "Kampala sent troops" (Uganda, a party) from "fighting in
Kampala", "the capital, Kampala", "the Kampala summit" or "the Kampala Accord" (the city,
no party) for the capitals of ``lexicon/capitals.txt``; :mod:`karabakh_nb.entities` asks
before it takes a capital as its state.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import read_table, read_words

__all__ = ["city_forms", "names_the_city"]


# Before a capital, words that make it the place it is ("fighting in Kinshasa", "the
# siege of Sarajevo", "the capital, Sanaa"), not its government acting; after it, a
# capitalised noun makes it part of another name ("the Bishkek Protocol").
_CITY_BEFORE = re.compile(
    r"\b(?i:in|at|into|near|outside|around|across|through|within|inside|via|reached|entered"
    r"|captured|besieged|shelled|bombed|bombarded|seized|took|surrounded|encircled|stormed"
    r"|occupied|liberated|retook|recaptured|evacuated|fled|left|(?:streets|siege"
    r"|outskirts|fall|battle|capture|control|parts?|mayor|population|citizens|residents|people"
    r"|cent(?:re|er))"
    r"\s+of|capital(?:\s+city)?,?)\s+(?:the\s+)?$"
)
_CITY_NAMES_ANOTHER = re.compile(r"[ \u00a0-][A-Z][a-z]")
# After it, a noun of an event held there ("the Prague summit", "the Tehran talks").
_EVENTS = "|".join(sorted(map(re.escape, read_words("event_nouns")), key=len, reverse=True))
_CITY_EVENT = re.compile(rf"[ \u00a0](?:{_EVENTS})\b")


@lru_cache(maxsize=1)
def city_forms() -> frozenset[str]:
    """The surface forms of capitals, as matched (see :func:`karabakh_nb.entities.city_of`)."""
    forms = {form for forms in read_table("capitals").values() for form in forms}
    return frozenset(forms | {f.upper() for f in forms})


# "the government in Kabul", "the regime in Damascus": the state after all.
_RULERS_IN = re.compile(
    r"\b(?:government|regime|authorities|leadership|rulers|junta)\s+in\s+(?:the\s+)?$"
)


def names_the_city(text: str, start: int, end: int, possessive: bool = False) -> bool:
    """True when the capital at ``text[start:end]`` is the place, no party acting.

    Example:
        >>> names_the_city("Talks in Hanoi began.", 9, 14), names_the_city("Hanoi sent aid.", 0, 5)
        (True, False)
    """
    if _CITY_NAMES_ANOTHER.match(text, end) or (not possessive and _CITY_EVENT.match(text, end)):
        return True
    before = max(0, start - 26)
    return bool(
        _CITY_BEFORE.search(text, max(0, start - 22), start)
        and not _RULERS_IN.search(text, before, start)
    )
