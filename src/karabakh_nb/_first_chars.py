r"""A lookahead on the characters a regular expression's match can start with.

Python's engine tries the alternatives of an alternation one after the other at each
position, and an alternative that opens with an optional word, a lookbehind or a list of
month names costs tens of steps before it fails on a character it could never start
with. :func:`guarded` puts a one-character test before each alternative
(``(?=[\dFfBb])``): the alternative is skipped at once where its first character cannot
be, and where it can be the match is the same as without the test.

The test is computed from the pattern's parse: every character a match could start with
is in it (a lookbehind, ``\b`` or other zero-width item is passed over, an optional item
adds its own first characters to those after it), so it only ever lets through more than
the alternative could match. An alternative that may match the empty string, or whose
first character could be any, gets no test.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["first_guard", "guarded", "whole_words"]

try:  # CPython 3.11+ internals; elsewhere no test is added (the patterns stay as given)
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _parser = None

_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


class _Any(Exception):
    """A match may start with any character: no test."""


def _char(code: int) -> str:
    return re.escape(chr(code))


def _class_items(items: list[tuple[Any, Any]]) -> list[str]:
    out: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.append(_char(av))
        elif name == "RANGE":
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            out.append(_CATEGORIES[str(av)])
        else:  # a negated class, or anything else: any character
            raise _Any
    return out


def _first(seq: Any, folded: bool, out: dict[bool, list[str]]) -> bool:
    """Add the first characters of ``seq`` to ``out`` (per case folding); True if nullable."""
    for op, av in seq:
        name = str(op)
        if name == "LITERAL":
            out[folded].append(_char(av))
            return False
        if name == "IN":
            out[folded].extend(_class_items(av))
            return False
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width: the characters after it start the match
        if name == "SUBPATTERN":
            _, add, remove, sub = av
            inner = (folded or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            if not _first(sub, inner, out):
                return False
            continue
        if name == "ATOMIC_GROUP":
            if not _first(av, folded, out):
                return False
            continue
        if name == "BRANCH":
            nullable = False
            for alternative in av[1]:
                nullable = _first(alternative, folded, out) or nullable
            if not nullable:
                return False
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, sub = av
            if not _first(sub, folded, out) and low > 0:
                return False
            continue
        raise _Any  # any character, a back reference, a conditional group
    return True


def first_guard(pattern: str, flags: int = 0) -> str:
    r"""A lookahead passing every character a match of ``pattern`` can start with.

    ``""`` when the pattern may match the empty string or start with any character.

    Example:
        >>> first_guard(r"(?:[Ff]rom\s+)?\b\d{1,2} May")
        '(?=[Ff\\d])'
    """
    if _parser is None:  # pragma: no cover
        return ""
    out: dict[bool, list[str]] = {False: [], True: []}
    try:
        if _first(_parser.parse(pattern, flags), bool(flags & re.IGNORECASE), out):
            return ""
    except (_Any, re.error):  # re.error: a reference to a group of another alternative
        return ""
    plain = "".join(dict.fromkeys(out[False]))
    folded = "".join(dict.fromkeys(out[True]))
    if plain and folded:
        return f"(?=[{plain}]|(?i:[{folded}]))"
    return f"(?=[{plain}])" if plain else f"(?=(?i:[{folded}]))"


def guarded(alternatives: list[str], flags: int = 0) -> str:
    """``"|".join(alternatives)``, each alternative after its :func:`first_guard`.

    The alternatives must be whole (their groups closed): each is tested on its own.
    """
    return "|".join(first_guard(alt, flags) + alt for alt in alternatives)


def whole_words(words: list[str]) -> str:
    r"""``\b(?:w1|w2|...)\b`` for plain words, as one branch per first letter.

    Each branch opens with its letter, so the engine skips the positions no word starts
    at without entering the pattern; the word's start is tested after that letter
    (``\bten`` as ``t(?<!\wt)en``). The words keep their order within a letter, so each
    match is the one the plain alternation gives.

    Example:
        >>> whole_words(["Front", "Force", "Army"])
        '(?:F(?<!\\wF)(?:ront|orce)\\b|A(?<!\\wA)(?:rmy)\\b)'
    """
    if not all(word.isalnum() for word in words):
        raise ValueError("plain words only (letters and digits)")
    firsts = list(dict.fromkeys(word[0] for word in words))
    branches = (
        f"{c}(?<!\\w{c})(?:{'|'.join(w[1:] for w in words if w[0] == c)})\\b" for c in firsts
    )
    return "(?:" + "|".join(branches) + ")"
