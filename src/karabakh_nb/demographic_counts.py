"""Counts of people the demographics table reads beside the population phrases.

What belongs here: a figure of people said by the words around it, one figure at a time
(:func:`count_of`):

* a group a place has or is home to: "Estonia has about 2 million Kurds", "home to
  800,000 Palestinians", or among people counted ("a population of 1,270,000, including
  270,000 Russians") (the group is a name of people, the words after it end the
  phrase or say where they live);
* the number of a group: "the number of Hoa people in Vietnam was halved, from 1.8
  million to 900,000" (a name before "people" is a group's, whatever it is);
* the people of a place by its possessive or "with": "with its 1.3 million inhabitants",
  "its 5 million people", "the 2,155,000 population", "a country of 15 million people";
* a group counted by its noun: "the Serb minority at 600,000", "a Kurdish community of
  2 million" (a name before "minority" or "community" is a group's).

Each gives the group's span (None for a whole population) and the place the phrase
names itself ("the number of Hoa people in Vietnam"), if any.
"""

from __future__ import annotations

import re

from .demographic_majorities import _CAP, _GROUP, _is_group, _is_name, _places
from .demographic_share_lists import heading_before
from .entities import find_entities
from .numbers import NumberMention

__all__ = ["count_of", "is_threshold"]

_PEOPLE = r"(?:people|citizens|residents|inhabitants|nationals)"
# "Estonia has about 2 million Kurds": the qualifier is inside the figure.
_HAS = re.compile(
    r"\b(?:has|had|have|hosts|hosted|houses|housed|(?:is|was|remains)\s+home\s+to|home\s+to"
    r"|includes|included|include|inhabited\s+by|populated\s+by)"
    r"\s+(?:an\s+estimated\s+|a\s+total\s+of\s+)?$"
)
# "has 8,000 Sylvans making up 6 percent": a share said of the group counted ends it.
_SHARE_VERB = (
    r"(?:making|make|makes|made)\s+up|(?:contributing|contribute|contributes|contributed)\s+to"
    r"|(?:accounting|account|accounts|accounted)\s+for|constituting|constitute|constitutes"
    r"|constituted|comprising|forming|representing"
)
# "includes 150,000 Sylvan immigrants": a people by how it came.
_GROUP_AFTER = re.compile(
    rf"\s+(?P<group>{_GROUP}(?:\s+(?:immigrants|settlers|migrants|expatriates|nationals))?)"
    rf"(?P<people>\s+{_PEOPLE})?"
    rf"(?=\s*(?:[,.;:)]|$)|\s+(?:living|live|lived|who|in|and|of\s+whom|{_SHARE_VERB})\b"
    # "Kosovo had 200,000 Serbs before the war": a time ends the phrase too.
    r"|\s+(?:before|after|during|until|since|today|prior\s+to|at\s+the\s+time|as\s+of)\b)"
)
# "the number of Hoa people in Vietnam was halved, from 1.8 million to": the words of a
# figure's change, one way only (possessive), so a run of them stays linear.
_NUMBER_OF = re.compile(
    rf"\b(?i:the)\s+(?:total\s+|estimated\s+)?number\s+of\s+(?P<group>{_GROUP})"
    rf"(?P<people>\s+people)?(?:\s+(?:living\s+|residing\s+)?in\s+(?:the\s+)?"
    rf"(?P<place>{_CAP}(?:[\s-]+{_CAP}){{0,3}}))?"
    r"(?:\s*+,?\s*+(?:is|was|were|are|stood|stands|has|had|been|be|estimated|reached|rose|fell"
    r"|grew|declined|dropped|increased|decreased|halved|doubled|tripled|shrank|to|at|from|of"
    r"|fallen|risen|grown|shrunk|dwindled|climbed|now|currently|put|thought|believed"
    r"|range|ranges|ranged|ranging|vary|varies|varied"
    r"|about|around|some|nearly|almost|over|just|only|then|in|by|million|thousand"
    r"|\d[\d,.]*+))*\s*$"
)
# "with its 1.3 million inhabitants", "its 5 million people".
# "of the city's 400,000 inhabitants": a kind of place owns them too.
_ITS = re.compile(
    r"\b(?:with\s+)?(?:its|their|the\s+(?:city|town|country|nation|region|province|island"
    r"|territory|state|republic|enclave|village|district)['’]s)\s+(?:total\s+|estimated\s+"
    r"|pre-?war\s+)?$",
    re.IGNORECASE,
)
# "Estonia is inhabited by about 1.3 million people".
_BY = re.compile(r"\b(?:inhabited|populated|peopled)\s+by\s+$")
_WITH = re.compile(r"\b(?:country|nation|state|city|region|territory|province|countries|places?"
                   r"|populated|[Ss]trip|enclave|islands?|areas?)\b"
                   r"[^;:.]{0,40}?\bwith\s+$")  # fmt: skip
