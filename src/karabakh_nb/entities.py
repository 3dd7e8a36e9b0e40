"""Recognising states, non-state sides, regions and organisations in text.

States come from pycountry (every ISO 3166 country) under their common short
English name, plus a general alias table of demonyms, short forms and former
names ("Armenian", "U.S.", "Türkiye", "Burma"). Non-state sides (self-declared
republics, armed movements), disputed regions (each standing for the side that
holds it) and organisations (by acronym and full name) have tables of their own; so
do the factions of civil wars named by their adherents ("the Royalists", "Nationalist
forces"), found only where no capitalised word goes on the name ("the Republican Guard").

Matching rules, all general:

- One compiled regular expression (a character trie of every surface form) does
  the whole search, so a sentence is scanned once whatever the size of the tables.
- Matching is case-sensitive, with an all-capitals variant of every form
  ("U.S.-AZERBAIJAN"), so lower-case words ("us", "turkey", "chad") never match.
- Hyphens, dashes and spaces inside a name are interchangeable ("Nagorno-Karabakh",
  "Nagorno–Karabakh", "Nagorno Karabakh"); the longest form wins, so "Karabakh"
  inside "Nagorno-Karabakh" is never a second entity.
- A trailing "'s" or "s" is a possessive, often with its apostrophe lost
  ("Azerbaijans", "Armenias"); after a demonym the "s" is a plural ("Armenians"), and
  after a plural name a bare apostrophe is its possessive ("the Royalists' losses").
- A name glued to a hyphenated modifier is still found ("Russia-brokered",
  "Russian-led", "ex-Soviet"); combining forms ("Russo-", "Sino-") only before a hyphen.
- A form with diacritics is also found without them ("Cote d'Ivoire", "Tudman"), and a
  long name misspelt by one inner letter is still found ("Lebenese"; named_spellings).
- "New Mexico", "the Americas" and "South American", "Pan-American" are not states.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry

from . import _trie
from ._historic import historic_names
from ._regex_cache import compile_built
from ._trie import SEPARATORS as _SEPARATORS
from ._trie import folded as _folded
from ._trie import trie_pattern as _trie_pattern
from .lexicon import read_table, read_words
from .named_cities import city_forms as _city_forms
from .named_cities import names_the_city as _names_the_city
from .named_groups import groups_in
from .named_leaders import appositions_dropped
from .named_orgs import orgs_in
from .named_plurals import plurals_in
from .named_spellings import near_spellings_in

__all__ = [
    "Entity",
    "canonical",
    "city_of",
    "find_entities",
    "find_entities_in_question",
    "is_agency",
    "is_organisation",
    "kind_of",
]

# pycountry's ISO names that differ from the common short English name.
_NAME_OVERRIDES = {
    "Russian Federation": "Russia",
    "Türkiye": "Turkey",
    "Korea, Republic of": "South Korea",
    "Korea, Democratic People's Republic of": "North Korea",
    "Viet Nam": "Vietnam",
    "Holy See (Vatican City State)": "Holy See",
    "Palestine, State of": "Palestine",
    "Congo, The Democratic Republic of the": "DR Congo",
    "Congo": "Republic of the Congo",
    "Brunei Darussalam": "Brunei",
    "Czechia": "Czech Republic",
    "Micronesia, Federated States of": "Micronesia",
    "Taiwan, Province of China": "Taiwan",
    "Falkland Islands (Malvinas)": "Falkland Islands",
    "Saint Martin (French part)": "Saint Martin",
    "Sint Maarten (Dutch part)": "Sint Maarten",
    "Virgin Islands, British": "British Virgin Islands",
    "Virgin Islands, U.S.": "US Virgin Islands",
    "Bonaire, Sint Eustatius and Saba": "Caribbean Netherlands",
    "Saint Helena, Ascension and Tristan da Cunha": "Saint Helena",
    "Macao": "Macau",
    "Cabo Verde": "Cape Verde",
}

# Combining forms, matched only before a hyphen ("Russo-Georgian", "Sino-Soviet").
_COMBINING = {
    "Russo": "Russia",
    "Sino": "China",
    "Franco": "France",
    "Turco": "Turkey",
    "Greco": "Greece",
    "Irano": "Iran",
    "Armeno": "Armenia",
}

_PLACE_FORMS = read_words("place_forms")
# Endings of demonyms and adjectives ("Armenian", "Azeri", "Kyrgyz", "Serb"; not "Republic").
_ADJECTIVE_SUFFIX = re.compile(
    r"(?<!Republ)(?:an|ish|ese|ic|i|ch|ss|ek|ik|ak|en|ot|at|az|yz|iz|ai|ino|ine|be|er|sy|tho|rb|ne|av|ar|et|rk|rin)$"
)

# Nouns after a state's demonym that name its opponents, not the state ("Congolese
# rebels" fought the Congolese government): such a demonym is no slot.
_REBEL_HEAD = re.compile(
    r"(?:\s+(?:armed|Islamist|ethnic|separatist))?\s+(?:rebels?|insurgents?|insurgency"
    r"|separatists?|militants?|militias?|guerrillas?|guerillas?|dissidents?|opposition|mutineers"
    r"|rebellion|secessionists?)\b",
    re.IGNORECASE,
)

# Factions' forms (``lexicon/factions.txt``); a capitalised word after one makes a longer name.
_FACTION_FORMS: set[str] = set()
_NAME_GOES_ON = re.compile(r"[ \u00a0]+[A-Z]")
# Peoples' forms that are also given names: before a capitalised word, a person ("Karen Smith").
_GIVEN_NAMES = read_words("people_given_names")

# Never states: a form followed by these ("the Americas"), "America" after "South" etc.
_BLOCKED = frozenset({"Americas"})
_CONTINENT_PART = re.compile(r"(?:South|North|Central|Latin|Pan)[ \u00a0-]$")

_SEP_RUN = re.compile(rf"[{_SEPARATORS}]+")

_COMBINED = re.compile(r"[-–]\w")


@dataclass(frozen=True)
class Entity:
    """A state, side, region or organisation found in a piece of text.

    Attributes:
        name: Canonical name (``"Russia"``, ``"Artsakh"``, ``"CSTO"``).
        kind: ``"state"``, ``"side"``, ``"region"``, ``"people"`` (an ethnic group named
            as a side: ``"Kurds"``) or ``"org"``.
        surface: The text as it appeared (``"Azerbaijans"``; ``"Russian-brokered"`` gives
            ``"Russian"``).
        start: Start offset in the searched text.
        end: End offset in the searched text.
        adjective: True when the match is a demonym or adjective ("Armenian soldiers").
        party: The side a region stands for (``Nagorno-Karabakh`` -> ``Artsakh``); else ``name``.
        possessive: True when the name carries a possessive "'s" or a bare "s" that stands
            for one ("Armenias primary ally").
    """

    name: str
    kind: str
    surface: str
    start: int
    end: int
    adjective: bool = False
    party: str = ""
    possessive: bool = False


def _key(form: str) -> str:
    """Normalise a surface form for lookup: one space for any run of hyphens or spaces."""
    return _SEP_RUN.sub(" ", form.replace("’", "'")).strip()


def _state_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        iso = country.name
        canon = _NAME_OVERRIDES.get(iso) or getattr(country, "common_name", None) or iso
        for form in (
            iso,
            canon,
            getattr(country, "official_name", None),
            getattr(country, "common_name", None),
        ):
            if not form or "," in form:
                continue
            form = form.removeprefix("the ")
            names[form] = canon
            # "Holy See (Vatican City State)" is also written without its parenthesis.
            if "(" in form:
                names[form.split("(")[0].strip()] = canon
    return names


_DEMONYM_NOUNS = read_words("demonym_nouns")


def _is_adjective(form: str) -> bool:
    if form in _DEMONYM_NOUNS:
        return True
    # "Kingdom of Afghanistan", "Khanate of Erivan": a name with "of" is never a demonym.
    return " of " not in form and form not in _PLACE_FORMS and bool(_ADJECTIVE_SUFFIX.search(form))


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], dict[str, tuple[str, str, bool, str]]]:
    """The matching regex and its table (:func:`_forms`), built on the first search."""
    # The pattern starts with the trie itself, so the engine can skip ahead to the
    # characters that begin some form; the checks on the preceding text are done in
    # find_entities. Lookups of a name need the table alone, never this compilation.
    table = _forms()
    forms = sorted(table)
    # Building the trie costs as much as compiling it: both are kept in the regex cache,
    # keyed by the forms and the code that builds the trie from them.
    key = "\0".join([_LEXICON_PATTERN, Path(_trie.__file__).read_text(encoding="utf-8"), *forms])
    pattern = compile_built(key, lambda: _LEXICON_PATTERN.format(trie=_trie_pattern(forms)))
    return pattern, table


#: The lexicon's pattern around the trie of its forms (``{trie}``).
_LEXICON_PATTERN = r"({trie})(?P<poss>['’][sS]|s['’]?|(?<=s)['’])?(?![\w$])"


@lru_cache(maxsize=1)
def _forms() -> dict[str, tuple[str, str, bool, str]]:
    """The lexicon's table: form key -> (name, kind, adjective, party)."""
    table: dict[str, tuple[str, str, bool, str]] = {}

    def add(form: str, name: str, kind: str, party: str, adjective: bool = False) -> None:
        table.setdefault(_key(form), (name, kind, adjective, party))

    for form, canon in _state_names().items():
        add(form, canon, "state", canon)
    # Leaders' names stand for their state or side ("the Assad regime"), never as demonyms.
    sides = read_table("sides")
    for canon, forms in read_table("leaders").items():
        for form in forms:
            add(form, canon, "side" if canon in sides else "state", canon)
    # One after the other, never merged: a former name of a state ("Siam") is a line of its
    # own in former_states.txt under the state's head, beside that head's line in states.txt.
    for file in ("states", "former_states"):
        for canon, forms in read_table(file).items():
            add(canon, canon, "state", canon)
            for form in forms:
                add(form, canon, "state", canon, _is_adjective(form))
    for form, canon in historic_names(table, _key).items():
        add(form, canon, "state", canon)
    # Agencies and seats of government stand for their state ("the CIA armed them").
    for canon, forms in read_table("agencies").items():
        for form in forms:
            add(form, canon, "state", canon)
    # A capital stands for its state's government ("Kampala sent troops"); see city_of.
    for canon, forms in read_table("capitals").items():
        for form in forms:
            add(form, canon, "state", canon)
    for canon, forms in read_table("sides").items():
        add(canon, canon, "side", canon)
        for form in forms:
            add(form, canon, "side", canon, _is_adjective(form))
    for canon, forms in read_table("factions").items():
        for form in (canon, *forms):
            add(form, canon, "side", canon, form != canon)
            _FACTION_FORMS.add(form)
    for canon, forms in read_table("peoples").items():
        add(canon, canon, "people", canon, True)
        for form in forms:
            add(form, canon, "people", canon, True)
    for head, forms in read_table("regions").items():
        canon, _, side = head.partition(" (")
        side = side.rstrip(")")
        add(canon, canon, "region", side)
        for form in forms:
            add(form, canon, "region", side, _is_adjective(form))
    for acronym, forms in read_table("organisations").items():
        add(acronym, acronym, "org", acronym)
        for form in forms:
            add(form, acronym, "org", acronym)
    # Forms spelt with diacritics are also written without them ("Cote d'Ivoire",
    # "Curacao", "Milosevic"); the plain spelling never shadows a form of its own.
    for key, value in list(table.items()):
        if not key.isascii():
            table.setdefault(_folded(key), value)
    # A plural possessive inside a name is also written without its apostrophe
    # ("Freedonia Workers' Party" as "Freedonia Workers Party").
    for key, value in list(table.items()):
        if "s' " in key:
            table.setdefault(key.replace("s' ", "s "), value)
    # All-capitals variants come last, so they never shadow a real form ("GUAM" the
    # organisation, not "Guam" in capitals).
    for key, value in list(table.items()):
        table.setdefault(key.upper(), value)
    for form, name in _COMBINING.items():
        table.setdefault(form, (name, "state", True, name))
    return table


