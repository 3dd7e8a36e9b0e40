"""Patterns that find who reported a casualty figure and when (see ``_sources``).

Split from ``_patterns`` (the word lists and patterns of the figures themselves); nothing
here reads a sentence.
"""

from __future__ import annotations

import re

_REPORT_VERB = re.compile(
    r"\b(?:announced|announces|reported|reports|said|says|stated|states|confirmed|confirms"
    r"|claimed|claims|estimated|estimates|declared|published|released|recorded|records|counted"
    r"|verified|verifies|documented|documents|acknowledged|acknowledges|admitted|admits"
    r"|listed|lists|cited|cites|tallied|tallies)\b"
)
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?P<src>[^,.;:()]+?)(?=\s*(?:[,.;:()]|$))")
_BY_SOURCE = re.compile(
    r"\b(?:reported|announced|released|published|confirmed|given|provided|compiled|cited)"
    r"\s+by\s+(?P<src>[^,.;:()]+?)(?=\s*(?:[,.;:()]|$))"
)
_CLAUSE_START = re.compile(r".*(?:[,;:(]|\bthat\b|\bwhile\b|\bwhereas\b|\band\b)\s*", re.DOTALL)
_AUXILIARIES = re.compile(
    r"(?:\s+(?:has|have|had|also|officially|later|then|now|previously|earlier|initially"
    r"|publicly|separately|itself|themselves))+$",
    re.IGNORECASE,
)
# Where a source named after "according to" / "reported by" ends, if not at a comma.
_SOURCE_END = re.compile(
    r"\s+(?:show|shows|showed|say|says|said|put|puts|indicate[sd]?|suggest[sd]?|list(?:s|ed)?"
    r"|were|was|are|is|have|has|had|that|which|who|\d).*$",
    re.DOTALL,
)
_PASSIVE_END = re.compile(r"\b(?:been|be|being|was|were|is|are)$", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:the|The|THE)\s+")
_SOURCE_NOUNS = re.compile(
    r"\b(?:officials?|ministry|ministries|government|authorities|agency|spokes(?:man|woman"
    r"|person)|office|ombudsman|committee|report|statement|sources?|service|commission|"
    r"organi[sz]ation|council|army|military|president|minister|observatory|watch)\b",
    re.IGNORECASE,
)
_ANAPHORA = re.compile(
    r"^(?:it|they|he|she|(?:the|this|that|these|those|its|their)\s+(?:\w+\s+)?(?:report|statement"
    r"|ministry|figures?|data|agency|government|authorities|officials|announcement|count|tally"
    r"|study|spokes(?:man|woman|person)|sources?|document|list|survey|update|release))$",
    re.IGNORECASE,
)
# Words that may start a date: skip the date search when none follows the source.
_DATE_HINT = re.compile(
    r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
    r"|[Yy]esterday|[Ll]ast|[Tt]his|[Ee]arl|[Ll]ate|[Mm]id|ago\b)"
)
_DATE_OPENER = re.compile(r"^\s*(?:[Oo]n|[Aa]s\s+of)\s+$")
# "the losses at 18,000 for X, 12,500 for Y": the name a figure is for.
_FOR_SIDE = re.compile(
    r"\s+for\s+(?:the\s+)?(?P<np>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})"
    r"(?=\s*(?:[,;.]|\s+and\b|$))"
)
# "X: Land: 34 killed": a label of one word under a side's label names no one of its own.
_SUB_LABEL = re.compile(r"^\s*:\s*(?-i:[A-Z])[a-z]+$")