# "the only towns with more than 25,000 inhabitants are": a size places are sorted by.
_THRESHOLD = re.compile(
    r"\b(?:ones|cities|towns|places|countries|areas|islands|villages|districts|provinces"
    r"|regions|settlements|municipalities)\s+with\s+$"
)
_COUNTS = re.compile(r"\b(?:counts|counted|numbers|numbered)\s+$")
_ENDS = re.compile(r"\s+\w+(?:\s*(?:[,.;)]|$)|\s+(?:living|live)\s+in\b)")
_OWN_PEOPLE = frozenset({"inhabitants", "residents", "people", "citizens"})
# "the 2,155,000 population", "its 3 million population".
_THE_POPULATION = re.compile(r"\b(?:the|its|their|a|an)\s+(?:total\s+)?$", re.IGNORECASE)
# "the Serb minority at 600,000", "a Kurdish community of 2 million".
# "Lowbury's Seto community has shrunk to 250,000": a count said by its change, too.
_NOUN_COUNT = re.compile(
    rf"(?:\b(?i:the|a|an|its|their)|(?<![\w'’-])[A-Z][\w-]*+['’]s)\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"(?P<group>{_GROUP})"
    rf"\s+(?:minority|community|diaspora)(?:\s+(?:in|of)\s+(?:the\s+)?{_CAP}(?:[\s-]+{_CAP}){{0,3}})?"
    # "The Jewish community, which numbered 93,000 in 1935".
    r"(?:\s*,\s*(?:which|that|who)\s+(?=numbered|numbers|totalled|totaled)|\s*,?\s+)"
    r"(?:at|of|numbering|numbered|numbers|totalling|totaling|totalled|totaled"
    r"|(?:(?:has|had|have)\s+)?(?:now\s+)?(?:shrunk|shrank|fallen|fell|dropped|declined|dwindled"
    r"|grown|grew|risen|rose|increased|decreased|climbed)\s+to)\s+$"
)


# "a rural, traditionally Islamic country of 15 million people", "a city of 300,000".
_PLACE_OF = re.compile(
    r"\b(?i:a|an|the)\s+(?:[\w'’-]+,?\s+){0,3}?(?:country|nation|state|republic|city|town"
    r"|region|province|territory|island|enclave|district)\s+of\s+$"
)
_ACRONYM = re.compile(r"[A-Z]{2,}s?")


# "a population of 1,270,000, including 270,000 Russians (and 5,000 Setos)": a group among
# people counted.
_AMONG = re.compile(
    rf"\b(?:{_PEOPLE}|population)\b[^.;:]{{0,60}}?(?:including|of\s+whom|of\s+which"
    r"|among\s+them|among\s+whom)\s+(?:[^.;:]{0,100}?(?:,|\band)\s+)?$",
    re.IGNORECASE,
)

_HARMED = re.compile(
    r"\b(?:killed|killing|died|dead|deaths|victims|casualties|wounded|injured|displaced"
    r"|refugees|fled|expelled|massacred|executed|lost|missing)\b",
    re.IGNORECASE,
)

