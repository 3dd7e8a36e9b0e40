"""Which date mentions of a sentence date an event, for :mod:`karabakh_nb.timeline`.

What belongs here: the vocabulary of event nouns, and the rules that keep a date out of
the timeline because it dates something else (a population figure, the close of a
count, a source, a label, a life, a decade, the start of a count after "since") or
restates another date of its sentence. The rules themselves are listed in the
docstring of :mod:`karabakh_nb.timeline`.
"""

from __future__ import annotations

import re

from .annotate import SentenceNote
from .dates import DateMention
from .lexicon import read_words

__all__ = ["EVENT_NOUN", "event_mentions", "figure_spans"]

_AS_OF_BEFORE = re.compile(r"\b(?:as\s+of|as\s+at)\s+$", re.IGNORECASE)
# A sentence that states how many there were ("In January 2013, there were 5,252 refugees",
# "was estimated at around 1 million in June 2011") observes a figure, as a census does.
_OBSERVATION = re.compile(
    r"\b(?:population|census)\b|\b[Tt]here\s+(?:were|was|are|is|had\s+been|have\s+been)\s+"
    r"(?:some\s+|about\s+|around\s+|over\s+|more\s+than\s+|between\s+|an\s+estimated\s+)?\d"
    r"|\bestimated\s+at\s+(?:some\s+|about\s+|around\s+|over\s+|more\s+than\s+)?\d",
    re.IGNORECASE,
)
# "In 1975, 60,000 people, half the population, were displaced", "1,376 prisoners were
# repatriated in 1953": a figure of people moved or killed is a casualty, and its date an
# event's, even in a sentence that names the population.
_MOVED_OR_KILLED = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been|been)\s+(?:[a-z]+ly\s+)?(?:displaced|expelled"
    r"|deported|evacuated|repatriated|resettled|killed|massacred|uprooted|forced\s+to\s+flee)\b"
    r"|\b(?:fled|taken\s+refuge|took\s+refuge|sought\s+refuge)\b"
    r"|\b[a-z]+\s+(?:repatriated|expelled|deported|evacuated)\s+(?:to|from)\b"
)
# "In 1991, 78% of Croatia's inhabitants were Croats": a share of the inhabitants too.
_SHARE_OF_PEOPLE = re.compile(r"\b(?:inhabitants|residents)\b", re.IGNORECASE)
_PERCENT = re.compile(r"\d\s*%|\d\s+per\s*cent\b", re.IGNORECASE)
_EVENT_WORDS = (
    r"war|wars|conflict|clashes|escalation|offensive|ceasefire|cease-fire|truce|"
    r"agreement|treaty|accord|protocol|declaration|election|elections|referendum|"
    r"revolution|uprising|protests|crisis|earthquake|invasion|coup|summit|talks|"
    r"negotiations|massacre|pogrom|war's|blockade|independence|games|olympics|genocide|"
    r"siege|battle|intifada|rebellion|insurgency|airlift|evacuation|bombing|bombings|"
    # plurals ("the 1995 military offensives"); a court's decision is an event too
    r"offensives|ceasefires|truces|agreements|treaties|accords|invasions|coups|massacres|"
    r"pogroms|sieges|battles|uprisings|revolutions|rebellions|crises|referendums|ruling|"
    r"rulings|verdict|judgment|judgement|"
    r"reunification|unification|partition|annexation|secession|liberation|withdrawal"
)
EVENT_NOUN = re.compile(
    # "the 1942 Rio de Janeiro Protocol": a name's lower-case particles too
    r"\d{4}\s+(?:(?:[A-Z][\w'’.-]*|de|la|del|du|von|al|el)\s+){0,5}?(?:[\w-]+\s+)?"
    rf"(?i:{_EVENT_WORDS})\b"
    # "the 1948 truce line", "the 1967 war veterans": the noun names a thing, not the event
    r"(?!\s+(?i:lines?|borders?|boundar(?:y|ies)|frontiers?|maps?|veterans?|refugees?|era)\b)"
)
_TIME_PREPOSITION = re.compile(
    r"\b(?i:after|before|since|during|following|until|amid|prior\s+to|ahead\s+of"
    r"|in\s+the\s+(?:aftermath|wake|run-up)\s+of)\s+(?:the|his|her|its|their)\s+$"
)
_YEARS_NOUN = re.compile(r"\d{4}(?:\s*(?:,|and|or)\s*\d{4})+\s+(?i:wars|conflicts|elections)\b")

