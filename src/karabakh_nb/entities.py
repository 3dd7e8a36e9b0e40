"""Recognising states, non-state sides, regions and organisations in text.

States come from pycountry (every ISO 3166 country) under their common short
English name, plus a general alias table of demonyms, short forms and former
names ("Armenian", "U.S.", "Türkiye", "Burma"). Non-state sides (self-declared
republics, armed movements), disputed regions (each standing for the side that
holds it) and organisations (by acronym and full name) have tables of their own.

Matching rules, all general:

- One compiled regular expression (a character trie of every surface form) does
  the whole search, so a sentence is scanned once whatever the size of the tables.
- Matching is case-sensitive, with an all-capitals variant of every form
  ("U.S.-AZERBAIJAN"), so lower-case words ("us", "turkey", "chad") never match.
- Hyphens, dashes and spaces inside a name are interchangeable ("Nagorno-Karabakh",
  "Nagorno–Karabakh", "Nagorno Karabakh"); the longest form wins, so "Karabakh"
  inside "Nagorno-Karabakh" is never a second entity.
- A trailing "'s" or "s" is a possessive, often with its apostrophe lost
  ("Azerbaijans", "Armenias"); after a demonym the "s" is a plural ("Armenians").
- A name glued to a hyphenated modifier is still found ("Russia-brokered",
  "Russian-led", "ex-Soviet"); combining forms ("Russo-", "Sino-") only before a hyphen.
- "New Mexico", "New Jersey" and "the Americas" are not states.
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

# Extra surface forms of states, "Canonical: form, form". A form ending in a demonym
# suffix is an adjective ("Armenian soldiers"); _PLACE_FORMS below name the place.
_STATE_ALIASES_TEXT = """
United States: U.S., US, U.S.A., USA, America, American, United States of America, Washington
United Kingdom: UK, U.K., Britain, Great Britain, British
Russia: Russian, Russian Federation, Moscow, Kremlin
Turkey: Türkiye, Turkiye, Turkish, Turk, Ankara, Republic of Turkey
Armenia: Armenian, Yerevan
Azerbaijan: Azerbaijani, Azeri, Azerbaijanian, Baku
Georgia: Georgian, Tbilisi, Republic of Georgia
Iran: Iranian, Persia, Persian, Tehran
Ukraine: Ukrainian, Kyiv, Kiev
Belarus: Belarusian, Byelorussian, Belorussian, Minsk
Kazakhstan: Kazakh, Kazakhstani
Kyrgyzstan: Kyrgyz, Kirghiz
Tajikistan: Tajik, Tajikistani
Turkmenistan: Turkmen
Uzbekistan: Uzbek
Moldova: Moldovan
Israel: Israeli
Pakistan: Pakistani
India: Indian
China: Chinese, PRC, Beijing
Taiwan: Taiwanese, Republic of China
France: French, Paris
Germany: German, Berlin
Italy: Italian
Spain: Spanish
Portugal: Portuguese
Poland: Polish
Greece: Greek, Hellenic
Cyprus: Cypriot
Syria: Syrian, Damascus
Iraq: Iraqi, Baghdad
Afghanistan: Afghan, Afghanistani, Kabul
Saudi Arabia: Saudi, KSA
Egypt: Egyptian, Cairo
Lebanon: Lebanese
Jordan: Jordanian
Libya: Libyan
Yemen: Yemeni
Oman: Omani
Qatar: Qatari
Bahrain: Bahraini
Kuwait: Kuwaiti
United Arab Emirates: UAE, U.A.E., Emirati, Emirates
Palestine: Palestinian, State of Palestine
Serbia: Serbian, Serb
Croatia: Croatian, Croat
Slovenia: Slovenian, Slovene
Bosnia and Herzegovina: Bosnia, Bosnian, Bosniak, Bosnia-Herzegovina
Montenegro: Montenegrin
North Macedonia: Macedonia, Macedonian
Albania: Albanian
Hungary: Hungarian
Romania: Romanian
Bulgaria: Bulgarian
Czech Republic: Czech, Czechia
Slovakia: Slovak, Slovakian
Lithuania: Lithuanian
Latvia: Latvian
Estonia: Estonian
Finland: Finnish
Sweden: Swedish
Norway: Norwegian
Denmark: Danish
Iceland: Icelandic
Netherlands: Dutch, Holland, The Netherlands
Belgium: Belgian
Luxembourg: Luxembourgish
Switzerland: Swiss
Austria: Austrian
Ireland: Irish, Republic of Ireland
Malta: Maltese
Canada: Canadian
Mexico: Mexican
Cuba: Cuban
Haiti: Haitian
Jamaica: Jamaican
Dominican Republic: Dominican
Guatemala: Guatemalan
Honduras: Honduran
El Salvador: Salvadoran
Nicaragua: Nicaraguan
Costa Rica: Costa Rican
Panama: Panamanian
Colombia: Colombian
Venezuela: Venezuelan
Ecuador: Ecuadorian
Peru: Peruvian
Bolivia: Bolivian
Brazil: Brazilian
Paraguay: Paraguayan
Uruguay: Uruguayan
Argentina: Argentine, Argentinian
Chile: Chilean
Japan: Japanese, Tokyo
South Korea: South Korean, Republic of Korea, ROK
North Korea: North Korean, DPRK, Pyongyang
Mongolia: Mongolian
Vietnam: Vietnamese
Laos: Laotian
Cambodia: Cambodian
Thailand: Thai
Myanmar: Burma, Burmese
Malaysia: Malaysian
Singapore: Singaporean
Indonesia: Indonesian
Philippines: Filipino, Philippine
Brunei: Bruneian
Timor-Leste: East Timor, East Timorese, Timorese
Bangladesh: Bangladeshi
Nepal: Nepali, Nepalese
Bhutan: Bhutanese
Sri Lanka: Sri Lankan
Maldives: Maldivian
Australia: Australian
New Zealand: New Zealander
Fiji: Fijian
Papua New Guinea: Papua New Guinean
Ethiopia: Ethiopian
Eritrea: Eritrean
Sudan: Sudanese
South Sudan: South Sudanese
Somalia: Somali
Djibouti: Djiboutian
Kenya: Kenyan
Uganda: Ugandan
Rwanda: Rwandan
Burundi: Burundian
Tanzania: Tanzanian
Mozambique: Mozambican
Zambia: Zambian
Zimbabwe: Zimbabwean
Malawi: Malawian
Angola: Angolan
Namibia: Namibian
Botswana: Botswanan
South Africa: South African
Eswatini: Swaziland, Swazi
Lesotho: Basotho
Madagascar: Malagasy
Mauritius: Mauritian
Nigeria: Nigerian
Niger: Nigerien
Ghana: Ghanaian
Côte d'Ivoire: Ivory Coast, Ivorian
Senegal: Senegalese
Mali: Malian
Burkina Faso: Burkinabe
Chad: Chadian
Cameroon: Cameroonian
Gabon: Gabonese
Liberia: Liberian
Sierra Leone: Sierra Leonean
Guinea: Guinean
Gambia: Gambian, The Gambia
Mauritania: Mauritanian
Benin: Beninese
Togo: Togolese
Central African Republic: Central African, CAR
DR Congo: Democratic Republic of the Congo, Democratic Republic of Congo, DRC, D.R. Congo, \
Congo-Kinshasa
Republic of the Congo: Republic of Congo, Congo-Brazzaville
Algeria: Algerian
Morocco: Moroccan
Tunisia: Tunisian
Western Sahara: Sahrawi
Cape Verde: Cabo Verde, Cape Verdean
Holy See: Vatican, Vatican City
"""

# States no longer in ISO 3166 (or not in it) but common in conflict history.
_OTHER_STATES_TEXT = """
Soviet Union: USSR, U.S.S.R., Soviet
Yugoslavia: Yugoslav, Socialist Federal Republic of Yugoslavia
Czechoslovakia: Czechoslovak
East Germany: GDR, German Democratic Republic
West Germany: FRG
Ottoman Empire: Ottoman
Russian Empire: Tsarist Russia, Imperial Russia
Kosovo: Kosovar, Republic of Kosovo
"""

# Non-state sides of conflicts (self-declared republics, armed movements).
_SIDES_TEXT = """
Artsakh: Republic of Artsakh, Artsakh Republic, Nagorno-Karabakh Republic, NKR, Karabakh Armenian
South Ossetia: Republic of South Ossetia, South Ossetian, Ossetian, Tskhinvali
Abkhazia: Republic of Abkhazia, Abkhaz, Abkhazian, Sukhumi
Transnistria: Transnistrian, Pridnestrovie, Pridnestrovian Moldavian Republic, Transdniestria
Northern Cyprus: Turkish Republic of Northern Cyprus, TRNC
Donetsk People's Republic: DPR, DNR
Luhansk People's Republic: LPR, LNR
Republika Srpska: Bosnian Serb
Somaliland: Somalilander
Hamas:
Hezbollah: Hizbollah, Hizballah
Taliban:
Houthis: Houthi, Ansar Allah
Islamic State: ISIS, ISIL, Daesh
Al-Qaeda: al-Qaeda, Al Qaeda, al Qaeda
PKK: Kurdistan Workers' Party
Polisario Front: Polisario, Sahrawi Arab Democratic Republic
Wagner Group: Wagner
"""

# Disputed regions, "Region (side it stands for): forms".
_REGIONS_TEXT = """
Nagorno-Karabakh (Artsakh): Nagorny Karabakh, Nagorno Karabakh, Karabakh, Mountainous Karabakh, \
Upper Karabakh, NKAO
Nakhchivan (Azerbaijan): Nakhichevan, Naxçıvan
Crimea (Ukraine): Crimean
Donbas (Ukraine): Donbass
Gaza (Palestine): Gaza Strip
West Bank (Palestine):
Kashmir (Kashmir): Kashmiri
Chechnya (Russia): Chechen, Chechen Republic
North Ossetia (Russia): North Ossetian, North Ossetia-Alania
Adjara (Georgia): Ajara, Adjarian
Gagauzia (Moldova): Gagauz
"""

# Organisations, "ACRONYM: full names and other forms".
_ORGANISATIONS_TEXT = """
CSTO: Collective Security Treaty Organization, Collective Security Treaty Organisation
EAEU: Eurasian Economic Union, EEU, Eurasian Union
NATO: North Atlantic Treaty Organization, North Atlantic Treaty Organisation, \
North Atlantic Alliance, OTAN
UN: United Nations, U.N., UN Security Council, United Nations Security Council, UNSC, \
UN General Assembly, United Nations General Assembly
UNHCR: UN Refugee Agency, United Nations High Commissioner for Refugees
EU: European Union, E.U., European Commission, European Parliament
CIS: Commonwealth of Independent States
Council of Europe: CoE, Parliamentary Assembly of the Council of Europe
OSCE: Organization for Security and Co-operation in Europe, \
Organisation for Security and Co-operation in Europe, \
Organization for Security and Cooperation in Europe, \
Organisation for Security and Cooperation in Europe, OSCE Minsk Group, Minsk Group
GUAM: GUAM Organization for Democracy and Economic Development
OTS: Organization of Turkic States, Organisation of Turkic States, Turkic Council
SCO: Shanghai Cooperation Organisation, Shanghai Cooperation Organization
OIC: Organisation of Islamic Cooperation, Organization of Islamic Cooperation, \
Organisation of the Islamic Conference, Organization of the Islamic Conference
NAM: Non-Aligned Movement, Non Aligned Movement
African Union: AU
Arab League: League of Arab States
ASEAN: Association of Southeast Asian Nations
OAS: Organization of American States
GCC: Gulf Cooperation Council
OPEC: Organization of the Petroleum Exporting Countries
ECOWAS: Economic Community of West African States
BSEC: Organization of the Black Sea Economic Cooperation, Black Sea Economic Cooperation
BRICS:
G7: Group of Seven
G20: Group of Twenty
WTO: World Trade Organization, World Trade Organisation
IMF: International Monetary Fund
IAEA: International Atomic Energy Agency
Warsaw Pact: Warsaw Treaty Organization
ICRC: International Committee of the Red Cross, Red Cross
ICC: International Criminal Court
ICJ: International Court of Justice
"""

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

# Aliases that name the place (or its government) rather than its people.
_PLACE_FORMS = frozenset(
    # A word list reads better as text than as a list of quoted strings.
    """U.S. US U.S.A. USA America UK U.K. Britain KSA UAE U.A.E. Emirates PRC DPRK ROK CAR DRC
    USSR U.S.S.R. GDR FRG NKR TRNC DPR DNR LPR LNR NKAO Persia Holland Burma Czechia Macedonia
    Bosnia Vatican Kremlin Washington Moscow Ankara Yerevan Baku Tbilisi Tehran Kyiv Kiev Minsk
    Beijing Paris Berlin Damascus Baghdad Kabul Cairo Tokyo Pyongyang Tskhinvali Sukhumi
    Swaziland Pridnestrovie Transdniestria Polisario Wagner Ajara Donbass Nakhichevan Naxçıvan
    Vatican""".split()  # noqa: SIM905
)
# Endings of demonyms and adjectives ("Armenian", "Turkish", "Azeri", "Kyrgyz", "Serb").
_ADJECTIVE_SUFFIX = re.compile(
    r"(?:an|ish|ese|ic|i|ch|ss|ek|ik|ak|en|ot|az|yz|iz|ai|ino|ine|be|er|sy|tho|rb|ne|av|ar|et|rk|rin)$"
)

# A form followed by these never names a state ("the Americas", "New Mexico").
_BLOCKED = frozenset({"Americas"})

_SEPARATORS = "-‐‑–— \t\n\r\u00a0"
_SEP_RUN = re.compile(rf"[{_SEPARATORS}]+")


_COMBINED = re.compile(r"[-–]\w")


@dataclass(frozen=True)
class Entity:
    """A state, side, region or organisation found in a piece of text.

    Attributes:
        name: Canonical name (``"Russia"``, ``"Artsakh"``, ``"CSTO"``).
        kind: ``"state"``, ``"side"``, ``"region"`` or ``"org"``.
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