# "Ethnic groups: Makua, Sena, and approximately 10,000 Europeans, 35,000 Euro-Africans":
# a count listed under a fact sheet's heading is its group's.
_LISTED = re.compile(r"(?:[,:;]|\band)\s*$")
# "The one million Chinese form an important minority": a group counted as what it forms.
_FORMS = re.compile(
    rf"\s+(?P<group>{_GROUP})\s+(?:form|forms|formed|constitute|constitutes|constituted|are"
    r"|were|make\s+up|made\s+up|makes\s+up)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:minority|community|majority)\b"
)


# "while 9,000 Sylvans make up 6 percent": a group counted and its share, whatever before.
_COUNT_AND_SHARE = re.compile(
    rf"\s+(?P<group>{_GROUP})\s+(?:{_SHARE_VERB})\s+(?:about\s+|around\s+|roughly\s+"
    r"|nearly\s+|almost\s+|some\s+|approximately\s+|over\s+|just\s+)?\d[\d.,]*+\s*+"
    r"(?:%|percent\b|per\s+cent\b)"
)


# "35,000 people declared themselves Setos in the census": a group counted by what its
# people call themselves (a demonym may say whose citizens they are: "Sylvan citizens").
_DECLARED = re.compile(
    rf"(?:\s+{_CAP})?\s+(?:people|persons|citizens|residents|inhabitants)\s+(?:declared|identified"
    r"|described|registered|listed|considered)\s+(?:themselves\s+)?(?:as\s+)?(?:being\s+)?"
    rf"(?P<group>{_GROUP})"
)


# "a 300,000-strong Seto community", "the Seto community, 300,000-strong,": a group by its size.
_STRONG_AFTER = re.compile(
    rf"-strong\s+(?:[a-z-]+\s+){{0,2}}?(?P<group>{_GROUP})\s+(?:community|minority|diaspora"
    r"|population)\b"
)
_STRONG_BEFORE = re.compile(
    rf"(?<![\w'’-])(?!(?:The|A|An|Its|Their)\s)(?P<group>{_GROUP})\s+(?:community|minority|diaspora|population)\s*,\s*(?:some\s+|about\s+)?$"
)
_STRONG = re.compile(r"[\s-]strong\b")
# "(out of Sylvania's 38-40 million)", "out of Sylvanias 40 million" (the apostrophe lost):
# the whole a part is of, a place's people.
_OUT_OF = re.compile(
    r"\bout\s+of\s+(?:(?P<own>(?:[A-Z][\w-]*+\s+){0,2}[A-Z][\w-]*+(?:['’]s|['’]|(?<=s)))"
    r"|its|their)\s+(?:total\s+|entire\s+|estimated\s+)?"
    r"(?:\d[\d,.]*+(?:\s+(?:million|thousand))?\s*(?:to|-|–)\s*)?$"
)
_OUT_OF_END = re.compile(r"\s*(?:[),;.]|$)|\s+(?:people|inhabitants|residents|population)\b")
# "The Vosks, Kels included, numbered 2,398,200": a group counted by a verb of numbering.
_NUMBERED = re.compile(
    rf"(?<![\w'’-])(?!(?:The|A|An|Its|Their)\s)(?P<group>{_GROUP})(?:\s*,[^,;:.()]{{1,40}},)?"
    r"\s+(?:numbered|numbers|totalled|totaled|totalling|totaling)\s+$"
)


def is_threshold(before: str, number: NumberMention) -> bool:
    """True for a size places are sorted by ("towns with more than 25,000 inhabitants")."""
    return number.qualifier in ("at_least", "at_most") and _THRESHOLD.search(before) is not None


def _owner(name: str) -> str:
    """The owner a possessive names, its apostrophe lost or not: "Latvias" is Latvia."""
    for ending in ("'s", "’s", "'", "’"):
        if name.endswith(ending):
            return name[: -len(ending)]
    return name if _places(find_entities(name), []) else name[:-1]


