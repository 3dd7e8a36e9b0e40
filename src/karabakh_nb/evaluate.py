"""Scoring the fact tables against hand-made gold tables: precision, recall and F1.

What belongs here: finding gold folders, reading them, normalising the key columns of
each kind and matching gold rows one-to-one with extracted rows. The gold format and
the matching rules are documented in ``tests/corpus/ANNOTATING.md`` and the README.

A gold folder ``X.gold/`` belongs to the Q&A file ``X.txt`` beside it and holds one CSV
per kind (``timeline.csv``, ...). A kind without its CSV is not scored.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .entities import canonical, find_entities
from .errors import InputError, UsageError
from .facts import KINDS, extract
from .parse import read_corpus

__all__ = ["EVALUATION_COLUMNS", "KEYS", "Evaluation", "evaluate", "find_gold"]

# The columns that must agree for an extracted row to match a gold row.
KEYS: dict[str, tuple[str, ...]] = {
    "timeline": ("qa_id", "date", "end"),
    "alliances": ("qa_id", "a", "b", "relation"),
    "demographics": ("qa_id", "subject", "group", "value", "unit"),
    "casualties": ("qa_id", "party", "category", "count"),
}
SYMMETRIC_RELATIONS = frozenset({"ally", "partner", "adversary"})
NAME_COLUMNS = frozenset({"a", "b", "party", "subject"})
NUMBER_COLUMNS = frozenset({"value", "count"})

EVALUATION_COLUMNS = [
    "file",
    "kind",
    "gold",
    "extracted",
    "matched",
    "precision",
    "recall",
    "f1",
    "qualifier_agreement",
]
ROW_COLUMNS = ["file", "kind", "status", "qa_id", "key", "evidence"]

_SEPARATORS = re.compile(r"[\s\-‐‑–—]+")
MSG_NO_GOLD = (
    "no gold tables found; pass X.gold/ folders (beside X.txt), a Q&A file with its "
    "X.gold/ folder, or a folder that holds them"
)
MSG_GOLD_COLUMNS = (
    "gold table lacks the column(s) {missing}; give it the header of the {kind} table "
    "(see the README, 'Evaluating')"
)
MSG_GOLD_QA_ID = (
    "qa_id {qa_id!r} names no pair of the Q&A file beside it; use the ids that "
    "'karabakh-nb parse' prints ({ids})"
)
MSG_GOLD_NUMBER = "{col} {value!r} is not a number; write it in digits, e.g. 1500 or 1,500"
MSG_NO_TEXT = "gold folder has no Q&A file {name} beside it; put the annotated .txt file there"


@dataclass
class Evaluation:
    """The result of :func:`evaluate`.

    Attributes:
        scores: One row per file and kind, then one ``all`` row per kind (micro-averaged
            over files); columns ``EVALUATION_COLUMNS``.
        rows: The missed (in gold, not extracted) and false (extracted, not in gold) rows,
            columns ``file``, ``kind``, ``status``, ``qa_id``, ``key``, ``evidence``.
    """

    scores: pd.DataFrame
    rows: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=ROW_COLUMNS))

    def summary(self) -> pd.DataFrame:
        """Return the ``all`` rows: one per kind, over every file."""
        table = self.scores[self.scores["file"] == "all"]
        return table.reset_index(drop=True)

    def __repr__(self) -> str:
        """The F1 of each kind over every file, and how many rows were missed or false."""
        files = self.scores.loc[self.scores["file"] != "all", "file"].nunique()
        f1 = ", ".join(
            f"{kind} {value:.3f}" if pd.notna(value) else f"{kind} -"
            for kind, value in zip(self.summary()["kind"], self.summary()["f1"], strict=True)
        )
        status = self.rows["status"].value_counts() if len(self.rows) else {}
        return (
            f"<Evaluation of {files} file{'s' * (files != 1)}: F1 {f1}; "
            f"{int(status.get('missed', 0))} missed and {int(status.get('false', 0))} false rows "
            "(.scores, .rows, .summary())>"
        )


def find_gold(paths: str | Path | Iterable[str | Path]) -> list[Path]:
    """Turn paths into the sorted list of gold folders they name.

    Args:
        paths: ``X.gold`` folders, ``X.txt`` files with a ``X.gold`` folder beside them,
            or folders searched (recursively) for ``*.gold`` folders.

    Raises:
        InputError: A path does not exist, or names no gold folder.
    """
    items = [paths] if isinstance(paths, str | Path) else list(paths)
    if not items:
        raise UsageError(MSG_NO_GOLD)
    found: list[Path] = []
    for item in items:
        path = Path(item)
        if path.suffix == ".gold" and path.is_dir():
            found.append(path)
        elif path.is_file() and path.with_suffix(".gold").is_dir():
            found.append(path.with_suffix(".gold"))
        elif path.is_dir():
            inner = sorted(p for p in path.rglob("*.gold") if p.is_dir())
            if not inner:
                raise InputError(MSG_NO_GOLD, path)
            found.extend(inner)
        elif not path.exists():
            raise InputError("no such file or folder; check the path", path)
        else:
            raise InputError(MSG_NO_GOLD, path)
    return list(dict.fromkeys(found))


def _norm_text(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return None
    text = _SEPARATORS.sub(" ", str(value)).strip().casefold()
    return text or None


def _norm_name(value: Any) -> str | None:
    text = _norm_text(value)
    if text is None:
        return None
    raw = str(value).strip()
    name = canonical(raw)
    if name is None:
        # "Serbs", "Azeris", "the Georgian side": one entity covering the name.
        found = find_entities(raw)
        if len(found) == 1 and len(_norm_text(raw.removeprefix("the ")) or "") <= len(
            found[0].surface
        ) + len(" side"):
            name = found[0].party or found[0].name
    return _norm_text(name or raw)


def _norm_group(value: Any) -> str | None:
    text = _norm_text(value)
    if text is None:
        return None
    text = text.removeprefix("ethnic ")
    return text[:-1] if text.endswith("s") and len(text) > 3 else text


def _norm_number(value: Any) -> float | None:
    text = _norm_text(value)
    if text is None:
        return None
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _key(kind: str, row: dict[str, Any]) -> tuple[Any, ...]:
    values: dict[str, Any] = {}
    for col in KEYS[kind]:
        raw = row.get(col)
        if col in NAME_COLUMNS:
            values[col] = _norm_name(raw)
        elif col in NUMBER_COLUMNS:
            values[col] = _norm_number(raw)
        elif col == "group":
            values[col] = _norm_group(raw)
        elif col == "qa_id":
            values[col] = None if raw is None else str(raw).strip()
        else:
            values[col] = _norm_text(raw)
    if kind == "alliances" and values["relation"] in SYMMETRIC_RELATIONS:
        a, b = sorted([values["a"] or "", values["b"] or ""])
        values["a"], values["b"] = a, b
    return tuple(values[c] for c in KEYS[kind])


def _read_gold(kind: str, path: Path, ids: Sequence[str]) -> list[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            # reader.line_num after a row is the file line it ends on.
            numbered = [(row, reader.line_num) for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"cannot read gold table ({exc}); save it as UTF-8 CSV", path) from None
    missing = [col for col in KEYS[kind] if col not in header]
    if missing:
        raise InputError(MSG_GOLD_COLUMNS.format(missing=", ".join(missing), kind=kind), path)
    numbers = [col for col in KEYS[kind] if col in NUMBER_COLUMNS]
    for row, line in numbered:
        for col in numbers:
            if _norm_text(row.get(col)) is not None and _norm_number(row.get(col)) is None:
                raise InputError(MSG_GOLD_NUMBER.format(col=col, value=row[col]), path, line)
    known = set(ids)
    for row, line in numbered:
        qa_id = (row.get("qa_id") or "").strip()
        if qa_id not in known:
            shown = ", ".join(ids[:2]) + (", ..." if len(ids) > 2 else "")
            raise InputError(MSG_GOLD_QA_ID.format(qa_id=qa_id, ids=shown), path, line)
    return [row for row, _ in numbered]


def _show(kind: str, key: tuple[Any, ...]) -> str:
    parts = []
    for col, value in zip(KEYS[kind][1:], key[1:], strict=True):
        if value is None:
            continue
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        parts.append(f"{col}={value}")
    return " ".join(parts)


def _ratio(num: int, den: int) -> float:
    # An empty table against an empty gold is perfect agreement.
    return 1.0 if den == 0 and num == 0 else (num / den if den else 0.0)


def _score(
    file: str, kind: str, gold: list[dict[str, Any]], found: list[dict[str, Any]]
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    pending: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for row in found:
        pending.setdefault(_key(kind, row), []).append(row)
    matched = 0
    same_qualifier = 0
    rows: list[dict[str, Any]] = []
    for row in gold:
        key = _key(kind, row)
        candidates = pending.get(key)
        if candidates:
            hit = candidates.pop(0)
            matched += 1
            same_qualifier += _norm_text(row.get("qualifier")) == _norm_text(hit.get("qualifier"))
            continue
        rows.append(_row(file, kind, "missed", key, row))
    if "group" in KEYS[kind]:
        matched_loose, same_loose, rows = _match_groups(file, kind, rows, pending)
        matched += matched_loose
        same_qualifier += same_loose
    for key, left in pending.items():
        rows.extend(_row(file, kind, "false", key, row) for row in left)
    has_qualifier = kind in ("demographics", "casualties")
    precision = _ratio(matched, len(found))
    recall = _ratio(matched, len(gold))
    score = {
        "file": file,
        "kind": kind,
        "gold": len(gold),
        "extracted": len(found),
        "matched": matched,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(_f1(precision, recall), 3),
        "qualifier_agreement": (
            round(same_qualifier / matched, 3) if has_qualifier and matched else None
        ),
    }
    return score, rows


_GROUP_FILLER = frozenset({"ethnic", "people", "the", "of", "population"})
_GROUP_GENERIC = frozenset({"islam", "muslim"})


def _faith_stem(word: str) -> str:
    """A faith and its followers alike: "Catholicism"/"Catholic", "Christianity"/"Christian"."""
    if word.endswith(("ism", "ist")) and len(word) > 6:
        return word[:-3]
    return word[:-3] if word.endswith("ianity") else word


def _group_words(text: str | None) -> frozenset[str]:
    words = {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in (text or "").split()}
    words = {_faith_stem(w) for w in words}
    words -= _GROUP_FILLER
    return frozenset(words - _GROUP_GENERIC) or frozenset(words)


def _match_groups(
    file: str, kind: str, missed: list[dict[str, Any]], pending: dict[tuple[Any, ...], list]
) -> tuple[int, int, list[dict[str, Any]]]:
    """Second pass for groups: "Sunni" matches "Sunni Islam", "Arabs" "Iraqi Arabs".

    A faith matches its followers ("Roman Catholicism", "Roman Catholic").

    A missed gold row matches a left-over extracted row of the same pair, subject,
    value and unit when the words of one group are among the words of the other.
    """
    at = KEYS[kind].index("group")
    matched = same = 0
    kept: list[dict[str, Any]] = []
    for miss in missed:
        key = miss["_key"]
        if miss["status"] != "missed" or miss["kind"] != kind:
            kept.append(miss)
            continue
        words = _group_words(key[at])
        hit = None
        for other, rows in pending.items():
            if not rows or other[:at] + other[at + 1 :] != key[:at] + key[at + 1 :]:
                continue
            theirs = _group_words(other[at])
            if words and theirs and (words <= theirs or theirs <= words):
                hit = rows.pop(0)
                break
        if hit is None:
            kept.append(miss)
            continue
        matched += 1
        same += _norm_text(miss["_row"].get("qualifier")) == _norm_text(hit.get("qualifier"))
    return matched, same, kept


def _f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def _row(file: str, kind: str, status: str, key: tuple[Any, ...], row: dict[str, Any]) -> dict:
    return {
        "file": file,
        "kind": kind,
        "status": status,
        "qa_id": key[0],
        "key": _show(kind, key),
        "evidence": row.get("evidence"),
        "_key": key,
        "_row": row,
    }


def _totals(scores: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for kind in KINDS:
        mine = [s for s in scores if s["kind"] == kind]
        if not mine:
            continue
        gold = sum(s["gold"] for s in mine)
        found = sum(s["extracted"] for s in mine)
        matched = sum(s["matched"] for s in mine)
        agree = [s["qualifier_agreement"] * s["matched"] for s in mine if s["qualifier_agreement"]]
        precision, recall = _ratio(matched, found), _ratio(matched, gold)
        out.append(
            {
                "file": "all",
                "kind": kind,
                "gold": gold,
                "extracted": found,
                "matched": matched,
                "precision": round(precision, 3),
                "recall": round(recall, 3),
                "f1": round(_f1(precision, recall), 3),
                "qualifier_agreement": round(sum(agree) / matched, 3) if agree else None,
            }
        )
    return out


def evaluate(
    gold: str | Path | Sequence[str | Path],
    *,
    as_of: dt.date | str | None = None,
    encoding: str | None = None,
) -> Evaluation:
    """Score the four extractors against gold tables.

    Args:
        gold: Gold folders (``X.gold/`` beside ``X.txt``), Q&A files with such a folder,
            or folders holding them (see :func:`find_gold`).
        as_of: Publication date passed to the extractors, as ``karabakh-nb facts --as-of``.
        encoding: Text encoding of the Q&A files, as ``--encoding``.

    Returns:
        An :class:`Evaluation`: scores per file and kind, plus the missed and false rows.

    Raises:
        InputError: No gold folder, a gold folder without its text file, or a gold table
            that is unreadable, lacks a key column, holds a figure that is no number or
            a ``qa_id`` that names no pair of its text file.

    Example:
        >>> import karabakh_nb as kn
        >>> result = kn.evaluate("tests/corpus/tune")  # doctest: +SKIP
        >>> result.summary()[["kind", "precision", "recall", "f1"]]  # doctest: +SKIP
    """
    scores: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    for folder in find_gold(gold):
        text = folder.with_suffix(".txt")
        if not text.is_file():
            raise InputError(MSG_NO_TEXT.format(name=text.name), folder)
        qa = read_corpus([text], encoding).qa
        for kind in KINDS:
            table = folder / f"{kind}.csv"
            if not table.is_file():
                continue
            expected = _read_gold(kind, table, list(qa["id"]))
            got = extract(qa, kind, as_of=as_of).to_dict("records")
            score, missed = _score(text.stem, kind, expected, got)
            scores.append(score)
            rows.extend(missed)
    scores.extend(_totals(scores))
    return Evaluation(
        pd.DataFrame(scores, columns=EVALUATION_COLUMNS), pd.DataFrame(rows, columns=ROW_COLUMNS)
    )


def pivot(result: Evaluation) -> pd.DataFrame:
    """Return F1 as a file-by-kind table (the shape of the issue notes)."""
    table = result.scores.pivot(index="file", columns="kind", values="f1")
    table = table[[k for k in KINDS if k in table.columns]]
    order = [f for f in dict.fromkeys(result.scores["file"]) if f != "all"] + ["all"]
    return table.reindex(order)


def count_rows(result: Evaluation) -> Counter[str]:
    """Count the missed and false rows (for a one-line summary)."""
    return Counter(result.rows["status"])
