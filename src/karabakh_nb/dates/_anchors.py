"""Which date a relative mention is anchored on, for :func:`karabakh_nb.dates.find_dates`.

What belongs here: the tests that keep a mention from being the anchor of the phrases
after it (a period of years labelling a name) and that pick another anchor for a phrase
naming the same day ("Earlier that day": the last single day said, not a span or a year).
"""

from __future__ import annotations

from ._patterns import _UNIT_PRECISION
from ._resolve import DateMention
from ._scan import _Raw


def _period_label(text: str, raw: _Raw) -> bool:
    """True for a span of years filling parentheses: a name's period, not the text's time.

    "occupied it during the Opium War (1840-1842). It was ceded the next year": the
    next year is the one after 1841 ("signed it (4 May 1920)" still dates the story).
    """
    return (
        raw.end_parts is not None
        and raw.precision == "year"
        and text[raw.start - 1 : raw.start] == "("
        and text[raw.end : raw.end + 1] == ")"
    )


def _same_day_anchor(
    raw: _Raw, last: DateMention | None, day: DateMention | None
) -> DateMention | None:
    """The anchor of ``raw``: ``last``, or for "that day" the last single day said before it.

    "On 21 November 1920 the police, a force in Ireland from 1822 until 1922, opened fire.
    Earlier that day ...": a phrase naming the same day refers to a day, not to a year.
    """
    if (
        raw.count == 0
        and raw.unit is not None
        and _UNIT_PRECISION[raw.unit] == "day"
        and day is not None
        and last is not None
        and (last.precision != "day" or last.end_date is not None)
    ):
        return day
    return last
