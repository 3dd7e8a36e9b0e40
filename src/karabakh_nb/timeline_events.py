"""Short event descriptions for the timeline: a dated clause, tidied.

What belongs here: turning the part of a sentence that carries a date into a short
description (the date phrase and its preposition removed, leading connectors dropped, a
missing subject borrowed, cut at a clause comma or a preposition), used by
:mod:`karabakh_nb.timeline`.
"""

from __future__ import annotations

import itertools
import re

from .lexicon import read_words

__all__ = [
    "EVENT_MAX_CHARS",
    "clean_edges",
    "describe_event",
    "drop_apposition",
    "drop_dangling",
    "event_subject",
    "strip_dates",
    "truncate",
]

EVENT_MAX_CHARS = 100
_MIN_EVENT_CHARS = 25

_CUE_BEFORE = re.compile(
    r"(?:\b(?:on|in|from|since|during|by|until|till|at|as\s+of|as\s+at|between|around|"
    r"through|throughout|over|of|for|late\s+in|early\s+in|as\s+(?:early|late|recently)\s+as)\s+)$",
    re.IGNORECASE,
)
_LEADING = re.compile(
    r"^(?:(?:and|but|while|whereas|although|though|yet|then|so|also|however|meanwhile|later|"
    r"finally|eventually|subsequently|moreover|furthermore|thus|overall|in\s+all|in\s+total|"
    r"in\s+addition|by\s+then|after\s+that)\b[\s,]*|[\s,;:.\-–—]+)+",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^(?:it|they|he|she)\b")
_NOT_A_VERB = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "both",
        "all",
        "some",
        "many",
        "most",
        "each",
        "every",
        "no",
        "more",
        "less",
        "fewer",
        "over",
        "about",
        "at",
        "least",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "hundreds",
        "thousands",
        "dozens",
        "several",
        "only",
        "nearly",
        "almost",
        "around",
        "roughly",
        "up",
        "there",
        "it",
        "they",
        "he",
        "she",
        "we",
        "who",
        "which",
        "whose",
        "what",
    ]
)
_SUBJECT_GLUE = frozenset({"the", "of", "and", "de", "for"})
_CUT_BEFORE = re.compile(
    r"\s(?=(?:over|in|of|for|with|from|to|on|at|between|during|after|before|which|that|who|"
    r"when|while|because|following|including|against|within|into|near|by|as|under|until|"
    r"since|amid|among|across|through|along|resulting|confirming)\b)"
)


_SPACES = re.compile(r"\s{2,}|[^\S ]")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<!\s)\s+([,.;:!?)])")  # from a run's start: linear
_REPEATED_PUNCT = re.compile(r"([,;:])(?:\s*[,;:])+")
_EMPTY_PARENS = re.compile(r"\(\s*\)")


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _REPEATED_PUNCT.sub(r"\1", text)
    if "(" in text:
        text = _SPACES.sub(" ", _EMPTY_PARENS.sub("", text))
    return text.strip()


_LIST_GAP = re.compile(r"\s*(?:,|&|and|or|,\s*and|,\s*or)\s*")


def strip_dates(text: str, spans: list[tuple[int, int]]) -> str:
    """Remove date phrases (with the preposition before each) from ``text``.

    Dates listed one after another ("in April and June 1992") go with what joins them.
    """
    out = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        if pos and _LIST_GAP.fullmatch(text, pos, start):
            pos = end
            continue
        cue = _CUE_BEFORE.search(text, pos, start)
        cut = cue.start() if cue else start
        out.append(text[pos:cut])
        pos = end
    out.append(text[pos:])
    return _tidy(" ".join(out))


def clean_edges(text: str) -> str:
    """Drop leading connectors ("and", "In all,") and trailing punctuation."""
    text = _LEADING.sub("", text)
    return text.rstrip(" ,;:.!?-–—")


def event_subject(clause: str) -> str | None:
    """The leading capitalised noun phrase of a clause ("The Bishkek Protocol")."""
    words = clause.split()
    taken: list[str] = []
    for word in words:
        bare = word.rstrip(",;:.")
        if bare[:1].isupper() or (taken and bare in _SUBJECT_GLUE):
            taken.append(bare)
            if bare != word:
                break
        else:
            break
    while taken and taken[-1] in _SUBJECT_GLUE:
        taken.pop()
    if not taken or taken == ["The"] or taken[0] in ("A", "An"):
        return None
    return " ".join(taken)


