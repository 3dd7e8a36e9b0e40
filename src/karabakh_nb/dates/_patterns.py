"""The vocabularies and regular expressions of date recognition, compiled once.

What belongs here: month and weekday names, number words and time units, the
alternatives of the full date pattern (ranges first, then the atomic forms), the
cheap *core* pattern and the prefix words a mention may open with, and the cues
around a bare four-digit number that make it a year or rule it out. No function
lives here: ``_scan`` applies these patterns, ``_resolve`` the unit
precisions.
"""

from __future__ import annotations

import re

from .._first_chars import guarded
from ..lexicon import read_words
from ..numbers import WORD_VALUES

PRECISIONS = ("day", "month", "year")
_RANK = {"day": 0, "month": 1, "year": 2}

MIN_YEAR = 1000
MAX_YEAR = 2100

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
# Counts of a relative phrase ("two weeks later"): the number words of ``numbers``.
_NUMBER_WORDS = {"a": 1, "an": 1, **{w: n for w, n in WORD_VALUES.items() if n}}
_VAGUE_COUNTS = "several|a\\s+few|few|some|many"
VAGUE_COUNT = re.compile(rf"(?i:{_VAGUE_COUNTS})\b")
_UNIT_PRECISION = {
    "day": "day",
    "morning": "day",
    "evening": "day",
    "night": "day",
    "week": "day",
    "month": "month",
    "year": "year",
    "decade": "year",
}

