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
by an optional scale word ("1.2 million", "2 lakh", "1.5 crore") or its abbreviation
("1.9 mln", "1.5bn", "40k troops", "rose to 1.9m."), a whole and a half or a quarter
("1 1/2 million", "2½ thousand"); number words up to the billions
("two", "forty-four", "three hundred and fifty", "one million", "a thousand",
"two-and-a-half thousand", "half a million", "a dozen", "two dozen", "a score of"; the
last four are round by nature, so ``approx``, as is "300-odd"; a bare
"million" after a qualifier or "the": "an estimated million", "the million war dead");
percentages ("85%", "85 percent", "85 per cent"); the words live in :mod:`.number_words`,
ranges ("4-6 million", "between two and three thousand") in :mod:`.number_ranges`.
Vague quantities ("hundreds", "thousands of", "dozens", "several") are not numbers.
Ordinals ("21st"), digits glued to letters or after "/" are skipped, and so is money:
after a symbol ("$5 million", "£2bn") or a currency code ("USD 3 mln") and before a
currency word ("4 million euros"); the codes and words are ``lexicon/currencies.txt``.

Figures are validated where they are read: a figure above :data:`MAX_FIGURE` (10^10,
more than the people on Earth; "10^22 soldiers" or a 400-digit run is a scraping
artefact, never a count) and a percentage above 100 (no share of a whole is larger)
are not numbers here. :func:`find_implausible_numbers` lists what was left out, so
``check`` can report it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ._first_chars import whole_words
from .lexicon import read_words
from .number_ranges import _ranges
from .number_words import (
    _FRACTION,
    _LOOSE_WORDS,
    _PARTS,
    _SCALE_W,
    _WORD_VALUES,
    _WORDNUM,
    _alternation,
    _as_number,
    _fraction_value,
    _scale_value,
    _words_value,
)
from .number_words import (
    WORD_VALUES as WORD_VALUES,
)

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

