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
    r"Share All sharing options for:\s*.+?[.!?](?=\s|$)"
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
    ]
)
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
    matches = list(_BOILERPLATE.finditer(text))
    if not matches:
        return text, [], None
    head = text[: matches[0].start()].strip()
    header = None
    if head and len(head.split()) <= MAX_SNIPPET_WORDS and not re.search(r"[.!?:;]$", head):
        header, text = head, text[matches[0].start() :]
    cleaned = re.sub(r"\s{2,}", " ", _BOILERPLATE.sub(" ", text)).strip()
    return cleaned, [m.group(0) for m in matches], header


def _split_snippet(text: str) -> tuple[str | None, str]:
    """Split a featured-snippet header ("1,234 soldiers The ...") off the passage."""
    words = text.split(" ", MAX_SNIPPET_WORDS + 3)
    limit = min(MAX_SNIPPET_WORDS, len(words) - 3)
    for k in range(1, limit + 1):
        word = words[k]
        if word not in _SENTENCE_OPENERS:
            continue
        head = words[:k]
        if head[-1].lower() in _GLUE_WORDS or any(re.search(r"[.,;:!?)]$", w) for w in head):
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


def _clean(text: str) -> tuple[str, str | None, str | None, list[str]]:
    flags: list[str] = []
    text, boiler, snippet = _remove_boilerplate(text)
    if snippet is None:
        snippet, text = _split_snippet(text)
    if snippet:
        flags.append("snippet_header")
    if boiler:
        flags.append("boilerplate")
    if _is_truncated(text):
        flags.append("truncated")
    return text, snippet, (" ".join(boiler) or None), flags