# The table entry of each matched form, looked up once per distinct form.
_FORM_CACHE: dict[str, tuple[str, str, bool, str]] = {}


def _entry(form: str) -> tuple[str, str, bool, str]:
    entry = _FORM_CACHE.get(form)
    if entry is None:
        table = _forms()
        entry = _FORM_CACHE[form] = table.get(form) or table[_key(form)]
    return entry


def _scan(text: str) -> list[tuple[int, int, str, tuple[str, str, bool, str], bool]]:
    """The matches of :func:`find_entities` as plain tuples, cheaper to build.

    Each is ``(start, end, surface, (name, kind, adjective, party), possessive)``.
    """
    pattern, _ = _lexicon()
    found: list[tuple[int, int, str, tuple[str, str, bool, str], bool]] = []
    append = found.append
    pos = 0
    length = len(text)
    while pos <= length:
        # finditer goes on after each match's end; a rejected match restarts the
        # search one character after its start, as a plain search loop would.
        for match in pattern.finditer(text, pos):
            start, end = match.span()
            form, suffix = match.group(1, 2)
            # A name starts a word, and never follows "New " ("New Mexico").
            if start:
                before = text[start - 1]
                if (
                    before.isalnum()
                    or before in "_."
                    or (before in " \u00a0" and text[max(0, start - 4) : start - 1] == "New")
                    or (form[:7] == "America" and _CONTINENT_PART.search(text, start - 8, start))
                ):
                    pos = start + 1
                    break
            if (form + suffix if suffix else form) in _BLOCKED or (
                form in _COMBINING and not _COMBINED.match(text, end)
            ):
                pos = start + 1
                break
            if form in _FACTION_FORMS and _NAME_GOES_ON.match(text, end):
                continue  # "the Republican Guard", "the Nationalist Party": another name
            if form in _GIVEN_NAMES and _NAME_GOES_ON.match(text, end):
                continue  # "Karen Smith", "Maya Lin": a person, no people
            if form in _city_forms() and _names_the_city(text, start, end, bool(suffix)):
                continue  # "in Sarajevo", "the Bishkek Protocol": the city, no party
            entry = _FORM_CACHE.get(form) or _entry(form)
            # After a demonym a bare "s" is a plural ("Armenians"), after a name a possessive.
            # A plural name's possessive is a bare apostrophe ("the Royalists' losses").
            possessive = bool(suffix) and (len(suffix) == 2 or not entry[2] or suffix in "'’")
            if entry[1] == "people" and text[max(0, start - 4) : start].lower() == "non-":
                continue  # "a non-Arab country": no people named
            if entry[2] and entry[1] == "state" and _REBEL_HEAD.match(text, end):
                continue  # "Congolese rebels" fight the state they are named after
            append((start, end, match.group(0), entry, possessive))
        else:
            break
    return appositions_dropped(text, found)


