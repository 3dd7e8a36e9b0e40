"""Shares of the demographics table: a percentage tied to a group of people.

See :mod:`karabakh_nb.demographics` for the statements read; this module finds the
percentages and their groups in one sentence (:func:`shares`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .demographic_majorities import (
    _CAP,
    _CLAUSE_END,
    _GROUP,
    _PLACE_KINDS,
    _POPULATION_NOUN,
    _is_group,
    _is_name,
)
from .demographic_share_lists import _NOT_ITEM, _list_item, _listed_percents, _percent_spans
from .demographic_share_places import _bracket_owner, _named_place, _where_place
from .entities import city_of, find_entities
from .lexicon import read_words
from .numbers import NumberMention

# Capitalised words that open a sentence, never a group's first word ("With", "The").
_OPENERS = read_words("name_openers")
# "Unemployment among Roma is 60 percent": a rate among the group, not its share.
_RATE_OF = re.compile(
    rf"\b(?i:{'|'.join(sorted(read_words('rate_nouns')))})(?:\s+rates?)?\s+(?:among|of|in|for)\s+"
    r"(?:the\s+)?$"
)
# How far back a group before a figure is looked for.
_LOOKBACK = 120
# "N% of the population named / declared / identified as <group>": the group follows the verb.
_NAMING = (
    r"(?:named|name|declared|declare|identified|identifying|identify|identifies|considered|consider"
    r"|considers|described|describe|called|call|reported|report|listed|list|gave|give|chose"
    r"|choose|cited|cite|registered\s+as|self-identif(?:y|ies|ied)|defined|define|defines"
    r"|said(?:\s+(?:they|he|she)\s+(?:were|was|are|is))?)"  # "15% said they were Setos"
    r"(?:\s+themselves)?(?:\s+as)?"
)
# "90% of the population follow Sunni Islam", "belongs to the Orthodox Church".
_FOLLOW = (
    r"(?:follow|follows|followed|practi[cs]e|practi[cs]es|practi[cs]ed|adhere\s+to|adheres\s+to"
    r"|adhered\s+to|belong\s+to|belongs\s+to|belonged\s+to|profess|professes|professed"
    r"|(?:are|were)\s+(?:members|followers|adherents)\s+of)"
    r"(?:\s+the)?"
)
# "39% other Arab, 20.1% other": the rest of a list of shares is a group too.
_OTHER = r"(?:other\s+)?"
_OTHERS = r"others?(?=\s*(?:[,;.()]|$))"
# "of the Donetsk region's population", "of the island's people": a kind of place owns it.
_KIND_OWNS = (
    rf"(?:the\s+)?(?:{_CAP}\s+)?(?:region|province|district|oblast|city|country|state|island"
    r"|nation|territory|republic|strip|enclave)['’]s?\s+"
)
# Lower-case names of a part of a population ("mestizo", "black", "non-religious").
_CLASSES = "|".join(sorted(read_words("population_classes"), key=len, reverse=True))
# "women and children" are victims, "indigenous religions" a faith: never a class.
_CLASS = rf"(?<![\w-])(?:{_CLASSES})(?![\w-])(?!\s+(?:and\s+children|religio|belief|faith))"
# "12.7% are of pure European descent", "1 percent unmixed Caucasian": a modifier of purity.
_PURE = r"(?:(?:pure|full|unmixed|mixed|partial)\s+)?"
_NAMED_AS = re.compile(rf"\b{_NAMING}")
_ONE_IN = re.compile(r"\s+(?:in|out\s+of)\s+")
_VERB = re.compile(r"\b(?:is|are|was|were)\b")
_ONLY_PURE = re.compile(rf" {_PURE}")
_AFTER_PERCENT = re.compile(
    rf"(?:\s+of\s+(?:{_KIND_OWNS}|the\s+|its\s+|their\s+|{_CAP}(?:\s+{_CAP}){{0,2}}(?:['’]?s)?\s+)?"
    rf"(?:{_POPULATION_NOUN}|(?<=the\s)(?:country|nation))"
    rf"(?:\s+of\s+(?:the\s+)?{_CAP}(?:[\s-]+{_CAP}){{0,7}})?|\s+of\s+(?:them|whom|these|those)"
    # "one in five residents of Lowbury is ...": the whole right after the share.
    rf"|\s+{_POPULATION_NOUN}(?:\s+(?:of|in)\s+(?:the\s+)?{_CAP}(?:[\s-]+{_CAP}){{0,3}})?(?=\s+(?:is|are)\s)"
    # "half the population is Shia": a fraction may take its whole without "of".
    rf"|(?<=[Hh]alf)\s+the\s+(?:entire\s+|whole\s+|total\s+)?{_POPULATION_NOUN})?"
    rf"(?:\s+(?:(?:are|were|is|was)(?:\s+an?(?=\s+[A-Z]))?(?:\s+of(?=\s+{_PURE}(?:{_CAP}|{_CLASS})\s+descent\b))?"
    rf"|being|{_NAMING}|{_FOLLOW}|(?:is|are|was|were)\s+made\s+up\s+of|consists?\s+of|consisted\s+of)"
    rf"|\s*,\s+{_NAMING})?"  # "N, or 74% of the country, said Seto": a share in apposition
    rf"\s+{_PURE}"
    rf"(?P<group>{_OTHER}{_GROUP}(?:\s+descent)?|(?P<cls>{_CLASS})(?:\s+descent)?|{_OTHERS})"
)
_LINKING = (
    # "The Muslim population is estimated at 10%", "Kurds stood at 15%".
    r"(?:is|was|are|were)\s+(?:estimated|put)\s+at|stands\s+at|stood\s+at"
    r"|made\s+up|make\s+up|makes\s+up|accounted\s+for|account\s+for|accounts\s+for"
    r"|constituted|constitute|constitutes|comprised|comprise|comprises|formed|form|forms"
    r"|represented|represent|represents|were|are|was|is|making\s+up|accounting\s+for"
    r"|comprising|constituting|forming|representing|composed|compose|composes"
    r"|contributing\s+to|contribute\s+to|contributes\s+to|contributed\s+to"
    r"|(?<=\bto\s)be"  # "Christians are estimated to be around 40%"
)
# "Kurds, who make up about 10%": a relative pronoun may stand before the verb, an adverb
# around it ("Serbs now make up only 4%"); the verb may name what the group is ("Kurds are
# the largest minority, at 10%", "Shia Muslims comprising the majority at 65%").
_ADVERB = (
    r"(?:now|still|currently|today|then|once|together|alone|only|just|already|barely|merely"
    r"|collectively|altogether)"
)
_GROUP_NOUN = (
    r"(?:minority|minorities|majority|plurality|community|communities|population|group|groups|religion"
    r"|religions|faith|faiths|denomination|denominations)"
)
_WHAT_GROUP = (
    # "Maronites are the largest Christian group, at 21%": a name may qualify the noun.
    rf"(?P<what>\s+(?:the|a|an|[A-Z][\w-]*['’]s)\s+(?:[a-z-]+\s+){{0,3}}?(?:[A-Z][\w-]*\s+)?"
    rf"{_GROUP_NOUN}"
    r"(?:\s+(?:in|of)\s+(?:the\s+|its\s+|their\s+(?:own\s+)?)?(?:country|population|region|republic"
    r"|state|homeland|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?"
    # "a minority in their own republic, making up just 17.8%".
    rf"(?:\s*,)?(?:\s+(?:at|of|with|accounting\s+for|making\s+up|comprising|constituting)"
    rf"(?:\s+{_ADVERB})?)?"
    # "The Setos are the largest ethnic group and comprise 17%".
    rf"(?:\s+and\s+(?:{_LINKING}))?)?"
)
# Where the group lives or what it is, between commas: "The Setos, concentrated in the
# north, make up 80%", "The Setos, once a majority, now make up 10%".
_WHERE_LIVING = (
    r"(?:concentrated|centred|centered|living|based|settled|found|mostly|mainly|largely"
    r"|once|formerly|previously|traditionally|historically|an?|the)"
)
# "Kurds are estimated to make up 15-20%": a report of the share.
_REPORTED = (
    r"(?:\s+(?:are|were|is|was)\s+(?:estimated|thought|believed|said|reported|known)\s+to"
    r"|\s+(?:is|are)\s+(?:estimated|thought|believed|said)\s+to\s+have)?"
)
_BEFORE_PERCENT = re.compile(
    rf"(?<![\w'’-])(?!(?:The|These|Those)\s)(?P<group>{_GROUP}|others"
    # "The black population is 25%": a lower-case class before its population.
    rf"|(?<=[Tt]he\s)(?:{_CLASSES})(?=\s+(?:population|community)\b))"
    rf"(?P<noun>\s+(?:religious|ethnic|national)\s+{_GROUP_NOUN}|\s+{_GROUP_NOUN}"
    r"|\s+(?:citizens|peoples?|residents|inhabitants|nationals))?"
    rf"(?:\s+(?:of|in)\s+(?:the\s+)?{_CAP}(?:[\s-]+{_CAP}){{0,3}})?(?:\s*\([^()]{{0,40}}\))?"
    rf"(?P<lives>\s*,\s*{_WHERE_LIVING}\s[^,;:()]{{1,40}},)?"
    rf"(?:\s*,\s*(?:who|which)|\s+who|\s*,(?=\s+(?:making|accounting|comprising|constituting"
    rf"|forming|representing)\b))?(?:\s+{_ADVERB})?{_REPORTED}"
    rf"\s+(?:{_LINKING})(?:\s+{_ADVERB})?{_WHAT_GROUP}(?:\s+(?:between|from))?"
    r"(?:\s+the\s+(?:remaining|other|last)|\s+another|\s+a\s+further|\s+an\s+additional)?"
    r"(?:\s+|\s*\()$"
)
# "the largest ethnic group in Afghanistan is the Pashtun": what the name is, before it.
_NAMED_GROUP = re.compile(
    rf"\b{_GROUP_NOUN}(?:\s+(?:in|of)\s+(?:the\s+)?{_CAP}(?:[\s-]+{_CAP}){{0,3}})?"
    r"\s+(?:is|are|was|were)\s+(?:the\s+)?$"
)
# "a significant black African minority at 30%", "the Serb minority of 12%".
_NOUN_BEFORE_PERCENT = re.compile(
    rf"\b(?i:a|an|the|its|their)\s+(?:[a-z-]+(?:['’]s)?\s+){{0,3}}?(?P<group>{_GROUP})"
    rf"(?P<noun>\s+{_GROUP_NOUN})(?:\s+(?:in|of)\s+(?:the\s+)?{_CAP}(?:[\s-]+{_CAP}){{0,3}})?"
    # "a large Sylvan minority, estimated at 20%".
    r"(?:(?:\s*,)?\s+(?:(?:estimated|put|thought)\s+(?:at|to\s+be)|at|of|with)\s+|\s*\("
    r"|(?P<comma>\s*,\s+))$"
)
# "Roma communities living in Latvia (0.17%)": a group where it lives, its share in brackets.
_LIVING_BEFORE_PERCENT = re.compile(
    rf"(?<![\w'’-])(?P<group>{_GROUP})(?P<noun>\s+{_GROUP_NOUN})?\s+(?:living|residing)\s+in"
    rf"\s+(?:the\s+)?{_CAP}(?:[\s-]+{_CAP}){{0,3}}\s*\($"
)
# "The Ovimbundu, the largest ethnic group (37%)": the group and what it is, in apposition.
_APPOSITION = re.compile(
    rf"(?<![\w'’-])(?!(?:The|These|Those)\s)(?P<group>{_GROUP})\s*,\s*(?:the|a|an)\s+"
    rf"(?:[a-z-]+\s+){{0,3}}?(?P<noun>{_GROUP_NOUN})(?:\s+(?:in|of)\s+(?:the\s+)?{_CAP})?"
    r"(?:\s*\(|\s*,?\s+(?:at|with)\s+)$"
)
# Verbs that make any name before them a group's when a population follows the share:
# "The Ovimbundu account for 37 percent of Angola's population".
_STRONG = re.compile(
    r"(?:\s*,?\s+(?:who|which))?\s+(?:(?:make|makes|made|making)\s+up"
    r"|(?:account|accounts|accounted|accounting)\s+for"
    r"|(?:constitute|constitutes|constituted|comprise|comprises|comprised|represent"
    r"|represents|represented)\b)"
)
_OF_POPULATION = re.compile(
    rf"\s+of\s+(?:{_KIND_OWNS}|the\s+|its\s+|their\s+|{_CAP}(?:\s+{_CAP}){{0,2}}(?:['’]?s)?\s+)?"
    rf"(?:total\s+)?{_POPULATION_NOUN}"
)
# "of the Latvian population": a population a demonym names.
_OF_PEOPLES_POPULATION = re.compile(rf"\s+of\s+(?:the|its)\s+{_CAP}\s+{_POPULATION_NOUN}")
# "Latvians for 10%", "the majority are Catholics, 87.8%", "Islam with 54%".
_LIST_LINK = r"(?:\s*,)?(?:\s+(?:for|at|with))?"
# What a share list may say between a share and the same group's earlier or later share.
_SAME_GROUP = re.compile(
    rf"(?:\s+of\s+(?:the\s+|its\s+|their\s+|{_CAP}(?:['’]?s)?\s+)?(?:total\s+)?"
    rf"(?:{_CAP}\s+)?{_POPULATION_NOUN}"
    rf"(?:\s+of\s+(?:the\s+)?{_CAP}(?:[\s-]+{_CAP}){{0,3}})?)?"
    r"(?P<year>\s+in\s+(?:the\s+)?\d{4}(?:\s+census)?)?\s*,?\s*(?:(?:down|up)\s+from|from"
    r"|compared\s+(?:with|to)|against|versus|to|or|(?:which|that)\s+(?:fell|rose|dropped|grew"
    r"|declined|increased|decreased|was\s+down|was\s+up)\s+from|(?(year)and)"
    # "...; by 1998 the proportion had fallen to 0.5%": the same share, later.
    r"|;?\s*(?:by\s+\d{4}\s*,?\s+)?the\s+(?:proportion|share|percentage|figure)\s+"
    r"(?:had\s+|has\s+)?(?:been\s+)?(?:reduced|fallen|fell|dropped|declined|risen|rose|grown"
    r"|grew|increased|decreased|shrunk|shrank)\s+to)\s+$"
)
# Words a heading glued before a list ends with ("Religious Summary: ...").
_HEADING_WORDS = frozenset(
    "Religious Religion Religions Ethnic Ethnicity Language Languages Nationality".split()  # noqa: SIM905
)
_HEADING = re.compile(r"\s*[A-Z][\w'’-]*$")
_COLON = re.compile(r"\s*:")
# Searched with pos and endpos, so "^" is the sentence's start ("Chechens 95%, ..."); a
# lower-case word may end what stands before ("while Serbs 31%", "Ethnic groups Tamil 15%").
_GAPPED = re.compile(
    rf"(?:^|,|:|;|\(|\b[a-z]+)\s*(?:the\s+)?(?<![\w'’-])(?P<group>{_OTHER}{_GROUP}|others?)"
    # "..., and the Vlachs, centred in the east, 17%": where the group lives, between commas.
    rf"(?:\s*\([^()]{{0,40}}\)|(?P<aside>\s*,\s*{_WHERE_LIVING}\s[^,;:()]{{1,40}},))?"
    rf"{_LIST_LINK}\s+$"
)
# "90% of Syrians are Muslims": the share of a people (or a place) that is a group.
_OF_PEOPLE = re.compile(
    rf"\s+of\s+(?:all\s+|the\s+)?(?P<people>{_CAP}(?:[\s-]+{_CAP}){{0,3}})"
    rf"\s+(?:are|were|is|was|{_NAMING}|{_FOLLOW})\s+(?P<group>{_GROUP}|{_CLASS})"
)
# "one in five Latvians is Protestant": a people right after a share of one in N.
_IN_PEOPLE = re.compile(
    rf"\s+(?P<people>{_CAP}(?:[\s-]+{_CAP}){{0,3}})"
    rf"\s+(?:are|were|is|was)\s+(?:an?\s+)?(?P<group>{_GROUP}|{_CLASS})"
)
_IN_INHABITANTS = re.compile(
    rf"\s+(?:every\s+)?(?:inhabitants?|residents?|people|citizens?|persons?)\s+(?:is|are|was|were)"
    rf"\s+(?:an?\s+)?(?P<group>{_GROUP})(?=\s*(?:[,;.)]|and\b|$))"
)
# "30% follows traditional religious beliefs": what a share follows, in any case.
_FOLLOWS_WORDS = re.compile(
    rf"\s+(?:of\s+(?:the\s+)?{_POPULATION_NOUN}\s+)?{_FOLLOW}\s+"
    r"(?P<group>[a-z][\w-]*+(?:\s+[a-z][\w-]*+){0,3})(?=\s*(?:[,;.)]|and\b|$))"
)
_CASUALTY_SHARE = re.compile(
    r"\s+of\s+(?:the\s+|those\s+|all\s+)?(?:killed|dead|victims|casualties|deaths|wounded"
    r"|injured|displaced|refugees|missing|soldiers|fatalities)\b",
    re.IGNORECASE,
)
# "410,000 Setos, or 12% of the population, were relocated": a share of the displaced.
_MOVED_AFTER = re.compile(
    r"[^.;()]{0,40}?,\s+(?:were|was|had\s+been|have\s+been|are)\s+(?:forcibly\s+)?"
    r"(?:relocated|evacuated|expelled|deported|displaced|resettled|uprooted|killed)\b"
)
_COORDINATOR = re.compile(r",|\band\b|\bwhile\b|\bwhereas\b")
_PARALLEL = re.compile(r"(?:,|\bwhile|\bwhereas|\band)\s+(?:the\s+)?$")


# "15% Christian, Hindu, Parsi, and other": one share of the whole list, ending in "other".
_LIST_TO_OTHER = re.compile(
    rf"(?:\s*,\s*{_CAP}(?:\s+{_CAP}){{0,2}}){{1,6}},?\s+(?:and|or)\s+others?(?=\s*(?:[,;.)]|$))"
)


# "Armenians make up 60% of Lowbury's population": the owner of the population is the place.
_OWNER = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<owner>[A-Z][\w-]*+(?:\s+[A-Z][\w-]*+){0,3})['’]s?\s+(?:total\s+)?"
    rf"{_POPULATION_NOUN}"
)


# "Azerbaijanis live in the south, where they make up 45%": "they" are the group that lives.
_THEY = re.compile(
    rf"(?<![\w'’-])(?P<group>{_GROUP})\s+(?:live|lived|are\s+concentrated|were\s+concentrated"
    rf"|settled)\s+(?:mostly\s+|mainly\s+|largely\s+)?in\s+(?:the\s+)?(?P<place>[^,;.]{{1,60}}),\s+where\s+they"
    rf"\s+(?:{_LINKING})\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$"
)


def _group_end(match: re.Match[str]) -> int:
    """Where a group's name ends, with the aside on where it lives ("the Setos, centred in X,")."""
    lives = match.groupdict().get("lives")
    return match.end("lives") if lives else match.end("group")


