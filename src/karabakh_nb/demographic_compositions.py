"""A population's parts counted in a list after a verb of composing: "consisted of N X and M Y".

"Its population consisted of about 1,200,000 whites and 500,000 blacks", "the inhabitants,
comprising 30,000 Setos and 12,000 Vods", "a population of 2.5 million, among them 1,055,000
Muslims": each count of the list is its group's (a people or a class of a census, "whites",
"women"), of the place the sentence names (:func:`composed_counts`). A list item that names
no group ("789,300 in the territory") ends the list. A count's aside may count a part the same
way: "1,050,000 Vosks (mostly Catholic, but including 130,000 Setos) in Latvia". So may
"of whom" after a population's figure: "4,390,219, of whom 2,192,048 were male and ...".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .demographic_majorities import _CLASS_WORDS, _GROUP, _is_group, _is_name
from .demographic_populations import _GROUP_TAIL, _Found
from .numbers import NumberMention

__all__ = ["composed_counts"]

# How far before the first count of the list its head may start.
_REACH = 90
# "population ... consisted of", "inhabitants were made up of", "..., among them".
_HEAD = re.compile(
    r"\b(?:[Pp]opulation|inhabitants|residents)\b(?:[^.;:!?()]|(?<=\d)\.(?=\d)){0,60}?"
    r"(?:\bconsist(?:s|ed|ing)\s+of|\bcompris(?:es|ed|ing)(?:\s+of)?|\bcomposed\s+of"
    r"|\bmade\s+up\s+of|,\s*among\s+(?:them|whom|these)|,\s*including)"
    r"\s*,?\s*(?:some\s+|about\s+|around\s+|approximately\s+|roughly\s+)?$"
)
# "N Vosks (mostly Catholic, but including 130,000 Setos)": a part counted in a count's aside.
_ASIDE_HEAD = re.compile(
    r"\d\s+(?:(?:non-)?[A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+)?"
    r"(?:\s+(?:civilians|residents|inhabitants|citizens))?|people|inhabitants|residents)"
    r"\s+\((?:[^()]{0,40}?,\s*)?(?:but\s+)?(?:including|among\s+them)"
    r"\s+(?:some\s+|about\s+|around\s+)?$"
)
_ITEM = re.compile(
    rf"(?:\s*\([^()]{{1,24}}\))?\s+(?:(?P<group>{_GROUP}{_GROUP_TAIL})"
    rf"|(?P<cls>(?:{_CLASS_WORDS})(?:\s+(?:people|persons))?))(?![\w-])"
)
_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# "The population was 4,390,219, of whom 2,192,048 were male and 2,198,171 were female": the
# parts of a whole counted right before, each said to be its group. The whole is a population
# (a census's or a place's people), not a force or a toll.
_WHOLE_HEAD = re.compile(
    r"\b(?:[Pp]opulation|inhabitants|residents|census|souls)\b(?:[^.;:!?()]|(?<=\d)[.,](?=\d))"
    r"{0,80}?\d(?:\s+(?:million|thousand))?(?:\s+(?:people|persons|inhabitants|residents|souls))?"
    r"\s*,\s*of\s+(?:whom|which)\s+(?:some\s+|about\s+|around\s+|approximately\s+|roughly\s+"
    r"|nearly\s+|almost\s+|over\s+)?$"
)
_WERE_ITEM = re.compile(
    rf"(?:\s*\([^()]{{1,24}}\))?\s+(?:were|was|are|is)\s+(?:(?P<group>{_GROUP}{_GROUP_TAIL})"
    rf"|(?P<cls>(?:{_CLASS_WORDS}|male|female))(?:\s+(?:people|persons))?)(?![\w-])"
)


def composed_counts(text: str, numbers: list[NumberMention]) -> Iterator[_Found]:
    """Each count of a population's listed parts, its group's span, the place unsettled."""
    if not _may_compose(text):
        return
    starts = {n.start: i for i, n in enumerate(numbers)}
    done: set[int] = set()
    for i, number in enumerate(numbers):
        if i in done or number.is_percent or number.maybe_year:
            continue
        reach = max(0, number.start - _REACH)
        head = _HEAD.search(text, reach, number.start) or _ASIDE_HEAD.search(
            text, reach, number.start
        )
        items = _ITEM
        if head is None and "of wh" in text:
            head, items = _WHOLE_HEAD.search(text, reach, number.start), _WERE_ITEM
        if head is None:
            continue
        at: int | None = i
        while at is not None and at not in done:
            count = numbers[at]
            item = items.match(text, count.end)
            if count.is_percent or item is None or not _names_group(item):
                break
            done.add(at)
            span = item.span("group" if item.group("group") else "cls")
            yield _Found(count.start, count.end, span, None, count.value, "people",
                         count.qualifier)  # fmt: skip
            sep = _SEP.match(text, item.end())
            at = starts.get(sep.end()) if sep else None


def _names_group(item: re.Match[str]) -> bool:
    group = item.group("group")
    return group is None or _is_group(group) or _is_name(group)


def _may_compose(text: str) -> bool:
    return any(
        w in text for w in ("consist", "compris", "composed", "made up", "among", "includ", "of wh")
    )
