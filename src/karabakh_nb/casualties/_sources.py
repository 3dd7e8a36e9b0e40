"""Who reported a casualty figure and when, and whose people a figure counts.

This module holds :class:`_Source` and the helpers that look beyond a figure's own
noun phrase: the reporter of a sentence's figures and the date it gave them
(:func:`_source_in`, :func:`_reported_on`), the parties named by entities
(:func:`_parties`), the owner a casualty noun names ("Indian casualties",
:func:`_owner`) and the place displaced people come from (:func:`_origin`,
:func:`_internal`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..dates import find_dates
from ..entities import Entity, city_of, find_entities
from ..lexicon import read_words
from ._forces import _is_force
from ._patterns import (
    _ATTACKED,
    _EACH_BEFORE,
    _EACH_SIDE,
    _IN_FORCE,
    _JOINED,
    _LABEL,
    _LEAVING,
    _ORIGIN_AFTER,
    _ORIGIN_AFTER_LEAVING,
    _OWNER_NOUN,
    _PARTY_KINDS,
    _SIDE_CLAUSE,
    _SIDE_LOSSES,
    _SIDE_OPENER,
    _SIDE_PP,
    _TOTAL_LABEL,
)
from ._source_patterns import (
    _ACCORDING,
    _ANAPHORA,
    _AUXILIARIES,
    _BY_SOURCE,
    _CLAUSE_START,
    _DATE_HINT,
    _DATE_OPENER,
    _DETERMINER,
    _FOR_SIDE,
    _PASSIVE_END,
    _REPORT_VERB,
    _SOURCE_END,
    _SOURCE_NOUNS,
    _SUB_LABEL,
)

_GOVERNMENT_WORDS = read_words("government_words")
_OPPONENTS = read_words("opponent_nouns")

if TYPE_CHECKING:
    from ._figures import _Figure


@dataclass(frozen=True)
class _Source:
    """Who gave a figure, and when."""

    name: str | None
    party: str | None
    cue_end: int  # offset in the answer just past the reporting words
    sentence_start: int  # offset of the sentence in the answer
    sentence_end: int
    anaphoric: bool


def _parties(entities: list[Entity]) -> list[str]:
    out: list[str] = []
    for entity in entities:
        if city_of(entity) and not entity.possessive:
            continue  # "Kigali residents" are the city's; "Kampala's troops" Uganda's
        if entity.kind in _PARTY_KINDS and entity.party not in out:
            out.append(entity.party)
    return out


_AMONG = re.compile(r"\s+among\s+(?:the\s+)?", re.IGNORECASE)


def _owner(
    text: str, pos: int, np_end: int | None = None, marks: list[tuple[int, str, bool]] | None = None
) -> tuple[list[str], bool]:
    """Whose losses a casualty noun names, before the figure or after it, and if a force's.

    "Indian casualties ... 240 killed"; "2,837 fatalities among Russian servicemen"; "The
    Israel Defense Forces (IDF) death toll ranges from 118 to 121" (a force's: soldiers).
    ``marks`` are :func:`_owner_marks` of all of ``text``, when the caller has them.
    """
    if np_end is not None and (among := _AMONG.match(text, np_end)):
        after = [e for e in find_entities(text[among.end() : among.end() + 80]) if e.start == 0]
        if after and after[0].kind in _PARTY_KINDS:
            return [after[0].party], False
    if marks is None:
        marks = _owner_marks(text, find_entities(text[:pos]))
    at = bisect.bisect_right(marks, pos, key=lambda mark: mark[0])
    return ([marks[at - 1][1]], marks[at - 1][2]) if at else ([], False)


def _owner_marks(text: str, entities: list[Entity]) -> list[tuple[int, str, bool]]:
    """``(end, party, force)`` of each party named before a noun of its losses, in order."""
    marks = []
    for e in entities:
        if e.kind in _PARTY_KINDS and (noun := _OWNER_NOUN.match(text, e.end)):
            force = bool(noun.group("force") or _is_force(e))
            marks.append((e.end, e.party, force))
    return marks


def _last_before(marks: list[tuple[int, str]], pos: int) -> list[str]:
    """The party of the last mark ending at or before ``pos`` (a list of at most one)."""
    at = bisect.bisect_right(marks, pos, key=lambda mark: mark[0])
    return [marks[at - 1][1]] if at else []


def _party_at(text: str, pos: int) -> str | None:
    """The party of the state, side or region named right at ``text[pos:]``."""
    entities = [e for e in find_entities(text[pos : pos + 80]) if e.start == 0]
    if entities and entities[0].kind in _PARTY_KINDS and not entities[0].adjective:
        return entities[0].party
    return None


def _origin(text: str, fig: _Figure) -> str | None:
    """Whose displaced people: the place they come from ("refugees from X", "fled X")."""
    places = [(fig.np_end, _ORIGIN_AFTER)]
    if fig.post == "displaced" and fig.post_span is not None:
        verb = text[fig.post_span[0] : fig.post_span[1]]
        places.append(
            (fig.post_span[1], _ORIGIN_AFTER_LEAVING if _LEAVING.search(verb) else _ORIGIN_AFTER)
        )
    for pos, pattern in places:
        match = pattern.match(text, pos)
        if match is not None and (party := _party_at(text, match.end())):
            return party
    if (source := _SOURCE_OF.search(text, 0, fig.number.start)) is not None:
        # "X was the source of 3.6 million uprooted people": X's people.
        named = [e for e in find_entities(text[: source.start()]) if e.kind in _PARTY_KINDS]
        if named and not named[-1].adjective:
            return named[-1].party
    return None


# "X was the largest source of 3.6 million refugees": where they come from, before them.
_SOURCE_OF = re.compile(
    r"\b(?:was|is|has\s+been|had\s+been|remained|remains|became)\s+(?:the|a)\s+"
    r"(?:[\w-]+\s+){0,2}?source\s+of\s+$",
    re.IGNORECASE,
)


def _internal(text: str, fig: _Figure) -> bool:
    """True for "internally displaced" people: displaced within their own country."""
    if re.search(r"\binternally\b", fig.mods, re.IGNORECASE):
        return True
    return fig.post_span is not None and bool(
        re.match(r"internally\b", text[fig.post_span[0] : fig.post_span[1]], re.IGNORECASE)
    )


def _side_named(text: str, fig: _Figure) -> list[str]:
    """Whose a side names: "1300 died on the X side", "On the X side, 300 died".

    Also the side of losses named before the figure: "Casualties on the X side were 300".
    """
    after = fig.post_span[1] if fig.post_span is not None else fig.np_end
    side = _SIDE_PP.match(text, after)
    if side is None and fig.head is None:
        side = _FOR_SIDE.match(text, after)  # "the losses at 18,000 for X, 12,500 for Y"
    if side is None:
        opener = _SIDE_OPENER.match(text)
        side = opener if opener is not None and opener.end() <= fig.number.start else None
        if side is None:  # "..., on the X side 300 were killed; on the Y side 500 were"
            window = max(0, fig.number.start - 120)
            clauses = _SIDE_CLAUSE.finditer(text, window, fig.number.start)
            side = next(reversed(list(clauses)), None)
            if side is not None and ";" in text[side.end() : fig.number.start]:
                side = None  # another clause's
        if side is not None and _parties(find_entities(text[side.end() : fig.number.start])):
            side = None  # another party named in between: "..., while Y lost 500"
    if side is None:  # "Casualties on the X side were 300 killed"
        # Within a window before the figure: the whole text before each figure was quadratic.
        window = max(0, fig.number.start - 160)
        side = next(reversed(list(_SIDE_LOSSES.finditer(text, window, fig.number.start))), None)
    return _parties(find_entities(side.group("np"))) if side is not None else []


def _force_after(text: str, figures: list[_Figure]) -> dict[int, str]:
    """The party of a force named after each figure's predicate ("... wounded in the X Army").

    A figure joined by "and" to the next one shares its force: "over 6,000 killed and
    10,000 wounded in the Ethiopian Army" are both Ethiopia's.
    """
    out: dict[int, str] = {}
    for i in range(len(figures) - 1, -1, -1):
        fig = figures[i]
        end = fig.post_span[1] if fig.post_span is not None else fig.np_end
        force = _IN_FORCE.match(text, end)
        if force is not None:
            parties = _parties(find_entities(force.group("name")))
            if parties:
                out[i] = parties[0]
        elif i + 1 in out and _JOINED.fullmatch(text, end, figures[i + 1].number.start):
            out[i] = out[i + 1]
    return out


# "Two X helicopters were shot down, killing seven people": the people aboard a party's craft.
_CRAFT = re.compile(
    r"\s+(?:(?:passenger|cargo|transport|military|civilian|fighter|naval|navy|patrol)\s+)?"
    r"(?:planes?|airliners?|aircraft|jets?|helicopters?|ships?|vessels?|frigates?|boats?"
    r"|ferry|ferries|submarines?|warships?|destroyers?|cruisers?)\b"
)
_ON_BOARD = frozenset({"passengers", "crew", "people", "sailors", "occupants", "persons", "aboard"})
_BY_ATTACKER = re.compile(r"\bby\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


# "the ship" standing for the craft a sentence before named (its noun, singular).
_THE_CRAFT = re.compile(
    r"\bthe\s+(?P<noun>plane|airliner|aircraft|jet|helicopter|ship|vessel|frigate|boat|ferry"
    r"|submarine|warship|destroyer|cruiser)\b",
    re.IGNORECASE,
)
_NAMED_CRAFT = re.compile(_CRAFT.pattern, re.IGNORECASE)  # "a U.S. Navy ship"


def _craft_before(before: str, noun: str) -> list[str]:
    """The one party whose craft of ``noun`` the sentence ``before`` names ("an X ship")."""
    owners = {
        e.party
        for e in find_entities(before)
        if e.kind in _PARTY_KINDS
        and (craft := _NAMED_CRAFT.match(before, e.end))
        and craft.group(0).lower().rstrip("s").endswith(noun.lower())
        and not _BY_ATTACKER.search(before, max(0, e.start - 8), e.start)
    }
    return list(owners) if len(owners) == 1 else []


def _attacked(text: str, fig: _Figure, before: str = "") -> list[str]:
    """Whose people a raid killed: the one party its object names ("shelled X, killing 30").

    Also the people aboard a party's craft named before the figure ("an X passenger plane
    was shot down by a Y missile and all 290 passengers were killed": X's; the attacker
    after "by" is not theirs), or named in the sentence ``before`` when this one says "the
    ship" and names no party ("An X ship was struck ... The missiles hit the ship, killing
    37 sailors").
    """
    start = max(0, fig.number.start - 120)
    hit = _ATTACKED.search(text, start, fig.number.start) if fig.pre is not None else None
    if hit is not None:
        parties = _parties(find_entities(hit.group("object")))
        return parties if len(parties) == 1 else []
    if fig.head is not None and fig.head.lower() not in _ON_BOARD:
        return []
    if fig.head is None and fig.pre is None:
        return []
    window = text[start : fig.number.start]
    named = [
        e
        for e in find_entities(window)
        if e.kind in _PARTY_KINDS and not _BY_ATTACKER.search(window, max(0, e.start - 8), e.start)
    ]
    craft = next((e for e in reversed(named) if _CRAFT.match(window, e.end)), None)
    if craft is None and not named and (the := _THE_CRAFT.search(window)):
        return _craft_before(before, the.group("noun"))
    if craft is None or any(e.party != craft.party for e in named if e.start > craft.start):
        return []  # another party named after the craft is whose the figure may be
    return [craft.party]


def _on_each_side(text: str, fig: _Figure) -> bool:
    """True when a figure counts "on each side" / "on either side" (not "on both sides")."""
    end = fig.post_span[0] if fig.post_span is not None else fig.np_end
    return bool(
        _EACH_SIDE.match(text, end)
        or _EACH_SIDE.match(text, fig.np_end)
        or _EACH_BEFORE.search(text, max(0, fig.number.start - 40), fig.number.start)
    )


def _each_side(text: str, fig: _Figure, begin: int) -> list[str]:
    """The two parties named since ``begin`` when a figure counts "on each side"."""
    if not _on_each_side(text, fig):
        return []
    parties = _parties(find_entities(text[begin : fig.number.start]))
    return parties if len(parties) == 2 else []


def _labelled(text: str, named: list[Entity], pos: int, bare: bool = False) -> list[str]:
    """The party labelling the figure at ``pos``: "X's 300 dead", "X: 300 killed", "X side 300".

    A bare figure (no noun) may follow the name with no mark when the name opens an item of
    a list: "X 3,825 killed, 11,000 wounded; Y 2,908 killed".
    """
    # Only a name ending right before the figure (a mark and spaces between) can label it:
    # the last few names that end by ``pos``, not every name of a long sentence.
    last = bisect.bisect_right(named, pos, key=lambda e: e.end)
    for at in range(max(0, last - 4), last):
        e = named[at]
        label = _LABEL.match(text, e.end)
        if (
            e.kind in _PARTY_KINDS
            and label is not None
            and label.end() == pos
            and (
                e.possessive
                or label.group("mark")
                or (label.group("paren") and not e.adjective)
                or (bare and not e.adjective and _ITEM_START.search(text, 0, e.start))
            )
        ):
            joined = named[at - 1] if at else None
            if (
                joined is not None
                and joined.kind in _PARTY_KINDS
                and "region" not in (joined.kind, e.kind)
                and joined.party != e.party
                and _LABEL_JOINED.fullmatch(text, joined.end, e.start)
            ):
                return [joined.party, e.party]  # "X and Y: 2,400 dead": of both together
            return [e.party]
    return []


# An infobox section's heading, which ends the scope of a label before it.
_SECTION_HEADING = re.compile(
    r"\b(?:Casualties\s+and\s+losses|Strength|Commanders\s+and\s+leaders)\b"
)
# Two names of one label: "X and Y: 2,400 dead and wounded".
_LABEL_JOINED = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")


# Where an item of a list opens: the text's start, a punctuation mark, a casualty word.
_ITEM_START = re.compile(r"(?:^|[;,.]|\b(?:killed|wounded|missing|dead|injured|captured))\s*$")
# The kind a list's label names: "Civilian casualties: 1,500 killed".
_LABEL_KIND = re.compile(
    r"\b(?:(?P<civilian>civilians?|women|children|villagers|residents)"
    r"|(?P<military>military|soldiers|troops|army|forces|fighters|servicemen))"
    r"[^:;.]{0,30}:\s*$",
    re.IGNORECASE,
)


def _label_kind(text: str, begin: int, fig: _Figure) -> str:
    """``civilian`` or ``military`` when the label right before a bare figure says so."""
    found = _LABEL_KIND.search(text, max(begin, fig.number.start - 60), fig.number.start)
    if found is None:
        return "unspecified"
    return "civilian" if found.group("civilian") else "military"


# Civilians counted after a label's own figures are no longer the label's side's.
_CIVILIANS_AT = re.compile(r"[^\s]*(?:\s*[–—-]\s*[\d,.]+)?\+?\s+civilians\b", re.IGNORECASE)
# A force's noun in a list label ("X Government forces:", "X Gendarmerie, from ... :").
_LABEL_FORCE = re.compile(
    r"\b(?:army|navy|air\s+force|forces|military|marines|militia|gendarmerie|police)\b", re.I
)


_CLAIMS = frozenset(
    {"claim", "claims", "claimed", "estimate", "estimates", "says", "said", "figure", "figures"}
)


def _list_label(
    text: str, named: list[Entity], pos: int, starts: list[int]
) -> tuple[list[str], bool]:
    """The party of a list label the figure at ``pos`` follows, and if it names a force.

    "X forces: 300 killed; 20 missing Y Army: 50 dead": each label ending in a colon names
    the party of the figures after it, up to the next label. A label naming the state's
    enemies ("X Rebel forces:") names no party. ``starts`` are the sentence's figures.
    """
    colon = text.rfind(":", 0, pos)
    if colon < 0 or pos - colon > 120 or any(e.start > colon and e.start < pos for e in named):
        return [], False
    label = next(
        (
            e
            for e in reversed(named)
            if e.end <= colon and e.kind in _PARTY_KINDS and colon - e.end <= 80
        ),
        None,
    )
    total = _TOTAL_LABEL.search(text, max(0, colon - 10), colon + 1)  # no one side's
    if label is None or total or any(label.end <= s < colon for s in starts):
        return [], False
    before = max((s for s in starts if colon < s < pos), default=None)
    if (
        before is not None
        and _CIVILIANS_AT.match(text, pos)
        and not re.search(r"[,;]", re.sub(r"^[\d,.]+", "", text[before:pos]))
    ):
        return [], False  # "X: 10 killed 33 wounded 1,000 civilians killed": not X's
    if _SECTION_HEADING.search(text, colon, pos):
        return [], False  # "Strength X: 25,000 Casualties and losses 10,659 killed": a new section
    rest = _SUB_LABEL.sub("", text[label.end : colon])  # "X: Land: 34 killed": X's
    words = re.findall(r"[a-z]+", rest.lower())
    if ":" in rest or ";" in rest or any(w in _OPPONENTS or w in _CLAIMS for w in words):
        return [], False  # "X Rebel forces:"; "X Army claim:" gives its enemy's losses
    return [label.party], bool(_LABEL_FORCE.search(rest))


def _clean_source(text: str) -> str:
    text = _SOURCE_END.sub("", text.strip())
    text = _AUXILIARIES.sub("", text)
    return _DETERMINER.sub("", text).strip()


def _source_in(answer: str, start: int, end: int) -> _Source | None:
    """Find who gives the figures of the sentence ``answer[start:end]``."""
    sentence = answer[start:end]
    found: tuple[str, int] | None = None
    match = _BY_SOURCE.search(sentence) or _ACCORDING.search(sentence)
    if match is not None:
        found = (match.group("src"), match.end())
    else:
        for verb in _REPORT_VERB.finditer(sentence):
            before = sentence[: verb.start()].rstrip()
            clause = _CLAUSE_START.match(before)
            chunk = before[clause.end() :] if clause else before
            chunk = _AUXILIARIES.sub("", chunk).strip()
            if not chunk or re.search(r"\d", chunk) or _PASSIVE_END.search(chunk):
                continue
            if re.search(r"\b(?:an?|the)$", chunk, re.IGNORECASE):
                continue  # "X lost an estimated 12,000": a figure's qualifier, no report
            if len(chunk.split()) > 8:
                continue
            if not (find_entities(chunk) or _SOURCE_NOUNS.search(chunk)
                    or re.search(r"\s[A-Z]", chunk) or _ANAPHORA.match(chunk)):  # fmt: skip
                continue
            found = (chunk, verb.end())
            break
    if found is None:
        return None
    name = _clean_source(found[0])
    if not name:
        return None
    anaphoric = bool(_ANAPHORA.match(found[0].strip())) and not find_entities(name)
    # A government gives its own losses; a side's spokesman, or a state's ministry in a
    # sentence naming other parties ("... in fighting between X and Y troops", "clashes
    # between the A and the B"), is a witness, not the owner.
    states = [e for e in find_entities(name) if e.kind == "state"]
    parties = [e.party for e in states]
    if states and not _government(name, states):
        parties = []  # "the Estonia Body Count project": another body, not the state
    if parties and any(
        e.kind in _PARTY_KINDS and e.party != parties[0] for e in find_entities(sentence)
    ):
        parties = []
    return _Source(
        name=None if anaphoric else name,
        party=parties[0] if parties else None,
        cue_end=start + found[1],
        sentence_start=start,
        sentence_end=end,
        anaphoric=anaphoric,
    )


def _government(name: str, states: list[Entity]) -> bool:
    """Whether the source ``name`` is its states' own reporting body ("the X government")."""
    rest = name
    for e in reversed(states):
        rest = rest[: e.start] + " " + rest[e.end :]
    words = re.findall(r"[\w'’]+", rest.lower())
    return all(w in _GOVERNMENT_WORDS for w in words)


def _reported_on(
    answer: str, source: _Source, figure_starts: list[int], as_of: dt.date | None
) -> str | None:
    """The date the source gave its figures, when the sentence says it."""
    after = [s for s in figure_starts if s >= source.cue_end]
    window = answer[source.cue_end : min(after, default=source.sentence_end)]
    opener = answer[source.sentence_start : source.sentence_start + 6]
    if not _DATE_HINT.search(window) and not re.match(r"(?:On|As of)\s", opener):
        return None
    for mention in find_dates(answer, as_of=as_of):
        if not (source.sentence_start <= mention.start < source.sentence_end):
            continue
        if mention.date is None or mention.end_date is not None or mention.adjective:
            continue
        opens = _DATE_OPENER.match(answer[source.sentence_start : mention.start])
        after_cue = mention.start >= source.cue_end and not any(
            source.cue_end <= s < mention.start for s in figure_starts
        )
        if opens or after_cue:
            return mention.date
    return None