# Month names: full names anywhere (capitalised); abbreviations only next to digits.
_FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_ANY_MONTH = _FULL_MONTH + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
# Scraped text writes months in lower case too ("february 17th 2011", "On october 20th"):
# read beside a day or a year only ("may" and a bare "march" are words).
_LOWER_MONTH = (
    r"(?:january|february|march|april|june|july|august|september|october|november|december)"
)
_MONTH = rf"(?:{_ANY_MONTH}|{_LOWER_MONTH})"
_ORD = r"(?: ?(?:st|nd|rd|th)\b)?"  # "1st", scraped "1 st"
# A comma right before a year glues it to a month ("November,2022"), never to a number.
_YEAR = r"(?<![\d.$£€])(?<!\d,)\d{4}(?![\d%])(?!,\d{3})(?!\.\d)"
# The year after a day or a month: ", 2020", " 2020", or glued by a comma (",2020").
_YEAR_GAP = r"(?:,?\s+|,)"
# After a day and a comma ("November 3,2022"): the comma's digit lookbehind does not apply.
_GLUED_YEAR = r"\d{4}(?![\d%])(?!,\d{3})(?!\.\d)"
_DASH = r"(?:-|–|—)"
_RANGE_WORD = r"(?:-|–|—|to|until|till|through|and)"
_MOD = (
    r"(?:[Ee]arly|[Mm]id|[Ll]ate|[Tt]he\s+(?:end|beginning|start|middle|spring|summer|autumn"
    r"|fall|winter)\s+of)"
)
_NUM = (
    "(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(_NUMBER_WORDS, key=len)[::-1])
    + rf"|\d{{1,3}}|(?i:{_VAGUE_COUNTS}))"
)
_UNIT = r"(?:day|week|month|year|decade)"
# Feasts on a fixed day of the year: "on Christmas Day 1914", "on Valentine's Day, 1990"
# (a day without a year, as "21 December" is, when none follows).
_HOLIDAYS = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new years day": (1, 1),
    "new year day": (1, 1),
    "new year's eve": (12, 31),
    "new years eve": (12, 31),
    "valentine's day": (2, 14),
    "valentines day": (2, 14),
    "valentine day": (2, 14),
    "st. valentine's day": (2, 14),
    "st valentine's day": (2, 14),
}
_HOLIDAY = (
    r"(?:Christmas\s+(?:Day|Eve)|Boxing\s+Day|New\s+Year(?:'|’)?s?\s+(?:Day|Eve)"
    r"|(?:St\.?\s+)?Valentine(?:'|’)?s?\s+Day)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_RANGE_ALTERNATIVES = [
    # (from) 7 to 12 August 2008, 7–12 August 2008; the night of 3/4 November 2020
    rf"(?P<dr>(?:(?P<dr_cue>[Ff]rom|[Bb]etween)\s+)?\b(?P<dr_d1>\d{{1,2}}){_ORD}\s*"
    rf"(?:{_RANGE_WORD}|/)\s*(?P<dr_d2>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<dr_m>{_MONTH})"
    rf"(?![\w])(?:,?\s+(?P<dr_y>{_YEAR}))?)",
    # (from) August 7 to 12, 2008
    rf"(?P<mr>(?:(?P<mr_cue>[Ff]rom|[Bb]etween)\s+)?\b(?P<mr_m>{_MONTH})\s+"
    rf"(?P<mr_d1>\d{{1,2}}){_ORD}\s*{_RANGE_WORD}\s*(?P<mr_d2>\d{{1,2}}){_ORD}\b"
    rf"(?:,?\s+(?P<mr_y>{_YEAR}))?)",
    # (from|between) 1988 and 1994, 1992–1994, winter 1993/94
    rf"(?P<yr>(?:(?P<yr_cue>[Ff]rom|[Bb]etween)\s+)?(?P<yr_y1>{_YEAR})\s*"
    # scraped "in 1978 1979": the dash between two years in a row lost
    rf"(?P<yr_sep>{_RANGE_WORD}|/|(?<=\d)\s(?=\d))\s*(?P<yr_y2>{_YEAR}|(?<=[-–—/])\d{{1,2}}(?!\d|\.\d)))",
]
_ATOMIC_ALTERNATIVES = [
    # 2020-11-10
    r"(?P<iso>(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-]))",
    # Christmas Day 1914, Valentine Day, 1990, New Year's Eve
    rf"(?P<hol>\b(?P<hol_n>{_HOLIDAY})\b(?:(?:{_YEAR_GAP}|\s+of\s+)(?P<hol_y>{_YEAR}))?)",
    # November 10, 2020 / November 10
    # "November 3,2022": a comma glues the year (",200" would be a number's group); a day
    # glued to the next month ("January 26February 28, 1995") lost the dash between them
    rf"(?P<mdy>(?:\b|(?<=\d))(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>\d{{1,2}}){_ORD}(?:\b|(?={_FULL_MONTH}))"
    rf"(?!\.\d|,(?!\d{{4}}(?!\d))\d)"
    rf"(?:{_YEAR_GAP}(?P<mdy_y>(?<=,){_GLUED_YEAR}|{_YEAR}))?)",
    # 10 November 2020 / 21 December / the 3rd of May 1995 / scraped "6December 1997"
    rf"(?P<dmy>(?:\b[Tt]he\s+(?=\d{{1,2}}(?:st|nd|rd|th|\s+of)\b))?(?<![\d,.])\b(?P<dmy_d>\d{{1,2}}){_ORD}(?:\s+(?:of\s+)?|(?={_FULL_MONTH}\s+\d{{4}}))(?P<dmy_m>{_MONTH})"
    rf"(?![\w])(?:{_YEAR_GAP}(?P<dmy_y>{_YEAR}))?)",
    # (early) November 2020 / late September
    rf"(?P<my>(?:(?P<my_mod>{_MOD})[\s-]+)?\b(?P<my_m>{_MONTH})(?![\w])(?:,?\s+(?:of\s+)?|,)"
    rf"(?P<my_y>{_YEAR}))",
    rf"(?P<mo>(?:(?P<mo_mod>{_MOD})[\s-]+)?\b(?P<mo_m>{_FULL_MONTH})\b)",
    # the 1990s
    rf"(?P<dec>(?:\b[Tt]he\s+)?(?:{_MOD}[\s-]+)?(?<![\d,.])\b(?P<dec_y>\d{{3}}0)s\b)",
    # 1992, late 1991
    # "(2022–present)": a start with no end yet
    rf"(?P<y>(?:(?P<y_mod>{_MOD})[\s-]+)?(?P<y_y>{_YEAR})(?:{_DASH}(?:present|ongoing)\b)?"
    rf"(?![A-Za-z]|{_DASH}\w))",
    # a year later, the next day, later that year
    # "four and a half months later", "a year and a half later": half a unit more
    rf"(?P<rel>\b(?P<rel_n>{_NUM})(?P<rel_half>\s+and\s+a\s+half)?\s+(?P<rel_u>{_UNIT})s?"
    r"(?P<rel_half_after>\s+and\s+a\s+half)?\s+"
    # "five years to the very day after": a whole count of years that keeps the day
    r"(?P<rel_day>to\s+the\s+(?:very\s+)?day\s+)?"
    r"(?P<rel_dir>later|earlier|afterwards?|on|after|before|into)\b"
    r"(?P<rel_tail>(?=\s*[,.;:)]|\s*$))?)",
    r"(?P<the>\b[Tt]he\s+(?P<the_w>next|following|previous|preceding|same|subsequent)\s+"
    r"(?P<the_u>day|week|month|year|morning|evening|night|decade)\b"
    # "had burned the town the year before.": closing its clause, the one before the anchor
    # (not "the year before the war", which counts from a thing)
    r"|\b[Tt]he\s+(?P<the_u2>day|week|month|year)\s+(?P<the_d>before|after)\b"
    r"(?=\s*[,.;:)]|\s+and\b|\s*$))",
    r"(?P<that>\b(?P<that_w>(?i:later|earlier|that))\s+(?:that|same)\s+"
    r"(?P<that_u>day|month|year)\b"
    # "That day, two officers were shot": opening a sentence, the day the text is at (not
    # "died of the wounds he received that day", which looks back)
    r"|\bThat\s+(?P<that_u4>day|morning|evening|night)\b(?!['’]s\b)"
    # "in that year", "By the end of the month": the anchor's year or month
    r"|(?<=\b[Ii]n\s)that\s+(?P<that_u2>month|year)\b"
    r"|\b(?P<that_edge>[Tt]he\s+(?:end|beginning|start|middle)\s+of\s+)(?:the|that)\s+"
    r"(?P<that_u3>month|year)\b)",
    # Last year, this month, yesterday, two years ago, Thursday
    rf"(?P<ago>\b(?P<ago_n>{_NUM})\s+(?P<ago_u>day|month|year|decade)s?\s+ago\b)",
    r"(?P<pub>\b(?P<pub_w>(?i:last|this|next|past|earlier\s+this|later\s+this))\s+"
    r"(?P<pub_u>year|month)\b)",
    r"(?P<yd>\b(?i:yesterday|tomorrow)\b)",
    rf"(?P<wd>(?:\b(?P<wd_w>[Ll]ast|[Nn]ext|[Tt]his)\s+)?\b(?P<wd_d>{_WEEKDAY})\b)",
]
# Ranges first: at one position the longest reading wins; a range rejected on reading
# ("in 1992 and 1993") is read again with the atomic forms only.
# Each alternative after a test of its first character (see _first_chars): at a figure, the
# month-first and word-first forms are skipped at once.
_PATTERN = re.compile(guarded(_RANGE_ALTERNATIVES + _ATOMIC_ALTERNATIVES))
_ATOMIC = re.compile(guarded(_ATOMIC_ALTERNATIVES))
_RANGE_KINDS = frozenset({"dr", "mr", "yr"})
_WHICH_BEFORE = re.compile(r"\b([Ll]ast|[Nn]ext|[Tt]his)\s+$")
_DATE_AFTER = re.compile(rf",?\s+(?:the\s+)?(?:\d{{1,2}}(?!\d)|{_MONTH}(?![\w]))")