def _parse_table(text: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in text.replace("\\\n", "").strip().splitlines():
        head, _, rest = line.partition(":")
        table[head.strip()] = tuple(f.strip() for f in rest.split(",") if f.strip())
    return table


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


def _is_adjective(form: str) -> bool:
    return form not in _PLACE_FORMS and bool(_ADJECTIVE_SUFFIX.search(form))


def _trie_pattern(forms: list[str]) -> str:
    """Build a regular expression matching any of ``forms``, longest first, as a trie.

    A plain alternation of thousands of names is tried name by name at every
    position; a trie shares prefixes, so the engine gives up after one character at
    almost every position. Spaces in a form match any run of spaces or hyphens.
    """
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def char(ch: str) -> str:
        if ch == " ":
            return rf"[{re.escape(_SEPARATORS)}]+"
        if ch == "'":
            return "['’]"
        return re.escape(ch)

    def build(node: dict) -> str:
        ends = "" in node
        branches = [char(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # An optional continuation is greedy, so the longer form is tried first.
        return f"(?:{body})?" if ends else body

    return build(trie)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], dict[str, tuple[str, str, bool, str]]]:
    """Build the matching regex and its table: key -> (name, kind, adjective, party)."""
    table: dict[str, tuple[str, str, bool, str]] = {}

    def add(form: str, name: str, kind: str, party: str, adjective: bool = False) -> None:
        table.setdefault(_key(form), (name, kind, adjective, party))

    for form, canon in _state_names().items():
        add(form, canon, "state", canon)
    for canon, forms in {
        **_parse_table(_STATE_ALIASES_TEXT),
        **_parse_table(_OTHER_STATES_TEXT),
    }.items():
        add(canon, canon, "state", canon)
        for form in forms:
            add(form, canon, "state", canon, _is_adjective(form))
    for canon, forms in _parse_table(_SIDES_TEXT).items():
        add(canon, canon, "side", canon)
        for form in forms:
            add(form, canon, "side", canon, _is_adjective(form))
    for head, forms in _parse_table(_REGIONS_TEXT).items():
        canon, _, side = head.partition(" (")
        side = side.rstrip(")")
        add(canon, canon, "region", side)
        for form in forms:
            add(form, canon, "region", side, _is_adjective(form))
    for acronym, forms in _parse_table(_ORGANISATIONS_TEXT).items():
        add(acronym, acronym, "org", acronym)
        for form in forms:
            add(form, acronym, "org", acronym)
    # All-capitals variants come last, so they never shadow a real form ("GUAM" the
    # organisation, not "Guam" in capitals).
    for key, value in list(table.items()):
        table.setdefault(key.upper(), value)
    for form, name in _COMBINING.items():
        table.setdefault(form, (name, "state", True, name))

    # The pattern starts with the trie itself, so the engine can skip ahead to the
    # characters that begin some form; the checks on the preceding text are done in
    # find_entities.
    pattern = re.compile(rf"({_trie_pattern(sorted(table))})(?P<poss>['’][sS]|s['’]?)?(?![\w$])")
    return pattern, table


# The table entry of each matched form, looked up once per distinct form.
_FORM_CACHE: dict[str, tuple[str, str, bool, str]] = {}


def _entry(form: str) -> tuple[str, str, bool, str]:
    entry = _FORM_CACHE.get(form)
    if entry is None:
        _, table = _lexicon()
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
                ):
                    pos = start + 1
                    break
            if (form + suffix if suffix else form) in _BLOCKED or (
                form in _COMBINING and not _COMBINED.match(text, end)
            ):
                pos = start + 1
                break
            entry = _FORM_CACHE.get(form) or _entry(form)
            # After a demonym a bare "s" is a plural ("Armenians"), after a name a possessive.
            possessive = bool(suffix) and (len(suffix) == 2 or not entry[2])
            append((start, end, match.group(0), entry, possessive))
        else:
            break
    return found


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
    return [
        Entity(name, kind, surface, start, end, adjective, party, possessive)
        for start, end, surface, (name, kind, adjective, party), possessive in _scan(text)
    ]


def canonical(name: str) -> str | None:
    """Return the canonical name of a state, side, region or organisation, or None.

    Example:
        >>> canonical("Russian Federation"), canonical("Eurasian Economic Union")
        ('Russia', 'EAEU')
    """
    _, table = _lexicon()
    hit = table.get(_key(name))
    return hit[0] if hit else None


def kind_of(name: str) -> str | None:
    """Return ``"state"``, ``"side"``, ``"region"`` or ``"org"`` for a name, else None."""
    _, table = _lexicon()
    hit = table.get(_key(name))
    return hit[1] if hit else None


def is_organisation(name: str) -> bool:
    """Return True when ``name`` is a known organisation's canonical acronym or full name."""
    return kind_of(name) == "org"
