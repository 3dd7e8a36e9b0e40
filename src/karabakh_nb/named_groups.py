"""Named armed groups the lexicon does not know, read from their shape.

What belongs here: finding names such as "the Free Syrian Army", "the Tamil Tigers" or
"the Popular Front for the Liberation of X" in text about a war nobody wrote a lexicon
entry for: one to five capitalised words before a head noun of armed groups
(``lexicon/group_heads.txt``), optionally followed by "of/for (the) <Capitalised ...>".
Such a name is a ``side``. It is left to the lexicon when the lexicon knows the whole
name, when its words are only a state's name or demonym and words of a state's own forces
(``lexicon/force_words.txt``: "the Russian Armed Forces" is Russia), when it holds a
side the lexicon knows ("Hamas's Qassam Brigades" is Hamas), and when a state owns it
("the Nazi German Luftwaffe's Condor Legion" is Germany's).

:func:`karabakh_nb.entities.find_entities` calls :func:`groups_in` on every text; the
words are checked one by one, so the scan stays linear in the text.
"""

from __future__ import annotations

import re

from ._first_chars import whole_words
from .lexicon import read_words

__all__ = ["groups_in", "is_force_word"]

_HEADS = read_words("group_heads")
_FORCE_WORDS = read_words("force_words")
_COALITION_HEADS = read_words("coalition_heads")
# The list going on after a coalition's first member ("of A, B and C", "of A and B").
_LIST_GOES_ON = re.compile(r"\s*,\s*(?:the\s+)?[A-Z]|\s+and\s+(?:the\s+)?[A-Z]")
_HEAD = re.compile(whole_words(sorted(_HEADS, key=len, reverse=True)))  # see _first_chars
# A capitalised word of a name ("Free", "People's", "Al-Aqsa", "Tamil", "23rd").
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))$")
_TAIL = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?((?:[A-Z][\w'’-]*)(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'’-]*){0,3})"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_OPENERS = read_words("name_openers")
# "Serb-controlled", "Kremlin-backed": a hyphenated participle describes the group, it is no
# word of its name ("the Serb-controlled Yugoslav People's Army" is that army).
_PARTICIPLE = re.compile(
    r"[-‐](?:controlled|led|backed|held|dominated|supported|sponsored|allied|aligned|armed|"
    r"trained|funded|affiliated|linked|oriented|friendly|run|based)$",
    re.IGNORECASE,
)
MAX_NAME_WORDS = 5

Found = tuple[int, int, str, tuple[str, str, bool, str], bool]


def groups_in(text: str, known: list[Found]) -> list[Found]:
    """The entities of ``text``: ``known`` (the lexicon's) with the named groups added.

    Args:
        text: A sentence or passage.
        known: What the lexicon found, as :func:`karabakh_nb.entities._scan` gives it.

    Returns:
        The matches in order; a group replaces the lexicon's matches inside its name
        ("Syrian" in "the Free Syrian Army").
    """
    if not _HEAD.search(text):
        return known
    out = list(known)
    for head in _HEAD.finditer(text):
        group = _group_at(text, head.start(), head.end(), known)
        if group is None:
            continue
        start, end = group[0], group[1]
        out = [f for f in out if f[1] <= start or f[0] >= end]
        out.append(group)
    out.sort(key=lambda f: f[0])
    return out


