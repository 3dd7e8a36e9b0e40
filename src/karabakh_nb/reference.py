"""Public reference figures (CONTRACT.md section 4), to set beside the scraped claims.

``seeds/reference/public_figures.csv`` lists figures from public sources, one per
row: ``topic``, ``subject``, ``measure``, ``value``, ``unit``, ``as_of``
(ISO date at its precision: ``2020-12-03``, ``2023-09``, ``2023``), ``source``,
``url`` and ``note``. :func:`load_reference` reads it; :func:`reference_casualties`
turns its casualty and displacement rows into the shape of the ``casualties``
table (``party``, ``category``, ``count``), so a notebook can plot them beside
:func:`karabakh_nb.reconcile.reconcile_casualties`.
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
    "load_reference",
    "reference_casualties",
]

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
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
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
