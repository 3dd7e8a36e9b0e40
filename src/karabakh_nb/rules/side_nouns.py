"""Side nouns read from the answer itself: "the regime", "the rebels" as the one it names.

:mod:`karabakh_nb.rules.generic` reads "the government" and "the separatists" as the
two sides of a file's war. Many answers say who they are themselves: "Between 1976 and
1978 a Marxist government in Freedonia killed thousands. By 1989 the regime was losing
Sylvanian support" -- "the regime" is Freedonia's, the one state the answer has named
before it. So:

- a state noun ("the government", "the regime", "the junta", "government forces", the
  ``state`` nouns of ``lexicon/generic_sides.txt``) stands for the one state the answer
  names before it (by its name or its demonym); with none named before it, for the one
  state the question names ("When did the Freedonian civil war start?");
- a rebel noun ("the rebels", "the separatists", "the rebel movement", the ``rebel``
  nouns) stands for the one non-state side the answer names before it, else the one
  the question names.

Two states (or two sides) named before it leave the noun unread: which one it is the
text does not say. So does a state (or side) the noun's own sentence names before it,
other than as a place ("Ghana backed the government" is another's government; "In
Ghana, the government ..." is Ghana's), a name, possessive or capitalised word just
before the noun ("Chadian government forces", "Gaddafi's regime") and a name just after
it ("the former colonial power Britain"). A side named only by a capitalised plural
("the Insurgents") is no such side.

The mentions are plain ``(start, end, name, kind, adjective)`` tuples in the answer's
offsets, so the alliance templates (:mod:`karabakh_nb.alliances`), the rule engine's
entities (:mod:`karabakh_nb.rules.referents`) and the backoff reader
(:func:`with_side_nouns`) all read the same nouns the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..annotate import SentenceNote, annotate
from ..annotate.cues import SentenceCue
from ..entities import Entity
from ..lexicon import read_words
from ..named_plurals import is_plural_side
from .generic import GENERIC_CUE, side_noun_pattern

__all__ = [
    "Mention",
    "answer_mentions",
    "question_mentions",
    "side_entities",
    "side_noun_cue",
    "side_noun_in",
    "side_noun_in_any",
    "side_nouns",
    "with_side_nouns",
]

# (start, end, name, kind, adjective) of a state or side named in a text.
Mention = tuple[int, int, str, str, bool]


@cache
def _rebel_nouns() -> re.Pattern[str]:
    # "the rebel movement", "the insurgent group": a rebel adjective before a group's head
    # noun. The noun alone is the slot, its article stays ("the «X»"), as in rules.generic.
    heads = "|".join(sorted(read_words("group_heads"), key=len, reverse=True))
    return re.compile(
        rf"(?<=\b[Tt]he\s)(?:rebel|insurgent|separatist|guerrilla)\s+(?:{heads.lower()})\b"
        r"(?!\s+of\b)"
    )


# "Chadian government forces", "Gaddafi's regime", "Sylvanian rebel forces": a name, a
# possessive or a capitalised word (not the sentence's first) just before the noun says
# whose it is: the noun is no reference.
_WORD_BEFORE = re.compile(r"(?:^|\s)(\S+)\s+$")


# The sentence names a state before a state noun only as where it is ("In Chad, the
# government ...", "the war of Chad"): else that state is another party.
_LOCATIVE = re.compile(r"\b(?:[Ii]n|of|across|throughout)\s+(?:the\s+)?\Z")
# A name right after the noun is its apposition ("the colonial power Britain").
_NAMED_AFTER = re.compile(r"\s+[A-Z]")


def _owned(text: str, at: int, spans: Iterable[tuple[int, int]]) -> bool:
    head = text[max(0, at - 40) : at]
    if not head.strip():
        return False
    if any(not text[y:at].strip() for _, y in spans if y <= at):
        return True
    match = _WORD_BEFORE.search(head)
    if match is None:
        return False
    word = match.group(1)
    if word.lower() in ("other", "another"):
        return True  # "X and other rebel forces" are not X
    first = not text[: at - len(head) + match.start(1)].strip()
    return word.endswith(("'s", "’s", "'", "’")) or (word[:1].isupper() and not first)


def side_noun_cue(low: str) -> bool:
    """Cheap test on a lower-cased text: may it hold a side noun?"""
    return GENERIC_CUE.search(low) is not None


# side_noun_cue of a sentence as written, kept per distinct sentence. The cue words hold
# no stop, so an answer has one when one of its sentences has: a test of an answer's
# sentences stands for the test of the answer where it only gates theirs.
side_noun_in = SentenceCue(GENERIC_CUE)


def side_noun_in_any(sentences: Iterable[SentenceNote]) -> bool:
    """True when a sentence of ``sentences`` may hold a side noun."""
    return any(side_noun_in(sent.text) for sent in sentences)


def _only(names: Iterable[str]) -> str | None:
    found = list(dict.fromkeys(names))
    return found[0] if len(found) == 1 else None


def _states(mentions: Iterable[Mention]) -> Iterable[str]:
    return (m[2] for m in mentions if m[3] == "state")


def _sides(mentions: Iterable[Mention]) -> Iterable[str]:
    return (m[2] for m in mentions if m[3] == "side" and not is_plural_side(m[2]))


def side_nouns(
    text: str,
    start: int,
    before: Sequence[Mention],
    question: Sequence[Mention],
    taken: Iterable[tuple[int, int]] = (),
) -> list[tuple[int, int, str, str]]:
    """The side nouns of a sentence with the names they stand for (see the module docstring).

    Args:
        text: The sentence.
        start: Where it starts in its answer (``before`` uses the answer's offsets).
        before: The states and sides the answer names, in order; only those that end
            before a noun count for it.
        question: The states and sides the question names.
        taken: Spans of the sentence (its own offsets) that are names already.

    Returns:
        ``(start, end, name, kind)`` per noun read, in the sentence's offsets.
    """
    spans = list(taken)
    out: list[tuple[int, int, str, str]] = []
    for a, b, role in _nouns_in(text):
        if any(x < b and a < y for x, y in spans) or _owned(text, a, spans):
            continue
        if _NAMED_AFTER.match(text, b):
            continue  # "the former colonial power Britain": the name follows
        earlier = [m for m in before if m[1] <= start + a]
        kind = "state" if role == "state" else "side"
        if any(
            start <= m[0] and m[3] == kind and not _LOCATIVE.search(text, 0, m[0] - start)
            for m in earlier
        ):
            # "Ghana backed the government", "While the X stayed in camps, the militia
            # ...": a party of that kind the sentence names before the noun is another.
            continue
        pick = _states if role == "state" else _sides
        # The one named before; with none named before, the question's one.
        name = _only(pick(earlier)) or (None if any(pick(earlier)) else _only(pick(question)))
        if name is not None:
            out.append((a, b, name, kind))
            spans.append((a, b))
    return out


# Where the nouns of a sentence stand depends on its text alone: kept per distinct
# sentence (an answer's other sentences only say whom they stand for); emptied when full.
_NOUNS: dict[str, tuple[tuple[int, int, str], ...]] = {}
NOUNS_CACHE_SIZE = 16_384


def _nouns_in(text: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, role)`` of each side noun of ``text``, in order."""
    kept = _NOUNS.get(text)
    if kept is None:
        found: list[tuple[int, int, str]] = []
        for match in side_noun_pattern().finditer(text):
            role = match.lastgroup
            if role in ("state", "rebel"):
                found.append((match.start(), match.end(), role))
        for match in _rebel_nouns().finditer(text):
            found.append((match.start(), match.end(), "rebel"))
        if len(_NOUNS) >= NOUNS_CACHE_SIZE:
            _NOUNS.clear()
        _NOUNS[text] = kept = tuple(sorted(found))
    return kept


def answer_mentions(sent: SentenceNote) -> list[Mention]:
    """The states and sides a sentence names, in its answer's offsets."""
    at = sent.start
    return [
        (at + e.start, at + e.end, e.name, e.kind, e.adjective)
        for e in sent.entities
        if e.kind in ("state", "side")
    ]


def question_mentions(question: str) -> list[Mention]:
    """The states and sides a question names."""
    return [m for sent in annotate(question).sentences for m in answer_mentions(sent)]


def side_entities(
    sent: SentenceNote, mentions: list[Mention], asked: list[Mention], taken: list[Entity]
) -> list[Entity]:
    """The entities "the regime", "the rebels" add (:mod:`karabakh_nb.rules.side_nouns`)."""
    spans = [(e.start, e.end) for e in [*sent.entities, *taken]]
    return [
        Entity(name, kind, sent.text[a:b], a, b, False, name, False)
        for a, b, name, kind in side_nouns(sent.text, sent.start, mentions, asked, spans)
    ]


@dataclass(frozen=True)
class _Noted:
    """A sentence note whose entities also hold its side nouns."""

    note: SentenceNote
    entities: list[Entity]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.note, name)


def with_side_nouns(
    sentences: Sequence[SentenceNote], question: str = ""
) -> Iterator[tuple[Any, tuple[Entity, ...]]]:
    """Each sentence of an answer with its side nouns as entities, and the entities added.

    A sentence without a side noun read is itself (nothing added). For a reader of plain
    entities (the backoff reader of the alliances table).
    """
    if not side_noun_in_any(sentences):
        yield from ((sent, ()) for sent in sentences)
        return
    asked = question_mentions(question) if question else []
    mentions: list[Mention] = []
    for sent in sentences:
        mentions += answer_mentions(sent)
        added = side_entities(sent, mentions, asked, []) if side_noun_in(sent.text) else []
        if not added:
            yield sent, ()
            continue
        entities = sorted([*sent.entities, *added], key=lambda e: e.start)
        yield _Noted(sent, entities), tuple(added)
