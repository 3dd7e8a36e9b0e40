"""Recognising quantities in English prose: figures, number words and percentages.

This module finds *number mentions* ("more than 1,500", "about 192,000",
"approximately 85%", "forty-four", "more than one million") and reads each one's
value and *qualifier*. It knows nothing about casualties or populations: the
extractors decide what a number counts from the words around it.

Qualifiers (the contract's vocabulary, CONTRACT.md section 3):

* ``approx``: "about", "some", "roughly", "nearly", "approximately", "around",
  "almost", "an estimated", "close to", "circa", and a trailing "or so";
* ``at_least``: "at least", "more than", "over", "in excess of", "upwards of",
  "no fewer than", "just over", and a trailing "or more" or "+";
* ``at_most``: "up to", "fewer than", "less than", "under", "no more than",
  "as many as", "at most", and a trailing "or fewer" / "or less";
* ``exact``: no qualifier.

``majority`` belongs to demographics ("mostly") and is never a number's qualifier.

Forms: digits with thousands separators ("3,456") or decimals ("1.2"), followed
by an optional scale word ("1.2 million"); number words up to the billions
("two", "forty-four", "three hundred and fifty", "one million", "a thousand",
"half a million", "a dozen"; the last two are round by nature, so ``approx``; a bare
"million" after a qualifier or "the": "an estimated million", "the million war dead");
percentages ("85%", "85 percent", "85 per cent").
Vague quantities ("hundreds", "thousands of", "dozens", "several") are not numbers.
Ordinals ("21st"), money ("$5 million"), digits glued to letters or after "/" are skipped.

Figures are validated where they are read: a figure above :data:`MAX_FIGURE` (10^10,
more than the people on Earth; "10^22 soldiers" or a 400-digit run is a scraping
artefact, never a count) and a percentage above 100 (no share of a whole is larger)
are not numbers here. :func:`find_implausible_numbers` lists what was left out, so
``check`` can report it.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal

__all__ = [
    "MAX_FIGURE",
    "MAX_PERCENT",
    "QUALIFIERS",
    "ImplausibleNumber",
    "NumberMention",
    "find_implausible_numbers",
    "find_numbers",
    "has_number",
]

QUALIFIERS = ("exact", "approx", "at_least", "at_most", "majority")
#: The largest figure read as a number (more than the people on Earth).
MAX_FIGURE = 10**10
#: The largest percentage read as a number (a share of a whole).
MAX_PERCENT = 100
# Digits before the decimal point beyond which a figure exceeds MAX_FIGURE whatever its
# scale; checked before any conversion, so a 400-digit run never becomes a float.
_MAX_DIGITS = len(str(MAX_FIGURE))

_ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_WORD_VALUES = {"zero": 0, **_ONES, **_TEENS, **_TENS}
#: Number words up to ninety-nine, for other modules' patterns ("two weeks later").
WORD_VALUES = dict(_WORD_VALUES)

_QUALIFIER_WORDS = {
    "approx": (
        "about", "around", "some", "roughly", "nearly", "almost", "approximately", "approx.",
        "approx", "circa", "ca.", "c.", "est.", "an estimated", "estimated", "close to",
        "just under", "an approximate", "near to", "closer to", "nearer to",
    ),
    "at_least": (
        "at least", "more than", "over", "in excess of", "upwards of", "no fewer than",
        "no less than", "not less than", "a minimum of", "at a minimum", "greater than",
        "just over", "well over", "exceeding", "above", "well above",
    ),
    "at_most": (
        "up to", "fewer than", "less than", "under", "no more than", "not more than",
        "at most", "a maximum of", "as many as", "as much as", "as high as", "below",
        "well under", "well below",
    ),
}  # fmt: skip
_QUALIFIER_OF = {w: q for q, words in _QUALIFIER_WORDS.items() for w in words}
_SYMBOLS = {"<": "at_most", "≤": "at_most", ">": "at_least", "≥": "at_least", "~": "approx"}
_TRAILING = {"or more": "at_least", "or so": "approx", "or fewer": "at_most", "or less": "at_most"}


def _alternation(words: list[str]) -> str:
    parts = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts)


_UNIT_W = _alternation(list(_ONES))
_TEEN_W = _alternation(list(_TEENS))
_TENS_W = _alternation(list(_TENS))
_SMALL = rf"(?:(?:{_TENS_W})(?:[-\s](?:{_UNIT_W}))?|{_TEEN_W}|{_UNIT_W}|zero)"
_HUNDREDS = rf"(?:(?:{_SMALL}|a)\s+hundred(?:\s+(?:and\s+)?{_SMALL}(?![-\s]hundred))?)"
_WORDNUM = (
    rf"(?:half\s+a\s+(?:million|billion)|a\s+dozen"
    r"|(?:a|one)\s+(?:million|billion)\s+and\s+a\s+half"  # "a million and a half"
    rf"|(?:{_SMALL})\s+and\s+a\s+half\s+(?:thousand|million|billion)"  # "two and a half million"
    rf"|(?:{_HUNDREDS}|{_SMALL}|a)(?:(?:\s+|-)(?:thousand|million|billion)"
    rf"(?:\s+(?:and\s+)?(?:{_HUNDREDS}|{_SMALL})(?!\s+(?:thousand|million|billion)))?)?"
    r"|million|billion)"  # "an estimated million", "the million war dead": one million
)
# Thousands by commas, also the Indian way ("1,40,802": lakhs and crores by pairs).
# Also thousands by dots ("2.000 soldiers", never before a scale word or "%"), by spaces
# ("17 000", "17\u202f000") and a decimal comma before a scale word ("3,2 million").
_NOT_SCALED = r"(?!\s*(?:%|per\s*cent|percent|thousand|million|billion)|[\d.,])"
# A thousands group after a comma and a space ("90, 014", a typesetting slip), never a
# day after a month ("May 12, 300 soldiers") nor a list of small figures ("1, 2, 345").
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
)  # fmt: skip
_NOT_AFTER_MONTH = "".join(rf"(?<!{m}\s)(?<!{m}\.\s)" for m in _MONTHS)
_SPACED_COMMA = (
    rf"{_NOT_AFTER_MONTH}(?<!\d,\s)[1-9]\d{{1,2}}(?:,\x20\d{{3}})+"
    r"(?![\d.,%]|\s*,\s*\d|\s*(?:per|%))"
)
_DIGITNUM = (
    rf"(?:{_SPACED_COMMA}|"
    r"[1-9]\d{0,2}(?:\.\d{3})+"
    + _NOT_SCALED
    + r"|[1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,])"
    + r"|\d{1,3},\d{1,2}(?=\s+(?:million|billion)\b)|\d{1,2},\d{1,2}(?=\s*%)"
    + r"|(?:\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d{1,2}(?:,\d\d)+,\d{3}(?!\d|,\d)|\d+)(?:\.\d+)?)"
)
# A fraction of a whole is a share: "a third of", "two-thirds of", "half the population"
# (never "the second half of 1992", "two and a half", "a quarter of a million").
_PARTS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
          "eighth": 8, "tenth": 10}  # fmt: skip
_PART_W = "|".join(_PARTS)
_FRACTION = (
    rf"(?:(?:a|one)[\s-]+(?:{_PART_W})|(?:{_UNIT_W})[\s-]+(?:{_PART_W})s"
    r"|(?<!first\s)(?<!second\s)(?<!latter\s)(?<!last\s)(?<!other\s)(?<!final\s)"
    r"(?<!the\s)(?<!and\s)half)"
    r"(?=\s+(?:of|the)\b)(?!\s+of\s+(?:a|one)\s+(?:million|billion))"
    # "one in five residents", "nine out of ten Setos": a share (never "two in three days").
    rf"|(?:(?:{_UNIT_W}|[1-9])\s+in|(?:{_UNIT_W}|[1-9])\s+out\s+of)\s+(?:every\s+)?(?:{_UNIT_W}|ten|[2-9]|10)"
    r"(?=\s+[a-z])(?!\s+(?:years?|cases?|days?|weeks?|months?|hours?|minutes?|games?|matches)\b)"
)
# What makes a bare scale word one of it: "the million war dead", "another million".
_ONE_SCALE = re.compile(r"\b(?:the|another|a\s+further|an\s+additional)\s+$", re.IGNORECASE)
_DOTTED_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_SPACED = re.compile(r"[ \u00a0\u202f\u2009]")

_PATTERN_TEXT = (
    rf"(?<![\w$€£¥.,/])"
    rf"(?:(?P<qual>{_alternation(list(_QUALIFIER_OF))})\s+|(?P<sym>[<>≤≥~])\s*)?"
    rf"(?:\b(?P<frac>{_FRACTION})|(?P<digits>{_DIGITNUM})(?:\s+(?P<scale>thousand|million|billion)\b"
    r"|(?P<abbr>bn|mn|m|k)(?=\s+(?:people|[a-z]+s)\b))?"
    rf"|\b(?P<words>{_WORDNUM})\b)"
    r"(?P<pct>\s*%|\s+per\s*cent\b|\s+percent\b)?"
    r"(?P<trail>\s+or\s+(?:more|so|fewer|less)\b|\+(?![\w\d])|-plus\b)?"
)
# Searching lower-cased text case-sensitively is several times faster than IGNORECASE;
# the latter is kept for the rare text whose length lower() changes ("İ").
_PATTERN = re.compile(_PATTERN_TEXT)
_PATTERN_ANY_CASE = re.compile(_PATTERN_TEXT, re.IGNORECASE)
_LOOSE_WORDS = re.compile(r"(?:a\s+dozen|half\s+a)\b", re.IGNORECASE)
_AFTER = re.compile(r"(-|–)?\s*([A-Za-z][\w'’]*)")
# Cheap test for "may hold a number": digits or a number word (run on lower-cased text).
_ANY_NUMBER = re.compile(
    r"\d|\b(?:"
    + _alternation([*_WORD_VALUES, "hundred", "thousand", "million", "billion", "dozen", *_PARTS])
    + r")\b"
)


@dataclass(frozen=True)
class NumberMention:
    """One quantity found in a text.

    Attributes:
        value: The number (an ``int`` when whole: ``1.2 million`` is ``1200000``).
        qualifier: ``exact``, ``approx``, ``at_least`` or ``at_most``.
        surface: The text matched, qualifier included ("more than 1,500").
        start: Offset of the first character of ``surface``.
        end: Offset just past ``surface`` (after "%" for a percentage).
        is_percent: True for "85%", "85 percent".
        unit: The word right after the number ("soldiers", "day" in "44-day"), or None.
        compound: True when the number is glued to its unit by a hyphen ("44-day",
            "forty-four-day-long"): a modifier, never a count of anything.
        number_start: Offset where the numeral itself begins (after the qualifier).
        maybe_year: True for a bare four-digit whole number between 1000 and 2100.
    """

    value: int | float
    qualifier: str
    surface: str
    start: int
    end: int
    is_percent: bool = False
    unit: str | None = None
    compound: bool = False
    number_start: int = 0
    maybe_year: bool = False


@dataclass(frozen=True)
class ImplausibleNumber:
    """A figure :func:`find_numbers` left out because no count or share can be that large.

    Attributes:
        surface: The text of the figure, qualifier included ("10,000,000,000,000 soldiers"
            gives "10,000,000,000,000").
        start: Offset of the first character of ``surface``.
        end: Offset just past ``surface``.
        reason: Why it was left out, in words ("over 10,000,000,000", "over 100%").
    """

    surface: str
    start: int
    end: int
    reason: str


def _words_value(text: str) -> int:
    """Return the value of a run of number words ("three hundred and fifty thousand")."""
    words = re.split(r"[\s-]+", text.lower())
    if words[:3] == ["half", "a", "million"]:
        return 500_000
    if words[:3] == ["half", "a", "billion"]:
        return 500_000_000
    if words == ["a", "dozen"]:
        return 12
    if len(words) == 5 and words[2:] == ["and", "a", "half"] and words[1] in _SCALES:
        return int(1.5 * _SCALES[words[1]])  # "a million and a half"
    if words[-4:-1] == ["and", "a", "half"] and words[-1] in _SCALES:
        return int((_words_value(" ".join(words[:-4])) + 0.5) * _SCALES[words[-1]])
    total = 0
    current = 0
    for word in words:
        if word == "and":
            continue
        if word == "a":
            current = 1
        elif word in _WORD_VALUES:
            current += _WORD_VALUES[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
    return total + current


def _fraction_value(text: str) -> float:
    """The share a fraction names, in percent to one decimal ("two-thirds": 66.7)."""
    words = re.split(r"[\s-]+", text.lower())
    if len(words) > 2 and words[1] in ("in", "out"):  # "one in five", "two out of three"
        part, whole = (int(w) if w.isdigit() else _WORD_VALUES[w] for w in (words[0], words[-1]))
        return round(100 * part / whole, 1)
    count = 1 if words[0] in ("a", "one", "half") else _ONES[words[0]]
    return round(100 * count / _PARTS[words[-1].removesuffix("s")], 1)


def _as_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def has_number(text: str) -> bool:
    """Return True when ``text`` may hold a number (digits or a number word); cheap."""
    return bool(_ANY_NUMBER.search(text.lower()))


def find_numbers(text: str) -> list[NumberMention]:
    """Find every quantity in ``text`` with its value and qualifier.

    Figures over :data:`MAX_FIGURE` and percentages over 100 are left out (see
    :func:`find_implausible_numbers`).

    Args:
        text: A sentence or passage.

    Returns:
        The mentions in order of appearance.

    Example:
        >>> [(m.value, m.qualifier) for m in find_numbers("More than 1,500 died; about 60%.")]
        [(1500, 'at_least'), (60, 'approx')]
        >>> find_numbers("more than one million were displaced")[0].value
        1000000
    """
    return _scan(text)[0]


def find_implausible_numbers(text: str) -> list[ImplausibleNumber]:
    """List the figures :func:`find_numbers` leaves out as implausible, in order.

    Example:
        >>> [(m.surface, m.reason) for m in find_implausible_numbers("150% of 10 voted")]
        [('150%', 'a percentage over 100%')]
    """
    return _scan(text)[1]


# "3m refugees", "1.5bn", "40k troops".
_ABBREVIATED_SCALES = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion"}


def _digits_value(digits: str, scale: str | None, percent: bool = False) -> float | None:
    """The value of a figure in digits, or None when it is over :data:`MAX_FIGURE`."""
    if _DOTTED_THOUSANDS.fullmatch(digits) and not scale and not percent:
        digits = digits.replace(".", "")
    elif _DECIMAL_COMMA.fullmatch(digits) and (scale or percent):  # "3,2 million", "31,9%"
        digits = digits.replace(",", ".")
    plain = _SPACED.sub("", digits).replace(",", "")  # "17 000", "90, 014": by spaces
    whole = plain.split(".", 1)[0].lstrip("0")
    if len(whole) > _MAX_DIGITS:
        return None
    # In decimal: "8.3 million" is 8300000, not the float product 8300000.000000001.
    value = float(Decimal(plain) * _SCALES[scale.lower()]) if scale else float(plain)
    return value if value <= MAX_FIGURE else None


def _scan(text: str) -> tuple[list[NumberMention], list[ImplausibleNumber]]:
    if not text:
        return [], []
    lowered = text.lower()
    if not _ANY_NUMBER.search(lowered):
        return [], []
    if len(lowered) == len(text):
        matches = _PATTERN.finditer(lowered)
    else:
        matches = _PATTERN_ANY_CASE.finditer(text)
    out: list[NumberMention] = []
    dropped: list[ImplausibleNumber] = []
    for match in matches:
        digits, words = match.group("digits"), match.group("words")
        loose = False
        value: float
        if match.group("frac"):
            value = _fraction_value(match.group("frac"))
            number_start = match.start("frac")
        elif digits is not None:
            # Ordinals and codes: "21st", "2nd", "A4".
            after = text[match.end("digits") : match.end("digits") + 1]
            abbr = match.group("abbr")
            if (
                match.group("scale") is None
                and not abbr
                and after.isalpha()
                and not match.group("pct")
            ):
                continue
            scale = match.group("scale") or _ABBREVIATED_SCALES.get(abbr or "")
            read = _digits_value(digits, scale, bool(match.group("pct")))
            if read is None:
                dropped.append(_implausible(text, match, f"over {MAX_FIGURE:,}"))
                continue
            value = read
            number_start = match.start("digits")
        else:
            if words.lower() == "a":  # "a" alone is an article, not a number
                continue
            if words.lower() in _SCALES and not (
                match.group("qual") or _ONE_SCALE.search(text, 0, match.start())
            ):
                continue  # a bare "million" is one only after a qualifier or "the"
            value = _words_value(words)
            if value > MAX_FIGURE:
                dropped.append(_implausible(text, match, f"over {MAX_FIGURE:,}"))
                continue
            number_start = match.start("words")
            # "a dozen", "half a million": round by nature ("a thousand" is a plain number).
            loose = bool(_LOOSE_WORDS.match(words))
        qual_text = match.group("qual")
        qualifier = "approx" if loose else "exact"
        if qual_text:
            qualifier = _QUALIFIER_OF[re.sub(r"\s+", " ", qual_text.lower())]
        elif match.group("sym"):
            qualifier = _SYMBOLS[match.group("sym")]  # "<0.1%", ">1,000"
        trail = match.group("trail")
        if trail:
            key = re.sub(r"\s+", " ", trail.strip().lower())
            qualifier = "at_least" if key in ("+", "-plus") else _TRAILING[key]
        if match.group("pct") and value > MAX_PERCENT:
            dropped.append(_implausible(text, match, f"a percentage over {MAX_PERCENT}%"))
            continue
        end = match.end()
        unit = None
        compound = False
        tail = _AFTER.match(text, end)
        if tail:
            compound = tail.group(1) is not None and tail.start(1) == end and not trail
            if compound or tail.group(0)[:1].isspace():
                unit = tail.group(2)
        maybe_year = (
            digits is not None
            and re.fullmatch(r"\d{4}", digits) is not None
            and 1000 <= value <= 2100
            and not match.group("scale")
            and not match.group("pct")
        )
        out.append(
            NumberMention(
                value=_as_number(value),
                qualifier=qualifier,
                surface=text[match.start() : end],
                start=match.start(),
                end=end,
                is_percent=bool(match.group("pct") or match.group("frac")),
                unit=unit,
                compound=compound,
                number_start=number_start,
                maybe_year=maybe_year,
            )
        )
    return _ranges(text, out), dropped


def _implausible(text: str, match: re.Match[str], reason: str) -> ImplausibleNumber:
    return ImplausibleNumber(text[match.start() : match.end()], match.start(), match.end(), reason)


# What joins the two ends of a range: "13,000–20,000", "200-400", "3,000 to 10,000",
# "between A and B". It is matched between the two figures only, so a hyphen needs no
# look-ahead for the digit (one cannot see past the end of the match: "-(?=\d)" never
# matched, and "200-400" was two figures).
_RANGE_JOIN = re.compile(r"\s*(?:[–—-]|to|and)\s*", re.IGNORECASE)
_SCALE_END = re.compile(r"[\s-](thousand|million|billion)$", re.IGNORECASE)
_OR_JOIN = re.compile(r"\s+or\s+", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"(?:between|from)\s+$", re.IGNORECASE)
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)  # "grew by 300 to 2,200": no range


def _scaled_like(low: NumberMention, high: NumberMention) -> NumberMention:
    """``low`` with the scale word of ``high`` when it has none and stays the smaller."""
    scale = _SCALE_END.search(high.surface)
    if scale is None or _SCALE_END.search(low.surface) or low.is_percent != high.is_percent:
        return low
    factor = _SCALES[scale.group(1).lower()]
    if not low.value * factor < high.value:
        return low
    return dataclasses.replace(low, value=_as_number(low.value * factor))


def _ranges(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """Read the two ends of a range as a lower and an upper bound.

    "between 3,200 and 5,000" gives 3,200 ``at_least`` and 5,000 ``at_most``; a dash or
    "to" joins figures directly, "and" only after "between". Years ("1992-1993") and
    ends that do not grow are left as they are.
    """
    out = list(found)
    for i in range(len(out) - 1):
        low, high = out[i], out[i + 1]
        if _OR_JOIN.fullmatch(text, low.end, high.start) and not low.maybe_year:
            # "five or six thousand", "3 or 4 million": two estimates of one scale.
            out[i] = _scaled_like(low, high)
            continue
        join = _RANGE_JOIN.fullmatch(text, low.end, high.start)
        if join is None or low.maybe_year or high.maybe_year:
            continue
        if low.is_percent != high.is_percent and not high.is_percent:
            continue
        opener = _RANGE_OPENER.search(text, max(0, low.start - 9), low.start)
        word = join.group(0).strip().lower()
        by = word == "to" and _BY.search(text, max(0, low.start - 3), low.start)
        if (word == "and" and not opener) or by:
            continue
        scale = _SCALE_END.search(high.surface)
        if scale is not None and not _SCALE_END.search(low.surface):
            # "4–6 million", "1.5 to 2 million": the high end's scale is the low end's too.
            factor = _SCALES[scale.group(1).lower()]
            if low.value * factor < high.value:
                value = float(Decimal(str(low.value)) * factor)
                low = dataclasses.replace(low, value=_as_number(value))
                out[i] = low
        if not low.value < high.value or high.qualifier not in ("exact", "at_most"):
            if high.is_percent and not low.is_percent and opener and low.value <= 100:
                # "dropped from 2.2 to 1.98%": a share's change, no range, both shares.
                out[i] = dataclasses.replace(low, is_percent=True)
            continue
        if high.is_percent and not low.is_percent:
            # "15-20%", "between 15 and 20 percent": the low end is a share too.
            low = dataclasses.replace(low, is_percent=True)
            out[i] = low
        if low.qualifier == "exact":
            out[i] = dataclasses.replace(low, qualifier="at_least")
        out[i + 1] = dataclasses.replace(high, qualifier="at_most")
    return out