def _group_at(text: str, head_start: int, head_end: int, known: list[Found]) -> Found | None:
    words: list[tuple[int, int]] = []
    pos = head_start
    glued = False
    while len(words) < MAX_NAME_WORDS:
        gap = pos
        while gap > 0 and text[gap - 1] == " ":
            gap -= 1
        if gap == pos or gap == 0:
            break
        word_start = text.rfind(" ", 0, gap) + 1
        word = text[word_start:gap]
        bracketed = word.startswith("(")  # "the FLN (National Liberation Front)"
        if bracketed:
            word_start, word = word_start + 1, word[1:]
        if word == "and" and words and not glued and _glued_word(text, word_start, known):
            # "the Liberation and Justice Movement": one "and" between two words of the name.
            glued = True
            pos = word_start
            continue
        if not _NAME_WORD.match(word) or word in _OPENERS or _PARTICIPLE.search(word):
            break
        words.append((word_start, gap))
        pos = word_start
        if bracketed:
            break
    if not words:
        return None
    start = words[-1][0]
    end = head_end
    tail = _TAIL.match(text, end)
    if tail is not None:
        end = tail.end()
    inside = [f for f in known if f[0] < end and f[1] > start]
    if any(f[0] <= start and f[1] >= end for f in inside):
        return None  # the lexicon knows the whole name
    if any(f[3][1] in ("side", "org") for f in inside):
        return None  # a known side's unit ("Hamas's Qassam Brigades") stays that side
    states = [f for f in inside if f[3][1] in ("state", "region", "people")]
    if _owned_by_state(text, words, states):
        return None  # "the Nazi German Luftwaffe's Condor Legion": that state's own unit
    if (
        tail is not None
        and text[head_start:head_end] in _COALITION_HEADS
        and _names_state(tail.group(1), states, tail.start(1))
        and _LIST_GOES_ON.match(text, tail.end())
    ):
        return None  # "the Triple Alliance of A, B and C": a coalition named by its members
    modifiers = [text[a:b] for a, b in words]
    covered = {i for f in states for i, (a, b) in enumerate(words) if f[0] <= a and b <= f[1]}
    rest = [w for i, w in enumerate(modifiers) if i not in covered]
    forces = all(is_force_word(w) for w in rest)
    if states and forces and (tail is None or _names_state(tail.group(1), states, tail.start(1))):
        return None  # a state's own forces: "the Russian Armed Forces", "the Army of X" is X
    if not states and forces and tail is None:
        return None  # "the National Army", "Federal Forces": whose is not said here
    surface = text[start:end]
    name = " ".join(surface.split())
    opened = text.rfind("(", max(0, start - 2), start)
    if opened >= 0:
        # "the FLN (National Liberation Front)": the name spells out the acronym before it.
        for f in known:
            if f[1] <= opened and not text[f[1] : opened].strip() and f[3][1] in ("side", "org"):
                return (start, end, surface, f[3], False)
    acronym = _ACRONYM_AFTER.match(text, end)
    if acronym is not None:
        # "the Algerian National Liberation Front (FLN)": the side its known acronym names.
        for f in known:
            if f[0] == acronym.start(1) and f[1] == acronym.end(1) and f[3][1] in ("side", "org"):
                return (start, end, surface, f[3], False)
    return (start, end, surface, (name, "side", False, name), False)


def _glued_word(text: str, and_start: int, known: list[Found]) -> bool:
    """True when the word before an "and" inside a name is a word of that name.

    It is a capitalised word no other name of the lexicon covers ("Liberation" in "the
    Liberation and Justice Movement", not "Ghana" in "Ghana and Justice Movement").
    """
    end = and_start - 1
    if end <= 0 or text[end] != " ":
        return False
    start = text.rfind(" ", 0, end) + 1
    word = text[start:end]
    if not _NAME_WORD.match(word) or word in _OPENERS or _PARTICIPLE.search(word):
        return False
    if start < 2 or text[start - 2] in ".!?:;":
        return False  # a sentence's first word is capitalised whatever it is
    return not any(f[0] < end and f[1] > start for f in known)


def _owned_by_state(text: str, words: list[tuple[int, int]], states: list[Found]) -> bool:
    """True when a word of the name is a possessive that ends a state's phrase.

    In "the Nazi German Luftwaffe's Condor Legion" the owner is German: the unit is that
    state's. A word of a state's forces ("People's", "Navy's") is no owner: "the Korean
    People's Army" is a name, and so is a possessive with no state before it ("the
    Lord's Resistance Army").
    """
    for start, end in words:
        word = text[start:end]
        if _POSSESSIVE.search(word) and not is_force_word(word):
            return any(f[0] < end for f in states)
    return False


def _names_state(tail: str, states: list[Found], at: int) -> bool:
    """True when the words of a name's tail ("of the Republic of X") are only a state's."""
    end = at + len(tail)
    return any(f[0] <= at and f[1] >= end for f in states)


def is_force_word(word: str) -> bool:
    """True for a word of a state's own forces ("Armed", "People's", "People’s")."""
    word = word.replace("’", "'")
    return word in _FORCE_WORDS or _POSSESSIVE.sub("", word) in _FORCE_WORDS


_ACRONYM_AFTER = re.compile(r"\s*\((\w[\w.&-]{1,11})\)")
