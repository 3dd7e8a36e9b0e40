"""Recognising dates in English prose and resolving them to ISO dates.

This module finds *date mentions* in a passage and turns each into an ISO 8601
date at its precision (``"2020-11-10"``, ``"1990-01"``, ``"1992"``). It knows
nothing about events, Q&A pairs or tables: the timeline and casualty extractors
build on :func:`find_dates`.

Recognition is regex-based and fast: a cheap pass finds *cores* (digits, month
and weekday names, time units) and the full, precompiled pattern is tried only at
each core and the few words before it. Arithmetic uses ``dateutil.relativedelta``.

Recognised forms:

* absolute dates in every common order: ``November 10, 2020``, ``10 November 2020``,
  ``2020-11-10``, ``January 1990``, ``early November 2020`` (the modifier stays in
  the surface, the precision is the month), ``in 1992``, ``late 1991``, ``the 1990s``;
* ranges: ``from 7 to 12 August 2008``, ``7–12 August 2008``, ``between 1988 and
  1994``, ``between late September and early November 2020``: ``date`` is the
  start, ``end_date`` the end; a start without a year takes the end's year;
* day and month without a year (``21 December``, ``late September``): the year
  comes from the nearest preceding date in the same text (or ``anchor``), stepped
  back a year if that would pass ``as_of``; with none, the mention needs the
  publication date (``needs_as_of``) and resolves to the latest such day or month
  not after ``as_of``. Either way ``relative`` holds the phrase, as its year was
  inferred;
* relative phrases anchored on the nearest preceding resolved date: ``a year
  later``, ``Three months later``, ``two weeks later``, ``the next day``, ``the
  following year``, ``later that year``. The precision is the coarser of the
  anchor's and the unit's (days and weeks: day, months: month, years: year), so
  "a year later" after January 1990 is ``1991`` and "three months later" after
  10 November 2020 is ``2021-02``: adding a vague span never adds precision;
* phrases relative to the publication date (``Last year``, ``this month``,
  ``yesterday``, ``two years ago``, ``Thursday``): resolved only with ``as_of``,
  else returned with ``date=None`` and ``needs_as_of=True``. A bare or "on"
  weekday is the latest such day on or before ``as_of``; "last <weekday>" the
  latest strictly before it. "Today", "now" and weeks ("last week") are not
  dates here: they date states, or have no precision in the contract.

A bare number is a year only when it has four digits in 1000–2100, is not part
of a comma-grouped number, a percentage or a hyphenated compound, is not
followed by a counted noun ("1500 troops") nor preceded by a quantifier
("about 1500"), and is introduced by a cue ("in", "since", "as of", "between",
"early", ...), opens a sentence, stands in parentheses, or is used as an
adjective after an article ("The 2020 Nagorno-Karabakh war"; ``adjective`` is
then True).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from dateutil.relativedelta import relativedelta

from .errors import UsageError
from .numbers import WORD_VALUES

__all__ = [
    "PRECISIONS",
    "DateMention",
    "find_dates",
    "format_date",
    "parse_as_of",
    "to_date",
    "with_offset",
]

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
_MONTH = rf"(?:{_ANY_MONTH})"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?<![\d,.$£€])\d{4}(?![\d%])(?!,\d{3})(?!\.\d)"
_DASH = r"(?:-|–|—)"
_RANGE_WORD = r"(?:-|–|—|to|until|till|through|and)"
_MOD = r"(?:[Ee]arly|[Mm]id|[Ll]ate|[Tt]he\s+(?:end|beginning|start|middle)\s+of)"
_NUM = (
    "(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(_NUMBER_WORDS, key=len)[::-1])
    + rf"|\d{{1,3}}|(?i:{_VAGUE_COUNTS}))"
)
_UNIT = r"(?:day|week|month|year|decade)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_RANGE_ALTERNATIVES = [
    # (from) 7 to 12 August 2008, 7–12 August 2008
    rf"(?P<dr>(?:(?P<dr_cue>[Ff]rom|[Bb]etween)\s+)?\b(?P<dr_d1>\d{{1,2}}){_ORD}\s*"
    rf"{_RANGE_WORD}\s*(?P<dr_d2>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<dr_m>{_MONTH})"
    rf"(?![\w])(?:,?\s+(?P<dr_y>{_YEAR}))?)",
    # (from) August 7 to 12, 2008
    rf"(?P<mr>(?:(?P<mr_cue>[Ff]rom|[Bb]etween)\s+)?\b(?P<mr_m>{_MONTH})\s+"
    rf"(?P<mr_d1>\d{{1,2}}){_ORD}\s*{_RANGE_WORD}\s*(?P<mr_d2>\d{{1,2}}){_ORD}\b"
    rf"(?:,?\s+(?P<mr_y>{_YEAR}))?)",
    # (from|between) 1988 and 1994, 1992–1994
    rf"(?P<yr>(?:(?P<yr_cue>[Ff]rom|[Bb]etween)\s+)?(?P<yr_y1>{_YEAR})\s*"
    rf"(?P<yr_sep>{_RANGE_WORD})\s*(?P<yr_y2>{_YEAR}|(?<=[-–—])\d{{2}}(?!\d)))",
]
_ATOMIC_ALTERNATIVES = [
    # 2020-11-10
    r"(?P<iso>(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-]))",
    # November 10, 2020 / November 10
    rf"(?P<mdy>\b(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>\d{{1,2}}){_ORD}\b(?![,.]\d)"
    rf"(?:,?\s+(?P<mdy_y>{_YEAR}))?)",
    # 10 November 2020 / 21 December
    rf"(?P<dmy>(?<![\d,.])\b(?P<dmy_d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<dmy_m>{_MONTH})"
    rf"(?![\w])(?:,?\s+(?P<dmy_y>{_YEAR}))?)",
    # (early) November 2020 / late September
    rf"(?P<my>(?:(?P<my_mod>{_MOD})[\s-]+)?\b(?P<my_m>{_MONTH})(?![\w]),?\s+"
    rf"(?:of\s+)?(?P<my_y>{_YEAR}))",
    rf"(?P<mo>(?:(?P<mo_mod>{_MOD})[\s-]+)?\b(?P<mo_m>{_FULL_MONTH})\b)",
    # the 1990s
    rf"(?P<dec>(?:\b[Tt]he\s+)?(?:{_MOD}[\s-]+)?(?<![\d,.])\b(?P<dec_y>\d{{3}}0)s\b)",
    # 1992, late 1991
    rf"(?P<y>(?:(?P<y_mod>{_MOD})[\s-]+)?(?P<y_y>{_YEAR})(?![A-Za-z]|{_DASH}\w))",
    # a year later, the next day, later that year
    rf"(?P<rel>\b(?P<rel_n>{_NUM})\s+(?P<rel_u>{_UNIT})s?\s+"
    r"(?P<rel_dir>later|earlier|afterwards?|on|after|before)\b"
    r"(?P<rel_tail>(?=\s*[,.;:)]|\s*$))?)",
    r"(?P<the>\b[Tt]he\s+(?P<the_w>next|following|previous|preceding|same|subsequent)\s+"
    r"(?P<the_u>day|week|month|year|morning|evening|night|decade)\b)",
    r"(?P<that>\b(?P<that_w>(?i:later|earlier|that))\s+(?:that|same)\s+"
    r"(?P<that_u>day|month|year)\b)",
    # Last year, this month, yesterday, two years ago, Thursday
    rf"(?P<ago>\b(?P<ago_n>{_NUM})\s+(?P<ago_u>day|month|year|decade)s?\s+ago\b)",
    r"(?P<pub>\b(?P<pub_w>(?i:last|this|next|past|earlier\s+this|later\s+this))\s+"
    r"(?P<pub_u>year|month)\b)",
    r"(?P<yd>\b(?i:yesterday|tomorrow)\b)",
    rf"(?P<wd>(?:\b(?P<wd_w>[Ll]ast|[Nn]ext|[Tt]his)\s+)?\b(?P<wd_d>{_WEEKDAY})\b)",
]
# Ranges first: at one position the longest reading wins; a range rejected on reading
# ("in 1992 and 1993") is read again with the atomic forms only.
_PATTERN = re.compile("|".join(_RANGE_ALTERNATIVES + _ATOMIC_ALTERNATIVES))
_ATOMIC = re.compile("|".join(_ATOMIC_ALTERNATIVES))
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
        ]
    )
)
_PREFIX_WORDS = frozenset(
    [
        "from",
        "between",
        "early",
        "mid",
        "late",
        "the",
        "end",
        "beginning",
        "start",
        "middle",
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
_MAX_PREFIX_WORDS = 3

# Words that, right before a bare year, make it a date.
_YEAR_CUE = re.compile(
    r"(?:\b(?:[Ii]n|[Ss]ince|[Oo]f|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Tt]o|[Bb]etween|[Dd]uring|"
    r"[Aa]fter|[Bb]efore|[Aa]round|[Cc]irca|c\.|[Yy]ear|[Tt]hrough|[Ss]ummer|[Ww]inter|"
    r"[Ss]pring|[Aa]utumn|[Ff]all|[Bb]eginning|[Ee]nd|[Ee]arly|[Mm]id|[Ll]ate|[Ee]lection|"
    r"[Aa]nd|[Oo]r|[Ee]stablished|[Ff]ounded|[Ss]ince)"
    r"|\()\s*-?$"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+$")
_QUANTIFIER_BEFORE = re.compile(
    r"\b(?:about|some|over|nearly|almost|approximately|roughly|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|at\s+most|up\s+to|total\s+of|estimated|than|only|just)\s+$",
    re.IGNORECASE,
)
_COUNTED = (
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|soldiers?|people|persons?|troops?|"
    r"civilians?|men|women|children|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|square|sq|dead|"
    r"killed|wounded|injured|missing|casualties|servicemen|servicemembers|refugees?|forces?|"
    r"peacekeepers?|fighters?|tanks?|units?|members?|states?|countries|residents?|"
    r"inhabitants?|families|homes?|houses?|villages?|deaths?|victims?|prisoners?|votes?|"
    r"dollars?|euros?|tonnes?|tons?|hectares?|of\s+(?:its|their|the|them|whom|which|these))\b"
)
_COUNTED_NEXT = re.compile(rf"\s+{_COUNTED}", re.IGNORECASE)
_COUNTED_NEXT2 = re.compile(rf"\s+[A-Za-z][\w'’-]*\s+{_COUNTED}", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|\n)\s*[\"“(]?$")
_WORD_AFTER = re.compile(r"\s+[A-Za-z]")


@dataclass(frozen=True)
class DateMention:
    """One date phrase found in a text, resolved to ISO 8601 at its precision when possible.

    Attributes:
        surface: The text matched, e.g. ``"early November 2020"``, ``"a year later"``.
        start: Offset of the first character of ``surface`` in the searched text.
        end: Offset just past the last character of ``surface``.
        date: ISO date at its precision (``"2020-11-10"``, ``"1990-01"``, ``"1992"``),
            the start of a range, or None when unresolved.
        precision: ``"day"``, ``"month"`` or ``"year"`` (None when unresolved).
        end_date: ISO end of a range (``"from 7 to 12 August 2008"`` -> ``"2008-08-12"``).
        relative: The relative phrase the date was (or would be) resolved from: anchored
            phrases ("a year later"), publication-relative ones ("Last year",
            "Thursday") and day/month mentions without a year ("21 December").
        needs_as_of: True when the phrase can only be resolved with the publication
            date; stays True when ``as_of`` resolved it.
        adjective: True for a year used as an adjective ("the 2020 war").
    """

    surface: str
    start: int
    end: int
    date: str | None
    precision: str | None
    end_date: str | None = None
    relative: str | None = None
    needs_as_of: bool = False
    adjective: bool = False


def format_date(value: dt.date, precision: str) -> str:
    """Format a date as ISO 8601 at a precision.

    Example:
        >>> format_date(dt.date(2020, 11, 10), "month")
        '2020-11'
    """
    if precision == "day":
        return value.isoformat()
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return f"{value.year:04d}"


def to_date(iso: str) -> dt.date:
    """Turn an ISO date at any precision into the first day it covers.

    Example:
        >>> to_date("1990-01"), to_date("1992")
        (datetime.date(1990, 1, 1), datetime.date(1992, 1, 1))
    """
    parts = [int(p) for p in iso.split("-")]
    parts += [1] * (3 - len(parts))
    return dt.date(parts[0], parts[1], parts[2])


def parse_as_of(as_of: dt.date | dt.datetime | str | None) -> dt.date | None:
    """Read a publication date given as a date, a datetime or a ``YYYY-MM-DD`` string.

    Raises:
        UsageError: The string is not a valid ``YYYY-MM-DD`` date.
    """
    if as_of is None:
        return None
    if isinstance(as_of, dt.datetime):
        return as_of.date()
    if isinstance(as_of, dt.date):
        return as_of
    try:
        return dt.date.fromisoformat(str(as_of).strip())
    except ValueError:
        raise UsageError(
            f"invalid --as-of date {as_of!r}; use YYYY-MM-DD, e.g. 2021-02-15"
        ) from None


@dataclass
class _Raw:
    """A mention before resolution: absolute parts, or a relative recipe."""

    start: int
    end: int
    kind: str  # "abs" | "anchored" | "pub"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    precision: str = "year"
    end_parts: tuple[int | None, int | None, int | None] | None = None
    end_precision: str | None = None
    count: int | None = None  # anchored/pub: signed number of units
    unit: str | None = None
    weekday: int | None = None
    weekday_mode: str = ""
    adjective: bool = False
    relative: bool = False  # surface is reported as the relative phrase


def _count(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)


def _month(word: str) -> int:
    return _MONTHS[word.rstrip(".").lower()]


def _valid(year: int | None, month: int | None = None, day: int | None = None) -> bool:
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return False
    if day is not None and month is not None:
        try:
            dt.date(year if year is not None else 2000, month, day)
        except ValueError:
            return False
    return True


def _bare_year_ok(text: str, start: int, end: int, has_mod: bool) -> tuple[bool, bool]:
    """Decide whether a four-digit number is a year; return ``(ok, adjective)``."""
    before = text[max(0, start - 24) : start]
    if _QUANTIFIER_BEFORE.search(before):
        return False, False
    after = text[end : end + 40]
    if _COUNTED_NEXT.match(after):
        return False, False
    if has_mod or _YEAR_CUE.search(before):
        return True, False
    if _ARTICLE_BEFORE.search(before) and _WORD_AFTER.match(after):
        return True, True
    if _COUNTED_NEXT2.match(after):
        return False, False
    return bool(_SENTENCE_START.search(before)), False


def _candidates(text: str) -> Iterator[tuple[int, list[int]]]:
    """Yield each core's position and the word starts a mention holding it may open at."""
    for core in _CORE.finditer(text):
        at = core.start()
        start = at
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        candidates = [start]
        pos = start
        for _ in range(_MAX_PREFIX_WORDS):
            gap = pos
            while gap > 0 and text[gap - 1] in " -\u00a0":
                gap -= 1
            if gap == pos:
                break
            word = gap
            while word > 0 and text[word - 1].isalpha():
                word -= 1
            if word == gap or text[word:gap].lower() not in _PREFIX_WORDS:
                break
            candidates.append(word)
            pos = word
        candidates.reverse()
        yield at, candidates


