"""The rule groups ``member``, ``noun``, ``alliance``, ``support`` and ``partner``.

What belongs here: the patterns over token templates and the rule functions that read
membership ("X is a member of ORG", "X joined ORG"), alliances and support ("X is Y's
ally", "Y, supported by X", "X supplied Y with weapons") and partnership (diplomatic
relations, cooperation, agreements, solidarity). Each rule takes one clause of a
template and adds rows (mostly ``member``, ``ally`` and ``partner``; severed diplomatic
relations give ``adversary``); see the package docstring for what each relation means.
"""

from __future__ import annotations

import re

from ._text import (
    _APPOSITION,
    _HEDGE,
    _LIST,
    _NEGATION,
    _TOK,
    _TOK_ANY,
    _any,
    _first_party,
    _ids,
    _parties,
    _Question,
    _Rows,
    _subject,
    _Tok,
)

# ---- member ----------------------------------------------------------------------------
_MEMBER_OF = re.compile(
    r"\bmembers?\s+(?:(?:states?|countries|country|nations?)\s+)?of\b|\bpart\s+of\b"
    r"|\bbelong(?:s|ed)?\s+to\b"
)
# Membership that ended: "was a member of the CIS until 2009".
_ENDED = re.compile(r"\buntil\b|\bup\s+to\s+\d", re.IGNORECASE)
_JOINED = re.compile(rf"\b(?:joined|joins|join|acceded\s+to|accedes\s+to)\s+(?:the\s+)?{_TOK}")
_MEMBER_STATES_LIST = re.compile(
    rf"(?:{_TOK}\s+member\s+(?:states|countries|nations)|member\s+(?:states|countries|nations)"
    rf"\s+of\s+(?:the\s+)?{_TOK})[^:]*:\s*({_LIST})\s*[.;]?\s*$"
)
_MEMBERS_INCLUDE = re.compile(
    rf"(?:{_TOK}(?:['’]s)?\s+(?:member\s+states|members|member\s+countries)|"
    rf"(?:member\s+states|members|member\s+countries)\s+of\s+(?:the\s+)?{_TOK})\s+"
    rf"(?:include|includes|included|are|were)\s+(?:the\s+)?({_LIST})"
)
# "Turkey is a NATO member", "Turkey, a NATO member,", "NATO member Turkey".
_ORG_MEMBER = re.compile(
    rf"{_TOK}((?:\s*,\s*|\s+(?:is|are|was|were|has\s+been|have\s+been|became|becomes|remains|"
    rf"remained)\s+(?:\w+\s+)?)(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?){_TOK}\s+member\b"
    rf"(?!\s+of\b)"
)
_ORG_MEMBER_BEFORE = re.compile(
    rf"{_TOK}\s+member(?:\s+(?:state|country|nation))?\s+(?:the\s+)?{_TOK}"
)
_MILITARY_ALLIANCE = re.compile(
    r"\b(?:military|defen[cs]e|defensive|security|mutual[- ]defen[cs]e)\s+(?:alliance|pact|bloc)",
    re.IGNORECASE,
)

