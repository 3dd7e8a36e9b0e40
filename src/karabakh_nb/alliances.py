"""The ``alliances`` fact table, read sentence by sentence from the answers.

Who is allied with, member of, partner of, at war with or mediating for whom.

Each sentence is turned into a *template*: every state, side, region or
organisation found by :func:`karabakh_nb.entities.find_entities` becomes a token
``«i»``, and the relation rules are general patterns over cue phrases and token
positions. Nothing about a particular conflict is written here.

Rules and decisions (CONTRACT.md section 3 gives the columns):

- ``ally`` is directed, ``a`` is an ally of (supports) ``b``: "X has been Y's primary
  ally", "Y, supported by X", "X provided military support to Y", "X supplied Y with
  weapons", "X fought alongside Y", "X allowed Y's (or Y) troops to use its territory".
  A list of supporters gives a row each ("X, the Y and the Z have provided military
  support to W"); an organisation may be the supporter only in the explicitly military
  forms (military support, weapons), not in "supported" or "fought alongside". A mutual
  alliance ("X and Y are allies", "X and Y are both members of a military alliance",
  "alliance between X and Y") gives one row with ``a`` < ``b`` alphabetically.
- ``member``: ``a`` a state or side, ``b`` the organisation: "X is (also) a (full)
  member of ORG and ORG", "X and Y are both members of ORG", "X became a member of
  ORG", "X joined ORG", "ORG member states ...: X, Y and Z". Demonyms are never
  members ("two Russian-led initiatives"), hedges are not membership ("candidate",
  "former", "seeks"), and "182 UN member states" names no state.
- ``partner`` is symmetric (``a`` < ``b``): diplomatic relations ("X established /
  maintains diplomatic relations with Y", "diplomatic relations between X and Y"),
  cooperation ("X cooperated with Y", "together, X and Y work ..."), friendly or close
  relations, "X is a partner of Y", "in solidarity with Y". An organisation followed by
  "member states" is an anonymous set of states, so it is no partner.
- ``adversary`` is symmetric (``a`` < ``b``): "war / conflict / fighting / ceasefire
  between X and Y", with side groups: in "between X, supported by Z, and W together
  with V", Z is an ally of X (a supporter, not a belligerent), V an ally of W and a
  belligerent, so X is the adversary of W and of V. Also "X-Y war" (two demonyms count
  only when both are states: "the South Ossetian-Abkhazian conflict" names places, not
  belligerents), "X's war against Y", "X fought against Y", "X launched an offensive /
  attack / invasion / strikes / an assault against Y", "X invaded / attacked Y", "no
  diplomatic relations between X and Y", "X severed diplomatic relations with Y" and
  "X closed its border with Y". Up to three words describing Y may come first ("against
  the self-declared Republic of Artsakh"), but no preposition ("an attack against the
  capital of Y" is not against Y).
  "Invasion of Y" and "war / attack / assault / offensive / strikes on Y" need who waged
  them: "by X" after Y, else a demonym or possessive just before the noun ("the Russian
  invasion of Y", "X's war on Y"), else the subject (one or a list) of a verb of
  launching ("X launched / began / waged / carried out ..."), else, when the clause names
  no one else ("The invasion of Y began ..."), the question's only other state or side.
  Feared, threatened, planned or prevented ones ("fears of an invasion of Y") are not
  relations, and "X condemned the invasion of Y" names no belligerent X.
- ``mediator``: "X-brokered", "brokered / mediated by X", "X brokered" (or "X and the Y
  brokered"), "X's mediation": one row per mediator and party ``b``. "Y and Z, mediated
  by X" is passive: Y and Z are no mediators. The parties are the belligerents named in
  the same sentence; else the states and sides after "between" in it ("X and Y brokered
  a deal between Z and W"; talks between Z and W with no mediator give nothing); else
  the belligerents (adversary rows) of the rest of the answer; else the states and
  sides named in the answer's sentences about fighting; else those named in the
  question. With none of these, no row ("both sides" alone names
  nobody).
- Negation: a clause holding "not", "never", "no longer", "neither", "nor" or "n't"
  before the cue yields nothing. Sentences are split into clauses at ";" and at "but",
  "while", "whereas", "although", "though", so "X is a member of NATO, while Y is not"
  keeps X's row.
- References: "it" is the only state or side named before it in the same sentence;
  "the alliance" / "the organisation" / "the bloc" the only organisation named before
  it; "the two countries" / "both countries" the two states or sides named in the
  question, else in the previous sentence. Anything else is left unresolved.
- The question is context only: for "the two countries", for the missing subject of
  "a war against Y" or "the invasion of Y", and for a mediation whose parties the
  answer does not name.
- Regions stand for their side (``Nagorno-Karabakh`` -> ``Artsakh``); states use the
  common short English name, organisations their acronym. Rows are deduplicated on
  (``a``, ``b``, ``relation``, ``qa_id``), keeping the first sentence as evidence.

Speed: a sentence is searched for entities only when it holds a cue stem ("member",
"war", "broker", ...), each rule group runs only when its own stems occur, and the
result of a (question, answer) pair is cached, since scraped corpora repeat answers.
An answer is split into sentences and searched for stems and for entities once, the
results shared out to its sentences by offset. The costlier patterns run only when a
word they need occurs in the clause's template itself (where "arm" of "Armenia" is
gone), and a clause naming a single party runs only the rules that can look elsewhere.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

import pandas as pd

from .entities import _scan
from .text import _ABBREVIATIONS, _BOUNDARY

__all__ = ["ALLIANCE_COLUMNS", "RELATIONS", "extract_alliances", "relations_in"]

ALLIANCE_COLUMNS = ["a", "b", "relation", "qa_id", "evidence"]
PARALLEL_MIN_PAIRS = 20_000
RELATIONS = ("ally", "member", "partner", "adversary", "mediator")
_SYMMETRIC = frozenset({"partner", "adversary"})
_PARTY_KINDS = frozenset({"state", "side", "region"})

# Cheap keyword gates (substrings of the lower-cased sentence): a rule runs only when one
# of its stems occurs, and a sentence with none of them is never searched for entities.
_GATES: dict[str, tuple[str, ...]] = {
    "member": ("member", "join", "part of", "acced", "accession"),
    "noun": ("ally", "allies", "partner"),
    "alliance": ("allied", "aligned", "alliance"),
    "support": (
        "support",
        "back",
        "aid",
        "assist",
        "arm",
        "help",
        "weapon",
        "munition",
        "drone",
        "missile",
        "tank",
        "artillery",
        "equip",
        "alongside",
        "side of",
        "interven",
        "hardware",
        "military",
        "territory",
        "airspace",
        "soil",
    ),
    "partner": (
        "diplomat",
        "relation",
        "ties",
        "cooperat",
        "co-operat",
        "collaborat",
        "together",
        "partner",
        "solidarity",
        "agreement",
        "treaty",
        "pact",
        "accord",
        "declaration",
    ),
    "adversary": (
        "war",
        "conflict",
        "hostil",
        "clash",
        "fight",
        "fought",
        "skirmish",
        "confront",
        "battle",
        "ceasefire",
        "cease-fire",
        "truce",
        "armistice",
        "against",
        "invad",
        "attack",
        "occup",
        "bomb",
        "shell",
        "blockad",
        "border",
        "offensive",
        "aggress",
        "campaign",
        "struggle",
        "invas",
        "assault",
        "strike",
    ),
    "mediator": ("broker", "mediat", "sponsor", "good offices", "negotiated by"),
}


def _literal_trie(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words`` (longest first), shaped as a trie."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_STEMS = sorted({k for keys in _GATES.values() for k in keys})
_STEM_RE = re.compile(_literal_trie(_STEMS))
# A stem found in the text implies every stem it contains ("arms" holds "arm").
_GATES_OF_STEM = {
    stem: frozenset(gate for gate, keys in _GATES.items() if any(k in stem for k in keys))
    for stem in _STEMS
}


def _gates(low: str) -> set[str]:
    """The rule groups whose stems occur in the lower-cased sentence ``low``."""
    found: set[str] = set()
    for stem in _STEM_RE.findall(low):
        found |= _GATES_OF_STEM[stem]
    return found


def _any(low: str, keys: Iterable[str]) -> bool:
    # A plain loop: any() over a generator costs twice as much on this hot path.
    for key in keys:  # noqa: SIM110
        if key in low:
            return True
    return False


_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
_NEXT_CHAR = re.compile(r"\s*(\S)")


def _abbreviation(text: str, dot: int) -> bool:
    """:func:`karabakh_nb.text._is_abbreviation` for a full stop at ``dot``, cheaper."""
    if dot == 0 or text[dot - 1].isspace():
        return False
    # The word before the full stop: the run of non-space characters ending there.
    word = text[:dot].rsplit(None, 1)[-1].lstrip("\"'(“‘[")
    if not word:
        return False
    if word.lower() in _ABBREVIATIONS:
        return True
    # Initials of at most three letters are at most five characters long ("U.S.A").
    if len(word) <= 5 and _INITIALS.fullmatch(word) and len(word.replace(".", "")) <= 3:
        return word[-1].isupper() or "." in word
    after = text[dot + 1 : dot + 3]
    if len(after) == 2 and after[0] == " " and not after[1].isspace():
        return after[1].islower()
    following = _NEXT_CHAR.match(text, dot + 1)
    return following is not None and following.group(1).islower()


def _sentence_spans(text: str) -> list[tuple[str, int, int]]:
    """:func:`karabakh_nb.text.sentences` as ``(text, start, end)`` tuples, cheaper."""
    out: list[tuple[str, int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        dot, end = match.span()
        if end - dot == 1 and text[dot] == "." and _abbreviation(text, dot):
            continue
        chunk = text[start:end].lstrip()
        stripped = chunk.rstrip()
        if stripped:
            offset = end - len(chunk)
            out.append((stripped, offset, offset + len(stripped)))
        start = end
    chunk = text[start:].lstrip()
    stripped = chunk.rstrip()
    if stripped:
        offset = len(text) - len(chunk)
        out.append((stripped, offset, offset + len(stripped)))
    return out


_TOK = r"«(\d+)»"
_TOK_ANY = re.compile(_TOK)
# A list of tokens: "X", "X and Y", "X, Y and Z", "X, Y, and the Z". Commas alone do not
# make a list ("Since independence from X, Y has been ..."), a final "and" does.
_LIST = (
    r"«\d+»(?:(?:\s*,\s*(?:the\s+)?«\d+»)*\s*,?\s+(?:and|or|as\s+well\s+as)\s+"
    r"(?:the\s+)?«\d+»)?"
)
_SUBJECT_BEFORE = re.compile(rf"(?:\b[Bb]oth\s+)?({_LIST})([^«]*)$")
_NEGATION = re.compile(r"\b(?:not|never|no|neither|nor|cannot)\b|n['’]t\b", re.IGNORECASE)
_COPULA = re.compile(
    r"\b(?:is|are|was|were|been|be|being|became|become|becomes|remains?|remained)\b"
)
_HEDGE = re.compile(
    r"\b(?:former|ex|candidate|aspiring|prospective|would-be|associate|observer|applicant|"
    r"potential|future|wants?|seeks?|seeking|hopes?|aims?|plans?|intends?|could|may|might|"
    r"would|should|wish(?:es)?|bid|left|leave|withdrew|withdrawn|suspended|expelled|"
    r"ceased|appl(?:y|ies|ied|ying|ication)|refused|vetoed|blocked|to)\b",
    re.IGNORECASE,
)
_BREAK_WORDS = (";", " but ", " while ", " whereas ", " although ", " though ")
_CLAUSE_BREAK = re.compile(r"\s*;\s*|,?\s+(?:but|while|whereas|although|though)\s+")

# ---- references -------------------------------------------------------------------
_IT = re.compile(r"\bit\b(?!['’])")
_THE_TWO = re.compile(
    r"\b(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+(?:countries|states|nations|neighbou?rs|"
    r"republics|governments)\b"
)
_THE_TWO_NOUNS = ("countries", "states", "nations", "neighbo", "republics", "governments")
_THE_ORG_WORDS = ("the alliance", "the organi", "the bloc", "the union", "the group")
_THE_ORG = re.compile(
    r"\bthe\s+(?:alliance|organi[sz]ation|bloc|union|group)\b(?!\s*«)", re.IGNORECASE
)

# ---- member ----------------------------------------------------------------------------
_MEMBER_OF = re.compile(
    r"\bmembers?\s+(?:(?:states?|countries|country|nations?)\s+)?of\b|\bpart\s+of\b"
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
_ALLIED_WITH = re.compile(
    rf"\b(?:allied|aligned)\s+(?:closely\s+)?(?:with|to)\s+(?:the\s+)?({_LIST})"
    rf"|\balliance\s+with\s+(?:the\s+)?({_LIST})"
)
_ALLIANCE_BETWEEN = re.compile(rf"\balliance\s+between\s+(?:the\s+)?({_LIST})")
_COMPOUND_ALLIANCE = re.compile(rf"{_TOK}[-–]{_TOK}\s+(?:military\s+)?alliance\b")

# ---- ally: support ---------------------------------------------------------------------
_SUPPORTED_BY = re.compile(
    rf"{_TOK}\s*,?\s*(?:(?:which|who)\s+(?:was|were|is|are)\s+)?(?:\w+ly\s+)?"
    rf"(?:supported|backed|aided|assisted|armed|helped)\s+by\s+(?:the\s+)?"
    rf"(?:[\w-]+\s+){{0,4}}?({_LIST})"
)
_WITH_SUPPORT_OF = re.compile(
    rf"\bwith\s+the\s+(?:military\s+)?(?:support|backing|help)\s+of\s+(?:the\s+)?({_LIST})"
)
# A subject may carry an apposition: "Turkey, a NATO member, backed ...",
# "Armenia, together with Artsakh, fought ...".
_APPOSITION = (
    r"(?:\s*,\s+(?:a|an|the|together\s+with|along\s+with|alongside|supported\s+by|"
    r"backed\s+by)\s+[^,]*,)?"
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
# "X allowed Y's / Y troops to use its territory": X supports Y.
_LETS_TROOPS = re.compile(
    rf"({_LIST}){_APPOSITION}([^«]{{0,30}}?)\b(?:allowed|allows|allow|permitted|permits|"
    r"permit|let|lets)\s+(?:the\s+)?(«\d+»)\s+(?:[\w-]+\s+)?(?:troops|forces|army|military|"
    r"soldiers|aircraft|warplanes|jets)\s+to\s+(?:use|cross|transit|enter|pass\s+through|"
    r"operate\s+from|deploy\s+(?:on|to|in)|be\s+(?:stationed|based|deployed)\s+(?:on|in))\s+"
    r"(?:its|their)\s+(?:own\s+)?(?:territory|airspace|soil|bases|land)\b"
)
_LETS_WORDS = ("territory", "airspace", "soil")
_LETS_CLAUSE_WORDS = ("allow", "permit", "let")
_WITH_SUPPORT_WORDS = ("support", "backing", "help")

# ---- partner -----------------------------------------------------------------------
_DIPLOMATIC = re.compile(r"\bdiplomatic\s+(?:relations|ties)\b", re.IGNORECASE)
_HOSTILE_BEFORE = re.compile(
    r"\b(?:no|not|never|without|severed|severs|sever|broke\s+off|broken\s+off|break\s+off|"
    r"cut\s+off|cut|cuts|suspended|suspends|ended|terminated|lacks?|lacking)\s+"
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

# ---- adversary ---------------------------------------------------------------------
_WAR_WORD = (
    r"(?:wars?|conflicts?|hostilities|clash(?:es)?|fighting|fought|skirmish(?:es)?|"
    r"confrontations?|battles?|ceasefire|cease-fire|truce|armistice|waged)"
)
_BETWEEN = re.compile(r"\bbetween\s+")
_WAR_BEFORE_BETWEEN = re.compile(rf"(?i:\b{_WAR_WORD}\b)[^«;]{{0,60}}$")
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
    r"\s*,?\s*(?:and|&|versus|vs\.?|against)\s+(?:[\w-]+\s+){0,4}|\s*,\s*(?:[\w-]+\s+){0,4}"
)
_SIDE_MARKERS = re.compile(
    r"\bon\s+(?:the\s+)?one\s+(?:side|hand)\b|\bon\s+the\s+other(?:\s+(?:side|hand))?\b",
    re.IGNORECASE,
)
_SUPPORT_GAP = re.compile(
    r"\b(?:supported|backed|aided|assisted|armed|helped)\s+by\b|\bwith\s+the\s+"
    r"(?:military\s+)?(?:support|backing|help)\s+of\b",
    re.IGNORECASE,
)
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
# Up to three words describing a party ("the self-declared", "the breakaway"), never a
# preposition: "an attack against the capital of X" is no attack against X.
_PARTY_MODIFIERS = (
    r"(?:the\s+)?(?:(?!(?:of|in|on|at|to|by|for|with|from|into|and|or|near)\b)[\w-]+\s+){0,3}?"
)
_WAR_AGAINST = re.compile(
    rf"(?i:\b(?:(?:wars?|conflicts?|hostilities|clash(?:es|ed)?)\s+(?:against|with)|"
    rf"(?:fight|fights|fighting|fought|battles?|battled|battling|offensives?|aggression|"
    rf"invasion|campaign|struggle|attacks?|attacked|(?:air\s*)?strikes?|assaults?)\s+"
    rf"(?:(?P<together>together|jointly)\s+)?against))\s+{_PARTY_MODIFIERS}{_TOK}"
)
# "invasion of Y", "war / attack / assault / offensive / strikes on Y", maybe "by X".
_WAR_ON = re.compile(
    rf"(?i:\b(?:invasions?\s+of|(?:wars?|attacks?|assaults?|offensives?|(?:air\s*)?strikes?)"
    rf"\s+on))\s+{_PARTY_MODIFIERS}{_TOK}(?:\s+by\s+(?:the\s+)?{_TOK})?"
)
_WAR_ON_WORDS = ("invasion", "war on", "wars on", "attack", "assault", "offensive", "strike")
# Who waged it: a demonym or possessive just before the noun ("the Russian invasion of
# Y", "X's full-scale invasion of Y"), else the subject of a verb of launching.
_WAGER_BEFORE = re.compile(r"«(\d+)»\s+(?:[\w-]+\s+){0,2}$")
_LAUNCH = re.compile(
    r"\b(?:launch(?:ed|es)?|beg[ai]n|begins|start(?:ed|s)?|waged?|wages|mount(?:ed|s)?|"
    r"carr(?:ied|ies)\s+out|conduct(?:ed|s)?|initiated|unleashed|continu(?:ed|es)|"
    r"resumed|escalated|intensified|stepped\s+up)\b"
)
# What was feared or prevented did not happen: "fears of an invasion of Y".
_HYPOTHETICAL = re.compile(
    r"\b(?:fears?|feared|threats?|threatened|warn(?:ed|s|ings?)?|possible|potential|"
    r"planned|plans?|prepar(?:ed|es|ing)|prevent(?:ed|s)?|avert(?:ed|s)?|deter(?:red|s)?|"
    r"risks?|would|could|might|may|if)\b",
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
_HOSTILE_VERB = re.compile(
    rf"{_TOK}({_APPOSITION})([^«]{{0,30}}?)\b(?:fought|fights|battled|invaded|invades|invade|attacked|attacks|occupied|occupies|"
    rf"bombed|bombs|shelled|shells|blockaded|blockades|declared\s+war\s+(?:on|against)|"
    rf"went\s+to\s+war\s+(?:with|against)|(?:closed|sealed|closes|seals)\s+(?:its|their|"
    rf"the)\s+borders?\s+with)\s+{_PARTY_MODIFIERS}{_TOK}"
)

# ---- mediator ----------------------------------------------------------------------
_MEDIATION_WORD = r"(?:brokered|mediated|sponsored)"
_MEDIATOR_PATTERNS = [
    re.compile(rf"{_TOK}[-–]{_MEDIATION_WORD}\b"),
    re.compile(rf"\b(?:brokered|mediated|negotiated|sponsored)\s+by\s+(?:the\s+)?({_LIST})"),
    re.compile(
        rf"({_LIST})([^«]{{0,20}}?)\b(?:brokered|mediated|brokers|mediates|helped\s+broker|"
        rf"acted\s+as\s+(?:a\s+|the\s+)?mediator|served\s+as\s+(?:a\s+|the\s+)?mediator)\b(?!\s+by\b)"
    ),
    re.compile(rf"\b(?:mediation|good\s+offices)\s+of\s+(?:the\s+)?({_LIST})"),
    re.compile(rf"{_TOK}\s+(?:mediation|mediators?)\b"),
]
# The parties a mediation names itself: "X brokered a deal between Y and Z".
_MEDIATION_BETWEEN = re.compile(rf"\bbetween\s+(?:the\s+)?({_LIST})")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being)\b")
_FIGHTING_CONTEXT = re.compile(
    r"\b(?:wars?|fighting|fought|conflict|hostilities|clashes|killed|soldiers|troops|forces|"
    r"offensive|battle|ceasefire|cease-fire|truce)\b",
    re.IGNORECASE,
)


class _Tok(NamedTuple):
    """One entity of a sentence template (or a resolved reference)."""

    name: str
    kind: str
    adjective: bool = False
    possessive: bool = False

    @property
    def is_party(self) -> bool:
        """True for a state, side or region (not an organisation)."""
        return self.kind in _PARTY_KINDS


class _Question:
    """The question of a pair; its entities are looked up only when a rule needs them."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def toks(self) -> list[_Tok]:
        return [tok for _, _, tok in _spans(self.text, clean=False)]


