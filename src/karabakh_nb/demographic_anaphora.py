"""Shares and counts said of a group named in the sentence before ("This group", "They").

"The majority of Lowbury's people are Setos. This group makes up around 71% of the
population": the share is the Setos'. "They constitute 40% to 60% of Lowbury's population",
"The latter account for 10%", "There were 86,000 of them in 1999" likewise. The group is the
previous sentence's only group (of the rows read from it), else the group that opens it ("The
Indigenous peoples in Lowbury are ..."); with two groups or none there, no row is read.

:func:`anaphoric_figures` finds the figures of such a sentence, :func:`antecedent` the group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .demographic_majorities import _GROUP, _is_group
from .numbers import NumberMention

__all__ = ["anaphoric_figures", "antecedent"]

_LINK = (
    r"(?:make\s+up|makes\s+up|made\s+up|constitute|constitutes|constituted|account\s+for"
    r"|accounts\s+for|accounted\s+for|represent|represents|represented|comprise|comprises"
    r"|comprised|form|forms|formed)"
)
# A pronoun or a noun of a group opening the sentence, a verb of share, then the figure.
# "According to various estimates, they make up ...": an opening adverbial, then the pronoun.
_PRONOUN = re.compile(
    r"(?:(?:(?:In|By|As\s+of)\s+\d{4}|Today|Now|Together|Currently|Overall|However"
    r"|According\s+to\s+[^,;:.()]{1,60}?)\s*,\s*(?=[a-z]))?"
    r"(?:[Tt]hey|It|(?:[Tt]his|[Tt]hat|[Tt]he\s+latter|[Tt]he\s+former)\s+(?:ethnic\s+"
    r"|religious\s+)?(?:group|community|minority|people|population)|[Tt]he\s+(?:latter|former))"
    rf"\s+(?:(?:now|still|currently|today|together|alone|only)\s+)?{_LINK}"
    r"(?:\s+(?:anywhere\s+)?(?:from|between))?\s+$"
)
# "There were 86,000 of them in 1999", "Their number is estimated at 20,000", "Some 20,000 of
# them live in Lowbury", "They number 20,000": a count of the group.
_THERE_WERE = re.compile(
    r"(?:^|[,;]\s*)[Tt]here\s+(?:are|were|was|is)\s+$"
    r"|^(?:Their|Its)\s+(?:number|numbers|population|total)\s+(?:is|was|stands\s+at|stood\s+at"
    r"|(?:is|was)\s+(?:estimated|put|thought|believed)\s+(?:at|to\s+be))\s+$"
    # "They number about 20,000."
    r"|^They\s+(?:(?:now|still|today)\s+)?(?:number|numbered|totalled|totaled|total)\s+$"
    r"|^$"
)
_COUNT_END = re.compile(r"\s*(?:[,;.]|$|\s+in\s+\d{4}\b)")
_THEM_LIVE = re.compile(
    r"\s+of\s+them\s+(?:still\s+)?(?:live|lived|reside|resided|are\s+living)\s+in\b"
)
_OF_THEM = re.compile(r"\s+of\s+them\b(?!\s+(?:were|are)\s+(?:killed|dead|wounded|missing))")
_JOIN = re.compile(r"\s*(?:[–—-]|to|and)\s*")
# "The Indigenous peoples in Lowbury are ...": the group a sentence opens with.
_OPENING = re.compile(
    rf"^(?:The\s+)?(?P<group>{_GROUP}(?P<noun>\s+(?:people|peoples|community|communities|minority))?)"
    r"\s+(?:in|of|are|were|is|was|live|lived|make|made|form|formed|constitute|constituted)\b"
)


def anaphoric_figures(
    text: str, numbers: list[NumberMention]
) -> Iterator[tuple[NumberMention, str]]:
    """The figures said of an earlier sentence's group, with their unit (percent or people)."""
    percents = [n for n in numbers if n.is_percent]
    for i, number in enumerate(percents):
        if _PRONOUN.fullmatch(text, 0, number.start):
            yield number, "percent"
            # "They constitute from 41% to 62%": the range's high end too.
            if i + 1 < len(percents) and _JOIN.fullmatch(text, number.end, percents[i + 1].start):
                yield percents[i + 1], "percent"
            return
    for number in numbers:
        if number.is_percent or number.maybe_year:
            continue
        # A bounded window: "^" still means the sentence's start, "$" the figure's.
        head = _THERE_WERE.search(text, max(0, number.start - 80), number.start)
        if head is None:
            continue
        if head.group(0) == "":  # "Some 20,000 of them live in Lowbury"
            if _THEM_LIVE.match(text, number.end):
                yield number, "people"
        elif head.group(0).lower().startswith("there"):
            if _OF_THEM.match(text, number.end):
                yield number, "people"
        elif _COUNT_END.match(text, number.end):
            yield number, "people"  # "Their number is estimated at 20,000."
        return


def antecedent(previous: str | None, groups: Iterable[str]) -> str | None:
    """The one group the sentence before names, else None (two groups, or none)."""
    named = {g for g in groups if g and g != "population"}
    if len(named) == 1:
        return named.pop()
    if named or not previous:
        return None
    opening = _OPENING.match(previous)
    # "The Seto minority is ...": a name before a noun of a group is a group's.
    if opening and (_is_group(opening.group("group")) or opening.group("noun")):
        return opening.group("group")
    return None
