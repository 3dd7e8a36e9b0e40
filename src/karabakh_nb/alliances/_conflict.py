"""The rule group ``adversary``, beside its patterns.

What belongs here: the patterns over token templates and the rule functions that read
wars and hostilities ("war between X and Y", with side groups and their supporters;
"X invaded Y"; "the invasion of Y by X" and who waged it; a side's supporters give
``ally`` rows). The mediator cues are in ``_mediation``.
"""

from __future__ import annotations

import re

from ._lists import _listed_after, _listed_before
from ._text import (
    _APPOSITION,
    _HYPOTHETICAL,
    _INTENT,
    _NEGATION,
    _TOK,
    _TOK_ANY,
    _any,
    _first_party,
    _ids,
    _parties,
    _party_names,
    _Question,
    _Rows,
    _subject,
    _Tok,
    _unreal_before,
)

# ---- adversary ---------------------------------------------------------------------
_WAR_WORD = (
    r"(?:wars?(?!\s+of\s+words)|conflicts?|hostilities|clash(?:es)?|fighting|fought|skirmish(?:es)?|"
    r"confrontations?|battles?|ceasefire|cease-fire|truce|armistice|waged|struggles?)"
)
_BETWEEN = re.compile(r"\bbetween,?\s+")
# places may follow "a war that took place in X, between", "a war fought in X between"
_WAR_BEFORE_BETWEEN = re.compile(
    rf"(?i:\b{_WAR_WORD}\b)(?:[^«;]{{0,60}}|\s+(?:(?:that|which)\s+(?:took\s+place|was\s+fought|"
    rf"was\s+waged|raged|lasted)|fought|waged)\b[^;]{{0,160}})$"
)
_SIDES_STOP = re.compile(
    r"\s+(?:over|for\s+control|in\s+the|in\s+\d|in\s+an?\b|since|from\s+\d|during|after|"
    r"before|until|which|that|when|where|largely|due|because|resulting|leaving|killing|"
    r"following|was|were|is|are|has|have|had|began|begins|started|ended|lasted|broke|erupted|"
    r"continued|escalated|killed|left)\b|,\s+(?:in|over|which|who|that|where|when|largely|resulting|leaving|"
    r"killing|following|after|during|since|mainly|mostly|primarily|from|brokered|mediated|"
    r"negotiated|sponsored)\b|[;:()]"
)
# What may stand between two sides: "and", a comma, "versus", a few words ("the
# self-proclaimed").
_SIDE_CONNECTOR = re.compile(
    # "and the military forces of the": the words may end with "of (the)"
    r"\s*,?\s*(?:and|&|versus|vs\.?|against)\s+(?:[\w-]+\s+){0,4}(?:of\s+(?:the\s+)?)?"
    r"|\s*,\s*(?:[\w-]+\s+){0,4}"
)
_SIDE_MARKERS = re.compile(
    r"\bon\s+(?:the\s+)?one\s+(?:side|hand)\b|\bon\s+one(?=\s*,)|\bon\s+the\s+other(?:\s+(?:side|hand))?\b",
    re.IGNORECASE,
)
_SUPPORT_GAP = re.compile(
    r"\b(?:supported|backed|aided|assisted|armed|helped)\s+by\b|\bwith\s+the\s+"
    r"(?:military\s+)?(?:support|backing|help)\s+of\b",
    re.IGNORECASE,
)
# "the X-backed (military) government of Y": X backs the side that follows, it is none itself.
_BACKER_PREFIX = re.compile(
    r"[-–](?:backed|supported|sponsored|armed|aided)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:government|regime|army|forces|junta)\s+of\s+(?:the\s+)?)?$"
)
# Words describing the name after a demonym, or "of" ("the ethnic Armenians of Karabakh").
_MODIFIER_GAP = re.compile(
    r"\s+(?:(?!(?:and|or|versus|against|with|by|of)\b)[a-z][\w-]*\s+){1,2}|\s+of\s+(?:the\s+)?"
)
# A force noun ending a side, after up to two words describing it ("Abkhaz separatist
# forces", "Russian government armed forces") and an aside ("for the most part").
_FORCE_END = re.compile(
    r"^\s+(?:(?!(?:and|or|of|with|by|versus|against|for)\b)[a-z][\w-]*\s+){0,2}?"
    r"(?:units|forces|troops|army|armies|soldiers|militias|militants|fighters|rebels|"
    r"guerrillas|regulars|irregulars)\b(?:\s+for\s+the\s+most\s+part\b)?"
)
_COMBINED = re.compile(r"(?:the\s+)?(?:combined|joint|allied)\s+(?:forces|armies|troops)\s+of\s+")
_TWO_SIDES = re.compile(
    r"\s*(?:the\s+)?two\s+(?:sides|camps|blocs|coalitions)\s*[:,]\s*", re.IGNORECASE
)
# "A (today's B)", "A (now B)": a later name in brackets is no side of its own.
_NOW_ASIDE = re.compile(r"\s*\((?:today['’]s|now|modern|present-day)\s+(?:the\s+)?«\d+»\)")
# "A (ACR)": a name in brackets right after a side is its alias, no stop of the sides.
_BRACKETED_ALIAS = re.compile(r"\s*\(«\d+»\)")
# "A, the military branch of the B Party, backed by C": the aside names A's parent body,
# no side of its own, and what follows it is still said of A.
_PARENT_APPOSITION = re.compile(
    r",\s+the\s+(?:[a-z][\w-]*\s+){0,2}(?:wing|branch|arm|faction)\s+of\s+(?:the\s+)?«\d+»"
    r"(?:\s+(?-i:[A-Z])[\w-]*){0,3}(?:\s*\((?:«\d+»|(?-i:[A-Z]{2,8}))\))?(?=\s*,)"
)
# "between A and two Boer states, B and C": a counted side named after a comma.
_COUNTED_SIDE = re.compile(
    r"\s*,?\s*(?:and|against|versus)\s+(?:the\s+)?(?:two|three|four)\s+"
    r"(?:(?:«\d+»|[\w-]+)\s+){0,2}?(?:states|republics|kingdoms|countries|nations|powers)"
    r"\s*[,:]\s*(?:the\s+)?"
)
_RELATIVE_GAP = re.compile(r"\s*,\s*(?:which|who)\s+(?:(?!and\b|not\b)[a-z]+\s+){0,3}")
_PLAIN_AND = re.compile(r"\s+and\s+(?:the\s+)?")
_BACKED = re.compile(r"[-–](?:backed|supported|sponsored|armed|aided)\b")
_COBELLIGERENT_GAP = re.compile(
    r"\b(?:together\s+with|along\s+with|alongside|allied\s+with|and\s+its\s+allies?|"
    r"joined\s+by)\b",
    re.IGNORECASE,
)
# "the Armenia-Azerbaijan war", "Armenia and Azerbaijan had fought" (but not "X and Y
# fought together / alongside / against Z": there they are on the same side).
_COMPOUND_WAR = re.compile(
    rf"{_TOK}(?:[-–]|\s+and\s+){_TOK}\s+(?:[\w-]+\s+)?(?i:{_WAR_WORD}|border\s+clashes)\b"
    r"(?!\s+(?:together|alongside|side|against|on|for|with|as|in\s+support)\b)"
)
# "X and Y fought / waged": a verb whose subject is the pair (not "the X and Y war").
_JOINT_VERB = re.compile(r"\s+and\s+«\d+»\s+(?:[\w-]+\s+)?(?:fought|waged|fighting)$")
# Up to three words describing a party ("the self-declared", "the breakaway"), never a
# preposition: "an attack against the capital of X" is no attack against X, and "X fought
# alongside Y" is no fight with Y.
_PARTY_MODIFIERS = (
    r"(?:the\s+)?(?:(?!(?:of|in|on|at|to|by|for|with|from|into|and|or|near|between|among|"
    r"alongside|beside|along|together|over)\b)[\w-]+\s+){0,3}?"
)
# What follows such a verb with an object: a party ("fought Z", "fought the Z army") or a
# war waged on one ("fought a long war against Z", "waged war on Z").
_VERB_WITH_OBJECT = re.compile(
    rf"\s+(?:{_PARTY_MODIFIERS}«|(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:wars?|campaigns?|battles?|struggles?|offensives?)\s+(?:against|on|with)\s)"
)
_WAR_AGAINST = re.compile(
    rf"(?i:\b(?:(?:wars?|conflicts?|hostilities|clash(?:es|ed)?)\s+(?:against|with)|"
    rf"(?:fight|fights|fighting|fought|battles?|battled|battling|offensives?|aggression|"
    rf"invasion|campaign|struggle|attacks?|attacked|(?:air\s*)?strikes?|assaults?)\s+"
    rf"(?:(?P<together>together|jointly)\s+)?against))\s+{_PARTY_MODIFIERS}{_TOK}"
)
# "invasion of Y", "war / attack / assault / offensive / strikes on Y", maybe "by X".
_CAPITALISED = re.compile(r"\b[A-Z][a-z]")
_POSSESSOR = re.compile(r"«(\d+)»\s+(?:[\w-]+\s+)?$")
_OWN_WAR = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}$")
_WAR_ON = re.compile(
    rf"(?i:\b(?:invasions?\s+of|(?:wars?|attacks?|assaults?|offensives?|(?:air\s*)?strikes?"
    rf"|(?:bombing\s+|air\s+)?raids?)\s+on))\s+{_PARTY_MODIFIERS}{_TOK}(?:\s+by\s+(?:the\s+)?{_TOK})?"
)
_WAR_ON_WORDS = (
    "invasion",
    "war on",
    "wars on",
    "attack",
    "assault",
    "offensive",
    "strike",
    "raid",
)
# Who waged it: a demonym or possessive just before the noun ("the Russian invasion of
# Y", "X's full-scale invasion of Y"), else the subject of a verb of launching.
_WAGER_BEFORE = re.compile(r"«(\d+)»\s+(?:[\w-]+\s+){0,2}$")
_LAUNCH = re.compile(
    r"\b(?:launch(?:ed|es)?|beg[aiu]n|begins|start(?:ed|s)?|waged?|wages|mount(?:ed|s)?|"
    r"carr(?:ied|ies)\s+out|conduct(?:ed|s)?|initiated|unleashed|continu(?:ed|es)|"
    r"resumed|escalated|intensified|stepped\s+up|took\s+part\s+in|participated\s+in)\b"
)
# "A, backed by X, attacked Y" where A is no name: X is A's backer, not who attacked.
_BASED_IN = re.compile(r"\s+(?:based|stationed|deployed)\s+(?:in|at)\s+(?:the\s+)?«\d+»")
_BY_BACKER = re.compile(
    r"\b(?:supported|backed|aided|assisted|armed|funded|helped)\s+by\s+(?:the\s+)?$", re.IGNORECASE
)
# "set up to deter outside aggression against Y": the war is warded off, not waged by
# the subject.
_DETERRED = re.compile(
    r"\b(?:deter|deters|deterred|deterring|prevent|prevents|prevented|preventing|ward\s+off)"
    r"\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_AGAINST_WORDS = ("against", "war with", "wars with", "conflict with", "clash", "hostilities with")
_HOSTILE_WORDS = (
    "fought",
    "fights",
    "battled",
    "invad",
    "attack",
    "occup",
    "bomb",
    "shell",
    "blockad",
    "declared war",
    "went to war",
    "border",
)
# The words one of which _HOSTILE_VERB needs in the clause (case as written).
_HOSTILE_CLAUSE_WORDS = (
    "fought",
    "fights",
    "battled",
    "invade",
    "attack",
    "occup",
    "bomb",
    "shell",
    "blockade",
    "declared",
    "went",
    "border",
)
# "attacked its former allies, Y and Z": the foes named after a noun that describes them.
_RENAMED_FOE = (
    r"(?:(?:its|their|his|her)\s+(?:former\s+|erstwhile\s+|old\s+|own\s+)?"
    r"(?:allies|ally|neighbou?rs?|partners?|rivals?)\s*,\s*)?"
)
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|of|at|from|to|on|near|over|into|with|by|for)\s+(?:the\s+)?$"
)
_CLAUSE_OPENER = re.compile(r"\s*(?:the\s+)?«(\d+)»", re.IGNORECASE)
_HOSTILE_VERB = re.compile(
    rf"{_TOK}({_APPOSITION})([^«]{{0,30}}?)\b(?:fought|fights|battled|invaded|invades|invade|invading|attacked|attacks|occupied|occupies|occupying|"
    rf"bombed|bombs|shelled|shells|blockaded|blockades|declared\s+war\s+(?:on|against)|"
    rf"went\s+to\s+war\s+(?:with|against)|(?:closed|sealed|closes|seals)\s+(?:its|their|"
    rf"the)\s+borders?\s+with)\s+{_RENAMED_FOE}{_PARTY_MODIFIERS}{_TOK}"
)


