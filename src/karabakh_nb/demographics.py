"""The ``demographics`` fact table: shares of groups and population counts.

Every row is one statement read from one answer sentence (its ``evidence``).
Four kinds of statement are read, by general rules:

* **Shares**: a percentage tied to a group of people. The group follows the
  percentage ("85% Shia", "77% were ethnic Armenians", "15% of the population are
  Sunni"), precedes it with a linking verb ("ethnic Ossetians made up 66%",
  "Azerbaijanis were 22%"), or precedes it in a gapped list ("... and ethnic
  Georgians 29%"); "of them" / "of whom" may stand between ("145,053 residents,
  99.7% of them Armenians"). A verb of naming or declaring may also stand between,
  the group being the name right after it: "67.5% of the population named X as
  their native language", "20% declared themselves X", "95% identified as X" (also
  considered, described, called, reported, listed, gave, chose, cited, "registered as");
  "named the economy" names no group. A group is a name of people: a demonym
  ("Azerbaijanis"), "ethnic"/"religious" + name, a religious group ("Shia",
  "Christians") or another capitalised plural ("Kurds"); "Turnout in Armenia was 49%"
  has no group and is skipped. ``unit`` is ``percent``. A qualifier distributes over a
  list ("approximately 85% Shia and 15% Sunni": both ``approx``) when only the previous
  group and "and" or a comma stand between the two figures.
* **Majorities**: "X, inhabited mostly by Y" (also "mainly", "predominantly",
  "largely", "populated", "settled"), "Y form a majority in X", "the majority of
  the population are Y". ``value`` is null, ``unit`` ``percent`` (a share whose
  size is not given), ``qualifier`` ``majority``.
* **Populations**: "a population of about 189,000", "the population of South
  Ossetia was estimated at 53,000", "its population grew from 150,000 in 1989 to
  145,000 in 2015", "home to 50,000 people", "has 53,000 inhabitants", "the 2015
  census counted 145,053 residents" (also "recorded", "registered", "found"; a bare
  figure or one of people). ``group`` is ``population``, ``unit`` ``people``; a
  number the date reader takes for a year ("in 1989") is never a population.
* **Group counts**: a group counted where it lives, "about 120,000 ethnic Armenians
  lived in Nagorno-Karabakh" (also "live", "were living", "resided"), or by a census
  ("the census recorded 145,450 Armenians"). ``group`` is the group (``population``
  for "people", "residents"), ``unit`` ``people``. The place must be named right
  after "in" and is the subject ("lived in the village" names none: no row).

More phrasings live in :mod:`.demographic_shares` ("Kurds are the largest minority, at
10%"; lists), :mod:`.demographic_counts` ("Estonia has 2 million Kurds", "with its 1.3
million inhabitants"), :mod:`.demographic_majorities` and :mod:`.demographic_subjects`.

Rankings ("the second highest Shia population percentage"), percentages of anything but
people ("85% of the vote"), shares of casualties ("10% of the dead") and casualty
figures are not demographics.

**Subject** (place or state): for "lived in X" the place X; for "X, inhabited mostly by"
the noun phrase before the comma (its last place name, else the phrase itself without
determiners: "seven surrounding districts"); otherwise the first place named in the
sentence (a state, side or region that is not a demonym inside the group), else the
nearest place named in an earlier sentence of the answer, else the first place the
question names ("Is Azerbaijan Shia or Sunni?"), else null. Regions keep their own name
("Nagorno-Karabakh"), since demographics describe places.

**Year**: the year of a date right after the figure ("53,000 in 2015"), else of the
nearest date before it in the sentence ("In 1989, ..."), else the nearest after it, else
the first date in the question, else null.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Iterator
from typing import Any

import pandas as pd

from ._frames import records_frame
from .annotate import annotate
from .annotate.cues import SentenceCue
from .dates import find_dates
from .demographic_anaphora import anaphoric_figures, antecedent
from .demographic_bracket_counts import bracketed_counts
from .demographic_bracket_shares import bracketed_shares, counts_before_shares
from .demographic_compositions import composed_counts
from .demographic_gapped_counts import gapped_counts
from .demographic_identifying import identified_shares
from .demographic_later_figures import later_figures
from .demographic_majorities import majorities
from .demographic_peoples import people_populations
from .demographic_populations import _HEADING, _THE_REGION, _Found, _populations
from .demographic_ranges import range_lows
from .demographic_ratios import per_hundred_shares, ratio_shares
from .demographic_respectively import respectively
from .demographic_share_places import _where_place
from .demographic_shares import shares
from .demographic_subjects import (
    asks_demographics,
    people_side,
    question_place,
    sentence_town,
    subject_places,
)
from .demographic_tables import (
    runs_population,
    table_population,
    table_runs,
    tables_population,
)
from .demographic_years import _Dates, _year, _year_near
from .entities import find_entities, find_entities_in_question, kind_of
from .numbers import NumberMention
from .rules import merge_demographics

__all__ = ["DEMOGRAPHIC_COLUMNS", "extract_demographics"]

DEMOGRAPHIC_COLUMNS = [
    "subject",
    "group",
    "value",
    "unit",
    "qualifier",
    "year",
    "qa_id",
    "evidence",
]

# Cheap prefilter: a sentence that may hold a demographic statement.
# Run on lower-cased text. Factored by first letters, every branch opening with a literal
# (no look-ahead, no word boundary first), so the engine skips the positions no branch can start at
# without entering the pattern ("has" opening a word: "h", then no word letter before it). One
# branch per first letter: the engine tries a position's branches one by one ("one in five"
# and "nearly all" are in the branches of "o" and "n").
_IN = r"\s+(?:in|out\s+of)\s"  # "one in five", "two out of three"
_CUE = re.compile(
    r"%|a(?:lmost\s+all\b)|c(?:ountry\s+of\b|ity\s+of\b|hiefly|ensus|ommunit)"
    rf"|e(?:thnic\s+(?:groups|divisions|summary)|ntirely|xclusively|ight{_IN})"
    rf"|f(?:ifths?\b|our{_IN}|ive{_IN})|h(?:alf|ome\b|(?<!\wh)a(?:[sd]|ve)\b)"
    r"|i(?:nhabit|sland\s+of\b|ts\s+number)|l(?:argely|iv(?:e[ds]?|ing)\b)"
    r"|m(?:ost(?:ly)?\b|ainly|ajority|inority)"
    rf"|n(?:ation\s+of\b|umber(?:\s+of|ed\b|ing\b)|ine{_IN}|early\s+all\b)"
    rf"|o(?:verwhelmingly|f\s+them\b|ne{_IN})"
    r"|p(?:ercent|er\s*cent|opulat|op\.|redominantly|rimarily|eople|ractically\s+all\b)"
    rf"|quarters?\b|r(?:egion\s+of\b|esid|emain(?:s|ed)?\s+in\b)|s(?:ouls\b|ix{_IN}|even{_IN})"
    r"|t(?:own\s+of\b|enths?\b|hirds?\b|heir\s+home|heir\s+number|here\s+(?:are|were|is|was)\b"
    rf"|hey\s+number|wo{_IN}|hree{_IN})|virtually\s+all\b"
)
_CUE_TEST = SentenceCue(_CUE)  # its verdict per distinct sentence (annotate.cues)
# How far after a statement the place it is said of may be named.
_PLACE_REACH = 60


class _Context:
    """Places and dates around one answer, computed on demand."""

    def __init__(self, question: str | None, spans: list[Any]) -> None:
        self.question = question if isinstance(question, str) else ""
        self.spans = spans
        self._sentence_places: dict[int, list[str]] = {}
        self._question_place: list[str | None] = []
        self._question_year: list[int | None] = []
        self._region: list[str | None] = []
        self._question_states: set[str] | None = None

    def places_of(self, index: int) -> list[str]:
        if index not in self._sentence_places:
            # A place no list holds counts too ("the people of Lowbury, a province of X").
            text = self.spans[index].text
            self._sentence_places[index] = [name for _, name in subject_places(text, [])[0]]
        return self._sentence_places[index]

    def fallback_place(self, index: int) -> str | None:
        # "What was the population of Biafra?": the place asked about is the topic.
        if asks_demographics(self.question) and (place := self.question_place()):
            return place
        asked = self.question_states()
        for j in range(index - 1, -1, -1):
            places = self.places_of(j)
            if places:
                # "Lowbury Colony is a settlement in X": the unlisted place it opens with.
                if sentence_town(self.spans[j].text) == (0, places[0]):
                    return places[0]
                # "Russia deploys troops in Tajikistan" before "the state of 5.7 million",
                # asked about Tajikistan: the place the question names among them.
                return next((p for p in places if p in asked), places[0])
        if place := self.question_place():
            return place
        # "About 1% of the population is ..." opening an answer that names its state later:
        # the state the answer is about.
        for j in range(index + 1, len(self.spans)):
            later = [p for p in self.places_of(j) if kind_of(p) == "state"]
            if later:
                return later[0]
        # "How many died in the Sylvan war?": the one state the question names by its demonym.
        named = self.question_states()
        return next(iter(named)) if len(named) == 1 else None

    def question_states(self) -> set[str]:
        """The states and sides the question names, by name or demonym ("the Tajik accord")."""
        if self._question_states is None:
            self._question_states = {str(e.name) for e in find_entities_in_question(self.question)
                                     if e.kind in ("state", "side", "region")
                                     and not people_side(e)}  # fmt: skip
        return self._question_states

    def region_place(self) -> str | None:
        """The one region or side (not a state) the pair names, for "the region", "the enclave"."""
        if not self._region:
            texts = [self.question, *(span.text for span in self.spans)]
            names = {e.name for t in texts for e in find_entities(t)
                     if e.kind in ("region", "side") and not e.adjective}  # fmt: skip
            self._region.append(names.pop() if len(names) == 1 else None)
        return self._region[0]

    def question_place(self) -> str | None:
        if not self._question_place:
            self._question_place.append(question_place(self.question))
        return self._question_place[0]

    def question_year(self) -> int | None:
        if not self._question_year:
            years = [_year(m.date) for m in find_dates(self.question) if m.date]
            self._question_year.append(years[0] if years else None)
        return self._question_year[0]


# "77.5% ..., up from 71.9%", "a rise from the 655,000 counted": the statement's earlier figure.
_EARLIER = re.compile(
    r"(?:,\s*|\s+)(?:(?:up|down)\s+from|compared\s+(?:with|to)|(?:an?\s+(?:[a-z]+\s+)?)?(?:rise"
    r"|increase|fall|drop|decline)\s+from(?:\s+the)?)\s+$"
)


def _with_earlier_figures(
    text: str, numbers: list[NumberMention], found: list[_Found]
) -> list[_Found]:
    """``found`` with the earlier figure of a statement ("up from 71.9%") as its own row."""
    taken = {f.start for f in found}
    out = list(found)
    for number in numbers:
        if number.start in taken or not _EARLIER.search(
            text, max(0, number.start - 30), number.start
        ):
            continue
        unit = "percent" if number.is_percent else "people"
        said = [
            f for f in found if f.end <= number.start and f.unit == unit and f.value is not None
        ]
        if said and ";" not in text[said[-1].end : number.start]:
            out.append(dataclasses.replace(said[-1], start=number.start, end=number.end,
                                           value=number.value, qualifier=number.qualifier,
                                           year=None))  # fmt: skip
    return sorted(out, key=lambda f: f.start)


# What a sentence states (its statements, places and dates) depends on its text alone:
# kept per distinct sentence, since scraped answers share many; bounded, emptied when full.
_Stated = tuple[tuple[_Found, ...], list[tuple[int, str]], list[str], _Dates]
_STATED: dict[str, _Stated] = {}
STATED_CACHE_SIZE = 8192


def _stated(span: Any) -> _Stated:
    """The affirmed statements of a sentence in order, its places and its dates."""
    text = span.text
    if text in _STATED:
        return _STATED[text]
    if len(_STATED) >= STATED_CACHE_SIZE:
        _STATED.clear()
    _STATED[text] = kept = _read_stated(span)
    return kept


def _read_stated(span: Any) -> _Stated:
    """What the sentence's text alone states; the answer adds table rows and anaphora."""
    text = span.text
    found: list[_Found] = []
    numbers = span.numbers
    for number, span_, qualifier, named in shares(text, numbers):
        found.append(_Found(number.start, number.end, span_, named, number.value, "percent",
                            qualifier))  # fmt: skip
    shared = {f.start for f in found}
    for number, span_ in identified_shares(text, numbers):
        if number.start not in shared:
            found.append(_Found(number.start, number.end, span_, None, number.value, "percent",
                                number.qualifier))  # fmt: skip
    found.extend(f for f in ratio_shares(text) if f.start not in shared)
    found.extend(f for f in per_hundred_shares(text, numbers) if f.start not in shared)
    for start, end, group, subject in majorities(text):
        # "Marlow, an archipelago, where Setonian speakers constitute a majority".
        subject = subject or _where_place(text, group[0])
        # "a predominantly Islamic country": its people are Muslims.
        named = "Muslim" if text[group[0] : group[1]] == "Islamic" else None
        found.append(_Found(start, end, group, subject, None, "percent", "majority", named))
    found.extend(_populations(text, numbers))
    counted = {f.start for f in found}
    found.extend(f for f in bracketed_counts(text, numbers) if f.start not in counted)
    counted = {f.start for f in found}
    found.extend(f for f in composed_counts(text, numbers) if f.start not in counted)
    found = [f for f in found if span.affirmed(f.start)]
    found.sort(key=lambda f: f.start)
    # Group names are not places: "ethnic Armenians" says nothing about Armenia; the
    # state a census or a source belongs to comes after the answer's topic.
    subjects, sources = subject_places(text, [f.group for f in found if f.group])
    return tuple(found), subjects, sources, _Dates(find_dates(text))


