"""The rule engine: load the rules, match templates, build rows.

See the package docstring for the rule format. Every pattern is built from bounded pieces
(slot tokens, at most ``k`` words, lists whose separators and items start differently).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from .. import _trie
from .._regex_cache import compile_built, compile_cached, compile_many
from ..annotate import Passage, SentenceNote, annotate
from ..entities import _trie_pattern, city_of
from ..lexicon import load_yaml
from ..numbers import _PARTS
from .generic import generic_roles
from .patterns import _NOT_PLACE, _TOKEN, DASH_ASIDE, SYMMETRIC, _expand, compile_pattern
from .referents import Referents

__all__ = ["SYMMETRIC", "Rule", "apply_rules", "compile_pattern", "compile_rules", "load_rules"]

# Words a share without a "%" holds ("a quarter of", "half the", "one in five"): see numbers.
_PERCENT_WORDS = (*_PARTS, "one in", "1 in", "out of")


@dataclass(frozen=True)
class Rule:
    """One rule of a rule file (see the package docstring).

    ``source`` is the expanded regular expression; :attr:`pattern` compiles it on first
    use, with every other rule of its file (:func:`_compiled`): compiled once per machine
    and read back from one file of the regex cache.
    """

    name: str
    kind: str
    source: str
    row: dict[str, Any]
    kinds: dict[str, str] = field(default_factory=dict, compare=False)
    require: dict[str, str] = field(default_factory=dict, compare=False)
    mutual: str | None = None
    needs: tuple[str, ...] = ()
    examples: tuple[dict[str, Any], ...] = field(default=(), compare=False)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern (case-insensitive)."""
        if self.source in _SOURCES.get(self.kind, ()):
            return _compiled(self.kind)[self.source]
        return compile_cached(self.source, re.IGNORECASE)


#: The patterns of each rule file loaded (:func:`load_rules`), in file order.
_SOURCES: dict[str, tuple[str, ...]] = {}


@cache
def _compiled(kind: str) -> dict[str, re.Pattern[str]]:
    """Every pattern of a rule file, compiled at once: one cache file, not one per rule."""
    sources = _SOURCES[kind]
    return dict(zip(sources, compile_many(sources, re.IGNORECASE), strict=True))


#: The rules of every kind loaded so far (:func:`compile_rules`).
_LOADED: list[tuple[Rule, ...]] = []


def compile_rules() -> None:
    """Compile every rule of the kinds loaded so far (before a fork: workers share them)."""
    for rules in _LOADED:
        for rule in rules:
            _ = rule.pattern


@cache
def load_rules(kind: str) -> tuple[Rule, ...]:
    """Read and compile the rules of one table (``alliances``, ``casualties``)."""
    text = resources.files(__package__).joinpath(f"{kind}.yaml").read_text(encoding="utf-8")
    rules = []
    for item in load_yaml(text) or []:
        source, kinds = _expand(item["pattern"])
        needs = tuple(w.lower() for w in item.get("needs", ()))
        if "%" in needs:
            # A share is also written in words ("a quarter of", "half the"): see numbers.
            needs += tuple(w for w in _PERCENT_WORDS if w not in needs)
        rules.append(
            Rule(
                name=item["name"],
                kind=kind,
                source=source,
                row=dict(item.get("row") or {}),
                kinds=kinds,
                require=dict(item.get("require") or {}),
                mutual=item.get("mutual"),
                needs=needs,
                examples=tuple(item.get("examples", ())),
            )
        )
    _LOADED.append(tuple(rules))
    _SOURCES[kind] = tuple(dict.fromkeys(rule.source for rule in rules))
    return _LOADED[-1]


# "near the border with Liberia": the state beyond a border is where, no party.
_BEYOND_BORDER = re.compile(r"\b(?:borders?|frontiers?|boundary)\s+with\s+(?:the\s+)?$")


def _names(sent: SentenceNote, text: str, *, places: bool = False) -> list[str]:
    tpl = sent.template
    names: list[str] = []
    if "-" in text or "—" in text:
        # A list item's aside between dashes names no item ("the Soviets -- then patrons
        # of the Somalis -- switched sides").
        text = DASH_ASIDE.sub(" ", text)
    for match in _TOKEN.finditer(text):
        slot = tpl.slot(match.group(3))
        if not places and _BEYOND_BORDER.search(sent.text, max(0, slot.start - 30), slot.start):
            continue
        # A region stands for its side in a relation, but is itself as a place.
        name = (city_of(slot.mention) or str(slot.mention.name)) if places else slot.name
        if name not in names:
            names.append(name)
    return names


def _slot_starts(sent: SentenceNote, text: str) -> list[int]:
    tpl = sent.template
    return [tpl.slot(m.group(3)).start for m in _TOKEN.finditer(text)]


