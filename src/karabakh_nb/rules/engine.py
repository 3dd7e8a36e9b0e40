"""The rule engine: compile the pattern shorthands, match templates, build rows.

See the package docstring for the rule format. Every compiled pattern is built from
bounded pieces (slot tokens, at most ``k`` words, lists whose separators and items
start with different characters), so matching stays linear in the sentence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import pandas as pd
import yaml

from ..annotate import Passage, SentenceNote, annotate
from ..annotate.template import CLOSE, OPEN

__all__ = ["Rule", "apply_rules", "load_rules", "merge_alliances", "merge_casualties"]

_LETTERS = {"": "E", "any": "EJ", "org": "O", "actor": "EO", "all": "EJO"}
_SHORTHAND = re.compile(r"\{W:(\d)\}|\{GAP:(\d+)\}|\{(?:(LIST):)?([A-Z][A-Z0-9_]*)(?::(\w+))?\}")
_SOFT_BEFORE = frozenset(",;:.")
_SOFT_AFTER = frozenset(",;:(")


def _spaces(pattern: str) -> str:
    """A space of a pattern matches spaces: optional next to punctuation, else required."""
    out: list[str] = []
    for i, ch in enumerate(pattern):
        if ch != " ":
            out.append(ch)
            continue
        before = pattern[i - 1] if i else ""
        after = pattern[i + 1] if i + 1 < len(pattern) else ""
        if after == " ":
            continue
        soft = before in _SOFT_AFTER or after in _SOFT_BEFORE
        soft = soft or pattern.startswith(("{W:", "{GAP:"), i + 1)
        out.append(r"\s*" if soft else r"\s+")
    return "".join(out)


_TOKEN = re.compile(rf"{OPEN}([EJON])(\d+){CLOSE}")
_LAST = r"(?:and|or|as\s+well\s+as|along\s+with|&)"
_NOT_INSIDE = rf"(?<!{CLOSE},)(?<!{CLOSE}, )(?<!{CLOSE} and )(?<!{CLOSE}, and )(?<!the )"
SYMMETRIC = frozenset({"ally", "partner", "adversary"})


def _slot(letters: str) -> str:
    return rf"(?:the\s+)?{OPEN}[{letters}]\d+{CLOSE}(?:['’]s?)?"


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Expand the shorthands of a rule pattern into a regular expression."""

    def expand(match: re.Match[str]) -> str:
        if match.group(1):
            return rf"(?:[\w'’-]+,?\s+){{0,{match.group(1)}}}"
        if match.group(2):
            # Any text without a slot or a clause end, at most n characters.
            return rf"[^{OPEN};:.]{{0,{match.group(2)}}}?"
        is_list, name, kind = match.group(3), match.group(4), match.group(5) or ""
        if name == "N":
            return rf"(?P<N>{OPEN}N\d+{CLOSE})"
        one = _slot(_LETTERS[kind])
        if not is_list:
            return f"(?P<{name}>{one})"
        # English lists: "A, B, C and D" (commas, then one "and"), atomic, and never
        # begun in the middle of another list, so a long list is read once.
        body = rf"(?>{one}(?:\s*,\s*{one})*(?:\s*,?\s*{_LAST}\s+{one})?)"
        return f"{_NOT_INSIDE}(?P<{name}>{body})"

    text = _spaces(pattern.strip())
    return re.compile(_SHORTHAND.sub(expand, text), re.IGNORECASE)


@dataclass(frozen=True)
class Rule:
    """One rule of a rule file (see the package docstring)."""

    name: str
    kind: str
    pattern: re.Pattern[str]
    row: dict[str, Any]
    mutual: str | None = None
    needs: tuple[str, ...] = ()
    examples: tuple[dict[str, Any], ...] = field(default=(), compare=False)


@cache
def load_rules(kind: str) -> tuple[Rule, ...]:
    """Read and compile the rules of one table (``alliances``, ``casualties``)."""
    text = resources.files(__package__).joinpath(f"{kind}.yaml").read_text(encoding="utf-8")
    rules = []
    for item in yaml.safe_load(text) or []:
        rules.append(
            Rule(
                name=item["name"],
                kind=kind,
                pattern=compile_pattern(item["pattern"]),
                row=dict(item.get("row") or {}),
                mutual=item.get("mutual"),
                needs=tuple(w.lower() for w in item.get("needs", ())),
                examples=tuple(item.get("examples", ())),
            )
        )
    return tuple(rules)


def _names(sent: SentenceNote, text: str) -> list[str]:
    tpl = sent.template
    names: list[str] = []
    for match in _TOKEN.finditer(text):
        name = tpl.slot(match.group(2)).name
        if name not in names:
            names.append(name)
    return names