def _rows_for_answer(qa_id: str, question: str | None, answer: str) -> Iterator[dict[str, Any]]:
    spans = annotate(answer).sentences
    lowered = answer.lower()
    ctx = _Context(question, list(spans))
    groups_of: dict[int, list[str]] = {}  # the groups read from each sentence
    tables = tables_population(answer, question)
    runs_topic: bool | None = None  # read at the first sentence that may hold a table
    for index, span in enumerate(spans):
        text = span.text
        extra: list[_Found] = []
        rows = table_population(text, span.numbers) if tables else []
        for row, year in rows:
            extra.append(_Found(row.start, row.end, None, None, row.value, "people", row.qualifier,
                                year=year))  # fmt: skip
        runs = []
        if not rows and span.numbers and (len(span.numbers) >= 3 or "Total" in text):
            if runs_topic is None:
                runs_topic = runs_population(answer, question)
            runs = table_runs(text, span.numbers) if runs_topic else []
        for cell in runs:
            extra.append(_Found(cell.number.start, cell.number.end, cell.group, cell.subject,
                                cell.number.value, cell.unit, cell.number.qualifier, cell.named,
                                year=cell.year))  # fmt: skip
        if not rows and not runs and not _CUE_TEST.at(lowered, answer, span):
            continue
        numbers = span.numbers
        for number, unit in anaphoric_figures(text, numbers):
            previous = spans[index - 1].text if index else None
            named = antecedent(previous, groups_of.get(index - 1, []))
            back = index - 1
            while named is None and back > 0 and index - back < 3 and not groups_of.get(back):
                # "There are 1 million Hoa in X. Many fled. There were 862,371 of them in
                # 1999": past sentences that read no row, the group before them.
                back -= 1
                named = antecedent(None, groups_of.get(back, []))
            if named:
                extra.append(_Found(number.start, number.end, None, None, number.value, unit,
                                    number.qualifier, named))  # fmt: skip
        stated, subjects, sources, dates = _stated(span)
        if runs:  # a table's figures are its cells' alone
            low, high = runs[0].row_start or runs[0].number.start, runs[-1].number.end
            stated = tuple(f for f in stated if f.end <= low or f.start >= high)
        found = list(stated) + [f for f in extra if span.affirmed(f.start)]
        if not found:
            continue
        found.sort(key=lambda f: f.start)
        found = _with_earlier_figures(text, numbers, found)
        if not subjects and sources and (topic := ctx.fallback_place(index)):
            subjects = [(0, topic)]
        places = subjects or [(0, name) for name in sources]
        first_near = _first_before(places)
        for fact in found:
            subject = fact.subject
            if subject is None:
                # A place named far after the statement is another clause's ("Its
                # inhabitants were mostly Igbo, who led ... the peoples of Nigeria").
                near = first_near(fact.end + _PLACE_REACH)
                if not near and _says_the_region(text):
                    # "a majority in the region": the one region the pair names.
                    near = [r] if (r := ctx.region_place()) else []
                subject = near[0] if near else ctx.fallback_place(index)
                subject = subject or (places[0][1] if places else None)
            if subject is None and fact.group:
                # "Indigenous Ecuadorians account for 7.7%": a part of a state's people (a
                # word before its demonym) is that state's; "Armenians" alone names none.
                name = text[fact.group[0] : fact.group[1]]
                own = [e.name for e in find_entities(name) if e.adjective and e.kind == "state"
                       and e.start > 0 and e.end == len(name)]  # fmt: skip
                subject = own[0] if own else None
            read = text[fact.group[0] : fact.group[1]] if fact.group else "population"
            groups_of.setdefault(index, []).append(read)
            yield {
                "subject": subject,
                "group": fact.named or read,
                "value": fact.value,
                "unit": fact.unit,
                "qualifier": fact.qualifier,
                "year": fact.year or _year_near(text, fact.start, fact.end, dates, ctx),
                "qa_id": qa_id,
                "evidence": text,
            }


