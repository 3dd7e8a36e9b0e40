"""The noun phrase of people after a number: "1,500 Armenian soldiers", "600,000 Azerbaijanis".

Split from ``_figures``: :func:`_noun_phrase` reads the person noun phrase a number counts,
a plural demonym or a side's plural as its head, past a parenthesis right after the number
("45,000 (a later claim) people killed").
"""

from __future__ import annotations

import re

from ..entities import find_entities
from ..numbers import NumberMention
from ._categories import _noun_cue
from ._patterns import _NP, _NP_DEMONYM, _PARTY_KINDS
from ._sources import _parties

# A capitalised plural of a people's name ("Karelians", "Moravians", "Hashemites").
_PEOPLE_PLURAL = re.compile(r"[A-Z][a-z]{2,}(?:ian|ean|an|ite)s")
# "38,000 killed Greek Civilians: 4,289 ...": a noun before a colon and a figure labels
# the figure after it.
_LABELS_NEXT = re.compile(r"\s*:\s*\d")
# Cases of people: "502 cases of missing persons" count the persons.
_CASES_OF = re.compile(r"\s+cases\s+of(?=\s)", re.IGNORECASE)
# A short parenthesis with no figure in it ("(estimate)", "(a rebel claim)"), or the
# figure's margin of error ("102,800 (+/- 11,000)", "5,000 (± 500)").
_PAREN_AFTER = re.compile(r"\s*\((?:[^()\d]{1,60}|\s*(?:\+\s*/\s*-|±|\+-)\s*\d[\d,.]*\s*)\)")
# A capitalised article opens a new sentence glued on after an infobox's figure.
_SENTENCE_OPENS = re.compile(r"\s+(?:The|A|An)\s")
# The margin alone.
_MARGIN = re.compile(r"\s*\(\s*(?:\+\s*/\s*-|±|\+-)\s*\d[\d,.]*\s*\)")


def _noun_phrase(text: str, at: int) -> re.Match[str] | None:
    """The noun phrase of people counted by the number ending at ``at``, if any."""
    if _SENTENCE_OPENS.match(text, at):
        return None  # "Total killed: 11,107 The British used ...": an infobox's end
    if margin := _MARGIN.match(text, at):
        at = margin.end()  # "102,800 (+/- 11,000) Peruvians died": the figure's margin
    match = _NP.match(text, at)
    if match is None and (paren := _PAREN_AFTER.match(text, at)):
        match = _NP.match(text, paren.end())  # "45,000 (a later claim) people killed"
    if match is None and (cases := _CASES_OF.match(text, at)):
        match = _NP.match(text, cases.end())  # "502 cases of missing persons"
    if match is not None and _LABELS_NEXT.match(text, match.end()):
        return None
    if match is None:
        match = _NP_DEMONYM.match(text, at)
        if match is not None:
            head_entities = find_entities(match.group("head"))
            # A demonym ("300 Estonians"), or a side named by a plural ("300 Royalists").
            one = head_entities[0] if len(head_entities) == 1 else None
            if not (one is not None and one.kind in _PARTY_KINDS and (
                    one.adjective or (one.kind == "side" and one.surface == one.name
                                      and one.name.endswith("s")))) and not (
                    # "410,000 Finnish Karelians": a people no lexicon names, by its form,
                    # whose state a demonym before it names
                    not head_entities and _PEOPLE_PLURAL.fullmatch(match.group("head"))
                    and _parties(find_entities(match.group("mods")))):  # fmt: skip
                match = None
    return match


# A capitalised label ending in a colon before a figure names that figure, not the one
# before it ("Dead: 2,100 Civilians missing: 600", "... Missing soldiers: 600").
_LABEL_NEXT = re.compile(r"\s+(?-i:[A-Z])[a-z]+(?:\s+[a-z]+){0,2}\s*:\s*\d")


def _labels_next(text: str, start: int, end: int) -> bool:
    """Whether a noun phrase ``text[start:end]`` holds the label of the next figure."""
    return any(_LABEL_NEXT.match(text, k) for k in range(start, end) if text[k].isspace())


_DASH_OR_TO = re.compile(r"\s*(?:[–—-]|to)\s*")


def _whole_of_casualties(text: str, numbers: list[NumberMention], index: int) -> bool:
    """Whether a figure after "most of" counts casualties ("most of its 30,000 victims").

    The share is of them, so the whole is a casualty figure, the low end of a range too
    ("most of the estimated 30,000 to 750,000 victims"); "half of its 48 million people"
    is not.
    """
    number = numbers[index]
    match = _noun_phrase(text, number.end)
    high = numbers[index + 1] if index + 1 < len(numbers) else None
    if match is None and high is not None and _DASH_OR_TO.fullmatch(text, number.end, high.start):
        match = _noun_phrase(text, high.end)
    return match is not None and _noun_cue(match.group("head"), match.group("mods")) is not None