# In a sentence about a population or census that gives a figure, a date dates the figure
# (an observation, which the demographics table carries), unless it dates an event named
# right before or after it: "the last census in 1991", "the Iraqi invasion in 1990", "the
# 1992-1993 war", "the agreement of July 1999".
_EVENT_BEFORE = re.compile(
    rf"\b(?i:{_EVENT_WORDS}|census)\s+(?:(?:was\s+|were\s+)?"
    r"(?:held\s+|conducted\s+|taken\s+|carried\s+out\s+)?|took\s+place\s+)(?:in|on|at)\s+$"
    # "the Lome Agreement of July 1999" (not "the census of 1989": the figure's date)
    rf"|\b(?i:{_EVENT_WORDS})\s+of\s+$"
)
_EVENT_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}(?i:{_EVENT_WORDS})\b")


def _names_event(sentence: str, m: DateMention) -> bool:
    """True when the date of an observation sentence dates an event named beside it."""
    return (
        _EVENT_BEFORE.search(sentence, max(0, m.start - 40), m.start) is not None
        or _EVENT_AFTER.match(sentence, m.end) is not None
    )


def figure_spans(sent: SentenceNote, mentions: list[DateMention]) -> list[tuple[int, int]]:
    """Spans of the sentence's figures: counts (100 and up) and percentages, not dates."""
    return [
        (n.start, n.end)
        for n in sent.numbers
        if not n.compound
        and (n.is_percent or n.value >= 100)
        and not any(d.start < n.end and n.start < d.end for d in mentions)
    ]


# "bringing the total to 266,200 by the end of 1999", "4.3 million displaced by March 2022",
# "3.6 million uprooted people at the end of 2003": a date that closes the count of a
# figure in its clause dates the figure, not an event.
_UP_TO_BEFORE = re.compile(r"\b(?:[Bb]y|[Aa]t)\s+$")
_FIGURE_CLAUSE_BREAK = re.compile(
    r",\s+(?:and|but|while|whereas|although|though|yet)\b|;|\s+when\s+|,\s+(?=[a-z]+ing\b)"
    r"|\s+(?:--|[–—])\s+"
)


# "36,000 killed since August 1", "10,000 soldiers killed from 2003": a date right after
# "since" or an open "from" starts the count of a figure in its clause ("since the outbreak
# of the revolt in March 2011" names an event first, and dates it).
_COUNT_FROM_BEFORE = re.compile(r"\b(?:[Ss]ince|[Ff]rom)\s+$")


def _counts_up_to(sentence: str, m: DateMention, figures: list[tuple[int, int]]) -> bool:
    before = _UP_TO_BEFORE.search(sentence, max(0, m.start - 4), m.start)
    if before is None and m.end_date is None:
        before = _COUNT_FROM_BEFORE.search(sentence, max(0, m.start - 7), m.start)
    if before is None or not figures:
        return False
    if before.group(0)[0] in "Aa" and not m.surface.lower().startswith(("the end of", "end of")):
        return False  # "at" only closes a count as "at the end of"
    start = max((b.end() for b in _FIGURE_CLAUSE_BREAK.finditer(sentence, 0, m.start)), default=0)
    stop = next((b.start() for b in _FIGURE_CLAUSE_BREAK.finditer(sentence, m.end)), len(sentence))
    return any(start <= a and b <= stop for a, b in figures)


