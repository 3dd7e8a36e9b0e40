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
from ._patterns import _RANK, _UNIT_PRECISION, PRECISIONS
from ._scan import _Raw


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