@dataclass
class _Template:
    """A sentence with entities replaced by ``«i»`` tokens."""

    text: str
    tpl: str
    toks: list[_Tok]


# The token of each surface form: a surface is always read the same way (same name,
# same possessive), so one token serves every occurrence.
_TOK_OF_SURFACE: dict[str, _Tok] = {}

_Span = tuple[int, int, _Tok]


def _spans(text: str, *, clean: bool = True) -> list[_Span]:
    """``(start, end, token)`` of every entity in ``text`` (with "«»" made "<>" if ``clean``)."""
    if clean:
        text = text.replace("«", "<").replace("»", ">")
    out: list[_Span] = []
    append = out.append
    cache = _TOK_OF_SURFACE
    for start, end, surface, entry, possessive in _scan(text):
        tok = cache.get(surface)
        if tok is None:
            name, kind, adjective, party = entry
            tok = _Tok(party if kind == "region" else name, kind, adjective, possessive)
            cache[surface] = tok
        append((start, end, tok))
    return out


def _template(text: str, spans: Iterable[_Span] | None = None, offset: int = 0) -> _Template:
    """Replace each entity with a token; "Full Name (ACR)" becomes one token.

    ``spans`` may come from a search of the whole answer, ``offset`` being where
    ``text`` starts in it.
    """
    clean = text.replace("«", "<").replace("»", ">")
    toks: list[_Tok] = []
    parts: list[str] = []
    pos = 0
    for start, end, tok in _spans(clean) if spans is None else spans:
        start -= offset
        end -= offset
        gap = clean[pos:start]
        if (
            toks
            and gap.strip() == "("
            and clean[end : end + 1] == ")"
            and toks[-1].name == tok.name
        ):
            parts.append(gap[: gap.index("(")].rstrip())
            pos = end + 1
            continue
        parts.append(gap)
        parts.append(f"«{len(toks)}»")
        toks.append(tok)
        pos = end
    parts.append(clean[pos:])
    return _Template(text, "".join(parts), toks)


