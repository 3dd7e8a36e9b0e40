"""A group named before its share by what its people call themselves, or by its population.

Census reports name a religious or ethnic group before its share with a participle or a
population noun, the share after a verb of standing or changing: "those identifying as
Vosk also fell, to 59.2 per cent", "people identifying as Tarn stood at 53.4 per cent",
"the share identifying as Vosk was at its lowest, at 28 per cent", "the Vosk population
had fallen slightly to 31.4 per cent". The share is the first percentage of the clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .demographic_majorities import _CAP, _GROUP, _is_group, _is_name
from .numbers import NumberMention

__all__ = ["identified_shares"]

_IDENTIFYING = re.compile(
    r"\b(?:[Tt]hose|[Pp]eople|[Pp]ersons|[Tt]he\s+(?:share|proportion|percentage|number)"
    r"(?:\s+of\s+(?:people|those|persons))?)\s+(?:(?:self-)?identifying|who\s+identif(?:y|ied))"
    rf"\s+(?:themselves\s+)?as\s+(?P<group>{_GROUP})"
    # "the Vosk population had fallen slightly to": a people's population and its change.
    rf"|\b[Tt]he\s+(?P<people>{_GROUP})\s+population(?:\s+of\s+(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,2}})?"
    r"\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:fallen|fell|risen|rose|grown|grew|dropped|declined|increased|decreased|climbed|shrunk"
    r"|shrank)\s+(?:[a-z]+ly\s+)?(?:to|at)\s+(?=\d)"
)
# "the Vosk people (38.8% of the Sylvanian population, ...)": a share in brackets after the
# people's name, of a whole.
_BRACKETED = re.compile(
    rf"(?<![\w'’-])(?P<group>{_GROUP})(?:\s+(?:people|peoples|community|tribe|tribes))?\s*\(\s*"
    r"(?:about\s+|around\s+|some\s+|approximately\s+|roughly\s+|nearly\s+|over\s+)?$"
)
_OF_WHOLE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*+\s+){0,3}(?:total\s+)?(?:population|inhabitants|people)\b"
)
# The clause the share must lie in: no other clause opener or sentence stop between.
_CLAUSE_BREAK = re.compile(r"[;.](?!\d)|,\s*(?:while|whereas|but|and|with)\b|\bwhile\b")
_REACH = 60


def identified_shares(
    text: str, numbers: list[NumberMention]
) -> Iterator[tuple[NumberMention, tuple[int, int]]]:
    """Each share tied to a group named before it (the share, the group's span)."""
    if "identif" not in text and "population" not in text:
        return
    if "(" in text:
        for number in numbers:
            if not number.is_percent or not _OF_WHOLE.match(text, number.end):
                continue
            named = _BRACKETED.search(text, max(0, number.start - 60), number.start)
            if named and (_is_group(named["group"]) or _is_name(named["group"])):
                yield number, named.span("group")
    for match in _IDENTIFYING.finditer(text):
        key = "group" if match.group("group") else "people"
        if not _is_group(match.group(key)):
            continue
        share = next(
            (n for n in numbers if n.start >= match.end() and n.start - match.end() <= _REACH),
            None,
        )
        if share is None or not share.is_percent:
            continue
        if _CLAUSE_BREAK.search(text, match.end(), share.start):
            continue
        yield share, match.span(key)
