"""The first-character tests put before alternatives change no match, and skip others."""

import re

import pytest

from karabakh_nb._first_chars import first_guard, guarded, whole_words
from karabakh_nb.dates import find_dates
from karabakh_nb.numbers import find_numbers, has_number


@pytest.mark.parametrize(
    ("pattern", "guard"),
    [
        # An optional word and a word boundary are passed over: their characters and the
        # figure's start the match.
        (r"(?:[Ff]rom\s+)?\b\d{1,2} May", r"(?=[Ff\d])"),
        (r"(?<![\d-])\d{4}", r"(?=[\d])"),  # a lookbehind is zero width
        (r"(?:a|b?)c", r"(?=[abc])"),
        (r"(?i:several|a\s+few)\b", r"(?=(?i:[sa]))"),  # folded as the pattern folds it
        (r"x?", ""),  # may match nothing: no test
        (r"[^a]b", ""),  # may start with almost any character: no test
        (r"(?P<y>\d)(?P=y)", r"(?=[\d])"),
    ],
)
def test_first_guard(pattern, guard):
    assert first_guard(pattern) == guard


def test_guarded_alternatives_match_as_before():
    alternatives = [
        r"(?P<range>(?:[Ff]rom\s+)?\b\d{1,2}\s*(?:-|to)\s*\d{1,2}\s+(?:May|June))",
        r"(?P<month>\b(?:May|June)\s+\d{4})",
        r"(?P<rel>\b(?i:a\s+few|two)\s+days\s+later)",
        r"(?P<year>(?<!\d)\d{4})",
    ]
    plain = re.compile("|".join(alternatives))
    fast = re.compile(guarded(alternatives))
    text = (
        "From 3 to 7 May 1999 the Freedonian army held the pass; in June 2001 it left. "
        "A few days later Sylvania signed, and two Days later it was 2003."
    )
    for pos in range(len(text)):
        a, b = plain.match(text, pos), fast.match(text, pos)
        assert (a and (a.span(), a.lastgroup, a.groupdict())) == (
            b and (b.span(), b.lastgroup, b.groupdict())
        )
    # Where no alternative can start, none is tried: the test fails at once.
    assert fast.match(text, text.index("pass")) is None
    assert fast.pattern.startswith("(?=[Ff\\d])(?P<range>")


def test_dates_and_figures_are_read_as_before():
    text = (
        "Between 12 and 14 March 1994 some 2,000 Freedonians fled; on April 3, 1995, "
        "half of the 10,500 residents of Sylvania returned, and three weeks later 300 more."
    )
    assert [(d.surface, d.date) for d in find_dates(text)] == [
        ("Between 12 and 14 March 1994", "1994-03-12"),
        ("April 3, 1995", "1995-04-03"),
        ("three weeks later", "1995-04-24"),
    ]
    # "90, 014": a thousands group after a typeset space, never a day after its month.
    text = (
        "Some 90, 014 Freedonians and half of the 2,000 Sylvanians left; on May 12, 300 "
        "soldiers arrived, and the last half of them stayed."
    )
    assert [(n.surface, n.value) for n in find_numbers(text)] == [
        ("Some 90, 014", 90014),
        ("2,000", 2000),
        ("12", 12),
        ("300", 300),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Freedonia lost ninety soldiers", True),
        ("Sylvania lost 9 soldiers", True),
        ("a tenure in Freedonia", False),  # "ten" inside a word is no number
        ("the Freedonia_ten brigade", False),
        ("Half of Sylvania", True),
        ("a Billion-strong army", True),
        ("no figure at all", False),
    ],
)
def test_has_number_tests_digits_and_whole_number_words(text, found):
    assert has_number(text) is found


def test_whole_words_match_where_the_plain_alternation_does():
    words = ["Brigades", "Brigade", "Front", "Forces", "Army"]
    plain = re.compile(r"\b(?:" + "|".join(words) + r")\b")
    fast = re.compile(whole_words(words))
    text = "The Freedonian Brigades, xFront, the Front's Forces and Sylvanian Armyman Army."
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group() for m in fast.finditer(text)] == ["Brigades", "Front", "Forces", "Army"]
    with pytest.raises(ValueError, match="plain words"):
        whole_words(["al-Qaeda"])


def test_side_nouns_grouped_by_first_letter_match_as_the_plain_list() -> None:
    import re

    from karabakh_nb.rules.generic import _by_first_letter

    alternatives = [r"(?<=\bthe\s)rebels", r"regime", r"(?<=-backed\s)government", r"Rebel\s+army"]
    grouped = re.compile(rf"\b(?:{_by_first_letter(alternatives)})\b", re.IGNORECASE)
    plain = re.compile(rf"\b(?:{'|'.join(alternatives)})\b", re.IGNORECASE)
    text = "The rebel army met the Rebels; the Moscow-backed Government and the regime fell."
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(grouped.finditer(text))) == 4
    assert "(?=(?i:r))" in _by_first_letter(alternatives)
    # an alternative of no single first letter leaves the list as it is
    assert _by_first_letter([r"\d+\s+rebels", "regime"]) == r"\d+\s+rebels|regime"