# Every mention holds a *core*: a digit, a month or weekday name, or a time unit. One
# alternation of plain literals lets the regex engine skip every other character fast;
# the full pattern is then tried only at the core's word and the few words before it
# that can open a mention ("from", "between", "early", "the next", "two", "last").
_CORE = re.compile(
    "|".join(
        [f"{d}[0-9]*" for d in "0123456789"]
        + [name.capitalize() for name in _MONTHS if name != "sept"]
        + [name for name in _MONTHS if len(name) > 4 or name in ("june", "july")]
        + [name.capitalize() for name in _WEEKDAYS]
        + [
            "day",
            "week",
            "month",
            "year",
            "decade",
            "morning",
            "evening",
            "night",
            "yesterday",
            "Yesterday",
            "tomorrow",
            "Tomorrow",
            "Christmas",
            "Boxing",
            "New Year",
            "Valentine",
        ]
    )
)
_PREFIX_WORDS = frozenset(
    [
        "from",
        "and",
        "half",
        "between",
        "early",
        "mid",
        "late",
        "the",
        "end",
        "beginning",
        "start",
        "middle",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "of",
        "several",
        "few",
        "some",
        "many",
        "last",
        "this",
        "next",
        "past",
        "earlier",
        "later",
        "that",
        "same",
        "following",
        "previous",
        "preceding",
        "subsequent",
        *_NUMBER_WORDS,
    ]
)
_MAX_PREFIX_WORDS = 4  # "four and a half months later"