def _ids(text: str | None) -> list[int]:
    return [int(i) for i in _TOK_ANY.findall(text or "")]


def _party_names(toks: Iterable[_Tok], *, adjectives: bool = True) -> list[str]:
    names: list[str] = []
    for tok in toks:
        wanted = tok.kind in ("state", "side") and (adjectives or not tok.adjective)
        if wanted and tok.name not in names:
            names.append(tok.name)
    return names


def _resolve_references(tpl: _Template, question: _Question, previous: str, low: str) -> None:
    """Replace "it", "the alliance" and "the two countries" by tokens when unambiguous."""

    def virtual(tok: _Tok) -> str:
        tpl.toks.append(tok)
        return f"«{len(tpl.toks) - 1}»"

    def before(end: int) -> list[_Tok]:
        return [tpl.toks[i] for i in _ids(tpl.tpl[:end])]

    def it(match: re.Match[str]) -> str:
        names = _party_names([t for t in before(match.start()) if not t.adjective])
        return virtual(_Tok(names[0], "state")) if len(names) == 1 else match.group(0)

    def org(match: re.Match[str]) -> str:
        names = {t.name for t in before(match.start()) if t.kind == "org"}
        return virtual(_Tok(names.pop(), "org")) if len(names) == 1 else match.group(0)

    def two(match: re.Match[str]) -> str:
        for context in (question.toks, None):
            if context is None:
                context = [tok for _, _, tok in _spans(previous, clean=False)]
            names = _party_names(context)
            if len(names) == 2:
                return f"{virtual(_Tok(names[0], 'state'))} and {virtual(_Tok(names[1], 'state'))}"
        return match.group(0)

    if " it " in tpl.tpl:
        tpl.tpl = _IT.sub(it, tpl.tpl)
    if _any(low, _THE_ORG_WORDS):
        tpl.tpl = _THE_ORG.sub(org, tpl.tpl)
    if ("two " in low or "both " in low) and _any(low, _THE_TWO_NOUNS):
        tpl.tpl = _THE_TWO.sub(two, tpl.tpl)


