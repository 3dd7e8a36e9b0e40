"""Population tables flattened into text: "1928 | 6,204,684 | ... | 1940 | 7,344,860 |".

A row that opens with a year cell and a count cell, in an answer about population (its
words say "population", "census" or "inhabitants"), is the population in that year
(:func:`table_population`). A row of a table about anything else (casualties, votes) is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .demographic_majorities import _is_group
from .lexicon import read_words
from .numbers import NumberMention

__all__ = ["TableCell", "runs_population", "table_population", "table_runs", "tables_population"]

# A year cell, then a count cell of whole digits: "1940 | 7,344,860 |", "| 1951 | 7632801 |".
_ROW = re.compile(
    r"(?:^|\|)\s*(?P<year>(?:1[5-9]|20)\d\d)\s*\|\s*(?P<count>[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{3,})"
    r"(?=\s*(?:\||$))"
)
_TOPIC = re.compile(r"\b(?:population|census|censuses|inhabitants)\b", re.IGNORECASE)
# Words of a pair about people counted: "population", "census", "Pop.", "ethnic", "race".
_RUN_TOPIC = ("popul", "census", "inhabitants", "pop.", "ethnic", "religio", "race")
_NOT_PEOPLE = re.compile(r"\b(?:killed|dead|deaths|casualties|wounded|votes|troops)\b", re.I)


def tables_population(answer: str, question: str | None) -> bool:
    """True when a table in ``answer`` may count population: the pair speaks of it."""
    if "|" not in answer:
        return False
    said = _TOPIC.search(answer) or (isinstance(question, str) and _TOPIC.search(question))
    return bool(said) and not _NOT_PEOPLE.search(answer)


def runs_population(answer: str, question: str | None) -> bool:
    """True when a run of figures in ``answer`` may count people: the pair speaks of them."""
    said = answer.lower() + " " + (question.lower() if isinstance(question, str) else "")
    return any(word in said for word in _RUN_TOPIC)


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


# Runs of LABEL NUMBER pairs: a table flattened into a sentence ("Race Population Percent
# White 4,243,956 72.8 Black 725,311 12.4 ..."; "Province Population Leinster 1,162,044 ...";
# "Year Pop. 1806 70,718 1811 76,000 +7.5% ..."; "Baptized Setos 1853: 350 1869: 5,753 ...").
_COUNT_COLUMNS = read_words("table_count_columns")
_SHARE_COLUMNS = read_words("table_share_columns")
_PLACE_TITLES = read_words("table_place_titles")
_GROUP_TITLES = read_words("table_group_titles")
_HEADER_WORDS = _COUNT_COLUMNS | _SHARE_COLUMNS | _PLACE_TITLES | _GROUP_TITLES
# Between two cells of one row: blanks, a dash for an empty cell, a colon after a year.
_CELL_GAP = re.compile(r"\s*(?:[:—–]\s*)?(?:\(\s*)?")
# Between rows: the next row's label, a few capitalised words ("North Sylvania", "Population
# of Freedonia"), after the blanks or the empty cell ending the last row.
_LABEL_GAP = re.compile(
    r"\s*(?:[—–)]\s*)?(?P<label>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})\s*:?\s*(?:\(\s*)?"
)
# The label of the first row closes the words before it: the header, then the label.
_FIRST_LABEL = re.compile(
    r"(?:^|(?<=[\s:]))(?P<label>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})\s*:?\s*(?:\(\s*)?$"
)
_WORD = re.compile(r"[^\s:]+")
_MIN_ROWS = 3


@dataclass(frozen=True)
class TableCell:
    """One figure of a flattened table: its group (span or name), place, unit and year."""

    number: NumberMention
    group: tuple[int, int] | None
    named: str | None
    subject: str | None
    unit: str
    year: int | None = None
    row_start: int | None = None  # where the cell's row opens (its year cell), if before it


@dataclass
class _Row:
    label: tuple[int, int]
    cells: list[NumberMention] = field(default_factory=list)


def _rows(text: str, numbers: list[NumberMention]) -> list[_Row | None]:
    """The rows of label and cells, None where the run of rows breaks."""
    rows: list[_Row | None] = []
    end = None
    for n in numbers:
        if end is not None and _CELL_GAP.fullmatch(text, end, n.start):
            row = rows[-1]
            if row is not None:
                row.cells.append(n)
                end = n.end
                continue
        gap = _LABEL_GAP.fullmatch(text, end, n.start) if end is not None else None
        if gap is None:
            gap = _FIRST_LABEL.search(text, max(0, n.start - 60), n.start)
            rows.append(None)
        rows.append(_Row(gap.span("label"), [n]) if gap else None)
        end = n.end
    return rows


def _runs(rows: list[_Row | None]) -> Iterator[list[_Row]]:
    """The runs of at least three rows of the same number of cells."""
    run: list[_Row] = []
    for row in [*rows, None]:
        if row is not None and run and len(row.cells) == len(run[0].cells):
            run.append(row)
            continue
        if len(run) >= _MIN_ROWS:
            yield run
        run = [row] if row is not None else []


def _header(text: str, run: list[_Row]) -> tuple[str | None, list[tuple[str, str | None]]]:
    """The title of the label column and the columns (unit, group) the header before names."""
    first = run[0].label[0]
    words = [w.group().lower() for w in _WORD.finditer(text, max(0, first - 80), first)]
    columns: list[tuple[str, str | None]] = []
    title = None
    qualifier: list[str] = []
    for i, word in enumerate(words):
        if word in _COUNT_COLUMNS or word in _SHARE_COLUMNS:
            unit = "people" if word in _COUNT_COLUMNS else "percent"
            columns.append((unit, " ".join(qualifier) or None))
            qualifier = []
        elif word in _PLACE_TITLES or word in _GROUP_TITLES:
            title, columns, qualifier = word, [], []
        elif columns or title:
            qualifier.append(words[i])
        if len(qualifier) > 2:
            title, columns, qualifier = None, [], []
    return title, columns


def _after_header(text: str, start: int, end: int) -> tuple[int, int]:
    """The first row's label without the header words it opens with ("Province Population")."""
    for word in _WORD.finditer(text, start, end):
        lowered = word.group().lower()
        if lowered in _HEADER_WORDS:
            start = word.end()
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _label_kind(text: str, title: str | None, run: list[_Row]) -> str | None:
    """Whether the run's labels name places or groups, by the header's title or their words."""
    if title in _PLACE_TITLES:
        return "place"
    if title in _GROUP_TITLES:
        return "group"
    labels = [text[r.label[0] : r.label[1]] for r in run]
    if all(_is_group(label) for label in labels):
        return "group"
    return None


