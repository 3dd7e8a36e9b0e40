"""Populations a sentence states, for :mod:`karabakh_nb.demographics`.

"a population of 53,000", "Some 2 million Tuareg live in Mali": the figure, its group and,
where the sentence's grammar names it, its place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .dates import find_dates
from .demographic_counts import count_of, is_threshold
from .demographic_majorities import (
    _CAP,
    _GROUP,
    _PLACE_KINDS,
    _POPULATION_NOUN,
    _RELIGIONS,
    _is_group,
    _is_name,
)
from .demographic_ranges import range_end
from .demographic_years import _Dates
from .entities import city_of, find_entities
from .lexicon import read_words
from .numbers import NumberMention

__all__: list[str] = []

# How far back a group or "population of" before a figure is looked for.
_LOOKBACK = 120
_KIND_OF_PLACE = (
    r"(?:country|state|republic|region|province|district|territory|city|town|village|island"
    r"|islands|area|enclave|oblast|county|governorate|municipality|strip|colony|protectorate"
    r"|kingdom|empire|archipelago|peninsula)\b"
)
# "the population of the colony, then smaller in area, was", "the population of X, according
# to the census of 1903, was": an aside before the verb (a figure's comma kept).
_ASIDE = (
    # "the population of X, where the siege lasted 79 days, has fallen to N": a relative clause.
    r"\s*,\s*(?:according\s+to|then|at|in|as|by|excluding|without|including|where|which|whose)\s"
    r"(?:[^,;()]|(?<=\d),(?=\d)){1,80},"
    r"(?=\s*(?:is|was|were|stood|stands|numbered|totalled|totaled|amounted|reached|has|had)\b)"
)

# Possessive: "1,234, 1990, 2,345" splits into figures, and a run of spaces between
# words, one way only (it backtracked exponentially through the ways of splitting them).
_POP_BEFORE = re.compile(
    # "the total number of inhabitants of X at N", "its inhabitants were estimated at N":
    # a count of a place's people, too.
    # "the census gave a population count of N": the count is the population's.
    r"(?:\b[Pp]opulation(?:\s+(?:count|total|figure))?|\b[Pp]op\.|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:total\s+)?(?:inhabitants|residents)"
    r"|\bnumber\s+of\s+(?:inhabitants|residents|souls))"
    rf"(?:\s+(?:of|in)\s+(?:the\s+)?(?:{_CAP}(?:[\s-]+{_CAP}){{0,4}}"
    rf"|{_KIND_OF_PLACE}(?:\s+of\s+{_CAP}(?:[\s-]+{_CAP}){{0,3}})?))?"
    r"(?:\s+(?:in|as\s+of)\s+\d{4}|\s*\(\s*(?:\d{4}(?:\s+census)?|census\s+of\s+\d{4})(?:\s+est\.?)?\s*\)"
    r"|\s+at\s+the\s+time"
    r"|\s+at\s+the\s+(?:[a-z]+\s+)?census(?:\s+of\s+\d{4})?"
    # "the population of X according to the 1911 census was N": the census, no commas.
    r"|\s+according\s+to\s+the\s+(?:\d{4}\s+)?census(?:\s+of\s+\d{4})?"
    # "the estimated population of X (Y excluded) is given as N": what it leaves out.
    r"|\s*\([A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+){0,2}\s+(?:excluded|included)\)"
    r")?"
    rf"(?:{_ASIDE})?"
    r"(?:\s*+,?\s*+(?:is|was|were|are|stood|stands|has|had|been|be|estimated|reached|numbered"
    r"|totalled|totaled|counted|grew|fell|declined|rose|dropped|increased|decreased|to|at|of"
    r"|grown|fallen|risen|shrunk|shrank|dwindled|climbed|swelled|swollen|reduced"
    r"|just|now|only|then|officially|put|believed|thought|said|around|from|in|recorded|and|but|total"
    # "is supposed to have numbered", "is variously estimated at from N to M": hedged, still
    # the figure.
    r"|supposed|reckoned|calculated|computed|reported|known|have|variously|number"
    r"|vary|varies|varied|range|ranges|ranged|amounted"
    r"|it|down|up|again|later|which|since|about|some|nearly|approximately|roughly|almost|over"
    r"|registered|enumerated|given|as|million|thousand|peaked|topped|Total|\d[\d,.]*+|[•·]"
    r"|estimate|census|between"
    # "grew by 10% to N", "fell by a third to N": the change, then the figure reached.
    r"|by\s++(?:\d[\d,.]*+(?:\s*+(?:%|percent|per\s+cent)|\s++(?:million|thousand))?|an?\s+(?:third|quarter|half|fifth|tenth)"
    r"|half|nearly\s+half)\s++to))*"
    r"\s*:?\s*$"
)
# "The 2015 census counted 145,053 residents": a census's count is a population.
# "The first census, in 1897, returned 2.6 million people": an aside between commas, too.
_CENSUS_BEFORE = re.compile(
    r"\b[Cc]ensus(?:,?\s+[\w'’-]+){0,4}?,?\s+(?:counted|recorded|registered|enumerated|found"
    r"|showed|listed|reported|returned|counts|records|registers|shows|lists|gives|gave|returns)"
    r"\s+(?:a\s+total\s+of\s+)?$"
)
# "The census counted 1,191,364 enslaved people": a class of people counted, the class a group.
_CLASS_WORDS = "|".join(sorted(read_words("population_classes"), key=len, reverse=True))
_COUNTED = re.compile(
    rf"\s+(?:(?P<cls>{_CLASS_WORDS})(?:\s+(?:people|persons))?\b(?![\w-])"
    rf"|(?P<people>{_POPULATION_NOUN}|persons)\b|(?P<group>{_GROUP}))|(?P<end>\s*(?:[,.;:)]|$))"
)
# "about 120,000 ethnic Armenians lived in Nagorno-Karabakh": a group counted where it lives.
# "2 million Russian speakers", "300,000 Sylvan nationals": a people by what they are.
_GROUP_TAIL = r"(?:\s+(?:speakers|nationals|immigrants|settlers|migrants|expatriates))?"
_LIVED_IN = re.compile(
    rf"\s+(?:(?P<people>{_POPULATION_NOUN}|persons)|(?P<group>{_GROUP}{_GROUP_TAIL}))"
    # "About 1.3 million people, mostly Setos, live in", "3,000 Arabs of various nationalities
    # live in", "300,000 Setos (12 percent of the population) live in".
    r"(?:\s*,[^,;:.]{1,40},|\s*\([^()]{1,60}\)"
    r"|\s+of\s+(?:various|different|many|other)\s+[a-z]+)?\s+"
    r"(?:who\s+)?(?:(?:still|then|once|formerly|previously|permanently|had|currently|now|today|presently"
    r"|also|mostly|mainly|largely)\s+)?"
    r"(?:lived|live|were\s+living|are\s+living|resided|reside|remain|remained|remains"
    r"|(?:make|made|makes)\s+(?:their|its)\s+home|call\s+home)\s+in\b"
)
# "There are about 3 million Tamils in Sri Lanka": the same count, with no verb.
_THERE_ARE = re.compile(
    r"\b[Tt]here\s+(?:are|were|is|was)\s+(?:(?:also|still|then|now|only)\s+)?"
    # "There are estimated to be 300,000 Setos in Latvia": a reckoned count, the same.
    r"(?:(?:estimated|thought|believed|said|reckoned)\s+to\s+be\s+(?:some\s+|about\s+|around\s+)?)?"
    r"(?:an\s+estimated\s+)?$"
)
# "In 1897 there were 2.6 million inhabitants.": a place's people, the clause ending there.
_INHABITANTS_ALONE = re.compile(r"\s+(?:inhabitants|residents|souls)\s*(?:[.;]|$)")
_CALL_HOME = re.compile(
    rf"\s+(?:(?P<people>{_POPULATION_NOUN}|persons)|(?P<group>{_GROUP}{_GROUP_TAIL}))\s+(?:now\s+)?"
    rf"(?:call|called|calls)\s+(?P<place>{_CAP}(?:[\s-]+{_CAP}){{0,3}})\s+(?:their\s+)?home\b"
)
# "There are about 300,000 Setos (today).": a group counted, its clause ending there.
# "There were also about 146,000 foreigners.": a lower-case class of people, too.
_CLASSES = frozenset(read_words("population_classes"))
_GROUP_ALONE = re.compile(
    rf"\s+(?:(?P<group>{_GROUP}{_GROUP_TAIL})|(?P<cls>[a-z][a-z-]*+))(?:\s+(?:today|now))?"
    r"\s*(?:[.;]|$)"
)
_IN_PLACE = re.compile(
    rf"\s+(?:(?P<people>{_POPULATION_NOUN}|persons)|(?P<group>{_GROUP}{_GROUP_TAIL}))"
    # "there were 1,050,000 non-Muslim civilians (mostly Catholic) in X": the people of a
    # group, and an aside before the place.
    r"(?:\s+(?:civilians|citizens|residents|inhabitants)\b)?"
    r"(?:\s*\([^()]{1,80}\))?\s+(?:(?:living|residing)\s+)?in\b"
)
# "in the south of", "in southern Lowbury": where in the place named after it.
_THE = re.compile(
    r"\s*(?:the\s+)?(?:(?:north|south|east|west|central|centre|center)(?:ern)?\s+"
    r"|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?"
)
# "a majority in the region", "the enclave's people": the region the pair is about.
_THE_REGION = re.compile(
    r"\b(?:in|of|within|across|throughout)\s+the\s+(?:region|enclave|breakaway\s+(?:region|republic)"
    r"|autonomous\s+(?:region|republic|oblast))\b|\b[Tt]he\s+(?:region|enclave)['’]s?\s"
)
_THE_COUNTRY = re.compile(
    r"\s+the\s+(?:(?:breakaway|disputed|autonomous|occupied|separatist|self-declared|unrecognised"
    r"|unrecognized)\s+)?(?:country|nation|territory|strip|enclave|republic|region|island|province)\b"
)
_KIND_OF = re.compile(rf"{_KIND_OF_PLACE}\s+of\s+(?:the\s+)?(?=[A-Z])")
_NAME_AT = re.compile(rf"{_CAP}(?:[\s-]+{_CAP}){{0,3}}")


def _is_town(name: str) -> bool:
    """A capitalised name that may be a place: not a group, a month, "The" or a kind of place.

    "Los Angeles" ends like a plural, but a name of several words no list holds, none of
    them a faith's, is a place where a place stands ("live in the Los Angeles area").
    """
    if not _is_name(name):
        return False
    several = len(name.split()) > 1 and not find_entities(name) and not _RELIGIONS.search(name)
    return several or not _is_group(name)


# "about 12 per cent of the then total of 4.7 million": the whole a share is of.
_TOTAL_OF = re.compile(r"(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:the\s+)?(?:then\s+)?total\s+of\s+$")
_HOME_TO = re.compile(r"\bhome\s+to\s+$")
# "Algerian Ethnic Groups Arab-Berber 99%": a fact sheet's heading is not the group's name.
_HEADING = re.compile(
    r"^(?:[^:]{0,80}\s)?(?:[Ee]thnic\s+[Gg]roups|[Rr]eligions|[Ll]anguages|[Nn]ationalities)"
    r"\s*:?\s+(?=\S)"
)
_DISPLACED = "|".join(sorted(read_words("displaced_nouns"), key=len, reverse=True))
# "home to about sixteen ethnic groups": a count of groups, not of people.
_NOT_PEOPLE_AFTER = re.compile(
    r"\s+(?:(?:ethnic|linguistic|religious|distinct|different|indigenous|native|major|minor"
    r"|main|smaller|larger)\s+){0,2}"
    r"(?:groups|tribes|clans|languages|dialects|nationalities|peoples|ethnicities|religions)\b"
    # "home to 165,000 Sahrawi refugees": the displaced are casualties' figures.
    rf"|(?:\s+{_CAP})?\s+(?:{_DISPLACED})\b"
    # "then 195,000 sq. m. in area": an area, not a population.
    r"|\s+(?:sq\.|square\s+(?:miles|kilometres|kilometers|km)|km2|km²|acres|hectares)(?!\w)"
    # "about a million less than expected": a difference, not a population.
    r"|\s+(?:less|more|fewer|lower|higher)\s+than\b"
    # "20,000 lives were lost": deaths are casualties' figures.
    r"|\s+lives\b(?!\s+(?:in|on|at|near|mainly|mostly|largely|chiefly|primarily|there|here)\b)"
    # "..., which numbered 6,000,000, at least 34,000 lost their lives": a toll, not its size.
    # "as some 110,000 people were displaced": the driven out, not a population.
    r"|(?:\s+(?:people|persons|civilians|residents|inhabitants))?\s+(?:lost|died|perished|fled"
    r"|(?:were|was|had\s+been|have\s+been)\s+(?:killed|massacred|wounded|displaced|evacuated"
    r"|expelled|deported|uprooted|driven))\b"
    # "Population • 2020 estimate 1,234,567": a year naming the figure after it.
    r"|(?<=\d{4})\s+(?:estimate|est\.|census|projection)(?!\w)"
)
# "the displaced population stood at N", "the refugee population of X": the driven out are
# casualties' figures, not a place's people.
_UPROOTED_POPULATION = re.compile(
    rf"(?i:\b(?:displaced|uprooted|exiled|evacuated|deported|detained|detainee|prison|camp"
    rf"|{_DISPLACED}))\s+$"
)
# "is under 15", "aged over 65": a small figure after a word of age is an age.
_AGE_LIMIT = 120
_AGE_BEFORE = re.compile(r"\b(?:under|over|aged|below|above|age)\s+(?:the\s+age\s+of\s+)?$")
# "..., of which 1,100,000 were Setos": a part of the population counted before, not the whole.
_PART_OF = re.compile(r"\bof\s+(?:which|whom)\s+(?:(?:about|around|some|nearly|almost|over)\s+)?$")
# "had 17,540 inhabitants", "the census counted 220,000 souls", "an envoy suggested 600,000 to
# 700,000 souls": a verb of having or reckoning before the figure of a place's people (a range's
# low end before it: demographic_ranges adds that end).
_OPENERS = read_words("name_openers")
_HAS_INHABITANTS = re.compile(
    r"\b(?:has|had|have|with|of|counted|suggested|estimated|reckoned|allowed|gave|recorded"
    r"|registered|enumerated|numbered|found|showed|returned|contains|contained|contain)\s+"
    r"(?:between\s+)?"
    r"(?:\d[\d,.]*+(?:\s+(?:million|thousand))?\s*(?:to|and|-|–)\s*)?$"
)
_INHABITANT_UNITS = frozenset({"inhabitants", "residents", "souls"})
# "The 10,000 residents are Mennonites": a place's people, the place named before; not
# those who left ("the 300 residents who fled", "were evacuated").
# "Of the 3.5 million inhabitants, 2.9 million were X": the whole of a breakdown, left to it.
_THE_INHABITANTS = re.compile(
    r"(?<![Oo]f\s)\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:total\s+|estimated\s+)?$"
)
_NOT_THE_INHABITANTS = re.compile(
    r"\s+\w+\s+(?:who|that|fled|left|had\s+fled|(?:were|had\s+been)\s+(?:evacuated|displaced"
    r"|expelled|deported|forced|moved|resettled|relocated|taken|held|trapped|rescued))\b"
)
# "X allowed 625,000 souls, while an almanac suggested 800,000": a second reckoning of the
# population just given, its figure bare.
_GAPPED_RECKONING = re.compile(
    r"(?:,\s*|\s)(?:while|whereas|and|but)\s+[^,;:.]{1,60}?\s+(?:suggested|estimated|gave"
    r"|reckoned|counted|recorded|allowed|found|put\s+it\s+at)\s+$"
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,;.)]|$)")
# "From 19,090,448 residents at the 1947 census, ...": a census's count of a place's people.
_AT_THE_CENSUS = re.compile(
    r"\s+(?:inhabitants|residents|souls|people|persons)\s+(?:at|in|according\s+to)\s+the\s+"
    r"(?:\d{4}\s+|(?:first|last|latest|next|national|official|general)\s+)?census\b"
    r"(?!\s+(?:office|bureau|takers?|workers?|officials?|staff)\b)"
    r"(?![^.;]{0,40}\b(?:killed|died|dead|wounded|fled|displaced|evacuated)\b)"
)


@dataclass(frozen=True)
class _Found:
    """One statement found in a sentence, before its subject and year are settled."""

    start: int
    end: int
    group: tuple[int, int] | None  # span of the group's name; None for a population
    subject: str | None  # set when the statement's own grammar names it
    value: int | float | None
    unit: str
    qualifier: str
    named: str | None = None  # the group an earlier sentence names ("This group", "They")
    year: int | None = None  # set when the statement's own grammar gives it (a table's row)


# "the non-Muslim (Filipino) population": a people named by what it is not, never the whole.
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>(?P<non>[Nn]on-{_CAP}(?:\s+{_CAP})?)|{_CAP})\s+$")


def _people_before(text: str, at: int) -> tuple[int, int] | None:
    """The span of a people's name right before ``at`` ("Seto" of "Seto population")."""
    found = _NAME_BEFORE.search(text, max(0, at - 40), at)
    if found is None or not text.startswith("population", at):
        return None
    name = found.group("name")
    if found.group("non"):
        return found.span("name")
    # A sentence's first word is capitalised whatever it is ("Total population was ...").
    opens = not text[: found.start()].strip() or text[: found.start()].rstrip()[-1] in ".:;"
    # "the Latvian population": the whole; "the Jewish population": a people's.
    named = find_entities(name)
    if opens or any(e.kind != "people" for e in named) or name in _OPENERS:
        return None
    if not named and not _is_name(name):
        return None
    return found.span("name")