def _scan(text: str) -> list[_Raw]:
    """Find the mentions of ``text``, left to right, and read their parts (no resolution)."""
    found: list[_Raw] = []
    done = 0
    for at, candidates in _candidates(text):
        if at < done:
            continue
        for cand in candidates:
            if cand < done:
                continue
            m = _PATTERN.match(text, cand)
            raw = _read(text, m) if m is not None and m.end() > at else None
            if raw is None and m is not None and m.lastgroup in _RANGE_KINDS:
                m = _ATOMIC.match(text, cand)
                raw = _read(text, m) if m is not None and m.end() > at else None
            if raw is not None:
                found.append(raw)
                done = raw.end
                break
    return _merge_ranges(text, found)


def _read(text: str, m: re.Match[str]) -> _Raw | None:
    """Read one match of ``_PATTERN`` into a :class:`_Raw`, or None when it is no date."""
    kind = m.lastgroup
    g = m.group
    s, e = m.span()
    raw: _Raw | None = None
    y: int | None
    if kind == "iso":
        y, mo, d = (int(p) for p in g("iso").split("-"))
        if _valid(y, mo, d) and 1 <= mo <= 12:
            raw = _Raw(s, e, "abs", y, mo, d, "day")
    elif kind == "dr":
        d1, d2, mo = int(g("dr_d1")), int(g("dr_d2")), _month(g("dr_m"))
        y = int(g("dr_y")) if g("dr_y") else None
        sep = m.group(0)[m.end("dr_d1") - s : m.start("dr_d2") - s].strip()
        if (sep != "and" or g("dr_cue")) and d1 < d2 and _valid(y, mo, d1) and _valid(y, mo, d2):
            raw = _Raw(s, e, "abs", y, mo, d1, "day", (y, mo, d2), "day", relative=y is None)
    elif kind == "mr":
        d1, d2, mo = int(g("mr_d1")), int(g("mr_d2")), _month(g("mr_m"))
        y = int(g("mr_y")) if g("mr_y") else None
        sep = m.group(0)[m.end("mr_d1") - s : m.start("mr_d2") - s].strip()
        if (
            (sep != "and" or g("mr_cue"))
            and d1 < d2
            and _valid(y, mo, d1)
            and _valid(y, mo, d2)
            and not _COUNTED_NEXT.match(text, e)
        ):
            raw = _Raw(s, e, "abs", y, mo, d1, "day", (y, mo, d2), "day", relative=y is None)
    elif kind == "yr":
        y1 = int(g("yr_y1"))
        y2s = g("yr_y2")
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        sep = g("yr_sep")
        cue = g("yr_cue")
        dash = sep in ("-", "–", "—")
        words_ok = cue is not None or (sep != "and" and _YEAR_CUE.search(text[max(0, s - 24) : s]))
        if (
            (dash or words_ok)
            and y1 < y2
            and _valid(y1)
            and _valid(y2)
            and not _COUNTED_NEXT.match(text, e)
            and not _QUANTIFIER_BEFORE.search(text[max(0, s - 24) : s])
        ):
            raw = _Raw(s, e, "abs", y1, None, None, "year", (y2, None, None), "year")
    elif kind == "mdy":
        mo, d = _month(g("mdy_m")), int(g("mdy_d"))
        y = int(g("mdy_y")) if g("mdy_y") else None
        if (
            _valid(y, mo, d)
            and d >= 1
            and (
                y is not None
                or (
                    not _COUNTED_NEXT2.match(text, m.end("mdy_d"))
                    and not _COUNTED_NEXT.match(text, e)
                )
            )
        ):
            raw = _Raw(s, e, "abs", y, mo, d, "day", relative=y is None)
    elif kind == "dmy":
        mo, d = _month(g("dmy_m")), int(g("dmy_d"))
        y = int(g("dmy_y")) if g("dmy_y") else None
        if _valid(y, mo, d) and d >= 1:
            raw = _Raw(s, e, "abs", y, mo, d, "day", relative=y is None)
    elif kind == "my":
        mo, y = _month(g("my_m")), int(g("my_y"))
        if _valid(y):
            raw = _Raw(s, e, "abs", y, mo, None, "month")
    elif kind == "mo":
        mo = _month(g("mo_m"))
        before = text[max(0, s - 24) : s]
        if g("mo_mod") or _YEAR_CUE.search(before):
            raw = _Raw(s, e, "abs", None, mo, None, "month", relative=True)
        elif (which := _WHICH_BEFORE.search(text, max(0, s - 8), s)) is not None:
            raw = _Raw(
                which.start(),
                e,
                "pub",
                None,
                mo,
                None,
                "month",
                weekday_mode=which.group(1).lower(),
                relative=True,
            )
    elif kind == "dec":
        y = int(g("dec_y"))
        if _valid(y) and not _QUANTIFIER_BEFORE.search(text[max(0, s - 24) : s]):
            raw = _Raw(s, e, "abs", y, None, None, "year", (y + 9, None, None), "year")
    elif kind == "y":
        y = int(g("y_y"))
        ys = m.start("y_y")
        ok, adjective = _bare_year_ok(text, ys, e, bool(g("y_mod")))
        if ok and _valid(y):
            raw = _Raw(s, e, "abs", y, None, None, "year", adjective=adjective)
    elif kind == "rel":
        n = _count(g("rel_n"))
        direction = g("rel_dir").lower()
        if direction in ("after", "before") and g("rel_tail") is None:
            return None  # "two years after the war": anchored on the war, not a date
        sign = -1 if direction in ("earlier", "before") else 1
        raw = _Raw(
            s,
            e,
            "anchored",
            count=None if n is None else sign * n,
            unit=g("rel_u").lower(),
            relative=True,
        )
    elif kind == "the":
        w = g("the_w").lower()
        sign = {"previous": -1, "preceding": -1, "same": 0}.get(w, 1)
        raw = _Raw(s, e, "anchored", count=sign, unit=g("the_u").lower(), relative=True)
    elif kind == "that":
        raw = _Raw(s, e, "anchored", count=0, unit=g("that_u").lower(), relative=True)
    elif kind == "ago":
        n = _count(g("ago_n"))
        raw = _Raw(
            s, e, "pub", count=None if n is None else -n, unit=g("ago_u").lower(), relative=True
        )
    elif kind == "pub":
        w = " ".join(g("pub_w").lower().split())
        sign = {"last": -1, "past": -1, "next": 1}.get(w, 0)
        raw = _Raw(s, e, "pub", count=sign, unit=g("pub_u").lower(), relative=True)
    elif kind == "yd":
        sign = -1 if g("yd").lower() == "yesterday" else 1
        raw = _Raw(s, e, "pub", count=sign, unit="day", relative=True)
    elif kind == "wd":
        if _DATE_AFTER.match(text, e):
            return None  # "Monday, March 3, 2014": the date that follows says it all
        mode = (g("wd_w") or "").lower()
        raw = _Raw(
            s,
            e,
            "pub",
            weekday=_WEEKDAYS[g("wd_d").lower()],
            weekday_mode=mode,
            unit="day",
            relative=True,
        )
    return raw


