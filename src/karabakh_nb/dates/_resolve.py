"""Resolving read mentions to ISO 8601 dates at their precision.

What belongs here: :class:`DateMention` (the result), formatting and reading ISO
dates at a precision, reading the publication date, and the resolution of each
kind of raw mention: absolute ones (a missing year from the anchor or the
publication date), ones anchored on the preceding date, and ones relative to the
publication date. Date arithmetic uses ``dateutil.relativedelta``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from ..errors import UsageError
from ._patterns import _RANK, _UNIT_PRECISION, MAX_YEAR, MIN_YEAR, PRECISIONS
from ._scan import _no_such_day, _Raw


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
        raise UsageError(f"as_of {as_of!r} is no date; use YYYY-MM-DD, e.g. 2021-02-15") from None


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


def _day(year: int, month: int | None, day: int | None) -> dt.date | None:
    """The first day a mention covers in ``year``, or None when the calendar has none."""
    try:
        return dt.date(year, month or 1, day or 1)
    except ValueError:  # 29 February in a year that has none, year 0
        return None


def _missing(year: int, month: int | None, day: int | None) -> str:
    return _no_such_day(year, month or 1, day or 1) or f"year {year} is not in the calendar"


#: ``(date, end_date, needs_as_of, problem)``: ``problem`` says why there is no date.
_Resolved = tuple[str | None, str | None, bool, str | None]


def _resolve_abs(
    raw: _Raw, anchor: DateMention | None, as_of: dt.date | None, forward: bool = False
) -> _Resolved:
    """Return ``(date, end_date, needs_as_of, problem)`` of an absolute mention.

    A day and month without a year take the anchor's year (the next one when ``forward``,
    the anchor in the same sentence, has a later month; a year earlier if that would
    pass ``as_of``), else the latest year not after ``as_of`` that has the day ("29
    February" read on 2021-02-15 is 2020-02-29); ``problem`` names a day the calendar
    does not have in the year taken ("29 February" after "In 2021").
    """
    needs = False
    if raw.year is not None:
        year = raw.year
    elif anchor is not None and anchor.date is not None:
        since = to_date(anchor.date)
        year = since.year
        if forward and anchor.precision in ("month", "day") and (raw.month or 13) < since.month:
            # A clause narrates forward: "in May 1998 ... recaptured it in February" is 1999.
            year += 1
        first = _day(year, raw.month, raw.day)
        if first is not None and as_of is not None and first > as_of:
            year -= 1  # never later than the publication date
    elif as_of is not None:
        needs = True
        # The latest such day not after as_of; 29 February can be eight years back.
        year = as_of.year
        for back in range(9):
            first = _day(as_of.year - back, raw.month, raw.day)
            if first is not None and first <= as_of:
                year = as_of.year - back
                break
    else:
        return None, None, True, None
    if _day(year, raw.month, raw.day) is None:
        return None, None, needs, _missing(year, raw.month, raw.day)
    date = _iso_parts(year, raw.month, raw.day, raw.precision)
    end = None
    if raw.end_parts is not None:
        ey, em, ed = raw.end_parts
        ey = ey if ey is not None else year
        if _day(ey, em, ed) is None:
            return None, None, needs, _missing(ey, em, ed)
        end = _iso_parts(ey, em, ed, raw.end_precision or "year")
    return date, end, needs, None


def _in_range(day: dt.date) -> bool:
    return MIN_YEAR <= day.year <= MAX_YEAR


_OUT_OF_RANGE = f"it falls outside the years {MIN_YEAR}-{MAX_YEAR} that dates are read in"


def _resolve_anchored(
    raw: _Raw, anchor: DateMention | None
) -> tuple[str | None, str | None, str | None]:
    """Return ``(date, precision, problem)`` of a phrase anchored on the preceding date.

    ``problem`` says why there is none: the shift leaves the years read as dates ("999
    decades later").
    """
    if anchor is None or anchor.date is None or raw.count is None or raw.unit is None:
        return None, None, None
    later = raw.count > 0
    base_iso = anchor.end_date if later and anchor.end_date else anchor.date
    base_precision = anchor.precision or "year"
    if base_iso != anchor.date:
        base_precision = _precision_of(base_iso)
    precision = (
        base_precision if raw.to_the_day else _coarser(base_precision, _UNIT_PRECISION[raw.unit])
    )
    if raw.approx:
        precision = _coarser(precision, "month")  # "some three weeks before": not a day
    day = _shift_safely(to_date(base_iso), raw.count, raw.unit)
    if day is not None and raw.half and raw.unit in _HALF:
        # "four and a half months later": half a unit more; "a year and a half later"
        # after January 1990 is July 1991 (six months give a month's precision)
        count, unit, half_precision = _HALF[raw.unit]
        day = _shift_safely(day, count if raw.count >= 0 else -count, unit)
        if not raw.to_the_day and not raw.approx:
            precision = _coarser(base_precision, half_precision)
    if day is None:
        return None, None, _OUT_OF_RANGE
    return format_date(day, precision), precision, None


# Half of a unit in a smaller one, and the precision it gives (half a day or a week
# gives no day; half a month, about fifteen days, no day either).
_HALF = {
    "month": (15, "day", "month"),
    "year": (6, "month", "month"),
    "decade": (5, "year", "year"),
}


def _shift_safely(base: dt.date, count: int, unit: str) -> dt.date | None:
    """``_shift``, or None when the result is outside ``MIN_YEAR``-``MAX_YEAR``."""
    try:
        day = _shift(base, count, unit)
    except (ValueError, OverflowError):  # beyond year 1-9999
        return None
    return day if _in_range(day) else None


def _precision_of(iso: str) -> str:
    return PRECISIONS[2 - iso.count("-")]


def _resolve_pub(raw: _Raw, as_of: dt.date) -> tuple[str | None, str | None, str | None]:
    """Return ``(date, precision, problem)`` of a phrase relative to the publication date."""
    if raw.weekday is not None:
        back = (as_of.weekday() - raw.weekday) % 7
        try:
            if raw.weekday_mode == "next":
                day = as_of + dt.timedelta(days=(raw.weekday - as_of.weekday()) % 7 or 7)
            else:
                if raw.weekday_mode == "last" and back == 0:
                    back = 7
                day = as_of - dt.timedelta(days=back)
        except OverflowError:  # a week before 0001-01-07 or after 9999-12-25
            return None, None, _OUT_OF_RANGE
        return day.isoformat(), "day", None
    if raw.unit is None and raw.month is not None:  # last/this/next December
        year = as_of.year
        if raw.weekday_mode == "last" and raw.month >= as_of.month:
            year -= 1
        elif raw.weekday_mode == "next" and raw.month <= as_of.month:
            year += 1
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None, None, _OUT_OF_RANGE
        return f"{year:04d}-{raw.month:02d}", "month", None
    if raw.count is None or raw.unit is None:
        return None, None, None
    precision = _UNIT_PRECISION[raw.unit]
    shifted = _shift_safely(as_of, raw.count, raw.unit)
    if shifted is None:
        return None, None, _OUT_OF_RANGE
    return format_date(shifted, precision), precision, None