def truncate(text: str, limit: int = EVENT_MAX_CHARS) -> str:
    """Cut a description at a clause comma or a preposition near ``limit``."""
    if len(text) <= limit:
        return text
    commas = [
        m.start() for m in re.finditer(r",\s", text) if _MIN_EVENT_CHARS <= m.start() <= limit
    ]
    if commas:
        return text[: commas[-1]]
    cuts = [m.start() for m in _CUT_BEFORE.finditer(text) if _MIN_EVENT_CHARS <= m.start() <= limit]
    if cuts:
        return text[: cuts[-1]].rstrip(" ,;:")
    space = text.rfind(" ", 0, limit)
    return text[: space if space > 0 else limit].rstrip(" ,;:") + "…"


def describe_event(
    sentence: str,
    start: int,
    end: int,
    date_spans: list[tuple[int, int]] | None = None,
    *,
    subject: str | None = None,
    borrow_subject: bool = False,
) -> str:
    """Describe the event stated by ``sentence[start:end]`` without its date phrases.

    Args:
        sentence: The whole sentence.
        start: Start of the part (clause) that states the event.
        end: End of that part.
        date_spans: Spans of date phrases in ``sentence`` to remove.
        subject: The sentence's subject, put in place of a leading pronoun.
        borrow_subject: Also put ``subject`` before a part that opens with a verb
            ("became the Nakhchivan Autonomous Republic").

    Returns:
        A short description, at most about ``EVENT_MAX_CHARS`` characters.

    Example:
        >>> describe_event("On 2 May 2001, the treaty was signed.", 0, 37, [(3, 13)])
        'The treaty was signed'
    """
    spans = [
        (max(s, start) - start, min(e, end) - start)
        for s, e in (date_spans or [])
        if s < end and e > start
    ]
    text = clean_edges(strip_dates(sentence[start:end], spans))
    if subject and start > 0 and text:
        first = text.split(" ", 1)[0].lower()
        if _PRONOUN.match(text):
            text = subject + text[len(text.split(" ", 1)[0]) :]
        elif (
            borrow_subject
            and text[0].islower()
            and first not in _NOT_A_VERB
            and not first[0].isdigit()
        ):
            text = f"{subject} {text}"
    text = drop_dangling(truncate(drop_apposition(text)))
    return text[:1].upper() + text[1:]


_DANGLING = read_words("dangling_words")


def drop_dangling(text: str) -> str:
    """Drop the conjunctions, articles and prepositions a cut left at the end."""
    words = text.split(" ")
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(" ,;:")


_APPOSITION_END = re.compile(r",\s+(?=[a-z])")
_NOT_A_PREDICATE = frozenset({"and", "or", "but", "nor", "then", "which", "who", "where", "also"})
_PREPOSITION = re.compile(_CUT_BEFORE.pattern.removeprefix(r"\s(?=").removesuffix(")"))
_APPOSITION_COMMAS = 3


def drop_apposition(text: str) -> str:
    """Drop a phrase set off by commas after the opening subject.

    "The Freedonia War, known locally as the Duck War, was fought ..." reads
    "The Freedonia War was fought ...": the subject phrase and its predicate.
    """
    subject = event_subject(text)
    if subject is None or not text.startswith(subject + ", "):
        return text
    middle = len(subject) + 2
    opener = text[middle:].split(" ", 1)[0]
    if not opener[:1].islower() or (" " not in subject and opener in _NOT_A_VERB):
        return text  # "Nevertheless, the army ...": an opening word, then the subject
    for close in itertools.islice(_APPOSITION_END.finditer(text, middle), _APPOSITION_COMMAS):
        rest = text[close.end() :]
        first = rest.split(" ", 1)[0].rstrip(",;:")
        if text.count("(", middle, close.start()) != text.count(")", middle, close.start()):
            return text
        if first in _NOT_A_VERB or first in _NOT_A_PREDICATE or _PREPOSITION.fullmatch(first):
            continue  # ", during the war, concluded": the phrase goes on
        return f"{subject} {rest}"
    return text