def _first_before(places: list[tuple[int, str]]) -> Callable[[int], list[str]]:
    """A lookup of the first place (in list order) named at or before an offset, as a list.

    The places' lowest offset so far falls along the list: a fact finds the first place
    at or before it by bisection, not by a pass over every place of the sentence.
    """
    lows = list(itertools.accumulate((at for at, _ in places), min))

    def first(limit: int) -> list[str]:
        i = bisect.bisect_left(lows, -limit, key=lambda low: -low)
        return [places[i][1]] if i < len(places) else []

    return first


@functools.lru_cache(maxsize=1024)
def _says_the_region(sentence: str) -> bool:
    """True when ``sentence`` says "in the region" (asked per statement: read once)."""
    return _THE_REGION.search(sentence) is not None


def _region_of(question: Any, answer: str, sentence: str) -> str | None:
    """The region "the region" of ``sentence`` stands for, when it names no place itself."""
    if not _says_the_region(sentence) or _sentence_places(sentence):
        return None
    return _region_of_pair(question if isinstance(question, str) else None, answer)


@functools.lru_cache(maxsize=256)
def _region_of_pair(question: str | None, answer: str) -> str | None:
    return _Context(question, list(annotate(answer).sentences)).region_place()


def _rule_year(question: Any, sentence: str, at: int | None) -> int | None:
    """The year of a rule's figure at ``at`` of ``sentence``, as a statement's year is read."""
    if at is None:
        return None
    ctx = _Context(question if isinstance(question, str) else None, [])
    return _year_near(sentence, at, at, _sentence_dates(sentence), ctx)


