"""Finding the date mentions of a text and reading each into its parts, unresolved.

What belongs here: :class:`_Raw` (a mention's absolute parts or its relative recipe),
the search for cores and the word starts a mention may open at, the reading of one match
of the full pattern (whether a bare number is a year is ``_years``'s), and the joining of
"from A to B" into one range. An anchor and the publication date are ``_resolve``'s.

A day the calendar lacks ("31 February 2020") is an *impossible* mention, never a date
(:func:`karabakh_nb.dates.find_impossible_dates` reports it); "May 35" is a number.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ._cores import _candidates
from ._patterns import (
    _APPROX_BEFORE,
    _ATOMIC,
    _CALENDAR_ASIDE,
    _COUNTED_NEXT,
    _COUNTED_NEXT2,
    _DATE_AFTER,
    _DATE_AHEAD,
    _DATE_JUST_BEFORE,
    _EARLIER_DATE,
    _FOR_BEFORE,
    _HOLIDAYS,
    _INTO_EVENT,
    _MONTHS,
    _NAME_AFTER_DAY,
    _NAMED_THING_NEXT,
    _NOUN_AFTER_FEAST,
    _NUMBER_WORDS,
    _OF_THAT_YEAR,
    _ON_DATE,
    _PAST_PERFECT_NEXT,
    _PATTERN,
    _QUANTIFIER_BEFORE,
    _RANGE_CUE,
    _RANGE_GAP,
    _RANGE_KINDS,
    _THING_NEXT,
    _WEEKDAYS,
    _WHICH_BEFORE,
    _YEAR_CUE,
    MAX_YEAR,
    MIN_YEAR,
    PUNCTUAL_NOUNS,
)
from ._years import _bare_year_ok


@dataclass
class _Raw:
    """A mention before resolution: absolute parts, or a relative recipe."""

    start: int
    end: int
    kind: str  # "abs" | "anchored" | "pub" | "impossible"
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
    approx: bool = False  # "some three weeks later": no day's precision
    to_the_day: bool = False  # "five years to the day after": the anchor's precision
    half: bool = False  # kind "anchored": half a unit more ("a year and a half later")
    refers: str | None = None  # kind "anchored": counted from this thing, dated before
    ahead: bool = False  # kind "anchored": counted from the date after it, not before
    problem: str | None = None  # kind "impossible": why the calendar has no such day


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


_MONTH_NAMES = [name.capitalize() for name in list(_MONTHS)[:12]]  # the full names


def _no_such_day(year: int | None, month: int, day: int) -> str | None:
    """Why ``day`` of ``month`` (of ``year``) is not in the calendar (1-31 only), or None."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    try:
        dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        when = _MONTH_NAMES[month - 1] + ("" if year is None else f" {year}")
        return f"{when} has no day {day}"
    return None


def _impossible(s: int, e: int, problem: str | None) -> _Raw | None:
    return None if problem is None else _Raw(s, e, "impossible", problem=problem)


def _scan(text: str) -> list[_Raw]:
    """Find the mentions of ``text``, left to right, and read their parts (no resolution)."""
    if "S." in text or "tyle" in text or "ian" in text:
        # blanked, not cut: the offsets stay those of ``text``
        text = _CALENDAR_ASIDE.sub(lambda a: " " * len(a.group()), text)
    found: list[_Raw] = []
    done = 0
    for at, candidates in _candidates(text):
        if at < done:
            continue
        for cand in candidates:
            if cand < done:
                continue
            m = _PATTERN.match(text, cand)
            pair = _two_days(text, m) if m is not None and m.end() > at else None
            if pair is not None:
                # "on October 23 and 25, 1973": two days, two mentions.
                found.extend(pair)
                done = pair[-1].end
                break
            raw = _read(text, m) if m is not None and m.end() > at else None
            if raw is None and m is not None and m.lastgroup in _RANGE_KINDS:
                m = _ATOMIC.match(text, cand)
                raw = _read(text, m) if m is not None and m.end() > at else None
            if raw is not None:
                same = _OF_THAT_YEAR.match(text, raw.end) if raw.year is None else None
                if same is not None and raw.kind == "abs" and raw.month is not None:
                    # "on May 24 of the same year", "in July that year": the anchor's year
                    raw.end = same.end()
                found.append(raw)
                done = raw.end
                break
    return _merge_ranges(text, found)


