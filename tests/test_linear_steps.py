"""Steps that must stay linear in the text: counted calls and passes, not wall time.

Each test grows one sentence (a list of dates, of figures, of states) and counts how often
a step runs or how much it looks at: a count that grows with rows x sentence fails here.
"""

from __future__ import annotations

import pandas as pd

import karabakh_nb.timeline as timeline_module
from karabakh_nb.annotate import annotate
from karabakh_nb.dates import find_dates
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
