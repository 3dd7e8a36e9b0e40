"""Recognising dates in English prose and resolving them to ISO dates.

This module finds *date mentions* in a passage and turns each into an ISO 8601
date at its precision (``"2020-11-10"``, ``"1990-01"``, ``"1992"``). It knows
nothing about events, Q&A pairs or tables: the timeline and casualty extractors
build on :func:`find_dates`.

Recognition is regex-based and fast: a cheap pass finds *cores* (digits, month
and weekday names, time units) and the full, precompiled pattern is tried only at
each core and the few words before it. Arithmetic uses ``dateutil.relativedelta``.

Recognised forms:

* absolute dates in every common order: ``November 10, 2020``, ``10 November 2020``
  (a comma may glue the year: ``November 3,2022``, ``November,2022``),
  ``2020-11-10``, ``January 1990``, (an Old or New Style date in brackets is an aside:
  ``April 16 [O.S. April 4] 1877`` is 1877-04-16), ``early November 2020`` (the modifier stays in
  the surface, the precision is the month), ``in 1992``, ``late 1991``, ``the summer
  of 1992``, ``the 1990s``;
* ranges: ``from 7 to 12 August 2008``, ``1992–93``, ``1877-8``, ``7–12 August 2008``,
  ``between 1988 and 1994``, ``between late September and early November 2020``: ``date`` is the
  start, ``end_date`` the end (a time of day may stand at either end: ``from 18:00 on
  16 September to 08:00 on 18 September 1982``; a day glued to the next date lost its
  dash: ``January 26February 28, 1995``); a start without a year takes the end's year;
  two years in a row joined by "and" (``in 1977 and 1978``) are one range; two days
  in a row of two months joined by "and" (``February 29 and March 1, 1992``) and two
  months in a row (``April and May 1990``) are one range unless "respectively"
  follows; two days of one month (``3 and 4 November``) are two mentions, and other
  months or days joined by "and" or "or" share the year said once (``in April and
  June 1992``);
* feasts on a fixed day (``on Christmas Day 1914``, ``Valentine Day, 1990``; without a
  year, as a day and month without one; before a noun, ``the St Valentine's Day
  massacre``, a name, no date);
* day and month without a year (``21 December``, ``late September``; ``in July the
  same year``, ``in May that year``): the year comes from the nearest preceding date
  in the same text (or ``anchor``), stepped back a year if that would pass ``as_of``
  (not from a year opening a period back before that date: ``Starting from 1961``;
  with no other date before it, from an adjective year of a happening: ``the 1948
  massacre ... on 11th December``);
  with none in its sentence, from a date of the same or a later month a few words
  after it (``began on August 7 and ended on August 12, 2008``); with no date before it
  in the whole text, from the first full date after it when that date (or the range it
  opens, to its end) is not earlier in the year (``crossed the river on September 25.
  On October 14, 1950 ...``); with none, the mention needs the
  publication date (``needs_as_of``) and resolves to the latest such day or month
  not after ``as_of``. Either way ``relative`` holds the phrase, as its year was
  inferred;
* relative phrases anchored on the nearest preceding resolved date (not one a past
  perfect relative clause looks back to, ``the rebels who had fled in September
  1970``, nor one a span counts back to, ``In November 1977, two months after ...``):
  ``in that year``, ``By the end of the month``, ``a year later``, ``Three months
  later``, ``two weeks later``, ``the next day``, ``That day`` opening a sentence and
  ``Earlier that day`` (on the last single day said), ``the following year``, ``the
  year before`` closing a clause, ``later that
  year``, ``Ten months into the war``, half a unit
  more (``four and a half months later``; ``a year and a half later`` after January
  1990 is ``1991-07``) (not a duration: ``for two decades afterward``); a span right
  after a date counts from it (``in 1991, a year before it seceded``: 1992; not from a
  thing only named: ``in 1977, two years after the end of the war``), one after a thing
  that happens on one day counts from the date of the last sentence before that names
  it (``signed the agreement on 7 July 1991. ... Eleven days after the agreement was
  made``: 1991-07-18; ``_referents``), and one
  before an event dated right after it counts back from that date (``three weeks
  before its signing on 14 December 1995``; ``In June 1950 ..., two years after the
  emergency had been declared``: 1948). The precision is the coarser of the
  anchor's and the unit's (days and weeks: day, months: month, years: year), so
  "a year later" after January 1990 is ``1991`` and "three months later" after
  10 November 2020 is ``2021-02``: adding a vague span never adds precision, and an
  approximate one (``some three weeks``, ``about two weeks``) has at most a month's;
* phrases relative to the publication date (``Last year``, ``this month``,
  ``yesterday``, ``two years ago``, ``Thursday``): resolved only with ``as_of``,
  else returned with ``date=None`` and ``needs_as_of=True``. A bare or "on"
  weekday is the latest such day on or before ``as_of``; "last <weekday>" the
  latest strictly before it. "Today", "now" and weeks ("last week") are not
  dates here: they date states, or have no precision in the contract.

Impossible dates never become dates: a day the calendar does not have ("31 February
2020", "February 29, 2021", "29 February" after "In 2021") is not read, not even in part
as its month, and a relative phrase that leaves the years 1000-2100 ("999 decades
later") stays unresolved; :func:`find_impossible_dates` lists both, for ``check``.

A bare number is a year only when it has four digits in 1000–2100, is not part
of a comma-grouped number, a percentage or a hyphenated compound, is not
followed by a counted noun ("1500 troops") nor preceded by a quantifier
("about 1500"), and is introduced by a cue ("in", "since", "as of", "between",
"early", ...; "and" or "or" only after another date: "in 1992 and 1993", not "600
civilians killed and 2000 militants"; "and 1960," opening a second clause of a sentence
dated "in 1948" before, with no count between), opens a sentence, stands in parentheses, or
is used as an adjective after an article ("The 2020 Nagorno-Karabakh war", "A 1999 vote";
``adjective`` is then True).

The package is split by job: ``_patterns`` holds the vocabularies and compiled regular
expressions; ``_scan`` finds the mentions of a text and reads each into its parts
(``_cores`` says where one may start, ``_years`` whether a bare number is a year;
``_referents`` finds the date of a thing a span counts from, ``_anchors`` which
mentions anchor the ones after them); ``_resolve`` holds
:class:`DateMention` and the ISO helpers and resolves read mentions against the anchor
and the publication date; :func:`find_dates` here runs the two in order. Import the
public names from here, not from the submodules.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..annotate import annotate
from ..lexicon import read_words
from ._anchors import _period_label, _same_day_anchor
from ._patterns import MAX_YEAR as MAX_YEAR
from ._patterns import MIN_YEAR as MIN_YEAR
from ._patterns import PRECISIONS
from ._patterns import VAGUE_COUNT as VAGUE_COUNT
from ._referents import referent
from ._resolve import (
    DateMention,
    _resolve_abs,
    _resolve_anchored,
    _resolve_pub,
    format_date,
    parse_as_of,
    to_date,
)
from ._scan import _Raw, _scan

__all__ = [
    "PRECISIONS",
    "DateMention",
    "ImpossibleDate",
    "find_dates",
    "find_impossible_dates",
    "format_date",
    "parse_as_of",
    "to_date",
    "with_offset",
]


@dataclass(frozen=True)
class ImpossibleDate:
    """A date phrase that names no day of the calendar, left out of every table.

    Attributes:
        surface: The text, e.g. ``"31 February 2020"``, ``"999 decades later"``.
        start: Offset of the first character of ``surface``.
        end: Offset just past ``surface``.
        reason: Why it is no date ("February 2020 has no day 31").
    """

    surface: str
    start: int
    end: int
    reason: str


def find_dates(
    text: str,
    *,
    anchor: DateMention | None = None,
    as_of: dt.date | str | None = None,
) -> list[DateMention]:
    """Find every date mention in a passage and resolve what the passage allows.

    Relative phrases and day/month mentions without a year are resolved against the
    nearest preceding resolved mention in ``text`` (or ``anchor`` before the first
    one); phrases relative to the publication date only against ``as_of``. Impossible
    dates are left out (see :func:`find_impossible_dates`).

    Args:
        text: A passage (an answer) or a sentence.
        anchor: A date mentioned before ``text`` (e.g. in an earlier sentence of the
            same answer), used until ``text`` itself gives one.
        as_of: The publication date, as a date or ``YYYY-MM-DD``.

    Returns:
        The mentions in order of appearance; unresolved ones have ``date=None``.

    Raises:
        UsageError: ``as_of`` is not a valid date.

    Example:
        >>> [(m.date, m.relative) for m in find_dates("In January 1990 X; a year later Y.")]
        [('1990-01', None), ('1991', 'a year later')]
    """
    return _find(text, anchor, parse_as_of(as_of))[0]


def find_impossible_dates(
    text: str,
    *,
    anchor: DateMention | None = None,
    as_of: dt.date | str | None = None,
) -> list[ImpossibleDate]:
    """List the date phrases :func:`find_dates` leaves out because no such day exists.

    Args:
        text: A passage (an answer) or a sentence.
        anchor: As for :func:`find_dates`.
        as_of: As for :func:`find_dates`.

    Returns:
        The impossible dates in order of appearance.

    Example:
        >>> [m.reason for m in find_impossible_dates("On 31 February 2020 it began.")]
        ['February 2020 has no day 31']
    """
    return _find(text, anchor, parse_as_of(as_of))[1]


# Mentions that give no year to the day and month after them: a decade ("the 1990s")
# and a year in parentheses, which cites a document ("Resolution 242 (1967)").
_NO_ANCHOR = re.compile(r"\d0s\b|(?<=\()\d{4}\)")


# "the elections of 1990", "the war of 1948": a year after "<noun> of" dates that thing, a
# flashback, and gives no year to the day and month after it ("in the summer of 1992",
# "by the end of 1999", "May of 1990" still do).
_NOUN_OF = re.compile(r"([A-Za-z]+)\s+of\s+$")
_TIME_NOUNS = read_words("time_nouns")
_HAPPENING = "|".join(sorted(read_words("happening_nouns"), key=len, reverse=True))
# "the 1948 Batang Kali Massacre", "the 1975 invasion": a name's capitalised words between
_HAPPENING_NEXT = re.compile(rf"\s+(?:[A-Z][\w'’-]*\s+){{0,4}}(?i:{_HAPPENING})\b")


# "On 20 October 1962 the war broke out. Starting from 1961, ... On 21 November ...": a
# year that opens a period reaching back before the date the text is at ("since 1961",
# "starting from 1961") is a flashback, and gives no year to the day and month after it.
_OPENS_PERIOD = re.compile(r"\b(?i:since|(?:starting|beginning|dating)\s+(?:from|in))\s+$")


# "In 1982, X invaded Y to crush the force who had fled Z in September 1970": a past
# perfect relative clause looks back; its earlier date is no anchor for "in that year".
_PAST_PERFECT_CLAUSE = re.compile(r"\b(?:who|which|that)\s+had\s+(?:been\s+)?[a-z]+ed\b")


def _flashback(text: str, raw: _Raw, date: str, last: DateMention | None) -> bool:
    if last is None or last.date is None or date[:4] >= last.date[:4]:
        return False
    if (
        raw.precision == "year"
        and last.precision in ("month", "day")
        and _OPENS_PERIOD.search(text, max(0, raw.start - 20), raw.start) is not None
    ):
        return True
    return (
        last.end <= raw.start
        and not _SENTENCE_BREAK.search(text, last.end, raw.start)
        and _PAST_PERFECT_CLAUSE.search(text, last.end, raw.start) is not None
    )


_SENTENCE_BREAK = re.compile(r"[.!?;]\s")
_LOOKS_BACK = re.compile(r"\b(?:since|before|until|till|by|prior\s+to)\s+(?:the\s+)?$", re.I)


def _forward(text: str, anchor: DateMention | None, raw: _Raw) -> bool:
    """True when ``raw`` continues its anchor's clause forward.

    "in May 1998 but ... in February": the same sentence, no "since" or "before" back.
    """
    if anchor is None or raw.year is not None or anchor.end > raw.start:
        return False
    if _SENTENCE_BREAK.search(text, anchor.end, raw.start):
        return False
    return not _LOOKS_BACK.search(text, max(0, raw.start - 20), raw.start)


def _names_a_thing(text: str, start: int) -> bool:
    found = _NOUN_OF.search(text, max(0, start - 30), start)
    return found is not None and found.group(1).lower() not in _TIME_NOUNS


# The timeline, the casualties' report dates and check each read the dates of the same
# answers: what _find gave for an answer (with no anchor) is kept; bounded, emptied when full.
_FOUND: dict[
    tuple[str, dt.date | None], tuple[tuple[DateMention, ...], tuple[ImpossibleDate, ...]]
] = {}
FOUND_CACHE_SIZE = 4096
SCAN_CACHE_SIZE = 16_384


def _find(
    text: str, anchor: DateMention | None, when: dt.date | None
) -> tuple[list[DateMention], list[ImpossibleDate]]:
    if anchor is not None:
        return _find_uncached(text, anchor, when)
    key = (text, when)
    kept = _FOUND.get(key)
    if kept is None:
        found, impossible = _find_uncached(text, None, when)
        if len(_FOUND) >= FOUND_CACHE_SIZE:
            _FOUND.clear()
        _FOUND[key] = kept = (tuple(found), tuple(impossible))
    return list(kept[0]), list(kept[1])


def _find_uncached(
    text: str, anchor: DateMention | None, when: dt.date | None
) -> tuple[list[DateMention], list[ImpossibleDate]]:
    if not text:
        return [], []
    out: list[DateMention] = []
    impossible: list[ImpossibleDate] = []
    last = anchor
    day = anchor if anchor is not None and anchor.precision == "day" else None
    # "the 1948 massacre ... on 11th December": with no other date before it, a day or
    # month without a year takes the year an adjective year gave
    adjective_year: DateMention | None = None
    raws = _scan_passage(text)
    for index, raw in enumerate(raws):
        surface = text[raw.start : raw.end]
        date = end = precision = problem = None
        needs = False
        if raw.kind == "impossible":
            problem = raw.problem
        elif raw.kind == "abs":
            raw = _year_ahead(text, raws, index, last) or raw
            base = last if last is not None or raw.year is not None else adjective_year
            date, end, needs, problem = _resolve_abs(raw, base, when, _forward(text, last, raw))
            precision = raw.precision if date is not None else None
        elif raw.kind == "anchored" and raw.refers is not None:
            base = referent(text, raw.refers, raw.start, out)
            date, precision, problem = _resolve_anchored(raw, base)
        elif raw.kind == "anchored" and raw.ahead:
            date, precision, problem = _resolve_anchored(raw, _date_ahead(text, raws, index, last))
        elif raw.kind == "anchored":
            date, precision, problem = _resolve_anchored(raw, _same_day_anchor(raw, last, day))
        else:
            # "a few days ago" has no count: no publication date can resolve it
            needs = raw.count is not None or raw.unit is None or raw.weekday is not None
            if when is not None:
                date, precision, problem = _resolve_pub(raw, when)
        if problem is not None:
            impossible.append(ImpossibleDate(surface, raw.start, raw.end, problem))
            continue
        mention = DateMention(
            surface,
            raw.start,
            raw.end,
            date,
            precision,
            end,
            surface if raw.relative else None,
            needs,
            raw.adjective,
        )
        out.append(mention)
        if (
            raw.adjective
            and date is not None
            and raw.precision == "year"
            and _HAPPENING_NEXT.match(text, raw.end)
        ):
            adjective_year = mention
        if (
            date is not None
            and not raw.adjective
            and not raw.ahead
            and not _NO_ANCHOR.search(text, raw.start, raw.end + 1)
            and not _period_label(text, raw)
            and not (raw.precision == "year" and _names_a_thing(text, raw.start))
            and not _flashback(text, raw, date, last)
            # "In November 1977, two months after X had fallen": the story stays in November
            and not (raw.kind == "anchored" and last is not None and date < (last.date or ""))
        ):
            last = mention
            if mention.precision == "day" and mention.end_date is None:
                day = mention
    return out, impossible


_WORD = re.compile(r"[\w'’-]+")


def _year_ahead(text: str, raws: list[_Raw], index: int, last: DateMention | None) -> _Raw | None:
    """``raws[index]`` with the year of the date a few words after it in its sentence.

    "began on August 7 and ended on August 12, 2008": a day or month without a year, no
    date before it in its sentence, and a later one of the same year close after it.
    """
    raw = raws[index]
    if raw.year is not None or raw.month is None or raw.end_parts is not None:
        return None
    if last is not None and not _SENTENCE_BREAK.search(text, last.end, raw.start):
        return None  # its own sentence gives it a year already
    if index + 1 >= len(raws):
        return None
    nxt = raws[index + 1]
    if nxt.kind == "abs" and nxt.year is not None and nxt.month is not None:
        gap = text[raw.end : nxt.start]
        if (
            nxt.month >= raw.month
            and not _SENTENCE_BREAK.search(gap)
            and len(_WORD.findall(gap)) <= 6
        ):
            return replace(raw, year=nxt.year)
    return _year_of_first_date(raws, index) if last is None else None


def _year_of_first_date(raws: list[_Raw], index: int) -> _Raw | None:
    """``raws[index]`` with the year of the answer's first dated mention, later in its year.

    "The troops crossed the river on September 25. On October 14, 1950 ...": a day or month
    without a year opening an answer is of the year the answer's first full date gives,
    when that date (or the range it opens, to its end) is not earlier in the year.
    """
    raw = raws[index]
    nxt = next((r for r in raws[index + 1 :] if r.kind == "abs" and r.year is not None), None)
    if nxt is None or nxt.adjective or nxt.month is None or raw.month is None:
        return None
    month = nxt.month
    if nxt.end_parts is not None and nxt.end_parts[0] in (None, nxt.year) and nxt.end_parts[1]:
        month = nxt.end_parts[1]
    return replace(raw, year=nxt.year) if raw.month <= month else None


def _date_ahead(
    text: str, raws: list[_Raw], index: int, last: DateMention | None
) -> DateMention | None:
    """The date right after ``raws[index]`` in its sentence, resolved, as its anchor.

    "some three weeks before its signing in Paris on December 14, 1995" counts back from
    the date it names after it.
    """
    if index + 1 >= len(raws):
        return None
    nxt = raws[index + 1]
    if nxt.kind != "abs" or _SENTENCE_BREAK.search(text, raws[index].end, nxt.start):
        return None
    date, end, _, problem = _resolve_abs(nxt, last, None)
    if date is None or problem is not None:
        return None
    surface = text[nxt.start : nxt.end]
    return DateMention(surface, nxt.start, nxt.end, date, nxt.precision, end)


# What _scan finds in a sentence depends on that sentence alone; scraped answers share many
# sentences though few whole answers, so each distinct sentence is scanned once.
@lru_cache(maxsize=SCAN_CACHE_SIZE)
def _scan_sentence(sentence: str) -> tuple[_Raw, ...]:
    return tuple(_scan(sentence))


def _shifted(raw: _Raw, at: int) -> _Raw:
    """A copy of ``raw`` ``at`` characters further on (``replace`` without its __init__)."""
    moved = object.__new__(_Raw)
    moved.__dict__.update(raw.__dict__)
    moved.start += at
    moved.end += at
    return moved


def _scan_passage(text: str) -> list[_Raw]:
    """The raw mentions of ``text``, read sentence by sentence (offsets in ``text``)."""
    out: list[_Raw] = []
    for sent in annotate(text).sentences:
        found = _scan_sentence(sent.text)
        if not found:
            continue
        at = sent.start
        if at:
            out.extend(_shifted(r, at) for r in found)
        else:
            out.extend(found)
    return out


def with_offset(mention: DateMention, offset: int) -> DateMention:
    """Return ``mention`` with its offsets shifted by ``offset`` characters."""
    # A copy of its fields, as ``replace`` makes, without the dataclass's __init__ (the
    # timeline shifts every mention of every answer into its sentence).
    moved = object.__new__(DateMention)
    moved.__dict__.update(mention.__dict__)
    moved.__dict__["start"] = mention.start + offset
    moved.__dict__["end"] = mention.end + offset
    return moved


# doctest.testmod(karabakh_nb.dates) (tests/test_docs.py) only collects objects defined
# in this module; list the re-exported ones so their examples keep running there.
__test__ = {name: globals()[name] for name in ("format_date", "to_date")}
