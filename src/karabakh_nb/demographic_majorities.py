"""Groups and places of the demographics table, and the majorities it reads.

What belongs here: what a group of people is (:func:`_is_group`), the places a sentence
names (:func:`_places`, :func:`_np_subject`) and the statements that a group is the
majority of a place, whose share is not given (:func:`majorities`):

* "X, inhabited mostly by Y" (also "mainly", "predominantly", "largely", "populated",
  "settled"): the subject is the noun phrase before the comma;
* "the majority of the population (of X) are Y", "most of the inhabitants are Y", "the
  majority of Syrians are Y", "most Syrians are Y" (the people's state is the subject);
* "Y form a majority", "Y (who had constituted a majority in the region)";
* after a count of people: "a population of 1.4 million, mostly Chechens" (and "... and
  Y2": both), "..., most of whom are Hutu";
* under a fact sheet's heading: "Religion: predominantly Church of England";
* adjectives: "a predominantly Shia country", "Iraq is predominantly Shia" (after a
  place or a population noun), "a Muslim-majority region", "the majority ethnic
  Armenians of X". The subject is a place named right after ("the Muslim-majority
  Kashmir valley", "... of X"), else the place the phrase is said of ("Iran, a
  predominantly Shiite nation", "Iraq is a ..."), else the sentence's.

``value`` is null, ``unit`` ``percent``, ``qualifier`` ``majority``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .entities import Entity, city_of, find_entities, is_agency
from .lexicon import read_words

_PLACE_KINDS = frozenset({"state", "side", "region"})
# Possessive, and a group at most eight words long: a run of capitalised words was read
# from every word in it to its end, quadratic in the run (and hyphens split every way).
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]*+"
# "non-Muslims", "non-Jews": a people named by what it is not.
# "Russian speakers": a people named by the language it speaks.
_GROUP = (
    rf"(?:(?:[Ee]thnic|[Rr]eligious)\s+)?(?:(?<![\w-])[Nn]on-)?{_CAP}(?:\s+{_CAP}){{0,7}}"
    r"(?:\s+speakers\b)?"
)
# A capitalised word without what a hyphen joins to it ("Muslim" of "Muslim-majority").
_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’]*+"
_RELIGIONS = re.compile(
    r"\b(?:Shia|Shias|Shiite|Shiites|Shi'a|Sunni|Sunnis|Muslims?|Christians?|Orthodox|Catholics?"
    r"|Protestants?|Jews|Jewish|Buddhists?|Hindus?|Sikhs?|Yazidis?|Zoroastrians?|Atheists?"
    r"|Molokans?|Baha'is?|Armenian\s+Apostolic|Apostolic|Alawites?|Alevis?|Druze|Zaydis?"
    r"|Isma'?ilis?|Maronites?|Copts?|Coptic|Animists?|Evangelicals?|Pentecostals?|Anglicans?"
    r"|Lutherans?|Methodists?|Baptists?|Presbyterians?|Mormons?|Shintoists?|Taoists?|Islam"
    r"|Christianity|Judaism|Buddhism|Hinduism|Sikhism|Catholicism|Protestantism|Orthodoxy|Islamic)\b"
)
_POPULATION_NOUN = r"(?:population|inhabitants|residents|people|populace|citizens)"

_ADVERB = r"(?:mostly|mainly|predominantly|largely|primarily|overwhelmingly|chiefly)"
_PEOPLED = r"(?:inhabited|populated|settled|peopled)"
_MOSTLY = re.compile(
    rf"(?:,\s*)?(?:(?:which|that)\s+(?:is|was|are|were)\s+|(?:is|was|are|were)\s+)?"
    rf"(?:{_PEOPLED}\s+{_ADVERB}|{_ADVERB}\s+{_PEOPLED})\s+by\s+(?P<group>{_GROUP})"
)
_MAJORITY = r"(?:vast\s+|overwhelming\s+|great\s+|large\s+|clear\s+|slight\s+)?majority"
# "the majority of the population in X identifies as mestizo": what they are, or follow.
# Lower-case names of a part of a population ("mestizos", "whites"): see shares.
_CLASS_WORDS = "|".join(sorted(read_words("population_classes"), key=len, reverse=True))
# "most of Latvia's inhabitants are Y": the owner of the population is the subject.
_MAJORITY_OF = re.compile(
    rf"(?:\b(?:[Tt]he|[Aa])\s+{_MAJORITY}\s+of|\b[Mm]ost(?:\s+of)?|\b[Tt]he\s+bulk\s+of"
    # "nearly all (of) the inhabitants", "virtually the entire population".
    r"|\b(?:[Nn]early|[Aa]lmost|[Vv]irtually|[Pp]ractically)\s+(?:all(?:\s+of)?|the\s+(?:entire|whole)))"
    rf"\s+(?:(?:the\s+|its\s+|their\s+|(?P<owner>[A-Z][\w-]*+(?:\s+[A-Z][\w-]*+){{0,3}})['’]s\s+)?"
    rf"{_POPULATION_NOUN}(?:\s+(?:of|in)\s+(?:the\s+)?{_CAP}(?:[\s-]+{_CAP}){{0,7}})?"
    rf"|(?P<people>{_CAP}))\s+(?:are|were|is|was|identify\s+as|identifies\s+as|identified\s+as"
    rf"|adhere\s+to|adheres\s+to|follow|follows|practi[cs]es?|speak|speaks)\s+"
    rf"(?P<group>{_GROUP}|(?<=as\s)[a-z][\w-]*+(?=\s*(?:[,;.)]|$))"
    rf"|(?:{_CLASS_WORDS})(?![\w-])(?=\s*(?:[,;.)]|$)))"
)
# "the population consists mainly of Y", "Y comprise the bulk of the population".
_CONSISTS = re.compile(
    rf"\b{_POPULATION_NOUN}(?:\s+of\s+(?:the\s+)?(?P<place>{_CAP}(?:\s+{_CAP}){{0,3}}))?\s+"
    rf"(?:(?:consists|consisted|is\s+composed|was\s+composed|is\s+made\s+up|was\s+made\s+up)"
    # "is largely made up of Y": the adverb before the verb, too.
    rf"\s+{_ADVERB}|(?:is|was)\s+{_ADVERB}\s+(?:composed|made\s+up))\s+of\s+(?P<group>{_GROUP})"
    rf"|(?<![\w'’-])(?P<bulk>{_GROUP})\s+(?:form|formed|forms|make\s+up|made\s+up|makes\s+up"
    rf"|constitute|constituted|constitutes|comprise|comprises|comprised|are|were)\s+the\s+bulk"
    rf"\s+of\s+(?:the\s+|its\s+)?{_POPULATION_NOUN}"
)
# A name read as a group whatever it is must end its clause ("are Riga residents" is none).
_CLAUSE_END = re.compile(r"\s*(?:[,;.)]|and\b|$)")
# "The majority are Sunnis": the people the answer is about.
_MAJORITY_ARE = re.compile(rf"\b[Tt]he\s+{_MAJORITY}\s+(?:are|were)\s+(?P<group>{_GROUP})")
_FORM_MAJORITY = re.compile(
    # "where Swedish speakers constitute a majority": a people named by what it speaks.
    rf"(?<![\w'’-])(?P<group>{_GROUP}(?:\s+speakers)?)(?:\s*[(,]?\s*(?:who|which)(?:\s+(?:had|have|has))?"
    # "Christians, mainly Orthodox, form a majority": an aside between the group and its verb.
    r"|\s*,\s*(?:mainly|mostly|largely|chiefly|most\s+of\s+them|nearly\s+all)\s[^,;:.()]{1,40},)?"
    # "were estimated to form a slight majority": a reckoned majority, the same.
    r"(?:\s+(?:is|are|was|were)\s+(?:estimated|thought|believed|said|reckoned)\s+to)?"
    rf"\s+(?:form|formed|forms|make\s+up|made\s+up|makes\s+up|constitute|constituted"
    rf"|constitutes|comprise|comprises|comprised|represent|represents|represented"
    rf"|are|were|was|is)\s+(?:(?:once|still|now|today|then)\s+)?(?:in\s+)?(?:an?|the)\s+(?:clear\s+|large\s+|vast\s+|slight\s+|great\s+"
    rf"|overwhelming\s+)?majority\b"
    rf"(?:\s+(?:in|of)\s+(?:the\s+)?(?P<place>{_CAP}(?:[\s-]+{_CAP}){{0,3}}))?"
)
# "a population of about 1.4 million, mostly Chechens": the people just counted.
_COUNT_MOSTLY = re.compile(
    r"(?:\d(?:[\d,.]*\d)?(?:\s+(?:million|thousand))?(?:\s+(?P<noun>inhabitants|residents))?"
    rf"|\b(?P<word>population|inhabitants|residents|populace))\s*,\s*"
    rf"(?:{_ADVERB}|(?:most|the\s+majority)\s+of\s+(?:whom|them)(?:\s+(?:are|were|is|was))?)"
    rf"\s+(?P<group>{_GROUP})(?:\s*,?\s+and\s+(?P<group2>{_GROUP}))?"
)
# A figure before "mostly" is a population's only where a population noun is near ("up
# to 300,000 people, mostly ethnic Georgians, were displaced" counts the displaced).
_POPULATION_NEAR = re.compile(r"\b(?:population|inhabitants|residents|census)\b", re.IGNORECASE)
# Fact-sheet headings: "Religion: predominantly Church of England", "Ethnic divisions:
# almost totally British"; under such a heading any name is a group's.
_HEADING_MOSTLY = re.compile(
    r"\b(?:Religions?|Ethnic\s+(?:groups|divisions|composition|make-?up)|Ethnicity|Nationality"
    rf"|Languages?)\s*:\s*(?:(?:almost|nearly)\s+(?:totally|entirely|exclusively|all)\s+"
    rf"|(?i:{_ADVERB})\s+)"
    rf"(?P<group>{_WORD}(?:\s+(?:of\s+)?{_WORD}){{0,3}}?)(?=\s+(?-i:[A-Z])[a-z]+\s*:|[,;.(]|\s*$)"
)
# "the majority of Kosovars are Albanians (92%)": the share is the row, not the majority.
_SHARE_AFTER = re.compile(r"\s*\(\s*(?:about\s+|some\s+|around\s+)?\d")
# "almost entirely Muslim", "nearly exclusively Catholic": all but a few, a majority.
_ALMOST_ALL = r"(?:almost|nearly|virtually|practically)\s+(?:entirely|exclusively|totally|wholly)"
# "a predominantly Shia country", "a Muslim-majority region", "the majority ethnic Armenians".
_ADJECTIVE = re.compile(
    rf"\b(?P<adverb>{_ADVERB}|majority|{_ALMOST_ALL})\s+(?P<art>an?\s+)?(?P<group>(?:(?:ethnic|religious)\s+)?{_WORD}"
    rf"(?:\s+{_WORD})?)(?:-(?:populated|inhabited|speaking|dominated))?(?![\w'’-])"
    rf"|(?<![\w'’-])(?!(?:The|A|An|Its|Their)\s)(?P<compound>{_WORD}(?:\s+{_WORD})?)-majority\b"
    rf"|\b(?i:a|an|the|its|their)\s+(?P<noun_group>(?:(?:ethnic|religious)\s+)?{_WORD}(?:\s+{_WORD})?)"
    # "a Shia majority government", "a Kurdish majority in parliament": no population's.
    r"\s+majority\b(?!\s+of\b)(?!\s+(?:government|rule|party|parties|parliament|leadership"
    r"|coalition|cabinet|seats?|votes?|in\s+(?:the\s+)?(?:parliament|assembly|legislature|senate"
    r"|house|council|congress|government)))"
)
_PLACE_NOUN = (
    r"(?:country|countries|nation|state|region|regions|province|city|town|area|areas|enclave"
    r"|republic|territory|society|district|districts|village|villages|valley|land|island"
    r"|population|community|communities|neighbou?rhoods?|oblast|governorate)\b"
)
# After the adjective: a noun of places or people ("country", "population"); "of X".
# "a largely Christian, culturally diverse and regionally balanced nation": lower-case words
# listed between, and quotes.
_NOUN = re.compile(
    r"(?:\s*,\s*[a-z]+(?:\s+[a-z]+)?){0,3}(?:,?\s+and\s+[a-z]+(?:\s+[a-z]+)?)?"
    rf"\s+[\"“]?(?:[a-z]+\s+)?(?P<noun>{_PLACE_NOUN})"
)
_PEOPLE_NOUN = re.compile(rf"{_POPULATION_NOUN}|communit", re.IGNORECASE)
_SPACE = re.compile(r"\s+(?:the\s+)?")
_OF_PLACE = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?")
# "Iraq is predominantly Shia", "the population was mostly Muslim".
_COPULA = re.compile(
    rf"(?:\b{_POPULATION_NOUN}|\b{_PLACE_NOUN}|\bmillion|(?P<cap>{_CAP}))(?:['’]s)?"
    # "The people of Latvia are predominantly Y".
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w-]*+(?:\s+[A-Z][\w-]*+){0,3}))?"
    r"(?:\s+of\s+(?:about\s+|some\s+|around\s+)?\d[\d,.]*+(?:\s+(?:million|thousand))?)?"
    # "Latvia, with a population of 2 million, is mostly Y": an aside's comma.
    # "Latvia, which is mostly Y": a relative clause's pronoun.
    # "Its population, estimated at 9 million in 1979, was mostly Y": a reckoning's aside.
    r"(?:\s*,\s*(?:estimated|put|reckoned|counted|numbering|then|about|some|around)\s[^,;:()]{1,60},)?"
    r"(?:\s*\(\s*\d{4}(?:\s+est\.?)?\s*\))?(?:\s*,(?:\s+(?:which|that))?)?"
    r"\s+(?:is|are|was|were|remains|remained)\s+$"
)
# "Its inhabitants were mostly Igbo": what people are, whatever the name.
# "Its population of 150,000 (2015 est.) is mostly Seto": the count may stand between.
_PEOPLE_COPULA = re.compile(
    rf"\b{_POPULATION_NOUN}(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*+(?:\s+[A-Z][\w-]*+){{0,3}})?(?:\s+of\s+(?:about\s+|some\s+|around\s+)?\d[\d,.]*+"
    r"(?:\s+(?:million|thousand))?(?:\s*\(\s*\d{4}(?:\s+est\.?)?\s*\))?)?\s+(?:is|are|was|were)\s+$"
)
# "Lowbury's majority Setos": the place that owns the majority.
_OWNER_BEFORE = re.compile(r"(?P<cap>[A-Z][\w-]*+)['’]s\s+$")
# What may stand between a place and an adjective said of it ("Iran, a", "Iraq is a").
_SAID_OF = re.compile(
    r"(?:['’]s)?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was|are|were|remains|has\s+been|has|had"
    r"|have)\s+)?"
    r"(?:(?:a|an|the)\s+)?$"
)
# "Jaffna, a predominantly Tamil city": a name the lexicon lacks, in apposition.
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}}),\s+(?:a|an)\s+$")
# "Riverton, Sylvania's (Sylvanias) only Seto-majority city": the place in apposition.
_OWNED_APPOSITION = re.compile(
    rf"(?<![\w'’-])(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}}),\s+(?:{_WORD}\s+){{0,2}}{_WORD}(?<=['’]s|[^s'’]s)"
    r"\s+(?:only|largest|main|biggest|second|third|principal|chief|sole|last|first)\s+$"
)
_NOT_PLACE = read_words("not_places")
_NP_TAIL = re.compile(
    r".*\b(?:and|or|over|in|into|between|to|from|with|by|across|on|of|for|as|than)\s+",
    re.DOTALL,
)
_DETERMINERS = re.compile(r"^(?:(?:the|a|an|its|their|his|her|our|this|these|those)\s+)+",
                          re.IGNORECASE)  # fmt: skip
# How far back a place said of an adjective is looked for.
_LOOKBACK = 80


def _is_group(text: str) -> bool:
    """True when ``text`` names a group of people, not a place or anything else."""
    if re.match(r"(?:[Ee]thnic|[Rr]eligious)\s", text) or _RELIGIONS.search(text):
        return True
    if text == "other":
        return True  # the rest of a list of shares ("20.1% other")
    entities = find_entities(text)
    if entities:
        return all(e.adjective for e in entities)
    return text.split()[-1].endswith("s")


def _is_name(text: str) -> bool:
    """True when ``text`` may name a group the lexicon lacks: not a place nor "The"."""
    words = text.split()
    if words[0] == "other":
        words = words[1:]
    if not words or words[0].lower() in _NOT_PLACE:
        return False
    return not _places(find_entities(text), [])


def _places(entities: list[Entity], skip: list[tuple[int, int]]) -> list[str]:
    return [
        city_of(e) or e.name  # a capital is a city where a place is meant
        for e in entities
        if e.kind in _PLACE_KINDS
        and not e.adjective
        and not is_agency(e)  # "according to the CIA": a body that speaks, no place
        and not (skip and any(a <= e.start < b for a, b in skip))
    ]


def _np_subject(chunk: str) -> str | None:
    """The place a noun phrase names, else the phrase itself ("seven surrounding districts")."""
    places = _places(find_entities(chunk), [])
    if places:
        return places[-1]
    tail = _NP_TAIL.match(chunk)
    phrase = chunk[tail.end() :] if tail else chunk
    phrase = _DETERMINERS.sub("", phrase.strip()).strip(" ,;:")
    if " " not in phrase and phrase.islower():
        return None  # "the region": a reference back, settled like any other subject
    return phrase or None


# Clauses before "inhabited mostly by": a comma inside a figure ("53,000") splits none.
_CHUNK_SPLIT = re.compile(r"[;:]|,(?!\d)")
# An aside between the subject and its verb: "X, with a population of 53,000, is ...".
_ASIDE = re.compile(r"\s*(?:with|which|who|where|including|having|home\s+to)\b|.*\d", re.DOTALL)


def _chunk_subject(head: str) -> str | None:
    """The noun phrase a statement after ``head`` is said of: its last clause, asides left out."""
    chunks = _CHUNK_SPLIT.split(head)
    for chunk in reversed(chunks):
        if chunk.strip() and not _ASIDE.match(chunk):
            return _np_subject(chunk)
    return _np_subject(chunks[-1])


def _place_at(text: str, pos: int) -> str | None:
    """The place named right at ``text[pos:]`` (not a demonym), if any."""
    found = [e for e in find_entities(text[pos : pos + 80]) if e.start == 0]
    if found and found[0].kind in _PLACE_KINDS and not found[0].adjective:
        return city_of(found[0]) or str(found[0].name)
    return None


def _place_before(text: str, pos: int) -> str | None:
    """The place an adjective at ``pos`` is said of: "Iran, a", "Iraq is a"."""
    offset = max(0, pos - _LOOKBACK)
    head = text[offset:pos]
    if owned := _OWNED_APPOSITION.search(head):
        name = owned.group("name")
        known = [e for e in find_entities(name) if e.start == 0 and e.end == len(name)]
        if known and known[0].kind in _PLACE_KINDS and not known[0].adjective:
            return city_of(known[0]) or str(known[0].name)
        if not known and _is_name(name) and not _is_group(name):
            return name
    for e in reversed(find_entities(head)):
        if e.kind in _PLACE_KINDS and not e.adjective and _SAID_OF.fullmatch(head, e.end):
            return city_of(e) or str(e.name)
    name = _NAME_BEFORE.search(head)
    if name and name.group("name").split()[0].lower() not in _NOT_PLACE:
        return name.group("name")
    return None


def _state_people(name: str) -> str | None:
    """The state whose people a plural demonym names ("Latvians": Latvia), else None."""
    found = find_entities(name)
    if len(found) == 1 and found[0].adjective and found[0].kind == "state":
        return str(found[0].name) if found[0].surface == name and name.endswith("s") else None
    return None


def _adjectives(text: str) -> Iterator[tuple[int, int, tuple[int, int], str | None]]:
    for match in _ADJECTIVE.finditer(text):
        name = next(g for g in ("compound", "noun_group", "group") if match.group(g))
        end = match.end()
        noun = _NOUN.match(text, end)
        # "a Sylvan-majority town", "a predominantly Sylvan population": a name that
        # qualifies a majority or a people is a group's, whatever it is.
        named = (name == "compound" and noun is not None) or (
            noun is not None and _PEOPLE_NOUN.match(noun.group("noun")) is not None
        )
        # "Latvia is predominantly Seto.": a name no list holds, said of a place, ending the clause.
        said = (
            name == "group"
            and _CLAUSE_END.match(text, end) is not None
            and _is_name(match.group(name))
            and _COPULA.search(text, max(0, match.start() - _LOOKBACK), match.start()) is not None
        )
        if (
            not _is_group(match.group(name))
            and not _PEOPLE_COPULA.search(text, 0, match.start())
            and not (named and _is_name(match.group(name)))
            and not said
        ):
            continue
        if match.group("art") and noun is None:
            continue  # "predominantly an Islamic country": the article needs its noun
        gap = _SPACE.match(text, end)
        after = _place_at(text, gap.end()) if gap else None  # "Muslim-majority Kashmir"
        of = _OF_PLACE.match(text, noun.end() if noun else end)
        of_place = _place_at(text, of.end()) if of else None
        copula = None
        if name == "group" and noun is None and after is None and not of_place:
            copula = _COPULA.search(text, max(0, match.start() - _LOOKBACK), match.start())
            cap = copula.group("cap") if copula else None
            owner = _OWNER_BEFORE.search(text, max(0, match.start() - 40), match.start())
            owned = _places(find_entities(owner.group("cap")), []) if owner else []
            if copula is None and owned and match.group("adverb") == "majority":
                yield match.start(), end, match.span(name), owned[0]  # "Lowbury's majority Setos"
                continue
            people_of = _state_people(cap) if cap else None
            if people_of and copula is not None and _is_group(match.group(name)):
                yield match.start(), end, match.span(name), people_of  # "Latvians are mostly Y"
                continue
            if copula is None or (cap and not _places(find_entities(cap), [])):
                continue  # "were mostly British" of troops, "The Kurds are mostly Sunni"
        # "the mostly Muslim population of X" is X's; "X, a mostly Y region of Z" is X's.
        people = noun is not None and _PEOPLE_NOUN.match(noun.group("noun"))
        subject = after or (of_place if people or noun is None else None)
        subject = subject or _place_before(text, copula.start() if copula else match.start())
        if subject is None and copula is not None and copula.group("of"):
            subject = next(iter(_places(find_entities(copula.group("of")), [])), None)
        if subject is None and copula is not None and copula.group("cap"):
            subject = _places(find_entities(copula.group("cap")), [])[0]
        yield match.start(), end, match.span(name), subject or of_place


def majorities(text: str) -> Iterator[tuple[int, int, tuple[int, int], str | None]]:
    """The majority statements of a sentence: (start, end, group span, subject or None).

    A subject of None is the sentence's (settled by the caller like any other).
    """
    for match in _MOSTLY.finditer(text):
        if not _is_group(match.group("group")):
            continue
        subject = _chunk_subject(text[: match.start()])
        yield match.start(), match.end(), match.span("group"), subject
    for match in _MAJORITY_OF.finditer(text):
        people = match.group("people")
        named = [e.name for e in find_entities(people or "") if e.kind in _PLACE_KINDS]
        if match.group("owner"):
            named = _places(find_entities(match.group("owner")), [])
        if people and not named:
            continue  # "most Shias are adherents": no place's people
        # "Most of the population is Igbo", "most Malians are Bambara": whatever the name.
        group_ok = _is_group(match.group("group")) or (
            _is_name(match.group("group")) and _CLAUSE_END.match(text, match.end()) is not None
        )
        if group_ok and not _SHARE_AFTER.match(text, match.end()):
            yield match.start(), match.end(), match.span("group"), named[0] if named else None
    for match in _CONSISTS.finditer(text):
        name = "group" if match.group("group") else "bulk"
        if _is_group(match.group(name)):
            place = match.group("place")
            known = _places(find_entities(place), []) if place else []
            yield match.start(), match.end(), match.span(name), known[0] if known else None
    for match in _MAJORITY_ARE.finditer(text):
        if _is_group(match.group("group")) and not _SHARE_AFTER.match(text, match.end()):
            yield match.start(), match.end(), match.span("group"), None
    for match in _HEADING_MOSTLY.finditer(text):
        yield match.start(), match.end(), match.span("group"), None
    for match in _COUNT_MOSTLY.finditer(text):
        near = match.group("noun") or match.group("word")
        if not near and not _POPULATION_NEAR.search(
            text, max(0, match.start() - 60), match.start()
        ):
            continue
        for name in ("group", "group2"):
            if match.group(name) and _is_group(match.group(name)):
                yield match.start(name), match.end(name), match.span(name), None
    for match in _FORM_MAJORITY.finditer(text):
        if _is_group(match.group("group")):
            # "Armenians form a majority in Lowbury": the place named, known or not.
            place = match.group("place")
            known = _places(find_entities(place), []) if place else []
            new = place if place and _is_name(place) and not _is_group(place) else None
            yield match.start(), match.end(), match.span("group"), known[0] if known else new
    yield from _adjectives(text)