class _Rows:
    """Collects (a, b, relation) triples of one sentence, normalised."""

    def __init__(self, toks: list[_Tok]) -> None:
        self.toks = toks
        self.items: list[tuple[str, str, str]] = []

    def add(self, a: int | str, b: int | str, relation: str) -> None:
        """Add one row; symmetric relations are stored with ``a`` < ``b``."""
        name_a = self.toks[a].name if isinstance(a, int) else a
        name_b = self.toks[b].name if isinstance(b, int) else b
        if not name_a or not name_b or name_a == name_b:
            return
        if relation in _SYMMETRIC and name_b < name_a:
            name_a, name_b = name_b, name_a
        self.items.append((name_a, name_b, relation))

    def mutual(self, ids: list[int], relation: str) -> None:
        """Add a row for every pair of ``ids``, ``a`` < ``b`` (a mutual relation)."""
        for i, x in enumerate(ids):
            for y in ids[i + 1 :]:
                a, b = sorted((self.toks[x].name, self.toks[y].name))
                if a != b:
                    self.items.append((a, b, relation))


def _parties(toks: list[_Tok], ids: Iterable[int], *, adjectives: bool = True) -> list[int]:
    return [i for i in ids if toks[i].is_party and (adjectives or not toks[i].adjective)]


def _subject(tpl: str, end: int, *, copula: bool) -> tuple[list[int], str]:
    """The token list ending just before ``end`` and the text between it and ``end``."""
    match = _SUBJECT_BEFORE.search(tpl, 0, end)
    if not match:
        return [], ""
    gap = match.group(2)
    if copula and not _COPULA.search(gap):
        return [], gap
    return _ids(match.group(1)), gap


