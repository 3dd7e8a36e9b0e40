"""The ``timeline`` fact table: one row per dated event stated in an answer.

Dates are found by :mod:`karabakh_nb.dates`; this module decides which date
mentions date an *event* (the patterns are data, ``rules/timeline.yaml``, each with
its examples; :mod:`karabakh_nb.timeline_mentions` applies them) and describes that
event from its sentence. Rules:

* A mention dates an event when it resolves to a date. Relative phrases are
  resolved on the nearest earlier date of the same answer; phrases that need the
  publication date ("Last year", "Thursday", "21 December" in an answer with no
  year) only when ``as_of`` is given. :func:`unresolved_relative_dates` lists the
  rest for ``check``.
* Not events: a date introduced by "as of" (it qualifies a state: "As of 2019,
  Azerbaijan maintains relations with ..."); dates of population figures (in a sentence
  about a population or census that gives a figure: observations, which the demographics
  table carries with their year), unless an event is named right beside the date ("the
  last census in 1991", "the invasion in 1990", "the 1992-1993 war") or the sentence
  says people were moved or killed ("were displaced", "had taken refuge"); a date
  closing the count of a figure in its clause ("bringing the total to 266,200 by the end
  of 1999", "captured up to November 16, 1962") or opening it ("65 killed a day since
  August 1"), a period heading a count ("from 1945 to 1951: 15,268 dead"), the date an
  estimate was made ("estimated in 1964 that ... 1.5 million dead"); dates of sources and
  citations ("data from 2010", "(RI 25 June 1999)"); a year in parentheses labelling a
  name beside another date ("Resolution 242 (1967)"), or after a figure, a document noun
  or a cited source ("40,000 (1976)", "the Refugee Report (1987)", "according to ...,
  Smith (1994)"), and a date in parentheses with an estimate or a share ("(2018 est.)",
  "(99% in 2010)"); a date after "since" that bounds an ordinal or superlative ("the
  third invasion since 1978"); decades ("in the 1980s"); births ("born on ..."), a life
  or a reign in parentheses ("Heydar Aliyev (1923–2003)", "(b. 1931)", "(r. 1832–1862)"),
  a citation's year and page ("Smith (2004: 12)"), news datelines ("SARAJEVO, May 22
  (FENA) –") and a page's own dates ("last updated on ...", "first published in 1987");
  a date in a part that only may happen ("may join the alliance in 2030", "could resume
  in 2027 if ..."), will happen ("will be held in 2031", "are to leave by 2029"), was
  averted ("the narrowly avoided resumption of hostilities in 1976") or is planned ("are
  expected in 2026", "scheduled for May 1995", "aimed to rebuild the army by 1995"), unless
  a past "when" clause after a past date tells what happened then ("might end the way it
  had in 1896, when Sylvanian forces destroyed an army"); a
  process going on through a date ("tension building ... through 1962"); the date of a count,
  a holding or a statistic ("the toll stood at 3,000 in May 1993", "in 1990 the army had
  40,000 soldiers", "unemployment was 40% in 1995", "grew from 10,000 in 1990 to ..."),
  of a change since it ("since 2000 the number of deaths has fallen") and of a lasting
  state ("has controlled the valley since 1994", "were still living in camps in 2010",
  "in office since 1994", "Sylvania, a kingdom since 1801, ...").
* A relative phrase restated by the date right after it ("a month later, on 6 July
  1967"), or by the date it agrees with a few words on in its clause ("ended three months
  later with the treaty on 13 March 1940"), gives no row of its own, a date said twice
  in a sentence is one row, and so is one event named twice in an answer with its date
  ("the 1975 invasion"), and "in that year" after its own sentence's date gives none; a
  heading that is only a date ("April 13, 1975") gives none when a later sentence of its
  answer states that date.
* A year used as an adjective ("The 2020 Nagorno-Karabakh war was ...") dates an
  event only when it qualifies an event noun (war, conflict, ceasefire, election,
  ...) and no other date of the sentence gives its year ("ended in August 1974, in
  contradiction of the 1960 Treaty of Guarantee" gives both; "The 1982 war began on 6
  June 1982" one); alone in its sentence, the event is then that noun phrase ("2020
  Nagorno-Karabakh war").
* A range ("from 7 to 12 August 2008", "between late September and early
  November 2020", "from 1 November 1955 to the fall of Saigon on 30 April 1975",
  "started on 12 July 2006, and continued until a ceasefire ... on 14 August 2006")
  is one row: ``date`` the start, ``end`` the end (:mod:`karabakh_nb.timeline_spans`), and
  so are two days in a row of a meeting ("the talks were held on 28 and 29 December"). A
  range's end a "when" clause dates ("until 7 July 1991, when the accords were signed")
  or a thing of one day that befell its subject ends ("from 1948 until his assassination
  in 1951") and the dated thing that opens a span ("between the annexation of X in 1783
  and 1800") are rows of their own too; a year naming a thing before a finer date of
  that year ("1969 Sylvania riots ... Date 12–16 August 1969", an infobox's title) is
  none.
* An opening subordinate clause ("After talks failed to reunite the country, war
  broke out in July 1967") is a part of its own: a date after it describes the main
  clause, one inside it the opening clause.
* Several dates in one sentence are several events when the sentence can be split
  between them at a clause boundary (", and", ";", ", while", ...) or, within a
  clause, at the last "and" between two dates ("was signed in May 1994 and a
  ceasefire took effect on 12 May 1994").

The ``event`` text is the sentence part (clause) holding the date, with every
date phrase and its preposition removed, leading connectors ("In all,", "and")
dropped, a missing subject borrowed from the sentence's subject ("it",
"... and became ..."), and cut at the last clause comma or preposition that
keeps it within ``EVENT_MAX_CHARS`` characters. For the text, a part opens at "and"
or "but" only where what follows says more than a name ("between Freedonia and
Sylvania from May 1990" opens none; an elliptic "and Sylvania on 9 June" keeps the
predicate before it); a year naming an event beside a clause's own date is that
event's name ("1931 Liberation War"); a phrase set off by commas after the subject
("The Duck War, also called ..., was fought") and a dangling last word are dropped.
Which rows there are never depends on the text.

Rows are sorted by date (ISO strings at mixed precision sort chronologically:
``1990`` < ``1990-01`` < ``1990-01-05``), then by the answer's place in the
corpus, then by position in the answer.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterator

import pandas as pd

from ._frames import records_frame
from .annotate import SentenceNote, annotate
from .dates import DateMention, find_dates, parse_as_of, with_offset
from .lexicon import read_words
from .timeline_events import (
    EVENT_MAX_CHARS,
    clean_edges,
    describe_event,
    event_subject,
    strip_dates,
    truncate,
)
from .timeline_mentions import (
    EVENT_NOUN,
    event_mentions,
    figure_spans,
    hypothetical,
    said_again,
)
from .timeline_spans import join_ranges, when_ends
from .timeline_unresolved import UNRESOLVED_COLUMNS, unresolved_relative_dates

__all__ = [
    "EVENT_MAX_CHARS",
    "TIMELINE_COLUMNS",
    "UNRESOLVED_COLUMNS",
    "describe_event",
    "extract_timeline",
    "unresolved_relative_dates",
]

TIMELINE_COLUMNS = ["date", "precision", "end", "event", "relative", "qa_id", "evidence"]

_CLAUSE_BREAK = re.compile(
    r",\s+(?:and|but|while|whereas|although|though|yet)\b\s*|;\s*|\s+while\s+|\s+whereas\s+"
)
_AND = re.compile(r"\s+and\s+")
# "lost the post in May but recaptured it in June": two events of one clause
_AND_BUT = re.compile(r"\s+(?:and|but(?!\s+not\b))\s+")
_NAME_GLUE = read_words("name_glue_words")
_LIST_ITEM = re.compile(r",\s+[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*)?$")
_OPENER = re.compile(
    r"(?:After|Although|Though|While|When|Once|Because|As|Since|Before|Until|If|Whereas)\b"
    r"(?:[^,;]|,(?=\d{3}\b)){3,150},"  # "Although more than 9,000 fled,"
)
_COMMA = re.compile(r"\s*,\s*")
_COUNTED_FROM = re.compile(r"\b(?:before|after)$")
# "are expected to meet before he returns to Juba, which he fled when fighting broke out in
# July 2016": a relative clause after the plan tells what happened
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whom|where)\s+")
_PAST_TOLD = re.compile(r"\b(?:was|were|had|did|[a-z]{2,}ed)\b")
_MODAL = re.compile(r"\b(?:will|would|may|might|could|shall|should|to)\b")


def _opens_clause(sentence: str, start: int, stop: int, inside: list[tuple[int, int]]) -> bool:
    """True when the words from ``start`` to ``stop``, dates aside, say more than a name.

    "between Uganda and Tanzania from May 1990": the "and" joins two names, and the part
    it would open ("Tanzania") states no event; "and Sweden followed in March 2024" does.
    """
    spans = [(a - start, b - start) for a, b in inside if start <= a and b <= stop]
    words = strip_dates(sentence[start:stop], spans).split()
    return any(w[:1].islower() and w.lower() not in _NAME_GLUE for w in words)


def _segments(
    sentence: str,
    mentions: list[DateMention],
    events: list[DateMention],
    *,
    states_clause: bool = False,
) -> list[tuple[int, int, bool]]:
    """Split a sentence into one part per event mention: ``(start, end, after_and)``.

    With ``states_clause`` (for the event text) a split at "and" must open a part that
    says more than a name (:func:`_opens_clause`).
    """
    inside = [(m.start, m.end) for m in mentions]

    def free(pos: int) -> bool:
        return not any(s <= pos < e for s, e in inside)

    bounds = [
        (m.start(), m.end(), m.group(0).strip(" ,").startswith("and"))
        for m in _CLAUSE_BREAK.finditer(sentence)
        if free(m.start())
        # "in Vietnam, Laos, and Cambodia": the comma of a list joins no clause
        and not (
            m.group(0).startswith(",")
            and m.group(0).strip(" ,") in ("and", "or")
            and _LIST_ITEM.search(sentence, 0, m.start())
        )
    ]
    opener = _OPENER.match(sentence)
    if (
        opener is not None
        and free(opener.end() - 1)
        # a clause, not a date phrase: "Since 1992, ..." opens with no clause of its own
        and len(strip_dates(opener.group(0), inside).split()) >= 4
    ):
        # "After talks failed to reunite the country, war broke out in July 1967": the
        # opening clause is a part of its own
        bounds = sorted([(opener.end() - 1, opener.end(), False), *bounds])
        bounds = [b for b in bounds if b[0] >= opener.end() - 1]
    counted_from = [
        (m.start, m.end) for m in mentions if m.relative and _COUNTED_FROM.search(m.surface)
    ]
    clauses: list[tuple[int, int, bool]] = []
    pos, joined = 0, False
    for s, e, is_and in bounds:
        clauses.append((pos, s, joined))
        pos, joined = e, is_and
    clauses.append((pos, len(sentence), joined))
    out: list[tuple[int, int, bool]] = []
    for c_start, c_end, c_and in clauses:
        inner = [m for m in events if c_start <= m.start < c_end]
        if not inner:
            continue
        part_start, part_and, part_events = c_start, c_and, [inner[0]]
        for i, (left, right) in enumerate(itertools.pairwise(inner)):
            splits = [
                m
                for m in (_AND_BUT if states_clause else _AND).finditer(
                    sentence, left.end, right.start
                )
                if free(m.start()) and m.end() < right.start
            ]
            elliptic = False
            if splits and states_clause:
                stop = inner[i + 2].start if i + 2 < len(inner) else c_end
                opening = [m for m in splits if _opens_clause(sentence, m.end(), stop, inside)]
                # "ratified it on 2 May and Sylvania on 9 June": the part after "and"
                # shares the predicate before it, and keeps it
                elliptic = not opening
                splits = opening or splits
            if not splits and any(left.end <= a and b <= right.end for a, b in counted_from):
                # "in 1991, a year before it seceded": the span dates what follows it (also
                # when a date restates it: "on July 20, five days after the July 15 coup")
                splits = list(_COMMA.finditer(sentence, left.end, right.start))
            if not splits:  # cannot be separated ("in April and June 1992"): one part
                part_events.append(right)
                continue
            out.extend((part_start, splits[-1].start(), part_and) for _ in part_events)
            if elliptic:
                part_events = [right]
            else:
                part_start, part_and, part_events = splits[-1].end(), True, [right]
        out.extend((part_start, c_end, part_and) for _ in part_events)
    return out


def _answer_events(
    answer: str, mentions: list[DateMention]
) -> Iterator[tuple[DateMention, str, str]]:
    """Yield ``(mention, event, evidence)`` for each dated event of one answer."""
    index = 0
    dated: set[tuple[str | None, str | None]] = set()
    described: set[tuple[str | None, str | None, str]] = set()
    rows: list[tuple[DateMention, str, str, bool]] = []
    for sent in annotate(answer).sentences:
        local: list[DateMention] = []
        while index < len(mentions) and mentions[index].start < sent.end:
            m = mentions[index]
            if m.start >= sent.start:
                local.append(with_offset(m, -sent.start))
            index += 1
        if not local:
            continue
        found = _sentence_events_cached(sent, tuple(local))
        for m, event, evidence in found:
            if (m.date, m.end_date) in dated and said_again(evidence, m):
                continue  # the event of an earlier sentence, referred to again
            again = (m.date, m.end_date, event.casefold())
            if again in described:
                continue  # "the 1975 invasion" named again: one event, one row
            described.add(again)
            rows.append((m, event, evidence, _a_heading(evidence, m)))
        dated.update((m.date, m.end_date) for m, _, _ in found)
    # "April 13, 1975" alone, then "What happened on April 13, 1975, ...": the heading's
    # date is the event a later sentence states; that sentence gives the row.
    told = {(m.date, m.end_date) for m, _, _, heading in rows if not heading}
    for m, event, evidence, heading in rows:
        if not (heading and (m.date, m.end_date) in told):
            yield m, event, evidence


_HEADING_EDGE = re.compile(r"[\W_]*")


def _a_heading(sentence: str, m: DateMention) -> bool:
    """True when the date ``m`` is all its sentence says (a heading: "April 13, 1975")."""
    return bool(
        _HEADING_EDGE.fullmatch(sentence, 0, m.start) and _HEADING_EDGE.fullmatch(sentence, m.end)
    )


# What a sentence's dates give depends on its text and those dates alone (their offsets
# are the sentence's): kept per distinct pair, since scraped answers share many sentences.
_EVENTS: dict[tuple[str, tuple[DateMention, ...]], tuple[tuple[DateMention, str, str], ...]] = {}
EVENTS_CACHE_SIZE = 16_384


def _sentence_events_cached(
    sent: SentenceNote, local: tuple[DateMention, ...]
) -> tuple[tuple[DateMention, str, str], ...]:
    key = (sent.text, local)
    found = _EVENTS.get(key)
    if found is None:
        if len(_EVENTS) >= EVENTS_CACHE_SIZE:
            _EVENTS.clear()
        _EVENTS[key] = found = tuple(_sentence_events(sent, list(local)))
    return found


def _sentence_events(
    sent: SentenceNote, local: list[DateMention]
) -> Iterator[tuple[DateMention, str, str]]:
    """Yield ``(mention, event, evidence)`` for each dated event of one sentence."""
    text = sent.text
    figures = figure_spans(sent, local)
    local = when_ends(text, join_ranges(text, local))
    events = event_mentions(text, local, figures)
    if not events:
        return
    if len(events) == 1 and events[0].adjective:
        m = events[0]
        phrase = EVENT_NOUN.match(text, m.start)
        if _stated(sent, m.start):
            yield m, phrase.group(0) if phrase else text, text
        return
    spans = [(m.start, m.end) for m in local]
    parts = _segments(text, local, events)
    # The event text: a year that names an event beside a clause's own date ("the 1979
    # Liberation War, was fought ... from May 1978") is that event's name; the parts
    # split at an "and" only where it opens more than a name.
    named = _named_events(text, events)
    told = dict(zip(events, _segments(text, local, events, states_clause=True), strict=True))
    subject = None
    if any(start > 0 for start, _, _ in [*parts, *told.values()]):
        first_end = _CLAUSE_BREAK.search(text)
        head = text[: first_end.start() if first_end else len(text)]
        subject = event_subject(clean_edges(strip_dates(head, spans)))
    # Each part is described once, with only the date spans inside it: the dates of a
    # long list share one part, and describing it once per date was quadratic.
    described: dict[tuple[int, int, bool], str] = {}
    starts, ends = [a for a, _ in spans], [b for _, b in spans]
    ordered = ends == sorted(ends) and starts == sorted(starts)
    maybe: dict[tuple[int, int], bool] = {}  # the dates of one long list share a part
    for m, (s, e, after_and) in zip(events, parts, strict=True):
        if (s, e) not in maybe:
            maybe[s, e] = hypothetical(text, s, e)
        if not _stated(sent, m.start) or (
            maybe[s, e] and not _told_after_plan(text, s, m.start, e) and not _told_when(text, m)
        ):
            continue  # negated, denied, asked about or hypothetical: no event
        if m in named:
            yield m, named[m], text
            continue
        s, e, after_and = told[m]
        key = (s, e, after_and)
        if key not in described:
            inside = (
                spans[bisect.bisect_right(ends, s) : bisect.bisect_left(starts, e)]
                if ordered
                else spans
            )
            event = describe_event(text, s, e, inside, subject=subject, borrow_subject=after_and)
            described[key] = event or truncate(text)
        yield m, described[key], text


def _told_after_plan(text: str, start: int, at: int, end: int) -> bool:
    """True when the date at ``at`` is in a past relative clause after a plan's words."""
    told_at = max((r.end() for r in _RELATIVE_CLAUSE.finditer(text, start, at)), default=start)
    return (
        told_at > start
        and _PAST_TOLD.search(text, told_at, at) is not None
        and _MODAL.search(text, told_at, end) is None
        and not hypothetical(text, told_at, end)
    )