def find_entities_in_question(question: str) -> list[Entity]:
    """:func:`find_entities` on a question, also one typed all in lower case.

    Scraped questions often come lower-cased ("is yemen sunni or shia?"); such a question
    is read with each word capitalised, so its names are found (offsets are unchanged).
    """
    found = find_entities(question)
    if found or any(c.isupper() for c in question[1:]):
        return found
    return find_entities(_QUESTION_WORD.sub(_capitalised, question))


# The words of a lower-cased question, capitalised; short ones may be acronyms.
_QUESTION_WORD = re.compile(r"\b[a-z][\w'’-]*")
_NOT_ACRONYM = read_words("not_acronyms")


def _capitalised(match: re.Match[str]) -> str:
    word = match.group(0)
    after_the = match.string[max(0, match.start() - 4) : match.start()] == "the "
    if len(word) <= 3 and (word not in _NOT_ACRONYM or (word == "us" and after_the)):
        return word.upper()
    return word[0].upper() + word[1:]


def find_entities(text: str) -> list[Entity]:
    """Find every state, side, region and organisation named in ``text``.

    Args:
        text: Any passage or sentence.

    Returns:
        Non-overlapping matches in order of appearance, longest form first. A state's
        demonym before a noun of its armed opponents ("Congolese rebels", "Syrian
        opposition") names no state and is left out.

    Example:
        >>> [e.name for e in find_entities("Azerbaijans ally Turkey joined NATO.")]
        ['Azerbaijan', 'Turkey', 'NATO']
    """
    return list(_find_cached(text))