# ---- ally / partner nouns -------------------------------------------------------------
_RELATION_NOUN = re.compile(r"\b(ally|allies|partner|partners)\b")
_POSSESSIVE_BEFORE = re.compile(r"«(\d+)»\s+(?:[\w-]+\s+){0,3}$")
_OF_LIST = re.compile(rf"^\s+of\s+(?:the\s+)?({_LIST})")
_INCLUDE_LIST = re.compile(rf"^\s*(?:,\s*)?(?:include|includes|included|are|were|:)\s+({_LIST})")
_APPOSITION_AFTER = re.compile(rf"^\s*,?\s+(?:the\s+)?({_LIST})")
# "allied initially with X, then with Y", "allied with X and later with Y": each is an ally.
_ALLIED_WITH = re.compile(
    rf"\b(?:allied|aligned)\s+(?:(?:closely|initially|originally|first|at\s+first)\s+)?"
    rf"(?:with|to)\s+(?:the\s+)?({_LIST})"
    rf"|\balliance\s+with\s+(?:the\s+)?({_LIST})"
)
_INVITED = re.compile(
    r"\b(?:invit(?:ed|es)|ask(?:ed|s)|urg(?:ed|es)|call(?:ed|s)\s+on|persuad(?:ed|es))\s+"
    r"(?:the\s+)?«\d+»\s+to\b"
)
_ALLIED_THEN = re.compile(
    rf"\s*,?\s+(?:and\s+)?(?:then|later|afterwards|subsequently|next)\s+(?:with|to)\s+"
    rf"(?:the\s+)?({_LIST})"
)
_ALLIANCE_BETWEEN = re.compile(rf"\balliance\s+between\s+(?:the\s+)?({_LIST})")
_COMPOUND_ALLIANCE = re.compile(rf"{_TOK}[-–]{_TOK}\s+(?:military\s+)?alliance\b")

# ---- ally: support ---------------------------------------------------------------------
# "Serbs living in X, supported by Y": X is where the supported live, no party of it.
_SUPPORTED_BY = re.compile(
    rf"(?<!\bin\s){_TOK}\s*,?\s*(?:(?:which|who)\s+(?:was|were|is|are)\s+)?(?:\w+ly\s+)?"
    rf"(?:supported|backed|aided|assisted|armed|helped)\s+by\s+(?:the\s+)?"
    rf"(?:[\w-]+\s+){{0,4}}?({_LIST})"
)
_ASIDE_END = re.compile(r"»\s*,\s*and\s")
_WITH_SUPPORT_OF = re.compile(
    rf"\bwith\s+the\s+(?:military\s+)?(?:support|backing|help)\s+of\s+(?:the\s+)?({_LIST})"
)
# Each: (stems the sentence needs, whether an organisation may be the supporter, pattern).
# The supporter may be a list ("X, Y and the Z have provided military support to W");
# an organisation counts for the explicitly military forms only.
_SUPPORT_VERBS: list[tuple[tuple[str, ...], bool, re.Pattern[str]]] = [
    (
        ("military", "armed", "defen", "security"),
        True,
        re.compile(
            rf"({_LIST}){_APPOSITION}([^«]{{0,40}}?)\b(?:provided|provides|provide|gave|gives|give|offered|offers|"
            rf"sent|sends|supplied|supplies|delivered|delivers|extended|extends)\s+"
            rf"(?:[\w-]+\s+){{0,3}}?(?:military|armed|defen[cs]e|security)\s+"
            rf"(?:support|aid|assistance|help|equipment|hardware)\s+to\s+(?:the\s+)?({_LIST})"
        ),
    ),
    (
        ("suppl", "arm", "equip"),
        True,
        re.compile(
            rf"({_LIST}){_APPOSITION}([^«]{{0,40}}?)\b(?:supplied|supplies|supply|armed|arms|arm|equipped|equips)\s+"
            rf"(?:the\s+)?({_LIST})\s+with\s+(?:[\w-]+\s+){{0,3}}?(?:weapons|arms|munitions|"
            r"ammunition|equipment|drones|missiles|tanks|artillery|hardware)"
        ),
    ),
    (
        ("weapon", "arms", "munition", "drone", "missile", "tank", "artillery"),
        True,
        re.compile(
            rf"({_LIST}){_APPOSITION}([^«]{{0,40}}?)\b(?:supplied|supplies|sold|sells|sent|sends|delivered|"
            rf"delivers|provided|provides|transferred|transfers)\s+(?:[\w-]+\s+){{0,3}}?"
            rf"(?:weapons|arms|munitions|ammunition|drones|missiles|tanks|artillery)\s+to\s+"
            rf"(?:the\s+)?({_LIST})"
        ),
    ),
    (
        ("support", "back"),
        False,
        re.compile(
            rf"({_LIST}){_APPOSITION}([^«]{{0,20}}?)\b(?:supported|supports|backed|backs)\s+(?:the\s+)?"
            rf"({_LIST})(?!\s*['’]|s\b)"
        ),
    ),
    (
        ("alongside", "side of", "support of", "together with"),
        False,
        re.compile(
            rf"({_LIST}){_APPOSITION}([^«]{{0,40}}?)\b(?:fought|fights|fighting|sided|intervened)\s+(?:alongside|"
            rf"on\s+the\s+side\s+of|in\s+support\s+of|together\s+with)\s+(?:the\s+)?({_LIST})"
        ),
    ),
]

