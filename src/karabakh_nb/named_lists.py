"""Names the lexicon does not know, read from their place in a list of known parties.

What belongs here: a coordination ("A, B and C", "A and B", "between A and B", "A, B, as
well as C") that names a known state or side makes its other members parties of the same
kind, when they are proper names: one to five capitalised words, with "of" or "of the"
inside ("Freedonia", "the Kingdom of Sylvania", "the Vulgarian Free State"). So "an alliance
of France, Freedonia and the Grand Duchy of Vulgaria" names three states. A list in
apposition to a count and a plural head ("two small states, A and B"; ``lexicon/list_heads.txt``)
takes its kind from the head, with as many members as the count says.

A listed name goes under its short form: "the Kingdom of Sylvania" is ``Sylvania`` (the words
before "of" all words of a state's title, ``lexicon/state_titles.txt``), and a name with a
bracketed alias ("the Sylvanian Republic (Vulgaria)") is one entity under the shorter of the
two (a known demonym inside such a name is part of it, no state of its own).

Left alone (each general): a name holding a person's title (``lexicon/person_titles.txt``),
two words that may be a first name and a surname where a title or a leader is listed with them
or a verb of saying follows; a list of leaders or of capitals; names of treaties, battles,
operations, bodies, months and days (``lexicon/not_list_names.txt``); compass points and
sentence adverbs standing alone (``lexicon/not_list_words.txt``); demonym-shaped words
("Sylvanians"); known cities; and, in a list of places ("in A, B and C", "the towns of A
and B"), any name not shaped like a state's.

:func:`karabakh_nb.entities.find_entities` calls :func:`lists_in` on every text, so what it
adds reaches the sentence notes of :mod:`karabakh_nb.annotate` and every table; the text is
walked once per capitalised run, so the scan stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import read_table, read_words

__all__ = ["lists_in", "short_name"]

Found = tuple[int, int, str, tuple[str, str, bool, str], bool]

_SP = r"[ \u00a0]+"
# A run of capitalised words, "of" / "of the" inside ("Grand Duchy of Vulgaria").
_RUN = re.compile(
    rf"(?<![\w'’-])[A-Z][\w'’-]*(?:{_SP}(?:of{_SP}(?:the{_SP})?)?[A-Z][\w'’-]*){{0,7}}"
)
_ALIAS = re.compile(rf"[ \u00a0]*\((?:the{_SP})?([A-Z][\w'’-]*(?:{_SP}[A-Z][\w'’-]*){{0,2}})\)")
# What joins two members: a comma, or "and" / "as well as" before the last one.
_COMMA = re.compile(r"\s*,\s*(?:the\s+)?")
_AND = re.compile(r"\s*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?")
_POSSESSIVE = re.compile(r"['’]s?$")
_DEMONYM_SHAPE = re.compile(r"(?:ians?|eans?|ese|ish|ans|ites?|ists?|ers|men)$")
_ADVERB = re.compile(r"[a-z]ly$")
_WORD = re.compile(r"\S+")
_NOT_A_NAME = re.compile(r"\d|-[a-z]+$")
_OF = re.compile(rf"{_SP}of{_SP}(?:the{_SP})?")
MAX_NAME_WORDS = 5

_OPENERS = read_words("name_openers") | read_words("sentence_openers")
_TITLES = read_words("person_titles")
_NOT_NAMES = read_words("not_list_names")
_NOT_WORDS = read_words("not_list_words")
_STATE_TITLES = read_words("state_titles")
_SPEECH = read_words("speech_verbs")
_SAID_AFTER = re.compile(r"\s*,?\s*([a-z]+)")
# "in A, B and C", "cities such as A and B": a list of places.
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|across|throughout|around|inside|within|into|outside)\s+(?:the\s+)?$"
)
# Before a list, the head of a longer name it ends ("the State of A and the B", "the
# Frente de A"): the list is that name's tail.
_NAME_TAIL = re.compile(
    r"([A-Z][\w'’-]*)\s+(?:of|de|da|di|del|du|des|van|von|der|al|el|bin|ibn|la|le|y)\s+"
    r"(?:the\s+)?$"
)
_COALITION_HEADS = read_words("coalition_heads")
# After a list, a clause going on ("X backing A and B supplying C": two clauses, no list) or
# a plural noun the last name qualifies ("A and B partners").
_CLAUSE_AFTER = re.compile(r"\s+[a-z]+ing\b")
_WORD_AFTER = re.compile(r"\s+([a-z]{3,})\b")
_NOT_NOUNS = frozenset({"was", "has", "its", "does", "says", "this", "thus", "his", "whereas"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
# Before two plain capitalised words, what makes them a person ("Cuba under X Y").
_LED_BY = re.compile(r"\b(?:under|led\s+by|commanded\s+by|headed\s+by)\s+$")
# The words before an appositive head: a count the list must agree with, or a determiner.
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2, "several": 0}
_DETERMINERS = {"the": 0, "its": 0, "their": 0, "his": 0, "her": 0}


@lru_cache(maxsize=1)
def _heads() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The patterns of the heads before a list, and each head's kind.

    The first pattern finds an appositive head ("two small states, "), the second a head of
    places ("the towns of ", "cities such as "); kinds from ``lexicon/list_heads.txt``.
    """
    kinds = {head: kind for kind, heads in read_table("list_heads").items() for head in heads}

    def alternation(heads: list[str]) -> str:
        return "|".join(sorted((re.escape(h) for h in heads), key=len, reverse=True))

    plural = alternation([h for h in kinds if h.endswith("s")])
    places = alternation([h for h, k in kinds.items() if k == "place"])
    counts = "|".join((*_COUNTS, *_DETERMINERS))
    counted = re.compile(
        rf"\b(?P<count>{counts})\s+(?:[\w'’-]+\s+){{0,2}}?(?P<head>{plural})\s*,\s*"
        r"(?:the\s+)?$",
        re.IGNORECASE,
    )
    placed = re.compile(
        rf"\b(?:{places})\s+(?:of\s+|such\s+as\s+|including\s+|like\s+)?(?:the\s+)?$",
        re.IGNORECASE,
    )
    return counted, placed, kinds