# "might end the way it had in 1896, when Ethiopian forces destroyed an army": a past
# "when" clause after the date tells what happened then
_WHEN_TOLD = re.compile(r",\s+when\s+(?:[\w'’-]+\s+){1,4}?(?:[a-z]{2,}ed|was|were|had)\b")


_PAST_BEFORE = re.compile(r"\b(?:had|did|was|were)\b[^,;]{0,20}$")


def _told_when(text: str, m: DateMention) -> bool:
    """True when a past "when" clause right after the past date ``m`` says what happened."""
    told = _WHEN_TOLD.match(text, m.end)
    return (
        told is not None
        and _MODAL.search(text, m.end, told.end()) is None
        and _PAST_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
    )


def _named_events(text: str, events: list[DateMention]) -> dict[DateMention, str]:
    """The adjective years of ``events`` that name an event: ``{mention: name}``.

    Only beside a date of a clause's own: alone, the year's part is its sentence's.
    """
    if all(m.adjective for m in events):
        return {}
    named: dict[DateMention, str] = {}
    for m in events:
        phrase = EVENT_NOUN.match(text, m.start) if m.adjective else None
        if phrase is not None:
            named[m] = phrase.group(0)
    return named


# "The army failed to take the city in 1993": the attempt that failed is an event, and so
# is a refusal ("refused to surrender in 1900").
_FAILED_TO = re.compile(r"(?:failed|refused)\s+to\b", re.IGNORECASE)