# Words one of which each pattern above needs in the clause itself (case as written).
_CLAUSE_GATES = {
    gate: gate if gate[0] != "alongside" else ("alongside", "side", "support", "together")
    for gate, _, _ in _SUPPORT_VERBS
}
# "X allowed Y's / Y troops to use its territory", "X allowed Y to use its territory (as
# bases)": X supports Y (not "X allowed Y to use its airspace", a right of passage).
_LETS_TROOPS = re.compile(
    rf"({_LIST}){_APPOSITION}([^«]{{0,30}}?)\b(?:allowed|allows|allow|permitted|permits|"
    r"permit|let|lets)\s+(?:the\s+)?(«\d+»)\s+(?:(?:(?:[\w-]+\s+)?(?:troops|forces|army|military|"
    r"soldiers|aircraft|warplanes|jets)\s+to\s+(?:use|cross|transit|enter|pass\s+through|"
    r"operate\s+from|deploy\s+(?:on|to|in)|be\s+(?:stationed|based|deployed)\s+(?:on|in))\s+"
    r"(?:its|their)\s+(?:own\s+)?(?:territory|airspace|soil|bases|land))|to\s+use\s+(?:its|their)"
    r"\s+(?:own\s+)?(?:territory|soil|bases))\b"
)
_LETS_WORDS = ("territory", "airspace", "soil")
_LETS_CLAUSE_WORDS = ("allow", "permit", "let")
_WITH_SUPPORT_WORDS = ("support", "backing", "help")

