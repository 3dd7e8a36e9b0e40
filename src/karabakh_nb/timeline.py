"""The ``timeline`` fact table: one row per dated event stated in an answer.

Dates are found by :mod:`karabakh_nb.dates`; this module decides which date
mentions date an *event* and describes that event from its sentence. Rules:

* A mention dates an event when it resolves to a date. Relative phrases are
  resolved on the nearest earlier date of the same answer; phrases that need the
  publication date ("Last year", "Thursday", "21 December" in an answer with no
  year) only when ``as_of`` is given. :func:`unresolved_relative_dates` lists the
  rest for ``check``.
* Not events: a date introduced by "as of" (it qualifies a state: "As of 2019,
  Azerbaijan maintains relations with ..."); dates of population figures (in a
  sentence about a population or census that gives a figure: observations, which the
  demographics table carries with their year), unless an event is named right beside
  the date ("the last census in 1991", "the invasion in 1990", "the 1992-1993 war");
  a date closing the count of a figure in its clause ("bringing the total to 266,200
  by the end of 1999"); dates of sources and citations ("data from 2010", "(RI 25 June
  1999)"); a year in parentheses labelling a name beside another date ("Resolution 242
  (1967)"); a date after "since" that bounds an ordinal or superlative ("the third
  invasion since 1978"); decades ("in the 1980s").
* A relative phrase restated by the date right after it ("a month later, on 6 July
  1967") gives no row of its own, and a date said twice in a sentence is one row.
* A year used as an adjective ("The 2020 Nagorno-Karabakh war was ...") dates an
  event only when it qualifies an event noun (war, conflict, ceasefire, election,
  ...) and the sentence has no other date; the event is then that noun phrase
  ("2020 Nagorno-Karabakh war").
* A range ("from 7 to 12 August 2008", "between late September and early
  November 2020", "from 1 November 1955 to the fall of Saigon on 30 April 1975",
  "started on 12 July 2006, and continued until a ceasefire ... on 14 August 2006")
  is one row: ``date`` the start, ``end`` the end.
* Several dates in one sentence are several events when the sentence can be split
  between them at a clause boundary (", and", ";", ", while", ...) or, within a
  clause, at the last "and" between two dates ("was signed in May 1994 and a
  ceasefire took effect on 12 May 1994").

The ``event`` text is the sentence part (clause) holding the date, with every
date phrase and its preposition removed, leading connectors ("In all,", "and")
dropped, a missing subject borrowed from the sentence's subject ("it",
"... and became ..."), and cut at the last clause comma or preposition that
keeps it within ``EVENT_MAX_CHARS`` characters.

Rows are sorted by date (ISO strings at mixed precision sort chronologically:
``1990`` < ``1990-01`` < ``1990-01-05``), then by the answer's place in the
corpus, then by position in the answer.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Iterator

import pandas as pd

from .annotate import SentenceNote, annotate
from .dates import VAGUE_COUNT, DateMention, find_dates, parse_as_of, with_offset
from .timeline_events import (
    EVENT_MAX_CHARS,
    clean_edges,
    describe_event,
    event_subject,
    strip_dates,
    truncate,
)

__all__ = [
    "EVENT_MAX_CHARS",
    "TIMELINE_COLUMNS",
    "UNRESOLVED_COLUMNS",
    "describe_event",
    "extract_timeline",
    "unresolved_relative_dates",
]

TIMELINE_COLUMNS = ["date", "precision", "end", "event", "relative", "qa_id", "evidence"]
UNRESOLVED_COLUMNS = ["qa_id", "phrase", "evidence", "reason"]

_AS_OF_BEFORE = re.compile(r"\b(?:as\s+of|as\s+at)\s+$", re.IGNORECASE)
_OBSERVATION = re.compile(r"\b(?:population|census)\b", re.IGNORECASE)
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
    r"rulings|verdict|judgment|judgement"
)
_EVENT_NOUN = re.compile(
    r"\d{4}\s+(?:[A-Z][\w'’.-]*\s+){0,4}?(?:[\w-]+\s+)?"
    rf"(?i:{_EVENT_WORDS})\b"
    # "the 1948 truce line", "the 1967 war veterans": the noun names a thing, not the event
    r"(?!\s+(?i:lines?|borders?|boundar(?:y|ies)|frontiers?|maps?|veterans?|refugees?|era)\b)"
)
_TIME_PREPOSITION = re.compile(
    r"\b(?i:after|before|since|during|following|until|amid|prior\s+to|ahead\s+of"
    r"|in\s+the\s+(?:aftermath|wake|run-up)\s+of)\s+the\s+$"
)
_YEARS_NOUN = re.compile(r"\d{4}(?:\s*(?:,|and|or)\s*\d{4})+\s+(?i:wars|conflicts|elections)\b")
_CLAUSE_BREAK = re.compile(
    r",\s+(?:and|but|while|whereas|although|though|yet)\b\s*|;\s*|\s+while\s+|\s+whereas\s+"
)
_AND = re.compile(r"\s+and\s+")
_COMMA = re.compile(r"\s*,\s*")
_COUNTED_FROM = re.compile(r"\b(?:before|after)$")


def _segments(
    sentence: str, mentions: list[DateMention], events: list[DateMention]
) -> list[tuple[int, int, bool]]:
    """Split a sentence into one part per event mention: ``(start, end, after_and)``."""
    inside = [(m.start, m.end) for m in mentions]

    def free(pos: int) -> bool:
        return not any(s <= pos < e for s, e in inside)

    bounds = [
        (m.start(), m.end(), m.group(0).strip(" ,").startswith("and"))
        for m in _CLAUSE_BREAK.finditer(sentence)
        if free(m.start())
    ]
    clauses: list[tuple[int, int, bool]] = []
    pos, joined = 0, False
    for s, e, is_and in bounds:
        clauses.append((pos, s, joined))
        pos, joined = e, is_and
    clauses.append((pos, len(sentence), joined))
    out: list[tuple[int, int, bool]] = []
    for c_start, c_end, c_and in clauses:
        inner = [m for m in events if c_start <= m.start < c_end]
        if not inner:
            continue
        part_start, part_and, part_events = c_start, c_and, [inner[0]]
        for left, right in itertools.pairwise(inner):
            splits = [
                m
                for m in _AND.finditer(sentence, left.end, right.start)
                if free(m.start()) and m.end() < right.start
            ]
            if not splits and right.relative and _COUNTED_FROM.search(right.surface):
                # "in 1991, a year before it seceded": the span dates what follows it
                splits = list(_COMMA.finditer(sentence, left.end, right.start))
            if not splits:  # cannot be separated ("in April and June 1992"): one part
                part_events.append(right)
                continue
            out.extend((part_start, splits[-1].start(), part_and) for _ in part_events)
            part_start, part_and, part_events = splits[-1].end(), True, [right]
        out.extend((part_start, c_end, part_and) for _ in part_events)
    return out


# In a sentence about a population or census that gives a figure, a date dates the figure
# (an observation, which the demographics table carries), unless it dates an event named
# right before or after it: "the last census in 1991", "the Iraqi invasion in 1990", "the
# 1992-1993 war".
_EVENT_BEFORE = re.compile(
    rf"\b(?i:{_EVENT_WORDS}|census)\s+(?:(?:was\s+|were\s+)?"
    r"(?:held\s+|conducted\s+|taken\s+|carried\s+out\s+)?|took\s+place\s+)(?:in|on)\s+$"
)
_EVENT_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}(?i:{_EVENT_WORDS})\b")


def _names_event(sentence: str, m: DateMention) -> bool:
    """True when the date of an observation sentence dates an event named beside it."""
    return (
        _EVENT_BEFORE.search(sentence, max(0, m.start - 40), m.start) is not None
        or _EVENT_AFTER.match(sentence, m.end) is not None
    )


def _figures(sent: SentenceNote, mentions: list[DateMention]) -> list[tuple[int, int]]:
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


def _counts_up_to(sentence: str, m: DateMention, figures: list[tuple[int, int]]) -> bool:
    before = _UP_TO_BEFORE.search(sentence, max(0, m.start - 4), m.start)
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
    # a news dateline ("SARAJEVO, May 22 (FENA) –") dates the report
    r"|^[\"“(]?[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2},\s*$"
    # a person's birth ("born on 21 December 1967", "(b. 1967") is no event of a war
    r"|\b(?:[Bb]orn|\(b\.)\s+(?:(?:on|in)\s+)?$"
    r"|\b(?i:data|figures|statistics|estimates?|surveys?|reports?|updates?|stud(?:y|ies))"
    r"\s+(?:from|of|in)\s+$"
)
# "Resolution 242 (1967)", "The Algiers Agreement (2000)": a year in parentheses after a
# name labels the thing named; beside another date of the sentence it dates no event.
_YEAR_LABEL = re.compile(r"(?<=\w\s\()\d{4}\)")
# "the third invasion since 1978", "the first time since 1945", "the worst fighting since
# 2016": a date after "since" that bounds an ordinal or a superlative counts from it and dates
# no event ("the longest pause since 2015 when the coalition launched ..." still does).
_COUNTED_SINCE = re.compile(
    r"\b(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
    r"|largest|biggest|deadliest|bloodiest|worst|heaviest|fiercest|longest|highest|lowest"
    r"|greatest)\b[^,;()]{0,80}\bsince\s+$"
)
_WHEN_AFTER = re.compile(r"\s*,?\s+when\b")
# "in the 1980s": a decade is a period, too vague to date an event.
_DECADE = re.compile(r"\d0s$")


_SPAN_UNIT = re.compile(r"\b(?:day|week|month|year|decade|morning|evening|night)s?\b", re.I)
# "More than a month later, on July 6, 1967": the date after the relative phrase restates it.
_RESTATED = re.compile(r"\s*,?\s*(?:on\s+|in\s+)?")
_APPOSED = re.compile(r"\s*,\s*")
_LATER = re.compile(r"\b(?:later|earlier|afterwards?)$", re.IGNORECASE)


def _event_mentions(
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
            and nxt.relative is None
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
    observation = bool(figures) and (
        _OBSERVATION.search(sentence) is not None
        or (_SHARE_OF_PEOPLE.search(sentence) is not None and _PERCENT.search(sentence) is not None)
    )
    dated = [
        m
        for m in mentions
        if m.date is not None
        and (not observation or _names_event(sentence, m))
        and not _AS_OF_BEFORE.search(sentence, max(0, m.start - 12), m.start)
        and not _CITATION_BEFORE.search(sentence, max(0, m.start - 40), m.start)
        and not _counts_up_to(sentence, m, figures)
        and not (
            _COUNTED_SINCE.search(sentence, max(0, m.start - 100), m.start)
            and not _WHEN_AFTER.match(sentence, m.end)
        )
    ]
    dated = [m for m in dated if not _DECADE.search(m.surface)]
    plain = [m for m in dated if not m.adjective]
    if len(plain) > 1:
        labels = [m for m in plain if _YEAR_LABEL.match(sentence, m.start)]
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
                    _EVENT_NOUN.match(sentence, m.start)
                    and _TIME_PREPOSITION.search(sentence, max(0, m.start - 30), m.start)
                )
            )
        ]
        return sorted(plain + listed, key=lambda m: m.start)
    # "the 1982 Falklands War"; "the 1965 and 1971 wars": each year of the event noun.
    return [
        m
        for m in dated
        if _EVENT_NOUN.match(sentence, m.start) or _YEARS_NOUN.match(sentence, m.start)
    ]


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
    r"\s*+,?\s*+(?:(?:and\s+)?(?:it\s+|was\s+)?(?:ended|finished|concluded|ceased"
    r"|(?:lasted|continued|raged|went\s+on)\s+(?:until|till))"
    r"(?:\s+(?:on|in))?|to|until|till|through|and\s+ended\s+on"
    # "from 1 November 1955 to the fall of Saigon on 30 April 1975": the event that ends it
    r"|(?:to|until|till)\s+the\s+(?:[\w'’-]+\s+){1,4}?(?:on|in)"
    # "started on 12 July 2006, and continued until a ceasefire went into effect on ..."
    r"|(?:and\s+)?(?:continued|lasted|raged|went\s+on)\s+(?:until|till)\s+"
    r"(?:[\w'’-]+\s+){1,12}?(?:on|in))\s*$",
    re.IGNORECASE,
)


def _spans(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """Join the start and end dates of one event into a range mention."""
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None
            and m.date is not None
            and nxt.date is not None
            and m.end_date is None
            and nxt.end_date is None
            and not m.adjective
            and m.date < nxt.date
            and _SPAN_JOIN.fullmatch(sentence, m.end, nxt.start)
            and _SPAN_OPENER.search(sentence, max(0, m.start - 40), m.start)
        ):
            out.append(dataclasses.replace(m, end=nxt.end, end_date=nxt.date))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


def _answer_events(
    answer: str, mentions: list[DateMention]
) -> Iterator[tuple[DateMention, str, str]]:
    """Yield ``(mention, event, evidence)`` for each dated event of one answer."""
    index = 0
    for sent in annotate(answer).sentences:
        local: list[DateMention] = []
        while index < len(mentions) and mentions[index].start < sent.end:
            m = mentions[index]
            if m.start >= sent.start:
                local.append(with_offset(m, -sent.start))
            index += 1
        if local:
            yield from _sentence_events_cached(sent, tuple(local))


# What a sentence's dates give depends on its text and those dates alone (their offsets
# are the sentence's): kept per distinct pair, since scraped answers share many sentences.
_EVENTS: dict[tuple[str, tuple[DateMention, ...]], tuple[tuple[DateMention, str, str], ...]] = {}
EVENTS_CACHE_SIZE = 16_384


def _sentence_events_cached(
    sent: SentenceNote, local: tuple[DateMention, ...]
) -> tuple[tuple[DateMention, str, str], ...]:
    key = (sent.text, local)
    found = _EVENTS.get(key)
    if found is None:
        if len(_EVENTS) >= EVENTS_CACHE_SIZE:
            _EVENTS.clear()
        _EVENTS[key] = found = tuple(_sentence_events(sent, list(local)))
    return found


def _sentence_events(
    sent: SentenceNote, local: list[DateMention]
) -> Iterator[tuple[DateMention, str, str]]:
    """Yield ``(mention, event, evidence)`` for each dated event of one sentence."""
    text = sent.text
    figures = _figures(sent, local)
    local = _spans(text, local)
    events = _event_mentions(text, local, figures)
    if not events:
        return
    if len(events) == 1 and events[0].adjective:
        m = events[0]
        phrase = _EVENT_NOUN.match(text, m.start)
        if sent.affirmed(m.start):
            yield m, phrase.group(0) if phrase else text, text
        return
    spans = [(m.start, m.end) for m in local]
    parts = _segments(text, local, events)
    subject = None
    if any(start > 0 for start, _, _ in parts):
        first_end = _CLAUSE_BREAK.search(text)
        head = text[: first_end.start() if first_end else len(text)]
        subject = event_subject(clean_edges(strip_dates(head, spans)))
    # Each part is described once, with only the date spans inside it: the dates of a
    # long list share one part, and describing it once per date was quadratic.
    described: dict[tuple[int, int, bool], str] = {}
    starts, ends = [a for a, _ in spans], [b for _, b in spans]
    ordered = ends == sorted(ends) and starts == sorted(starts)
    for m, (s, e, after_and) in zip(events, parts, strict=True):
        if not sent.affirmed(m.start):
            continue  # negated, denied, asked about or hypothetical: no event
        key = (s, e, after_and)
        if key not in described:
            inside = (
                spans[bisect.bisect_right(ends, s) : bisect.bisect_left(starts, e)]
                if ordered
                else spans
            )
            event = describe_event(text, s, e, inside, subject=subject, borrow_subject=after_and)
            described[key] = event or truncate(text)
        yield m, described[key], text


def extract_timeline(qa: pd.DataFrame, as_of: dt.date | str | None = None) -> pd.DataFrame:
    """Extract the ``timeline`` table: one row per dated event stated in an answer.

    Args:
        qa: The ``qa`` table (:func:`karabakh_nb.load`).
        as_of: Publication date; resolves "Last year", "Thursday" and day/month
            mentions in answers that give no year. Without it those are left out
            here and listed by :func:`unresolved_relative_dates`.

    Returns:
        Columns ``TIMELINE_COLUMNS``; ``date`` and ``end`` are ISO strings at the
        row's precision, ``end`` and ``relative`` None when absent.

    Raises:
        UsageError: ``as_of`` is not a valid ``YYYY-MM-DD`` date.

    Example:
        >>> import karabakh_nb as kn
        >>> t = extract_timeline(kn.load())
        >>> t.loc[t["date"] == "2015-01-02", "precision"].tolist()
        ['day']
    """
    when = parse_as_of(as_of)
    rows: list[tuple[object, ...]] = []
    for order, (qa_id, answer) in enumerate(zip(qa["id"], qa["answer"], strict=True)):
        if not isinstance(answer, str) or not answer:
            continue
        mentions = find_dates(answer, as_of=when)
        if not any(m.date is not None for m in mentions):
            continue
        for m, event, evidence in _answer_events(answer, mentions):
            rows.append(
                (
                    m.date,
                    m.precision,
                    m.end_date,
                    event,
                    m.relative,
                    qa_id,
                    evidence,
                    order,
                    m.start,
                )
            )
    frame = pd.DataFrame(rows, columns=[*TIMELINE_COLUMNS, "_order", "_pos"])
    frame = frame.sort_values(["date", "_order", "_pos"], kind="stable")
    frame = frame.drop(columns=["_order", "_pos"]).reset_index(drop=True)
    for col in TIMELINE_COLUMNS:
        frame[col] = frame[col].astype(object)
    for col in ("end", "relative"):
        frame[col] = frame[col].where(frame[col].notna(), None)
    return frame


def unresolved_relative_dates(
    qa: pd.DataFrame,
    as_of: dt.date | str | None = None,
    *,
    include_unanchored: bool = False,
) -> pd.DataFrame:
    """List date phrases that could not be resolved, for ``check``.

    Args:
        qa: The ``qa`` table.
        as_of: Publication date; phrases it resolves are not listed.
        include_unanchored: Also list phrases no ``as_of`` can resolve: anchored ones
            with no earlier date in their answer ("Two years later" opening an answer)
            and vague ones ("several years later", "a few days ago").

    Returns:
        Columns ``qa_id``, ``phrase`` (the phrase, as in the timeline's ``relative``),
        ``evidence`` (its sentence) and ``reason`` (``needs_as_of``, ``no_anchor`` or
        ``vague``). By default only ``needs_as_of`` rows.

    Example:
        >>> import karabakh_nb as kn
        >>> unresolved_relative_dates(kn.load())["phrase"].tolist()
        ['Last year', 'Thursday', '21 December']
    """
    when = parse_as_of(as_of)
    rows: list[tuple[str, str, str, str]] = []
    for qa_id, answer in zip(qa["id"], qa["answer"], strict=True):
        if not isinstance(answer, str) or not answer:
            continue
        pending = [
            m
            for m in find_dates(answer, as_of=when)
            if m.date is None and (m.needs_as_of or include_unanchored)
        ]
        if not pending:
            continue
        spans = annotate(answer).sentences
        for m in pending:
            evidence = next((s.text for s in spans if s.start <= m.start < s.end), answer)
            phrase = m.relative or m.surface
            reason = "needs_as_of" if m.needs_as_of else "no_anchor"
            if not m.needs_as_of and VAGUE_COUNT.match(phrase):
                reason = "vague"
            rows.append((qa_id, phrase, evidence, reason))
    return pd.DataFrame(rows, columns=UNRESOLVED_COLUMNS)