@lru_cache(maxsize=1)
def _leader_forms() -> frozenset[str]:
    return frozenset(f for forms in read_table("leaders").values() for f in forms)


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    forms = {f for forms in read_table("capitals").values() for f in forms}
    return frozenset(forms | {f.upper() for f in forms})


@dataclass
class _Item:
    """One member of a possible list: a known entity or a capitalised name."""

    start: int
    end: int  # after its bracketed alias, if any
    known: Found | None = None
    name: str = ""  # a candidate's words, one space apart
    surface: str = ""
    possessive: bool = False
    alias: str = ""
    absorbs: tuple[Found, ...] = ()


def short_name(name: str) -> str:
    """A listed state's short name: "Kingdom of Sylvania" -> "Sylvania".

    Example:
        >>> short_name("Grand Duchy of Vulgaria"), short_name("Vulgarian Free State")
        ('Vulgaria', 'Vulgarian Free State')
    """
    of = _OF.search(name)
    if of is None or not of.start():
        return name
    before = name[: of.start()].split()
    if all(w in _STATE_TITLES for w in before):
        return name[of.end() :]
    return name


def lists_in(text: str, known: list[Found]) -> list[Found]:
    """``known`` with the unknown members of lists of known parties added (module docstring).

    Args:
        text: A sentence or passage.
        known: What the lexicon and the other recognisers found.

    Returns:
        The matches in order; a listed name replaces a demonym its bracketed alias absorbs.

    Example:
        >>> from karabakh_nb.entities import find_entities
        >>> [e.name for e in find_entities("France and the Kingdom of Sylvania signed.")]
        ['France', 'Sylvania']
    """
    if " and " not in text and " as well as " not in text:
        return known
    anchored = any(_is_anchor(f) for f in known)
    if not anchored and "," not in text:
        return known  # neither a known party nor an appositive list ("two states, A and B")
    items = _items(text, known)
    if not items:
        return known
    added: list[Found] = []
    gone: set[Found] = set()
    for members in _lists(text, items):
        for item, name, kind in _members(text, members):
            entry = _misspelt(name) or (name, kind, False, name)
            added.append((item.start, item.end, item.surface, entry, item.possessive))
            gone.update(item.absorbs)
    if not added:
        return known
    return sorted([*(f for f in known if f not in gone), *added], key=lambda f: f[0])