# What a text names depends on that text alone, and the extractors ask again for the same
# sentences and questions: kept per distinct text (bounded; entities never change).
@lru_cache(maxsize=16_384)
def _find_cached(text: str) -> tuple[Entity, ...]:
    found = orgs_in(text, plurals_in(text, groups_in(text, _scan(text))))
    found = near_spellings_in(text, found, _forms())
    return tuple(
        Entity(name, kind, surface, start, end, adjective, party, possessive)
        for start, end, surface, (name, kind, adjective, party), possessive in found
    )


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """Key of each capital's form -> the city's name (``lexicon/capitals.txt``)."""
    return {_key(form): form for forms in read_table("capitals").values() for form in forms}


def city_of(entity: Entity) -> str | None:
    """The city an entity's surface names, when it is a capital standing for its state.

    A place's figures belong to the city ("Kigali had 1.1 million inhabitants"), where a
    party is its state ("Kigali sent troops").

    Example:
        >>> [city_of(e) for e in find_entities("Kampala and Kinshasa signed a pact.")]
        ['Kampala', 'Kinshasa']
    """
    if entity.kind not in ("state", "side"):
        return None
    surface = _POSSESSIVE_END.sub("", entity.surface)
    return _cities().get(_key(surface))


_POSSESSIVE_END = re.compile(r"['’][sS]?$")


