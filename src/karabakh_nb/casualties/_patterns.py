"""Word lists and compiled regular expressions of the casualty extractor.

Everything the extractor matches text against belongs here: the person nouns and
modifiers read from the lexicon (``lexicon/*.txt``), the casualty verbs and nouns by
category, and the patterns for noun phrases, predicates, parentheses, death tolls,
sources, dates and origins, all compiled once at import. No function here reads a
sentence; the ``_figures`` and ``_sources`` modules do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon import read_table, read_words
from ..numbers import WORD_VALUES
from ._verbs import _CUE_GROUPS

_PARTY_KINDS = frozenset({"state", "side", "region", "people"})
# Regions whose fighters are a side of their own (lexicon/region_sides.txt).
_REGION_SIDES = {
    region: side for side, regions in read_table("region_sides").items() for region in regions
}


def _words(forms: Iterable[str]) -> str:
    """Alternation of phrases, longest first, any run of spaces inside one matching."""
    ordered = sorted(set(forms), key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered)


def _split(text: str) -> list[str]:
    """Space-separated phrases of a cue list written in code (``_`` joins words)."""
    return [w.replace("_", " ") for w in text.split()]


# Person nouns, by what a killed figure of them is (lexicon/*.txt).
_MILITARY = read_words("military_nouns")
_CIVILIAN = read_words("civilian_nouns")
_HEAD_WORDS = _MILITARY.union(
    _CIVILIAN, *(read_words(n) for n in ("general_nouns", "killed_nouns", "displaced_nouns"))
)
_HEAD = _words(_HEAD_WORDS)
# Lower-case words allowed between a number and its noun ("ethnic", "military").
_MODIFIERS = _words(read_words("casualty_modifiers"))
_PLURAL_HEADS = frozenset({"people", "personnel", "police", "crew", "children", "men", "women"})
# A word of a figure's noun phrase: any word but a number or a plural person noun, so that
# "255 soldiers and three civilians" is two noun phrases, not one ending in "civilians".
_NOT_MOD = _words(
    [*WORD_VALUES, "hundred", "thousand", "million", "billion", "dozen"]
    + [w for w in _HEAD_WORDS if w.endswith("s") or w in _PLURAL_HEADS]
)
# A number written with a hyphen ("six-thousand", "twenty-five") is a figure, not a word of one.
_NUMBER_WORDS = _words([*WORD_VALUES, "hundred", "thousand", "million", "billion", "dozen"])
_MOD = (
    rf"(?!(?:{_NOT_MOD})(?![\w-])|(?:{_NUMBER_WORDS})-(?:{_NUMBER_WORDS})(?![\w-])|\d)"
    rf"(?:(?-i:[A-Z])[\w'’.-]*|(?:{_MODIFIERS})\b|[a-z]+(?:-[a-z]+)+"
    # adjectives by their ending ("additional", "Ethiopian"; never "-ed", which verbs share)
    rf"|[a-z]+(?:al|ian|ese|ish|ive|ous|ic|ary|ful|less|ile|i)\b)"
)
# "500 of the 47,000 troops": the whole's own figure is skipped.
_WHOLE = (
    r"(?:(?:some|about|over|around|nearly|roughly)\s+)?\d[\d,.]*(?:\s+(?:thousand|million))?(?=\s)"
)
_OF_POSSESSIVE = (
    r"(?P<of>\s+(?:out\s+)?of\s+(?:(?:(?P<det>its|their|his|her|our|the|whom|those|these)\b(?:\s+own\b)?"
    # "300 of Estonia's soldiers": a name's possessive, whose they are.
    r"|(?P<owner>(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}['’]s?(?=\s)))"
    rf"(?:\s+{_WHOLE})?"
    rf"|{_WHOLE}))?"  # a bare whole: "2,000 out of 9,000 prisoners", "20 of 300 soldiers"
)
_NP = re.compile(
    rf"{_OF_POSSESSIVE}(?P<mods>(?:\s+[\"“]?{_MOD}){{0,5}})\s+[\"“]?"  # 'N "boat people"'
    rf"(?P<head>members\s+of\s+the(?:\s+{_MOD}){{0,3}}\s+(?:{_HEAD})"
    # "soldiers, marines and sailors": a list of nouns, one noun phrase
    rf"|(?:{_HEAD})(?:(?:,\s+(?:{_HEAD})){{0,3}},?\s+(?:and|or)(?:\s+{_MOD}){{0,2}}\s+(?:{_HEAD}))?)"
    # "10 refugee camps": places, not people
    rf"(?![\w-]|\s+(?:camps?|settlements?|centres?|centers?|sites?)\b)[\"”]?",
    re.IGNORECASE,
)
# A plural demonym as the head: "600,000 Azerbaijanis", "20,000 ethnic Georgians".
_NP_DEMONYM = re.compile(
    rf"{_OF_POSSESSIVE}(?P<mods>(?:\s+{_MOD}){{0,4}})\s+(?P<head>[A-Z][\w'’-]*)(?![\w-])"
)

# Words that may stand between a figure's noun phrase and its casualty verb.
_FILLER = _words(
    _split(
        """were was are is have has had been be being reportedly confirmed officially also still
    known likely estimated
    later subsequently all both allegedly believed thought said reported feared presumed to
    remain remained remains went gone now who which that eventually ultimately since either
    in_total in_all so_far already then were_either became become becoming having may might
    could would will must already newly currently considered listed declared classified
    registered_as listed_as reported_as declared_as as_having as_being found critically seriously
    severely badly gravely fatally mortally lightly slightly forcibly recorded"""
    )
)
# A place after the noun phrase, before its verb: "11,541 citizens of X died", "from A and B",
# "from the Georgian side", "on both sides of the border".
_PLACE_PP = (
    r"(?:\s+(?:of|from|in|inside|within)\s+(?:the\s+)?(?:former\s+)?"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’-]*){0,3}(?:\s*\((?-i:[A-Z]{2,6})\))?"
    r"(?:\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?"
    r"(?:\s+(?:side|army|armed\s+forces|forces|military|navy|air\s+force|militia|police"
    r"|regime|government))?|\s+(?:on|from)\s+(?:both|either|each|all)\s+sides?(?:\s+of\s+the\s+\w+)?"
    # "56 individuals of unknown affiliation were killed": what is not known of them
    r"|\s+of\s+(?:unknown|undetermined|unclear|uncertain|unconfirmed|unidentified|mixed"
    r"|various|other|different)\s+(?:affiliations?|status|identity|identities|nationality"
    r"|nationalities|origins?|ethnicity|allegiance)"
    # "300 soldiers aged between 18 and 25 were killed"
    r"|\s+aged\s+(?:between\s+|from\s+)?\d+(?:\s*(?:and|to|[-–])\s*\d+)?)?"
)
_PLACE_AT = re.compile(_PLACE_PP, re.IGNORECASE)
# Whose people an aside or a side names: "300 people, mostly ethnic Georgians, were
# displaced"; "10,000 people from the Georgian side".
_PEOPLE_ASIDE = re.compile(
    r",\s*(?:mostly|mainly|predominantly|largely|overwhelmingly|primarily|chiefly)\s+"
    r"(?P<np>[^,;()]{1,60}?)\s*,"
)
# "Casualties on the Georgian side were 300 killed": whose losses, before the figure.
_SIDE_LOSSES = re.compile(
    r"\b(?:casualties|losses|deaths|dead|fatalities|toll)\s+(?:on|from|for)\s+the\s+"
    r"(?P<np>[^,;()]{1,40}?)\s+side\b",
    re.IGNORECASE,
)
# A side's name before "side" ("the Georgian side"), or after "the side of" ("the side
# of the Georgians"): the group keeps the word "side", which names no party.
_SIDE_NP = (
    r"(?P<np>side\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
    r"|[^,;()]{1,40}?\s+side\b)"
)
_SIDE_PP = re.compile(rf"\s+(?:from|on)\s+(?:the\s+)?{_SIDE_NP}")
# "..., on the X side 300 were killed; on the Y side 500": a side a clause opens on.
_SIDE_CLAUSE = re.compile(
    rf"(?:^|[,;]\s*)(?:(?:but|and|while|whereas)\s+)?(?:on|from|for)\s+(?:the\s+)?{_SIDE_NP}",
    re.IGNORECASE,
)
# "On the Georgian side, 300 soldiers were killed": a side the sentence opens on.
_SIDE_OPENER = re.compile(rf"\s*(?:On|From|For)\s+the\s+{_SIDE_NP}\s*,", re.IGNORECASE)
# "1 million dead on each side": one figure per side named before ("on both sides": one).
_EACH_SIDE = re.compile(
    r"(?:\s+(?:were|was|are|have\s+been|had\s+been)?\s*\w+)?\s+on\s+(?:each|either)"
    r"\s+sides?\b|\s+each\b(?!\s+other\b)",
    re.IGNORECASE,
)
# "X and Y each lost 1,000 soldiers": a figure of each of the parties named before.
_EACH_BEFORE = re.compile(
    r"\beach\s+(?:(?:had|has|have)\s+)?(?:lost|suffered|sustained|had|saw|recorded)\s+$",
    re.IGNORECASE,
)
# A relative clause between a noun phrase and its verb, ended by the verb's auxiliary:
# "Eight soldiers who were part of the patrol are still missing" ("who fought there
# killed ..." has none: those soldiers killed, they were not killed).
_RELATIVE = (
    r"(?:\s+(?:who|that)\s+[^,;.()]{1,60}?\s(?:are|were|was|is|have\s+been|had\s+been"
    r"|has\s+been|remain|remained)(?=\s))?"
)
_POST = re.compile(  # possessive spaces: a run of them is split one way, not every way
    rf"(?:\s+[\"“][\w\s'’-]{{1,30}}?[\"”])?{_PLACE_PP}{_RELATIVE}(?:\s*+,?\s*+(?:{_FILLER})\b)*?\s*+,?\s*+(?:{_CUE_GROUPS})\b"
    # "Deaths: 300 Wounded: 500": a cue before a colon labels the next figure
    r"(?!\s*:\s*\d)",
    re.IGNORECASE,
)
# The end of a parenthesis a figure stands in.
_CLOSE = re.compile(r"\s*\)")
# Its text runs to the next comma, but not one inside a figure ("including 15,000 women").
_ASIDE_TEXT = r"(?:[^,;]|(?<=\d),(?=\d))*,"
_PARENTHESIS = re.compile(
    rf"\s*(?:\([^)]*\)|,\s*(?:i\.\s?e\.|e\.\s?g\.|namely|that\s+is){_ASIDE_TEXT}"
    r"|,\s*(?:including|among\s+them|mostly|mainly|most\s+of\s+(?:them|whom)"
    rf"|many\s+of\s+(?:them|whom)|of\s+whom|both|all|or|amounting\s+to|representing"
    rf"|accounting\s+for|equivalent\s+to|constituting"
    # "Thirteen men, seven of them teenagers, died"
    rf"|(?:\d[\d,.]*|[a-z]+)\s+of\s+(?:them|whom)\s+(?!were\b|was\b|are\b|had\b|have\b))\b{_ASIDE_TEXT})",
    re.IGNORECASE,
)
# A figure that names part of the one before it: "200 people were killed, including 10
# civilians" (the text from the earlier figure's noun phrase to this figure ends so).
_SUBSET = re.compile(
    r"(?:(?:[,;(]|\s[-–—])\s*(?:including|incl\.|among\s+them|among\s+whom|of\s+whom"
    r"|of\s+them|of\s+these|of\s+those|of\s+which|mostly|mainly|most\s+of\s+them)\s*,?\s+"
    r"(?:(?:were|was|are)\s+)?|\s[–—]\s*|\s*\(\s*)$",
    re.IGNORECASE,
)
# A toll before its figure, and what it counts ("the death toll rose to 3,000", "the
# number of refugees is estimated at 800,000", "British deaths numbered 145").
_TOLL_OF = r"(?:number|estimates?|count|tally|total)\s+(?:of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,4}?"
_TOLL = re.compile(
    r"\b(?:(?P<killed>death\s+toll|toll|(?:casualty|death)\s+(?:estimate|figure|count|tally)s?"
    rf"|{_TOLL_OF}(?:dead|deaths|fatalities|victims|killed))"
    rf"|(?P<displaced>{_TOLL_OF}(?:refugees|IDPs|evacuees|displaced(?:\s+(?:people|persons))?)"
    # "the displaced population of X stood at 500,000"
    r"|(?:displaced|refugee|IDP)\s+population"
    # "the refugees numbered 500,000"
    r"|(?<=the\s)(?:refugees|evacuees)(?=\s+(?:numbered|totall?ed|totals)\b))"
    rf"|(?P<wounded>{_TOLL_OF}(?:wounded|injured))|(?P<missing>{_TOLL_OF}missing))"
    r"(?:\s+[\w'’-]+|\s*\([^()]{0,100}\)){0,10}?\s+(?:is|was|of|at|to|stood\s+at|stands\s+at"
    r"|(?:believed|thought|estimated|reported|known)\s+to\s+be"
    r"|reached|rose\s+to"
    r"|climbed\s+to|had\s+risen\s+to|has\s+risen\s+to|totaled|totalled|totals|numbered"
    r"|range[sd]?\s+from|ranging\s+from|(?:run|runs|ran)\s+(?:from|between)|between(?<=toll\sbetween)"
    r"|var(?:y|ies|ied)(?:\s+(?:widely|greatly|considerably|significantly|enormously))?,?"
    r"\s+(?:with\s+figures\s+)?(?:from|between)|range[sd]?\s+between)"
    r"(?:\s+between|\s+from)?\s+$"
    # "civilian casualties exceeded 10,000": with the two words before, whose and what kind
    # "Estonian losses rose to 6,000"; not "tank losses"
    # "the victims numbered 900"
    r"|\b(?:[\w'’-]+\s+){0,2}(?P<deaths>deaths|dead|victims|fatalities|casualties|(?<!tank\s)"
    r"(?<!tanks\s)(?<!aircraft\s)(?<!equipment\s)(?<!vehicle\s)(?<!economic\s)"
    r"(?<!territorial\s)(?<!material\s)(?<!financial\s)loss(?:es)?|(?<=\w\s)killed)"
    r"(?:\s*\([^()]{1,60}\))?(?:\s+[\w'’.-]+){0,6}?"
    r"\s+(?:numbered|totaled|totalled|(?:estimated|put|placed)\s+at(?:\s+between)?"
    r"|totals|stood\s+at|reached|exceeded|range[sd]?\s+(?:from|between)|ranging\s+from"
    r"|(?:rose|climbed|amounted|came|had\s+risen|has\s+risen)\s+to)\s+$"
    # "X and Y losses were 300 and 500 respectively": a verb "to be" right after the noun
    r"|\b(?:[\w'’-]+\s+){0,3}(?P<losses>deaths|fatalities|casualties|losses)\s+(?:were|was)\s+$"
    # a list's label: "Battle deaths: 92,000", "Wounded: 3,000", "Refugees: 700,000"
    r"|(?<![\w,])(?:(?P<label_killed>(?:(?:military|civilian|total)\s+)?(?:deaths|dead"
    r"|killed|fatalities|casualties))|(?P<label_wounded>wounded|injured)|(?P<label_missing>missing)"
    r"|(?P<label_displaced>refugees|displaced|IDPs|refugee\s+status))\s*:\s*$",
    re.IGNORECASE,
)
_BARE_LEAD = re.compile(r"\s+(?:more|others|who)\b", re.IGNORECASE)
_BARE = re.compile(
    rf"(?:\s+(?:more|others|who))?"  # "six more were injured", "four who died"
    rf"(?:\s+on\s+(?:each|both|either)\s+sides?)?"  # "2,000 on each side were injured"
    rf"(?:\s+(?:were|was|have|has|had|been|having|are|is|remain|remained|reportedly|became"
    rf"|become|may|might|could|would|will|also|still|later|subsequently|eventually|already"
    rf"|newly|considered|listed|declared|reported\s+as|listed\s+as|critically|seriously"
    rf"|reported|confirmed|believed|feared|presumed|thought|known|officially|to|found|recorded"
    rf"|severely|badly|gravely|fatally|mortally|lightly|slightly))*\s+"
    rf"(?:{_CUE_GROUPS})\b(?!\s*:\s*\d)",
    re.IGNORECASE,
)
# A place after a figure's noun does not break the list ("230 Estonians from Latvia and 800
# Latvians from Estonia were expelled").
_COORDINATION = re.compile(
    r"\s*(?:,|and|or|as\s+well\s+as|plus|along\s+with|[–—-]|to|\s|\([^()]{0,80}\)"
    r"|(?:from|of|in)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*+"
    # an age after the noun: "22,074 children under sixteen and 1,676 men"
    r"|(?:(?:aged\s+)?(?:under|below|over)|aged)\s+(?:the\s+age\s+of\s+)?(?:\d{1,2}|[a-z]+teen|ten|eleven"
    r"|twelve)(?![\w,.]))*",
    re.IGNORECASE,
)
# "..., and 159 Israelis, according to the Israeli government": a list ends at its source.
_REPORT_TAIL = re.compile(r"(?:\s*\([^()]{0,80}\))?\s*,\s*according\s+to\b", re.IGNORECASE)
# Two noun phrases joined into one subject ("149 Israeli soldiers and 44 civilians").
_JOINED = re.compile(
    r"\s*(?:,\s*)?(?:and|as\s+well\s+as|plus|along\s+with|besides)\s*", re.IGNORECASE
)
# Never before a figure sharing an earlier predicate: "..., with 7 million inhabitants".
_NOT_LISTED = re.compile(r"\b(?:(?<!along\s)with|of|has|had|have|home\s+to)\s+$", re.IGNORECASE)
# A verb of its own right before a figure: it goes on no earlier list ("killing three
# soldiers and capturing two other soldiers"; "..., 21,399 Serbs" does).
_OWN_VERB = re.compile(
    r"\b(?:(?!(?:including|excluding|according|totalling|totaling|numbering)\b)[a-z]+ing"
    r"|captured|took|takes|held|holds|arrested|detained|abducted|deployed|sent|freed"
    r"|released|rescued|evacuated|trained|recruited|mobilized|mobilised)\s+$",
    re.IGNORECASE,
)
# A figure repeating the predicate before it, left out (gapping: "... refugees in X, and another
# 700,000 in Y", "11,900 this year, compared to 30,800 in 2018", "18,000 for X, 12,500 for Y"):
# before it a conjunction; after it at most a phrase of place or time, then the clause ends.
_GAP_SPAN = 120
_GAP_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w'’-]*\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}"
_GAP_FOR = r"\s+for\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s*,\s*"
_DOUBT_WORDS = r"(?:perhaps|probably|possibly|maybe|likely|only)"
_DOUBT = re.compile(rf"\s*(?:{_DOUBT_WORDS}\s*)?", re.IGNORECASE)
_GAP_BEFORE = re.compile(
    r"(?:(?:,\s*|\s)(?:and|or|while|whereas|with|compared\s+(?:to|with)|against|versus|vs\.)\s+"
    # "X lost 300 soldiers and Y 200": the subject of the clause left out, by its name;
    # after a bare comma only with it ("X suffered 700 casualties, the Y 400")
    rf"(?:{_GAP_NAME})?|,\s+{_GAP_NAME}|{_GAP_FOR})"
    # "Estonia lost 900, Latvia perhaps 200": an adverb of doubt before the figure
    rf"(?:{_DOUBT_WORDS}\s+)?"
    r"(?:(?:another|a\s+further|an\s+additional|the\s+remaining)\s+)?$",
    re.IGNORECASE,
)
_GAP_AFTER = re.compile(
    # "3,000 died in combat and 2,000 of disease"
    r"(?:\s+(?:in|from|on|at|during|by|for|inside|within|across|throughout"
    r"|of(?!\s+(?:them|whom|these|those|which|the)\b))\s+[^,;.()]{1,60}?)?"
    r"\s*(?:[,;.!?()]|\s[—–-]|\s(?:and|or)\s|$)",  # "..., Y 200 and Z 30."
    re.IGNORECASE,
)
# A verb in that phrase makes it a clause of its own ("and 5 in the city were wounded").
_GAP_VERB = re.compile(
    r"\b(?:were|was|are|is|have|has|had|been|be)\b|\w(?:ed|ing)\b", re.IGNORECASE
)
# "put the dead at 1,854 ... and the wounded at 1,800": a figure a noun before it names.
_PUT_AT = re.compile(
    r"\b(?:(?:put|puts|putting|placed|places|estimated|estimates|set|sets)\s+(?:the\s+)?"
    r"|and\s+the\s+)(?:number\s+of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?P<killed>dead|death\s+toll|toll|fatalities|deaths|losses|loss|casualties"
    r"|(?<=number\s)(?:killed|slaughtered|massacred|murdered|executed))"
    r"|(?P<wounded>wounded|injured)|(?P<missing>missing)"
    r"|(?P<displaced>displaced|refugees|IDPs|internally\s+displaced(?:\s+(?:persons|people))?))"
    r"(?:\s*\([^()]{0,20}\))?(?:\s+(?!and\b)[\w'’-]+){0,8}?\s+(?:at|to\s+be)\s+$",
    re.IGNORECASE,
)
# "The UN put the figure at 150,000", "estimated it at 350,000", "the BBC reports the
# number to be 200,000": a figure restating what was counted just before.
_PUT_FIGURE = re.compile(
    r"\b(?:(?:put|puts|putting|place|placed|places|placing|estimated|estimates|estimating|set|sets)"
    r"\s+(?:the\s+|this\s+|that\s+|its\s+|their\s+)?(?:(?:total|overall|final|official)\s+)?"
    r"(?:figure|estimate|number|total|count|it|this|that)\s+(?:at|between|closer\s+to|as\s+high\s+as"
    r"|as\s+low\s+as)"
    r"|(?:reports?|reported|gives?|gave)\s+the\s+(?:number|figure|total)\s+(?:to\s+be|as|at)"
    r"|\b(?:a|the)\s+figure\s+of"
    # "the generally accepted figure being 3,000", "(with some estimates as high as 50,000)"
    r"|\b(?:figure|estimate)\s+(?:being|is|was)"
    r"|\bthe\s+(?:number|figure|total)\s+(?:ha[sd]\s+)?(?:risen|rose|grown|grew|climbed)\s+to"
    r"(?:\s+an?\s+[a-z]+)?"  # "the number had risen to a staggering 6.2 million"
    # "X deaths numbered 145; the number so far in this war is 17"
    r"|\bthe\s+(?:number|figure)(?:\s+(?:so\s+far|to\s+date|now|then|this\s+time"
    r"|in\s+(?:this|that|the\s+second|the\s+latest)\s+(?:war|conflict|offensive|campaign)))"
    r"{1,2}\s+(?:is|was)"
    r"|\b(?:some|other|higher|lower|later)\s+(?:estimates|figures|accounts)(?:\s+of)?)\s+$",
    re.IGNORECASE,
)
# "of whom 8,676 were Albanians": a part's noun phrase after its verb.
_PART_WERE = re.compile(
    r"\s+(?:were|was|are)(?:\s+(?:reportedly|allegedly|also|mostly|mainly|all))?(?=\s)",
    re.IGNORECASE,
)
_PART_OPENER = re.compile(
    r"(?:of\s+whom|of\s+them|of\s+these|of\s+those|among\s+them|among\s+whom|including)\s*$",
    re.IGNORECASE,
)
# People counted again, so the ones an earlier figure counted: "an additional 337
# soldiers", "another 2,000", "eight other soldiers", "5,300 of them were killed".
_BACK_BEFORE = re.compile(
    r"\b(?:another|an?\s+(?:additional|further)|the\s+(?:remaining|other))\s+$", re.IGNORECASE
)
_BACK_MODS = re.compile(r"\b(?:other|additional|further|remaining)\b", re.IGNORECASE)
# "This brings to 72 the number of Indian soldiers killed": the people after the figure.
_NUMBER_OF = re.compile(r"\s+the\s+(?:total\s+)?number\s+of(?=\s)", re.IGNORECASE)
_OF_PARTY = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:former\s+)?", re.IGNORECASE)
# "residents of the former Republic of X (RX)": a name its acronym stands for.
_NAME_ACRONYM = re.compile(
    r"(?:(?-i:[A-Z])[\w'’-]*\s+(?:of\s+|and\s+)?){0,5}(?-i:[A-Z])[\w'’-]*\s*\("
    r"(?P<acronym>(?-i:[A-Z]{2,6}))\)"
)
# "five or six thousand people", "1.5–2 million": two ends of one estimate of one noun.
_OR = re.compile(r"\s+or\s+", re.IGNORECASE)
_DASH = re.compile(r"\s*[–—-]\s*")
# "309 were killed, 909 were missing, and 1141 were injured": a figure in a list, no year.
_IN_LIST = re.compile(r",\s*(?:and\s+)?$")
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those|whom)\b", re.IGNORECASE)
# A sentence opening on the people it counts a part of: "Of these, 1979 were officers";
# "Of the 49,985 wounded, 7132 were officers"; "Of the Afghan population of some 15
# million, more than 5 million fled". Also glued on after a lost full stop ("... to
# reporters Of those victims, 30,514 were ..."). Ends right before the part's figure.
_OPENER = re.compile(  # the whole may be a figure ("Of some 9,000 X who ..., 700 died")
    r"(?:^\s*[\"“‘']?\s*(?:[Oo]f|[Aa]mong)|\s(?-i:Of))\s+(?:(?:(?:the|these|those)\s+|(?=(?:[a-z]+\s+){0,2}\d))"
    r"(?P<np>(?:[^,;.]|(?<=\d)[,.](?=\d)){1,80}?(?:,\s+(?:which|who)\s(?:[^,;.]|(?<=\d),(?=\d)){1,80}?)?)"
    r"|these|those|them|whom)\s*,\s*$"
)
# "Of the 49,985 wounded": a figure the sentence opens on after "of the", so counted before.
_OPENER_FIGURE = re.compile(
    r"^\s*[\"“‘']?\s*[Oo]f\s+(?:(?:the|these|those|its|their|his|her|our)\s+)?$"
)
# "Britain lost five ships and 256 lives": the loss verb before other things lost.
_LOST_BEFORE = re.compile(
    # "lost 326 tanks and 526 soldiers", "lost 120 tanks, 40 aircraft and 3,000 soldiers": a
    # figure of things is no figure of people.
    r"\b(?:lost|losing|loses|lose)\s+(?:(?:[^;.]|(?<=\d)[.](?=\d)){0,60}?\s+and\s+)$",
    re.IGNORECASE,
)
# What may follow a figure that shares an earlier figure's predicate ("..., 21,399 Serbs
# and 2,619 Croats."): more coordination, then the end of the sentence.
# One token at a time, possessive: "(\s*(?:,|and|\s))*" split a run of spaces every way
# (exponential: 22 spaces after a figure took 6 s).
_TAIL = re.compile(r"(?:\s|,|and|or|respectively)*+[.!?;]?[\"'”’)]*\s*$", re.IGNORECASE)
# A number that is a ratio or the whole a share is taken of, never a count of casualties.
_NOT_A_COUNT = re.compile(
    r"(?:\b(?:one|1)\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"|\b(?:an\s+)?average\s+of\s+"
    r"|\b(?:half|third|quarter|fifth|tenth|two-thirds|three-quarters|majority|most|percent"
    r"|per\s+cent)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}"
    r"|%\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}"
    # "640,000 out of Iraq's population of 26 million": the whole, not a count of the dead
    r"|\bpopulation\s+of\s+(?:some\s+|about\s+|around\s+|over\s+|nearly\s+|roughly\s+)?"
    # ages: "aged between 18 and 25", "under the age of 5"
    r"|\b(?:aged|ages?(?:\s+of)?)\s+(?:between\s+|from\s+|under\s+|over\s+|about\s+)?"
    r"|\baged\s+(?:between\s+|from\s+)?\d+\s*(?:and|to|[-–])\s*"
    r"|\b(?:children|boys|girls|minors|kids)\s+(?:under|below|over)\s+"
    # a number in a name: "Flight 752", "Resolution 1244", "Hill 937"
    r"|\b(?-i:Flight|Resolution|Route|Highway|Hill|Camp|Unit|Article|Section|Gate|Block|No\.|Nos\.)\s+)$",
    re.IGNORECASE,
)
# "the total Indian casualties ... 240 killed": whose losses a casualty noun names; also
# past an acronym or a force's noun ("The Israel Defense Forces (IDF) death toll", "the
# Indian Army death toll"). ``force`` marks the losses of a force, so soldiers.
_OWNER_NOUN = re.compile(
    r"(?P<force>(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:army|navy|air\s+force|armed\s+forces|forces"
    r"|military|troops|marines)(?:['’]s?)?)?(?:\s*\([^()]{1,20}\))?"
    # "X sustained far greater losses": a verb of suffering, then up to two words
    r"(?:\s+(?:suffered|sustained|incurred|endured))?"
    # not a verb's object: "X troops shot dead 14 protesters"
    r"\s+(?:(?!shot\b)[a-z-]+\s+){0,2}?(?:casualties|losses|deaths|dead|death\s+toll|fatalities"
    # "the X loss came to 300 killed": a singular loss only before its amount
    r"|loss(?=\s+(?:came|amounted|stood|totall?ed|numbered)\b|\s+was\s+(?:[a-z]+\s+)?\d)"
    # "X's casualty figures were 4,000": the figures or count of its losses
    r"|toll|(?:casualty|death|loss)\s+(?:figures?|count|tally|numbers?))\b"
)
# "6,000 killed and 10,000 wounded in the Ethiopian Army": whose force the figures are of.
_IN_FORCE = re.compile(
    r"\s+(?:in|of|among|from)\s+(?:the\s+)?(?P<name>(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}"
    r"(?:army|navy|air\s+force|armed\s+forces|forces|military|marines|militia))\b",
    re.IGNORECASE,
)
# "X shelled Y's villages, killing 30 civilians": the people hit are the object's.
_ATTACKED = re.compile(
    r"\b(?:attacked|ambushed|shelled|bombed|bombarded|struck|raided|stormed|overran|targeted"
    r"|hit)\s+(?P<object>[^,;.]{1,80}?),?\s+(?:killing|wounding|injuring)\s+$"
)
_FORCE_WORD = re.compile(r"\b(?:army|navy|air\s+force|forces|military|marines|militia)\b", re.I)
# A name ending in a force's noun ("Israel Defense Forces", "Sudanese Armed Forces").
_FORCE_NAME = re.compile(r"\b(?:Army|Navy|Air\s+Force|Forces|Military|Marines)$")
# "the number of IDF deaths in Gaza": a place after "in" is where, not whose.
# Nor is the enemy after "with", "against", "by" ("the number of dead from the war with X").
_WHERE = re.compile(
    r"\b(?:in|inside|within|across|throughout|with|against|by)\s+(?:the\s+)?$", re.IGNORECASE
)
# A sentence opening on where all of it happens: "In Azerbaijan, 600,000 IDPs remain".
_SCENE = re.compile(r"\s*(?:In|Inside|Within|Across|Throughout)\s+(?:the\s+)?")
# How far back a verb or a "death toll" before a figure is looked for.
_LOOKBACK = 80
_TOLL_LOOKBACK = 200  # a toll's words may hold a parenthesis
_MILITARY_MOD = re.compile(r"\b(?:military|army|armed|combat|battle)\b", re.IGNORECASE)
_CIVILIAN_MOD = re.compile(r"\bcivilian\b", re.IGNORECASE)

# Where displaced people come from: "refugees from X", "fled X", "displaced from X".
_DISPLACED_WORD = (
    r"refugees?|IDPs?|evacuees|displaced|fled|flee|fleeing|expelled|deported|evacuated"
    r"|driven|uprooted|forced\s+to\s+(?:flee|leave)|left"
)
_ORIGIN_BEFORE = re.compile(
    rf"\b(?:{_DISPLACED_WORD})\s+(?:from|out\s+of)\s+(?:the\s+)?$", re.IGNORECASE
)
# After a displaced figure's noun phrase or casualty verb: "from X", "out of X"; after a
# verb of leaving also a bare "X" ("fled Azerbaijan").
_ORIGIN_AFTER = re.compile(
    r"\s+(?:(?:originating|coming|originally)\s+)?(?:from|out\s+of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_ORIGIN_AFTER_LEAVING = re.compile(r"\s+(?:(?:from|out\s+of)\s+)?(?:the\s+)?", re.IGNORECASE)
_LEAVING = re.compile(r"(?:fled|flee|leave|left)$", re.IGNORECASE)
# "killed in action", "died in battle": soldiers, whatever the noun.
_IN_ACTION = re.compile(
    r"\s+(?-i:KIA)\b|[^.;]{0,40}?\b(?:killed|died|dies|die|dead|fell|lost)\s+(?:\w+\s+){0,2}?(?:in\s+"
    r"(?:action|battle|combat)\b|(?:while\s+)?serving\s+(?:in|with)\s+(?:the\s+)?(?:military"
    r"|army|armed\s+forces|security\s+forces|navy)\b|on\s+active\s+duty\b)",
    re.IGNORECASE,
)
# "The Indian Army lost 23 men": the losses of a force are soldiers, whatever the noun.
_FORCE_LOST = re.compile(
    r"\b(?:army|armed\s+forces|forces|military|navy|troops|air\s+force|marines|militia)"
    r"(?:['’]s?)?\s+(?:has\s+|have\s+|had\s+)?(?:lost|suffered|sustained)\s+"
    r"(?:(?:a\s+total\s+of|an\s+estimated|the|some)\s+)?$",
    re.IGNORECASE,
)
# "2,837 fatalities among Russian army troops": whose the fatalities are, and their kind.
_AMONG = re.compile(r"\s+(?:among|amongst)\s+(?:the\s+)?", re.IGNORECASE)
# A pronoun standing for a party named before: "It lost", "of its soldiers".
_PRONOUN = re.compile(r"\b(?:its|their|it|they|It|They|Its|Their)\b")
# What may stand between a party and a figure it labels: "Estonia: 300", "Estonian side
# 24,000" (a possessive needs nothing: "Estonia's 300 dead").
# "Estonia (4,000 killed) and Latvia (2,000 killed)": a name's figure in a parenthesis.
_LABEL = re.compile(r"(?P<mark>\s*:|\s+side(?:\s*:)?)?(?P<paren>\s*\()?\s*")
# A bare figure owned by the subject before it: "Britain had 255 killed and 777 wounded".
# "88 people from X were killed, 83 were missing": the name right after a figure's noun.
_FROM_OWN = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?", re.IGNORECASE)
# "2 million Xs fled to Y and Z; 2 million others ...": where they went, not whose they are.
_WENT_TO = re.compile(
    r"\b(?:fled|flee|fleeing|escaped|went|gone|moved|sought\s+refuge|taken\s+refuge)\s+"
    r"(?:to|into|in)\b",
    re.IGNORECASE,
)
_TOTAL_LABEL = re.compile(r"\b(?:total|overall|combined)\s*:\s*$", re.IGNORECASE)
_HAD = re.compile(r"\b(?:had|has|have)\s+$", re.IGNORECASE)
# "X and Y lost 300 and 500 soldiers respectively": figures paired in order with names.
_PAIRED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_NAMES_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
# "The losses were: X: 5,000 soldiers, 2,000 civilians; Y: 3,000 soldiers": a heading of
# losses before a colon makes every figure of people after it a loss.
_LOSS_HEADING = re.compile(
    r"\b(?:losses|casualties|deaths|dead|fatalities)(?:\s+(?:were|was|are|is))?"
    r"(?:\s+as\s+follows)?\s*:",
    re.IGNORECASE,
)

_OTHER_HEADING = re.compile(
    r"\b(?:strength|units|commanders?|leaders?|belligerents|forces|troops|result|location"
    r"|date|prisoners|captured|POWs|tanks|aircraft|ships|guns)\s*:",
    re.IGNORECASE,
)
