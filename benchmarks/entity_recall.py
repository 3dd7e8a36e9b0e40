"""Entity recall: does the entity layer find the names that gold tables use?

For every gold row of a corpus folder (``*.gold/alliances.csv`` columns ``a`` and ``b``,
``casualties.csv`` column ``party``, ``demographics.csv`` column ``subject``), the name is
looked up with :func:`karabakh_nb.entities.canonical` (as ``evaluate`` reads names) and
searched for with
:func:`karabakh_nb.entities.find_entities` in the row's evidence sentence, then in the
whole answer of its pair. A name counts as found when some entity has it as its name or
its party. ``unspecified`` parties are left out.

Causes of a miss:

- ``unknown``: the lexicon has no such name (world knowledge, or a name shape);
- ``wrong-canonical``: the gold name's own words are in the text, but the layer reads
  them as another entity (or the gold name's key maps elsewhere);
- ``shape``: the lexicon knows the name and its words are in the text, but no entity
  is found there (a rule rejected it, or a shape the trie does not cover);
- ``absent``: no form of the name is in the text (the gold names a side by inference).

Only the recall is printed for a held-out folder; ``--names`` lists the missing names
grouped by cause, and is refused for any path with ``heldout`` in it.

    python benchmarks/entity_recall.py tests/corpus/tune [--names]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from karabakh_nb import load
from karabakh_nb.entities import _forms, _key, canonical, find_entities

COLUMNS = {"alliances": ("a", "b"), "casualties": ("party",), "demographics": ("subject",)}


def resolve(name: str) -> str | None:
    """The canonical name of a gold name, read as ``evaluate`` reads it.

    :func:`canonical`, else the one entity that covers the name ("Serbs", "the Georgian
    side"), as :func:`karabakh_nb.evaluate` compares names.
    """
    canon = canonical(name)
    if canon is None:
        found = find_entities(name)
        if len(found) == 1 and len(name.removeprefix("the ")) <= len(found[0].surface) + 5:
            canon = found[0].party or found[0].name
    return canon


def _forms_of(canon: str) -> list[str]:
    """Every surface key of the lexicon that stands for ``canon`` (longest first)."""
    keys = [k for k, v in _forms().items() if v[0] == canon or v[3] == canon]
    return sorted(keys, key=len, reverse=True)


def _found(canon: str, text: str) -> bool:
    return any(canon in (e.name, e.party) for e in find_entities(text))


def _cause(name: str, canon: str | None, evidence: str) -> str:
    text = _key(evidence)
    if canon is None:
        if re.search(rf"\b{re.escape(_key(name))}", text, re.IGNORECASE):
            return "unknown"
        return "unknown-absent"
    for form in _forms_of(canon):
        hit = re.search(rf"(?<!\w){re.escape(form)}", text)
        if hit:
            inside = [e for e in find_entities(text) if e.start <= hit.start() < e.end]
            return "wrong-canonical" if inside else "shape"
    return "absent"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--names", action="store_true", help="list the missing names")
    args = parser.parse_args()
    if args.names and "heldout" in str(args.folder):
        parser.error("--names is refused on a held-out folder: only the recall is shown")
    golds = sorted(args.folder.glob("*.gold"))
    texts = [g.with_suffix(".txt") for g in golds]
    qa = load([str(t) for t in texts if t.exists()])
    answers = dict(zip(qa["id"], qa["answer"].fillna(""), strict=True))
    total = found = 0
    by_kind: Counter[str] = Counter()
    hits_kind: Counter[str] = Counter()
    misses: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[tuple[str, str], str] = {}
    for gold in golds:
        for kind, columns in COLUMNS.items():
            path = gold / f"{kind}.csv"
            if not path.exists():
                continue
            with path.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    evidence = row.get("evidence") or ""
                    answer = answers.get(row.get("qa_id", ""), "")
                    for column in columns:
                        name = (row.get(column) or "").strip()
                        if not name or name == "unspecified":
                            continue
                        total += 1
                        by_kind[kind] += 1
                        canon = resolve(name)
                        if canon and (_found(canon, evidence) or _found(canon, answer)):
                            found += 1
                            hits_kind[kind] += 1
                            continue
                        cause = _cause(name, canon, evidence or answer)
                        misses[cause][f"{kind}:{name}"] += 1
                        examples.setdefault((cause, f"{kind}:{name}"), evidence[:160])
    print(f"entity recall: {found}/{total} = {found / max(total, 1):.3f}")
    for kind in COLUMNS:
        n = by_kind[kind]
        print(f"  {kind}: {hits_kind[kind]}/{n} = {hits_kind[kind] / max(n, 1):.3f}")
    if not args.names:
        return 0
    for cause, names in sorted(misses.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"\n{cause}: {sum(names.values())}")
        for name, count in names.most_common():
            print(f"  {count:3d}  {name}  | {examples[(cause, name)]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