@dataclass
class _Match:
    rule: Rule
    sent: SentenceNote
    groups: dict[str, list[Any]]


@cache
def _index(kind: str) -> tuple[re.Pattern[str], dict[str, tuple[int, ...]], tuple[int, ...]]:
    """One trie pattern finding every rule's cue words at once, and which rules each wakes.

    Returns the pattern (run on lower-cased text; group 1 is the hit), a map from a cue
    word to the indices of its rules, and the indices of the rules without cue words.
    """
    rules = load_rules(kind)
    wakes: dict[str, list[int]] = {}
    always: list[int] = []
    for i, rule in enumerate(rules):
        if not rule.needs:
            always.append(i)
        for word in rule.needs:
            wakes.setdefault(word, []).append(i)
    # A lookahead: a hit at every position, so that a cue word starting inside another's
    # hit (" of " and "of which") still wakes its rules.
    words = sorted(wakes)
    trie_source = Path(_trie.__file__).read_text(encoding="utf-8")
    pattern = compile_built(  # kept in the regex cache, keyed by what builds it
        "\0".join(["cues", trie_source, *words]), lambda: _cue_pattern(words)
    )
    return pattern, {w: tuple(ids) for w, ids in wakes.items()}, tuple(always)


def _cue_pattern(words: list[str]) -> str:
    trie = _trie_pattern(words)
    return f"(?=({trie}))" if trie else "(?!)"


_WAKE_CACHE: dict[tuple[str, str], frozenset[int]] = {}


def _woken(kind: str, hit: str) -> frozenset[int]:
    """The rules a cue hit wakes: those of every cue word the hit begins with."""
    key = (kind, hit)
    found = _WAKE_CACHE.get(key)
    if found is None:
        _, wakes, _ = _index(kind)
        text = re.sub(r"\s+", " ", hit)
        # Every cue word inside the hit: "to support" also wakes the rules of "support".
        found = frozenset(i for w, ids in wakes.items() if w in text for i in ids)
        _WAKE_CACHE[key] = found
    return found


def _matches(
    passage: Passage, kind: str, roles: dict[str, str] | None = None, question: str = ""
) -> Iterator[_Match]:
    rules = load_rules(kind)
    cues, _, always = _index(kind)
    sentences = passage.sentences
    text = passage.text
    if text.isascii() or len(text.lower()) == len(text):
        chosen_of = [_sentence_cues(kind, cues, sent.text) for sent in sentences]
    else:
        # Lower-casing moved the offsets ("İ"): the cue words of the whole answer in one
        # pass, shared out to its sentences by offset.
        awake: dict[int, set[int]] = {}
        starts = [sent.start for sent in sentences]
        for hit in cues.finditer(text.lower()):
            index = bisect.bisect_right(starts, hit.start()) - 1
            awake.setdefault(index, set()).update(_woken(kind, hit.group(1)))
        chosen_of = [frozenset(awake.get(i, set()) | set(always)) for i in range(len(sentences))]
    # The rules chosen for each sentence first (the rules without cues too): the sentences
    # after the last one some rule reads are not read at all, not even for their referents
    # (what they name could only serve a later sentence), nor is an answer no rule reads.
    last = len(chosen_of) - 1
    while last >= 0 and not chosen_of[last]:
        last -= 1
    if last < 0:
        return
    # "the separatists", "the alliance", "the intervention", "it": see rules.referents.
    referents = Referents(kind, roles, text, question)
    for index in range(last + 1):
        sent = sentences[index]
        chosen = chosen_of[index]
        generic = referents.read(sent, bool(chosen))
        if not chosen:
            continue
        if generic is not None:
            # The sentence again with "the separatists" etc. as the sides they stand for.
            for rule, groups in _read_sentence(rules, generic, chosen):
                yield _Match(rule, generic, groups)
            continue
        for rule, groups in _sentence_matches(kind, rules, sent, chosen):
            yield _Match(rule, sent, groups)


# The rules a sentence's cue words wake and those without cue words, per distinct sentence
# (a cue word never spans the punctuation that ends a sentence); bounded, emptied when full.
_CUE_CACHE: dict[tuple[str, str], frozenset[int]] = {}


def _sentence_cues(kind: str, cues: re.Pattern[str], text: str) -> frozenset[int]:
    key = (kind, text)
    found = _CUE_CACHE.get(key)
    if found is None:
        woken: set[int] = set(_index(kind)[2])
        for hit in cues.finditer(text.lower()):
            woken |= _woken(kind, hit.group(1))
        if len(_CUE_CACHE) >= MATCH_CACHE_SIZE:
            _CUE_CACHE.clear()
        _CUE_CACHE[key] = found = frozenset(woken)
    return found