# Words that, right before a bare year, make it a date.
_YEAR_CUE = re.compile(
    r"(?:\b(?:[Ii]n|[Ss]ince|[Oo]f|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Tt]o|[Bb]etween|[Dd]uring|"
    r"[Aa]fter|[Bb]efore|[Aa]round|[Cc]irca|c\.|[Yy]ears?|[Tt]hrough(?:out)?|[Ss]ummer|[Ww]inter|"
    r"[Ss]pring|[Aa]utumn|[Ff]all|[Bb]eginning|[Ee]nd|[Ee]arly|[Mm]id|[Ll]ate|[Ee]lection|"
    r"[Aa]nd|[Oo]r|[Ee]stablished|[Ff]ounded|[Ss]ince|[Aa]s\s+(?:early|late|recently)\s+as)"
    r"|\()\s*-?$"
)
# "In the 1977, Somalia invaded": a stray article between the preposition and the year.
_STRAY_ARTICLE = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil)\s+the\s+$")
_ARTICLE_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat)\s+$"
    # "Rabat's 1975 annexation": a possessive
    r"|\b[A-Z][a-z]+['’]s\s+$"
)
_QUANTIFIER_BEFORE = re.compile(
    r"\b(?:about|some|over|nearly|almost|approximately|roughly|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|at\s+most|up\s+to|total\s+of|estimated|than|only|just)\s+$",
    re.IGNORECASE,
)
_COUNTED = (
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|soldiers?|people|persons?|troops?|"
    r"civilians?|men|women|children|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|square|sq|dead|"
    r"killed|died|perished|wounded|injured|missing|casualties|servicemen|servicemembers|refugees?|forces?|"
    r"peacekeepers?|fighters?|tanks?|units?|members?|states?|countries|residents?|"
    r"inhabitants?|families|homes?|houses?|villages?|deaths?|victims?|prisoners?|votes?|"
    r"dollars?|euros?|tonnes?|tons?|hectares?|of\s+(?:its|their|the(?!\s+same\s+year)|them|whom|which|these))\b"
)
_COUNTED_NEXT = re.compile(rf"\s+{_COUNTED}", re.IGNORECASE)
# "A 1999 vote", "the 2015 state visit": after an article, a counted noun in the singular
# makes the number an adjective year (a count of them takes the plural).
_SINGULAR_NEXT = re.compile(
    r"\s+(?:vote|soldier|troop|civilian|person|refugee|force|peacekeeper|fighter|tank|unit"
    r"|member|state|resident|inhabitant|home|house|village|death|victim|prisoner)\b(?![-'’])"
)
_COUNTED_NEXT2 = re.compile(rf"\s+[A-Za-z][\w'’-]*\s+{_COUNTED}", re.IGNORECASE)
# "and" or "or" before a bare number makes it a year only in a list of dates ("in 1992 and
# 1993", "May 1990 or 1991"), not after a count ("600 civilians killed and 2000 militants").
_LIST_CUE = re.compile(r"\b(?:and|or)\s*-?$")
_IN_YEAR = re.compile(r"\b[Ii]n\s+\d{4}\b")
_COUNT = re.compile(r"\d{3}")
_LISTED_DATE = re.compile(
    # "in 1992–93 and 1995": a range's short end year too
    rf"(?:\d{{4}}s?|{_FULL_MONTH}|\d{{4}}[-–—]\d\d)\)?,?\s+(?:and|or)\s*-?$|\b[Bb]etween\s+\S+\s+and\s*$"
)
# A middle year of a list: "in 2003, 2005 and 2007", "of 2011, 2012, and 2013" (2005, 2012),
# when a comma, "and" or "or" follows it.
_YEAR_LIST_BEFORE = re.compile(
    r"(?:\b(?:[Ii]n|[Oo]f|[Aa]nd|[Oo]r)\s+|,\s*|\()(?:1[5-9]|20)\d\d,\s*$"
)
# "(1858, 1941, 1981)": a list in parentheses ends at its closing one
_YEAR_LIST_NEXT = re.compile(r",|\s+(?:and|or)\b|\)")
# Before a count of units: the span is approximate ("some three weeks before").
_APPROX_BEFORE = re.compile(
    r"\b(?:some|about|around|roughly|nearly|almost|approximately|more\s+than|over|less\s+than"
    r"|just\s+over|just\s+under|under)\s+$",
    re.IGNORECASE,
)
# "in 1991, a year before it seceded": the span counts from the date just before it.
_DATE_JUST_BEFORE = re.compile(
    rf"(?:\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?|{_FULL_MONTH})\)?\s*,\s*"
    r"(?:(?:some|about|around|roughly|nearly|almost|approximately|just|only)\s+)?$"
)
# "In June 1950 X answered the call, two years after the emergency had been declared": a
# clause in the past perfect after the span happened that long before the sentence's date.
_PAST_PERFECT_NEXT = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,6}?had\s+(?:been\s+)?(?:[a-z]+ed|begun|broken|fallen|won|lost)\b"
)
_EARLIER_DATE = re.compile(r"\b\d{4}\b")
# "in 1977, two years after the end of the war": counted from a thing only named (a noun
# phrase, "the <noun> of ..."), the span dates no stated event.
_NAMED_THING_NEXT = re.compile(r"\s+(?:the|its|their|his|her)\s+[a-z]+\s+of\b")
# "for more than two decades afterward", "for two years after the war": a duration.
_FOR_BEFORE = re.compile(
    r"\b[Ff]or\s+(?:(?:some|about|around|roughly|nearly|almost|approximately|more\s+than"
    r"|over|less\s+than|just\s+over|just\s+under|under|another|a\s+further)\s+)?$"
)
# "Ten months into the war": counted from the war's start, the date before.
_INTO_EVENT = re.compile(
    r"\s+the\s+(?:[\w-]+\s+)?(?:war|conflict|fighting|campaign|siege|occupation|offensive"
    r"|invasion|uprising|revolution|insurgency|crisis|blockade)\b",
    re.IGNORECASE,
)
# "April 16 [O.S. April 4] 1877": the Old (or New) Style date in brackets between a day
# and its year; the scanner reads the sentence with it blanked (a comma after it too, in
# "April 4 (N.S. April 16), 1877").
_CALENDAR_ASIDE = re.compile(
    r"[\[(](?:O\.\s?S\.|N\.\s?S\.|[Oo]ld\s+[Ss]tyle|[Nn]ew\s+[Ss]tyle|[Jj]ulian|[Gg]regorian)"
    r"[:,]?\s+[^\[\]()]{1,40}[\])](?:,(?=\s*\d{4}))?"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|\n)\s*[\"“(]?$")