def _first_party(
    toks: list[_Tok], text: str, exclude: Iterable[int] = (), *, adjectives: bool = False
) -> int | None:
    """The first state or side (else region) named in ``text``.

    Demonyms count only when possessive, or when ``adjectives`` ("Armenian forces").
    """
    skip = {toks[i].name for i in exclude}
    ids = [i for i in _ids(text) if toks[i].is_party and toks[i].name not in skip]
    ids = [i for i in ids if adjectives or not toks[i].adjective or toks[i].possessive]
    for i in ids:
        if toks[i].kind != "region":
            return i
    return ids[0] if ids else None


# ---- rules -------------------------------------------------------------------------


def _member(clause: str, toks: list[_Tok], rows: _Rows, low: str, question: _Question) -> None:
    # Each pattern runs only when a word it needs occurs in the clause itself.
    member = "member" in clause
    for cue in _MEMBER_OF.finditer(clause) if member or "part" in clause else ():
        subjects, gap = _subject(clause, cue.start(), copula=True)
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
        for x in _parties(toks, xs):
            for y in _parties(toks, _ids(match.group(1) or match.group(2))):
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
            for x in _parties(toks, _ids(match.group(2))):
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


def _sides(span: str, toks: list[_Tok]) -> list[tuple[list[int], list[int]]]:
    """Parse "X, supported by Z, and W together with V" into [(belligerents, supporters)]."""
    stop = _SIDES_STOP.search(span)
    if stop:
        span = span[: stop.start()]
    span = _SIDE_MARKERS.sub(" ", span)
    sides: list[tuple[list[int], list[int]]] = []
    mode = "side"
    parenthetical = False
    pos = 0
    for match in _TOK_ANY.finditer(span):
        gap = span[pos : match.start()]
        pos = match.end()
        i = int(match.group(1))
        if not toks[i].is_party:
            continue
        if not sides:
            sides.append(([i], []))
            continue
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
        elif _SIDE_CONNECTOR.fullmatch(gap):
            sides.append(([i], []))
            mode, parenthetical = "side", False
        else:
            break
    return sides