# What a sentence matches depends on its text and the rules tried alone: kept per distinct
# sentence, since scraped answers share many. Bounded: emptied when full.
_MATCH_CACHE: dict[tuple[str, str, frozenset[int]], tuple[tuple[Rule, dict[str, Any]], ...]] = {}
MATCH_CACHE_SIZE = 32_768


def _sentence_matches(
    kind: str, rules: tuple[Rule, ...], sent: SentenceNote, chosen: frozenset[int]
) -> tuple[tuple[Rule, dict[str, list[Any]]], ...]:
    key = (kind, sent.text, chosen)
    found = _MATCH_CACHE.get(key)
    if found is not None:
        return found
    if len(_MATCH_CACHE) >= MATCH_CACHE_SIZE:
        _MATCH_CACHE.clear()
    _MATCH_CACHE[key] = found = _read_sentence(rules, sent, chosen)
    return found


class _Seen:
    """A rule pattern's match on a template, kept: the text and span of each group."""

    __slots__ = ("spans", "texts")

    def __init__(self, match: re.Match[str]) -> None:
        self.texts: dict[str, Any] = match.groupdict()
        self.spans = {g: match.span(g) for g in self.texts}

    def group(self, name: str) -> Any:
        return self.texts[name]

    def span(self, name: str) -> tuple[int, int]:
        return self.spans[name]

    def groupdict(self) -> dict[str, Any]:
        return self.texts


# Where the rules match a template depends on its text alone (mentions are slot tokens):
# kept per distinct template, which sentences that differ only in their figures or names
# share. Bounded, emptied when full.
_SCANS: dict[tuple[str, str, frozenset[int]], tuple[tuple[int, tuple[_Seen, ...]], ...]] = {}
SCAN_CACHE_SIZE = 8192


def _scan(
    rules: tuple[Rule, ...], text: str, chosen: frozenset[int]
) -> tuple[tuple[int, tuple[_Seen, ...]], ...]:
    key = (rules[0].kind if rules else "", text, chosen)
    found = _SCANS.get(key)
    if found is None:
        found = tuple(
            (i, tuple(_Seen(m) for m in rules[i].pattern.finditer(text))) for i in sorted(chosen)
        )
        if len(_SCANS) >= SCAN_CACHE_SIZE:
            _SCANS.clear()
        _SCANS[key] = found
    return found


def _read_sentence(
    rules: tuple[Rule, ...], sent: SentenceNote, chosen: frozenset[int]
) -> tuple[tuple[Rule, dict[str, list[Any]]], ...]:
    out = []
    tpl = sent.template
    for i, seen in _scan(rules, tpl.text, chosen):
        rule = rules[i]
        for match in seen:
            used = [g for g in match.groupdict() if match.group(g) is not None]
            spots = [s for g in used for s in _slot_starts(sent, match.group(g))]
            if not all(sent.affirmed(s) for s in spots):
                continue
            groups = _groups(rule, sent, match, used)
            if groups is not None:
                out.append((rule, groups))
    return tuple(out)


def _groups(
    rule: Rule, sent: SentenceNote, match: _Seen, used: list[str]
) -> dict[str, list[Any]] | None:
    """The values of a match's groups, or None when a ``require`` fails."""
    tpl = sent.template
    groups: dict[str, list[Any]] = {}
    for g in used:
        kind = rule.kinds.get(g, "names")
        if kind == "number":
            token = _TOKEN.search(match.group(g))
            mention = tpl.slot(token.group(3)).mention if token else None
            need = rule.require.get(g)
            if mention is None or (need == "percent") != bool(mention.is_percent):
                return None
            groups[g] = [mention]
        elif kind == "text":
            start, end = match.span(g)
            text = sent.text[tpl.origin[start] : tpl.origin[end - 1] + 1]
            # A slot token's origin is its mention's start: extend to the mention's end.
            for slot in tpl.slots:
                if slot.start <= tpl.origin[end - 1] < slot.end:
                    text = sent.text[tpl.origin[start] : slot.end]
            groups[g] = [text.strip()]
        elif kind == "year":
            groups[g] = [int(match.group(g))]
        elif kind == "place" and not _TOKEN.search(match.group(g)):
            # A capitalised name outside the lexicon is the place as written.
            name = re.sub(r"['’]s?$", "", match.group(g).strip())
            if name.split()[0].lower() in _NOT_PLACE:
                return None
            groups[g] = [name]
        else:
            groups[g] = _names(sent, match.group(g), places=rule.kind == "demographics")
    return groups