_RANGE_GAP = re.compile(r"\s*(?:to|until|till|through|and|-|–|—)\s*")
_RANGE_CUE = re.compile(r"\b([Ff]rom|[Bb]etween)\s+$")


def _merge_ranges(text: str, found: list[_Raw]) -> list[_Raw]:
    """Join "from A to B" / "between A and B" / "A–B" into one range mention."""
    out: list[_Raw] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if (
            b is not None
            and a.kind == "abs" == b.kind
            and a.end_parts is None
            and b.end_parts is None
            and not a.adjective
            and b.year is not None
            and _RANGE_GAP.fullmatch(text, a.end, b.start)
        ):
            gap = text[a.end : b.start].strip()
            cue = _RANGE_CUE.search(text, max(0, a.start - 10), a.start)
            if (cue is not None and (gap != "and" or cue.group(1).lower() == "between")) or (
                gap in ("-", "–", "—")
            ):
                year = a.year
                if year is None:
                    year = b.year
                    if a.month and b.month and a.month > b.month:
                        year -= 1
                start = cue.start() if cue is not None else a.start
                out.append(
                    _Raw(
                        start,
                        b.end,
                        "abs",
                        year,
                        a.month,
                        a.day,
                        a.precision,
                        (b.year, b.month, b.day),
                        b.precision,
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _coarser(a: str, b: str) -> str:
    return a if _RANK[a] >= _RANK[b] else b


def _shift(base: dt.date, count: int, unit: str) -> dt.date:
    if unit in ("day", "morning", "evening", "night"):
        return base + relativedelta(days=count)
    if unit == "week":
        return base + relativedelta(weeks=count)
    if unit == "month":
        return base + relativedelta(months=count)
    if unit == "decade":
        return base + relativedelta(years=10 * count)
    return base + relativedelta(years=count)


def _iso_parts(year: int, month: int | None, day: int | None, precision: str) -> str:
    return format_date(dt.date(year, month or 1, day or 1), precision)


def _resolve_abs(
    raw: _Raw, anchor: DateMention | None, as_of: dt.date | None
) -> tuple[str | None, str | None, bool]:
    """Return ``(date, end_date, needs_as_of)`` of an absolute mention."""
    year = raw.year
    needs = False
    if year is None:
        if anchor is not None and anchor.date is not None:
            year = to_date(anchor.date).year
            if as_of is not None and dt.date(year, raw.month or 1, raw.day or 1) > as_of:
                year -= 1  # never later than the publication date
        elif as_of is not None:
            needs = True
            year = as_of.year
            first = dt.date(year, raw.month or 1, raw.day or 1)
            if first > as_of:
                year -= 1
        else:
            return None, None, True
    try:
        date = _iso_parts(year, raw.month, raw.day, raw.precision)
    except ValueError:  # 29 February in a year that has none
        return None, None, needs
    end = None
    if raw.end_parts is not None:
        ey, em, ed = raw.end_parts
        end = _iso_parts(ey if ey is not None else year, em, ed, raw.end_precision or "year")
    return date, end, needs


def _resolve_anchored(raw: _Raw, anchor: DateMention | None) -> tuple[str | None, str | None]:
    if anchor is None or anchor.date is None or raw.count is None or raw.unit is None:
        return None, None
    later = raw.count > 0
    base_iso = anchor.end_date if later and anchor.end_date else anchor.date
    base_precision = anchor.precision or "year"
    if base_iso != anchor.date:
        base_precision = _precision_of(base_iso)
    precision = _coarser(base_precision, _UNIT_PRECISION[raw.unit])
    return format_date(_shift(to_date(base_iso), raw.count, raw.unit), precision), precision


def _precision_of(iso: str) -> str:
    return PRECISIONS[2 - iso.count("-")]


def _resolve_pub(raw: _Raw, as_of: dt.date) -> tuple[str | None, str | None]:
    if raw.weekday is not None:
        back = (as_of.weekday() - raw.weekday) % 7
        if raw.weekday_mode == "next":
            day = as_of + dt.timedelta(days=(raw.weekday - as_of.weekday()) % 7 or 7)
        else:
            if raw.weekday_mode == "last" and back == 0:
                back = 7
            day = as_of - dt.timedelta(days=back)
        return day.isoformat(), "day"
    if raw.unit is None and raw.month is not None:  # last/this/next December
        year = as_of.year
        if raw.weekday_mode == "last" and raw.month >= as_of.month:
            year -= 1
        elif raw.weekday_mode == "next" and raw.month <= as_of.month:
            year += 1
        return f"{year:04d}-{raw.month:02d}", "month"
    if raw.count is None or raw.unit is None:
        return None, None
    precision = _UNIT_PRECISION[raw.unit]
    return format_date(_shift(as_of, raw.count, raw.unit), precision), precision


def find_dates(
    text: str,
    *,
    anchor: DateMention | None = None,
    as_of: dt.date | str | None = None,
) -> list[DateMention]:
    """Find every date mention in a passage and resolve what the passage allows.

    Relative phrases and day/month mentions without a year are resolved against the
    nearest preceding resolved mention in ``text`` (or ``anchor`` before the first
    one); phrases relative to the publication date only against ``as_of``.

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
    when = parse_as_of(as_of)
    if not text:
        return []
    out: list[DateMention] = []
    last = anchor
    for raw in _scan(text):
        surface = text[raw.start : raw.end]
        date = end = precision = None
        needs = False
        if raw.kind == "abs":
            date, end, needs = _resolve_abs(raw, last, when)
            precision = raw.precision if date is not None else None
        elif raw.kind == "anchored":
            date, precision = _resolve_anchored(raw, last)
        else:
            # "a few days ago" has no count: no publication date can resolve it
            needs = raw.count is not None or raw.unit is None or raw.weekday is not None
            if when is not None:
                date, precision = _resolve_pub(raw, when)
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
        if date is not None and not raw.adjective:
            last = mention
    return out


def with_offset(mention: DateMention, offset: int) -> DateMention:
    """Return ``mention`` with its offsets shifted by ``offset`` characters."""
    return replace(mention, start=mention.start + offset, end=mention.end + offset)
