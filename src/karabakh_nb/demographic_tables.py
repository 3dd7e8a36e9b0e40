"""Population tables flattened into text: "1928 | 6,204,684 | ... | 1940 | 7,344,860 |".

A row that opens with a year cell and a count cell, in an answer about population (its
words say "population", "census" or "inhabitants"), is the population in that year
(:func:`table_population`). A row of a table about anything else (casualties, votes) is not.
"""

from __future__ import annotations

import re

from .numbers import NumberMention

__all__ = ["table_population", "tables_population"]

# A year cell, then a count cell of whole digits: "1940 | 7,344,860 |", "| 1951 | 7632801 |".
_ROW = re.compile(
    r"(?:^|\|)\s*(?P<year>(?:1[5-9]|20)\d\d)\s*\|\s*(?P<count>[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{3,})"
    r"(?=\s*(?:\||$))"
)
_TOPIC = re.compile(r"\b(?:population|census|censuses|inhabitants)\b", re.IGNORECASE)
_NOT_PEOPLE = re.compile(r"\b(?:killed|dead|deaths|casualties|wounded|votes|troops)\b", re.I)


def tables_population(answer: str, question: str | None) -> bool:
    """True when a table in ``answer`` may count population: the pair speaks of it."""
    if "|" not in answer:
        return False
    said = _TOPIC.search(answer) or (isinstance(question, str) and _TOPIC.search(question))
    return bool(said) and not _NOT_PEOPLE.search(answer)


def table_population(text: str, numbers: list[NumberMention]) -> list[tuple[NumberMention, int]]:
    """The counts of the table rows "YEAR | N |" in ``text`` with their years, in order."""
    if "|" not in text:
        return []
    at = {n.number_start: n for n in numbers if not n.is_percent}
    return [
        (at[row.start("count")], int(row.group("year")))
        for row in _ROW.finditer(text)
        if row.start("count") in at
    ]
