"""The sides of a war read from a scraped infobox ("Belligerents A B Supported by: C ...").

What belongs here: the reading of the flattened "Belligerents" block of an encyclopedia
infobox, whose columns the scrape ran into one line: "Belligerents Freedonia Supported
by: Ruritania Sylvania Supported by: Latveria Commanders and leaders ...". The block
ends at the next infobox heading ("Commanders and leaders", "Strength", "Units",
"Casualties and losses"). Its names are read in order and cut into the two sides and
their supporters:

- two "Supported by:" marks: the first side is the names before the first mark, the
  second side the one name right before the second mark, the first side's supporters
  the names between, the second side's those after the second mark; when the names
  between are states giving way once to non-state sides, the states are the supporters
  and the non-state sides all the second side;
- one mark: the supporters are the run of states and organisations right after it;
  names after that run are the other side and all names before the mark the supported
  side; with none after the run, the names before the mark are cut where states give way
  to non-state sides (or back), the run before the mark being the supported side;
- no mark: two names are the two sides; more are cut where states give way to non-state
  sides, when they do so once.

Names of one side are allies, each name of one side an adversary of each of the other,
and a supporter an ally of the first name of a side led by a state, of each name of a
side of non-state movements (none of them leads). A side's name right before
"government" after a state ("Freedonia FLF government") is that state's government, not
a party of its own. Rules read the block as prose and mistake who is with whom, so the
rows other readers gave between two names of the block are dropped when it yields rows.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from ..annotate import annotate
from ._text import _spans

__all__ = ["infobox_rows", "with_infoboxes"]

_HEAD = re.compile(r"\bBelligerents\b")
_END = re.compile(
    r"\b(?:Commanders(?: and leaders)?|Strength|Units(?: involved)?|Casualties(?: and losses)?)\b"
)
_MARK = re.compile(r"\b(?:Supported|Backed|Supplied) by\s*:", re.IGNORECASE)
_GOVERNMENT = re.compile(r"\s+(?:government|regime)\b")
_KINDS = frozenset({"state", "side", "org", "region"})
# A block longer than this is no infobox line but prose.
_MAX_BLOCK = 1200

_Name = tuple[int, str, str]  # (offset, canonical name, kind)


def _has_infobox(answer: str) -> bool:
    """True when ``answer`` may hold an infobox block (a cheap test)."""
    return "Belligerents" in answer


def _names(block: str) -> list[_Name]:
    out: list[_Name] = []
    for start, end, tok in _spans(block):
        if tok.kind not in _KINDS or tok.adjective:
            continue
        if tok.kind == "side" and out and out[-1][2] == "state" and _GOVERNMENT.match(block, end):
            continue
        if out and out[-1][1] == tok.name:
            continue
        out.append((start, tok.name, tok.kind))
    return out


def _state(name: _Name) -> bool:
    return name[2] in ("state", "org")


def _cut_once(names: list[str], kinds: list[bool]) -> tuple[list[str], list[str]] | None:
    """Split at the single place states give way to non-state sides (or back)."""
    cuts = [k for k in range(1, len(kinds)) if kinds[k] != kinds[k - 1]]
    if len(cuts) != 1:
        return None
    return names[: cuts[0]], names[cuts[0] :]


def _sides(block: str) -> list[tuple[list[str], list[str]]]:
    """[(side, its supporters), (side, its supporters)] of one block, or []."""
    marks = [m.start() for m in _MARK.finditer(block)]
    names = _names(block)
    if len(marks) > 2:
        return []
    if len(marks) == 2:
        first = [n[1] for n in names if n[0] < marks[0]]
        between = [n[1] for n in names if marks[0] < n[0] < marks[1]]
        after = [n[1] for n in names if n[0] > marks[1]]
        if not first or len(between) < 2:
            return []
        cut = _cut_once(between, [_state(n) for n in names if marks[0] < n[0] < marks[1]])
        if cut is not None and _state(next(n for n in names if n[0] > marks[0])):
            return [(first, cut[0]), (cut[1], after)]
        return [(first, between[:-1]), (between[-1:], after)]
    if len(marks) == 1:
        ahead = [n for n in names if n[0] < marks[0]]
        later = [n for n in names if n[0] > marks[0]]
        run = 0
        while run < len(later) and _state(later[run]):
            run += 1
        supporters = [n[1] for n in later[:run]]
        rest = [n[1] for n in later[run:]]
        if not ahead or not supporters:
            return []
        if rest:
            return [([n[1] for n in ahead], supporters), (rest, [])]
        cut = _cut_once([n[1] for n in ahead], [_state(n) for n in ahead])
        if cut is None:
            return [([n[1] for n in ahead], supporters)] if len(ahead) == 1 else []
        return [(cut[0], []), (cut[1], supporters)]
    if len(names) == 2:
        return [([names[0][1]], []), ([names[1][1]], [])]
    cut = _cut_once([n[1] for n in names], [_state(n) for n in names])
    return [(cut[0], []), (cut[1], [])] if cut else []


def _block_rows(block: str) -> list[tuple[str, str, str]]:
    sides = _sides(block)
    states = {n[1] for n in _names(block) if _state(n)}
    rows: list[tuple[str, str, str]] = []
    for side, supporters in sides:
        for k, name in enumerate(side):
            rows += [(name, other, "ally") for other in side[k + 1 :]]
        # A side led by a state has its lead first; movements side by side have none.
        backed = side[:1] if side[0] in states else side
        rows += [(name, s, "ally") for name in backed for s in supporters if s not in side]
    if len(sides) == 2:
        (one, _), (two, _) = sides
        rows += [(a, b, "adversary") for a in one for b in two if a != b]
    return rows


def infobox_rows(qa_id: str, answer: str) -> tuple[list[dict[str, Any]], set[str], set[str]]:
    """Rows of the infobox blocks of ``answer``, the sentences they are in and their names.

    >>> rows, _, _ = infobox_rows("x:1", "Belligerents Ghana Supported by: Mali Togo "
    ...     "Commanders and leaders John Doe")
    >>> sorted((r["a"], r["b"], r["relation"]) for r in rows)
    [('Ghana', 'Mali', 'ally'), ('Ghana', 'Togo', 'ally')]
    """
    out: list[dict[str, Any]] = []
    evidence: set[str] = set()
    names: set[str] = set()
    for sent in annotate(answer).sentences:
        text = sent.text
        for head in _HEAD.finditer(text):
            end = _END.search(text, head.end())
            stop = end.start() if end else len(text)
            if stop - head.end() > _MAX_BLOCK:
                continue
            block = text[head.end() : stop]
            rows = _block_rows(block)
            if not rows:
                continue
            evidence.add(text)
            names.update(tok.name for _, _, tok in _spans(block))
            for a, b, relation in rows:
                out.append({"a": a, "b": b, "relation": relation, "qa_id": qa_id, "evidence": text})
    return out, evidence, names


def with_infoboxes(
    table: pd.DataFrame, ids: list[str], answers: list[object], columns: list[str]
) -> pd.DataFrame:
    """Replace the rows read from an infobox block by the block's own reading."""
    boxed = [
        (qa_id, answer)
        for qa_id, answer in zip(ids, answers, strict=True)
        if isinstance(answer, str) and _has_infobox(answer)
    ]
    if not boxed:
        return table
    drop: set[tuple[str, str, str, str]] = set()
    rows: list[dict[str, object]] = []
    for qa_id, answer in boxed:
        found, evidence, names = infobox_rows(qa_id, answer)
        rows += found
        for r in table[table["qa_id"] == qa_id].itertuples():
            if r.evidence in evidence and r.a in names and r.b in names:
                drop.add((r.a, r.b, r.relation, qa_id))
    if not rows:
        return table
    columns = list(table.columns) or columns
    if table.empty:
        return pd.DataFrame(rows, columns=columns)
    keys = list(zip(table["a"], table["b"], table["relation"], table["qa_id"], strict=True))
    table = table[[key not in drop for key in keys]]
    seen = {_pair_key(*key) for key in keys if key not in drop}
    extra = []
    for row in rows:
        key = _pair_key(row["a"], row["b"], row["relation"], row["qa_id"])
        if key not in seen:
            seen.add(key)
            extra.append(row)
    if not extra:
        return table.reset_index(drop=True)
    return pd.concat([table, pd.DataFrame(extra, columns=columns)], ignore_index=True)


def _pair_key(a: object, b: object, relation: object, qa_id: object) -> tuple[object, ...]:
    pair = (a, b) if relation in ("member", "mediator") else tuple(sorted((str(a), str(b))))
    return (*pair, relation, qa_id)