# ---- partner -----------------------------------------------------------------------
_DIPLOMATIC = re.compile(r"\bdiplomatic\s+(?:relations|ties)\b", re.IGNORECASE)
_HOSTILE_BEFORE = re.compile(
    r"\b(?:no|not|never|without|severed|severs|sever|broke\s+off|broken\s+off|break\s+off|"
    r"cut\s+off|cut|cuts|suspend|suspended|suspends|end|ends|ending|ended|terminate|"
    r"terminates|terminated|break|breaks|breaking|broke|lacks?|lacking)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_BETWEEN_LIST = re.compile(rf"\s+between\s+(?:the\s+)?({_LIST})")
_WITH = re.compile(r"\s+with\b")
_OBJECT_STOP = re.compile(
    r"\s+(?:in\s+\d|since|following|after|before|until|when|because|due|over|on\s+\d|"
    r"during|to\s+(?!the\b)|largely|mainly)\b|[;:()]|,\s+(?![^,]*?(?:«|\band\b))"
)
_ANONYMOUS_SET = re.compile(r"\s+(?:member\s+)?(?:states|countries|nations|members)\b")
_FRIENDLY = (
    r"(?:friendly|close|closer|good|warm|cordial|strong|excellent|amicable|positive|"
    r"strategic|brotherly|fraternal)"
)
_RELATIONS_BETWEEN_FRIENDLY = re.compile(
    rf"\b(?i:relations|ties|relationship)\s+between\s+(?:the\s+)?({_LIST})\s+"
    rf"((?:[\w-]+\s+){{0,3}}?){_FRIENDLY}\b"
)
_FRIENDLY_RELATIONS = re.compile(
    rf"\b{_FRIENDLY}\s+(?:and\s+{_FRIENDLY}\s+)?(?:[\w-]+\s+){{0,1}}?"
    rf"(?:relations|ties|relationship)\s+(between|with)\s+(?:the\s+)?({_LIST})"
)
_COOPERATE_WITH = re.compile(
    rf"{_TOK}{_APPOSITION}([^«]{{0,40}}?)\b(?:cooperates?|cooperated|cooperating|co-operates?|co-operated|"
    rf"co-operating|collaborates?|collaborated|partnered|partners|works?\s+closely|"
    rf"worked\s+closely)\s+with\s+(?:the\s+)?({_LIST})"
)
_COOPERATION_BETWEEN = re.compile(
    rf"\b(?:cooperation|co-operation|partnership|collaboration)\s+between\s+(?:the\s+)?({_LIST})"
)
_TOGETHER = re.compile(r"\b[Tt]ogether\b(?!\s+with)")
_WORK_VERB = re.compile(
    r"\b(?:work|works|worked|working|cooperate|cooperates|cooperated|co-operate|collaborate|"
    r"collaborated|partner|partnered)\b"
)
_LIST_THEN_WORK = re.compile(
    rf"({_LIST})\s+(?:\w+\s+)?(?:work|works|worked|cooperate|cooperated|co-operate|"
    rf"co-operated|collaborate|collaborated)\b"
)
_LIST_COOPERATE = re.compile(
    rf"({_LIST})\s+(?:\w+ly\s+|have\s+|has\s+|had\s+)?(?:cooperate|cooperated|co-operate|"
    rf"co-operated|collaborate|collaborated|(?:work|works|worked)\s+together)\b"
)
_AGREEMENT = re.compile(
    r"\b(?:(?P<ally>military|defen[cs]e|mutual[- ]defen[cs]e|security|alliance)|"
    r"(?P<partner>partnership|cooperation|co-operation|friendship|strategic))\s+"
    r"(?:[\w-]+\s+){0,3}?(?:agreement|treaty|pact|accord|declaration)\b"
)
_COOPERATE_WORDS = ("cooperat", "co-operat", "collaborat", "partner", "work")
_AGREEMENT_WORDS = ("agreement", "treaty", "pact", "accord", "declaration")
_SOLIDARITY = re.compile(rf"\bin\s+solidarity\s+with\s+(?:the\s+)?({_LIST})")


# ---- rules -------------------------------------------------------------------------


def _member(clause: str, toks: list[_Tok], rows: _Rows, low: str, question: _Question) -> None:
    # Each pattern runs only when a word it needs occurs in the clause itself.
    match: re.Match[str] | None
    member = "member" in clause
    cued = member or "part" in clause or "belong" in clause
    for cue in _MEMBER_OF.finditer(clause) if cued else ():
        # "X is a member of", "X is part of"; "X belongs to" needs no copula.
        copula = not cue.group(0).startswith("belong")
        subjects, gap = _subject(clause, cue.start(), copula=copula)
        if not copula and gap.strip():
            continue
        prefix = clause[: cue.start()]
        if not subjects or _NEGATION.search(prefix) or _HEDGE.search(gap):
            continue
        if _ENDED.search(clause, cue.end()):
            continue
        subjects = [i for i in subjects if toks[i].kind in ("state", "side")]
        subjects = [i for i in subjects if not toks[i].adjective and not toks[i].possessive]
        orgs: list[int] = []
        for i in _ids(clause[cue.end() :]):
            tok = toks[i]
            if tok.kind == "org":
                orgs.append(i)
            elif tok.is_party and not tok.adjective:
                break
        for s in subjects:
            for o in orgs:
                rows.add(s, o, "member")
        if len(subjects) > 1 and _MILITARY_ALLIANCE.search(clause, cue.end()):
            rows.mutual(subjects, "ally")
    for cue in _JOINED.finditer(clause) if "join" in clause or "acced" in clause else ():
        org = int(cue.group(1))
        if toks[org].kind != "org":
            continue
        subjects, gap = _subject(clause, cue.start(), copula=False)
        if len(gap) > 40 or _NEGATION.search(clause[: cue.start()]) or _HEDGE.search(gap):
            continue
        for s in subjects:
            if toks[s].kind in ("state", "side") and not toks[s].adjective:
                rows.add(s, org, "member")
    if not member:
        return
    for match in _ORG_MEMBER.finditer(clause):
        x, org = int(match.group(1)), int(match.group(3))
        gap = match.group(2)
        valid = toks[org].kind == "org" and toks[x].kind in ("state", "side")
        if valid and not toks[x].adjective and not _NEGATION.search(gap) and not _HEDGE.search(gap):
            rows.add(x, org, "member")
    for match in _ORG_MEMBER_BEFORE.finditer(clause):
        org, x = int(match.group(1)), int(match.group(2))
        if toks[org].kind == "org" and toks[x].kind in ("state", "side") and not toks[x].adjective:
            rows.add(x, org, "member")
    for match in _MEMBERS_INCLUDE.finditer(clause):
        org = int(match.group(1) or match.group(2))
        if toks[org].kind == "org" and not _NEGATION.search(clause[: match.start()]):
            for x in _ids(match.group(3)):
                if toks[x].kind in ("state", "side") and not toks[x].adjective:
                    rows.add(x, org, "member")
    match = _MEMBER_STATES_LIST.search(clause)
    if match:
        org = int(match.group(1) or match.group(2))
        if toks[org].kind == "org" and not _NEGATION.search(clause[: match.start(3)]):
            for s in _ids(match.group(3)):
                if toks[s].kind in ("state", "side"):
                    rows.add(s, org, "member")


def _relation_nouns(
    clause: str, toks: list[_Tok], rows: _Rows, low: str, question: _Question
) -> None:
    """Read "X is Y's ally", "X is an ally of Y", "X and Y are allies" (and partners)."""
    for cue in _RELATION_NOUN.finditer(clause):
        relation = "ally" if cue.group(1).startswith("all") else "partner"
        before = clause[: cue.start()]
        after = clause[cue.end() :]
        owner = _POSSESSIVE_BEFORE.search(before)
        if owner and toks[int(owner.group(1))].possessive:
            y = int(owner.group(1))
            apposition = _APPOSITION_AFTER.match(after) or _INCLUDE_LIST.match(after)
            if apposition:
                xs = _ids(apposition.group(1))
            else:
                xs, _ = _subject(clause, owner.start(), copula=True)
            if _NEGATION.search(before):
                continue
            for x in _parties(toks, xs):
                rows.add(x, y, relation)
            continue
        if _NEGATION.search(before):
            continue
        xs, _ = _subject(clause, cue.start(), copula=True)
        of = _OF_LIST.match(after)
        ys = _ids(of.group(1)) if of else []
        if xs and ys:
            for x in _parties(toks, xs):
                for y in _parties(toks, ys):
                    rows.add(x, y, relation)
        elif len(xs) > 1 and cue.group(1).endswith("s"):
            rows.mutual(_parties(toks, xs), relation)
        elif ys:
            listed = _INCLUDE_LIST.match(after[of.end() :]) if of else None
            for x in _parties(toks, _ids(listed.group(1) if listed else None)):
                for y in _parties(toks, ys):
                    rows.add(x, y, relation)


def _alliance_phrases(
    clause: str, toks: list[_Tok], rows: _Rows, low: str, question: _Question
) -> None:
    for match in _ALLIED_WITH.finditer(clause):
        xs, gap = _subject(clause, match.start(), copula=False)
        if len(gap) > 40 or _NEGATION.search(clause[: match.start()]):
            continue
        if _INVITED.search(clause, 0, match.start()):
            continue  # "invited X to form an alliance with Y": asked, not done
        allies = _ids(match.group(1) or match.group(2))
        then = _ALLIED_THEN.match(clause, match.end())
        if then:
            allies += _ids(then.group(1))
        for x in _parties(toks, xs):
            for y in _parties(toks, allies):
                rows.mutual([x, y], "ally")
    for match in _ALLIANCE_BETWEEN.finditer(clause):
        if not _NEGATION.search(clause[: match.start()]):
            rows.mutual(_parties(toks, _ids(match.group(1))), "ally")
    for match in _COMPOUND_ALLIANCE.finditer(clause):
        rows.mutual(_parties(toks, [int(match.group(1)), int(match.group(2))]), "ally")


def _support(clause: str, toks: list[_Tok], rows: _Rows, low: str, question: _Question) -> None:
    for match in _SUPPORTED_BY.finditer(clause) if " by " in low else ():
        supported = int(match.group(1))
        if toks[supported].is_party and not _NEGATION.search(match.group(0)):
            backers = _ids(match.group(2))
            if len(backers) == 2 and _ASIDE_END.search(match.group(2)):
                # "between X(,) backed by Z, and W": the comma before "and" of two names
                # closes the aside (a list of two takes no comma).
                backers = backers[:1]
            for x in _parties(toks, backers):
                rows.add(x, supported, "ally")
    with_support = " of " in low and "with" in clause and _any(clause, _WITH_SUPPORT_WORDS)
    for match in _WITH_SUPPORT_OF.finditer(clause) if with_support else ():
        subject = _first_party(toks, clause[: match.start()])
        if subject is not None and not _NEGATION.search(clause[: match.start()]):
            for x in _parties(toks, _ids(match.group(1))):
                rows.add(x, subject, "ally")
    for gate, orgs, pattern in _SUPPORT_VERBS:
        # The sentence's stems, then the clause's own words ("arm" in "Armenia" is gone
        # from the template): a pattern can match only where one of its words occurs.
        if not _any(low, gate) or not _any(clause, _CLAUSE_GATES[gate]):
            continue
        for match in pattern.finditer(clause):
            if _NEGATION.search(match.group(2)):
                continue
            xs = _ids(match.group(1))
            xs = [x for x in xs if toks[x].is_party or (orgs and toks[x].kind == "org")]
            for y in _parties(toks, _ids(match.group(3))):
                if not toks[y].possessive:
                    for x in xs:
                        rows.add(x, y, "ally")
    letting = _any(low, _LETS_WORDS) and _any(clause, _LETS_CLAUSE_WORDS)
    for match in _LETS_TROOPS.finditer(clause) if letting else ():
        if _NEGATION.search(match.group(2)) or _HEDGE.search(match.group(2)):
            continue
        y = int(match.group(3)[1:-1])
        if toks[y].is_party:
            for x in _parties(toks, _ids(match.group(1))):
                rows.add(x, y, "ally")


def _objects(clause: str, start: int, toks: list[_Tok]) -> list[int]:
    """States, sides and organisations named from ``start`` to the end of the object phrase."""
    stop = _OBJECT_STOP.search(clause, start)
    span_end = stop.start() if stop else len(clause)
    out = []
    for match in _TOK_ANY.finditer(clause, start, span_end):
        i = int(match.group(1))
        tok = toks[i]
        if tok.adjective or _ANONYMOUS_SET.match(clause, match.end()):
            continue
        if tok.kind in ("state", "side", "org"):
            out.append(i)
    return out


def _partner(clause: str, toks: list[_Tok], rows: _Rows, low: str, question: _Question) -> None:
    x: int | None
    for cue in _DIPLOMATIC.finditer(clause) if "diplomat" in low else ():
        before = clause[: cue.start()]
        relation = "adversary" if _HOSTILE_BEFORE.search(before) else "partner"
        between = _BETWEEN_LIST.match(clause, cue.end())
        if between:
            rows.mutual(_parties(toks, _ids(between.group(1))), relation)
            continue
        xs, gap = _subject(clause, cue.start(), copula=False)
        xs = [i for i in xs if not toks[i].adjective or toks[i].possessive]
        if relation == "partner" and _NEGATION.search(gap):
            continue
        if _WITH.match(clause, cue.end()):
            for x in _parties(toks, xs):
                for y in _objects(clause, cue.end(), toks):
                    rows.add(x, y, relation)
        elif len(xs) > 1:
            rows.mutual(_parties(toks, xs), relation)
    # The stems in the sentence, then the words each pattern needs in the clause itself.
    related = _any(low, ("relation", "ties"))
    related_between = related and "between" in clause
    for match in _RELATIONS_BETWEEN_FRIENDLY.finditer(clause) if related_between else ():
        if not _NEGATION.search(match.group(2)):
            rows.mutual(_parties(toks, _ids(match.group(1))), "partner")
    related = related and _any(clause, ("relation", "ties"))
    for match in _FRIENDLY_RELATIONS.finditer(clause) if related else ():
        ys = _parties(toks, _ids(match.group(2)))
        if _NEGATION.search(clause[: match.start()]):
            continue
        if match.group(1) == "between":
            rows.mutual(ys, "partner")
        else:
            xs, gap = _subject(clause, match.start(), copula=False)
            for x in _parties(toks, xs):
                for y in ys:
                    rows.add(x, y, "partner")
    cooperating = _any(low, _COOPERATE_WORDS) and _any(clause, _COOPERATE_WORDS)
    for match in _COOPERATE_WITH.finditer(clause) if cooperating else ():
        x = int(match.group(1))
        if toks[x].kind == "region" or toks[x].adjective or _NEGATION.search(match.group(2)):
            continue
        for y in _ids(match.group(3)):
            if toks[y].kind in ("state", "side", "org"):
                rows.add(x, y, "partner")
    for match in _COOPERATION_BETWEEN.finditer(clause) if "between" in low else ():
        rows.mutual(_ids(match.group(1)), "partner")
    if (
        "together" in low
        and _TOGETHER.search(clause)
        and _WORK_VERB.search(clause)
        and not _NEGATION.search(clause)
    ):
        for match in _LIST_THEN_WORK.finditer(clause):
            rows.mutual(_parties(toks, _ids(match.group(1)), adjectives=False), "partner")
    for match in _LIST_COOPERATE.finditer(clause) if cooperating else ():
        if not _NEGATION.search(clause[: match.end()]):
            ids = [i for i in _ids(match.group(1)) if toks[i].kind != "region"]
            rows.mutual([i for i in ids if not toks[i].adjective], "partner")
    agreed = _any(low, _AGREEMENT_WORDS) and _any(clause, _AGREEMENT_WORDS)
    for match in _AGREEMENT.finditer(clause) if agreed else ():
        relation = "ally" if match.group("ally") else "partner"
        if _NEGATION.search(clause[: match.start()]):
            continue
        between = _BETWEEN_LIST.match(clause, match.end())
        if between:
            rows.mutual(_parties(toks, _ids(between.group(1)), adjectives=False), relation)
            continue
        xs, gap = _subject(clause, match.start(), copula=False)
        if not re.search(r"\b(?:signed|concluded|agreed|adopted|ratified)\b", gap):
            continue
        with_list = re.compile(rf"\s+with\s+(?:the\s+)?({_LIST})").match(clause, match.end())
        ys = _ids(with_list.group(1)) if with_list else []
        xs = [i for i in xs if toks[i].kind != "region" and not toks[i].adjective]
        if ys:
            for x in xs:
                for y in ys:
                    rows.mutual([x, y], relation)
        else:
            rows.mutual(xs, relation)
    for match in _SOLIDARITY.finditer(clause) if "solidarity" in low else ():
        ys = _parties(toks, _ids(match.group(1)))
        x = _first_party(toks, clause[: match.start()], exclude=ys)
        if x is not None:
            for y in ys:
                rows.add(x, y, "partner")
