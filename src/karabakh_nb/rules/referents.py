"""Nouns that stand for the organisation named before them ("the alliance").

"NATO was founded in 1949. The alliance includes Norway, Italy and Denmark.": when an
answer has named exactly one organisation (an alliance, a bloc, a coalition) before a
sentence that says "the alliance", "the bloc", "the coalition", "the organisation" or
"the union" without naming one itself before those words, the rule engine reads the
sentence a second time with the noun as that organisation's slot, as it does for the
generic side nouns (:mod:`karabakh_nb.rules.generic`). ``evidence`` stays the sentence
as written.

Operations likewise: "X staged a military intervention in Y. The intervention was backed
by Z." -- "the intervention" (or "the invasion", "the offensive", "the campaign", ...)
stands for the party that waged the last operation the answer named with its agent
("X launched / staged / began an offensive", "the offensive, launched by X", "X's
invasion", "the X-led intervention"), when the sentence names no agent of its own.

Pronouns: a sentence that opens with "It" or "They" ("The Mujahideen were Afghan rebels.
They were supported by Pakistan.") speaks of the party the sentence before opened with,
and so do an opening "The group", "The movement", "The militia" (when that party is a
group) and an opening "Its" or "Their" ("Its main ally is ...", that party's), and a
"them" where that party is a group the sentence does not name ("Pakistan armed them");
"it" inside a sentence is the only state or side named before it in that sentence. An
impersonal "It is believed that", "It was reported" stands for no one.

"The Front", "the Movement", "the Brigades": a named group's head noun, capitalised and
standing alone, is the one side the answer has named so far (or the sentence before it)
whose name ends in that noun ("The Sylvanian Liberation Front was founded in 1960. The
Front fought Portugal."); two such sides leave it unread.

"The country" (and "their country", whose owners may be a people: "the Finns ... their
country" is Finland's): the one state named before it in the sentence ("There were many
refugees in Kuwait before the country was invaded by Iraq"); with none named before it,
the one state the answer has named so far ("Chad joined the UN in 1960. The country
belongs to the African Union."). Two states before it, or in the answer so far, leave
it unread: which one it is the text does not say.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from ..annotate import SentenceNote, annotate
from ..annotate.template import CLOSE, OPEN
from ..annotate.template import build as build_template
from ..entities import Entity, kind_of
from ..lexicon import read_words
from .generic import _Generic, generic_template
from .side_nouns import (
    Mention,
    answer_mentions,
    question_mentions,
    side_entities,
    side_noun_in,
    side_noun_in_any,
)

__all__ = [
    "EVENT_REFERENCE",
    "ORG_REFERENCE",
    "Referents",
    "country_entities",
    "event_agent",
    "event_template",
    "group_entities",
    "named_orgs",
    "referent_template",
]

# "the alliance", "the bloc", "the coalition", "the organisation", "the union".
# The reference patterns open with their first letter and test the word boundary after it
# ("[Tt](?<!\w[Tt])", the same as an opening "\b"), so the engine skips straight to the
# letters a match can start at instead of trying the pattern at every offset.
ORG_REFERENCE = re.compile(
    r"[Tt](?<!\w[Tt])he\s+(?:alliance|bloc|coalition|organi[sz]ation|union)\b"
    r"(?!\s+(?:of|between|with)\b)"
)


def named_orgs(sent: SentenceNote) -> list[str]:
    """The organisations a sentence names, in order, each once."""
    return list(dict.fromkeys(e.name for e in sent.entities if e.kind == "org"))


def referent_template(sent: SentenceNote, org: str) -> Any | None:
    """The sentence with "the alliance" etc. as ``org``'s slot, or None if it has none.

    A sentence that names an organisation before the noun keeps its own reading.
    """
    extra: list[Entity] = []
    for match in ORG_REFERENCE.finditer(sent.text):
        start, end = match.span()
        if any(e.start < end and start < e.end for e in sent.entities):
            continue
        if any(e.kind == "org" and e.end <= start for e in sent.entities):
            continue
        extra.append(Entity(org, "org", match.group(0), start, end, False, org, False))
    if not extra:
        return None
    entities = sorted([*sent.entities, *extra], key=lambda e: e.start)
    return _Generic(sent, build_template(sent.text, entities, list(sent.numbers)))


_OPERATION = (
    r"(?:intervention|invasion|offensive|counteroffensive|counter-offensive|campaign|"
    r"operation|incursion|assault|onslaught|air\s+war|bombing\s+campaign)"
)
# "the intervention", "the military campaign" standing alone (no "of Y", "by X" after it).
EVENT_REFERENCE = re.compile(
    r"[Tt](?<!\w[Tt])he\s+(?:(?:military|ground|air|full-scale|armed|foreign|offensive)\s+)?"
    rf"{_OPERATION}"
    r"\b(?!\s+(?:of|by|against|on|into|in\s+support)\b)(?![-‐]\w)"
)
_OPERATION_WORDS = (
    "intervention",
    "invasion",
    "offensive",
    "campaign",
    "operation",
    "incursion",
    "assault",
    "onslaught",
    "air war",
)


def _names_operation(text: str) -> bool:
    # Substring tests of the lower-cased text: a case-blind pattern of these words tried
    # every character and cost more than the rest of reading a sentence's references.
    low = text.lower()
    return any(word in low for word in _OPERATION_WORDS)


_SLOT = rf"{OPEN}([EJO])(\d+){CLOSE}"
_AGENT_PATTERNS = (
    # "the Saudi-led intervention", "Russia's invasion", "the Iraqi invasion"
    re.compile(rf"{_SLOT}(?:['’]s?|-led)?\s+(?:[\w-]+\s+){{0,2}}?{_OPERATION}\b", re.I),
    # "the Tet Offensive, launched by North Vietnamese forces"
    re.compile(
        rf"{_OPERATION}\s*,?\s+(?:which\s+was\s+)?(?:launched|led|staged|mounted|carried\s+out|"
        rf"conducted|waged|begun|initiated|started)\s+by\s+(?:the\s+)?{_SLOT}",
        re.I,
    ),
    # "X, leading a coalition of nine countries, staged a military intervention"
    re.compile(
        rf"^[^{OPEN};]{{0,60}}?{_SLOT}(?:['’]s?)?(?:\s+\w+)?(?:\s*,[^;]{{0,120}}?,)?\s+"
        rf"(?:(?:had|has|have|then|later|also|soon)\s+)?(?:staged|launched|began|mounted|"
        rf"carried\s+out|conducted|waged|initiated|started|unleashed)\s+(?:a|an|the|its|their)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{_OPERATION}\b",
        re.I,
    ),
)


def event_agent(sent: SentenceNote) -> str | None:
    """The party a sentence says waged an operation ("X launched an offensive"), or None."""
    if not _names_operation(sent.text):
        return None
    tpl = sent.template
    for pattern in _AGENT_PATTERNS:
        match = pattern.search(tpl.text)
        if match is not None and match.group(1) in "EJO":
            slot = tpl.slot(match.group(2))
            return str(slot.name)
    return None


def event_template(sent: SentenceNote, agent: str, extra: list[Entity]) -> list[Entity]:
    """The entities that "the intervention" etc. of a sentence add, standing for ``agent``.

    A sentence that names an agent of its own keeps its own reading.
    """
    if event_agent(sent) is not None:
        return []
    taken = [(e.start, e.end) for e in [*sent.entities, *extra]]
    out: list[Entity] = []
    kind = kind_of(agent) or "state"
    for match in EVENT_REFERENCE.finditer(sent.text):
        start, end = match.span()
        if any(a < end and start < b for a, b in taken):
            continue
        out.append(Entity(agent, kind, match.group(0), start, end, False, agent, False))
    return out


def with_entities(sent: SentenceNote, extra: list[Entity]) -> Any:
    """The sentence read again with ``extra`` mentions as name slots."""
    entities = sorted([*sent.entities, *extra], key=lambda e: e.start)
    return _Generic(sent, build_template(sent.text, entities, list(sent.numbers)))


# "It was ...", "They were ...": the sentence's opening pronoun, maybe after an opener.
# "The group", "The movement" open a sentence about the group the sentence before opened with.
_GROUP_NOUNS = r"[Tt]he\s+(?:group|movement|militia|faction)"
_OPENING_PRONOUN = re.compile(
    rf"^(?:[^,;]{{0,40}},\s+)?(It|They|it|they|Its|Their|{_GROUP_NOUNS})\b(?!['’]|\s+of\b)"
)
_IMPERSONAL = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been|would\s+be|will\s+be|seems|seemed|appears|appeared)"
    r"\s+(?:\w+\s+){0,2}?(?:that|to|believed|said|reported|thought|estimated|known|"
    r"likely|unlikely|clear|unclear|possible|impossible|true|important|difficult|hard|"
    r"time|not\s+until|only|in|on|at|during|after|before|when|unknown)\b",
    re.IGNORECASE,
)
_INNER_IT = re.compile(r"(?<=\s)it\b(?!['’])")
# The sentence's subject: its opening name, then its verb (a lower-case word) or an aside.
_OPENING_SLOT = re.compile(rf"^(?:[Tt]he\s+)?{OPEN}([EO])(\d+){CLOSE}(?=\s*,\s|\s+(?-i:[a-z]))")
_GROUP_HEAD_NOUNS = r"\s+(?:group|movement|militia|faction)"
_PRONOUN_CUE = re.compile(
    r"I(?<!\wI)ts?\b|i(?<!\wi)t\b"
    rf"|T(?<!\wT)he(?:y|ir|{_GROUP_HEAD_NOUNS})\b|t(?<!\wt)he(?:y|m|{_GROUP_HEAD_NOUNS})\b"
)


def sentence_subject(sent: SentenceNote) -> str | None:
    """The party a sentence opens with ("The Mujahideen were ..."), else None."""
    match = _OPENING_SLOT.match(sent.template.text)
    return str(sent.template.slot(match.group(2)).name) if match else None


def pronoun_entities(sent: SentenceNote, subject: str | None, taken: list[Entity]) -> list[Entity]:
    """The entities the pronouns of a sentence add (see the module docstring)."""
    spans = [(e.start, e.end) for e in [*sent.entities, *taken]]
    out: list[Entity] = []

    def add(name: str, start: int, end: int) -> None:
        if not any(a < end and start < b for a, b in spans):
            kind = kind_of(name) or "side"  # a name the lexicon lacks is a group's
            surface = sent.text[start:end]
            possessive = surface in ("Its", "Their")  # "Its main ally": the party's
            out.append(Entity(name, kind, surface, start, end, False, name, possessive))

    opening = _OPENING_PRONOUN.match(sent.text)
    # "The group" stands for a group only, never for a state.
    grouped = opening is not None and opening.group(1)[:3].lower() == "the"
    fits = subject is not None and (not grouped or kind_of(subject) in ("side", None))
    if subject is not None and fits and opening and not _IMPERSONAL.match(sent.text, opening.end()):
        add(subject, opening.start(1), opening.end(1))
    for match in _INNER_IT.finditer(sent.text):
        if opening and match.start() == opening.start(1):
            continue
        named = {
            str(e.party or e.name)
            for e in sent.entities
            if e.end <= match.start() and not e.adjective and e.kind in ("state", "side")
        }
        if len(named) == 1 and not _IMPERSONAL.match(sent.text, match.end()):
            add(named.pop(), match.start(), match.end())
    # "The Mujahideen fought on. Pakistan armed them.": the group the sentence before
    # opened with, when this sentence does not name it.
    if (
        subject is not None
        and kind_of(subject) in ("side", "people", None)
        and " them" in sent.text
        and not any(subject in (e.name, e.party) for e in sent.entities)
    ):
        for match in _INNER_THEM.finditer(sent.text):
            add(subject, match.start(), match.end())
    return out


_INNER_THEM = re.compile(r"(?<=\s)them\b")


# "the country" standing for a state ("the country of origin" names none).
COUNTRY_REFERENCE = re.compile(r"[Tt](?<!\w[Tt])(?:he|(?<=t)heir)\s+country\b(?!\s+of\b)")


def named_states(sent: SentenceNote) -> list[str]:
    """The states a sentence names by their name (not a demonym), in order, each once."""
    names = (e.name for e in sent.entities if e.kind == "state" and not e.adjective)
    return list(dict.fromkeys(names))


def country_entities(sent: SentenceNote, earlier: list[str], taken: list[Entity]) -> list[Entity]:
    """The entities "the country" adds: see the module docstring.

    ``earlier`` are the states the answer named before this sentence.
    """
    spans = [(e.start, e.end) for e in [*sent.entities, *taken]]
    out: list[Entity] = []
    for match in COUNTRY_REFERENCE.finditer(sent.text):
        start, end = match.span()
        if any(a < end and start < b for a, b in spans):
            continue
        # "their country": the people named before it ("the Finns ... their country").
        theirs = match.group(0).startswith("their")
        before = {
            e.name
            for e in sent.entities
            if e.end <= start and e.kind == "state" and (theirs or not e.adjective)
        }
        if theirs:
            if len(before) == 2 and len({e.name for e in sent.entities if e.adjective}) == 1:
                # "the Finns ... when Russia invaded their country": the people, not the agent.
                before = {e.name for e in sent.entities if e.adjective and e.end <= start}
        elif not before and len(earlier) == 1:
            before = {earlier[0]}
        if len(before) == 1:
            name = before.pop()
            out.append(Entity(name, "state", match.group(0), start, end, False, name, False))
    return out


class _Cues(NamedTuple):
    """What :meth:`Referents.read` looks for in a sentence (a function of its mentions)."""

    orgs: list[str]  # the organisations it names
    states: list[str]  # the states it names by their names
    event: bool  # "the intervention"
    operation: bool  # a word of an operation
    opening: bool  # opens with "It" or "They"
    org: bool  # "the alliance"
    pronoun: bool  # "it" or "they"
    country: bool  # "the country"
    groups: dict[str, list[str]]  # the named groups, per head noun (never changed)


# Per distinct sentence and the acronyms defined before it (its mentions depend on both);
# never changed once made. Bounded, emptied when full.
_CUES: dict[tuple[str, tuple[Any, ...]], _Cues] = {}
CUES_CACHE_SIZE = 8192


def _cues(sent: SentenceNote) -> _Cues:
    key = (sent.text, sent.aliases)
    found = _CUES.get(key)
    if found is None:
        text = sent.text
        found = _Cues(
            named_orgs(sent),
            named_states(sent),
            EVENT_REFERENCE.search(text) is not None,
            _names_operation(text),
            _OPENING_PRONOUN.match(text) is not None,
            ORG_REFERENCE.search(text) is not None,
            _PRONOUN_CUE.search(text) is not None,
            "country" in text and COUNTRY_REFERENCE.search(text) is not None,
            named_groups(sent) if " " in text else {},
        )
        if len(_CUES) >= CUES_CACHE_SIZE:
            _CUES.clear()
        _CUES[key] = found
    return found


_GROUP_HEADS = read_words("group_heads")
# "the Front" standing alone: no name word, "of" or "for" after it ("the Front for ...").
GROUP_REFERENCE = re.compile(
    r"[Tt](?<!\w[Tt])he\s+(" + "|".join(sorted(_GROUP_HEADS, key=len, reverse=True)) + r")\b"
    r"(?![-‐'’]|\s+(?:[A-Z]|of\b|for\b))"
)


def named_groups(sent: SentenceNote) -> dict[str, list[str]]:
    """Per head noun, the sides a sentence names whose name ends in it ("... Front")."""
    out: dict[str, list[str]] = {}
    for e in sent.entities:
        if e.kind == "side" and not e.adjective:
            head = e.name.rsplit(" ", 1)[-1]
            if head in _GROUP_HEADS and " " in e.name and e.name not in out.get(head, []):
                out.setdefault(head, []).append(e.name)
    return out


def group_entities(
    sent: SentenceNote, earlier: dict[str, list[str]], taken: list[Entity]
) -> list[Entity]:
    """The entities "the Front" adds: see the module docstring.

    ``earlier`` are the groups the answer named before this sentence, per head noun.
    """
    spans = [(e.start, e.end) for e in [*sent.entities, *taken]]
    here = named_groups(sent)
    out: list[Entity] = []
    for match in GROUP_REFERENCE.finditer(sent.text):
        start, end = match.span()
        if any(a < end and start < b for a, b in spans):
            continue
        head = match.group(1)
        before = {n for e in sent.entities if e.end <= start for n in here.get(head, [])}
        names = before or set(earlier.get(head, []))
        if len(names) == 1:
            name = names.pop()
            out.append(Entity(name, "side", match.group(0), start, end, False, name, False))
    return out


class Referents:
    """What an answer's earlier sentences named, to read the references of the next."""

    def __init__(
        self, kind: str, roles: dict[str, str] | None, text: str = "", question: str = ""
    ) -> None:
        self.kind = kind
        self.roles = roles
        self.question = question
        # "the regime", "the rebels" as the one state or side named before them
        # (rules.side_nouns): only in an answer that has such a noun.
        self._nouns = kind == "alliances" and side_noun_in_any(annotate(text).sentences)
        self.mentions: list[Mention] = []  # the states and sides named so far
        self.orgs: list[str] = []  # the organisations named so far
        self.states: list[str] = []  # the states named so far, by their names
        self.groups: dict[str, list[str]] = {}  # the named groups so far, per head noun
        # Who waged the last operation named, and the sentences since that name one but
        # are not read yet; and the sentence whose opening party an "It" stands for. Both
        # are read only when a later sentence refers to them (a template is costly).
        self._agent: str | None = None
        self._operations: list[SentenceNote] = []
        self._subject_of: SentenceNote | None = None

    def _last_agent(self) -> str | None:
        while self._operations:
            found = event_agent(self._operations.pop())  # the latest first
            if found is not None:
                self._agent = found
                self._operations.clear()
        return self._agent

    def read(self, sent: SentenceNote, wanted: bool) -> Any | None:
        """The sentence with its references as slots, or None; then remember it.

        ``wanted`` is False when no rule will read the sentence: only remember it.
        """
        alliances = self.kind == "alliances"
        cues = _cues(sent)
        before = self.orgs
        if cues.orgs:  # the lists are replaced, never changed: "before" stays as it was
            self.orgs = list(dict.fromkeys([*before, *cues.orgs]))
        states = self.states
        groups = self.groups
        if alliances and cues.states:
            self.states = list(dict.fromkeys([*states, *cues.states]))
        if alliances and cues.groups:
            found = cues.groups
            self.groups = {
                h: list(dict.fromkeys([*groups.get(h, []), *found.get(h, [])]))
                for h in {*groups, *found}
            }
        mentions = self.mentions
        if self._nouns:
            self.mentions = [*mentions, *answer_mentions(sent)]
        subject_of = self._subject_of
        agent = self._last_agent() if alliances and wanted and cues.event else None
        if alliances:
            if cues.operation:
                self._operations.append(sent)
            if not cues.opening:
                self._subject_of = sent
        if not wanted:
            return None
        generic = generic_template(sent, self.roles) if self.roles else None
        if generic is None and len(before) == 1 and cues.org:
            # "The alliance includes ...": the one organisation named before.
            generic = referent_template(sent, before[0])
        if generic is not None or not alliances:
            return generic
        extra: list[Entity] = []
        if agent is not None and cues.event:
            # "The intervention was backed by ...": the last operation's agent.
            extra += event_template(sent, agent, [])
        if cues.pronoun:
            subject = sentence_subject(subject_of) if subject_of is not None else None
            extra += pronoun_entities(sent, subject, extra)
        if groups and GROUP_REFERENCE.search(sent.text):
            extra += group_entities(sent, groups, extra)
        if cues.country:
            extra += country_entities(sent, states, extra)
        if self._nouns and side_noun_in(sent.text):
            asked = question_mentions(self.question) if self.question else []
            extra += side_entities(sent, self.mentions, asked, extra)
        return with_entities(sent, extra) if extra else None