_WORD_AFTER = re.compile(r"\s+[A-Za-z]")

# A figure right after a four-digit number: a table's or an infobox's row, year first.
_FIGURE_NEXT = re.compile(
    r"\s+(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?\s+(?:million|billion)\b)"
)


# "before its signing in Paris, France on December 14, 1995": a few words, then the date.
_DATE_AHEAD = re.compile(
    r"\s+(?:[\w'’-]+,?\s+){1,8}?(?:on|in)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?:\d{4}\b|(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b)"
)
# Things that happen on one day: a span after one counts from the date given it before.
PUNCTUAL_NOUNS = read_words("punctual_nouns")
# "after the agreement was made", "after its adoption": a thing a sentence before dated
_THING_NEXT = re.compile(r"\s+(?:the|its|their|this|that)\s+([a-z]+(?:-[a-z]+)?)\b(?!\s+of\b)")
_NOUN_AFTER_FEAST = re.compile(
    r"\s+(?!(?:of|in|on|at|and|or|the|a|an|when|while|was|were|is|had|has|to|by|that|which"
    r"|after|before|from|for|with|as)\b)[A-Za-z]"
)
# "the 26th of July Movement", "the March 14 Alliance": a day and month without a year
# before such a noun names a group, a place or a text
_NAME_AFTER_DAY = re.compile(
    r"\s+(?:" + "|".join(sorted(read_words("date_name_nouns"), key=len, reverse=True)) + r")\b"
)
_OF_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:the\s+same|that)\s+year\b", re.IGNORECASE)
# "extended for another two months on 02 June": "on" opens a date, not "two months on".
_ON_DATE = re.compile(
    r"\s+(?:the\s+)?(?:\d|(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b)"
)
# "from 18:00 on 16 September to 08:00 on 18 September 1982": a time of day before each
# end of a range of days.
_TIME_OF_DAY = (
    r"(?:(?:approximately|about|around|roughly)\s+)?"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|noon|midnight)\s+(?:on\s+)?"
)
# "January 26February 28, 1995": a day glued to the next date lost its dash
_RANGE_GAP = re.compile(
    rf"\s*(?:to|until|till|through|and|-|–|—)\s*(?:{_TIME_OF_DAY})?|(?<=\d)(?<!\d{{4}})"
)
_RANGE_CUE = re.compile(rf"\b([Ff]rom|[Bb]etween)\s+(?:{_TIME_OF_DAY})?$")