def _sides(span: str, toks: list[_Tok]) -> tuple[list[tuple[list[int], list[int]]], bool]:
    """Parse "X, supported by Z, and W together with V" into [(belligerents, supporters)].

    The flag is False for "X and Y, Z and W" (X against each of the others): then the
    sides after the first are not at war with one another.
    """
    # "between two sides: A and B on one, and C on the other": the sides follow the colon.
    opening = _TWO_SIDES.match(span)
    if opening:
        span = span[opening.end() :]
    span = _NOW_ASIDE.sub(" ", span)
    span = _BRACKETED_ALIAS.sub("", _PARENT_APPOSITION.sub("", span))
    stop = _SIDES_STOP.search(span)
    if stop:
        span = span[: stop.start()]
    marked = _marked_sides(span, toks)
    if marked is not None:
        return marked, True
    # "on the one hand ... on the other" marks the sides itself: no force noun ends one.
    nouns_end_sides = not _SIDE_MARKERS.search(span)
    # "between the combined forces of X and Y and Z": X and Y fight on one side.
    combined = _COMBINED.match(span) is not None
    span = _SIDE_MARKERS.sub(" ", span)
    sides: list[tuple[list[int], list[int]]] = []
    connectors: list[str] = []
    mode = "side"
    parenthetical = False
    pos = 0
    backers: list[int] = []
    connector = ""
    previous = -1
    split_by_noun = False
    counted = False
    party_end = 0
    for match in _TOK_ANY.finditer(span):
        gap = span[pos : match.start()]
        pos = match.end()
        i = int(match.group(1))
        if not (toks[i].is_party or toks[i].kind == "org"):
            # an organisation may fight on a side ("the forces of X, Y and the Commonwealth")
            continue
        # the words since the last party, names of no party in them ("two Boer states")
        since_party, party_end = span[party_end : match.start()], match.end()
        if backers:
            # The side "the X-backed government of" leads to: X is its supporter.
            if not _BACKER_PREFIX.fullmatch(gap):
                break
            if sides:
                if not _SIDE_CONNECTOR.fullmatch(connector):
                    break
                connectors.append(connector)
            sides.append(([i], backers))
            backers, mode, parenthetical = [], "side", False
            previous = i
            continue
        if _BACKED.match(span, pos):
            backers, connector = [i], gap
            continue
        if not sides:
            sides.append(([i], []))
            previous = i
            continue
        last = sides[-1]
        describing = last[0] == [previous] and not last[1] and toks[previous].adjective
        if describing and _MODIFIER_GAP.fullmatch(gap):
            # "the Sahrawi indigenous Polisario Front": a demonym describing the name after it.
            last[0][0] = i
            previous = i
            continue
        previous = i
        if _SUPPORT_GAP.search(gap):
            sides[-1][1].append(i)
            mode, parenthetical = "support", "," in gap
        elif _COBELLIGERENT_GAP.search(gap):
            sides[-1][0].append(i)
            mode, parenthetical = "co", "," in gap
        elif (
            mode == "support"
            and parenthetical
            and re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?", gap)
            and not re.search(r",\s*and\b", gap)
        ):
            sides[-1][1].append(i)
        elif combined and len(sides) == 1 and len(sides[0][0]) == 1 and _PLAIN_AND.fullmatch(gap):
            sides[-1][0].append(i)
        elif counted and _PLAIN_AND.fullmatch(gap):
            # "and two Boer states, A and B": each counted one fights the first side
            sides.append(([i], []))
        elif len(sides) == 1 and _COUNTED_SIDE.fullmatch(since_party):
            sides.append(([i], []))
            mode, parenthetical, counted = "side", False, True
            connectors.append(" and ")
        elif split_by_noun and not _FORCE_END.match(gap) and _PLAIN_AND.fullmatch(gap):
            # "between Tanzanian units and Ugandan and Libyan units": the noun ends a side.
            sides[-1][0].append(i)
        elif _SIDE_CONNECTOR.fullmatch(
            _FORCE_END.sub("", gap, count=1) if nouns_end_sides else gap
        ):
            split_by_noun = split_by_noun or (nouns_end_sides and _FORCE_END.match(gap) is not None)
            sides.append(([i], []))
            mode, parenthetical = "side", False
            connectors.append(gap)
        else:
            break
    if counted:
        return sides, False
    if len(sides) > 2 and "," not in connectors[0] and "," in "".join(connectors[1:]):
        # "between Israel and Egypt, Jordan and Syria": one side against a list of others.
        # Its members are each the first of their own side, so none is read as an ally.
        return [sides[0], *[([i], []) for side, _ in sides[1:] for i in side[:1]]], False
    return sides, True


