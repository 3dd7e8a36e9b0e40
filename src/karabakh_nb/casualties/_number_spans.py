"""How the numbers of a casualty sentence stand to each other (split from ``_figures``).

:func:`_year_span` finds the years of a span ("1932-1935"), :func:`_only_years_between`
whether only years stand between two figures ("... in 2014 and 2,000 in 2015"),
:func:`_participle_of` whether a verb is the participle of the number before it ("38,839
killed 20,128 captured"), and :func:`_a_rate` whether a figure is a rate ("3,000 a day").
"""

from __future__ import annotations

import re

from ..numbers import NumberMention

_YEAR_JOIN = re.compile(r"\s*(?:[–—-]|to)\s*")


def _year_span(text: str, numbers: list[NumberMention], index: int) -> bool:
    """True when a bare year is one end of a span of years ("1932-1935", "1975 to 1990")."""
    number = numbers[index]
    if not number.maybe_year or number.qualifier != "exact":
        return False
    low = numbers[index - 1] if index else None
    high = numbers[index + 1] if index + 1 < len(numbers) else None
    return bool(
        (low is not None and low.maybe_year and _YEAR_JOIN.fullmatch(text, low.end, number.start))
        or (
            high is not None
            and high.maybe_year
            and _YEAR_JOIN.fullmatch(text, number.end, high.start)
        )
    )


def _only_years_between(numbers: list[NumberMention], last: NumberMention, index: int) -> bool:
    """True when only years stand between ``last`` and ``numbers[index]``.

    "1,000 people were killed in 2014 and 2,000 in 2015": the second figure repeats the
    predicate of the first, past the year.
    """
    k = index - 1
    while k >= 0 and numbers[k] is not last:
        if not numbers[k].maybe_year:
            return False
        k -= 1
    return k >= 0


def _participle_of(text: str, before: NumberMention, at: int) -> bool:
    """True when the verb at ``at`` follows the number before it: "300 killed 50 captured"."""
    return before.end <= at and not text[before.end : at].strip()


# "wounded 65,000–66,000 captured": a figure with a participle of its own after it is no
# object of the verb before it (an infobox run, "unknown number of wounded").
_OWN_PARTICIPLE = re.compile(r"\s+(?-i:[a-z]{3,}ed)\b")


# "losing up to 3,000 men a day", "50 civilians were killed every day": a rate, no toll
# ("in a day", "within a week" and "a day later" are no rates; a later figure ends it).
_RATE = re.compile(
    r"[^.;:!?\d]{0,60}?(?<!\bin)(?<!within)(?<!\bfor)(?<!over)(?<!after)(?<!than)(?<!\bof)"
    r"\s(?:a|per|every|each)\s+(?:day|night|week|month|year)\b"
    r"(?!\s+(?:later|earlier|before|after|of\b))"
    r"|[^.;:!?\d]{0,60}?\s(?:daily|weekly|monthly)\b(?!\s+(?:newspaper|paper|report|briefing))",
    re.IGNORECASE,
)


def _a_rate(text: str, number: NumberMention) -> bool:
    """True when the figure counts people per day, week, month or year."""
    return _RATE.match(text, number.end) is not None