def _place_at(text: str, at: int) -> str | None:
    """The place named right after "in" ending at ``at``; None where none is named.

    "lived in the village" names none; "lived in the province of Lowbury" names Lowbury.
    """
    after = the.end() if (the := _THE.match(text, at)) else at
    after = kind.end() if (kind := _KIND_OF.match(text, after)) else after
    entities = [e for e in find_entities(text[after:]) if e.start == 0]
    if entities and entities[0].kind in _PLACE_KINDS and not entities[0].adjective:
        return city_of(entities[0]) or entities[0].name  # "lived in Riga": the city
    if not entities and (name := _NAME_AT.match(text, after)) and _is_town(name[0]):
        return name[0]  # "300,000 Russians live in Tallinn": a town no list holds
    return None


# "there were 963.596 (42,22%) Muslims and 1.318.506 (57,78%) non-Muslims in X": counts of
# groups listed after "there were", their share in brackets, the place after the last.
_LIST_ITEM = re.compile(rf"(?:\s*\([^()]{{1,24}}\))?\s+(?P<group>{_GROUP}{_GROUP_TAIL})")
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_LIST_IN = re.compile(r"\s+(?:(?:alone|together|combined|respectively)\s+)?in\b")


def _listed_counts(
    text: str, numbers: list[NumberMention]
) -> dict[int, tuple[tuple[int, int], int]]:
    """Each listed count's group span and the end of the "in" naming their place, by index."""
    out: dict[int, tuple[tuple[int, int], int]] = {}
    counts = [i for i, n in enumerate(numbers) if not n.is_percent]
    starts = {numbers[i].start: i for i in counts}
    for i in counts:
        if i in out or not _THERE_ARE.search(text, max(0, numbers[i].start - 60), numbers[i].start):
            continue
        chain: list[tuple[int, tuple[int, int]]] = []
        at: int | None = i
        while at is not None:
            item = _LIST_ITEM.match(text, numbers[at].end)
            if item is None or not (_is_group(item["group"]) or _is_name(item["group"])):
                break
            chain.append((at, item.span("group")))
            if placed := _LIST_IN.match(text, item.end()):
                if len(chain) > 1:
                    out.update({j: (span, placed.end()) for j, span in chain})
                break
            sep = _LIST_SEP.match(text, item.end())
            at = starts.get(sep.end()) if sep else None
    return out