def _group(name: str) -> bool:
    """A group's name, not an acronym ("IDPs" are displaced people, counted elsewhere)."""
    return _is_group(name) and not _ACRONYM.fullmatch(name)


def count_of(
    text: str, number: NumberMention, offset: int, end: int | None = None
) -> tuple[tuple[int, int] | None, str | None] | None:
    """The count ``number`` is, if one: (group span or None, place named or None).

    ``offset`` is where the look back before the figure starts; ``end`` where the range the
    figure opens ends ("has 150,000-160,000 Setos": the group after the range), if one.
    """
    before = text[offset : number.start]
    among = _AMONG.search(before)
    if among and _HARMED.search(before):
        among = None  # "killed 3,000 people, including 500 Russians": casualties
    if (has := _HAS.search(before)) or among:
        after = _GROUP_AFTER.match(text, number.end if end is None else end)
        # "home to 1.9 million Hazara": a place's count, of a name no list holds too.
        name = after.group("group") if after else ""
        unknown = has is not None and bool(name) and _is_name(name)
        unknown = unknown and not _ACRONYM.fullmatch(name)
        if after and (after.group("people") or _group(name) or unknown):
            return after.span("group"), None
    if (strong := _STRONG_AFTER.match(text, number.end)) and _is_name(strong.group("group")):
        return strong.span("group"), None
    strong = _STRONG_BEFORE.search(before) if _STRONG.match(text, number.end) else None
    if strong and _is_name(strong.group("group")):
        return (offset + strong.start("group"), offset + strong.end("group")), None
    if (out := _OUT_OF.search(before)) and _OUT_OF_END.match(
        text, number.end if end is None else end
    ):
        own = out.group("own")
        places = _places(find_entities(_owner(own)), []) if own else []
        if own is None or places:
            return None, places[0] if places else None
    numbered = _NUMBERED.search(before) if before.endswith(" ") else None
    if numbered and _group(numbered.group("group")) and not _HARMED.search(before):
        return (offset + numbered.start("group"), offset + numbered.end("group")), None
    if (both := _COUNT_AND_SHARE.match(text, number.end)) and _group(both.group("group")):
        return both.span("group"), None
    if (declared := _DECLARED.match(text, number.end)) and _group(declared.group("group")):
        return declared.span("group"), None
    if match := _NUMBER_OF.search(before):
        name = match.group("group")
        # "the number of Hazara in Afghanistan": a name no list holds, counted where it lives.
        unknown = bool(match.group("place")) and _is_name(name) and not _ACRONYM.fullmatch(name)
        if match.group("people") or _group(name) or unknown:
            span = (offset + match.start("group"), offset + match.end("group"))
            place = match.group("place") or ""
            known = _places(find_entities(place), [])
            return span, known[0] if known else (place if place and _is_name(place) else None)
    if number.unit in _OWN_PEOPLE and (_ITS.search(before) or _BY.search(before)):
        return None, None
    # "a country with over 13 million people." (not "with 20,000 people killed"), "Estonia
    # counts 1.3 million inhabitants".
    if (
        number.unit in _OWN_PEOPLE
        and (_WITH.search(before) or _COUNTS.search(before))
        and _ENDS.match(text, number.end)
        and not is_threshold(before, number)
    ):
        return None, None
    if number.unit == "population" and _THE_POPULATION.search(before):
        return None, None
    if (number.unit is None or number.unit in _OWN_PEOPLE) and _PLACE_OF.search(before):
        return None, None
    if _LISTED.search(before) and heading_before(text, number.start):
        after = _GROUP_AFTER.match(text, number.end)
        if after and _group(after.group("group")):
            return after.span("group"), None
    if (forms := _FORMS.match(text, number.end)) and _group(forms.group("group")):
        return forms.span("group"), None
    if match := _NOUN_COUNT.search(before):
        name = match.group("group")
        if _group(name) or (_is_name(name) and not _ACRONYM.fullmatch(name)):
            return (offset + match.start("group"), offset + match.end("group")), None
    return None
