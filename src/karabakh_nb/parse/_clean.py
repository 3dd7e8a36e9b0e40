"""Separating scraping artefacts from the clean text of an answer block.

What belongs here: share-widget boilerplate, featured-snippet headers glued
before the passage ("1,234 soldiers The ..."), and truncation. Artefacts are
removed from the answer but kept in their own columns and flagged; nothing is
dropped.
"""

from __future__ import annotations

import re

from ._blocks import _join_lines

_CLOSERS = "\"'”’)]"

# Share-widget boilerplate: "Share All sharing options for: <title>." and its cousins.
_BOILERPLATE = re.compile(
    # The title ends at its first full stop that ends no abbreviation ("Nov. 30, 1939").
    r"Share All sharing options for:\s*.+?"
    r"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Gen|Col|Mrs|Sgt))(?<!\b(?:Capt|Sept))"
    r"(?<!\b(?:Mr|Dr|St|Lt|No|vs|Jr|Sr))[.!?](?=\s|$)"
    r"|\b(?:Share|Tweet|Email|Copy link)(?: on| via| to)? (?:Facebook|Twitter|X|WhatsApp|"
    r"LinkedIn|Reddit|Email)\b[.:]?"
    r"|\bShare this (?:article|story|page)\b[.:]?"
)

# Words that open a sentence; one glued after a short unpunctuated run marks a snippet
# header ("1,234 soldiers The Azerbaijani ..."). Proper nouns mid-sentence rarely start
# with one of these, so the rule stays narrow.
_SENTENCE_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "Since",
        "According",
        "After",
        "Before",
        "During",
        "Following",
        "It",
        "Its",
        "This",
        "These",
        "Those",
        "There",
        "When",
        "While",
        "As",
        "By",
        "For",
        "From",
        "Under",
        "Despite",
        "Although",
        "However",
        "Today",
        "Yesterday",
        "We",
        "He",
        "She",
        "They",
        "Our",
        "His",
        "Her",
        "Their",
        "Both",
        "Many",
        "Most",
        "Some",
        "Each",
        "Together",
        "Between",
        "Until",
        "Over",
        "Officially",
        "Historically",
        "Currently",
        "Originally",
        "Unlike",
        "With",
        "Without",
        "Although",
        "Because",
        "If",
        # sentence adverbs, usually followed by a comma ("over 6,000 killed Ultimately, ...")
        "Ultimately",
        "Eventually",
        "Finally",
        "Initially",
        "Subsequently",
        "Meanwhile",
        "Nevertheless",
        "Overall",
        "Moreover",
        "Furthermore",
        "Later",
        "Reportedly",
    ]
)
_OPENERS_COMMA = frozenset(w + "," for w in _SENTENCE_OPENERS)
_GLUE_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "as",
        "than",
        "that",
        "which",
        "who",
        "but",
        "nor",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "not",
        "no",
    ]
)
MAX_SNIPPET_WORDS = 6


_BOILERPLATE_WORDS = ("Share", "Tweet", "Email", "Copy link")


def _boilerplate_matches(text: str) -> list[re.Match[str]]:
    """``list(_BOILERPLATE.finditer(text))``, tried only where a match can start.

    Every match opens with one of ``_BOILERPLATE_WORDS``; trying the pattern at those
    places alone (in order, each past the last match) finds the same matches as scanning
    every character, several times faster.
    """
    starts: list[int] = []
    for word in _BOILERPLATE_WORDS:
        at = text.find(word)
        while at >= 0:
            starts.append(at)
            at = text.find(word, at + 1)
    matches: list[re.Match[str]] = []
    end = 0
    for at in sorted(starts):
        if at < end:
            continue
        match = _BOILERPLATE.match(text, at)
        if match is not None:
            matches.append(match)
            end = match.end()
    return matches


def _remove_boilerplate(text: str) -> tuple[str, list[str], str | None]:
    """Remove share-widget text; return ``(text, removed, header before it)``.

    The widget sits between a snippet header and the passage ("Azerbaijan war Share All
    sharing options for: ..."), so a short unpunctuated run before it is a header.
    """
    if (
        "Share" not in text
        and "Tweet" not in text
        and "Email" not in text
        and ("Copy link" not in text)
    ):
        return text, [], None
    matches = _boilerplate_matches(text)
    if not matches:
        return text, [], None
    head = text[: matches[0].start()].strip()
    header = None
    offset = 0
    if head and len(head.split()) <= MAX_SNIPPET_WORDS and not re.search(r"[.!?:;]$", head):
        offset = matches[0].start()
        header, text = head, text[offset:]
    pieces: list[str] = []
    last = 0
    for match in matches:  # the same as _BOILERPLATE.sub(" ", text)
        pieces.append(text[last : match.start() - offset])
        last = match.end() - offset
    pieces.append(text[last:])
    cleaned = " ".join(pieces)
    if "  " in cleaned or not cleaned.isprintable():
        cleaned = re.sub(r"\s{2,}", " ", cleaned)
    return cleaned.strip(), [m.group(0) for m in matches], header


