"""The per-answer analysis and its cache behind the public functions.

What belongs here: the ``alliances`` table's columns and relation names, running the
rule groups on each
clause of an answer, finding the parties of a mediation from the rest of the answer and
the question, deduplicating rows and caching the result per (question, answer) pair.
Running slices of pairs in worker processes is :mod:`karabakh_nb.parallel`'s job.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ..annotate import annotate
from ..annotate.bare_forms import Rename, bare_form, bare_forms
from ..rules.merge import alliance_rule_rows
from ..rules.side_nouns import side_noun_in
from ._backoff import backoff_rows
from ._conflict import _adversary
from ._infobox import with_infoboxes
from ._mediation import _FIGHTING_CONTEXT, _MEDIATION_BETWEEN, _mediators
from ._references import _OPENING_IT, _THE_TWO_NOUNS, _resolve_references, _side_nouns
from ._rules import _alliance_phrases, _member, _partner, _relation_nouns, _support
from ._text import (
    _BREAK_WORDS,
    _CLAUSE_BREAK,
    _GATES,
    _GATES_OF_STEM,
    _STEM_RE,
    _TOK_ANY,
    _any,
    _cut_ended,
    _ids,
    _party_names,
    _Question,
    _Rows,
    _Span,
    _spans,
    _Template,
    _template,
)

ALLIANCE_COLUMNS = ["a", "b", "relation", "qa_id", "evidence"]
RELATIONS = ("ally", "member", "partner", "adversary", "mediator")


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
# The analysed sentences (never changed once made), by their context; emptied when full.
# (question, sentence before, sentence, rules, renames, side nouns read) -> analysis.
# (question, sentence before, opener, text, rules, renames, side nouns)
_SentenceKey = tuple[
    str,
    str | None,
    str | None,
    str,
    tuple[str, ...],
    tuple[tuple[str, str], ...],
    tuple[_Span, ...],
]
_SENTENCE_CACHE: dict[_SentenceKey, _Sentence] = {}
SENTENCE_CACHE_SIZE = 16_384


# The gates woken by the cue stems of each distinct sentence; emptied when full.
_GATES_CACHE: dict[str, frozenset[str]] = {}


def _sentence_gates(text: str) -> frozenset[str]:
    found = _GATES_CACHE.get(text)
    if found is None:
        gates: set[str] = set()
        for match in _STEM_RE.finditer(text.lower()):
            gates |= _GATES_OF_STEM[match.group(0)]
        if len(_GATES_CACHE) >= SENTENCE_CACHE_SIZE:
            _GATES_CACHE.clear()
        _GATES_CACHE[text] = found = frozenset(gates)
    return found


def _answer_renames(answer: str) -> tuple[Rename, ...]:
    """The bare forms the answer uses for another state (none without such a form)."""
    if not any(form in answer for form in bare_forms()):
        return ()
    notes = annotate(answer).sentences
    return notes[0].renames if notes else ()


def _renamed_spans(answer: str, renames: tuple[Rename, ...]) -> list[_Span]:
    """:func:`_spans` of the answer with each bare form read as the state it names."""
    targets = dict(renames)
    out: list[_Span] = []
    for start, end, tok in _spans(answer):
        form = bare_form(answer[start:end])
        if form in targets and tok.name == bare_forms()[form][0]:
            tok = tok._replace(name=targets[form])
        out.append((start, end, tok))
    return out


def _analyse(question: str, answer: str) -> list[tuple[str, str, str, str]]:
    """All (a, b, relation, evidence) rows of one answer, in reading order."""
    question_toks = _Question(question or "")
    analysed: list[_Sentence] = []
    previous = ""
    opener = ""  # the last sentence that did not open with "It" / "Its" (_references)
    spans = [(sent.text, sent.start, sent.end) for sent in annotate(answer).sentences]
    lowered = answer.lower()
    stems: list[frozenset[str] | set[str]]
    if len(lowered) == len(answer):
        # The cue stems of each distinct sentence, kept: answers share many sentences, and
        # no stem holds the stop that ends a sentence, so none runs into the next one.
        stems = [_sentence_gates(text) for text, _, _ in spans]
        if not any(stems):
            return []
    else:
        # Lower-casing moved the offsets ("İ"): one search of the whole answer, shared
        # out to the sentences by offset.
        found = [(match.start(), match.group(0)) for match in _STEM_RE.finditer(lowered)]
        if not found:
            return []
        starts = [start for _, start, _ in spans]
        stems = [set() for _ in spans]
        for at, stem in found:
            stems[bisect_right(starts, at) - 1] |= _GATES_OF_STEM[stem]
    entities: list[_Span] | None = None
    entity_starts: list[int] = []
    # A bare "Congo" in an answer about the DRC is the DRC (annotate.bare_forms).
    renames = _answer_renames(answer)
    if renames:
        entities = _renamed_spans(answer, renames)
        entity_starts = [start for start, _, _ in entities]
    for n, (text, sent_start, sent_end) in enumerate(spans):
        rules = [name for name in _GATES if name in stems[n]]
        if not rules:
            previous = text
            opener = opener if _PRONOUN_OPENING.match(text) else text
            analysed.append(_Sentence(text, _NO_TEMPLATE, _NO_ROWS, [], []))
            continue
        low = text.lower()
        # What a sentence gives depends on its text, its cue stems, the question and (for
        # "the two countries", "the country", an opening "Its" only) the sentence before:
        # kept per distinct such context.
        two = ("two " in low or "both " in low) and _any(low, _THE_TWO_NOUNS)
        two = two or "the countries" in low
        its = text.startswith(("Its ", "Their ")) or _OPENING_IT.match(text) is not None
        nouns: list[_Span] = []
        if side_noun_in(text):
            if entities is None:
                entities = _spans(answer)
                entity_starts = [start for start, _, _ in entities]
            nouns = _side_nouns(text, sent_start, entities, question_toks)
        key = (
            question,
            previous if two or "the country" in low else None,
            opener if its else None,
            text,
            tuple(rules),
            renames,
            tuple(nouns),
        )
        kept = _SENTENCE_CACHE.get(key)
        if kept is not None:
            previous = text
            opener = opener if _PRONOUN_OPENING.match(text) else text
            analysed.append(kept)
            continue
        if entities is None:
            entities = _spans(answer)
            entity_starts = [start for start, _, _ in entities]
        # Entities are in order and never overlap: those inside the sentence are a run
        # from the first that starts in it to the first that ends after it.
        inside = []
        for k in range(bisect_left(entity_starts, sent_start), len(entities)):
            if entities[k][1] > sent_end:
                break
            inside.append(entities[k])
        if nouns:
            # "the regime", "the rebels" as the state or side the answer names (rules.side_nouns).
            inside = sorted([*inside, *nouns], key=lambda span: span[0])
        tpl = _template(text, inside, sent_start)
        _resolve_references(tpl, question_toks, previous, low, opener)
        tpl.tpl = _cut_ended(tpl.tpl, tpl.toks)
        previous = text
        opener = opener if _PRONOUN_OPENING.match(text) else text
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
        kept = _Sentence(text, tpl, rows, mediators, between)
        if len(_SENTENCE_CACHE) >= SENTENCE_CACHE_SIZE:
            _SENTENCE_CACHE.clear()
        _SENTENCE_CACHE[key] = kept
        analysed.append(kept)

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
            mediating = [sent.template.toks[i].name for i in sent.mediators]
            for party in _mediated_parties(n, analysed, set(mediating), question_toks):
                for name in mediating:
                    if name != party:
                        emit(name, party, "mediator", sent.text)
    return out


# A sentence opening with a pronoun of a party speaks of the one an earlier sentence opened
# with: "Freedonia fought X. It also fought Y. Finally, it fought Z." are all Freedonia's.
_PRONOUN_OPENING = re.compile(r"^(?:It|Its|Their)\b|^[A-Z][a-z]+,\s+it\b")


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
    others = _main_pair(analysed[:n] + analysed[n + 1 :], mediators)
    if others:
        return others
    # The two names the sentences about fighting name most often (in sentences), the
    # first named first on equal counts: a war's two sides, not every state in passing.
    named: dict[str, int] = {}
    for sent in analysed:
        if not _FIGHTING_CONTEXT.search(sent.text):
            continue
        toks = (
            sent.template.toks
            if sent.template.tpl
            else [tok for _, _, tok in _spans(sent.text, clean=False)]
        )
        for name in dict.fromkeys(_party_names(toks, adjectives=False)):
            if name not in mediators:
                named[name] = named.get(name, 0) + 1
    if named:
        order = list(named)
        return sorted(order, key=lambda x: (-named[x], order.index(x)))[:2]
    return [name for name in _party_names(question.toks) if name not in mediators]


def _main_pair(sents: Iterable[_Sentence], mediators: set[str]) -> list[str]:
    """The two sides the sentences name as fighting: their most stated adversary pair.

    "X fought Y" twice and "Z attacked Y" once: X and Y, not Z too (a mediation is between
    the war's two sides). Equal counts go to the pair whose names the rows give most often,
    then to the pair stated first.
    """
    pairs: dict[tuple[str, str], int] = {}
    names: dict[str, int] = {}
    for sent in sents:
        for a, b, rel in sent.rows.items:
            if rel != "adversary" or a in mediators or b in mediators:
                continue
            pair = (a, b)
            if (b, a) in pairs:
                pair = (b, a)
            pairs[pair] = pairs.get(pair, 0) + 1
            names[a] = names.get(a, 0) + 1
            names[b] = names.get(b, 0) + 1
    if not pairs:
        return []
    best = max(pairs, key=lambda p: (pairs[p], names[p[0]] + names[p[1]]))
    return list(best)


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


def extract_alliances(
    qa: pd.DataFrame, workers: int | None = None, scheduler: object = None
) -> pd.DataFrame:
    """Extract the ``alliances`` table from a ``qa`` table.

    Args:
        qa: The ``qa`` table from :func:`karabakh_nb.load` (uses ``id``, ``question``
            and ``answer``).
        workers: Local processes to share the work (default: one per core once the corpus
            is large, see :mod:`karabakh_nb.parallel`). Pairs are read slice by slice, so
            the table is the same whatever the number.
        scheduler: A Dask scheduler's address (or a ``distributed.Client``) to read the
            slices on a cluster (the ``dask`` extra).

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
    from ..parallel import fact_tables

    tables = fact_tables(qa, ("alliances",), workers=workers, scheduler=scheduler)
    return tables["alliances"]


def alliance_rows(pairs: pd.DataFrame) -> pd.DataFrame:
    """The rows of some pairs before the sides of their mediators are settled.

    :func:`karabakh_nb.rules.merge.settle_alliances` turns them into the table; the
    two steps are apart so that the sides can come from the whole corpus.
    """
    columns = (pairs["id"].tolist(), pairs["question"].tolist(), pairs["answer"].tolist())
    frame = pd.DataFrame.from_records(_records(*columns), columns=ALLIANCE_COLUMNS)
    table = alliance_rule_rows(frame, pairs)
    read: dict[str, set[str]] = {}
    for qa_id, evidence in zip(table["qa_id"], table["evidence"], strict=True):
        read.setdefault(qa_id, set()).add(evidence)
    extra = [
        row
        for qa_id, question, answer in zip(*columns, strict=True)
        if isinstance(answer, str) and answer
        for row in backoff_rows(
            qa_id, answer, read.get(qa_id, set()), question if isinstance(question, str) else ""
        )
    ]
    if extra:
        table = pd.concat([table, pd.DataFrame(extra, columns=table.columns)], ignore_index=True)
    return with_infoboxes(table, columns[0], columns[2], list(ALLIANCE_COLUMNS))


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