def _slot_starts(sent: SentenceNote, text: str) -> list[int]:
    tpl = sent.template
    return [tpl.slot(m.group(2)).start for m in _TOKEN.finditer(text)]


@dataclass
class _Match:
    rule: Rule
    sent: SentenceNote
    groups: dict[str, list[Any]]


def _matches(passage: Passage, rules: Iterable[Rule]) -> Iterator[_Match]:
    rules = tuple(rules)
    for sent in passage.sentences:
        low = sent.text.lower()
        tpl = None
        for rule in rules:
            if rule.needs and not any(w in low for w in rule.needs):
                continue
            tpl = tpl or sent.template
            for match in rule.pattern.finditer(tpl.text):
                used = [g for g in match.groupdict() if match.group(g) is not None]
                starts = [s for g in used for s in _slot_starts(sent, match.group(g))]
                if not all(sent.affirmed(s) for s in starts):
                    continue
                groups: dict[str, list[Any]] = {}
                for g in used:
                    if g == "N":
                        token = _TOKEN.search(match.group(g))
                        groups[g] = [tpl.slot(token.group(2)).mention] if token else []
                    else:
                        groups[g] = _names(sent, match.group(g))
                yield _Match(rule, sent, groups)


def _value(spec: Any, groups: dict[str, list[Any]], sides: list[str]) -> list[Any]:
    if isinstance(spec, list):
        out: list[Any] = []
        for part in spec:
            out.extend(v for v in _value(part, groups, sides) if v not in out)
        return out
    if isinstance(spec, str) and spec.startswith("$"):
        key = spec[1:]
        if key == "SIDES":
            return list(sides)
        return list(groups.get(key, []))
    return [spec]


def _rows(m: _Match, qa_id: str, sides: list[str]) -> Iterator[dict[str, Any]]:
    if m.rule.mutual:
        names = m.groups.get(m.rule.mutual, [])
        for a, b in itertools.combinations(names, 2):
            yield {**m.rule.row, "a": a, "b": b, "qa_id": qa_id, "evidence": m.sent.text}
        return
    columns = list(m.rule.row)
    options = [_value(m.rule.row[c], m.groups, sides) for c in columns]
    for combo in itertools.product(*options):
        row = dict(zip(columns, combo, strict=True))
        if row.get("a") is not None and row.get("a") == row.get("b"):
            continue
        yield {**row, "qa_id": qa_id, "evidence": m.sent.text}


def apply_rules(
    kind: str, qa_id: str, answer: str, sides: list[str] | None = None
) -> list[dict[str, Any]]:
    """The rows the rules of ``kind`` read from one answer.

    Args:
        kind: ``alliances`` or ``casualties``.
        qa_id: The pair's id, copied into each row.
        answer: The clean answer.
        sides: The two sides the answer names as fighting (for ``$SIDES``).
    """
    passage = annotate(answer)
    out: list[dict[str, Any]] = []
    for m in _matches(passage, load_rules(kind)):
        out.extend(_rows(m, qa_id, sides or []))
    return out


def _sides(rows: pd.DataFrame) -> dict[str, list[str]]:
    """Per pair, the most named adversary pair of its alliance rows."""
    out: dict[str, list[str]] = {}
    hostile = rows[rows["relation"] == "adversary"]
    for qa_id, group in hostile.groupby("qa_id", sort=False):
        pairs = group[["a", "b"]].values.tolist()
        out[str(qa_id)] = list(pairs[0])
    return out


def _key(row: dict[str, Any]) -> tuple[Any, ...]:
    a, b = row["a"], row["b"]
    if row["relation"] in SYMMETRIC:
        a, b = sorted([a, b])
    return (a, b, row["relation"], row["qa_id"])


def merge_alliances(frame: pd.DataFrame, qa: pd.DataFrame) -> pd.DataFrame:
    """Add the rule rows to an alliances table: one row per relation and pair."""
    sides = _sides(frame)
    found = {_key(r) for r in frame.to_dict("records")}
    extra: list[dict[str, Any]] = []
    for qa_id, answer in zip(qa["id"], qa["answer"], strict=True):
        if not isinstance(answer, str) or not answer:
            continue
        for row in apply_rules("alliances", qa_id, answer, sides.get(qa_id)):
            if _key(row) not in found:
                found.add(_key(row))
                extra.append(row)
    if not extra:
        return frame
    merged = pd.concat([frame, pd.DataFrame(extra, columns=frame.columns)], ignore_index=True)
    order = {qa_id: i for i, qa_id in enumerate(qa["id"])}
    merged["_order"] = merged["qa_id"].map(order)
    merged = merged.sort_values("_order", kind="stable").drop(columns="_order")
    return merged.reset_index(drop=True)


def merge_casualties(frame: pd.DataFrame, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Put rule rows into a casualties table: a rule row replaces the row of its figure."""
    del rows
    return frame