# No word of a header ends in punctuation; initials inside it ("58 U.S. troops") may.
_ENDS_PHRASE = re.compile(r"(?:(?<!\b[A-Z]\.[A-Z])(?<!\b[A-Z]\.[A-Z]\.[A-Z])\.|[,;:!?)])$")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# The date a search page shows before a passage ("January 22, 2024 The Tet Offensive ...",
# "3 Mar 2021 — Troops ..."): a header, not part of the passage.
_DATE_HEADER = re.compile(
    rf"(?:{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}})(?: ?[—–·-])? (?=[A-Z0-9\"“])"
)


_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def _published_before(head: str, passage: str) -> bool:
    """True when a leading date is later than every year the passage names.

    That is the day the page was published, not a chronology's entry ("March 24, 1999 -
    NATO launches ...").
    """
    years = [int(y) for y in _YEAR.findall(passage)]
    return bool(years) and int(_YEAR.findall(head)[-1]) > max(years)


def _split_snippet(text: str) -> tuple[str | None, str]:
    """Split a featured-snippet header ("1,234 soldiers The ...") off the passage."""
    dated = _DATE_HEADER.match(text)
    if dated is not None and _published_before(dated.group(0), text[dated.end() :]):
        return dated.group(0).strip(" —–·-"), text[dated.end() :]
    words = text.split(" ", MAX_SNIPPET_WORDS + 3)
    limit = min(MAX_SNIPPET_WORDS, len(words) - 3)
    # An opener may carry its comma ("However, ...", "Ultimately, ...").
    first = words[1 : limit + 1]
    if _SENTENCE_OPENERS.isdisjoint(first) and _OPENERS_COMMA.isdisjoint(first):
        return None, text  # no opener among the first words (most answers)
    for k in range(1, limit + 1):
        if words[k] not in _SENTENCE_OPENERS and words[k] not in _OPENERS_COMMA:
            continue
        head = words[:k]
        if not head[-1] or head[-1].lower() in _GLUE_WORDS or head[-1][-1] in ".,;:!?)":
            # (an empty word: two spaces in a row, "Ararat  There ...", end no header)
            continue
        if any(_ENDS_PHRASE.search(w) for w in head):
            continue
        if head[0] in _SENTENCE_OPENERS and k == 1 and head[0] not in {"The", "A", "An"}:
            # "In The Hague ..." - an opener followed by a capitalised name
            continue
        return " ".join(head), text.split(" ", k)[k]
    return None, text


def _is_truncated(text: str) -> bool:
    """A passage is cut off when it does not end a sentence, or ends in an ellipsis."""
    end = text.rstrip(_CLOSERS)
    return not end or end[-1] not in ".!?" or end.endswith(("...", "…"))


def clean_answer(raw: str) -> tuple[str, str | None, str | None, list[str]]:
    """Separate a raw answer block into clean text, snippet header, boilerplate and flags.

    Returns:
        ``(answer, snippet, boilerplate, flags)`` where ``flags`` holds any of
        ``snippet_header``, ``boilerplate``, ``truncated``.

    Example:
        >>> clean_answer("12 dead The ministry said 12 died.")[:2]
        ('The ministry said 12 died.', '12 dead')
    """
    return _clean(_join_lines(raw))


# A web page's footnote marks ("Cypriots,[14] amounting", "killed.[3]", "[citation needed]")
# are no part of the passage: removed like boilerplate, and kept with it.
_CITATION = re.compile(r" ?\[(?:\d{1,3}|[a-z]|(?i:citation needed|note \d{1,3}|nb \d{1,3}))\]")


def _clean(text: str) -> tuple[str, str | None, str | None, list[str]]:
    flags: list[str] = []
    text, boiler, snippet = _remove_boilerplate(text)
    if "[" in text and (marks := _CITATION.findall(text)):
        text = _CITATION.sub("", text)
        boiler = [*boiler, *(m.strip() for m in marks)]
    if snippet is None:
        snippet, text = _split_snippet(text)
    if snippet:
        flags.append("snippet_header")
    if boiler:
        flags.append("boilerplate")
    if _is_truncated(text):
        flags.append("truncated")
    return text, snippet, (" ".join(boiler) or None), flags
