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

:func:`sentence_town` is a place no word list holds that a sentence names where a place
stands: its grammatical subject ("Mariupol had 430,000 residents", "Before the war, the
city of Lowbury was home to ...", "Lowbury's population", "Lowbury, a city of ..."), the
place a sentence opens in ("In the Sylvan Valley, ...") or the place of a population
("the population of Lowbury", "residents of Lowbury").
"""

from __future__ import annotations

import re

from .demographic_majorities import _is_group, _places
from .entities import Entity, city_of, find_entities, find_entities_in_question
from .lexicon import read_words
from .named_plurals import is_plural_side

__all__ = [
    "asks_demographics",
    "own_name",
    "people_side",
    "question_place",
    "sentence_town",
    "subject_places",
]

_PLACE_KINDS = frozenset({"state", "side", "region"})
_NOT_PLACE = read_words("not_places")
# A name after "of", "in", ... or after the question's opening verb ("Is Kargil ...").
_NAME = re.compile(
    r"(?:\b(?:of|in|on|for|from|about|to)\s+(?:the\s+)?|^\s*(?:Is|Was|Are|Were|Does|Did|Do)\s+)"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*+){0,3})"
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


# "the Somali Region of Ethiopia": a unit named by a people and a capitalised kind of
# place, a place of its own (not the state it belongs to, nor the people's state).
_NAMED_UNIT = re.compile(
    r"(?<![\w'’-])(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*+){0,2})"
    r"\s+(?P<kind>Region|Province|District|Oblast|Governorate|Prefecture|County|Krai|Zone)\b"
)


_OPENERS = frozenset(read_words("name_openers")) | {"Is", "Was", "Are", "Were", "Does", "Did", "Do"}


def _named_unit(text: str) -> str | None:
    """A "<demonym or name> Region" the lexicon does not hold as a place, else None."""
    for match in _NAMED_UNIT.finditer(text):
        name = match.group("name").split()
        while name and (name[0].lower() in _NOT_PLACE or name[0] in _OPENERS):
            name = name[1:]
        # "Ethiopia's Somali Region": the owner's name is not part of it.
        while len(name) > 1 and (_is_place(name[0]) or name[0].endswith(("'s", "’s"))):
            name = name[1:]
        if not name or any(w in _EVENT_NOUNS for w in name):
            continue
        if _is_place(" ".join(name)):
            continue  # "Donetsk Oblast": the place the lexicon holds
        return " ".join([*name, match.group("kind")])
    return None


def _is_place(text: str) -> bool:
    return any(e.kind in _PLACE_KINDS and not e.adjective for e in find_entities(text))


def people_side(entity: Entity) -> bool:
    """A side named by a plural ("the Contras", "the Loyalists"): a people, never a place.

    "Northern Cyprus" ends in "s" but is no plural.
    """
    if entity.kind != "side":
        return False
    name = str(entity.name)
    return is_plural_side(name) or (name.endswith("s") and not name.endswith(("us", "ss")))


def question_place(question: str | None) -> str | None:
    """The place ``question`` asks about: a known place, else a capitalised name."""
    if not isinstance(question, str) or not question:
        return None
    if unit := _named_unit(question):
        return unit
    if realm := _peoples_realm(question):
        return realm
    for entity in find_entities_in_question(question):
        if entity.kind in _PLACE_KINDS and not entity.adjective and not people_side(entity):
            # Kigali's people, not Rwanda's; "Northern Sylvania" a place of its own.
            return city_of(entity) or own_name(question, entity.start, str(entity.name))
    for match in _NAME.finditer(question):
        words: list[str] = []
        names = match.group("name").split()
        for at, word in enumerate(names):
            # "Is Lowbury Shia or Sunni?": the name stops at a group, a demonym, a name.
            if word in _EVENT_NOUNS:
                words = []  # "the Gulf War", "the Red Army": an event or a body
                break
            if at == 0 and len(names) > 1 and _demonym_opens(word, names[1]):
                words.append(word)  # "Spanish Sahara": a demonym opens the place's name
                continue
            if _is_group(word) or find_entities(word):
                break
            words.append(word)
        if words and words[0].lower() not in _NOT_PLACE:
            return " ".join(words)
    if asks_demographics(question):
        # "What religion are most Algerians?": a state's people, asked about as a whole.
        for entity in find_entities_in_question(question):
            if entity.adjective and entity.kind == "state" and entity.surface.endswith("s"):
                return str(entity.name)
    return None


# "the population of the Zulu kingdom": a people's realm, a place of its own.
_REALM = re.compile(
    r"\b(?:of|in|on|for|from|about|to)\s+the\s+(?:(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+)-century\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*+)\s+(?P<kind>kingdom|empire|sultanate|caliphate|khanate"
    r"|emirate|chiefdom|confederacy)\b"
)


def _peoples_realm(question: str) -> str | None:
    """The realm of a people the question names ("the Seto kingdom"), else None.

    A state's demonym names the state ("the Chinese empire": China); a name no list holds
    names the realm with its kind ("the Sylvan kingdom").
    """
    match = _REALM.search(question)
    if match is None:
        return None
    name = match.group("name")
    found = find_entities(name)
    if not found and name.lower() not in _NOT_PLACE and name not in _OPENERS:
        return f"{name} {match.group('kind')}"
    if len(found) != 1 or found[0].surface != name:
        return None
    if found[0].kind == "state":
        return str(found[0].name) if found[0].adjective else None
    if found[0].kind == "people":
        return f"{match.group('name')} {match.group('kind')}"
    return None


def _demonym_opens(word: str, after: str) -> bool:
    """True when demonym ``word`` opens a place's name, a name no list holds after it."""
    if after in _EVENT_NOUNS or _is_group(after) or find_entities(after):
        return False
    found = find_entities(word)
    return len(found) == 1 and found[0].adjective and found[0].surface == word


def asks_demographics(question: str | None) -> bool:
    """True when ``question`` asks about the people of a place."""
    return isinstance(question, str) and _DEMOGRAPHIC.search(question) is not None


_KIND = (
    r"(?:city|town|village|province|region|district|island|islands|capital|port|enclave"
    r"|republic|oblast|county|governorate|municipality|valley|state|territory|area)"
)
# A capitalised word, an apostrophe inside it ("Ma'alot") but not a possessive's.
_TOWN_WORD = r"[A-ZÀ-ÖØ-Þ][\w-]*+(?:['’](?!s\b)[\w-]++)*+"
_TOWN = rf"(?P<name>{_TOWN_WORD}(?:[\s-]+{_TOWN_WORD}){{0,3}})"
# "Lowbury camp was set up ...": a lower-case camp or colony is part of the place's name.
_KIND_AFTER = rf"(?:(?P<own>\s+(?:camp|colony|settlement))\b|\s+{_KIND}\b)?"
# A clause's opening adverbial: "In 1989, ", "Before the war, ".
_LEAD_IN = (
    r"(?:(?:In|By|Before|After|At|During|Since|Until|As\s+of|Prior\s+to|Today|However"
    r"|Meanwhile|Similarly|Likewise|Moreover|Furthermore)\b[^,]{0,40},\s+"
    # "In 1897 Lowbury had ...": a year needs no comma.
    r"|(?:In|By|Since|Until|Before|After)\s+(?:\d{4}|the\s+\d{4}s)\s+(?=[A-Z]))?"
)
# "The capital of Sylvania, Lowbury, had ...": the place named after the one around it.
_AROUND = r"[A-ZÀ-ÖØ-Þ][\w'’-]*+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*+){0,2}"
_THE_KIND_OF = (
    rf"(?:(?:[Tt]he\s+)?(?:{_KIND}\s+of\s+(?:the\s+)?{_AROUND}\s*,\s*|{_KIND}\s+of\s+"
    rf"|{_KIND}\s*,\s*)|[Tt]he\s+)?"
)
_OPENING_APPOSITION = re.compile(r"(?:An?|Once\s+an?)\s[^,;:.()]{1,80},\s+(?=[A-ZÀ-ÖØ-Þ])")
_A_KIND = re.compile(rf"\b{_KIND}\b")
_KIND_OF_APPOSED = re.compile(
    rf"\b{_KIND}\s+of\s+(?:the\s+)?(?P<around>{_AROUND})\s*,\s*(?=[A-ZÀ-ÖØ-Þ])"
)
_SUBJECT_TOWN = re.compile(
    rf"{_LEAD_IN}{_THE_KIND_OF}{_TOWN}{_KIND_AFTER}(?=['’]s?\s|\s*\("
    r"|(?:\s*,)?\s+(?:had|has|have|was|is|remains|remained|counted|numbered|then\s+had)\b"
    # "Marlow, in the province of Lowbury, had ...": the place named first, not the one around it.
    r"|\s*,\s*(?:a|an|the|which|with|whose|where|home|then|once)\b"
    r"|\s*,\s*in\s+the\s+(?:[a-z]+\s+)?(?:province|district|region|county|state|department)"
    r"\s+of\s+[A-Z][^,;.]{0,40},\s+(?:had|has|was|is|counted|numbered)\b"
    r"|\s+with\s+(?:a|an|the|its)\s+(?:total\s+)?population\b)"
)
_IN_TOWN = re.compile(rf"(?:In|On|Across|Throughout)\s+{_THE_KIND_OF}{_TOWN}{_KIND_AFTER}\s*,")
# "people of Seto (and Vlach) descent": a people, not a town.
_OF_TOWN = re.compile(
    rf"\b(?:population|inhabitants|residents|people)\s+(?:of|in)\s+{_THE_KIND_OF}{_TOWN}"
    r"(?!(?:\s+and\s+[A-Z][\w'’-]*+)?\s+(?:descent|origin|ancestry|extraction)\b)"
)


# "Today, the city has ...", "Currently, the town ...": a sentence's opening adverb, no place.
_SENTENCE_OPENERS = frozenset(read_words("sentence_openers"))
_ADVERB = re.compile(r"[A-Z][a-z]+(?:al|ent|ant|ous|ive|ar|ate|ic|er)ly")


def _town(name: str, placed: bool = False) -> str | None:
    """``name`` as a place no list holds, else None (a known name, a group, "The", ...).

    ``placed``: a kind of place stands before it ("the capital, Lowbury Marques"), so a
    plural-looking name is no group.
    """
    words = name.split()
    if words and (words[0] in _SENTENCE_OPENERS or _ADVERB.fullmatch(words[0])):
        return None
    while words and words[-1].lower() in _NOT_PLACE:
        words.pop()  # "Lowbury District": the kind of place is not part of the name
    if not words or words[0].lower() in _NOT_PLACE or any(w in _EVENT_NOUNS for w in words):
        return None
    name = " ".join(words)
    found = find_entities(name)
    if len(found) == 1 and city_of(found[0]) == name:
        return name  # "the population of Kigali": a capital where a place is meant
    if found or (not placed and _is_group(name)) or name.isupper():
        return None
    return name


def sentence_town(text: str) -> tuple[int, str] | None:
    """A place no word list holds that ``text`` names where a place stands, with its offset."""
    for pattern in (_SUBJECT_TOWN, _IN_TOWN):
        match = pattern.match(text)
        placed = bool(match and _A_KIND.search(text, match.start(), match.start("name")))
        if match and (name := _town(match.group("name"), placed)):
            return match.start("name"), name + (match.group("own") or "")
    for match in _OF_TOWN.finditer(text):
        if name := _town(match.group("name")):
            return match.start("name"), name
    return None


# "Per the 2011 Census of India", "according to Georgia": a place that speaks, not one spoken of.
# "independence from X": a place left, not one spoken of.
_SOURCE_BEFORE = re.compile(
    r"(?:\b[Cc]ensus\s+of|\baccording\s+to|\b[Pp]er|\b(?i:independence)\s+from)"
    r"\s+(?:the\s+)?$"
)


# "US government data says", "Georgia estimated": a place that reports, not one reported on.
_SOURCE_AFTER = re.compile(
    r"['’]?s?\s+(?:(?:government|official|state|national)\s+)?(?:data|statistics|officials"
    r"|authorities|figures|estimates|estimated|says|said|reported|reports|claims|claimed)\b"
)


# "of the 1.8 million Kosovars", "42 per cent of Afghans": a state's people as a whole.
_OF_PEOPLE = re.compile(
    r"\b(?i:of|among)\s+(?:all\s+|the\s+)?(?:\d[\d.,]*\s+(?:million\s+|thousand\s+)?)?$"
)


# "the share of Serbs dropped": a group's share, said of another state's people.
_SHARE_OF = re.compile(
    r"\b(?i:share|proportion|percentage|number|fraction)\s+of\s+(?:the\s+)?(?:ethnic\s+)?$"
)


# "Mount Lebanon", "Greater Syria", "Northern Ireland": a place of its own, not the state
# its name holds (a capitalised point of the compass is part of the name).
_OWN_NAME = re.compile(
    r"(?<![\w-])(?:(?P<mount>Mount|Mt\.?)|(?P<word>Greater|Northern|Southern|Eastern|Western"
    r"|Upper|Lower))\s+$"
)


# "the Chinese Empire", "the Sylvan Republic": a state's demonym naming the state itself.
_EMPIRE = re.compile(r"\s+(?:Empire|Kingdom|Republic|Sultanate|Emirate|Khanate|Caliphate)\b")


def own_name(text: str, start: int, name: str) -> str:
    """``name``, named at ``start`` of ``text``, with a "Mount" or "Greater" before it."""
    found = _OWN_NAME.search(text, max(0, start - 9), start)
    if found is None or name.split()[0] in ("North", "South", "East", "West"):
        return name
    return f"{'Mount' if found.group('mount') else found.group('word')} {name}"


def subject_places(
    text: str, skip: list[tuple[int, int]]
) -> tuple[list[tuple[int, str]], list[str]]:
    """The places a sentence names, as (subjects with offsets, sources).

    A census's state is a source. A place no list holds (:func:`sentence_town`) is a
    subject in the order it is named; ``skip`` are the spans of the sentence's groups.
    """
    subjects: list[tuple[int, str]] = []
    sources: list[str] = []
    for e in find_entities(text):
        if e.adjective and e.kind == "state" and _EMPIRE.match(text, e.end):
            subjects.append((e.start, e.name))  # "the Chinese Empire": China, a place
            continue
        if (
            e.adjective
            and e.kind == "state"
            and e.surface.endswith("s")
            and not any(a <= e.start < b for a, b in skip)
        ):
            if _OF_PEOPLE.search(text, max(0, e.start - 40), e.start) and not _SHARE_OF.search(
                text, max(0, e.start - 40), e.start
            ):
                subjects.append((e.start, e.name))  # "of the 1.8 million Kosovars": Kosovo's
            continue
        if people_side(e):
            continue  # "the Setonians were put at 82,000": a people, no place
        if _places([e], skip):
            source = _SOURCE_BEFORE.search(text, max(0, e.start - 30), e.start) or (
                _SOURCE_AFTER.match(text, e.end)
            )
            if source:
                sources.append(e.name)
            else:
                # A capital is a city here; "Mount Lebanon" is not Lebanon.
                subjects.append((e.start, city_of(e) or own_name(text, e.start, e.name)))
    town = sentence_town(text)
    if town and not any(a <= town[0] < b for a, b in skip):
        subjects.append(town)
        subjects.sort(key=lambda found: found[0])
    return _without_around(text, subjects), sources


def _without_around(text: str, subjects: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``subjects`` less a place around the one apposed to it ("the capital of X, Y").

    So too the places of an opening apposition: "A region in western Sylvania, Lowbury has".
    """
    for match in _KIND_OF_APPOSED.finditer(text):
        a, b = match.span("around")
        if any(at == match.end() for at, _ in subjects):
            subjects = [(at, name) for at, name in subjects if not a <= at < b]
    opening = _OPENING_APPOSITION.match(text)
    if opening and any(at == opening.end() for at, _ in subjects):
        subjects = [(at, name) for at, name in subjects if at >= opening.end()]
    return subjects
