"""Public reference figures (CONTRACT.md section 4), to set beside the scraped claims.

``seeds/reference/public_figures.csv`` lists figures from public sources, one per
row: ``topic``, ``subject``, ``measure``, ``value``, ``unit``, ``as_of``
(ISO date at its precision: ``2020-12-03``, ``2023-09``, ``2023``), ``source``,
``url`` and ``note``. :func:`load_reference` reads it; :func:`reference_casualties`
turns its casualty and displacement rows into the shape of the ``casualties``
table (``party``, ``category``, ``count``), so a notebook can plot them beside
:func:`karabakh_nb.reconcile.reconcile_casualties`; :func:`reference_for` keeps only
the figures that concern a corpus: its parties and its period, so the figures of one
war are never set beside a corpus about another.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .config import reference_figures_path
from .entities import find_entities
from .errors import InputError

__all__ = [
    "REFERENCE_CASUALTY_COLUMNS",
    "REFERENCE_COLUMNS",
    "REFERENCE_LAG_YEARS",
    "corpus_period",
    "load_reference",
    "reference_casualties",
    "reference_for",
]

MSG_REFERENCE_EMPTY = (
    "file is empty; give a CSV with the columns of seeds/reference/public_figures.csv"
)
MSG_REFERENCE_DECODE = "cannot read the reference figures as UTF-8 ({reason}); save it as UTF-8 CSV"
REFERENCE_COLUMNS = ["topic", "subject", "measure", "value", "unit", "as_of", "source", "url",
                     "note"]  # fmt: skip
REFERENCE_CASUALTY_COLUMNS = [
    "party",
    "category",
    "count",
    "as_of",
    "measure",
    "source",
    "url",
    "note",
]
#: Final figures are often published years after the events they count (the bundled
#: 2024 figures of the 2020 war); a figure dated more than this many years after the
#: corpus's last date is taken to be about something later.
REFERENCE_LAG_YEARS = 5
_NUMERIC_UNITS = frozenset({"people", "percent"})
_PRECISION = {4: "year", 7: "month", 10: "day"}
_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
# Measure words -> casualty category, first match wins.
_CATEGORY_RULES = (
    ("missing", re.compile(r"\bmissing\b", re.IGNORECASE)),
    ("wounded", re.compile(r"\b(?:wounded|injured)\b", re.IGNORECASE)),
    ("displaced", re.compile(r"\b(?:displaced|fled|refugees?|expelled)\b", re.IGNORECASE)),
    ("civilian", re.compile(r"\bcivilians?\b", re.IGNORECASE)),
    ("military", re.compile(r"\b(?:military|soldiers|servicemen|troops)\b", re.IGNORECASE)),
)


def load_reference(path: str | Path | None = None) -> pd.DataFrame:
    """Read the public reference figures.

    Args:
        path: The CSV file; default: the bundled ``seeds/reference/public_figures.csv``.

    Returns:
        The file's columns (``as_of`` kept as ISO text at its precision), plus
        ``as_of_date`` (the start of that day, month or year, a Timestamp),
        ``as_of_precision`` (``day``, ``month``, ``year``) and ``number`` (the value as
        a number for units ``people`` and ``percent``, else null).

    Raises:
        InputError: The file is missing, unreadable, lacks a column or has a bad date.

    Example:
        >>> ref = load_reference()
        >>> ref.loc[ref.topic == "casualties", "as_of_precision"].iloc[0]
        'day'
    """
    path = Path(path) if path is not None else reference_figures_path()
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError("no such file; pass the public figures CSV", path) from None
    except pd.errors.EmptyDataError:
        raise InputError(MSG_REFERENCE_EMPTY, path) from None
    except UnicodeDecodeError as exc:
        raise InputError(MSG_REFERENCE_DECODE.format(reason=exc.reason), path) from None
    except (OSError, pd.errors.ParserError) as exc:
        raise InputError(
            f"cannot read the reference figures ({exc}); check the file", path
        ) from None
    missing = [c for c in REFERENCE_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(f"missing column(s) {', '.join(missing)}; expected "
                         f"{','.join(REFERENCE_COLUMNS)}", path)  # fmt: skip
    dates, precisions = [], []
    for offset, text in enumerate(frame["as_of"]):
        text = text.strip()
        if not _ISO.fullmatch(text):
            raise InputError(f"as_of {text!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
                             path, offset + 2)  # fmt: skip
        try:
            dates.append(pd.Timestamp(text))
        except ValueError:
            raise InputError(f"as_of {text!r} is not a valid date", path, offset + 2) from None
        precisions.append(_PRECISION[len(text)])
    frame["as_of_date"] = pd.Series(dates, index=frame.index, dtype="datetime64[ns]")
    frame["as_of_precision"] = precisions
    frame["number"] = pd.to_numeric(
        frame["value"].where(frame["unit"].isin(_NUMERIC_UNITS)), errors="coerce"
    )
    for column in ("note",):
        frame[column] = frame[column].where(frame[column] != "", None)
    return frame


def _party(subject: str) -> str:
    for entity in find_entities(subject):
        if entity.kind in {"state", "side", "region"}:
            return entity.party
    return "unspecified"


def _category(measure: str) -> str:
    for category, pattern in _CATEGORY_RULES:
        if pattern.search(measure):
            return category
    return "unspecified"


def reference_casualties(ref: pd.DataFrame) -> pd.DataFrame:
    """Map reference rows about casualties and displacement onto party and category.

    Rules: the party is the state or side the ``subject`` names (a region stands for
    its side; "all sides" is ``unspecified``); the category comes from the
    ``measure``: "missing" -> ``missing``, "wounded" -> ``wounded``, "fled" /
    "displaced" / "refugees" -> ``displaced`` (every row of topic ``displacement``
    too), "civilians" -> ``civilian``, "military" -> ``military``, else
    ``unspecified``.

    Args:
        ref: The table from :func:`load_reference`.

    Returns:
        Columns :data:`REFERENCE_CASUALTY_COLUMNS`; ``as_of`` is the ISO text.

    Example:
        >>> rc = reference_casualties(load_reference())
        >>> sorted(set(rc.category)) == sorted({"military", "missing", "civilian",
        ...     "unspecified", "displaced"})
        True
    """
    rows = ref[ref["topic"].isin(["casualties", "displacement"])]
    out = pd.DataFrame(
        {
            "party": [_party(s) for s in rows["subject"]],
            "category": [
                "displaced" if topic == "displacement" else _category(measure)
                for topic, measure in zip(rows["topic"], rows["measure"], strict=True)
            ],
            "count": pd.to_numeric(rows["value"], errors="coerce").astype("Int64").to_numpy(),
            "as_of": rows["as_of"].to_numpy(),
            "measure": rows["measure"].to_numpy(),
            "source": rows["source"].to_numpy(),
            "url": rows["url"].to_numpy(),
            "note": rows["note"].to_numpy(),
        },
        columns=REFERENCE_CASUALTY_COLUMNS,
    )
    return out.reset_index(drop=True)


def _period(text: object) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """Return the first and last day of an ISO date at its precision, or None."""
    if not isinstance(text, str) or not _ISO.fullmatch(text.strip()):
        return None
    text = text.strip()
    try:
        start = pd.Timestamp(text)
    except ValueError:
        return None
    if len(text) == 4:
        return start, start + pd.offsets.YearEnd(0)
    if len(text) == 7:
        return start, start + pd.offsets.MonthEnd(0)
    return start, start


def corpus_period(
    timeline: pd.DataFrame | None, casualties: pd.DataFrame | None = None
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """Return the first and last day a corpus speaks of, or None when it gives no date.

    The dates are the timeline's ``date`` and ``end`` (each at its precision: ``1992``
    runs to 31 December 1992) and the casualties' ``reported_on``.

    Args:
        timeline: The ``timeline`` table, or None.
        casualties: The ``casualties`` table, or None.

    Returns:
        ``(first, last)`` as Timestamps, or None.

    Example:
        >>> import pandas as pd
        >>> corpus_period(pd.DataFrame({"date": ["1988-02", "1994-05-12"], "end": [None, None]}))
        (Timestamp('1988-02-01 00:00:00'), Timestamp('1994-05-12 00:00:00'))
    """
    texts: list[object] = []
    for frame, columns in ((timeline, ("date", "end")), (casualties, ("reported_on",))):
        if frame is not None:
            for column in columns:
                if column in frame.columns:
                    texts.extend(frame[column])
    periods = [p for p in map(_period, texts) if p is not None]
    if not periods:
        return None
    return min(a for a, _ in periods), max(b for _, b in periods)


def _corpus_parties(casualties: pd.DataFrame) -> set[str]:
    parties: set[str] = set()
    for column in ("party", "parties"):
        if column not in casualties.columns:
            continue
        for value in casualties[column]:
            values = [value] if isinstance(value, str) else list(value if value is not None else [])
            parties |= {v for v in values if isinstance(v, str) and v != "unspecified"}
    return parties


def reference_for(
    casualties: pd.DataFrame,
    timeline: pd.DataFrame | None = None,
    reference: str | Path | pd.DataFrame | None = None,
    lag_years: int = REFERENCE_LAG_YEARS,
) -> pd.DataFrame:
    """Return the reference casualty figures that concern a corpus: its parties and period.

    A reference figure is kept when

    * its party is one the casualties name (``party``, or any of a joint figure's
      ``parties``); a figure of ``unspecified`` party ("all sides") is kept only beside
      figures of named parties that were kept, since nothing else ties it to the corpus;
    * and the date it refers to (``as_of``) falls within the corpus's period
      (:func:`corpus_period`), from its first date to ``lag_years`` after its last one,
      since final figures come years later. A corpus that gives no date at all is
      filtered by party only.

    So a corpus about the 1988-94 war gets none of the bundled figures of the 2020 war,
    and a corpus about another conflict gets none of them at all.

    Args:
        casualties: The corpus's ``casualties`` table (or the reconciled one).
        timeline: The corpus's ``timeline`` table, for its period (None: no timeline).
        reference: A public figures CSV (the format of ``public_figures.csv``), a table
            from :func:`load_reference` or :func:`reference_casualties`, or None for the
            bundled figures.
        lag_years: How many years after the corpus's last date a figure may refer to.

    Returns:
        The figures kept, columns :data:`REFERENCE_CASUALTY_COLUMNS`, in file order;
        empty when none applies.

    Raises:
        InputError: The reference file is missing or malformed.

    Example:
        >>> import karabakh_nb as kn
        >>> corpus = kn.open_corpus()
        >>> sorted(set(reference_for(corpus.casualties, corpus.timeline).party))
        ['Armenia', 'Artsakh', 'Azerbaijan', 'unspecified']
        >>> falklands = pd.DataFrame({"party": ["Argentina"], "parties": [["Argentina"]]})
        >>> len(reference_for(falklands))  # the bundled figures are of another war
        0
    """
    if isinstance(reference, pd.DataFrame):
        ref = reference if "party" in reference.columns else reference_casualties(reference)
    else:
        ref = reference_casualties(load_reference(reference))
    ref = ref.reindex(columns=REFERENCE_CASUALTY_COLUMNS).reset_index(drop=True)
    parties = _corpus_parties(casualties)
    named = ref["party"].isin(parties)
    span = corpus_period(timeline, casualties)
    if span is None:
        in_period = pd.Series(True, index=ref.index)
    else:
        first, last = span[0], span[1] + pd.DateOffset(years=lag_years)
        starts = [p[0] if (p := _period(text)) else None for text in ref["as_of"]]
        in_period = pd.Series(
            [start is not None and first <= start <= last for start in starts], index=ref.index
        )
    keep = named & in_period
    if keep.any():
        keep |= (ref["party"] == "unspecified") & in_period
    return ref[keep].reset_index(drop=True)