_QUALIFIER_WORDS = {
    "approx": (
        "about", "around", "some", "roughly", "nearly", "almost", "approximately", "approx.",
        "approx", "circa", "ca.", "c.", "est.", "an estimated", "estimated", "close to",
        "just under", "an approximate", "near to", "closer to", "nearer to",
    ),
    "at_least": (
        "at least", "more than", "over", "in excess of", "upwards of", "upward of",
        "no fewer than",
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


# Thousands by commas, also the Indian way ("1,40,802": lakhs and crores by pairs).
# Also thousands by dots ("2.000 soldiers", never before a scale word or "%"), by spaces
# ("17 000", "17\u202f000", also before a comma or a full stop: "17 000, while") and a
# decimal comma before a scale word ("3,2 million").
_NOT_SCALED = rf"(?!\s*(?:%|per\s*cent|percent|{_SCALE_W})|[\d.,])"
# A thousands group after a comma and a space ("90, 014", a typesetting slip), never a
# day after a month ("May 12, 300 soldiers") nor a list of small figures ("1, 2, 345").
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
)  # fmt: skip
_NOT_AFTER_MONTH = "".join(rf"(?<!{m}\s)(?<!{m}\.\s)" for m in _MONTHS)
# Its first digit is looked for before the 48 lookbehinds: the pattern is tried at every
# word of a passage, and the lookbehinds at each one cost most of its search.
_SPACED_COMMA = (
    rf"(?=[1-9]){_NOT_AFTER_MONTH}(?<!\d,\s)[1-9]\d{{1,2}}(?:,\x20\d{{3}})+"
    r"(?![\d.,%]|\s*,\s*\d|\s*(?:per|%))"
)
_DIGITNUM = (
    # A whole and a half or a quarter: "1 1/2 million", "2½ thousand".
    rf"(?:[1-9]\d{{0,2}}(?:\s+[13]/4|\s+1/2|[½¼¾])(?![\d/])|{_SPACED_COMMA}|"
    r"[1-9]\d{0,2}(?:\.\d{3})+"
    + _NOT_SCALED
    + r"|[1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d|[.,]\d)"
    + r"|\d{1,3},\d{1,2}(?=\s+(?:million|billion)\b)|\d{1,2},\d{1,2}(?=\s*%)"
    + r"|(?:\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d{1,2}(?:,\d\d)+,\d{3}(?!\d|,\d)|\d+)(?:\.\d+)?)"
)
# What makes a bare scale word one of it: "the million war dead", "another million".
_ONE_SCALE = re.compile(r"\b(?:the|another|a\s+further|an\s+additional)\s+$", re.IGNORECASE)
_DOTTED_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_SPACED = re.compile(r"[ \u00a0\u202f\u2009]")

_PATTERN_TEXT = (
    rf"(?<![\w$€£¥.,/])"
    rf"(?:(?P<qual>{_alternation(list(_QUALIFIER_OF))})\s+|(?P<sym>[<>≤≥~])\s*)?"
    rf"(?:\b(?P<frac>{_FRACTION})|(?P<digits>{_DIGITNUM})(?:\s+(?P<scale>{_SCALE_W})\b"
    # "1.9 mln", "1.5bn"; glued "m" and "k" before a plural or at a clause's end ("40k troops",
    # "rose to 1.9m."), never before another word ("a 10m wall": metres).
    r"|\s?(?P<abbr>bln|mln|bn|mn)\b|(?P<abbr1>m|k)(?=\s+(?:people|[a-z]+s)\b|[.,;:)](?!\w)|$))?"
    rf"|\b(?P<words>{_WORDNUM})\b)"
    r"(?P<pct>\s*%|\s+per\s*cent\b|\s+percent\b)?"
    # "300-odd soldiers", "300 odd soldiers": about 300.
    r"(?P<trail>\s+or\s+(?:more|so|fewer|less)\b|\+(?![\w\d])|-plus\b|[\s-]odd\b)?"
)
# Searching lower-cased text case-sensitively is several times faster than IGNORECASE;
# the latter is kept for the rare text whose length lower() changes ("İ").
_PATTERN = re.compile(_PATTERN_TEXT)
_PATTERN_ANY_CASE = re.compile(_PATTERN_TEXT, re.IGNORECASE)
# A text that groups thousands by commas ("1,262 wounded") groups none by a plain space:
# "Total: 71 291 dead" is two figures, not 71291 (a thin space still groups: "17\u202f000").
_COMMA_GROUPED = re.compile(r"\d,\d{3}(?!\d)")
# (not a group that opens on 0, which no figure does: "17 000 and 1,200" is 17000)
_SPACE_GROUPED = re.compile(r"\d[ \u00a0][1-9]\d{2}(?!\d)")
_ZERO_GROUP = re.compile(r"\d[ \u00a0]0\d{2}(?!\d)")
_COMMA_TEXT = _PATTERN_TEXT.replace(r"[ \u00a0\u202f\u2009]\d{3}", r"[\u202f\u2009]\d{3}")
_PATTERN_COMMAS = re.compile(_COMMA_TEXT)
_PATTERN_COMMAS_ANY_CASE = re.compile(_COMMA_TEXT, re.IGNORECASE)
_AFTER = re.compile(r"(-|–)?\s*([A-Za-z][\w'’]*)")
# Cheap test for "may hold a number": digits or a number word (run on lower-cased text),
# two searches that each open with a plain character or class (see _first_chars).
_ANY_DIGIT = re.compile(r"\d")
_ANY_NUMBER_WORD = re.compile(
    whole_words(
        sorted(
            {*_WORD_VALUES, "hundred", "thousand", "million", "billion", "dozen", "score", *_PARTS}
        )
    )
)


def _may_hold_number(lowered: str) -> bool:
    return _ANY_DIGIT.search(lowered) is not None or _ANY_NUMBER_WORD.search(lowered) is not None


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


def has_number(text: str) -> bool:
    """Return True when ``text`` may hold a number (digits or a number word); cheap."""
    return _may_hold_number(text.lower())


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
_ABBREVIATED_SCALES = {
    "k": "thousand", "m": "million", "mn": "million", "mln": "million", "bn": "billion",
    "bln": "billion",
}  # fmt: skip
_MIXED = re.compile(r"(\d+)(?:\s+([13])/([24])|([½¼¾]))")
_VULGAR = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
#: Currency codes before a figure and currency words after it: money, never a count.
_MONEY_WORDS = read_words("currencies")
_WORD_BEFORE = re.compile(r"([a-z]+)\.?\s+$", re.IGNORECASE)


def _is_money(text: str, number_start: int, unit: str | None) -> bool:
    """True for "USD 3 million", "Rs 2 lakh", "4 million euros"."""
    if unit is not None and unit.lower() in _MONEY_WORDS:
        return True
    before = _WORD_BEFORE.search(text, max(0, number_start - 6), number_start)
    return before is not None and before.group(1).lower() in _MONEY_WORDS


def _digits_value(digits: str, scale: str | None, percent: bool = False) -> float | None:
    """The value of a figure in digits, or None when it is over :data:`MAX_FIGURE`."""
    if _DOTTED_THOUSANDS.fullmatch(digits) and not scale and not percent:
        digits = digits.replace(".", "")
    elif _DECIMAL_COMMA.fullmatch(digits) and (scale or percent):  # "3,2 million", "31,9%"
        digits = digits.replace(",", ".")
    mixed = _MIXED.fullmatch(digits)
    if mixed:  # "1 1/2 million", "2½"
        whole_part, num, den, vulgar = mixed.groups()
        part = _VULGAR[vulgar] if vulgar else Decimal(num) / Decimal(den)
        value = float((Decimal(whole_part) + part) * (_scale_value(scale) if scale else 1))
        return value if value <= MAX_FIGURE else None
    plain = _SPACED.sub("", digits).replace(",", "")  # "17 000", "90, 014": by spaces
    whole = plain.split(".", 1)[0].lstrip("0")
    if len(whole) > _MAX_DIGITS:
        return None
    # In decimal: "8.3 million" is 8300000, not the float product 8300000.000000001.
    value = float(Decimal(plain) * _scale_value(scale)) if scale else float(plain)
    return value if value <= MAX_FIGURE else None


def _scan(text: str) -> tuple[list[NumberMention], list[ImplausibleNumber]]:
    if not text:
        return [], []
    lowered = text.lower()
    if not _may_hold_number(lowered):
        return [], []
    commas = bool(
        _SPACE_GROUPED.search(lowered)
        and _COMMA_GROUPED.search(lowered)
        and not _ZERO_GROUP.search(lowered)
    )
    if len(lowered) == len(text):
        matches = (_PATTERN_COMMAS if commas else _PATTERN).finditer(lowered)
    else:
        matches = (_PATTERN_COMMAS_ANY_CASE if commas else _PATTERN_ANY_CASE).finditer(text)
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
            abbr = match.group("abbr") or match.group("abbr1")
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
            if words.lower() in ("million", "billion") and not (
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
            if key.endswith("odd"):
                qualifier = "approx"
            else:
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
        # The whole word after the figure ("Euro-Africans" is a people, not "euro").
        money_unit = unit if tail and text[tail.end() : tail.end() + 1] != "-" else None
        if not match.group("pct") and _is_money(text, number_start, money_unit):
            continue
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