def _items(text: str, known: list[Found]) -> list[_Item]:
    """The known entities and the capitalised names of ``text`` in order (none without a name)."""
    names: list[_Item] = []
    spans = sorted((f[0], f[1], f) for f in known)
    k = 0
    taken = 0  # the end of the last name, its alias included
    for run in _RUN.finditer(text):
        start, end = run.span()
        if start < taken:
            continue  # the alias of the name before
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        if k < len(spans) and spans[k][0] < end and "(" not in text[end : end + 2]:
            continue  # a known name in the run, and no alias to make it one name
        if not _joined(text, start, end):
            continue  # no comma or "and" beside it: no member of a list
        item = _candidate(text, start, end)
        if item is None:
            continue
        inside = []
        j = k
        while j < len(spans) and spans[j][0] < item.end:
            if spans[j][1] > item.start:
                inside.append(spans[j][2])
            j += 1
        if inside:
            # A known demonym inside a name with an alias is part of it ("the Sylvanian
            # Republic (Vulgaria)"); any other known name inside leaves the run to it.
            if not item.alias or any(not f[3][2] for f in inside):
                continue
            item.absorbs = tuple(inside)
        names.append(item)
        taken = item.end
    if not names:
        return []
    absorbed = {f for item in names for f in item.absorbs}
    items = [_Item(f[0], f[1], known=f) for f in known if f not in absorbed]
    return sorted([*items, *names], key=lambda i: i.start)


def _joined(text: str, start: int, end: int) -> bool:
    """True when a comma, "and" or "as well as" stands beside a run (or a bracket after it)."""
    after = text[end : end + 13]
    if after[:1] == "," or after.startswith((" and ", " as well as ", " (", "(")):
        return True
    before = text[max(0, start - 16) : start]
    if before.endswith(("the ", "The ")):
        before = before[:-4]
    return before.endswith((", ", " and ", " as well as ", ","))