def _adversary(clause: str, toks: list[_Tok], rows: _Rows, low: str, question: _Question) -> None:
    for between in _BETWEEN.finditer(clause) if "between" in low else ():
        if not _WAR_BEFORE_BETWEEN.search(clause, 0, between.start()):
            continue
        if _NEGATION.search(clause[max(0, between.start() - 60) : between.start()]):
            continue
        sides = _sides(clause[between.end() :], toks)
        for belligerents, supporters in sides:
            for s in supporters:
                rows.add(s, belligerents[0], "ally")
            for co in belligerents[1:]:
                rows.add(co, belligerents[0], "ally")
        for n, (side, _) in enumerate(sides):
            for other, _ in sides[n + 1 :]:
                for x in side:
                    for y in other:
                        rows.add(x, y, "adversary")
    for match in _COMPOUND_WAR.finditer(clause):
        x, y = int(match.group(1)), int(match.group(2))
        if not (toks[x].is_party and toks[y].is_party):
            continue
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
        if _NEGATION.search(prefix):
            continue
        subjects, gap = _subject(clause, match.start(), copula=False)
        subjects = _parties(toks, subjects) if len(gap) <= 30 else []
        if len(subjects) > 1:
            for x in subjects:
                rows.add(x, y, "adversary")
            if match.group("together"):
                rows.mutual(subjects, "ally")
            continue
        x = _first_party(toks, prefix, exclude=[y], adjectives=True)
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
        x, y = int(match.group(1)), int(match.group(4))
        if not (toks[x].is_party and toks[y].is_party) or _NEGATION.search(match.group(3)):
            continue
        rows.add(x, y, "adversary")
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
        agent = int(match.group(2))
        if toks[agent].is_party:
            rows.add(agent, y, "adversary")
        return
    wager = _WAGER_BEFORE.search(prefix)
    if wager and (toks[int(wager.group(1))].adjective or toks[int(wager.group(1))].possessive):
        rows.add(int(wager.group(1)), y, "adversary")
        return
    subjects, gap = _subject(clause, match.start(), copula=False)
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