def _marked_sides(span: str, toks: list[_Tok]) -> list[tuple[list[int], list[int]]] | None:
    """The two sides of "A on one side and B and C on the other", or None.

    The markers say where a side ends, so the names between them are one side ("B and C"
    fight together), whether the markers follow the sides or come before them.
    """
    markers = list(_SIDE_MARKERS.finditer(span))
    one = next((m for m in markers if "one" in m.group(0).lower()), None)
    other = next((m for m in markers if "other" in m.group(0).lower()), None)
    if one is None or other is None or other.start() < one.end() or _SUPPORT_GAP.search(span):
        # A side with its supporters ("B, supported by C, on the other") is read name by name.
        return None

    def parties(start: int, end: int) -> list[int]:
        found = (int(m.group(1)) for m in _TOK_ANY.finditer(span, start, end))
        return [i for i in found if toks[i].is_party]

    first, between = parties(0, one.start()), parties(one.end(), other.start())
    if first:
        # "A on one side and B and C on the other"
        second = between
    else:
        # "on the one hand A and B, and on the other C"
        first, second = between, parties(other.end(), len(span))
    if not first or not second:
        return None
    return [(first, []), (second, [])]


def _adversary(clause: str, toks: list[_Tok], rows: _Rows, low: str, question: _Question) -> None:
    x: int | None
    for between in _BETWEEN.finditer(clause) if "between" in low else ():
        if not _WAR_BEFORE_BETWEEN.search(clause, 0, between.start()):
            continue
        if _NEGATION.search(clause[max(0, between.start() - 60) : between.start()]):
            continue
        sides, mutual = _sides(clause[between.end() :], toks)
        for belligerents, supporters in sides:
            for s in supporters:
                rows.add(s, belligerents[0], "ally")
            # Those fighting on one side are allies of one another, not only of its first.
            for k, co in enumerate(belligerents):
                for fellow in belligerents[k + 1 :]:
                    rows.add(fellow, co, "ally")
        for n, (side, _) in enumerate(sides):
            for other, _ in sides[n + 1 :] if mutual or n == 0 else ():
                for x in side:
                    for y in other:
                        rows.add(x, y, "adversary")
    for match in _COMPOUND_WAR.finditer(clause):
        x, y = int(match.group(1)), int(match.group(2))
        if not (toks[x].is_party and toks[y].is_party):
            continue
        if _JOINT_VERB.search(match.group(0)) and _VERB_WITH_OBJECT.match(clause, match.end()):
            continue  # "X and Y fought Z", "X and Y waged war on Z": one side against a third
        if (toks[x].adjective or toks[y].adjective) and not (
            toks[x].kind == "state" and toks[y].kind == "state"
        ):
            continue
        rows.add(x, y, "adversary")
    for match in _WAR_AGAINST.finditer(clause) if _any(low, _AGAINST_WORDS) else ():
        y = int(match.group(2))
        if not toks[y].is_party:
            continue
        prefix = clause[: match.start()]
        if _NEGATION.search(prefix) or _unreal_before(prefix) or _DETERRED.search(prefix):
            continue
        subjects, gap = _subject(clause, match.start(), copula=False)
        subjects = _parties(toks, subjects) if len(gap) <= 30 else []
        if len(subjects) > 1 or (subjects and _RELATIVE_GAP.fullmatch(gap)):
            # "Y, which was at war with Z": the relative clause is Y's.
            for x in subjects:
                rows.add(x, y, "adversary")
            if match.group("together"):
                rows.mutual(subjects, "ally")
            continue
        x = _first_party(toks, prefix, exclude=[y], adjectives=True)
        if x is not None and _BY_BACKER.search(prefix, 0, prefix.find(f"«{x}»")):
            x = None  # "rebels supported by X fought against Y": X backs them
        owner = _POSSESSOR.search(prefix)
        if owner is not None and toks[int(owner.group(1))].possessive:
            x = int(owner.group(1))  # "X's air strikes against Y": X's, whoever came before
        own = _OWN_WAR.search(prefix)
        if own is not None:
            # "X helped Y during its struggle against Z": "its" is the party named last.
            # A name before it that is no party (a city, a leader) leaves "its" unread.
            head = prefix[: own.start()]
            before = [i for i in _ids(head) if i != y]
            unread = _CAPITALISED.search(head, head.rfind("»") + 1) is not None
            x = before[-1] if before and toks[before[-1]].is_party and not unread else None
        if x is not None:
            rows.add(x, y, "adversary")
            continue
        others = [n for n in _party_names(question.toks) if n != toks[y].name]
        if len(others) == 1:
            rows.add(others[0], y, "adversary")
    for match in _WAR_ON.finditer(clause) if _any(low, _WAR_ON_WORDS) else ():
        _war_on(clause, match, toks, rows, question)
    hostile = _any(low, _HOSTILE_WORDS) and _any(clause, _HOSTILE_CLAUSE_WORDS)
    for match in _HOSTILE_VERB.finditer(clause) if hostile else ():
        x, y, opened = int(match.group(1)), int(match.group(4)), False
        if _AFTER_PREPOSITION.search(clause, 0, match.start()):
            # "X was dissatisfied with the spoils in M, and attacked Y": M is no subject;
            # the name opening the clause is.
            opener = _CLAUSE_OPENER.match(clause)
            if opener is None or int(opener.group(1)) == y:
                continue
            x, opened = int(opener.group(1)), True
        if not (toks[x].is_party and toks[y].is_party) or _NEGATION.search(match.group(3)):
            continue
        if _INTENT.search(match.group(3)) or _BY_BACKER.search(clause, 0, match.start()):
            continue
        # "X fought Y and Z", "A, B and X attacked Y, Z and W forces": one foe each.
        for w in [x, *(() if opened else _listed_before(clause, match.start(), toks))]:
            for z in [y, *_listed_after(clause, match.end(), toks)]:
                rows.add(w, z, "adversary")
        apposition = match.group(2)
        if _COBELLIGERENT_GAP.search(apposition):
            for co in _parties(toks, _ids(apposition)):
                rows.add(co, x, "ally")
                rows.add(co, y, "adversary")


