"""Data-quality findings on a corpus: what a careful reader should know before citing it.

A finding names the pair (or orphan block) it is about, its kind, and a short
message. Kinds: ``unanswered``, ``truncated``, ``snippet_header``,
``boilerplate``, ``orphan_block``, ``skipped_file`` (an empty or blank file, or one
without a question, among others that have pairs), ``duplicate_question``,
``unresolved_relative_date``, ``implausible_figure`` (a figure over 10^10 or a
percentage over 100, which no table takes), ``impossible_date`` (a day the calendar
lacks, "31 February 2020", or a relative date outside the years 1000-2100, which the
timeline leaves out) and ``disagreeing_figures``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

import pandas as pd

from .dates import find_impossible_dates, parse_as_of
from .errors import UsageError
from .numbers import find_implausible_numbers
from .parse import Corpus

if TYPE_CHECKING:
    from .corpus import CorpusTables

__all__ = ["FINDING_COLUMNS", "FINDING_KINDS", "check"]

FINDING_COLUMNS = ["kind", "qa_id", "source", "line", "message", "text"]
FINDING_KINDS = (
    "unanswered",
    "truncated",
    "snippet_header",
    "boilerplate",
    "orphan_block",
    "skipped_file",
    "duplicate_question",
    "unresolved_relative_date",
    "implausible_figure",
    "impossible_date",
    "disagreeing_figures",
)

_FLAG_MESSAGES = {
    "unanswered": "question has no answer",
    "truncated": "answer is cut off mid-sentence",
    "snippet_header": "featured-snippet header split off the answer",
    "boilerplate": "share-widget boilerplate removed from the answer",
}


#: Other pairs named in a disagreeing_figures message before "+N more".
_OTHERS_SHOWN = 8


def _normalise_question(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split()).rstrip("?").strip()


def check(
    corpus: pd.DataFrame | Corpus | CorpusTables, as_of: dt.date | str | None = None
) -> pd.DataFrame:
    """List the data-quality findings of a corpus.

    Args:
        corpus: The ``qa`` table (:func:`karabakh_nb.load`), or what
            :func:`karabakh_nb.read_corpus` or :func:`karabakh_nb.open_corpus` returned; the
            tables an opened corpus has kept are reused (when ``as_of`` is ``None`` or its
            own). A ``qa`` table carries no orphan blocks, so none are reported for it.
        as_of: Publication date; relative dates it resolves are not reported.

    Returns:
        The findings table (``FINDING_COLUMNS``), in file order within each kind.

    Example:
        >>> import karabakh_nb as kn
        >>> findings = kn.check(kn.load())          # or kn.check(kn.open_corpus())
        >>> "unanswered" in set(findings["kind"])
        True
    """
    from .corpus import CorpusTables

    if isinstance(corpus, CorpusTables):
        if as_of is not None and parse_as_of(as_of) != corpus.as_of:
            corpus = CorpusTables.from_parsed(corpus.parsed, as_of)
    elif isinstance(corpus, pd.DataFrame):
        corpus = CorpusTables.from_qa(corpus, as_of)
    elif isinstance(corpus, Corpus):
        corpus = CorpusTables.from_parsed(corpus, as_of)
    else:
        raise UsageError(
            f"check wants a qa table, a Corpus or an opened corpus, not "
            f"{type(corpus).__name__}; try kn.check(kn.open_corpus(PATH))"
        )
    # What check reads of the answers, in one pass over them (kept tables are reused).
    corpus.compute(("casualties", "unresolved_dates", "answer_findings"))
    qa = corpus.qa
    rows: list[dict[str, object]] = []
    # Where each pair is, by id (a hand-made table may repeat ids: the first one counts).
    first = qa.drop_duplicates("id")
    place = dict(zip(first["id"], zip(first["source"], first["line"], strict=True), strict=True))
    # The columns as lists, read once: a row at a time through pandas costs more than
    # everything else check does on a large corpus.
    ids, sources, lines = qa["id"].tolist(), qa["source"].tolist(), qa["line"].tolist()
    questions = qa["question"].tolist()
    texts_of = {
        "snippet_header": qa["snippet"].tolist(),
        "boilerplate": qa["boilerplate"].tolist(),
        "unanswered": questions,
    }
    answers = qa["answer"].tolist()
    for i, flags in enumerate(qa["flags"].tolist()):
        for flag in flags:
            if flag in _FLAG_MESSAGES:
                text = texts_of.get(flag, answers)[i]
                rows.append(
                    _finding(flag, ids[i], sources[i], lines[i], _FLAG_MESSAGES[flag], text)
                )
    for block in corpus.orphans:
        rows.append(
            _finding(
                "orphan_block",
                block.id,
                block.source,
                block.line,
                "block belongs to no question (answer without a question, or a "
                "second answer block)",
                block.text,
            )
        )
    seen: dict[str, str] = {}
    for i, question in enumerate(questions):
        key = _normalise_question(question)
        if key in seen:
            rows.append(
                _finding(
                    "duplicate_question",
                    ids[i],
                    sources[i],
                    lines[i],
                    f"same question as {seen[key]}",
                    question,
                )
            )
        else:
            seen[key] = ids[i]
    unresolved = corpus.unresolved_dates
    for item in unresolved.itertuples(index=False):
        source, line = place[item.qa_id]
        rows.append(
            _finding(
                "unresolved_relative_date",
                item.qa_id,
                source,
                int(line),
                f"{item.phrase!r} needs the publication date; pass --as-of",
                item.evidence,
            )
        )
    reconciled = corpus.reconciled
    figures_of = _FiguresByParty(corpus.casualties)
    for item in reconciled[reconciled["disagree"]].itertuples(index=False):
        # One finding per pair that gives one of the figures: its qa_id (a link in the
        # reports), its figure in the message and the sentence it was read from as text.
        pairs = list(dict.fromkeys(item.qa_ids))
        by_pair = figures_of.by_pair(str(item.category), str(item.party))
        for pair in pairs:
            source, line = place[pair]
            counts_here, evidence_here = by_pair.get(pair, ([], []))
            counts = ", ".join(dict.fromkeys(_fmt(c) for c in counts_here)) or "?"
            # The other pairs, bounded (thousands of pairs may agree): the first few named,
            # the rest counted, without walking the whole list for every pair.
            shown = [p for p in pairs[: _OTHERS_SHOWN + 1] if p != pair][:_OTHERS_SHOWN]
            others = ", ".join(shown)
            if len(pairs) - 1 > _OTHERS_SHOWN:
                others += f", … +{len(pairs) - 1 - _OTHERS_SHOWN:,} more"
            rows.append(
                _finding(
                    "disagreeing_figures",
                    pair,
                    source,
                    int(line),
                    f"{item.party} {item.category}: {counts} here; the "
                    f"{_reports(item.n_reports, len(pairs))} range from {_fmt(item.low)} to "
                    f"{_fmt(item.high)}" + (f" (also {others})" if others else ""),
                    "; ".join(dict.fromkeys(str(e) for e in evidence_here)) or None,
                )
            )
    rows.extend(_input_findings(corpus))
    frame = pd.DataFrame(rows, columns=FINDING_COLUMNS)
    order = {k: i for i, k in enumerate(FINDING_KINDS)}
    frame["_k"] = frame["kind"].map(order)
    frame = frame.sort_values(["_k", "source", "line"], kind="stable").drop(columns="_k")
    return frame.reset_index(drop=True)


class _FiguresByParty:
    """The casualty rows of each (category, parties), read once for every reconciled row.

    A reconciled row's party is a name or a joint label "A + B": its figures are the rows
    whose ``parties`` are those names (in any order), or whose ``party`` is the label when
    a row has no ``parties`` list.
    """

    def __init__(self, casualties: pd.DataFrame) -> None:
        self.index: dict[tuple[str, object], list[int]] = {}
        has_list = "parties" in casualties
        parties = casualties["parties"].tolist() if has_list else [None] * len(casualties)
        categories, names = casualties["category"].tolist(), casualties["party"].tolist()
        rows = zip(categories, names, parties, strict=True)
        for i, (category, party, ps) in enumerate(rows):
            listed = has_list and (isinstance(ps, list | tuple) or hasattr(ps, "tolist"))
            listed = listed and len(ps) > 0  # no parties listed: the row is its label's
            key: object = frozenset(ps) if listed else ("label", party)
            self.index.setdefault((str(category), key), []).append(i)
        self.qa_ids = casualties["qa_id"].tolist()
        self.counts = casualties["count"].tolist()
        self.evidence = casualties["evidence"].tolist()

    def by_pair(self, category: str, label: str) -> dict[str, tuple[list[Any], list[Any]]]:
        """``{qa_id: (counts, evidence)}`` of the rows of ``label``, in table order."""
        wanted = self.index.get((category, frozenset(label.split(" + "))), [])
        wanted = sorted(wanted + self.index.get((category, ("label", label)), []))
        out: dict[str, tuple[list[Any], list[Any]]] = {}
        for i in wanted:
            counts, evidence = out.setdefault(self.qa_ids[i], ([], []))
            counts.append(self.counts[i])
            evidence.append(self.evidence[i])
        return out


def _reports(figures: int, pairs: int) -> str:
    """``3 reports``, ``2 reports, all in this pair,`` or ``5 reports in 3 pairs``."""
    if figures == pairs:
        return f"{figures:,} reports"
    if pairs == 1:
        return f"{figures:,} reports, all in this pair,"
    return f"{figures:,} reports in {pairs:,} pairs"


def _fmt(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "?"
    return f"{int(value):,}" if float(value) == int(value) else str(value)


def _finding(
    kind: str, qa_id: str, source: str, line: int, message: str, text: str | None
) -> dict[str, object]:
    return {
        "kind": kind,
        "qa_id": qa_id,
        "source": source,
        "line": int(line),
        "message": message,
        "text": text,
    }


# Cheap tests for "may hold an implausible figure / an impossible date", so that check
# reads again only the answers that can: long digit runs, billions, percentages; days
# 29-31 and relative spans of days to decades.
_MAYBE_IMPLAUSIBLE = re.compile(r"\d[\d,.]{10}|billion|%|per\s*cent", re.IGNORECASE)
_MAYBE_IMPOSSIBLE = re.compile(r"(?<!\d)(?:29|30|31)(?!\d)|decade|year|month|week|\bdays?\b")


def _input_findings(corpus: CorpusTables) -> list[dict[str, object]]:
    """Findings on what the readers left out of every table.

    Skipped files, and the implausible figures and impossible dates of each answer,
    read again the way the extractors read them.
    """
    rows = []
    for item in getattr(corpus.parsed, "skipped", []):
        message = f"file skipped: {item.message}"
        rows.append(_finding("skipped_file", f"{item.stem}:1", item.source, 1, message, None))
    rows.extend(corpus.answer_findings.to_dict("records"))
    return rows


def answer_findings(qa: pd.DataFrame, as_of: dt.date | str | None = None) -> pd.DataFrame:
    """The implausible figures and impossible dates of each answer, as findings.

    A function of the pairs alone, so :mod:`karabakh_nb.parallel` reads it slice by slice.

    Args:
        qa: Pairs of a ``qa`` table (``id``, ``source``, ``line``, ``answer``).
        as_of: Publication date (relative dates resolved against it).

    Returns:
        Findings (``FINDING_COLUMNS``, object columns), in the order of the pairs.
    """
    from .annotate import annotate

    when = parse_as_of(as_of)
    rows = []
    columns = (qa["id"].tolist(), qa["source"].tolist(), qa["line"], qa["answer"].tolist())
    for qa_id, source, line, answer in zip(*columns, strict=True):
        if not isinstance(answer, str) or not answer:
            continue
        found: list[tuple[str, int, str]] = []
        if _MAYBE_IMPLAUSIBLE.search(answer):
            for n in find_implausible_numbers(answer):
                message = MSG_IMPLAUSIBLE.format(surface=n.surface, reason=n.reason)
                found.append(("implausible_figure", n.start, message))
        if _MAYBE_IMPOSSIBLE.search(answer):
            for d in find_impossible_dates(answer, as_of=when):
                message = MSG_IMPOSSIBLE.format(surface=d.surface, reason=d.reason)
                found.append(("impossible_date", d.start, message))
        for kind, start, message in found:
            sentence = annotate(answer).sentence_at(start)
            text = answer if sentence is None else sentence.text
            rows.append(_finding(kind, qa_id, source, int(line), message, text))
    return pd.DataFrame(rows, columns=FINDING_COLUMNS, dtype=object)


MSG_IMPLAUSIBLE = (
    "{surface!r} is {reason}: no count or share is that large, so no table holds it; "
    "check the source"
)
MSG_IMPOSSIBLE = (
    "{surface!r} is no date ({reason}), so the timeline leaves it out; check the source"
)
