"""Small tests on a casualty figure's sentence, shared by :func:`extract_casualties`.

Whether a figure counts the enemy (:func:`_opponents`), which figure stands before it
past a parenthesis (:func:`_outside_parenthesis`), whether a list mixes parties
(:func:`_mixed`), a figure "killed in action" (:func:`_in_action`), a bare figure
opening its sentence (:func:`_opens_bare`), losses of a body no entity names
(:func:`_unknown_owner`), the kind a toll noun names (:func:`_kind_between`), a running
toll (:func:`_running_toll`), the dead a sentence with no figure speaks of
(:func:`_spoken_party`, :func:`_spoken_dead`) and the subject of a loss verb joined to a
clause that has an object (:func:`_loser`), a noun of plain people (:func:`_plain_people`)
and the party two ends of a range share (:func:`_share_range_party`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import Any

from ..entities import Entity, find_entities
from ..lexicon import read_words
from ._figures import _RANGE_ENDS, _Figure
from ._patterns import _IN_ACTION, _JOINED, _PARTY_KINDS
from ._sources import _parties

_OPPONENTS = read_words("opponent_nouns")
# What may open a sentence before a bare figure that counts the people counted before.
_OPENING_BARE = re.compile(
    r"\s*(?:(?:almost|about|some|nearly|around|roughly|another|a\s+further|over|more\s+than"
    r"|at\s+least|an\s+estimated|up\s+to)\s+)?",
    re.IGNORECASE,
)


def _opens_bare(text: str, fig: _Figure) -> bool:
    """True when only a qualifier stands before the figure: "Almost 32,000 had been ..."."""
    return bool(_OPENING_BARE.fullmatch(text, 0, fig.number.start))


def _bare_people(fig: _Figure, cue: str, before: str | None) -> bool:
    """True for displaced "people" or "persons" with no other word, as the people before.

    "Some 1 million people newly fled their homes" after a figure of displaced people.
    """
    bare = not fig.mods.strip() and (fig.head or "").lower() in ("people", "persons")
    return bare and cue == before == "displaced"


def _opponents(fig: _Figure) -> bool:
    """Whether a figure counts fighters no government counts as its own ("rebels")."""
    words = f"{fig.mods} {fig.head or ''}".lower().split()
    return "enemy" in words or bool(words and words[-1] in _OPPONENTS)


def _outside_parenthesis(text: str, figures: list[_Figure], index: int) -> int | None:
    """The figure before ``figures[index]``, past a parenthesis closed in between.

    "8,000 (5,000 Egyptian and 3,000 Syrian) killed and 18,000 wounded": 8,000's.
    """
    before = index - 1
    between = text[figures[before].np_end : figures[index].number.start]
    if ")" in between and "(" not in between:
        opened = text.rfind("(", 0, figures[before].number.start)
        return next((k for k in range(before, -1, -1) if figures[k].number.start < opened), None)
    return before


def _mixed(text: str, figures: list[_Figure], parties_of: dict[int, list[str]], at: int) -> bool:
    """True when the figure ``at`` ends a list naming another party just before it.

    The items may be joined by a bare comma ("25 X soldiers, 25 Y soldiers and ...").
    """
    before = at - 1
    start, end = figures[before].np_end, figures[at].number.start
    return (
        before in parties_of
        and parties_of[before] != parties_of.get(at)
        and bool(_JOINED.fullmatch(text, start, end) or _LIST_COMMA.fullmatch(text, start, end))
    )


_LIST_COMMA = re.compile(r"\s*,\s*")


def _in_action(category: str, text: str, fig: _Figure) -> str:
    if category == "unspecified" and _IN_ACTION.match(text, fig.np_end):
        return "military"
    return category


# "the JNA suffered 44 fatalities": an acronym as the subject of a loss verb.
_ACRONYM_LOST = re.compile(
    r"\b(?P<acronym>[A-Z]{2,6})\s+(?:(?:has|have|had)\s+)?(?:lost|suffered|sustained|incurred"
    r"|had)\s+(?:[a-z]+\s+){0,2}$"
)


def _unknown_owner(text: str, fig: _Figure) -> bool:
    """True when the subject losing the figure is an acronym naming no state or side.

    Then the losses are that body's, not a party named before it nor the reporter's.
    """
    start = fig.number.start
    lost = _ACRONYM_LOST.search(text, max(0, start - 60), start)
    if lost is None:
        return False
    return not any(e.kind in _PARTY_KINDS for e in find_entities(lost.group("acronym")))


# A toll's noun with its kind: "civilian deaths", "military casualties".
_KIND_TOLL = re.compile(
    r"\b(?:(?P<civilian>civilian)|(?P<military>military|combat|battle))\s+"
    r"(?:deaths|casualties|losses|dead|fatalities|death\s+toll)\b",
    re.IGNORECASE,
)


# "bringing the total number of IDPs to 266,200": a running toll of people counted before.
_RUNNING_TOLL = re.compile(
    r"\b(?:bringing|brings|brought|raising|raises|raised|pushing|pushed|taking|took)\s+the"
    r"\s+(?:total\s+|overall\s+)?(?:number|death\s+toll|toll|tally|count|total)\b",
    re.IGNORECASE,
)


def _running_toll(text: str, fig: _Figure) -> bool:
    """True when a figure of no noun is a running toll: "bringing the total number to"."""
    if fig.head is not None or not fig.mods.strip():
        return False
    start = text.rfind(fig.mods.strip(), 0, fig.number.start)
    return start >= 0 and bool(_RUNNING_TOLL.search(text, max(0, start - 20), fig.number.start))


def _kind_between(text: str, begin: int, end: int) -> str:
    """The kind the last toll noun in ``text[begin:end]`` names, else ``unspecified``."""
    last = next(reversed(list(_KIND_TOLL.finditer(text, begin, end))), None)
    if last is None:
        return "unspecified"
    return "civilian" if last.group("civilian") else "military"


# A bare toll noun ("deaths", "dead"), of no kind of its own.
_BARE_TOLL = frozenset({"deaths", "dead", "fatalities", "casualties"})


def _listed_toll(text: str, prev: _Figure, fig: _Figure) -> bool:
    """Whether ``fig`` is a bare toll in the same list item as ``prev``, after its label.

    "X soldiers: 7,000 killed, 1,200 deaths from disease": the item's label says the kind
    of every figure up to the next label or ";", not a noun's ("Toll: 300 soldiers, 900 dead").
    """
    if prev.head is not None or (fig.head or "").lower() not in _BARE_TOLL:
        return False
    colon = text.rfind(":", max(0, prev.number.start - 60), prev.number.start)
    return colon >= 0 and not re.search(r"[:;]", text[colon + 1 : fig.number.start])


# "X was told how many of its sons died": the dead of one party, spoken of with no figure
# (not a killer's victims: "X troops killed many", "X massacred villagers").
_SPOKEN_DEAD = re.compile(
    r"\b(?:died|dead|deaths|casualties|losses|fatalities|wounded|injured|missing"
    r"|(?:were|was|been)\s+killed)\b",
    re.IGNORECASE,
)
_KILLER = re.compile(
    r"(?<!were\s)(?<!was\s)(?<!been\s)\b(?:killed|killing|massacred|slaughtered|murdered"
    r"|executed|shot)\b",
    re.IGNORECASE,
)
# "put the dead at 1854", "and the wounded at 1800": a toll of people already spoken of.
_THE_DEAD = re.compile(
    r"\bthe\s+(?:dead|death\s+toll|toll|wounded|injured|missing|casualties|fatalities)\b",
    re.IGNORECASE,
)


def _spoken_party(text: str, index: int) -> tuple[str, int] | None:
    """The one party whose dead a sentence with no figure speaks of, with its index."""
    if not _SPOKEN_DEAD.search(text) or _KILLER.search(text):
        return None
    named = _parties(find_entities(text))
    return (named[0], index) if len(named) == 1 else None


def _spoken_dead(fig: _Figure) -> bool:
    """True for a toll of no noun that says "the dead": "put the dead at 1854"."""
    return fig.head is None and _THE_DEAD.search(fig.mods) is not None


_SUCH = re.compile(r"\bsuch\s+(?P<noun>[a-z]{3,})\b", re.IGNORECASE)


def _such_people(fig: _Figure, before: str) -> list[str]:
    """Whose "such" people are: the one party the sentence before names them by.

    "... the number of X refugees in the region. ... the total number of such refugees is
    about 870,000": X's.
    """
    such = _SUCH.search(f"{fig.mods} {fig.head or ''}")
    if such is None or not before:
        return []
    noun = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{re.escape(such.group('noun'))}\b", re.I)
    owners = {
        e.party
        for e in find_entities(before)
        if e.kind in _PARTY_KINDS and noun.match(before, e.end)
    }
    return list(owners) if len(owners) == 1 else []


# "Among the security forces there had been 1,700 dead", "The army lost 300 men": the
# losses of a force no name says whose (not the force that did the killing: "by
# government forces").
_UNNAMED_FORCE = re.compile(
    r"\b(?:(?:[Aa]mong|[Ff]or)\s+the\s+(?:security\s+|government\s+|armed\s+)?"
    r"(?:forces|army|military|troops)\b"
    r"|[Tt]he\s+(?:army|military|armed\s+forces)\s+(?:lost|suffered|had)\b)"
)


@lru_cache(maxsize=1024)
def _first_unnamed_force(text: str) -> int | None:
    first = _UNNAMED_FORCE.search(text)  # once per sentence: a long one has many figures
    return first.end() if first is not None else None


def _unnamed_force(text: str, pos: int) -> bool:
    """True when the losses before ``pos`` are those of a force of no name."""
    end = _first_unnamed_force(text)
    return end is not None and end <= pos


# "X invaded Y in 1990 and lost 300 soldiers": a loss verb joined by "and" to a clause.
_AND_LOST = re.compile(
    r"\band\s+(?:[a-z]+ly\s+)?(?:(?:had|has|have)\s+)?(?:lost|suffered|sustained|incurred)\s+"
    r"(?:(?:some|about|around|nearly|almost|over|more\s+than|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
# The verb whose object the last name is ("invaded Y", "fought the Y").
_OBJECT_VERB = re.compile(
    r"\b(?:[a-z]+ed|fought|struck|hit|beat|overran|took|seized|drove\s+back)\s+(?:the\s+)?$"
)


def _loser(text: str, named: list[Entity], pos: int) -> list[str]:
    """The subject of a loss verb after "and" when the last name before is an object.

    "X invaded Y in 1990 and lost 300 soldiers" gives X, not Y; "Y resisted and lost 300"
    (Y the subject) gives nothing here, and the caller takes the last name.
    """
    window = max(0, pos - 60)
    joined = _AND_LOST.search(text[window:pos])
    if joined is None:
        return []
    verb_start = window + joined.start()
    before = [e for e in named if e.kind in _PARTY_KINDS and e.end <= verb_start]
    if len(before) < 2 or any(c in text[before[-2].start : pos] for c in ".;:"):
        return []
    last, subject = before[-1], before[-2]
    verb = _OBJECT_VERB.search(text[max(subject.end, last.start - 30) : last.start])
    if verb is None or "," in text[subject.end : last.start]:
        return []
    return [subject.party]


def _plain_people(fig: _Figure) -> bool:
    """A noun of people naming no group of its own: "soldiers", not "Christians", "other X".

    A figure with no noun is no such figure.
    """
    if fig.head is None:
        return False
    words = f"{fig.mods} {fig.head}"
    lowered = words.lower().split()
    return words.islower() and not _opponents(fig) and not {"other", "former"} & set(lowered)


# "100,000 to 200,000 people died on the X side": the two ends of one range.
_RANGE_LINK = re.compile(r"\s*(?:[–—-]|to|and)\s*", re.IGNORECASE)


def _share_range_party(text: str, rows: list[tuple[_Figure, dict[str, Any]]]) -> None:
    """The two ends of a range count the same people: a party one end has is the other's.

    So is the kind of the high end, which its noun follows ("5 X peacekeepers 50,000–300,000
    killed": the range is of no kind, whatever the figure before it counted).
    """
    for (low, low_row), (high, high_row) in pairwise(rows):
        if (low.number.qualifier, high.number.qualifier) not in _RANGE_ENDS or not (
            _RANGE_LINK.fullmatch(text, low.number.end, high.number.start)
        ):
            continue
        kinds = {low_row["category"], high_row["category"]}
        if low.head is None and kinds <= {"military", "civilian", "unspecified"}:
            low_row["category"] = high_row["category"]
        if low_row["category"] != high_row["category"]:
            continue
        if low_row["party"] == "unspecified" and high_row["party"] != "unspecified":
            low_row["party"], low_row["parties"] = high_row["party"], list(high_row["parties"])
        elif high_row["party"] == "unspecified" and low_row["party"] != "unspecified":
            high_row["party"], high_row["parties"] = low_row["party"], list(low_row["parties"])


def _one_owner(rows: list[tuple[_Figure, dict[str, Any]]]) -> str | None:
    """The one named party all of a sentence's rows are of, else None."""
    owners = {row["party"] for _, row in rows}
    return owners.pop() if len(owners) == 1 and "unspecified" not in owners else None


# A host before the refugees it shelters: "Y, for example, has 450,000 refugees".
_HOSTS = re.compile(
    r"(?:,[^,;.]{1,30},)?\s+(?:has|had|hosts|hosted|shelters|sheltered|is\s+sheltering"
    r"|is\s+home\s+to|was\s+home\s+to)\s+(?:(?:some|about|around|over|nearly|at\s+most)\s+)?$",
    re.IGNORECASE,
)


def _hosted(text: str, named: list[Entity], fig: _Figure) -> bool:
    """Whether refugees counted are hosted by the one party their sentence names before them.

    "Y, for example, has 450,000 refugees": Y is where they are, not whose; the refugees
    are the people counted just before.
    """
    if fig.head is None or not _plain_people(fig):
        return False
    parties = [e for e in named if e.kind in _PARTY_KINDS]
    if len({e.party for e in parties}) != 1 or parties[-1].end > fig.number.start:
        return False
    return bool(_HOSTS.fullmatch(text, parties[-1].end, fig.number.start))


def _uncounted_before(figures: list[_Figure], kept_at: list[int], index: int) -> _Figure | None:
    """The figure of people this sentence counted last before ``index``, if no casualty.

    "Some 2,000 X soldiers camped there, and 900 of them were dead": the 2,000 are no
    casualty, but they are the people "of them" counts; a casualty read after them is.
    """
    last_kept = max((k for k in kept_at if k < index), default=-1)
    for k in range(index - 1, last_kept, -1):
        if figures[k].head is not None:
            return figures[k]
    return None