def _value(spec: Any, groups: dict[str, list[Any]], context: dict[str, list[Any]]) -> list[Any]:
    if isinstance(spec, list):
        out: list[Any] = []
        for part in spec:
            out.extend(v for v in _value(part, groups, context) if v is not None and v not in out)
        return out
    if isinstance(spec, str) and spec.startswith("$") and "|" in spec:
        # "$S|$SUBJECT": the first alternative that has a value.
        for part in spec.split("|"):
            found = [v for v in _value(part, groups, context) if v is not None]
            if found:
                return found
        return [None]  # none has one: the column stays empty, the row is still read
    if isinstance(spec, str) and spec.startswith("$"):
        key, _, attr = spec[1:].partition(".")
        if key in context:
            return list(context[key])
        if key not in groups:
            return [None]  # an optional part the sentence leaves out
        values = list(groups[key])
        return [getattr(v, attr) for v in values] if attr else values
    return [spec]


def _rows(m: _Match, qa_id: str, context: dict[str, list[Any]]) -> Iterator[dict[str, Any]]:
    meta: dict[str, Any] = {"qa_id": qa_id, "evidence": m.sent.text, "_rule": m.rule.name}
    if m.rule.mutual:
        names = m.groups.get(m.rule.mutual, [])
        for a, b in itertools.combinations(names, 2):
            yield {**m.rule.row, "a": a, "b": b, **meta}
        return
    columns = list(m.rule.row)
    options = [_value(m.rule.row[c], m.groups, context) for c in columns]
    # "$S|$SUBJECT" read as the pair's subject: the sentence named no place of its own.
    meta["_subject_of_pair"] = _from_context(m.rule.row.get("subject"), m.groups, context)
    # Where the figure of the row's value stands: two figures of one value are two rows.
    spec = str(m.rule.row.get("value", ""))
    found = m.groups.get(spec[1:].partition(".")[0]) if spec.startswith("$") else None
    meta["_at"] = getattr(found[0], "start", None) if found else None
    # "$SIDES_OTHER": the answer's other side, for a row whose ``a`` is one of its sides.
    other = m.rule.row.get("b") == "$SIDES_OTHER"
    sides = context.get("SIDES", [])
    for combo in itertools.product(*options):
        row = dict(zip(columns, combo, strict=True))
        if other:
            a = row.get("a")
            yield from ({**row, "b": b, **meta} for b in sides if a in sides and b != a)
            continue
        if row.get("a") is not None and row.get("a") == row.get("b"):
            continue
        yield {**row, **meta}


def _from_context(spec: Any, groups: dict[str, list[Any]], context: dict[str, list[Any]]) -> bool:
    """True when a ``$A|$B`` spec takes its value from the context (``$SUBJECT``)."""
    if not isinstance(spec, str) or not spec.startswith("$"):
        return False
    for part in spec.split("|"):
        key = part[1:].partition(".")[0]
        if key in context:
            return bool(context[key])
        if any(v is not None for v in groups.get(key, [])):
            return False
    return False


def apply_rules(
    kind: str,
    qa_id: str,
    answer: str,
    sides: list[str] | None = None,
    subject: str | None = None,
    generic: bool = False,
    roles: dict[str, str] | None = None,
    subject_of: Callable[[], str | None] | None = None,
    question: str = "",
) -> list[dict[str, Any]]:
    """The rows the rules of ``kind`` read from one answer.

    Args:
        kind: ``alliances``, ``casualties`` or ``demographics``.
        qa_id: The pair's id, copied into each row.
        answer: The clean answer.
        sides: The two sides the answer names as fighting (for ``$SIDES``).
        subject: The place the pair is about (for ``$SUBJECT``).
        generic: Read "the separatists", "government forces" as the two ``sides`` they
            stand for, when those are one state and one non-state side (see
            :mod:`karabakh_nb.rules.generic`), else as ``roles`` says.
        roles: ``{"state": X, "rebel": Y}`` for those nouns where ``sides`` are no such
            pair (either may be missing).
        subject_of: Reads ``subject`` when it is not given, only once a rule matches (most
            answers match none, and finding the place a pair is about is costly).
        question: The pair's question: what "the regime" stands for when the answer
            names no state before it (:mod:`karabakh_nb.rules.side_nouns`).
    """
    passage = annotate(answer)
    context: dict[str, list[Any]] | None = None
    out: list[dict[str, Any]] = []
    roles = (generic_roles(sides) or roles or None) if generic else None
    for m in _matches(passage, kind, roles, question):
        if context is None:  # the first match: what its rows may take from the pair
            if subject is None and subject_of is not None:
                subject = subject_of()
            context = {"SIDES": list(sides or []), "SUBJECT": [subject] if subject else []}
        out.extend(_rows(m, qa_id, context))
    return out
