"""Word lists as data: names, aliases and demonyms, nouns, qualifiers and cue words.

What belongs here: reading the ``*.txt`` files of this folder. Each file is one list, so
adding a demonym, a person noun or a negation cue is a one-line change to a data file,
never to a rule. Two formats, both with ``#`` comments:

- a *table*: ``Head: form, form, form`` per line (a line ending in a backslash goes on);
- a *word list*: one word or phrase per line.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["load_yaml", "read_table", "read_words"]

# libyaml's loader where PyYAML has it (its wheels do): the rule files load 5-10 times faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse a rule file's YAML (safe: plain data only)."""
    return yaml.load(text, Loader=_YAML_LOADER)


def _lines(name: str) -> list[str]:
    text = resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    text = text.replace("\\\n", "")
    return [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]


@cache
def read_table(name: str) -> dict[str, tuple[str, ...]]:
    """Read the table ``name.txt``: each head with its forms, in file order.

    A head on two lines has the forms of both (the first line's first), never only the
    last line's.

    Example:
        >>> read_table("organisations")["CSTO"][0]
        'Collective Security Treaty Organization'
    """
    table: dict[str, tuple[str, ...]] = {}
    for line in _lines(name):
        head, _, rest = line.partition(":")
        forms = tuple(f.strip() for f in rest.split(",") if f.strip())
        head = head.strip()
        table[head] = tuple(dict.fromkeys(table.get(head, ()) + forms))
    return table


@cache
def read_words(name: str) -> frozenset[str]:
    """Read the word list ``name.txt`` (one entry per line).

    Example:
        >>> "servicemen" in read_words("military_nouns")
        True
    """
    return frozenset(line.strip() for line in _lines(name))