def _without_opener(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The group without a sentence's opening word ("With Setos making up 70%": Setos)."""
    first = text[span[0] : span[1]].split(" ", 1)
    if len(first) == 2 and first[0] in _OPENERS:
        return span[0] + len(first[0]) + 1, span[1]
    return span


def shares(
    text: str, numbers: list[NumberMention]
) -> Iterator[tuple[NumberMention, tuple[int, int], str, str | None]]:
    """Percentages tied to a group: (number, group span, qualifier, subject if named)."""
    previous: tuple[NumberMention, str, tuple[int, int] | None] | None = None
    ranged = False
    numbers = _listed_percents(text, numbers)
    for first, last in _percent_spans(text, numbers):
        number = last
        if _CASUALTY_SHARE.match(text, last.end) or _MOVED_AFTER.match(text, last.end):
            previous = None
            continue
        group: tuple[int, int] | None = None
        subject: str | None = None
        after = _AFTER_PERCENT.match(text, last.end)
        if after and _ONE_IN.search(last.surface) and not _VERB.search(text, last.end, after.end()):
            after = None  # "one in eight Setos fled": the whole, not the group
        if after and _COLON.match(text, after.end()):
            # "20.1% other Religions: 85% Muslim": the next heading, glued on; cut it off.
            cut = _HEADING.search(text, after.start("group"), after.end())
            after = _AFTER_PERCENT.match(text[: cut.start()], last.end) if cut else None
            if after and after.group("group").split()[-1] in _HEADING_WORDS:
                after = None  # "1% Religious Summary: ...": all of it is the heading
        elif after and after.group("group").split()[0] in _HEADING_WORDS:
            after = None  # "Russian 24.5% Religions Lutheran 36.2%": the next heading, glued on
        people = _OF_PEOPLE.match(text, last.end)
        if people is None and _ONE_IN.search(last.surface):
            people = _IN_PEOPLE.match(text, last.end)  # "one in five Latvians is Y"
        named = find_entities(people.group("people")) if people else []
        named = [e for e in named if e.kind in _PLACE_KINDS]
        # "33% of Malians are Bambara": what a state's people are, whatever the name.
        if (
            people
            and named
            and (
                _is_group(people.group("group"))
                or (_is_name(people.group("group")) and _CLAUSE_END.match(text, people.end()))
            )
        ):
            group, subject = people.span("group"), city_of(named[0]) or named[0].name
        elif _ONE_IN.search(last.surface) and (
            (each := _IN_INHABITANTS.match(text, last.end)) is not None
            and (_is_group(each.group("group")) or _is_name(each.group("group")))
        ):
            group = each.span("group")  # "one in five inhabitants is Seto"
        elif after and (
            _is_group(after.group("group"))
            or after.group("cls")
            or after.group("group").endswith(" descent")  # "of European descent"
            # "77% identified as Mestizo, a mix of ...": a name a verb of naming gives.
            or (
                _NAMED_AS.search(text, last.end, after.start("group")) is not None
                and _is_name(after.group("group"))
                and _CLAUSE_END.match(text, after.end()) is not None
            )
            # "39% other Arab, 9% South Asian": a name right after a share is a group,
            # unless it is a place.
            or (
                _ONLY_PURE.fullmatch(text, last.end, after.start("group"))
                and _is_name(after.group("group"))
            )
        ):
            group = after.span("group")
            if rest := _LIST_TO_OTHER.match(text, group[1]):
                group = (group[0], rest.end())
        elif (follows := _FOLLOWS_WORDS.match(text, last.end)) and not any(
            w in _NOT_ITEM for w in follows.group("group").split()
        ):
            group = follows.span("group")
        else:
            offset = max(0, first.start - _LOOKBACK)
            before = text[offset : first.start]
            noun_before = _NOUN_BEFORE_PERCENT.search(before)
            if (
                noun_before
                and noun_before.group("comma")
                and not _OF_POPULATION.match(text, last.end)
            ):
                noun_before = None  # "the Serb minority, 12% of the population": in apposition
            match = (
                _BEFORE_PERCENT.search(before)
                or noun_before
                or _APPOSITION.search(before)
                or _LIVING_BEFORE_PERCENT.search(before)
            )
            name_ok = False
            if match is not None:
                start = offset + match.start("group")
                # "Sri Lanka's Tamil minority makes up 12%": the group follows the owner.
                owner = max(text.rfind("'s ", start, offset + match.end("group")),
                            text.rfind("’s ", start, offset + match.end("group")))  # fmt: skip
                group = (owner + 3 if owner >= 0 else start, offset + match.end("group"))
                # "the Seto minority": any name before a group noun is a group's, and
                # before a verb of share when a population follows the share.
                # "The Oromo are the largest ethnic group, at 34%": what it is, a group.
                name_ok = (
                    _NAMED_GROUP.search(text, max(0, start - 80), start) is not None
                    or match.group("noun") is not None
                    or match.groupdict().get("what") is not None
                    or (
                        _STRONG.match(before, _group_end(match)) is not None
                        and (
                            _OF_POPULATION.match(text, last.end) is not None
                            or _OF_PEOPLES_POPULATION.match(text, last.end) is not None
                            # "..., while the Maya make up 40%": a clause parallel to
                            # the share of the population before it.
                            or (
                                previous is not None
                                and _PARALLEL.search(before, 0, match.start("group")) is not None
                            )
                        )
                    )
                )
            elif gapped := _GAPPED.search(text, offset, first.start):
                group = gapped.span("group")
                # "Ethnic Summary: Arab 95%": a name right before a share, in a list.
                listed = text[gapped.start()] in ",:" or previous is not None
                between = text[gapped.end("aside") if gapped.group("aside") else group[1] :
                               first.start]  # fmt: skip
                name_ok = listed and not between.strip()
            name = text[group[0] : group[1]] if group else ""
            if group and not _is_group(name) and not (name_ok and _is_name(name)):
                group = None
        if (
            group is None
            and previous is not None
            and _SAME_GROUP.fullmatch(text, previous[0].end, first.start)
        ):
            # "4% of the population, down from 12% a decade ago": the same group's share.
            group = previous[2]
        if group is None:
            group = _count_group(text, numbers, first.start, _OF_WHOLE.match(text, last.end))
        they = (
            _THEY.search(text, max(0, first.start - _LOOKBACK), first.start)
            if group is None
            else None
        )
        if they is not None and _is_group(they.group("group")):
            group = they.span("group")
            subject = subject or _named_place(they.group("place"))
        if group is None and not _OF_POPULATION.match(text, last.end):
            group = _list_item(text, max(0, first.start - _LOOKBACK), first.start,
                               previous[0].end if previous else None)  # fmt: skip
        if group is None:
            previous = None
            continue
        group = _without_opener(text, group)
        if subject is None and (owns := _OWNER.match(text, last.end)):
            subject = _named_place(owns.group("owner"))
        if subject is None:
            subject = _where_place(text, group[0])  # "Javakheti, where Armenians are 90%"
        if subject is None:
            subject = _bracket_owner(text, first, last)
        if _RATE_OF.search(text, max(0, group[0] - 30), group[0]):
            previous = None
            continue
        if text[group[0] : group[1]] in _OPENERS:
            previous = None  # "This represented 10%": a pronoun, no group's name
            continue
        qualifier = number.qualifier
        if (
            qualifier == "exact"
            and previous is not None
            and previous[1] in ("approx", "at_least")
            and not ranged
        ):
            between = text[previous[0].end : first.start]
            if len(between.split()) <= 4 and _COORDINATOR.search(between):
                qualifier = previous[1]
        previous = (number, qualifier, group)
        ranged = first is not last  # a range's bounds are its own, never a list's
        if first is not last:
            yield first, group, first.qualifier, subject
        yield number, group, qualifier, subject


# "600,000 Sylvans, 60% of the population", "the Serb minority at 600,000, about 12 per
# cent of the total": a share in apposition to a count is the counted group's.
_OF_WHOLE = re.compile(
    rf"{_OF_POPULATION.pattern}|\s+of\s+(?:the\s+)?(?:then\s+)?(?:total|whole)\b"
)
_APPOSED = re.compile(r"\s*,\s*(?:or\s+|i\.e\.\s+|that\s+is\s+)?|\s+or\s+")
_OR = re.compile(r"\s*,?\s+or\s+")
# "300,000 Sylvans were living in Lowbury, making up 10% of its population".
_LIVING = re.compile(
    r"\s+(?:were|are|was|is)?\s*(?:living|lived|live|resided|residing)\s+in\s+[^,;:.()]{1,40},"
    r"\s+(?:making\s+up|accounting\s+for|constituting|comprising|representing|forming)\s+"
)
_GROUP_AFTER_COUNT = re.compile(rf"\s+(?P<group>{_GROUP})")
_GROUP_BEFORE_COUNT = re.compile(
    rf"(?<![\w'’-])(?P<group>{_GROUP})(?P<noun>\s+{_GROUP_NOUN})?"
    r"\s+(?:at|of|numbered|numbering|totalled|totaling|totalling|was|were|stood\s+at"
    r"|account\s+for|accounts\s+for|accounted\s+for|number)\s+$"
)


def _count_group(
    text: str, numbers: list[NumberMention], start: int, of_whole: object
) -> tuple[int, int] | None:
    """The group counted by the figure before a share at ``start``, if any.

    Said of a whole (``of_whole``) or joined by "or" ("201,631 or 4.54 percent").
    """
    count = next((n for n in reversed(numbers) if n.end <= start), None)
    if count is None or count.is_percent:
        return None
    if not of_whole and not _OR.fullmatch(text, count.end, start):
        return None
    after = _GROUP_AFTER_COUNT.match(text, count.end)
    if (
        after
        and after.end() <= start
        and (
            _APPOSED.fullmatch(text, after.end(), start)
            or _LIVING.fullmatch(text, after.end(), start)
        )
    ):
        return after.span("group") if _is_group(after.group("group")) else None
    if not _APPOSED.fullmatch(text, count.end, start):
        return None
    before = _GROUP_BEFORE_COUNT.search(text, max(0, count.start - _LOOKBACK), count.start)
    if before and (before.group("noun") or _is_group(before.group("group"))):
        name = before.group("group")
        return before.span("group") if _is_name(name) or _is_group(name) else None
    return None
