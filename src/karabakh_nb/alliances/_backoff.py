"""The relation a sentence states between its parties, when no rule read it.

What belongs here: the last reading of the alliances table. Rules read how a sentence
says a relation ("A, supported by B, ..."); written English has more ways than any set
of rules, and on text no rule was written for most relations are missed. A sentence
that names exactly two parties (states, sides, organisations), both affirmed, whose
words are those of one relation only (support and alliance, or war and fighting), and
that gave no row of any rule, states that relation between them: ``ally`` and
``adversary`` are symmetric, so who does what to whom does not matter. With three or
more parties the sentence must name them as exactly two lists in one clause ("the
Soviets armed both Syria and Egypt"): each item of one is related to each of the other;
a list after "between" names both sides of the relation ("fighting between A and B").
A place is no party, nor is any item of a list it opens ("in Vietnam, Laos and
Cambodia"); a demonym is never a place ("in Argentine air attacks"); after "of" a name
is a place only after a noun of place ("the outskirts of Kabul") or of a state's end or
birth ("the collapse of the Soviet Union"), not in "militants of Hezbollah" or "the
invasion of Kuwait"; after "in", not when it follows one who governs ("the government in
Kabul"); and a possessive only before a noun of place ("much of Croatia's territory",
but "an escalation of Sudan's war"). Who is quoted ("according to a United Nations
report") is no party.

A supporter attached to a side ("A, backed by B, ...", "A with support from B", at most
a few words after A and in its clause, or glued to it: "B-backed A") is read even in a
sentence a rule read, since rules read the support and miss the rest: B is an ally of
A, and when the words left once the support is cut out are of war only and name
exactly two sides, these are adversaries ("Hezbollah, a party backed by Iran, fired
rockets at Israeli towns").

A sentence with words of both relations, or with more sides than two lists, is read list
by list: each list with the next, by the words between them when they are at most six, of
one clause and of one relation ("Cuban troops fought alongside Ethiopia against
Somalia"); there commas alone make no list, and words opening with "and" ("supplied arms
to Peru and attacked Bolivia") are a verb of a subject before.

Words of friendly relations ("maintains cordial relations with", "normalized ties",
"recognised by") in a sentence with no word of support or war make its two parties
``partner`` (stored with ``a`` < ``b``), unless the relations are broken, strained or
ended, economic only, denied, or named before every party ("relations with A as well as
with B" says not whose).

Arms given ("supplied Egypt with military equipment") are support. A sentence whose
parties are all named as whose people a figure counts ("killed 241 American servicemen
and 58 French paratroopers") tallies losses and gives nothing here. A sentence with cue
words of mediation or membership (whose direction matters), about "both sides" (not a
named pair), a negation before a cue word of its clause ("did not support"), or a question
gives nothing here; ", and" after one name, before a verb, opens a clause of its own.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from ..annotate import annotate
from ..rules.side_nouns import with_side_nouns
from . import _backoff_cues as cues
from ._backoff_cues import _ANY_CUE, _CUES, _NOT_PARTNER, _OTHER, _PARTNER
from ._backoff_mentions import _ANTI, _is_language, apart, co_agents, no_party, support_from

__all__ = ["backoff_rows"]

_PARTIES = ("state", "side", "org")
# A war's name ("the Vietnam War", "the Gulf War") is no cue of its own, and the name in
# it is no party.
_WAR_NAME = re.compile(r"\b([A-Z][\w'’-]*\s+)Wars?\b")
# A war as a time or a frame ("during the 1967 war", "wounded in the war") says nothing
# of how the sentence's parties stand to each other; a named one ("the War to Resist
# U.S. Aggression and Aid Korea") is left whole, and so is one with a name in it ("after the
# US-led war").
_WAR_AS_TIME = re.compile(
    r"\b(?i:during|in|after|before|since|throughout|until|of|from)\s+the\s+"
    r"(?:(?:end|start|outbreak|beginning|close)\s+of\s+the\s+(?=(?:[\w-]+\s+){0,2}?conflict))?"
    r"(?:(?![\w-]*Name)[\w-]+\s+){0,2}?(?:wars?|conflict)\b"
)
_BEFORE_WAR = re.compile(r"(?:['’]s?)?\s+Wars?\b")
# A place where something happens ("in Croatia", "across Kashmir"): no party of the relation.
# A demonym is no place ("wounded in Argentine air attacks", "an end to the Iraqi
# occupation"), and a direction may come between ("into southern Lebanon").
# "The government in Kabul" is who governs there, not a place.
_GOVERNS_IN = re.compile(r"\b(?:government|regime|authorities|leadership)\s+in\s+$", re.IGNORECASE)
# Who is quoted is no party of what is told ("according to a United Nations report").
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?:(?:the|a|an)\s+)?$")
# After "of", a name is a place only after a noun of place ("the outskirts of Kabul"), or
# when a state ends or begins ("the collapse of the Soviet Union"); else it acts or
# owns ("militants of Hezbollah", "the invasion of Kuwait").
_PLACE_OF = re.compile(
    r"\b(?:cit(?:y|ies)|capital|towns?|villages?|regions?|provinces?|territor(?:y|ies)|parts?"
    r"|areas?|borders?|coast|islands?|north|south|east|west|outskirts|soil|heart|rest"
    # a share of the land: "control over one-third of Croatia", "much of Kosovo"
    r"|thirds?|half|quarters?|fifths?|much|most|percent"
    r"|legations?|embass(?:y|ies)|suburbs?|streets?"
    # a state's end or birth is no act of it
    r"|break-?up|collapse|dissolution|disintegration|fall|independence)"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PLACE_NOUN = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:territor(?:y|ies)|capital|cities|city|towns?|villages?|regions?|provinces?"
    r"|borders?|coast|soil|lands?|airspace|waters)\b",
    re.IGNORECASE,
)
_LOCATIVE = re.compile(
    r"(?:\b(?:in|into|across|within|throughout|near|from|(?:in|out)side(?:\s+of)?|of)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?"
    # "near the border with Liberia": the border is where, the state beyond it no party
    r"|\b(?:borders?|frontiers?|boundary)\s+with\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
# Where people fled to is a refuge, no party: "fled across the mountains to France".
_FLED_TO = re.compile(
    r"\b(?:fled|flee|flees|fleeing|escaped|sought\s+refuge|took\s+refuge)\b[^,;.]{0,60}?"
    r"\b(?:to|into|in)\s+(?:the\s+)?(?:neighbou?ring\s+)?$",
    re.IGNORECASE,
)
# A demonym before "borders" names a border ("near the Yugoslav and Albanian borders").
_BORDERS_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w-]*)?\s+(?:borders?|frontiers?)\b")


def _masked(sent: Any, cut: list[tuple[int, int]] | None = None) -> str:
    """The sentence lower-cased for cue words, the ``cut`` spans left out.

    Each name is "Name" ("Rapid Support Forces" holds no cue); a war's name and a war as a
    time are blanked.
    """
    text = sent.text
    spans = sorted(
        [(e.start, e.end, "Name") for e in sent.entities] + [(a, b, " ") for a, b in cut or ()]
    )
    parts: list[str] = []
    at = 0
    for start, end, by in spans:
        if start >= at:
            parts += [text[at:start], by]
            at = end
        else:
            at = max(at, end)
    parts.append(text[at:])
    low = _WAR_NAME.sub(lambda m: m.group(1) + "name", "".join(parts))
    return _WAR_AS_TIME.sub(" time ", low).lower()


def _is_place(text: str, entity: Any, where: int) -> bool:
    """True when the name at ``entity`` is where something happens ("in Croatia")."""
    match = _LOCATIVE.search(text, where, entity.start)
    if match is None or _BY.search(text, where, entity.start) or support_from(text, where, entity):
        # "with support from Turkey", "losing support from Cuba" name a supporter, not a place
        return False
    if not match.group(0).lower().startswith(("of", "in ")):
        return True
    if entity.possessive:
        return bool(_PLACE_NOUN.match(text, entity.end))
    if match.group(0).lower().startswith("in "):
        return not _GOVERNS_IN.search(text, where, entity.start)
    return bool(_PLACE_OF.search(text, where, entity.start))


def _in_list(text: str, entities: list[Any], k: int, before: int) -> bool:
    """True when entity ``k`` is an item of the list whose last item ended at ``before``.

    After "and", or after a comma with more items to come ("in Vietnam, Laos, and
    Cambodia", but not "after the collapse of the Soviet Union, Armenia ...").
    """
    gap = _LIST_GAP.fullmatch(text, before, entities[k].start)
    if gap is None:
        return False
    if "and" in gap.group(0) or "as well" in gap.group(0):
        return True
    nxt = entities[k + 1] if k + 1 < len(entities) else None
    return nxt is not None and bool(_LIST_GAP.fullmatch(text, entities[k].end, nxt.start))


def _mentions(sent: Any) -> list[tuple[str, int, int]]:
    """The affirmed party mentions of a sentence: (name, start, end), places left out."""
    text = sent.text
    found: list[tuple[str, int, int]] = []
    place_end = -1
    entities = [e for e in sent.entities if e.kind in _PARTIES or e.kind == "region"]
    for k, entity in enumerate(entities):
        where = max(0, entity.start - 30)
        if (
            not entity.adjective
            and (
                _is_place(text, entity, where)
                or (place_end >= 0 and _in_list(text, entities, k, place_end))
                or _FLED_TO.search(text, max(0, entity.start - 90), entity.start)
            )
        ) or (entity.adjective and _BORDERS_AFTER.match(text, entity.end)):
            # A place, and so is every item of a list it opens ("in Vietnam, Laos and Cambodia").
            place_end = entity.end
            continue
        place_end = -1
        if (
            entity.kind not in _PARTIES
            or _BEFORE_WAR.match(text, entity.end)
            or no_party(text, entities, k)
        ):
            continue
        if _ACCORDING.search(text, where, entity.start):
            continue
        if _ANTI.search(text, max(0, entity.start - 5), entity.start):
            continue  # "the anti-Vietnamese regime" opposes Vietnam, it is no act of it
        if entity.adjective and _is_language(text, entity.start, entity.end):
            continue  # "known in Spanish as ...", "(French: Guerre ...)": a language
        if sent.affirmed(entity.start):
            found.append((entity.party or entity.name, entity.start, entity.end))
    return found


# A count of a side's people: "241 American servicemen", "8,676 were Albanians".
_COUNT_GAP = re.compile(r"\s+(?:(?:were|are|was|of|them|young|more|than)\s+){0,2}")


def _all_counted(sent: Any, found: list[tuple[str, int, int]]) -> bool:
    """True when every party is named only as whose people a figure counts.

    "The attack killed 241 American servicemen and 58 French paratroopers" tallies the
    dead of two nations; it says nothing of how those nations stand to each other.
    """
    if not sent.numbers:
        return False
    ends = [n.end for n in sent.numbers]
    adjective = {e.start for e in sent.entities if e.adjective}
    for _, start, _ in found:
        if start not in adjective:
            return False
        if not any(end <= start and _COUNT_GAP.fullmatch(sent.text, end, start) for end in ends):
            return False
    return True


_OPENS = re.compile(r",\s*(?:the\s+)?$")
# What may stand between two items of one list: "A, B and C", "A and the B", "both A and B",
# "the Ethiopians and their Soviet and Cuban advisers" (one side).
_LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:and\s+|as well as\s+)?|and\s+|as well as\s+)(?:the\s+|(?:their|its)\s+)?"
)


# "between A and B" names both sides of one relation, not one group of a side.
_BETWEEN_END = re.compile(r"\bbetween\s+(?:the\s+)?$")
# A clause break: the two lists of a sentence must stand in one clause.
_CLAUSE = re.compile(r";|\b(?:while|whereas|but|although|though)\b")


def _groups(text: str, found: list[tuple[str, int, int]]) -> list[list[str]]:
    """The mentions of a sentence as lists ("A, B and C"), in reading order."""
    runs: list[list[tuple[str, int, int]]] = []
    for mention in found:
        last = runs[-1] if runs else []
        if last and (
            any(m[0] == mention[0] for m in last)
            or _LIST_GAP.fullmatch(text, last[-1][2], mention[1])
        ):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    cues.split_clause_runs(text, runs, [False] * len(runs))
    return [list(dict.fromkeys(name for name, _, _ in run)) for run in runs]


# A supporter: "backed by A and B", "with support from A"; its head the list just before,
# at most a few words away ("Hezbollah, a political party backed by Iran").
_BY = re.compile(
    r"(?:\b(?:backed|supported|armed|aided|funded|sponsored|assisted)\s+by"
    r"|\bwith\s+(?:the\s+)?(?:[\w-]+\s+)?(?:support|backing|help|aid|assistance)\s+(?:of|from))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BY_ANY = re.compile(_BY.pattern.removesuffix(r"\s+(?:the\s+)?$"), re.IGNORECASE)
# "Iranian-backed Houthis", "the Russian-supported separatist Abkhaz forces".
_GLUED = re.compile(r"[-‐–](?:backed|supported|sponsored|armed|funded)\s+(?:[\w-]+\s+)?", re.I)
# Substrings every supporter's phrase holds (a test cheaper than its patterns).
_ATTACH_WORDS = (
    "backed",
    "support",
    "armed",
    "aided",
    "funded",
    "sponsored",
    "assist",
    "help",
    "aid",
)
_GAPPED_BY = re.compile(r"\s+by\b")
_ASIDE_CLOSED = re.compile(r"\s*,\s*and\s")
_ASIDE_BY = re.compile(r",\s+" + _BY.pattern, re.IGNORECASE)
_HEAD_GAP = re.compile(
    r"(?:\s*,)?\s+(?:(?!(?:while|whereas|but|although|though|and)\b)[\w-]+\s+){0,4}", re.IGNORECASE
)


def _attached(sent: Any, found: list[tuple[str, int, int]]) -> list[tuple[str, str, str]]:
    """Rows of a sentence whose supporters are attached to a side: see the module docstring."""
    text = sent.text
    groups: list[tuple[list[str], int, int]] = []
    for name, start, end in found:
        gapped = _GAPPED_BY.match(text, end) is not None  # "A is backed by B, C by D"
        if groups and not gapped and _LIST_GAP.fullmatch(text, groups[-1][2], start):
            if len(groups[-1][0]) == 1 and _ASIDE_CLOSED.match(text, groups[-1][2]):
                by = _ASIDE_BY.search(text, max(0, groups[-1][1] - 45), groups[-1][1])
                if by is not None:
                    # "X, backed by Z, and W": the comma before "and" closes the aside.
                    groups.append(([name], start, end))
                    continue
            if name not in groups[-1][0]:
                groups[-1][0].append(name)
            groups[-1] = (groups[-1][0], groups[-1][1], end)
        else:
            groups.append(([name], start, end))
    rows: list[tuple[str, str, str]] = []
    cut: list[tuple[int, int]] = []
    supporters: set[int] = set()
    for n, (names, start, end) in enumerate(groups):
        by = _BY.search(text, max(0, start - 45), start) if n else None
        if by is None or (n - 1) in supporters:
            continue
        head, _, head_end = groups[n - 1]
        if head_end > by.start() or not _HEAD_GAP.fullmatch(text, head_end, by.start()):
            continue
        if set(names) & set(head):
            return []
        supporters.add(n)
        cut.append((by.start(), end))
        rows += [(a, b, "ally") for a in names for b in head]
    for n, (names, start, end) in enumerate(groups[:-1]):
        head, head_start, _ = groups[n + 1]
        glued = _GLUED.fullmatch(text, end, head_start)
        if glued is None or n in supporters or n + 1 in supporters:
            continue
        if set(names) & set(head):
            return []
        supporters.add(n)
        cut.append((start, glued.end()))
        rows += [(a, b, "ally") for a in names for b in head]
    if not rows:
        return []
    low = _masked(sent, cut)
    if _CUES["ally"].search(low):
        return []
    sides: list[list[str]] = []
    for n, (names, _, _) in enumerate(groups):
        if n not in supporters and names not in sides:
            sides.append(names)
    if _CUES["adversary"].search(low) and len(sides) == 2 and not set(sides[0]) & set(sides[1]):
        rows += [(a, b, "adversary") for a in sides[0] for b in sides[1]]
    return rows


# What backoff reads in a sentence depends on it (its text, the acronyms before it) and on
# whether a rule read it already: kept per distinct such sentence; bounded, emptied when full.
_BACKOFF: dict[tuple[str, tuple[Any, ...], bool, tuple[Any, ...]], list[dict[str, Any]]] = {}


def backoff_rows(
    qa_id: str, answer: str, read: set[str], question: str = ""
) -> list[dict[str, Any]]:
    """Rows of the sentences of ``answer`` that gave no row (``read``: those that did).

    "the regime" is the state the answer (else ``question``) names: rules.side_nouns.
    """
    out: list[dict[str, Any]] = []
    for sent, added in with_side_nouns(annotate(answer).sentences, question):
        key = (sent.text, sent.aliases, sent.text in read, added)
        rows = _BACKOFF.get(key)
        if rows is None:
            if len(_BACKOFF) >= 8192:
                _BACKOFF.clear()
            _BACKOFF[key] = rows = _sentence_rows(sent, key[2])
        out += [{**row, "qa_id": qa_id} for row in rows]
    return out


def _sentence_rows(sent: Any, in_read: bool) -> list[dict[str, Any]]:
    qa_id = ""  # the pair's, set by backoff_rows
    out: list[dict[str, Any]] = []
    text = sent.text
    if text.endswith("?"):
        return out
    # Cheap tests first: two party names, and a cue word or a supporter's phrase.
    entities = sent.entities
    if len({e.party or e.name for e in entities if e.kind in _PARTIES}) < 2:
        return out
    low = text.lower()
    attach = any(word in low for word in _ATTACH_WORDS) and bool(
        _BY_ANY.search(text) or _GLUED.search(text)
    )
    if not attach and (in_read or not _ANY_CUE.search(low)):
        return out
    found = _mentions(sent)
    names = list(dict.fromkeys(name for name, _, _ in found))
    if len(names) < 2 or _all_counted(sent, found):
        return out
    if attach and not _OTHER.search(low):
        got = _attached(sent, found)
        if got:
            out += [_row(qa_id, a, b, rel, text) for a, b, rel in got]
            return out
    if in_read:
        return out
    low = _masked(sent)
    families = [name for name, cue in _CUES.items() if cue.search(low)]
    if not families and _PARTNER.search(low) and not _NOT_PARTNER.search(low):
        # the words of relations come after a party ("A maintains relations with B",
        # "A and B normalized ties"), not before all ("relations with A as well as
        # with B": whose is not said)
        if not _PARTNER.search(text.lower(), found[0][2]):
            return out
        families = ["partner"]
    elif _OTHER.search(low) or cues._NEGATED.search(low):
        return out
    if len(families) != 1:
        out += _neighbours(qa_id, sent, found)
        return out
    if len(names) == 2:
        if co_agents(text, found, low) or apart(text, found, _CUES.get(families[0], _PARTNER)):
            return out
        pairs = [(names[0], names[1])]
    else:
        groups = _groups(text, found)
        if len(groups) != 2 or set(groups[0]) & set(groups[1]):
            out += _neighbours(qa_id, sent, found)
            return out
        first_end = max(end for name, _, end in found if name in groups[0])
        second = min(start for name, start, _ in found if name in groups[1])
        if _CLAUSE.search(text, first_end, second):
            return out
        pairs = [(a, b) for a in groups[0] for b in groups[1]]
        if _BETWEEN_END.search(text, max(0, second - 20), second):
            inner = groups[1]
            pairs = [(a, b) for i, a in enumerate(inner) for b in inner[i + 1 :]]
    if families[0] == "partner":
        pairs = [(min(a, b), max(a, b)) for a, b in pairs]  # stored with a < b
    out += [_row(qa_id, a, b, families[0], text) for a, b in pairs]
    return out


# Neighbouring lists are read only this close: a longer gap holds more than one relation.
NEIGHBOUR_WORDS = 6
# Fighting beside a side is support: "fought alongside X" has no word of war left.
_FOUGHT_WITH = re.compile(
    r"\b(?:fought|fighting|fights?)\s+(?=alongside|for\b|on\s+the\s+side|beside)"
)


def _neighbours(qa_id: str, sent: Any, found: list[tuple[str, int, int]]) -> list[dict[str, Any]]:
    """Rows of neighbouring lists whose words between them are of one relation only.

    The reading of a sentence with more than two sides or with words of both relations:
    "Cuban troops fought alongside Ethiopia against Somalia" relates each list to the
    next by the words between them, when they are few, of one relation and of one clause.
    Commas alone make no list ("Peru fought Chile, Bolivia backed Peru" is two clauses).
    """
    text = sent.text
    runs: list[list[tuple[str, int, int]]] = [[]]
    joined: list[bool] = [False]
    for mention in found:
        gap = _LIST_GAP.fullmatch(text, runs[-1][-1][2], mention[1]) if runs[-1] else None
        if gap is None:
            runs.append([])
            joined.append(False)
        elif "and" in gap.group(0) or "as well" in gap.group(0):
            joined[-1] = True
        runs[-1].append(mention)
    cues.split_clause_runs(text, runs, joined)
    spans: list[tuple[list[str], int, int]] = []
    for run, together in zip(runs, joined, strict=True):
        for part in [run] if together else [[m] for m in run]:
            if part:
                names = list(dict.fromkeys(name for name, _, _ in part))
                spans.append((names, part[0][1], part[-1][2]))
    out: list[dict[str, Any]] = []
    for (left, _, left_end), (right, right_start, right_end) in pairwise(spans):
        gap = text[left_end:right_start]
        # "the Y-backed government": Y backs the noun after it, no party of the gap's words
        if (
            set(left) & set(right)
            or gap.count(" ") > NEIGHBOUR_WORDS
            or _GLUED.match(text, right_end)
        ):
            continue
        low = _WAR_AS_TIME.sub(" time ", _WAR_NAME.sub(lambda m: m.group(1) + "name", gap)).lower()
        # "... supplied arms to Peru and attacked Bolivia": Peru is no subject of "attacked";
        # "Egypt backing Burhan and the UAE ...": an "and" between joins other things
        # ", Peru held": a name after a comma opens a clause of its own
        if _CLAUSE.search(low) or _OTHER.search(low) or " and " in f" {low} " or _OPENS.search(low):
            continue
        low = _FOUGHT_WITH.sub("", low)
        families = [name for name, cue in _CUES.items() if cue.search(low)]
        if len(families) == 1:
            out += [_row(qa_id, a, b, families[0], text) for a in left for b in right]
    return out


def _row(qa_id: str, a: str, b: str, relation: str, text: str) -> dict[str, Any]:
    row = {"a": a, "b": b, "relation": relation, "qa_id": qa_id, "evidence": text}
    return {**row, "_rule": "backoff"}