@lru_cache(maxsize=1)
def _agency_keys() -> frozenset[str]:
    forms = {_key(form) for forms in read_table("agencies").values() for form in forms}
    return frozenset(forms | {form.upper() for form in forms})


def is_agency(entity: Entity) -> bool:
    """True when an entity is a state's agency or seat (``lexicon/agencies.txt``), no place.

    Example:
        >>> [is_agency(e) for e in find_entities("The CIA armed the rebels in Chad.")]
        [True, False]
    """
    if entity.kind != "state":
        return False
    surface = _POSSESSIVE_END.sub("", entity.surface)
    if entity.possessive and surface == entity.surface:
        surface = surface[:-1].rstrip("'’")  # "the CIAs World Factbook"
    return _key(surface) in _agency_keys()


def canonical(name: str) -> str | None:
    """Return the canonical name of a state, side, region or organisation, or None.

    Example:
        >>> canonical("Russian Federation"), canonical("Eurasian Economic Union")
        ('Russia', 'EAEU')
    """
    table = _forms()
    hit = table.get(_key(name))
    return hit[0] if hit else None


def kind_of(name: str) -> str | None:
    """Return ``"state"``, ``"side"``, ``"region"``, ``"people"`` or ``"org"``, else None."""
    table = _forms()
    hit = table.get(_key(name))
    return hit[1] if hit else None


def is_organisation(name: str) -> bool:
    """Return True when ``name`` is a known organisation's canonical acronym or full name."""
    return kind_of(name) == "org"