@functools.lru_cache(maxsize=1024)
def _sentence_dates(sentence: str) -> _Dates:
    return _Dates(find_dates(sentence))


def _is_place(name: str) -> bool:
    """False for a name of a people read as a side ("the Contras"), which is no place."""
    return not any(people_side(e) for e in find_entities(name))


def _sentence_places(text: str) -> list[str]:
    return list(_places_in(text))


# Asked once per rule row of a sentence: a long sentence with many rows is read once.
@functools.lru_cache(maxsize=1024)
def _places_in(text: str) -> tuple[str, ...]:
    return tuple(name for _, name in subject_places(text, [])[0])


def _drop_majorities_with_shares(frame: pd.DataFrame) -> pd.DataFrame:
    """Drop a majority whose sentence gives the same group's share.

    "Christianity is the majority religion, followed by 95% of the population": the share
    says all the majority does.
    """
    if frame.empty:
        return frame
    # The key columns as lists, zipped: a sub-frame and its itertuples cost several times more.
    keys = list(zip(*(frame[c].tolist() for c in ("qa_id", "evidence", "group")), strict=True))
    share = (frame["value"].notna() & (frame["unit"] == "percent")).tolist()
    known = {k for k, is_share in zip(keys, share, strict=True) if is_share}
    majority = frame["value"].isna() & (frame["qualifier"] == "majority")
    said = pd.Series([t in known for t in keys], index=frame.index)
    return frame[~(majority & said)].reset_index(drop=True)