def _candidate(text: str, start: int, end: int) -> _Item | None:
    """The name a capitalised run gives, openers and possessive off, or None."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    while words and text[words[0][0] : words[0][1]] in _OPENERS:
        words.pop(0)
        while words and text[words[0][0] : words[0][1]] in ("of", "the"):
            words.pop(0)
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    surface = text[start:end]
    possessive = bool(_POSSESSIVE.search(surface))
    name = _POSSESSIVE.sub("", surface) if possessive else surface
    alias = ""
    after = _ALIAS.match(text, end)
    if after is not None and not possessive:
        alias, end = after.group(1), after.end()
        surface = text[start:end]
    name = " ".join(name.split())
    return _Item(start, end, name=name, surface=surface, possessive=possessive, alias=alias)


def _lists(text: str, items: list[_Item]) -> list[list[_Item]]:
    """The coordinations of ``items``: commas between members, "and" before the last."""
    found: list[list[_Item]] = []
    run: list[_Item] = []
    for item in items:
        if run:
            prev = run[-1]
            gap_and = _AND.fullmatch(text, prev.end, item.start)
            if gap_and is not None:
                found.append([*run, item])
                run = []
                continue
            if _COMMA.fullmatch(text, prev.end, item.start) is not None:
                run.append(item)
                continue
        run = [item]
    return found


def _members(text: str, members: list[_Item]) -> list[tuple[_Item, str, str]]:
    """The listed names that are parties, each with its name and kind."""
    start = members[0].start
    before = text[max(0, start - 60) : start]
    counted, places, kinds = _heads()
    head = counted.search(before)
    kind = ""
    if head is not None:
        kind = kinds.get(head.group("head").lower(), "")
        word = head.group("count").lower()
        count = _COUNTS.get(word) or _DETERMINERS.get(word, 0)
        if kind == "place" or (count and count != len(members)):
            return []
    anchors = [m.known for m in members if m.known is not None and _is_anchor(m.known)]
    if not kind:
        if not anchors:
            return []
        sides = sum(a[3][1] == "side" for a in anchors)
        kind = "side" if sides * 2 > len(anchors) else "state"
    if any(m.known is not None and _is_person_or_city(m.known) for m in members):
        return []  # "Putin, Erdogan and X": leaders; "Kampala and X": cities
    tail = _NAME_TAIL.search(before)
    if tail is not None and tail.group(1) not in _COALITION_HEADS:
        return []  # "the State of A and the B" ("an Alliance of A, B and C" is a list)
    if _CLAUSE_AFTER.match(text, members[-1].end):
        return []
    names = [m for m in members if m.known is None]
    # A person cue: a title on another member, or a verb of saying after the list.
    persons = any(_titled(m.name) for m in names) or _said_after(text, members[-1].end)
    placed = bool(_LOCATIVE.search(before) or places.search(before))
    out: list[tuple[_Item, str, str]] = []
    for m in names:
        name = _name_of(m)
        if name is None or _titled(m.name):
            continue
        led = _LED_BY.search(text, max(0, m.start - 16), m.start)
        if (_person_shaped(m.name) and (persons or led)) or _title_before(text, m.start):
            continue
        if m is members[-1] and _noun_after(text, m.end):
            continue  # "A and Freedonian partners": a word qualifying a noun
        if placed and not _state_shaped(m.name):
            continue  # "in A, B and C", "the towns of A and B": places
        if _opens_sentence(text, m.start) and " " not in m.name and m.name.endswith("s"):
            continue  # "Tanks, guns and ...": a plural noun opening the sentence
        out.append((m, name, kind))
    return out


@lru_cache(maxsize=1)
def _one_letter_off() -> dict[str, tuple[str, str, bool, str] | None]:
    """Known one-word names with one letter (not the first) blanked out -> their entries.

    Only names of six letters or more; None where two names share a key.
    """
    from .entities import _forms

    index: dict[str, tuple[str, str, bool, str] | None] = {}
    for form, entry in _forms().items():
        if len(form) < 6 or not form.isalpha() or form.isupper() or entry[2]:
            continue
        if entry[1] not in ("state", "side"):
            continue
        for i in range(1, len(form)):
            key = f"{form[:i]}?{form[i + 1 :]}"
            index[key] = entry if index.get(key, entry) == entry else None
    return index


def _misspelt(name: str) -> tuple[str, str, bool, str] | None:
    """The known party a listed name misspells by one letter ("Sylvanai" for "Sylvania").

    Scraped text drops and swaps letters as it drops apostrophes; only a single word of six
    letters or more, with its first letter right and one other letter wrong, is read so.
    """
    if len(name) < 6 or not name.isalpha():
        return None
    index = _one_letter_off()
    for i in range(1, len(name)):
        entry = index.get(f"{name[:i]}?{name[i + 1 :]}")
        if entry is not None:
            return entry
    return None


def _opens_sentence(text: str, pos: int) -> bool:
    head = text[max(0, pos - 2) : pos]
    return not text[:pos].strip() or head in (". ", "! ", "? ")


def _is_anchor(f: Found) -> bool:
    return f[3][1] in ("state", "side") and not f[3][2]


def _is_person_or_city(f: Found) -> bool:
    surface = _POSSESSIVE.sub("", f[2])
    return surface in _leader_forms() or surface in _city_names()


def _titled(name: str) -> bool:
    return any(w.rstrip(".") in _TITLES for w in name.split())


def _noun_after(text: str, end: int) -> bool:
    """True when a lower-case plural follows (a list's subject takes "were", "have")."""
    word = _WORD_AFTER.match(text, end)
    if word is None:
        return False
    noun = word.group(1)
    return noun.endswith("s") and not noun.endswith("ss") and noun not in _NOT_NOUNS


def _title_before(text: str, start: int) -> bool:
    """True when a title stands just before a name ("army chief X", "his deputy X")."""
    word = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return word is not None and word.group(1).capitalize() in _TITLES


def _person_shaped(name: str) -> bool:
    """Two plain capitalised words, as a first name and a surname are."""
    words = name.split()
    return len(words) == 2 and not any(w in _STATE_TITLES for w in words)


def _state_shaped(name: str) -> bool:
    return any(w in _STATE_TITLES for w in name.split())


def _said_after(text: str, end: int) -> bool:
    said = _SAID_AFTER.match(text, end)
    return said is not None and said.group(1) in _SPEECH


def _name_of(item: _Item) -> str | None:
    """The canonical name of a listed candidate, or None when it names no party."""
    words = item.name.split()
    if not words or len([w for w in words if w not in ("of", "the")]) > MAX_NAME_WORDS:
        return None
    if any(w in _NOT_NAMES for w in words) or _NOT_A_NAME.search(item.name):
        return None  # "the Treaty of X"; "Su-25", "X-backed": a model, a modifier
    if all(w in _NOT_WORDS or w in _OPENERS for w in words):
        return None  # "the West", "the South Caucasus", "Meanwhile"
    if len(words) == 1:
        if _ADVERB.search(words[0]):
            return None  # "Initially, A and B ..."
        if _DEMONYM_SHAPE.search(words[0]) and not item.alias:
            return None  # "the Sylvanians", "Sylvanian": a people or an adjective
    if item.name in _city_names():
        return None
    name = short_name(item.name)
    if item.alias and len(item.alias.split()) <= len(name.split()):
        alias = short_name(item.alias)
        if not any(w in _NOT_NAMES or w in _TITLES for w in alias.split()):
            name = alias
    return name
