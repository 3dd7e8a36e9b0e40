"""Putting rule rows into the extractors' tables: merging, sides and sentence checks.

What belongs here: how the rows the rule engine reads join the rows a table already has
(one row per relation and pair; a rule row replaces the row of its figure), the sides a
mediator's parties default to, and the per-sentence settling of relations (the state of
the period a seat names is :mod:`karabakh_nb.rules.periods`'s).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import repeat
from typing import Any, NamedTuple

import pandas as pd

from ..annotate import annotate
from ..entities import find_entities, find_entities_in_question
from ..lexicon import read_table
from ..named_plurals import is_plural_side
from .engine import SYMMETRIC, apply_rules
from .needing import pairs_needing_sides
from .periods import records_in_period
from .told import told

__all__ = [
    "PairSides",
    "alliance_rule_rows",
    "merge_alliances",
    "pairs_needing_sides",
    "settle_alliances",
    "sides_of_pairs",
    "subject_of",
]


def _plain(column: pd.Series) -> list[Any]:
    values = column.tolist()
    if isinstance(column.dtype, pd.api.extensions.ExtensionDtype) and column.hasnans:
        return [None if v is pd.NA else v for v in values]  # to_dict's None for a missing Int64
    return values


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """``frame.to_dict("records")``, column by column (several times faster on these tables).

    ``tolist`` gives plain Python values, as ``to_dict`` does.
    """
    columns = list(frame.columns)
    values = [_plain(frame[c]) for c in columns]
    # Each row is as long as the columns: no strict zip per row (a third slower).
    return list(map(dict, map(zip, repeat(columns), zip(*values, strict=True))))


def _sides(rows: pd.DataFrame) -> dict[str, list[str]]:
    """Per pair, the most named adversary pair of its alliance rows."""
    out: dict[str, list[str]] = {}
    columns = (rows["relation"], rows["a"], rows["b"], rows["qa_id"])
    for relation, a, b, qa_id in zip(*columns, strict=True):
        if relation == "adversary" and str(qa_id) not in out:
            out[str(qa_id)] = [a, b]
    return out


def _key(row: dict[str, Any]) -> tuple[Any, ...]:
    a, b = row["a"], row["b"]
    if row["relation"] in SYMMETRIC:
        a, b = sorted([a, b])
    return (a, b, row["relation"], row["qa_id"])


# Rules whose rows name a supporter (``a``) of a side (``b``), not a belligerent.
_SUPPORT_RULES = frozenset({"supported_by", "with_support_from", "received_support_from"})
_SOFT_POLARITIES = frozenset({"denied", "question", "conditional"})


# What _stated gives depends on the sentence and the name alone; bounded, emptied when full.
_STATED: dict[tuple[str, str], bool] = {}
STATED_CACHE_SIZE = 16_384


def _stated(evidence: str, name: str) -> bool:
    """False when every mention of ``name`` in the sentence is denied, asked or conditional."""
    key = (evidence, name)
    kept = _STATED.get(key)
    if kept is None:
        if len(_STATED) >= STATED_CACHE_SIZE:
            _STATED.clear()
        _STATED[key] = kept = _read_stated(evidence, name)
    return kept


def _read_stated(evidence: str, name: str) -> bool:
    sent = annotate(evidence).sentences[0] if annotate(evidence).sentences else None
    if sent is None:
        return True
    spots = [e.start for e in sent.entities if name in (e.name, e.party)]
    return not spots or any(sent.polarity(s) not in _SOFT_POLARITIES for s in spots)


def _resolve_sentences(
    table: pd.DataFrame, records: list[dict[str, Any]] | None = None
) -> pd.DataFrame:
    """Settle each sentence's relations: what is denied or asked is not a fact.

    Relations that are denied, asked about, conditional or only believed or alleged
    (:mod:`karabakh_nb.rules.told`) are dropped, and so are the
    wars of supporters ("a war between A, supported by C, and B": C is no belligerent)
    and mediations for a co-mediator ("brokered by X, Y and Z": Y is no party of X's).
    ``records`` are the table's rows as dicts, when the caller holds them already.
    """
    keep: list[bool] = []
    supporters: dict[tuple[str, str], set[str]] = {}
    mediating: dict[tuple[str, str], set[str]] = {}
    # Per sentence and pair, whether a rule read them as allies / as adversaries.
    read: dict[tuple[str, str, str, frozenset[str]], bool] = {}
    records = _records(table) if records is None else records
    for row in records:
        if row["relation"] == "ally" and row.get("_rule") in _SUPPORT_RULES:
            supporters.setdefault((row["qa_id"], row["evidence"]), set()).add(row["a"])
        if row["relation"] == "mediator":
            mediating.setdefault((row["qa_id"], row["evidence"]), set()).add(row["a"])
        if row["relation"] in ("ally", "adversary"):
            key = (row["relation"], row["qa_id"], row["evidence"], frozenset((row["a"], row["b"])))
            read[key] = read.get(key, False) or isinstance(row.get("_rule"), str)
    for row in records:
        ok = _stated(row["evidence"], row["a"]) and _stated(row["evidence"], row["b"])
        ok = ok and not told(row["evidence"], row["a"], row["b"])
        if ok and row["relation"] == "mediator":
            ok = row["b"] not in mediating.get((row["qa_id"], row["evidence"]), set())
        if ok and row["relation"] == "adversary":
            helping = supporters.get((row["qa_id"], row["evidence"]), set())
            ok = row["a"] not in helping and row["b"] not in helping
        if (
            ok
            and row["relation"] in ("ally", "adversary")
            and not isinstance(row.get("_rule"), str)
        ):
            # A pair a sentence makes both allies and adversaries: the reading a rule
            # agrees with wins ("A, supported by C, and B": B is no ally of A; "A fought
            # alongside B against C": A is no adversary of B).
            other = "adversary" if row["relation"] == "ally" else "ally"
            pair = frozenset((row["a"], row["b"]))
            ok = not read.get((other, row["qa_id"], row["evidence"], pair), False)
        keep.append(ok)
    out = table[keep]
    return out.drop(columns=[c for c in out.columns if c.startswith("_")])


def _all_sides(
    rows: pd.DataFrame, qa: pd.DataFrame, named: NamedCounts | None = None
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The sides per pair, and per file the pair of sides it names most often."""
    per_pair = _sides(rows)
    source_of = (
        dict(zip(qa["id"].tolist(), qa["source"].tolist(), strict=True)) if "source" in qa else {}
    )
    counts: dict[str, dict[tuple[str, str], int]] = {}
    hostile = rows[rows["relation"] == "adversary"]
    for qa_id, a, b in hostile[["qa_id", "a", "b"]].itertuples(index=False, name=None):
        if is_plural_side(a) or is_plural_side(b):
            continue  # "the Communists" may be another name of the file's side
        pair = (a, b) if a <= b else (b, a)
        per_file = counts.setdefault(str(source_of.get(qa_id, "")), {})
        per_file[pair] = per_file.get(pair, 0) + 1
    # A file's sides must be attested twice: one stray row says little of a whole file.
    per_file_sides = {
        src: list(best)
        for src, c in counts.items()
        if c and c[(best := max(c, key=c.__getitem__))] >= 2
    }
    # A file whose rows name no war twice: the state and the non-state side it names most
    # (a civil war's text names its two sides far more than anyone else).
    for src, most in _named_sides(named_counts(qa) if named is None else named).items():
        per_file_sides.setdefault(src, most)
    return per_pair, per_file_sides


# Per file, how often each (``state`` or ``side``, name) is named in its answers.
NamedCounts = dict[str, dict[tuple[str, str], int]]


def named_counts(qa: pd.DataFrame, into: NamedCounts | None = None) -> NamedCounts:
    """How often the answers of each file name each state and side (added to ``into``).

    Counted slice by slice (:mod:`karabakh_nb.parallel`), the sums are those of the corpus.
    """
    counts: NamedCounts = {} if into is None else into
    if "source" not in qa:
        return counts
    for src, answer in zip(qa["source"].tolist(), qa["answer"].tolist(), strict=True):
        if not isinstance(answer, str) or not answer:
            continue
        per_file = counts.setdefault(str(src), {})
        for sent in annotate(answer).sentences:
            for ent in sent.entities:
                # A region that stands for itself (a breakaway one) is a side too.
                side = ent.kind == "side" or (ent.kind == "region" and ent.party == ent.name)
                if side and ent.kind == "side" and is_plural_side(ent.name):
                    continue
                if ent.kind == "state" or side:
                    key = ("side" if side else "state", str(ent.party or ent.name))
                    per_file[key] = per_file.get(key, 0) + 1
    return counts


def _named_sides(counts: NamedCounts) -> dict[str, list[str]]:
    """Per file, its most named state and most named non-state side, each named thrice."""
    out: dict[str, list[str]] = {}
    for src, per_file in counts.items():
        best: dict[str, tuple[int, str]] = {}
        for (kind, name), n in sorted(per_file.items()):
            if n > best.get(kind, (0, ""))[0]:
                best[kind] = (n, name)
        if "state" in best and "side" in best and min(best["state"][0], best["side"][0]) >= 3:
            out[src] = [best["state"][1], best["side"][1]]
    return out


def merge_alliances(frame: pd.DataFrame, qa: pd.DataFrame) -> pd.DataFrame:
    """Add the rule rows to an alliances table: one row per relation and pair.

    Mediators whose parties the sentence leaves out take the sides the answer names as
    fighting, else the sides its file names most often. The three steps are apart so a
    corpus can be read in slices (:mod:`karabakh_nb.parallel`): the rows of each slice
    (:func:`alliance_rule_rows`), the sides from all of them (:func:`sides_of_pairs`),
    then each slice settled (:func:`settle_alliances`).
    """
    known = alliance_rule_rows(frame, qa)
    return settle_alliances(known, qa, sides_of_pairs(known, qa))


def _questions(qa: pd.DataFrame) -> list[str]:
    """The questions of the pairs ("" for none): what "the regime" may stand for."""
    if "question" not in qa:
        return [""] * len(qa)
    return [q if isinstance(q, str) else "" for q in qa["question"].tolist()]


def alliance_rule_rows(frame: pd.DataFrame, qa: pd.DataFrame) -> pd.DataFrame:
    """The table's rows and the rule rows of the pairs of ``qa`` (with their ``_rule``)."""
    own = {_key(r): i for i, r in enumerate(_records(frame))}
    found = set(own)
    # A table row that a rule reads too takes the rule's name (a supporter is known so).
    named: dict[int, str] = {}
    extra: list[dict[str, Any]] = []
    questions = _questions(qa)
    for qa_id, question, answer in zip(
        qa["id"].tolist(), questions, qa["answer"].tolist(), strict=True
    ):
        if not isinstance(answer, str) or not answer:
            continue
        for row in apply_rules("alliances", qa_id, answer, question=question):
            key = _key(row)
            if key in own:
                named.setdefault(own[key], row["_rule"])
            elif key not in found:
                found.add(key)
                extra.append(row)
    columns = [*frame.columns, "_rule"]
    table = frame.assign(_rule=[named.get(i) for i in range(len(frame))])
    return pd.concat([table, pd.DataFrame(extra, columns=columns)], ignore_index=True)


class PairSides(NamedTuple):
    """What a pair's common nouns for its war's sides stand for.

    Attributes:
        sides: The two sides its mediators mediate between (``$SIDES``), or empty.
        roles: What "the government" (``state``) and "the rebels" (``rebel``) name where
            ``sides`` are not one state and one non-state side: the state and the
            non-state side its file names far more often than any other (see
            :func:`_file_roles`).
    """

    sides: list[str]
    roles: dict[str, str]


def sides_of_pairs(
    known: pd.DataFrame,
    qa: pd.DataFrame,
    named: NamedCounts | None = None,
    needing: list[str] | None = None,
) -> dict[str, PairSides]:
    """Per pair whose answer needs them, its sides and the roles of its side nouns.

    ``named`` is :func:`named_counts` of ``qa`` and ``needing`` its
    :func:`pairs_needing_sides`, when they were found already.
    """
    named = named_counts(qa) if named is None else named
    per_pair, per_file = _all_sides(known, qa, named)
    roles_of = _file_roles(named)
    source_of = (
        dict(zip(qa["id"].tolist(), qa["source"].tolist(), strict=True)) if "source" in qa else {}
    )
    out: dict[str, PairSides] = {}
    for qa_id in pairs_needing_sides(qa) if needing is None else needing:
        src = str(source_of.get(qa_id, ""))
        sides = per_pair.get(qa_id) or per_file.get(src) or []
        roles = roles_of.get(src, {})
        if sides or roles:
            out[qa_id] = PairSides(list(sides), roles)
    return out


def _dominant(per_file: dict[tuple[str, str], int], kind: str, least: int) -> str | None:
    """The ``kind`` a file names most, at least ``least`` times and 1.5 times the next."""
    ranked = sorted(((n, name) for (k, name), n in per_file.items() if k == kind), reverse=True)
    if not ranked or ranked[0][0] < least:
        return None
    if len(ranked) > 1 and (ranked[0][0] < 2 or ranked[0][0] < 1.5 * ranked[1][0]):
        return None
    return ranked[0][1]


def _file_roles(counts: NamedCounts) -> dict[str, dict[str, str]]:
    """Per file, what "the government" and "the rebels" stand for.

    The state it names thrice and 1.5 times as often as any other, and the non-state
    side it names alone, or twice and 1.5 times as often as any other.
    """
    out: dict[str, dict[str, str]] = {}
    for src, per_file in counts.items():
        roles = {}
        if state := _dominant(per_file, "state", 3):
            roles["state"] = state
        if rebel := _dominant(per_file, "side", 1):
            roles["rebel"] = rebel
        if roles:
            out[src] = roles
    return out


def settle_alliances(
    known: pd.DataFrame, qa: pd.DataFrame, sides: dict[str, PairSides]
) -> pd.DataFrame:
    """The alliances table of the pairs of ``qa`` from their rows and their sides."""
    records = _records(known)
    found = {_key(r) for r in records}
    related = _related_pairs(records)
    # A mediator the rows already give two parties in its sentence keeps them: the sentence
    # and its answer say between whom it mediated better than the file's sides.
    parties: dict[tuple[str, str, str], int] = {}
    for r in records:
        if r["relation"] == "mediator":
            spot = (r["qa_id"], r["evidence"], r["a"])
            parties[spot] = parties.get(spot, 0) + 1
    mediated = {spot for spot, n in parties.items() if n >= 2}
    extra: list[dict[str, Any]] = []
    questions = _questions(qa)
    for qa_id, question, answer in zip(
        qa["id"].tolist(), questions, qa["answer"].tolist(), strict=True
    ):
        if qa_id not in sides or not isinstance(answer, str) or not answer:
            continue
        own, roles = sides[qa_id]
        rows = apply_rules(
            "alliances", qa_id, answer, own or None, generic=True, roles=roles, question=question
        )
        for row in _own_parties(rows, related, mediated):
            if _key(row) not in found:
                found.add(_key(row))
                extra.append(row)
    if not extra and known.empty:
        return known.drop(columns="_rule")
    merged = known
    if extra:
        merged = pd.concat([known, pd.DataFrame(extra, columns=known.columns)], ignore_index=True)
    # The settle steps on one list of row dicts: one table built, not one per step.
    records = _leaders_of(records_in_period(_records(merged), qa))
    merged = _resolve_sentences(pd.DataFrame(records, columns=merged.columns), records)
    order = {qa_id: i for i, qa_id in enumerate(qa["id"].tolist())}
    merged["_order"] = merged["qa_id"].map(order)
    merged = merged.sort_values("_order", kind="stable").drop(columns="_order")
    return merged.reset_index(drop=True)


_LED_NAME = re.compile(r"^(?P<leader>.+?)[-–]led\s+(?:coalition|alliance)$", re.IGNORECASE)


def _leader(name: Any) -> str | None:
    """The state leading an organisation named "X-led coalition", else None."""
    if not isinstance(name, str) or "led" not in name.lower():
        return None  # no "-led" in it (a cheap test first: most names have none)
    match = _LED_NAME.match(name)
    if match is None:
        return None
    found = find_entities(match.group("leader"))
    return str(found[0].party or found[0].name) if len(found) == 1 else None


@cache
def _region_sides() -> dict[str, str]:
    """Regions that stand for a side of their own in a relation (lexicon/region_sides.txt)."""
    return {
        region: side for side, regions in read_table("region_sides").items() for region in regions
    }


def _leaders_of(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An "X-led coalition" fights, backs and mediates as its leader X does.

    Only membership names the coalition itself ("Y is a member of the Saudi-led
    coalition"); in other relations the coalition stands for the state that leads it. A
    region with a side of its own stands for that side (lexicon/region_sides.txt).
    """
    seen: set[tuple[Any, ...]] = set()
    keep: list[dict[str, Any]] = []
    sides = _region_sides()
    for row in records:
        a, b = sides.get(row["a"], row["a"]), sides.get(row["b"], row["b"])
        if row["relation"] != "member":
            a, b = _leader(a) or a, _leader(b) or b
            if a == b:
                continue
        row = {**row, "a": a, "b": b}  # a copy: the rows given stay as they were
        key = _key(row)
        if key not in seen:
            seen.add(key)
            keep.append(row)
    return keep


_Related = dict[tuple[str, str], set[frozenset[str]]]


def _related_pairs(records: list[dict[str, Any]]) -> _Related:
    """The pairs each sentence of each pair relates as adversaries or partners."""
    pairs: _Related = {}
    for r in records:
        if r["relation"] in ("adversary", "partner"):
            pair = frozenset((r["a"], r["b"]))
            pairs.setdefault((r["qa_id"], r["evidence"]), set()).add(pair)
    return pairs


def _own_parties(
    rows: list[dict[str, Any]], pairs: _Related, mediated: set[tuple[str, str, str]]
) -> list[dict[str, Any]]:
    """Mediator rows of the answer's sides, settled by the sentence they were read from.

    A mediator whose sentence names the two parties of one relation ("A and B agreed to
    restore relations through a deal brokered by M") mediates between those two; ``pairs``
    is :func:`_related_pairs` of the rows read so far (read once, not once per answer).
    """
    out: list[dict[str, Any]] = []
    done: set[tuple[str, str, str]] = set()
    for row in rows:
        if row["relation"] != "mediator":
            out.append(row)
            continue
        spot = (row["qa_id"], row["evidence"], row["a"])
        if spot in mediated:
            continue
        own = [p for p in pairs.get(spot[:2], set()) if row["a"] not in p]
        if len(own) != 1:
            out.append(row)
        elif spot not in done:
            done.add(spot)
            out.extend({**row, "b": b} for b in sorted(own[0]))
    return out


def subject_of(question: Any, answer: str) -> str | None:
    """The place a pair is about: the first place its question names, else its answer."""
    for text, find in ((question, find_entities_in_question), (answer, find_entities)):
        if not isinstance(text, str):
            continue
        for ent in find(text):
            if ent.kind in ("state", "side", "region") and not ent.adjective:
                return str(ent.name)
    return None
