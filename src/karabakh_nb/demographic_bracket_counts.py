"""Groups listed with their counts in brackets: "the largest groups are the Vosk (100,000)".

An encyclopaedia lists a country's peoples after a noun of groups and a verb that lists
("the largest ethnic groups are", "the main tribes include"), each people's count in
brackets after its name, sometimes with another spelling first ("the Vosk (or Vusk)
(100,000)"). Each bracketed count is that people's, of the place the answer is about.
A list of towns the same way ("the largest towns are Riverton (32,048) and Lakeside
(27,952)") gives each town's population.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .demographic_majorities import _CAP, _is_group, _is_name
from .demographic_populations import _Found, _is_town
from .entities import find_entities
from .numbers import NumberMention

__all__ = ["bracketed_counts"]

# "The largest ethnic groups are", "the main tribes of mostly Papuan origin include".
_LISTS = re.compile(
    r"\b(?:(?:ethnic|linguistic|tribal|indigenous|native)\s+groups|tribes|peoples|nationalities"
    r"|clans)\b"
    r"[^.;:()]{0,60}?\s(?:are|were|include|included|includes|comprise|comprised|comprises)\s"
)
# A people's name right before its bracketed count, another spelling in brackets between.
_NAME_BEFORE = re.compile(
    rf"(?:^|[\s,])(?:the\s+|and\s+the\s+|and\s+)?(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}})"
    r"(?:\s*\((?:or|also|aka|formerly)\s[^()]{1,30}\))?\s*\(\s*$"
)
_CLOSE = re.compile(r"\s*\)")
# "the only ones with more than 25,000 inhabitants are", "the largest towns are".
_TOWNS = re.compile(
    r"\b(?:cities|towns|ones|settlements|municipalities)\b[^.;:()]{0,60}?\s(?:are|were|include"
    r"|included|includes)\s"
)


def bracketed_counts(text: str, numbers: list[NumberMention]) -> Iterator[_Found]:
    """A count row for each people listed with its count in brackets after a listing cue."""
    if "(" not in text:
        return
    cue = _LISTS.search(text)
    towns = cue is None
    cue = cue or _TOWNS.search(text)
    if cue is None:
        return
    for number in numbers:
        if number.start < cue.end() or number.is_percent or number.maybe_year:
            continue
        if not _CLOSE.match(text, number.end):
            continue
        named = _NAME_BEFORE.search(text, max(cue.end() - 1, number.start - 80), number.start)
        if named is None:
            continue
        name = named.group("name")
        if towns:
            known = [e for e in find_entities(name) if e.start == 0 and e.end == len(name)]
            if (known and known[0].kind in ("city", "region")) or (not known and _is_town(name)):
                yield _Found(number.start, number.end, None, name, number.value, "people",
                             number.qualifier)  # fmt: skip
            continue
        if not (_is_group(name) or _is_name(name)):
            continue
        yield _Found(number.start, number.end, named.span("name"), None, number.value,
                     "people", number.qualifier)  # fmt: skip