_RESPECTIVELY = re.compile(r",?\s*respectively\b", re.IGNORECASE)
_NUMBER_NEXT = re.compile(r"\s*[\d|]")


def _shared_year(a: _Raw, b: _Raw) -> int | None:
    """The year ``b`` gives ``a`` in "April and May 1990" ("December and January 1991": 1990)."""
    if a.year is not None or b.year is None or a.month is None or b.month is None:
        return None
    return b.year - 1 if a.month > b.month else b.year


# "issued two warrants, in 2009 and 2010", "both in 1990 and 1991": years listed one
# by one (after a count of two things, or "both"), not a span
_LISTED_YEARS = re.compile(
    r"\b(?:(?i:both)(?:\s+in)?|two\s+(?:(?!years?\b)[a-z-]+\s+)?(?!years?\b)[a-z-]+s\b[^.;:()]{0,40}?,?\s*in)\s+$"
)


def _consecutive(a: _Raw, b: _Raw, text: str = "") -> bool:
    """True when ``a`` (no year) is the day or month right before ``b``, or a year before it."""
    if a.precision == b.precision == "year" and a.year is not None and b.year is not None:
        listed = _LISTED_YEARS.search(text, max(0, a.start - 60), a.start)
        return a.year + 1 == b.year and not b.adjective and listed is None
    year = _shared_year(a, b)
    if year is None or a.precision != b.precision or b.year is None:
        return False
    if a.precision == "month":
        return (year * 12 + (a.month or 0)) + 1 == b.year * 12 + (b.month or 0)
    if a.precision != "day" or a.day is None or b.day is None:
        return False
    try:
        return dt.date(year, a.month or 1, a.day) + dt.timedelta(days=1) == dt.date(
            b.year, b.month or 1, b.day
        )
    except ValueError:
        return False


