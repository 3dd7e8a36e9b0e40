"""Range mentions of the timeline: the start and end dates of one event joined into one.

What belongs here: the spans a sentence states across two date mentions ("began on X and
ended on Y", "lasted from X until Y", "between the annexation of X in 1783 and 1800",
"from the winter of 1942–43 to the spring of 1945", the two days in a row of a meeting:
"the talks were held on 28 and 29 December 1955"), and the end of a range that a "when"
clause dates as an event of its own. :mod:`karabakh_nb.timeline` applies them per sentence.
"""

from __future__ import annotations

import dataclasses
import re

from .dates import DateMention, to_date
from .lexicon import read_words

__all__ = ["join_ranges", "when_ends"]


# "began on X and ended on Y", "fought between X, to Y", "lasted from X until Y": the
# two dates of one event are one range.
_SPAN_OPENER = re.compile(
    r"\b(?:began|begun|started|broke\s+out|erupted|lasted|fought|raged|took\s+place|ran"
    r"|from|between)\b(?:\s+\w+){0,2}\s+$",
    re.IGNORECASE,
)
_SPAN_JOIN = re.compile(  # possessive spaces: a long run of them is split one way
    # "1 November 1955[A 1] to": a bracketed note after the start is no gap
    r"(?:\[[^\]\[]{0,12}\])?"
    # "began in 1975, when the army invaded the island, and went on until ...": a "when"
    # clause that tells what opened it
    r"(?:\s*,\s*when\s+[^,;()]{1,80}(?=,))?"
    r"\s*+,?\s*+(?:(?:and\s+)?(?:it\s+|was\s+)?(?:ended|ending|finished|concluded|ceased"
    r"|c(?:ame|oming)\s+to\s+an\s+end"
    r"|(?:lasted|continued|raged|went\s+on)\s+(?:until|till))"
    r"(?:\s+only)?(?:\s+(?:on|in))?|to|until|till|through|and\s+ended\s+on"
    # "from 1 November 1955 to the fall of Saigon on 30 April 1975", "from 1993 until his
    # death in 2003", "from 1992 until it was retaken in 1995", "until the Dayton Agreement
    # of 1995", "began in 1992 and ended with a ceasefire in May 1994": the event that ends it
    r"|(?:to|until|till)\s+(?:the|his|her|its|their|it|they|he|she)\s+(?:[\w'’-]+\s+){1,6}?"
    r"(?:on|in|of)"
    r"|(?:and\s+)?(?:it\s+)?(?:ended|ending)\s+with\s+(?:[\w'’-]+\s+){1,6}?(?:on|in|of)"
    # "started on 12 July 2006, and continued until a ceasefire went into effect on ..."
    r"|(?:and\s+)?(?:continued|lasted|raged|went\s+on)\s+(?:until|till)\s+"
    r"(?:[\w'’-]+\s+){1,12}?(?:on|in))\s*$",
    re.IGNORECASE,
)


_AND_GAP = re.compile(r"\s+and\s+")
_FROM_TO = re.compile(r"\s+(?:to|until|till)\s+(?:the\s+)?")
_FROM_BEFORE = re.compile(
    r"\b[Ff]rom\s+(?:the\s+(?:winter|summer|spring|autumn|fall|end|beginning|start|middle)"
    r"\s+of\s+)?$"
)
_BETWEEN_EVENT = re.compile(r"\b[Bb]etween\s+(?:[\w'’-]+\s+){1,6}?(?:in|of|on)\s+$")
_END_WHEN = re.compile(
    r"\s*,\s*when\s+(?!it\b|they\b|this\b)(?:[\w'’-]+\s+){1,6}?(?:was|were)\s+[a-z]{3,}ed\b"
)


_PRECISION_OF = {4: "year", 7: "month", 10: "day"}
# "from 1948 until his assassination in 1951": a range ended by a thing of one day that
# befell its subject, which its end dates too (lexicon/punctual_nouns.txt); "from 1992
# until the Dayton Agreement of 1995" only ends the span
_PUNCTUAL = "|".join(sorted(read_words("punctual_nouns"), key=len, reverse=True))
_ENDED_BY_A_DAYS_THING = re.compile(
    r"\s*,?\s*(?:to|until|till)\s+(?:his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?i:{_PUNCTUAL})\s+(?:[\w'’-]+\s+){{0,3}}?(?:on|in|of)\s+"
)
_GATHERING = re.compile(
    r"\b(?i:" + "|".join(sorted(read_words("gathering_nouns"), key=len, reverse=True)) + r")\b"
)


def _two_days_of_a_gathering(sentence: str, m: DateMention, nxt: DateMention) -> bool:
    """True for "the talks were held on 28 and 29 December 1955": one meeting, both days."""
    if m.precision != "day" or nxt.precision != "day" or not m.date or not nxt.date:
        return False
    if m.end_date is not None or nxt.end_date is not None:
        return False
    if not _AND_GAP.fullmatch(sentence, m.end, nxt.start):
        return False
    if (to_date(nxt.date) - to_date(m.date)).days != 1:
        return False
    return _GATHERING.search(sentence, 0, m.start) is not None


def when_ends(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """Add the end of each range that a "when" clause dates, as a mention of its own.

    "lasted from 27 June until 7 July 1991, when the accords were signed" dates the
    signing (7 July 1991) too.
    """
    out: list[DateMention] = []
    for m in mentions:
        out.append(m)
        if m.end_date is not None and m.relative is None and _END_WHEN.match(sentence, m.end):
            precision = _PRECISION_OF.get(len(m.end_date), m.precision)
            out.append(dataclasses.replace(m, date=m.end_date, end_date=None, precision=precision))
    return out


def join_ranges(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """Join the start and end dates of one event into a range mention."""
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        # "between Russia's annexation of Crimea in 1783 and 1800": a span opened by a
        # dated thing
        between_event = bool(
            nxt is not None
            and _AND_GAP.fullmatch(sentence, m.end, nxt.start)
            and _BETWEEN_EVENT.search(sentence, max(0, m.start - 60), m.start)
        )
        if (
            nxt is not None
            and m.date is not None
            and nxt.date is not None
            and m.end_date is None
            and nxt.end_date is None
            and not m.adjective
            and m.date < nxt.date
            and (
                (
                    _SPAN_JOIN.fullmatch(sentence, m.end, nxt.start)
                    and _SPAN_OPENER.search(sentence, max(0, m.start - 40), m.start)
                )
                or between_event
            )
        ):
            out.append(dataclasses.replace(m, end=nxt.end, end_date=nxt.date))
            if between_event:
                out.append(m)  # the start dates the thing it names: the annexation
            elif _ENDED_BY_A_DAYS_THING.fullmatch(sentence, m.end, nxt.start):
                out.append(nxt)  # "from 1948 until his assassination in 1951": that too
            i += 2
            continue
        if nxt is not None and _two_days_of_a_gathering(sentence, m, nxt):
            out.append(dataclasses.replace(m, end=nxt.end, end_date=nxt.date))
            i += 2
            continue
        if (
            nxt is not None
            and m.end_date is not None
            and nxt.date is not None
            and nxt.end_date is None
            and m.end_date < nxt.date
            and _FROM_TO.fullmatch(sentence, m.end, nxt.start)
            and (
                m.surface[:5].lower() == "from "
                or _FROM_BEFORE.search(sentence, max(0, m.start - 30), m.start)
            )
        ):
            # "from the winter of 1942–43 to the spring of 1945": the span's start to the end
            out.append(dataclasses.replace(m, end=nxt.end, end_date=nxt.date))
            i += 2
            continue
        out.append(m)
        i += 1
    return out