def _stated(sent: SentenceNote, pos: int) -> bool:
    """True when the date at ``pos`` dates a stated event (a failed attempt, a refusal)."""
    if sent.affirmed(pos):
        return True
    scope = next(s for s in sent.scopes if s.start <= pos < s.end)
    return scope.polarity == "negated" and _FAILED_TO.match(sent.text, scope.start) is not None


def extract_timeline(qa: pd.DataFrame, as_of: dt.date | str | None = None) -> pd.DataFrame:
    """Extract the ``timeline`` table: one row per dated event stated in an answer.

    Args:
        qa: The ``qa`` table (:func:`karabakh_nb.load`).
        as_of: Publication date; resolves "Last year", "Thursday" and day/month
            mentions in answers that give no year. Without it those are left out
            here and listed by :func:`unresolved_relative_dates`.

    Returns:
        Columns ``TIMELINE_COLUMNS``; ``date`` and ``end`` are ISO strings at the
        row's precision, ``end`` and ``relative`` None when absent.

    Raises:
        UsageError: ``as_of`` is not a valid ``YYYY-MM-DD`` date.

    Example:
        >>> import karabakh_nb as kn
        >>> t = extract_timeline(kn.load())
        >>> t.loc[t["date"] == "2015-01-02", "precision"].tolist()
        ['day']
    """
    when = parse_as_of(as_of)
    rows: list[tuple[object, ...]] = []
    for order, (qa_id, answer) in enumerate(
        zip(qa["id"].tolist(), qa["answer"].tolist(), strict=True)
    ):
        if not isinstance(answer, str) or not answer:
            continue
        mentions = find_dates(answer, as_of=when)
        if not any(m.date is not None for m in mentions):
            continue
        for m, event, evidence in _answer_events(answer, mentions):
            rows.append(
                (
                    m.date,
                    m.precision,
                    m.end_date,
                    event,
                    m.relative,
                    qa_id,
                    evidence,
                    order,
                    m.start,
                )
            )
    frame = records_frame(rows, [*TIMELINE_COLUMNS, "_order", "_pos"], as_object=True)
    frame = frame.sort_values(["date", "_order", "_pos"], kind="stable")
    frame = frame.drop(columns=["_order", "_pos"]).reset_index(drop=True)
    for col in TIMELINE_COLUMNS:
        frame[col] = frame[col].astype(object)
    for col in ("end", "relative"):
        frame[col] = frame[col].where(frame[col].notna(), None)
    return frame