def _two_days(text: str, m: re.Match[str]) -> list[_Raw] | None:
    """Two days of one month, not a range: "October 23 and 25", "3 and 4 November"."""
    kind = m.lastgroup
    if kind not in ("dr", "mr"):
        return None
    g = m.group
    d1, d2, mo = int(g(f"{kind}_d1")), int(g(f"{kind}_d2")), _month(g(f"{kind}_m"))
    sep = text[m.end(f"{kind}_d1") : m.start(f"{kind}_d2")].strip()
    y = int(g(f"{kind}_y")) if g(f"{kind}_y") else None
    if sep not in ("and", "&") or g(f"{kind}_cue") or not d1 < d2 or not _valid(y):
        return None
    if not (_valid(y, mo, d1) and _valid(y, mo, d2)) or _COUNTED_NEXT.match(text, m.end()):
        return None
    s, e = m.span()
    return [
        _Raw(s, m.end(f"{kind}_d1"), "abs", y, mo, d1, "day", relative=y is None),
        _Raw(m.start(f"{kind}_d2"), e, "abs", y, mo, d2, "day", relative=y is None),
    ]


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
        elif _valid(y):
            raw = _impossible(s, e, _no_such_day(y, mo, d))
    elif kind == "dr":
        d1, d2, mo = int(g("dr_d1")), int(g("dr_d2")), _month(g("dr_m"))
        y = int(g("dr_y")) if g("dr_y") else None
        sep = m.group(0)[m.end("dr_d1") - s : m.start("dr_d2") - s].strip()
        if (sep != "and" or g("dr_cue")) and d1 < d2 and _valid(y):
            if _valid(y, mo, d1) and _valid(y, mo, d2):
                raw = _Raw(s, e, "abs", y, mo, d1, "day", (y, mo, d2), "day", relative=y is None)
            else:
                raw = _impossible(s, e, _no_such_day(y, mo, d1) or _no_such_day(y, mo, d2))
    elif kind == "mr":
        d1, d2, mo = int(g("mr_d1")), int(g("mr_d2")), _month(g("mr_m"))
        y = int(g("mr_y")) if g("mr_y") else None
        sep = m.group(0)[m.end("mr_d1") - s : m.start("mr_d2") - s].strip()
        if (
            (sep != "and" or g("mr_cue"))
            and d1 < d2
            and _valid(y)
            and not _COUNTED_NEXT.match(text, e)
        ):
            if _valid(y, mo, d1) and _valid(y, mo, d2):
                raw = _Raw(s, e, "abs", y, mo, d1, "day", (y, mo, d2), "day", relative=y is None)
            else:
                raw = _impossible(s, e, _no_such_day(y, mo, d1) or _no_such_day(y, mo, d2))
    elif kind == "yr":
        y1 = int(g("yr_y1"))
        y2s = g("yr_y2")
        # "1992–93", "the war of 1877-8": a short end keeps the start's first digits
        cut = 10 ** len(y2s)
        y2 = int(y2s) if len(y2s) == 4 else (y1 // cut) * cut + int(y2s)
        sep = g("yr_sep")
        cue = g("yr_cue")
        dash = sep in ("-", "–", "—", "/")
        lost_dash = not sep.strip()
        words_ok = cue is not None or (sep != "and" and _YEAR_CUE.search(text[max(0, s - 24) : s]))
        # "lasted 2020 to 2022": two years close together joined by "to" need no cue
        words_ok = words_ok or (sep in ("to", "until", "through") and 1800 <= y1 < y2 <= y1 + 30)
        if (
            (dash or words_ok)
            # "the winter of 1993/94": a slash joins two years in a row only
            and (sep != "/" or y2 == y1 + 1)
            # "in 1978 1979": two years in a row only, not a row of a table's figures
            and (not lost_dash or (y2 == y1 + 1 and not _NUMBER_NEXT.match(text, e)))
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
            _valid(y)
            and d >= 1
            and (
                y is not None
                or (
                    not _COUNTED_NEXT2.match(text, m.end("mdy_d"))
                    and not _COUNTED_NEXT.match(text, e)
                    and not _NAME_AFTER_DAY.match(text, e)
                )
            )
        ):
            if _valid(y, mo, d):
                raw = _Raw(s, e, "abs", y, mo, d, "day", relative=y is None)
            else:
                raw = _impossible(s, e, _no_such_day(y, mo, d))
    elif kind == "dmy":
        mo, d = _month(g("dmy_m")), int(g("dmy_d"))
        y = int(g("dmy_y")) if g("dmy_y") else None
        if y is None and _NAME_AFTER_DAY.match(text, e):
            pass  # "the 26th of July Movement": a name
        elif _valid(y, mo, d) and d >= 1:
            raw = _Raw(s, e, "abs", y, mo, d, "day", relative=y is None)
        elif _valid(y):
            raw = _impossible(s, e, _no_such_day(y, mo, d))
    elif kind == "hol":
        mo, d = _HOLIDAYS[" ".join(g("hol_n").replace("’", "'").lower().split())]
        y = int(g("hol_y")) if g("hol_y") else None
        # "the St Valentine's Day massacre", "the Christmas Eve bombing": without a year, a
        # feast before a noun names the event, as "the Tet Offensive" does
        if _valid(y) and (y is not None or not _NOUN_AFTER_FEAST.match(text, e)):
            raw = _Raw(s, e, "abs", y, mo, d, "day", relative=y is None)
    elif kind == "my":
        mo, y = _month(g("my_m")), int(g("my_y"))
        if _valid(y):
            raw = _Raw(s, e, "abs", y, mo, None, "month")
    elif kind == "mo":
        mo = _month(g("mo_m"))
        before = text[max(0, s - 24) : s]
        if _NAME_AFTER_DAY.match(text, e):
            pass  # "the 26th of July Movement", "the March Alliance": a name
        elif g("mo_mod") or _YEAR_CUE.search(before):
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
        sign = -1 if direction in ("earlier", "before") else 1
        ahead = False
        refers = None
        if _FOR_BEFORE.search(text, max(0, s - 24), s):
            return None  # "for more than two decades afterward": a duration
        if direction in ("after", "before") and g("rel_tail") is None:
            if _NAMED_THING_NEXT.match(text, e):
                return None  # "in 1977, two years after the end of the war": a named thing
            if _DATE_JUST_BEFORE.search(text, max(0, s - 40), s) or (
                _PAST_PERFECT_NEXT.match(text, e)
                and text[max(0, s - 4) : s].rstrip().endswith(",")
                and _EARLIER_DATE.search(text, 0, s)
            ):
                sign = -sign  # "in 1991, a year before it seceded": it seceded in 1992
            elif _DATE_AHEAD.match(text, e):
                ahead = True  # "three weeks before its signing in Paris on 14 December"
            elif (thing := _THING_NEXT.match(text, e)) is not None and (
                thing.group(1).lower() in PUNCTUAL_NOUNS
            ):
                refers = thing.group(1).lower()  # "Eleven days after the agreement was made"
            else:
                return None  # "two years after the war": anchored on the war, not a date
        if direction == "on" and _ON_DATE.match(text, e):
            return None
        if direction == "into":
            into = _INTO_EVENT.match(text, e)
            if into is None:
                return None
            e = into.end()  # the phrase is "Ten months into the war"
        approx = _APPROX_BEFORE.search(text, max(0, s - 16), s)
        if approx is not None:
            s = approx.start()  # "some three weeks before"
        raw = _Raw(
            s,
            e,
            "anchored",
            count=None if n is None else sign * n,
            unit=g("rel_u").lower(),
            relative=True,
            approx=approx is not None,
            ahead=ahead,
            to_the_day=g("rel_day") is not None,
            half=g("rel_half") is not None or g("rel_half_after") is not None,
            refers=refers,
        )
    elif kind == "the":
        w = (g("the_w") or g("the_d")).lower()
        sign = {"previous": -1, "preceding": -1, "before": -1, "same": 0}.get(w, 1)
        unit = g("the_u") or g("the_u2")
        raw = _Raw(s, e, "anchored", count=sign, unit=unit.lower(), relative=True)
    elif kind == "that":
        unit = g("that_u") or g("that_u2") or g("that_u3") or g("that_u4")
        raw = _Raw(s, e, "anchored", count=0, unit=unit.lower(), relative=True)
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


def _alone_in_parens(text: str, a: _Raw, b: _Raw) -> bool:
    return text[a.start - 1 : a.start] == "(" and text[b.end : b.end + 1] == ")"


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
            cue = _RANGE_CUE.search(text, max(0, a.start - 40), a.start)
            if (
                (cue is not None and (gap != "and" or cue.group(1).lower() == "between"))
                or gap in ("-", "–", "—", "")
                # "(September 1814 to February 1815)": parentheses that hold a span alone
                or (gap in ("to", "until", "through") and _alone_in_parens(text, a, b))
                # "on February 29 and March 1, 1992", "in April and May 1990": one event
                or (
                    gap == "and"
                    and _consecutive(a, b, text)
                    and not _RESPECTIVELY.match(text, b.end)
                )
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
        if (
            b is not None
            and a.kind == "abs" == b.kind
            and a.end_parts is None
            and a.precision == b.precision
            and text[a.end : b.start].strip() in ("and", "or")
            and (year := _shared_year(a, b)) is not None
        ):
            # "in April and June 1990": the year said once is both months'
            a.year, a.relative = year, False
        out.append(a)
        i += 1
    return out
