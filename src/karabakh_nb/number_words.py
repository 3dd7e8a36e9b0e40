"""Number words: "forty-four", "three hundred and fifty thousand", "half a million".

The words and patterns :mod:`karabakh_nb.numbers` reads figures written in words with,
the scale words ("thousand", "million"), and the fractions that name a share of a
whole ("a third of", "two-thirds of", "one in five"). :func:`_words_value` and
:func:`_fraction_value` turn a matched run of words into its value.
"""

from __future__ import annotations

import re

__all__ = ["WORD_VALUES"]


def _alternation(words: list[str]) -> str:
    parts = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts)


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
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "lakh": 100_000, "crore": 10_000_000}  # fmt: skip
#: The scale words after a figure: "3 million", "2 lakh" (Indian: 100,000), "1.5 crores".
_SCALE_W = r"thousand|million|billion|lakhs?|crores?"
_PLURAL_SCALES = frozenset({"lakhs", "crores", "millions", "billions"})
_WORD_VALUES = {"zero": 0, **_ONES, **_TEENS, **_TENS}
#: Number words up to ninety-nine, for other modules' patterns ("two weeks later").
WORD_VALUES = dict(_WORD_VALUES)

_UNIT_W = _alternation(list(_ONES))
_TEEN_W = _alternation(list(_TEENS))
_TENS_W = _alternation(list(_TENS))
_SMALL = rf"(?:(?:{_TENS_W})(?:[-\s](?:{_UNIT_W}))?|{_TEEN_W}|{_UNIT_W}|zero)"
_HUNDREDS = rf"(?:(?:{_SMALL}|a)\s+hundred(?:\s+(?:and\s+)?{_SMALL}(?![-\s]hundred))?)"
_WORDNUM = (
    rf"(?:half\s+a\s+(?:million|billion|dozen)|(?:{_SMALL}|a)\s+dozen(?!\s+(?:{_SCALE_W}))"
    r"|(?:a|one|three)[\s-]+quarters?\s+of\s+a\s+(?:million|billion)"  # "a quarter of a million"
    r"|a\s+score(?=\s+of\b)"  # "a score of villages": twenty
    r"|(?:a|one)\s+(?:million|billion)\s+and\s+a\s+half"  # "a million and a half"
    # "two and a half million", "two-and-a-half thousand"
    rf"|(?:{_SMALL})[\s-]+and[\s-]+a[\s-]+half\s+(?:{_SCALE_W})"
    # "three hundred and fifty millions": an older plural after a number word.
    rf"|(?:{_HUNDREDS}|{_SMALL}|a)(?:(?:\s+|-)(?:{_SCALE_W}|(?<![Aa]\s)(?:millions|billions)\b)"
    rf"(?:\s+(?:and\s+)?(?:{_HUNDREDS}|{_SMALL})(?!\s+(?:{_SCALE_W})))?)?"
    r"|million|billion)"  # "an estimated million", "the million war dead": one million
)
# A fraction of a whole is a share: "a third of", "two-thirds of", "half the population"
# (never "the second half of 1992", "two and a half", "a quarter of a million").
_PARTS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
          "eighth": 8, "tenth": 10}  # fmt: skip
_PART_W = "|".join(_PARTS)
_FRACTION = (
    rf"(?:(?:a|one)[\s-]+(?:{_PART_W})|(?:{_UNIT_W})[\s-]+(?:{_PART_W})s"
    r"|(?=half)(?<!first\s)(?<!second\s)(?<!latter\s)(?<!last\s)(?<!other\s)(?<!final\s)"
    r"(?<!the\s)(?<!and\s)half)"
    r"(?=\s+(?:of|the)\b)(?!\s+of\s+(?:a|one)\s+(?:million|billion))"
    # "half a per cent": a half of one percent.
    r"|half\s+(?:a|one)(?=\s+(?:per\s*cent|percent)\b)"
    # "one in five residents", "nine out of ten Setos": a share (never "two in three days").
    rf"|(?:(?:{_UNIT_W}|[1-9])\s+in|(?:{_UNIT_W}|[1-9])\s+out\s+of)\s+(?:every\s+)?(?:{_UNIT_W}|ten|[2-9]|10)"
    r"(?=\s+[a-z])(?!\s+(?:years?|cases?|days?|weeks?|months?|hours?|minutes?|games?|matches)\b)"
)
# "a dozen", "two dozen", "half a million", "a score of", "a quarter of a million": round
# by nature.
_LOOSE_WORDS = re.compile(
    r"(?:half\s+a|a\s+score)\b|[\w\s-]*\bdozen\b|\w+[\s-]+quarters?\s+of\b", re.IGNORECASE
)


def _words_value(text: str) -> int:
    """Return the value of a run of number words ("three hundred and fifty thousand")."""
    words = re.split(r"[\s-]+", text.lower())
    if words[:3] == ["half", "a", "million"]:
        return 500_000
    if words[:3] == ["half", "a", "billion"]:
        return 500_000_000
    if len(words) == 5 and words[1:4] in (["quarter", "of", "a"], ["quarters", "of", "a"]):
        quarters = 3 if words[0] == "three" else 1  # "a quarter of a million"
        return quarters * _SCALES[words[4]] // 4
    if words == ["half", "a", "dozen"]:
        return 6
    if words == ["a", "score"]:
        return 20
    if len(words) == 5 and words[2:] == ["and", "a", "half"] and words[1] in _SCALES:
        return int(1.5 * _SCALES[words[1]])  # "a million and a half"
    words = [w.removesuffix("s") if w in _PLURAL_SCALES else w for w in words]
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
        elif word == "dozen":
            current = max(current, 1) * 12
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
    if words[0] == "half" and words[-1] in ("a", "one"):
        return 0.5  # "half a per cent"
    count = 1 if words[0] in ("a", "one", "half") else _ONES[words[0]]
    return round(100 * count / _PARTS[words[-1].removesuffix("s")], 1)


def _as_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _scale_value(word: str) -> int:
    """The factor of a scale word after a figure ("million", "lakhs": 100,000)."""
    return _SCALES[word.lower().removesuffix("s")]
