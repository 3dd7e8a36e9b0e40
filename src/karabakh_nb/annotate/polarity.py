"""The polarity of every part of a sentence: affirmed, negated, denied, questioned, conditional.

What belongs here: splitting a sentence into clauses and finding the scope of each
polarity cue. The cue words are data (``lexicon/negation_cues.txt``,
``denial_cues.txt``, ``conditional_cues.txt``, ``not_negation.txt``); the rules are:

- a sentence that ends in ``?`` and opens like a question ("How many ...?", "Did X ...?")
  is ``question`` throughout (a statement with a stray ``?`` stays a statement);
- a cue governs the rest of its clause, from the cue to the clause's end ("The
  ceasefire was **not** signed in 1994": the date is negated; "Three months later, the
  dust has **not** settled": the date before the cue is not);
- clauses end at ``;``, ``:``, a dash, ", but", ", while", ", and", ", which" and the like,
  and an opening subordinate clause ("Although X did not sign, ...") ends at its comma;
- a modal perfect ("would have", "might have") makes its subject hypothetical too: its
  scope opens at the clause's start, or at the last "that"/"which"/"who" before it ("10,000
  soldiers might have died"; "300 died in a battle that could have been avoided": not 300);
- "until" ends a negation's scope ("did not end until 1994" dates the end), and so does
  the comma closing the commas a cue stands in ("X, which had no army, formed one in 1992");
  "No." before a number ("Resolution No. 822") is no cue;
- phrases of ``not_negation.txt`` ("no fewer than", "not only") are never cues.

Every pattern here is a plain alternation or a bounded class: linear on any input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import read_words

__all__ = ["AFFIRMED", "POLARITIES", "Scope", "scopes"]

AFFIRMED = "affirmed"
POLARITIES = (AFFIRMED, "negated", "denied", "question", "conditional")


@dataclass(frozen=True)
class Scope:
    """A stretch of a sentence under one polarity (offsets in the sentence)."""

    start: int
    end: int
    polarity: str


def _alternation(words: frozenset[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    masked = re.compile(rf"\b(?:{_alternation(read_words('not_negation'))})\b", re.IGNORECASE)
    cues = "|".join(
        f"(?P<{name}>{_alternation(read_words(f'{stem}_cues'))})"
        for name, stem in (
            ("denied", "denial"),
            ("conditional", "conditional"),
            ("negated", "negation"),
        )
    )
    # "n't" is glued to its verb; every other cue is a whole word.
    cue = re.compile(rf"(?:\b|(?<=\w)(?=n't))(?:{cues})(?![\w'])", re.IGNORECASE)
    boundary = re.compile(
        r"\s*[;:]\s*|\s+[-–—]\s+|,\s*(?:but|while|whereas|although|though|and|which|who|yet"
        r"|however|so)\b|\s+but\s+",
        re.IGNORECASE,
    )
    # "until" ends the scope, and so does a time word before a phrase of its own: "has not
    # held elections since the war ended in 1994", "was not broken after the 1994 elections"
    until = re.compile(
        r"\b(?:until|till)\b|\b(?:since|after|before|when|following)\s+"
        r"(?=(?:the|a|an|its|their|his|her|it|they)\b)",
        re.IGNORECASE,
    )
    return masked, cue, boundary, until


@cache
def _maybe() -> re.Pattern[str] | None:
    r"""A cheap test, on lower-cased ASCII text: may a sentence hold a cue or a masked phrase.

    The patterns of :func:`_patterns` search case-insensitively and open with a word
    boundary, so the engine tries them at every offset. This is one alternation of their
    words in lower case, each tested for the boundary after its first letter
    (``(?<!\w.)``), so the engine skips ahead to the letters a word opens with; it ends as
    they do. Wherever they match, it matches too (on ASCII, case-folding is plain
    lower-casing): a sentence it finds nothing in has no scope. ``None`` when a word list
    is not ASCII.
    """
    lists = [read_words(stem) for stem in ("not_negation", "denial_cues", "conditional_cues",
                                            "negation_cues")]  # fmt: skip
    if not all(w.isascii() for words in lists for w in words):
        return None

    # Per first letter, the rest of each word with its ending; "n't" has no boundary before
    # it (it is glued to its verb). Every branch opens with its letter, so the engine skips
    # to the letters some word opens with.
    rests: dict[str, list[str]] = {}
    glued: list[str] = []
    for words, ending in zip(lists, (r"\b", *[r"(?![\w'])"] * 3), strict=True):
        for part in _alternation(frozenset(w.lower() for w in words)).split("|"):
            if part.startswith("n'") or not part[0].isalnum():
                glued.append(part + ending)  # no boundary looked for: found all the same
            else:
                rests.setdefault(part[0], []).append(part[1:] + ending)
    branches = [rf"{first}(?<!\w.)(?:{'|'.join(rest)})" for first, rest in rests.items()]
    return re.compile("|".join([*branches, *glued]))


# "Resolution No. 822": the abbreviation of "number" is no cue.
_NUMBER_SIGN = re.compile(r"\b[Nn]os?\.(?=\s*\d)")
_MODAL_PERFECT = re.compile(r"(?:would|could|might)\s+have", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|where|when|if)\b", re.IGNORECASE)
_RELATIVE_OPENED = re.compile(r",\s*(?i:which|who|although|though|whereas|while|yet)\s*$")


_INTERROGATIVE = re.compile(
    r"[\"'“‘(]?(?:Who|Whom|Whose|What|Which|When|Where|Why|How|Is|Are|Was|Were|Do|Does|Did"
    r"|Can|Could|Will|Would|Has|Have|Had|Should|Shall|May|Might|Must)\b"
)
_SUBORDINATE_OPENER = re.compile(
    r"(?:Although|Though|While|If|Unless|Because|Since|As|When|Whereas|Even\s+though|After|Before"
    r"|Once|Until|Even\s+if|With|Without)\b"
)


def _clauses(sentence: str, boundary: re.Pattern[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    if _SUBORDINATE_OPENER.match(sentence):
        comma = sentence.find(",")
        if comma > 0:
            out.append((0, comma))
            pos = comma + 1
    for match in boundary.finditer(sentence, pos):
        if match.start() > pos:
            out.append((pos, match.start()))
        pos = match.end()
    out.append((pos, len(sentence)))
    return out


def scopes(sentence: str) -> tuple[Scope, ...]:
    """Return the stretches of ``sentence`` that are not plainly affirmed.

    Example:
        >>> [(s.polarity, "1994" in "The war was not over in 1994."[s.start : s.end])
        ...  for s in scopes("The war was not over in 1994.")]
        [('negated', True)]
        >>> scopes("Azerbaijan lost no fewer than 300 soldiers.")
        ()
    """
    text = sentence.rstrip()
    if text.endswith("?") and _INTERROGATIVE.match(text):
        return (Scope(0, len(sentence), "question"),)
    maybe = _maybe() if sentence.isascii() else None
    if maybe is not None and not maybe.search(sentence.lower()):
        # No cue in the whole sentence, so none in a clause: a clause ends before a space,
        # a comma, ";" or ":", where a cue's ending holds as it does at the clause's end.
        return ()
    masked, cue, boundary, until = _patterns()
    # Masking keeps offsets: the phrase is replaced by as many spaces.
    plain = masked.sub(lambda m: " " * len(m.group(0)), sentence)
    plain = _NUMBER_SIGN.sub(lambda m: " " * len(m.group(0)), plain)
    out: list[Scope] = []
    for start, end in _clauses(plain, boundary):
        found = cue.search(plain, start, end)
        if not found:
            continue
        polarity = found.lastgroup or "negated"
        stop = end
        if polarity == "negated":
            limit = until.search(plain, found.end(), end)
            stop = limit.start() if limit else end
            if plain.rfind(",", start, found.start()) >= 0 or _RELATIVE_OPENED.search(
                plain, max(0, start - 10), start
            ):
                # "The war, which left no village untouched, ended in 1994": a cue inside
                # commas governs up to the closing one
                close = plain.find(",", found.end(), stop)
                stop = close if close >= 0 else stop
        begin = found.start()
        if polarity == "conditional" and _MODAL_PERFECT.fullmatch(found.group(0)):
            # "10,000 soldiers might have died": the subject before the modal is hypothetical.
            begin = start
            for word in _RELATIVE_WORD.finditer(plain, start, found.start()):
                begin = word.start()
        out.append(Scope(begin, stop, polarity))
    return tuple(out)


def polarity_at(found: tuple[Scope, ...], pos: int) -> str:
    """The polarity of offset ``pos`` of a sentence, given its :func:`scopes`."""
    for scope in found:
        if scope.start <= pos < scope.end:
            return scope.polarity
    return AFFIRMED