def _mediators(tpl: str, toks: list[_Tok]) -> list[int]:
    found: list[int] = []
    for pattern in _MEDIATOR_PATTERNS:
        for match in pattern.finditer(tpl):
            # "X was mediated" is passive: X is what was mediated, not the mediator.
            if pattern.groups >= 2 and (
                _NEGATION.search(match.group(2)) or _PASSIVE.search(match.group(2))
            ):
                continue
            group = match.group(1)
            ids = [int(group)] if group.isdigit() else _ids(group)
            for i in ids:
                if toks[i].kind in ("state", "org", "side") and i not in found:
                    found.append(i)
    return found


@dataclass
class _Sentence:
    text: str
    template: _Template
    rows: _Rows
    mediators: list[int]
    between: list[str]


# Shared by every sentence without a cue stem (never changed).
_NO_TEMPLATE = _Template("", "", [])
_NO_ROWS = _Rows([])


def _analyse(question: str, answer: str) -> list[tuple[str, str, str, str]]:
    """All (a, b, relation, evidence) rows of one answer, in reading order."""
    question_toks = _Question(question or "")
    analysed: list[_Sentence] = []
    previous = ""
    # One search of the whole answer for cue stems and one for entities, shared out to
    # the sentences by offset: cheaper than a search per sentence.
    found = [(match.start(), match.group(0)) for match in _STEM_RE.finditer(answer.lower())]
    if not found:
        return []
    spans = _sentence_spans(answer)
    starts = [start for _, start, _ in spans]
    stems: list[set[str]] = [set() for _ in spans]
    for at, stem in found:
        stems[bisect_right(starts, at) - 1] |= _GATES_OF_STEM[stem]
    entities: list[_Span] | None = None
    entity_starts: list[int] = []
    for n, (text, sent_start, sent_end) in enumerate(spans):
        rules = [name for name in _GATES if name in stems[n]]
        if not rules:
            previous = text
            analysed.append(_Sentence(text, _NO_TEMPLATE, _NO_ROWS, [], []))
            continue
        if entities is None:
            entities = _spans(answer)
            entity_starts = [start for start, _, _ in entities]
        low = text.lower()
        # Entities are in order and never overlap: those inside the sentence are a run
        # from the first that starts in it to the first that ends after it.
        inside = []
        for k in range(bisect_left(entity_starts, sent_start), len(entities)):
            if entities[k][1] > sent_end:
                break
            inside.append(entities[k])
        tpl = _template(text, inside, sent_start)
        _resolve_references(tpl, question_toks, previous, low)
        previous = text
        rows = _Rows(tpl.toks)
        toks = tpl.toks
        if len(toks) < 2 or all(tok.name == toks[0].name for tok in toks):
            # A relation needs two names; with one, only "a war against Y" (its subject
            # taken from the question) and a mediation (its parties taken from elsewhere).
            rules = [name for name in rules if name in ("adversary", "mediator")]
        clauses = _CLAUSE_BREAK.split(tpl.tpl) if _any(low, _BREAK_WORDS) else [tpl.tpl]
        clause_rules = [_RULES[name] for name in rules if name != "mediator"]
        for clause in clauses:
            if "«" not in clause:
                continue
            run = clause_rules
            if len(clauses) > 1:
                # Every rule but "adversary" reads both names of a row from the clause:
                # with one name in it, only "adversary" can give a row.
                names = {toks[int(i)].name for i in _TOK_ANY.findall(clause)}
                if len(names) < 2:
                    run = [rule for rule in clause_rules if rule is _adversary]
            for rule in run:
                rule(clause, toks, rows, low, question_toks)
        mediators = _mediators(tpl.tpl, tpl.toks) if "mediator" in rules else []
        between: list[str] = []
        for match in _MEDIATION_BETWEEN.finditer(tpl.tpl) if mediators else ():
            listed = [toks[i] for i in _ids(match.group(1))]
            between += [n for n in _party_names(listed, adjectives=False) if n not in between]
        analysed.append(_Sentence(text, tpl, rows, mediators, between))

    out: list[tuple[str, str, str, str]] = []
    seen: set[tuple[str, str, str]] = set()

    def emit(a: str, b: str, relation: str, evidence: str) -> None:
        if (a, b, relation) not in seen:
            seen.add((a, b, relation))
            out.append((a, b, relation, evidence))

    for n, sent in enumerate(analysed):
        for a, b, relation in sent.rows.items:
            emit(a, b, relation, sent.text)
        if sent.mediators:
            names = [sent.template.toks[i].name for i in sent.mediators]
            for party in _mediated_parties(n, analysed, set(names), question_toks):
                for name in names:
                    if name != party:
                        emit(name, party, "mediator", sent.text)
    return out


