"""Which date mentions of a sentence date an event, for :mod:`karabakh_nb.timeline`.

What belongs here: the vocabulary of event nouns, the loader of the timeline's rules
(``rules/timeline.yaml``: the patterns that keep a date out of the timeline because it
dates something else, a population figure, the close of a count, a source, a label, a
decade, the start of a count after "since", or a part that only may happen) and the logic
that is no single pattern: a life span, a year label restated by a finer date, a date
said twice, the year of an event noun. The rules are listed in the docstring of
:mod:`karabakh_nb.timeline`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from .annotate import SentenceNote
from .dates import DateMention
from .lexicon import load_yaml, read_words

__all__ = [
    "EVENT_NOUN",
    "DateRule",
    "compile_rules",
    "event_mentions",
    "figure_spans",
    "hypothetical",
    "load",
    "said_again",
]

_EVENT_WORDS = "|".join(sorted(read_words("event_nouns"), key=lambda w: (len(w), w)))
EVENT_NOUN = re.compile(
    # "the 1942 Rio de Janeiro Protocol": a name's lower-case particles too
    r"\d{4}\s+(?:(?:[A-Z][\w'’.-]*|de|la|del|du|von|al|el)\s+){0,5}?(?:[\w-]+\s+)?"
    rf"(?i:{_EVENT_WORDS})\b"
    # "the 1948 truce line", "the 1967 war veterans": the noun names a thing, not the event
    r"(?!\s+(?i:lines?|borders?|boundar(?:y|ies)|frontiers?|maps?|veterans?|refugees?|era)\b)"
)
_TIME_PREPOSITION = re.compile(
    r"\b(?i:after|before|since|during|following|until|amid|prior\s+to|ahead\s+of"
    r"|in\s+the\s+(?:aftermath|wake|run-up)\s+of)\s+(?:the|his|her|its|their)\s+$"
)
_YEARS_NOUN = re.compile(r"\d{4}(?:\s*(?:,|and|or)\s*\d{4})+\s+(?i:wars|conflicts|elections)\b")


_WHERE = ("before", "after", "sentence", "surface", "note", "label", "clause")
_NEEDS = ("figures", "figure_in_clause", "single_date", "said_before")
_SHORTHAND = re.compile(r"\{(EVENT|WORDS:\w+)\}")


def _expand(pattern: str) -> re.Pattern[str]:
    def word_list(m: re.Match[str]) -> str:
        if m.group(1) == "EVENT":
            return f"(?:{_EVENT_WORDS})"
        words = sorted(read_words(m.group(1)[6:]), key=lambda w: (len(w), w))
        return "(?:" + "|".join(re.escape(w) for w in words) + ")"

    return re.compile(_SHORTHAND.sub(word_list, pattern))


@dataclass(frozen=True)
class DateRule:
    """One rule of ``rules/timeline.yaml`` (see the file's header for the format)."""

    name: str
    where: str
    effect: str
    patterns: tuple[re.Pattern[str], ...]
    window: int = 0
    surface: re.Pattern[str] | None = None
    unless_after: re.Pattern[str] | None = None
    and_sentence: re.Pattern[str] | None = None
    needs: frozenset[str] = frozenset()
    why: str = ""
    examples: tuple[dict[str, Any], ...] = field(default=(), compare=False)


@cache
def load() -> tuple[DateRule, ...]:
    """Read and compile the timeline rules (``rules/timeline.yaml``), in file order."""
    path = resources.files("karabakh_nb.rules").joinpath("timeline.yaml")
    return compile_rules(load_yaml(path.read_text(encoding="utf-8")) or [])


def compile_rules(items: list[dict[str, Any]]) -> tuple[DateRule, ...]:
    """Compile rule items (as in ``rules/timeline.yaml``); a bad one raises ValueError."""
    rules: list[DateRule] = []
    for item in items:
        if any(r.name == item["name"] for r in rules):
            raise ValueError(f"timeline rule {item['name']}: named twice")
        where, effect, needs = item["where"], item["effect"], frozenset(item.get("needs", ()))
        if where not in _WHERE or effect not in ("event", "not_event") or needs - set(_NEEDS):
            raise ValueError(f"timeline rule {item['name']}: bad where, effect or needs")
        raw = item["pattern"]
        optional = {
            k: _expand(item[k]) for k in ("surface", "unless_after", "and_sentence") if k in item
        }
        rules.append(
            DateRule(
                name=item["name"],
                where=where,
                effect=effect,
                patterns=tuple(_expand(p) for p in ([raw] if isinstance(raw, str) else raw)),
                window=int(item.get("window", 0)),
                needs=needs,
                why=item.get("why", ""),
                examples=tuple(item.get("examples", ())),
                **optional,
            )
        )
    return tuple(rules)


def hypothetical(text: str, start: int, end: int) -> bool:
    """True when the part ``text[start:end]`` says what may happen, not what happened."""
    return any(
        all(p.search(text, start, end) for p in r.patterns)
        and (r.and_sentence is None or r.and_sentence.search(text) is not None)
        for r in load()
        if r.where == "clause"
    )


def said_again(sentence: str, m: DateMention) -> bool:
    """True when ``m`` only refers back to the event an earlier sentence dated.

    Tried on a date an earlier sentence of its answer already gave an event of
    ("following the aggression in 1962", said again): the ``said_before`` rules.
    """
    return any(
        "said_before" in r.needs and _applies(r, sentence, m, [], {})
        for r in load()
        if r.effect == "not_event"
    )


def figure_spans(sent: SentenceNote, mentions: list[DateMention]) -> list[tuple[int, int]]:
    """Spans of the sentence's figures: counts (100 and up) and percentages, not dates.

    A figure a date overlaps is that date's: the dates sorted by start with the furthest
    end so far, a figure asks only the dates that start before it ends (a list of 2,000
    dates and years is not 2,000 x 2,000 comparisons).
    """
    dates = sorted((d.start, d.end) for d in mentions)
    starts = [a for a, _ in dates]
    reach = list(itertools.accumulate((b for _, b in dates), max))
    spans = []
    for n in sent.numbers:
        if n.compound or not (n.is_percent or n.value >= 100):
            continue
        before = bisect.bisect_left(starts, n.end)  # the dates that start before n ends
        if before and reach[before - 1] > n.start:
            continue  # one of them ends after n starts: they overlap
        spans.append((n.start, n.end))
    return spans


_FIGURE_CLAUSE_BREAK = re.compile(
    r",\s+(?:and|but|while|whereas|although|though|yet)\b|;|\s+when\s+|,\s+(?=[a-z]+ing\b)"
    r"|\s+(?:--|[–—])\s+"
)


# "withdrew the contingent, numbering as many as 3,000 troops, by November 2015": a
# participle set off by commas describes a thing; its figure is no count the date closes
_APPOSED_PARTICIPLE = re.compile(r",\s+[a-z]+ing\b(?:[^,;()]|,(?=\d{3}\b)){0,80},")


def _figure_in_clause(sentence: str, m: DateMention, figures: list[tuple[int, int]]) -> bool:
    """True when a figure stands in the clause of ``m`` (the count a date closes or opens)."""
    if not figures:
        return False
    start = max((b.end() for b in _FIGURE_CLAUSE_BREAK.finditer(sentence, 0, m.start)), default=0)
    stop = next((b.start() for b in _FIGURE_CLAUSE_BREAK.finditer(sentence, m.end)), len(sentence))
    inside = [(a, b) for a, b in figures if start <= a and b <= stop]
    if inside and "ing" in sentence:
        asides = [
            (p.start(), p.end())
            for p in _APPOSED_PARTICIPLE.finditer(sentence)
            if not p.start() <= m.start < p.end()
        ]
        inside = [(a, b) for a, b in inside if not any(s <= a and b <= e for s, e in asides)]
    return bool(inside)


_PAREN_NOTE_MAX = 80


def _parenthesis(sentence: str, m: DateMention) -> tuple[int, int] | None:
    """The span of the parentheses around ``m`` (short, not nested), or None."""
    open_at = sentence.rfind("(", max(0, m.start - _PAREN_NOTE_MAX), m.start)
    if open_at < 0 or ")" in sentence[open_at : m.start]:
        return None
    close_at = sentence.find(")", m.end, m.end + _PAREN_NOTE_MAX)
    if close_at < 0 or "(" in sentence[m.end : close_at]:
        return None
    return open_at, close_at + 1


def _region(rule: DateRule, sentence: str, m: DateMention) -> tuple[str, int, int] | None:
    """The text a rule looks at for ``m``, as ``(string, pos, endpos)``; None: nothing."""
    where = rule.where
    if where == "before":
        return sentence, max(0, m.start - rule.window), m.start
    if where == "after":
        return sentence, m.end, len(sentence)
    if where == "surface":
        return m.surface, 0, len(m.surface)
    if where in ("note", "label"):
        paren = _parenthesis(sentence, m)
        if paren is None:
            return None
        open_at, close_at = paren
        if where == "note":
            return sentence, open_at, close_at
        if open_at + 1 != m.start or close_at - 1 != m.end:
            return None  # a date with other words in parentheses labels nothing
        return sentence, max(0, open_at + 1 - rule.window), open_at + 1
    return sentence, 0, len(sentence)


def _applies(
    rule: DateRule,
    sentence: str,
    m: DateMention,
    figures: list[tuple[int, int]],
    memo: dict[str, bool],
) -> bool:
    if "figures" in rule.needs and not figures:
        return False
    if "single_date" in rule.needs and m.end_date is not None:
        return False
    if rule.where == "sentence" or rule.and_sentence is not None:
        # the same for every date of the sentence: tried once (a list of 2,000 dates)
        if rule.name not in memo:
            memo[rule.name] = _whole_sentence(rule, sentence)
        if not memo[rule.name]:
            return False
        if rule.where == "sentence":
            return "figure_in_clause" not in rule.needs or _figure_in_clause(sentence, m, figures)
    region = _region(rule, sentence, m)
    if region is None:
        return False
    text, pos, endpos = region
    if rule.where == "after":
        if not all(p.match(text, pos, endpos) for p in rule.patterns):
            return False
    elif not all(p.search(text, pos, endpos) for p in rule.patterns):
        return False
    if rule.surface is not None and rule.surface.search(m.surface.lower()) is None:
        return False
    if rule.unless_after is not None and rule.unless_after.match(sentence, m.end):
        return False
    return "figure_in_clause" not in rule.needs or _figure_in_clause(sentence, m, figures)


def _whole_sentence(rule: DateRule, sentence: str) -> bool:
    """True when the sentence-wide patterns of ``rule`` match ``sentence``."""
    if rule.and_sentence is not None and rule.and_sentence.search(sentence) is None:
        return False
    return rule.where != "sentence" or all(p.search(sentence) for p in rule.patterns)


def _is_event(
    sentence: str, m: DateMention, figures: list[tuple[int, int]], memo: dict[str, bool]
) -> bool:
    """The first rule that applies to ``m`` decides; a date no rule decides is kept.

    An ``event`` rule keeps what no rule would drop, so it is tried only when a later
    ``not_event`` rule applies (the same verdict, fewer patterns tried).
    """
    pending: list[DateRule] = []
    for rule in load():
        if rule.where == "clause" or "said_before" in rule.needs:
            continue
        if rule.effect == "event":
            pending.append(rule)
        elif _applies(rule, sentence, m, figures, memo):
            return any(_applies(r, sentence, m, figures, memo) for r in pending)
    return True


# "Heydar Aliyev (1923–2003)": a long span in parentheses after a name is a life, not an
# event ("the Korean War (1950-53)", "Operation Storm (4–7 August 1995)" are events).
_LIFE_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+\($")
_LIFE_YEARS = 30


def _a_life(sentence: str, m: DateMention) -> bool:
    if m.end_date is None or m.date is None or not _LIFE_BEFORE.search(sentence, 0, m.start):
        return False
    if not sentence.startswith(")", m.end):
        return False
    name = sentence[: m.start - 1].split()[-1]
    if re.fullmatch(rf"(?i:{_EVENT_WORDS})", name):
        return False
    return int(m.end_date[:4]) - int(m.date[:4]) >= _LIFE_YEARS


# "Resolution 242 (1967)", "The Algiers Agreement (2000)": a year in parentheses after a
# name labels the thing named; restated by a finer date of its sentence it dates no event.
_YEAR_LABEL = re.compile(r"(?<=\w\s\()\d{4}\)")
_MONTH_BEFORE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\($"
)

_SPAN_UNIT = re.compile(r"\b(?:day|week|month|year|decade|morning|evening|night)s?\b", re.I)
# "More than a month later, on July 6, 1967", "five days after the July 15 coup": the date
# after the relative phrase restates it.
_RESTATED = re.compile(r"\s*,?\s*(?:on\s+|in\s+)?(?:the\s+)?")
# "Six months after the vote, on 25 June 1991": the date after the thing a span counts
# from restates it too.
_COUNTED_THING = re.compile(
    r"\s+(?:the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*,\s*(?:on\s+|in\s+)?(?:the\s+)?"
)
_FROM_A_THING = re.compile(r"\b(?:after|before)$", re.IGNORECASE)
_APPOSED = re.compile(r"\s*,\s*")
_LATER = re.compile(r"\b(?:later|earlier|afterwards?)$", re.IGNORECASE)
_NAME_NEXT = re.compile(r"\s+[A-Z][\w'’-]*\s+[A-Z\d]")
_PREPOSITION_BEFORE = re.compile(r"\b(?i:in|on|of|by|since|from|during|until|to|after|before)\s+$")
_THAT_TIME = re.compile(r"that\s+(?:year|month)", re.IGNORECASE)


# "ended three months later with the peace treaty on 13 March 1940": the date a few
# words on in the clause, which the relative phrase agrees with, restates it.
_CLAUSE_GAP = re.compile(r"[^,;:()]{1,60}")


def _agrees_ahead(sentence: str, m: DateMention, nxt: DateMention) -> bool:
    """True when ``nxt``, an absolute date close after ``m`` in its clause, is ``m``'s date."""
    return bool(
        nxt.relative is None
        and m.date
        and nxt.date
        and nxt.date.startswith(m.date)
        and _LATER.search(m.relative or "")
        and _CLAUSE_GAP.fullmatch(sentence, m.end, nxt.start)
    )


def event_mentions(
    sentence: str, mentions: list[DateMention], figures: list[tuple[int, int]]
) -> list[DateMention]:
    """The mentions of a sentence that date an event, each date once.

    A relative phrase restating the date right before or after it gives no row of its own, and
    one date said twice ("July 4th, 1999 was the most unusual July 4th") is one row.
    """
    found = _event_candidates(sentence, mentions, figures)
    if not found:
        return []
    kept: dict[tuple[object, ...], DateMention] = {}
    for prev, m, nxt in zip([None, *found[:-1]], found, [*found[1:], None], strict=True):
        if (
            m.relative is not None
            and nxt is not None
            # "five days after the July 15 coup": a day whose year is inferred restates too
            and (
                nxt.relative is None
                or (_SPAN_UNIT.search(m.relative) and not _SPAN_UNIT.search(nxt.relative))
            )
            and (
                _RESTATED.fullmatch(sentence, m.end, nxt.start)
                or (
                    nxt.relative is None
                    and _FROM_A_THING.search(m.relative)
                    and _COUNTED_THING.fullmatch(sentence, m.end, nxt.start)
                )
                or _agrees_ahead(sentence, m, nxt)
            )
        ):
            continue
        if (
            m.relative is not None
            and prev is not None
            and prev.relative is None
            and _LATER.search(m.relative)
            and _APPOSED.fullmatch(sentence, prev.end, m.start)
        ):
            continue  # "began in 1999, five years later": the date says it already
        if (
            m.relative is not None
            and _THAT_TIME.fullmatch(m.relative)
            and any(p.start < m.start and (p.date or "").startswith(m.date or "-") for p in found)
        ):
            continue  # "began on 6 October 1973, ... in that year": its own sentence's date
        key: tuple[object, ...] = (m.date, m.end_date)
        if m.relative is not None and _SPAN_UNIT.search(m.relative):
            key = (m.start,)  # "signed the same day": a second event on that date
        if key not in kept or (kept[key].relative is not None and m.relative is None):
            kept[key] = m
    return sorted(kept.values(), key=lambda m: m.start)


def _event_candidates(
    sentence: str, mentions: list[DateMention], figures: list[tuple[int, int]]
) -> list[DateMention]:
    """The mentions of a sentence that date an event (see the module docstring)."""
    memo: dict[str, bool] = {}
    dated = [
        m
        for m in mentions
        if m.date is not None and _is_event(sentence, m, figures, memo) and not _a_life(sentence, m)
    ]
    plain = [m for m in dated if not m.adjective]
    if len(plain) > 1:
        # the label's year restated by a finer date of the sentence: "The Algiers Agreement
        # (2000) ... signed on June 18, 2000"
        years = {m.date[:4] for m in plain if m.date and m.precision != "year"}
        labels = [
            m
            for m in plain
            if _YEAR_LABEL.match(sentence, m.start)
            and (
                (m.date or "")[:4] in years
                # "by the end of last July (1999)": the year of a month said before it
                or _MONTH_BEFORE.search(sentence, max(0, m.start - 12), m.start)
            )
        ]
        # "1969 Northern Ireland riots ... Date 12–16 August 1969": a year naming the thing
        # before a finer date of that year in its sentence (an infobox's title)
        labels += [
            m
            for m in plain
            if m.precision == "year"
            and m.end_date is None
            and (m.date or "")[:4] in years
            and _NAME_NEXT.match(sentence, m.end)
            and not _PREPOSITION_BEFORE.search(sentence, max(0, m.start - 12), m.start)
        ]
        if len(labels) < len(plain):
            plain = [m for m in plain if m not in labels]
    if plain:
        plain_years = {(m.date or "")[:4] for m in plain}
        # "the 1965 and 1971 wars": the first year of a list before an event noun too.
        # "... after the 1994 genocide in Rwanda": an event a time phrase points to, too.
        listed = [
            m
            for m in dated
            if m.adjective
            and (
                _YEARS_NOUN.match(sentence, m.start)
                or (
                    EVENT_NOUN.match(sentence, m.start)
                    and (
                        _TIME_PREPOSITION.search(sentence, max(0, m.start - 30), m.start)
                        # "... in contradiction of the 1960 Treaty of Guarantee": an event
                        # of a year no other date of the sentence gives
                        or (m.date or "")[:4] not in plain_years
                    )
                )
            )
        ]
        return sorted(plain + listed, key=lambda m: m.start)
    # "the 1982 Falklands War"; "the 1965 and 1971 wars": each year of the event noun.
    return [
        m
        for m in dated
        if EVENT_NOUN.match(sentence, m.start) or _YEARS_NOUN.match(sentence, m.start)
    ]
