"""Recognising states, non-state sides, regions and organisations in text.

States come from pycountry (every ISO 3166 country) under their common short
English name, plus a general alias table of demonyms and short forms
("Armenian", "U.S.", "Turkey"). Non-state sides and organisations have small
tables of their own. Possessives with a missing apostrophe ("Azerbaijans",
"Armenias") are recognised, as scraped text often loses the apostrophe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

__all__ = ["Entity", "canonical", "find_entities", "is_organisation", "kind_of"]

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
}

# Extra surface forms of states: short forms, former names, demonyms and adjectives.
_STATE_ALIASES: dict[str, tuple[str, ...]] = {
    "United States": ("U.S.", "US", "U.S.A.", "USA", "America", "American", "Americans",
                      "United States of America", "Washington"),
    "United Kingdom": ("UK", "U.K.", "Britain", "Great Britain", "British"),
    "Russia": ("Russian", "Russians", "Moscow", "Kremlin", "Russian Federation"),
    "Turkey": ("Türkiye", "Turkiye", "Turkish", "Turks", "Ankara"),
    "Armenia": ("Armenian", "Armenians", "Yerevan"),
    "Azerbaijan": ("Azerbaijani", "Azerbaijanis", "Azeri", "Azeris", "Baku"),
    "Georgia": ("Georgian", "Georgians", "Tbilisi"),
    "Iran": ("Iranian", "Iranians", "Persia", "Tehran"),
    "Ukraine": ("Ukrainian", "Ukrainians", "Kyiv", "Kiev"),
    "Belarus": ("Belarusian", "Belarusians"),
    "Kazakhstan": ("Kazakh", "Kazakhstani"),
    "Kyrgyzstan": ("Kyrgyz",),
    "Tajikistan": ("Tajik",),
    "Turkmenistan": ("Turkmen",),
    "Uzbekistan": ("Uzbek",),
    "Moldova": ("Moldovan",),
    "Israel": ("Israeli", "Israelis"),
    "Pakistan": ("Pakistani",),
    "India": ("Indian",),
    "China": ("Chinese", "PRC", "Beijing"),
    "France": ("French", "Paris"),
    "Germany": ("German", "Germans", "Berlin"),
    "Italy": ("Italian",),
    "Spain": ("Spanish",),
    "Poland": ("Polish",),
    "Greece": ("Greek",),
    "Cyprus": ("Cypriot",),
    "Syria": ("Syrian", "Syrians"),
    "Iraq": ("Iraqi", "Iraqis"),
    "Afghanistan": ("Afghan",),
    "Saudi Arabia": ("Saudi",),
    "Egypt": ("Egyptian",),
    "Lebanon": ("Lebanese",),
    "Jordan": ("Jordanian",),
    "Libya": ("Libyan",),
    "Yemen": ("Yemeni",),
    "Palestine": ("Palestinian", "Palestinians", "State of Palestine"),
    "Serbia": ("Serbian", "Serb", "Serbs"),
    "Croatia": ("Croatian", "Croat", "Croats"),
    "Bosnia and Herzegovina": ("Bosnia", "Bosnian", "Bosniak", "Bosniaks"),
    "Hungary": ("Hungarian",),
    "Romania": ("Romanian",),
    "Bulgaria": ("Bulgarian",),
    "Lithuania": ("Lithuanian",),
    "Latvia": ("Latvian",),
    "Estonia": ("Estonian",),
    "Finland": ("Finnish",),
    "Sweden": ("Swedish",),
    "Norway": ("Norwegian",),
    "Denmark": ("Danish",),
    "Netherlands": ("Dutch", "Holland"),
    "Belgium": ("Belgian",),
    "Switzerland": ("Swiss",),
    "Austria": ("Austrian",),
    "Portugal": ("Portuguese",),
    "Ireland": ("Irish",),
    "Canada": ("Canadian",),
    "Mexico": ("Mexican",),
    "Japan": ("Japanese",),
    "South Korea": ("South Korean",),
    "North Korea": ("North Korean", "DPRK"),
    "Vietnam": ("Vietnamese",),
    "Ethiopia": ("Ethiopian",),
    "Eritrea": ("Eritrean",),
    "Sudan": ("Sudanese",),
    "Somalia": ("Somali",),
    "Nigeria": ("Nigerian",),
    "Yugoslavia": ("Yugoslav",),
    "Holy See": ("Vatican",),
}

# States no longer in ISO 3166 but common in conflict history.
_FORMER_STATES: dict[str, tuple[str, ...]] = {
    "Soviet Union": ("USSR", "U.S.S.R.", "Soviet", "Soviets"),
    "Yugoslavia": ("Yugoslav",),
    "Kosovo": ("Kosovar",),
}

# Non-state sides of conflicts (self-declared republics, armed movements).
_SIDES: dict[str, tuple[str, ...]] = {
    "Artsakh": ("Republic of Artsakh", "Nagorno-Karabakh Republic", "NKR", "Karabakh Armenian",
                "Karabakh Armenians"),
    "South Ossetia": ("South Ossetian", "Ossetian", "Ossetians", "Tskhinvali"),
    "Abkhazia": ("Abkhaz", "Abkhazian", "Abkhazians", "Sukhumi"),
    "Transnistria": ("Transnistrian", "Pridnestrovie"),
    "Northern Cyprus": ("Turkish Republic of Northern Cyprus", "TRNC"),
    "Donetsk People's Republic": ("DPR", "Donetsk separatists"),
    "Luhansk People's Republic": ("LPR",),
    "Republika Srpska": ("Bosnian Serb", "Bosnian Serbs"),
    "Hamas": (),
    "Hezbollah": ("Hizbollah",),
    "Taliban": (),
    "Islamic State": ("ISIS", "ISIL", "Daesh"),
}

# Disputed regions: places that stand for the side that holds them when they fight.
_REGIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Nagorno-Karabakh": ("Artsakh", ("Nagorny Karabakh", "Nagorno Karabakh", "Karabakh",
                                     "Mountainous Karabakh")),
    "Nakhchivan": ("Azerbaijan", ("Nakhichevan", "Naxçıvan")),
    "Crimea": ("Ukraine", ("Crimean",)),
    "Donbas": ("Ukraine", ("Donbass",)),
    "Gaza": ("Palestine", ("Gaza Strip",)),
    "West Bank": ("Palestine", ()),
    "Kashmir": ("Kashmir", ()),
}

# Organisations: acronym -> full names and other forms.
_ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "CSTO": ("Collective Security Treaty Organization", "Collective Security Treaty Organisation"),
    "EAEU": ("Eurasian Economic Union", "EEU", "Eurasian Union"),
    "NATO": ("North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
             "North Atlantic Alliance", "OTAN"),
    "UN": ("United Nations", "U.N.", "UN Security Council", "United Nations Security Council",
           "UN General Assembly", "United Nations General Assembly"),
    "EU": ("European Union", "E.U."),
    "CIS": ("Commonwealth of Independent States",),
    "Council of Europe": ("CoE",),
    "OSCE": ("Organization for Security and Co-operation in Europe",
             "Organisation for Security and Co-operation in Europe",
             "Organization for Security and Cooperation in Europe", "OSCE Minsk Group",
             "Minsk Group"),
    "GUAM": ("GUAM Organization for Democracy and Economic Development",),
    "OTS": ("Organization of Turkic States", "Organisation of Turkic States", "Turkic Council"),
    "SCO": ("Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"),
    "OIC": ("Organisation of Islamic Cooperation", "Organization of Islamic Cooperation"),
    "African Union": ("AU",),
    "Arab League": ("League of Arab States",),
    "ASEAN": ("Association of Southeast Asian Nations",),
    "BRICS": (),
    "G7": ("Group of Seven",),
    "G20": ("Group of Twenty",),
    "WTO": ("World Trade Organization", "World Trade Organisation"),
    "NAM": ("Non-Aligned Movement",),
    "Warsaw Pact": (),
    "ICRC": ("International Committee of the Red Cross", "Red Cross"),
}


@dataclass(frozen=True)
class Entity:
    """A state, side, region or organisation found in a piece of text.

    Attributes:
        name: Canonical name (``"Russia"``, ``"Artsakh"``, ``"CSTO"``).
        kind: ``"state"``, ``"side"``, ``"region"`` or ``"org"``.
        surface: The text as it appeared (``"Azerbaijans"``, ``"Russian-brokered"`` gives
            ``"Russian"``).
        start: Start offset in the searched text.
        end: End offset in the searched text.
        adjective: True when the match is a demonym or adjective ("Armenian soldiers").
        party: The side a region stands for (``Nagorno-Karabakh`` -> ``Artsakh``); else ``name``.
    """

    name: str
    kind: str
    surface: str
    start: int
    end: int
    adjective: bool = False
    party: str = ""


def _state_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        iso = country.name
        canon = _NAME_OVERRIDES.get(iso) or getattr(country, "common_name", None) or iso
        for form in (iso, canon, getattr(country, "official_name", None),
                     getattr(country, "common_name", None)):
            if form and "," not in form:
                names[form] = canon
    return names


# Aliases that name the place (or its government) rather than its people.
_PLACE_FORMS = frozenset(
    {"U.S.", "US", "U.S.A.", "USA", "America", "United States of America", "UK", "U.K.", "Britain",
     "Great Britain", "Russian Federation", "Türkiye", "Turkiye", "Persia", "Holland", "USSR",
     "U.S.S.R.", "PRC", "DPRK", "Bosnia", "State of Palestine", "Washington", "Moscow", "Ankara",
     "Yerevan", "Baku", "Tbilisi", "Tehran", "Kyiv", "Kiev", "Beijing", "Paris", "Berlin",
     "Kremlin"}
)

_ADJECTIVE_SUFFIX = re.compile(r"(?:an|ian|ish|ese|ic|i|ch|ss)$")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], dict[str, tuple[str, str, bool, str]]]:
    """Build one regex over every surface form, longest first, and its lookup table."""
    table: dict[str, tuple[str, str, bool, str]] = {}

    def add(form: str, name: str, kind: str, party: str, adjective: bool = False) -> None:
        table.setdefault(form, (name, kind, adjective, party))
        table.setdefault(form.upper(), (name, kind, adjective, party))

    for form, canon in _state_names().items():
        add(form, canon, "state", canon)
    for canon, forms in {**_STATE_ALIASES, **_FORMER_STATES}.items():
        add(canon, canon, "state", canon)
        for form in forms:
            add(form, canon, "state", canon, form not in _PLACE_FORMS)
    for canon, forms in _SIDES.items():
        add(canon, canon, "side", canon)
        for form in forms:
            add(form, canon, "side", canon, bool(_ADJECTIVE_SUFFIX.search(form)))
    for canon, (side, forms) in _REGIONS.items():
        add(canon, canon, "region", side)
        for form in forms:
            add(form, canon, "region", side, form.endswith("ean"))
    for acronym, forms in _ORGANISATIONS.items():
        add(acronym, acronym, "org", acronym)
        for form in forms:
            add(form, acronym, "org", acronym)
    # "US" and "AU" in capitals are words too ("US" in an all-caps headline is the state);
    # lower-case "us" never matches because matching is case-sensitive.
    forms = sorted(table, key=len, reverse=True)
    body = "|".join(re.escape(f) for f in forms)
    # A trailing "s" or "'s" is a possessive, often with its apostrophe lost ("Azerbaijans").
    pattern = re.compile(rf"(?<![\w.])({body})(?:'s|’s|s)?(?![\w])")
    return pattern, table


def find_entities(text: str) -> list[Entity]:
    """Find every state, side, region and organisation named in ``text``.

    Args:
        text: Any passage or sentence.

    Returns:
        Non-overlapping matches in order of appearance, longest form first.

    Example:
        >>> [e.name for e in find_entities("Azerbaijans ally Turkey joined NATO.")]
        ['Azerbaijan', 'Turkey', 'NATO']
    """
    pattern, table = _lexicon()
    found = []
    for match in pattern.finditer(text):
        form = match.group(1)
        name, kind, adjective, party = table[form]
        found.append(Entity(name, kind, match.group(0), match.start(), match.end(), adjective,
                            party))
    return found


def canonical(name: str) -> str | None:
    """Return the canonical name of a state, side, region or organisation, or None.

    Example:
        >>> canonical("Russian Federation"), canonical("Eurasian Economic Union")
        ('Russia', 'EAEU')
    """
    _, table = _lexicon()
    hit = table.get(name.strip())
    return hit[0] if hit else None


def kind_of(name: str) -> str | None:
    """Return ``"state"``, ``"side"``, ``"region"`` or ``"org"`` for a canonical name."""
    _, table = _lexicon()
    hit = table.get(name)
    return hit[1] if hit else None


def is_organisation(name: str) -> bool:
    """Return True when ``name`` is a known organisation's canonical acronym or full name."""
    return kind_of(name) == "org"