def extract_demographics(qa: pd.DataFrame) -> pd.DataFrame:
    """Extract population shares, majorities and population counts from a ``qa`` table.

    Args:
        qa: The ``qa`` table (columns ``id``, ``question``, ``answer`` are read).

    Returns:
        One row per statement, columns :data:`DEMOGRAPHIC_COLUMNS`; ``value`` is an
        int or float (null for a majority), ``year`` a nullable integer.

    Example:
        >>> import pandas as pd
        >>> qa = pd.DataFrame({"id": ["f:1"], "question": ["Is Azerbaijan Shia or Sunni?"],
        ...     "answer": ["The Muslim population is approximately 85% Shia and 15% Sunni."]})
        >>> extract_demographics(qa)[["subject", "group", "value", "qualifier"]].values.tolist()
        [['Azerbaijan', 'Shia', 85, 'approx'], ['Azerbaijan', 'Sunni', 15, 'approx']]
    """
    rows: list[dict[str, Any]] = []
    for qa_id, question, answer in zip(
        qa["id"].tolist(), qa["question"].tolist(), qa["answer"].tolist(), strict=True
    ):
        if isinstance(answer, str) and _CUE_TEST.in_answer(
            answer.lower(), answer, annotate(answer).sentences
        ):
            rows.extend(_rows_for_answer(qa_id, question, answer))
    frame = records_frame(rows, DEMOGRAPHIC_COLUMNS, as_object=True)
    # Keep each value as read (an int stays an int); null for a majority.
    frame["value"] = pd.Series([r["value"] for r in rows], index=frame.index, dtype=object)
    frame = merge_demographics(frame, qa, question_place, _sentence_places, _region_of, _is_place,
                               _rule_year)  # fmt: skip
    frame = bracketed_shares(gapped_counts(later_figures(range_lows(respectively(frame)))))
    frame = counts_before_shares(frame)
    frame = _drop_majorities_with_shares(frame)
    frame = people_populations(frame, qa)
    frame["group"] = [_HEADING.sub("", g) if isinstance(g, str) else g for g in frame["group"]]
    values = [None if v is None or v != v else v for v in frame["value"].tolist()]
    frame["value"] = pd.Series(values, index=frame.index, dtype=object)
    frame["year"] = frame["year"].astype("Int64")
    frame["subject"] = frame["subject"].astype(object).where(frame["subject"].notna(), None)
    return frame
