"""Steps that must stay linear in the text: counted calls and passes, not wall time.

Each test grows one sentence (a list of dates, of figures, of states) and counts how often
a step runs or how much it looks at: a count that grows with rows x sentence fails here.
"""

from __future__ import annotations

import pandas as pd
import pytest

import karabakh_nb.timeline as timeline_module
from karabakh_nb._frames import records_frame
from karabakh_nb.annotate import annotate
from karabakh_nb.casualties import extract_casualties
from karabakh_nb.dates import find_dates
from karabakh_nb.demographics import _first_before, extract_demographics
from karabakh_nb.timeline import extract_timeline
from karabakh_nb.timeline_mentions import figure_spans

MONTHS = ("January", "March", "May", "July", "September", "November")


def _date_list(n: int) -> str:
    return ", ".join(f"{1 + i % 28} {MONTHS[i % 6]} {1800 + i % 150}" for i in range(n))


class _CountedList(list):
    """A list that counts the passes made over it."""

    passes = 0

    def __iter__(self):
        type(self).passes += 1
        return super().__iter__()


def test_a_list_of_dates_asks_once_whether_its_part_is_hypothetical(monkeypatch):
    # Each date of one list searched the whole list for "may", "would", ...: 40 KB took 9 s.
    calls = []
    real = timeline_module.hypothetical

    def counted(text: str, start: int, end: int) -> bool:
        calls.append((start, end))
        return real(text, start, end)

    monkeypatch.setattr(timeline_module, "hypothetical", counted)
    answer = f"Freedonia was invaded on {_date_list(300)}."
    events = extract_timeline(
        pd.DataFrame({"id": ["t:1"], "question": ["When?"], "answer": [answer]})
    )
    assert len(events) > 100
    assert len(calls) == len(set(calls)) < 10


def test_figure_spans_passes_over_the_dates_once():
    # Every year of a list compared itself with every date of the sentence: quadratic.
    text = f"Sylvania counted 1,500 people, then {_date_list(200)}, and 2,500 people."
    sent = annotate(text).sentences[0]
    mentions = _CountedList(find_dates(sent.text))
    _CountedList.passes = 0
    spans = figure_spans(sent, mentions)
    assert _CountedList.passes <= 2
    assert [sent.text[a:b] for a, b in spans] == ["1,500", "2,500"]


def _encoded_chars(monkeypatch) -> list[int]:
    """Characters of ``str`` cells handed to ``pyarrow.array`` (the encoding of a column)."""
    import pyarrow

    seen: list[int] = []
    real = pyarrow.array

    def counted(obj, *args, **kwargs):
        if isinstance(obj, list | tuple) or getattr(obj, "dtype", None) is not None:
            seen.append(sum(len(cell) for cell in obj if isinstance(cell, str)))
        return real(obj, *args, **kwargs)

    monkeypatch.setattr(pyarrow, "array", counted)
    return seen


@pytest.mark.parametrize(
    ("extract", "unit", "opening", "closing"),
    [
        (extract_casualties, "{n:,} soldiers, ", "In the war ", "were killed."),
        (extract_demographics, "the population of Freedonia was {n:,} in {y}, ", "In the census ",
         "and it grew."),
    ],
)  # fmt: skip
def test_rows_of_one_sentence_encode_it_once(monkeypatch, extract, unit, opening, closing):
    # 6,250 rows of one 100 KB sentence: pandas encoded the sentence once per row (625 MB),
    # then Arrow held 6,250 copies of it.
    units = "".join(unit.format(n=1000 + i, y=1800 + i % 150) for i in range(400))
    answer = f"{opening}{units}{closing}"
    qa = pd.DataFrame({"id": ["c:1"], "question": ["How many?"], "answer": [answer]})
    extract(qa.assign(answer=opening + unit.format(n=1000, y=1900) + closing))
    seen = _encoded_chars(monkeypatch)
    table = extract(qa)
    assert len(table) >= 400
    assert (table["evidence"] == answer).all()
    assert sum(seen) < 3 * len(answer)
    # the rows share the sentence (as the timeline and alliances tables do): no copies
    assert table["evidence"].dtype == object
    assert len({id(cell) for cell in table["evidence"]}) == 1


def test_the_first_place_before_a_figure_is_found_without_a_pass_over_the_places():
    places = _CountedList(
        [(500, "Freedonia"), (90, "Sylvania"), (300, "Ruritania"), (10, "Elbonia")]
    )
    _CountedList.passes = 0
    first = _first_before(places)
    found = [first(limit) for limit in (5, 10, 95, 400, 600) * 100]
    assert _CountedList.passes <= 1
    assert found[:5] == [[], ["Elbonia"], ["Sylvania"], ["Sylvania"], ["Freedonia"]]


@pytest.mark.parametrize(
    ("rows", "columns"),
    [
        ([{"a": 1, "evidence": "One.", "b": None}, {"a": 2, "evidence": "Two.", "b": "x"}],
         ["a", "evidence", "b"]),
        ([(1, "One.", None), (2, "One.", 2.5)], ["a", "evidence", "b"]),
        ([{"a": 1, "evidence": None}], ["a", "evidence"]),
        ([], ["a", "evidence"]),
        ([{"a": 1}], ["a"]),
    ],
)  # fmt: skip
def test_records_frame_is_the_frame_pandas_builds(rows, columns):
    expected = pd.DataFrame(rows, columns=columns)
    built = records_frame(rows, columns)
    pd.testing.assert_frame_equal(built, expected, check_exact=True)
    assert list(built.dtypes) == list(expected.dtypes)
    as_object = records_frame(rows, columns, as_object=True)
    pd.testing.assert_frame_equal(as_object.astype(object), expected.astype(object))


def test_a_list_of_names_passes_over_the_known_names_once():
    # Every capitalised word compared itself with every entity of the sentence: a list of
    # 1,000 state names made 1,000 x 1,000 comparisons.
    from karabakh_nb.entities import _forms, find_entities
    from karabakh_nb.named_spellings import near_spellings_in

    text = "Armenia, Portugal, " * 100 + "and the Eqyptians."
    known = _CountedList(
        (e.start, e.end, e.surface, (e.name, e.kind, e.adjective, e.party), e.possessive)
        for e in find_entities(text)
        if e.surface != "Eqyptians"
    )
    _CountedList.passes = 0
    found = near_spellings_in(text, known, _forms())
    assert _CountedList.passes <= 2
    assert [f[3][0] for f in found[-2:]] == ["Portugal", "Egypt"]


def test_add_after_reads_each_sentence_once_and_skips_known_keys():
    from karabakh_nb._frames import add_after

    frame = pd.DataFrame(
        {"qa_id": ["a:1", "a:1", "a:2"], "value": [1, 2, 3], "evidence": ["S.", "S.", "T."]}
    )
    reads: list[str] = []

    def read(evidence: str) -> str:
        reads.append(evidence)
        return evidence.lower()

    def propose(row, note):
        yield (row["qa_id"], 10), {**row, "value": 10, "evidence": row["evidence"]}
        yield (row["qa_id"], note), {**row, "value": 20, "evidence": row["evidence"]}

    have = {("a:2", 10)}
    out = add_after(frame, pd.Series([True, True, True]), read, propose, have)
    assert reads == ["S.", "T."]  # once per distinct sentence
    # each new row right after the row that proposed it; known and repeated keys skipped
    assert out["value"].tolist() == [1, 10, 20, 2, 3, 20]