# A date in a source citation ("(RI 25 June 1999, SCF August 1999)", "(USCR 1999, p.64)")
# or of a source ("data from 2010", "the last update in 2008") dates the source, not an event.
_CITATION_BEFORE = re.compile(
    r"[(,;]\s*[A-Z][A-Z&.]{1,9}\s+$"
    # a page's own dates ("Last updated on 3 May 2021", "Retrieved 5 June 2019", "Posted:")
    r"|\b(?i:updated|posted|retrieved|accessed|archived)\s+(?:on\s+|in\s+)?$"
    r"|\b(?i:updated|posted|published|retrieved|accessed|archived|last\s+modified|post\s+date|date\s+posted)\s*:\s*$"
    # a news dateline ("SARAJEVO, May 22 (FENA) –") dates the report
    r"|^[\"“(]?[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2},\s*$"
    # a person's birth ("born on 21 December 1967", "(b. 1967") is no event of a war
    r"|(?:\b[Bb]orn|\(b\.)\s+(?:(?:on|in)\s+)?$"
    r"|\b(?i:data|figures|statistics|estimates?|surveys?|reports?|updates?|stud(?:y|ies))"
    r"\s+(?:from|of|in)\s+$"
)
# "Resolution 242 (1967)", "The Algiers Agreement (2000)": a year in parentheses after a
# name labels the thing named; restated by a finer date of its sentence it dates no event.
_YEAR_LABEL = re.compile(r"(?<=\w\s\()\d{4}\)")
_MONTH_BEFORE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\($"
)
# A date in parentheses that labels a figure, a document or a cited source, not an event:
# "(2018 est.)", "(just over 99% in 2010)" (the date of a statistic), "40,000 (1976)",
# "Resolution 242 (1967)" (after a figure), "the World Refugee Report (1987)" (after a
# document noun), "according to the statisticians, Smith and Jones (1994)", "Smith et al.
# (1994)" (a citation). "the Korean War (1950-53)", "armed conflicts (1858, 1941, 1981)"
# still date events.
_PAREN_NOTE_MAX = 80
_ESTIMATE = re.compile(r"\best(?:\.|imates?\b|imated\b)", re.IGNORECASE)
_FIGURE_BEFORE = re.compile(r"(?:\d|%)\s*\($")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)\s*\($")
_DOCUMENT_NOUNS = frozenset(read_words("document_nouns"))
_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\b[^;()]{0,100}$")


def _parenthesis(sentence: str, m: DateMention) -> tuple[int, int] | None:
    """The span of the parentheses around ``m`` (short, not nested), or None."""
    open_at = sentence.rfind("(", max(0, m.start - _PAREN_NOTE_MAX), m.start)
    if open_at < 0 or ")" in sentence[open_at : m.start]:
        return None
    close_at = sentence.find(")", m.end, m.end + _PAREN_NOTE_MAX)
    if close_at < 0 or "(" in sentence[m.end : close_at]:
        return None
    return open_at, close_at + 1


def _labels_a_figure_or_source(sentence: str, m: DateMention) -> bool:
    """True when ``m`` in parentheses dates a statistic or labels a document or source."""
    paren = _parenthesis(sentence, m)
    if paren is None:
        return False
    open_at, close_at = paren
    note = sentence[open_at:close_at]
    if _ESTIMATE.search(note) or _PERCENT.search(note):
        return True  # "(2005 est. pop. 273,000)", "(just over 99% in 2010)"
    if open_at + 1 != m.start or close_at - 1 != m.end:
        return False  # a date with other words in parentheses: a note of its own
    before = sentence[max(0, open_at - 40) : open_at + 1]
    if _FIGURE_BEFORE.search(before):
        return True
    word = _WORD_BEFORE.search(before)
    if word is None:
        return False
    name = word.group(1).lower()
    if name in _DOCUMENT_NOUNS or before.rstrip(" (").endswith("et al."):
        return True
    return (
        word.group(1)[:1].isupper()
        and re.fullmatch(rf"(?i:{_EVENT_WORDS})", name) is None
        and _ACCORDING_TO.search(sentence, max(0, open_at - 120), open_at) is not None
    )


# "the third invasion since 1978", "the first time since 1945", "the worst fighting since
# 2016": a date after "since" that bounds an ordinal or a superlative counts from it and dates
# no event ("the longest pause since 2015 when the coalition launched ..." still does).
_COUNTED_SINCE = re.compile(
    r"\b(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
    r"|largest|biggest|deadliest|bloodiest|worst|heaviest|fiercest|longest|highest|lowest"
    r"|greatest)\b[^,;()]{0,80}\bsince\s+$"
)
_WHEN_AFTER = re.compile(r"\s*,?\s+when\b")
# "Heydar Aliyev (1923–2003)": a long span in parentheses after a name is a life, not an
# event ("the Korean War (1950-53)", "Operation Storm (4–7 August 1995)" are events).
_LIFE_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+\($")
_LIFE_YEARS = 30


def _a_life(sentence: str, m: DateMention) -> bool:
    if m.end_date is None or m.date is None or not _LIFE_BEFORE.search(sentence, 0, m.start):
        return False
    if not sentence.startswith(")", m.end):
        return False
    name = sentence[: m.start - 1].split()[-1]
    if re.fullmatch(rf"(?i:{_EVENT_WORDS})", name):
        return False
    return int(m.end_date[:4]) - int(m.date[:4]) >= _LIFE_YEARS


# "in the 1980s": a decade is a period, too vague to date an event.
_DECADE = re.compile(r"\d0s$")


_SPAN_UNIT = re.compile(r"\b(?:day|week|month|year|decade|morning|evening|night)s?\b", re.I)
# "More than a month later, on July 6, 1967", "five days after the July 15 coup": the date
# after the relative phrase restates it.
_RESTATED = re.compile(r"\s*,?\s*(?:on\s+|in\s+)?(?:the\s+)?")
_APPOSED = re.compile(r"\s*,\s*")
_LATER = re.compile(r"\b(?:later|earlier|afterwards?)$", re.IGNORECASE)


def event_mentions(
    sentence: str, mentions: list[DateMention], figures: list[tuple[int, int]]
) -> list[DateMention]:
    """The mentions of a sentence that date an event, each date once.

    A relative phrase restating the date right before or after it gives no row of its own, and
    one date said twice ("July 4th, 1999 was the most unusual July 4th") is one row.
    """
    found = _event_candidates(sentence, mentions, figures)
    if not found:
        return []
    kept: dict[tuple[object, ...], DateMention] = {}
    for prev, m, nxt in zip([None, *found[:-1]], found, [*found[1:], None], strict=True):
        if (
            m.relative is not None
            and nxt is not None
            # "five days after the July 15 coup": a day whose year is inferred restates too
            and (
                nxt.relative is None
                or (_SPAN_UNIT.search(m.relative) and not _SPAN_UNIT.search(nxt.relative))
            )
            and _RESTATED.fullmatch(sentence, m.end, nxt.start)
        ):
            continue
        if (
            m.relative is not None
            and prev is not None
            and prev.relative is None
            and _LATER.search(m.relative)
            and _APPOSED.fullmatch(sentence, prev.end, m.start)
        ):
            continue  # "began in 1999, five years later": the date says it already
        key: tuple[object, ...] = (m.date, m.end_date)
        if m.relative is not None and _SPAN_UNIT.search(m.relative):
            key = (m.start,)  # "signed the same day": a second event on that date
        if key not in kept or (kept[key].relative is not None and m.relative is None):
            kept[key] = m
    return sorted(kept.values(), key=lambda m: m.start)


def _event_candidates(
    sentence: str, mentions: list[DateMention], figures: list[tuple[int, int]]
) -> list[DateMention]:
    """The mentions of a sentence that date an event (see the module docstring)."""
    observation = (
        bool(figures)
        and _MOVED_OR_KILLED.search(sentence) is None
        and (
            _OBSERVATION.search(sentence) is not None
            or (
                _SHARE_OF_PEOPLE.search(sentence) is not None
                and _PERCENT.search(sentence) is not None
            )
        )
    )
    dated = [
        m
        for m in mentions
        if m.date is not None
        and (not observation or _names_event(sentence, m))
        and not _AS_OF_BEFORE.search(sentence, max(0, m.start - 12), m.start)
        and not _CITATION_BEFORE.search(sentence, max(0, m.start - 40), m.start)
        and not _counts_up_to(sentence, m, figures)
        and not _labels_a_figure_or_source(sentence, m)
        and not (
            _COUNTED_SINCE.search(sentence, max(0, m.start - 100), m.start)
            and not _WHEN_AFTER.match(sentence, m.end)
        )
    ]
    dated = [m for m in dated if not _DECADE.search(m.surface) and not _a_life(sentence, m)]
    plain = [m for m in dated if not m.adjective]
    if len(plain) > 1:
        # the label's year restated by a finer date of the sentence: "The Algiers Agreement
        # (2000) ... signed on June 18, 2000"
        years = {m.date[:4] for m in plain if m.date and m.precision != "year"}
        labels = [
            m
            for m in plain
            if _YEAR_LABEL.match(sentence, m.start)
            and (
                (m.date or "")[:4] in years
                # "by the end of last July (1999)": the year of a month said before it
                or _MONTH_BEFORE.search(sentence, max(0, m.start - 12), m.start)
            )
        ]
        if len(labels) < len(plain):
            plain = [m for m in plain if m not in labels]
    if plain:
        # "the 1965 and 1971 wars": the first year of a list before an event noun too.
        # "... after the 1994 genocide in Rwanda": an event a time phrase points to, too.
        listed = [
            m
            for m in dated
            if m.adjective
            and (
                _YEARS_NOUN.match(sentence, m.start)
                or (
                    EVENT_NOUN.match(sentence, m.start)
                    and _TIME_PREPOSITION.search(sentence, max(0, m.start - 30), m.start)
                )
            )
        ]
        return sorted(plain + listed, key=lambda m: m.start)
    # "the 1982 Falklands War"; "the 1965 and 1971 wars": each year of the event noun.
    return [
        m
        for m in dated
        if EVENT_NOUN.match(sentence, m.start) or _YEARS_NOUN.match(sentence, m.start)
    ]