def _mediated_parties(
    n: int, analysed: list[_Sentence], mediators: set[str], question: _Question
) -> list[str]:
    """The parties of a mediation in sentence ``n``: see the module docstring."""

    def belligerents(sents: Iterable[_Sentence]) -> list[str]:
        names: list[str] = []
        for sent in sents:
            for a, b, rel in sent.rows.items:
                if rel == "adversary":
                    names.extend(x for x in (a, b) if x not in names and x not in mediators)
        return names

    own = belligerents([analysed[n]])
    if own:
        return own
    named_here = [name for name in analysed[n].between if name not in mediators]
    if named_here:
        return named_here
    others = belligerents(analysed[:n] + analysed[n + 1 :])
    if others:
        return others
    named: list[str] = []
    for sent in analysed:
        if not _FIGHTING_CONTEXT.search(sent.text):
            continue
        toks = (
            sent.template.toks
            if sent.template.tpl
            else [tok for _, _, tok in _spans(sent.text, clean=False)]
        )
        for name in _party_names(toks, adjectives=False):
            if name not in named and name not in mediators:
                named.append(name)
    if named:
        return named
    return [name for name in _party_names(question.toks) if name not in mediators]


_RULES = {
    "member": _member,
    "noun": _relation_nouns,
    "alliance": _alliance_phrases,
    "support": _support,
    "partner": _partner,
    "adversary": _adversary,
}


@lru_cache(maxsize=65536)
def _analyse_cached(question: str, answer: str) -> tuple[tuple[str, str, str, str], ...]:
    return tuple(_analyse(question, answer))


def relations_in(answer: str, question: str = "") -> list[tuple[str, str, str, str]]:
    """Read the relations stated in one answer.

    Args:
        answer: A clean answer passage.
        question: Its question, used only as context (see the module docstring).

    Returns:
        ``(a, b, relation, evidence)`` tuples in reading order, each (a, b, relation) once.

    Example:
        >>> relations_in("Turkey is a member of NATO, while Azerbaijan is not.")
        [('Turkey', 'NATO', 'member', 'Turkey is a member of NATO, while Azerbaijan is not.')]
    """
    return list(_analyse_cached(question or "", answer))


def extract_alliances(qa: pd.DataFrame, workers: int | None = None) -> pd.DataFrame:
    """Extract the ``alliances`` table from a ``qa`` table.

    Args:
        qa: The ``qa`` table from :func:`karabakh_nb.load` (uses ``id``, ``question``
            and ``answer``).
        workers: Processes to share the work (default: both cores of a 2-core machine
            once there are ``PARALLEL_MIN_PAIRS`` pairs or more, else one). Pairs are
            independent, so the table is the same whatever the number.

    Returns:
        Columns ``ALLIANCE_COLUMNS``: ``a``, ``b``, ``relation`` (one of ``RELATIONS``),
        ``qa_id`` and ``evidence`` (the sentence, verbatim). One row per distinct
        (``a``, ``b``, ``relation``, ``qa_id``), in reading order.

    Example:
        >>> import karabakh_nb as kn
        >>> from karabakh_nb.alliances import extract_alliances
        >>> table = extract_alliances(kn.load())
        >>> table.query("relation == 'member'")[["a", "b"]].values.tolist()[:2]
        [['Armenia', 'CSTO'], ['Armenia', 'EAEU']]
    """
    columns = (qa["id"].tolist(), qa["question"].tolist(), qa["answer"].tolist())
    if workers is None:
        workers = min(2, len(os.sched_getaffinity(0))) if len(qa) >= PARALLEL_MIN_PAIRS else 1
    if workers <= 1:
        records = _records(*columns)
    else:
        size = -(-len(qa) // workers)
        chunks = [[col[i : i + size] for col in columns] for i in range(0, len(qa), size)]
        # forkserver, not fork: forking a process with threads (a Jupyter kernel) can hang.
        context = multiprocessing.get_context("forkserver")
        with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context) as pool:
            parts = list(pool.map(_records, *zip(*chunks, strict=True)))
        records = [row for part in parts for row in part]
    return pd.DataFrame.from_records(records, columns=ALLIANCE_COLUMNS)


def _records(
    ids: list[str], questions: list[object], answers: list[object]
) -> list[tuple[str, str, str, str, str]]:
    """Return the alliance rows of some pairs, deduplicated per pair, in reading order."""
    records: list[tuple[str, str, str, str, str]] = []
    seen: set[tuple[str, str, str, str]] = set()
    for qa_id, question, answer in zip(ids, questions, answers, strict=True):
        if not isinstance(answer, str) or not answer.strip():
            continue
        question = question if isinstance(question, str) else ""
        for a, b, relation, evidence in _analyse_cached(question, answer):
            key = (a, b, relation, qa_id)
            if key not in seen:
                seen.add(key)
                records.append((a, b, relation, qa_id, evidence))
    return records
