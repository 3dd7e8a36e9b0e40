"""Small text helpers shared by the extractors: sentence splitting and normalising.

Answers are scraped passages; the extractors read them one sentence at a time so
that every fact row can quote the sentence it came from (its ``evidence``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "sentences"]

# Words that end with a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "no",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "approx",
        "est",
        "fig",
        "pop",
        "ca",
        "pp",
        "vol",
        "maj",
        "brig",
        "adm",
        "lieut",
        "govt",
        "dept",
        "mt",
        "incl",
        "excl",
        "esp",
        "resp",
        "ibid",
        "viz",
        "cf",
    ]
)

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+|$)")


@dataclass(frozen=True)
class Sentence:
    """One sentence of an answer, with its character span in that answer."""

    text: str
    start: int
    end: int


_PLAIN_WORD = re.compile(r"[a-z]{4,}[\"'”’)]*|\d{3,}[\"'”’)]*")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
_NEXT_CHAR = re.compile(r"\s*(\S)")
_BEFORE_FIGURE = frozenset({"c", "ca", "est", "approx"})
# No abbreviation is longer than this: a full stop after a longer word is looked at
# only this far back, so a passage of one endless "word" stays linear.
_LONGEST_WORD = 40


def _is_abbreviation(text: str, dot: int) -> bool:
    """Return True when the full stop at ``dot`` ends an abbreviation, not a sentence."""
    if text[dot] != ".":
        return False
    # The word before the stop: what follows the last space within reach (split on the
    # same spaces as str.isspace, in one call rather than a step per character).
    chunk = text[max(0, dot - _LONGEST_WORD) : dot]
    if not chunk or chunk[-1].isspace():
        return False
    word = chunk.rsplit(None, 1)[-1].lstrip("\"'(“‘[")
    if not word:
        return False
    if word.lower() in _ABBREVIATIONS:
        return True
    # "c. 10,000 killed", "est. 3,000": a qualifier's stop before the figure it qualifies.
    if word.lower() in _BEFORE_FIGURE and (nxt := _NEXT_CHAR.match(text, dot + 1)):
        return nxt.group(1).isdigit()
    # Initials and dotted acronyms: "U.S.", "U.N.", "J."
    if len(word) <= 6 and _INITIALS.fullmatch(word) and len(word.replace(".", "")) <= 3:
        return word[-1].isupper() or "." in word
    # A following lower-case word means the sentence goes on ("approx. 30"), unless the word
    # before the stop is a plain word or number no abbreviation looks like: scraped text
    # often opens a sentence in lower case ("... in 1979. tensions peaked in May").
    nxt = _NEXT_CHAR.match(text, dot + 1)
    if nxt is None or not nxt.group(1).islower():
        return False
    return not _PLAIN_WORD.fullmatch(word)


def _closes_abbreviation(text: str, match: re.Match[str]) -> bool:
    """An abbreviation's stop before a bracket, the sentence going on: "(2009 est.) 405,210"."""
    mark = match.group(0)
    if mark[0] != "." or mark[1:].strip(")]") or len(mark) == 1:
        return False
    nxt = _NEXT_CHAR.match(text, match.end())
    if nxt is None or nxt.group(1).isupper():
        return False
    return _is_abbreviation(text, match.start())


def sentences(text: str) -> list[Sentence]:
    """Split a passage into sentences, keeping each one's span.

    Args:
        text: A clean answer passage.

    Returns:
        The sentences in order; their ``text`` is stripped of surrounding space.

    Example:
        >>> [s.text for s in sentences("The U.S. agreed. Russia did not.")]
        ['The U.S. agreed.', 'Russia did not.']
    """
    out: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        mark = match.group(0)
        if len(mark) == 1:
            if mark == "." and _is_abbreviation(text, match.start()):
                continue
        elif mark[0] == "." and _closes_abbreviation(text, match):
            continue
        end = match.end()
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            offset = start + (len(chunk) - len(chunk.lstrip()))
            out.append(Sentence(stripped, offset, offset + len(stripped)))
        start = end
    tail = text[start:]
    if tail.strip():
        offset = start + (len(tail) - len(tail.lstrip()))
        out.append(Sentence(tail.strip(), offset, offset + len(tail.strip())))
    return out