def _cell_ok(cell: NumberMention, unit: str) -> bool:
    if cell.maybe_year:
        return False
    if unit == "percent":
        return cell.value <= 100
    return isinstance(cell.value, int) and not cell.is_percent


def table_runs(text: str, numbers: list[NumberMention]) -> list[TableCell]:
    """The figures of the runs of LABEL NUMBER rows in ``text`` (see :class:`TableCell`)."""
    if not numbers or "|" in text:
        return []
    if len(numbers) < _MIN_ROWS:
        return _totals(text, numbers)
    out = _year_runs(text, numbers) or _totals(text, numbers)
    if out:
        return out
    for run in _runs(_rows(text, numbers)):
        run[0].label = _after_header(text, *run[0].label)
        title, columns = _header(text, run)
        width = len(run[0].cells)
        if len(columns) != width:
            if width != 1 or title is None:
                continue
            columns = [("people", None)]  # "Province Sylvania 1,000 Marlow 2,000 ..."
        kind = _label_kind(text, title, run)
        if kind is None:
            continue
        if not all(_cell_ok(c, u) for r in run for c, (u, _) in zip(r.cells, columns, strict=True)):
            continue
        for row in run:
            label = text[row.label[0] : row.label[1]]
            for cell, (unit, named) in zip(row.cells, columns, strict=True):
                if kind == "place":
                    out.append(TableCell(cell, None, named, label, unit))
                else:
                    out.append(TableCell(cell, row.label, None, None, unit))
    return out


# A year cell, a count cell after it, and an optional change cell ("+7.5%", "—").
_YEAR_COUNT_GAP = re.compile(r"\s*:?\s*(?:\(\s*)?")
_CHANGE_GAP = re.compile(r"\s*[+−-]?")


def _year_runs(text: str, numbers: list[NumberMention]) -> list[TableCell]:
    """Rows "YEAR COUNT": "1806 70,718 — 1811 76,000 +7.5% ..." or "Setos 1853: 350 ..."."""
    runs: list[list[TableCell]] = []
    group: tuple[int, int] | None = None
    end: int | None = None
    i = 0
    while i + 1 < len(numbers):
        year, count = numbers[i], numbers[i + 1]
        pair = (
            year.maybe_year
            and not count.maybe_year
            and not count.is_percent
            and isinstance(count.value, int)
            and _YEAR_COUNT_GAP.fullmatch(text, year.end, count.start)
        )
        if not pair:
            i += 1
            continue
        if end is None or not _CELL_GAP.fullmatch(text, end, year.start):
            label = _LABEL_GAP.fullmatch(text, end, year.start) if end is not None else None
            if label is None:
                runs.append([])  # no row goes on before: a new run
                label = _FIRST_LABEL.search(text, max(0, year.start - 60), year.start)
            group = label.span("label") if label else None
            if group and not _is_group(text[group[0] : group[1]]):
                group = None
        runs[-1].append(TableCell(count, group, None, None, "people", int(year.value), year.start))
        end = count.end
        i += 2
        if (
            i < len(numbers)
            and numbers[i].is_percent
            and _CHANGE_GAP.fullmatch(text, end, numbers[i].start)
        ):
            end = numbers[i].end  # the change since the row before
            i += 1
    return [cell for run in runs if len(run) >= _MIN_ROWS for cell in run]


# An infobox of a people: "Setos in Freedonia Total population 1,2 million (2013 census)
# 1,5 million (Seto claim)": each figure, its source's year in the aside after it.
_TOTAL_HEAD = re.compile(
    r"(?:^|(?<=\s))(?P<group>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?:\s+(?:in|of)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?"
    r"\s+Total\s+population\s*\(?\s*$"
)
_ASIDE = re.compile(r"\s*\((?P<aside>[^()]{0,80})\)\s*|\s*")
_ASIDE_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _totals(text: str, numbers: list[NumberMention]) -> list[TableCell]:
    """The figures after "Total population" of a people's infobox, with the years given."""
    first = numbers[0]
    if "Total" not in text or first.is_percent or first.maybe_year:
        return []
    head = _TOTAL_HEAD.search(text, max(0, first.start - 80), first.start)
    if head is None or not _is_group(head.group("group")):
        return []
    group, place = head.span("group"), head.group("place")
    counts = [n for n in numbers if not n.maybe_year]
    out: list[TableCell] = []
    for n in counts:
        if n.is_percent or not isinstance(n.value, int):
            break
        aside = _ASIDE.match(text, n.end)
        years = _ASIDE_YEAR.findall(aside.group("aside") or "") if aside else []
        out.append(TableCell(n, group, None, place, "people", int(years[0]) if years else None))
        nxt = counts[len(out)] if len(out) < len(counts) else None
        if nxt is None or aside is None or aside.end() != nxt.start:
            break
    return out