def _war_on(
    clause: str, match: re.Match[str], toks: list[_Tok], rows: _Rows, question: _Question
) -> None:
    """Read "X launched an invasion of Y", "X's war on Y", "the invasion of Y by X"."""
    y = int(match.group(1))
    prefix = clause[: match.start()]
    if not toks[y].is_party or _NEGATION.search(prefix) or _HYPOTHETICAL.search(prefix):
        return
    if match.group(2) is not None:
        # "the invasion of Y by A, B and C": every agent of the list waged it.
        for agent in [int(match.group(2)), *_listed_after(clause, match.end(), toks)]:
            if toks[agent].is_party and toks[agent].name != toks[y].name:
                rows.add(agent, y, "adversary")
        return
    wager = _WAGER_BEFORE.search(prefix)
    if wager and (toks[int(wager.group(1))].adjective or toks[int(wager.group(1))].possessive):
        rows.add(int(wager.group(1)), y, "adversary")
        return
    subjects, gap = _subject(clause, match.start(), copula=False)
    based = _BASED_IN.search(clause, 0, match.start())
    if subjects and based and "«" not in clause[based.end() : match.start()]:
        # "X planes based in Z took part in a raid on Y": Z is where, X who raided
        subjects, before = _subject(clause, based.start(), copula=False)
        gap = before + clause[based.end() : match.start()]
    subjects = [x for x in _parties(toks, subjects) if toks[x].name != toks[y].name]
    if subjects and len(gap) <= 50 and _LAUNCH.search(gap):
        for x in subjects:
            rows.add(x, y, "adversary")
        return
    # A clause naming no one else ("The invasion of Y began ..."): the question's.
    if any(toks[i].name != toks[y].name for i in _ids(clause)):
        return
    others = [n for n in _party_names(question.toks) if n != toks[y].name]
    if len(others) == 1:
        rows.add(others[0], y, "adversary")