def _populations(text: str, numbers: list[NumberMention]) -> Iterator[_Found]:
    """Counts of people: a whole population, or a group counted where it lives."""
    dates: _Dates | None = None
    listed = _listed_counts(text, numbers) if " in " in text else {}
    counted_people = False  # a population read earlier in the sentence
    for at, number in enumerate(numbers):
        tail = range_end(text, numbers, at)  # "15,000-20,000 lives": after the range
        # "a 300,000-strong community": a figure glued to "-strong" is still a count.
        compound = number.compound and not text.startswith("-strong", number.end)
        if number.is_percent or compound or _NOT_PEOPLE_AFTER.match(text, tail):
            continue
        before = text[max(0, number.start - _LOOKBACK) : number.start]
        said = text[max(0, number.start - 20) : number.number_start]
        if number.value < _AGE_LIMIT and _AGE_BEFORE.search(said):
            continue  # "40% of the population is under 15": an age, not a count
        group: tuple[int, int] | None = None
        subject: str | None = None
        if counted := count_of(text, number, max(0, number.start - _LOOKBACK), tail):
            group, subject = counted
        elif _PART_OF.search(before):
            continue  # "the population was 1.9 million, of which 1.1 million were": a part
        elif pop := _POP_BEFORE.search(before):
            # "Latvia's Seto population is variously estimated at from 3,000 to 5,000": a
            # people's name before "population" counts that people (a state's demonym, the
            # whole population), both ends of a range alike.
            offset = number.start - len(before)
            if _UPROOTED_POPULATION.search(
                text, max(0, offset + pop.start() - 40), offset + pop.start()
            ):
                continue
            group = _people_before(text, offset + pop.start())
        elif (
            _TOTAL_OF.search(before)
            or _HOME_TO.search(before)
            or (number.unit in _INHABITANT_UNITS and _HAS_INHABITANTS.search(before)
                and not is_threshold(before, number))
            or (_THERE_ARE.search(before) and _INHABITANTS_ALONE.match(text, number.end))
            or _AT_THE_CENSUS.match(text, number.end)
            or (number.unit in _INHABITANT_UNITS and _THE_INHABITANTS.search(before)
                and not _NOT_THE_INHABITANTS.match(text, number.end))
            or (counted_people and _GAPPED_RECKONING.search(before)
                and _CLAUSE_ENDS.match(text, number.end))
        ):  # fmt: skip
            pass
        elif _CENSUS_BEFORE.search(before) and (
            (noun := _COUNTED.match(text, number.end)) is not None
            # "end" is empty where the answer stops right after the figure.
            and (
                noun.group("people")
                or noun.group("cls")
                or noun.group("end") is not None
                or _is_group(noun.group("group"))
            )
        ):
            if noun.group("group") or noun.group("cls"):
                group = noun.span("group" if noun.group("group") else "cls")
        elif at in listed:
            # "there were 1,120,000 Muslims and 1,233,500 non-Muslims in X": each count's place.
            group, after = listed[at]
            subject = _place_at(text, after)
            if subject is None:
                continue
        elif (
            # "There are 2,000 to 3,000 Jews in X": the group after the range's high end.
            lived := _LIVED_IN.match(text, tail)
            or (_IN_PLACE.match(text, tail) if _THERE_ARE.search(before) else None)
        ) and (  # "Some 2 million Tuareg live in Mali": a name no list holds, too
            lived.group("people")
            or _is_group(lived.group("group"))
            or _is_name(lived.group("group"))
        ):
            subject = _place_at(text, lived.end())
            if subject is None and not _THE_COUNTRY.match(text, lived.end()):
                continue  # "in the country": the state the answer is about
            if lived.group("group"):
                group = lived.span("group")
        elif (home := _CALL_HOME.match(text, number.end)) and (
            home.group("people") or _is_group(home.group("group"))
        ):
            # "300,000 Setos call Lowbury home": the place they call home.
            known = [e for e in find_entities(home.group("place")) if e.start == 0]
            place = home.group("place")
            if known and known[0].kind in _PLACE_KINDS and not known[0].adjective:
                subject = known[0].name
            elif not known and _is_town(place):
                subject = place
            else:
                continue
            group = home.span("group") if home.group("group") else None
        elif (
            _THERE_ARE.search(before)
            and (alone := _GROUP_ALONE.match(text, tail))
            and (
                alone.group("cls") in _CLASSES
                or (alone.group("group") is not None and _is_group(alone.group("group")))
            )
        ):
            # "There are about 300,000 Setos.": the topic's
            group = alone.span("group" if alone.group("group") else "cls")
        else:
            continue
        if number.maybe_year:
            # "grew from 150,000 in 1989": a year, as the date reader decides.
            dates = _Dates(find_dates(text)) if dates is None else dates
            if dates.covers(number.number_start):
                continue
        counted_people = counted_people or group is None
        yield _Found(number.start, number.end, group, subject, number.value, "people",
                     number.qualifier)  # fmt: skip
