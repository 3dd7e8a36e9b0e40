"""A sentence as a *template*: every entity and number mention replaced by a slot token.

What belongs here: building the template that the rule engine matches. In
``"Azerbaijan, supported by Turkey, lost 2,000 soldiers"`` the template is
``"⟦E0⟧, supported by ⟦E1⟧, lost ⟪N2⟫ soldiers"``; each slot keeps its mention.

Slot letters: ``E`` a state, side or region named as a noun ("Turkey", "the Houthis");
``J`` a demonym or adjective ("Turkish", "Iranian"); ``O`` an organisation; ``N`` a
number (its qualifier included). A demonym followed by a force or government noun
("Iranian forces", "the Georgian government", "Russian troops") is one ``E`` slot: it
names the party; so are demonyms listed before it ("American and South Vietnamese
forces": two ``E`` slots). Years are left as text: they are dates, never counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = ["CLOSE", "NUM_CLOSE", "NUM_OPEN", "OPEN", "Slot", "Template", "build"]

# Names and numbers have brackets of their own, so a pattern can tell a list of names
# from a name after a number ("On May 30, Jordan ...").
OPEN, CLOSE = "⟦", "⟧"
NUM_OPEN, NUM_CLOSE = "⟪", "⟫"

# Nouns after a demonym that make it name the party itself.
_PARTY_HEAD = re.compile(
    r"(?:\s+(?:government|federal|regular|armed|military|security|national|naval|air|defen[cs]e))?"
    r"\s+(?:forces|troops|army|armed\s+forces|military|government|side|authorities|regime"
    r"|navy|air\s+force|soldiers|units|leadership|officials|president|prime\s+minister"
    r"|foreign\s+minister|defen[cs]e\s+minister|king|leader|premier|chancellor|congress"
    r"|parliament|senate|state|administration|delegation|envoy|ambassador|rebels|fighters"
    r"|militants|militias?|insurgents|separatists|guerrillas|paramilitaries)\b",
    re.IGNORECASE,
)


# A title's holder named after it: capitalised words, not a possessive's "'s".
_TITLE_END = re.compile(
    r"(?:president|minister|king|leader|premier|chancellor|envoy|ambassador)$", re.IGNORECASE
)
_PERSON = re.compile(r"(?:\s+(?-i:[A-Z])[\w.-]*(?<!\.)){1,4}")
_SHARED_HEAD_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


@dataclass(frozen=True)
class Slot:
    """One mention behind a slot token: its letter, text span and the mention itself."""

    letter: str
    start: int
    end: int
    mention: Any

    @property
    def name(self) -> str:
        """The party an entity slot stands for (a region stands for its side)."""
        return str(self.mention.party or self.mention.name)


@dataclass(frozen=True)
class Template:
    """A sentence with its mentions replaced by slot tokens."""

    text: str
    slots: tuple[Slot, ...]
    # Offset in the sentence of each template character (for polarity and evidence).
    origin: tuple[int, ...]

    def slot(self, token: str) -> Slot:
        """The slot of a token's index (``"3"`` for ``⟦E3⟧``)."""
        return self.slots[int(token)]


def build(sentence: str, entities: list[Any], numbers: list[Any]) -> Template:
    """Build the template of a sentence from its entity and number mentions."""
    spans: list[tuple[int, int, str, Any]] = []
    for ent in entities:
        letter = "O" if ent.kind == "org" else ("J" if ent.adjective else "E")
        end = ent.end
        if letter == "J" and (head := _PARTY_HEAD.match(sentence, end)):
            letter, end = "E", head.end()
            if _TITLE_END.search(head.group(0)) and (name := _PERSON.match(sentence, end)):
                end = name.end()  # "French President Nicolas Sarkozy": the president's state
        spans.append((ent.start, end, letter, ent))
    # "American and South Vietnamese forces": demonyms listed before one such noun share it.
    for i in range(len(spans) - 2, -1, -1):
        start, end, letter, ent = spans[i]
        after = spans[i + 1]
        shared = after[2] == "E" and after[3].adjective and letter == "J"
        if shared and _SHARED_HEAD_GAP.fullmatch(sentence, end, after[0]):
            spans[i] = (start, end, "E", ent)
    for num in numbers:
        if num.maybe_year or num.compound:
            continue
        spans.append((num.start, num.end, "N", num))
    spans.sort(key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int, str, Any]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue  # overlapping mention: the first, longest one wins
        kept.append(span)
    parts: list[str] = []
    origin: list[int] = []
    slots: list[Slot] = []
    pos = 0
    for start, end, letter, mention in kept:
        parts.append(sentence[pos:start])
        origin.extend(range(pos, start))
        opener, closer = (NUM_OPEN, NUM_CLOSE) if letter == "N" else (OPEN, CLOSE)
        token = f"{opener}{letter}{len(slots)}{closer}"
        parts.append(token)
        origin.extend([start] * len(token))
        slots.append(Slot(letter, start, end, mention))
        pos = end
    parts.append(sentence[pos:])
    origin.extend(range(pos, len(sentence)))
    return Template("".join(parts), tuple(slots), tuple(origin))
