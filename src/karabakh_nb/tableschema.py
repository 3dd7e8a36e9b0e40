"""The Table Schema of every exported table: field types, descriptions, keys.

This module describes the tables of CONTRACT.md section 3 (and their extra columns)
in the terms of Frictionless Table Schema v2 (https://datapackage.org/standard/table-schema/):
each field's ``type`` (``string``, ``integer``, ``number``, ``boolean``, or ``list``
of strings joined with ``;``), its ``description`` (the contract's wording) and, where
the contract fixes a vocabulary, an ``enum`` constraint. :mod:`karabakh_nb.export`
uses it to convert cells and to write ``datapackage.json``.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pandas as pd

__all__ = [
    "LIST_DELIMITER",
    "TABLE_DESCRIPTIONS",
    "TYPES",
    "Field",
    "field_descriptor",
    "fields_of",
    "foreign_keys",
    "primary_key",
    "table_schema",
]

#: How a list cell is written in CSV (Table Schema ``list`` type, ``delimiter``).
LIST_DELIMITER = ";"
#: The field types used.
TYPES = ("string", "integer", "number", "boolean", "list")


class Field(NamedTuple):
    """One column of an exported table."""

    name: str
    type: str
    description: str
    required: bool = False
    enum: tuple[str, ...] = ()


def _f(name: str, type_: str, description: str, *, required: bool = False, enum: str = "") -> Field:
    return Field(name, type_, description, required, tuple(enum.split()))


_QUALIFIERS = "exact approx at_least at_most"
_CATEGORIES = "military civilian unspecified missing wounded displaced"
_QA_ID = _f("qa_id", "string", "The pair the row was read from (a qa.id).", required=True)
_EVIDENCE = _f("evidence", "string", "The sentence the row was read from, verbatim.", required=True)

_FIELDS: dict[str, list[Field]] = {
    "qa": [
        _f(
            "id",
            "string",
            "Pair id, '<file stem>:<line>' (e.g. '000_c8ae912d7073d48a:73'); where two files "
            "share a stem, the file's path relative to their common folder replaces the stem. "
            "Unique in the corpus.",
            required=True,
        ),
        _f(
            "source",
            "string",
            "File name of the pair, or its path relative to the files' common folder where "
            "names repeat.",
            required=True,
        ),
        _f("line", "integer", "1-based line of the question in its file.", required=True),
        _f("question", "string", "The question, without a 'Question:' prefix.", required=True),
        _f("answer", "string", "The clean answer passage; null when the question is unanswered."),
        _f("snippet", "string", "The featured-snippet header split off the answer, or null."),
        _f("raw", "string", "The answer block exactly as in the file (line breaks kept), or null."),
        _f(
            "flags",
            "list",
            "Artefacts found in the pair, drawn from unanswered, truncated (cut off "
            "mid-sentence), snippet_header and boilerplate; empty when none.",
        ),
        _f(
            "boilerplate",
            "string",
            "Share-widget text and footnote marks ([14]) removed from the answer (kept here and "
            "in raw), or null.",
        ),
        _f("answer_line", "integer", "1-based line of the answer block, or null when unanswered."),
    ],
    "timeline": [
        _f(
            "date",
            "string",
            "ISO 8601 date at its precision: '1992', '1990-01' or '2020-11-10'.",
            required=True,
        ),
        _f("precision", "string", "Precision of date.", required=True, enum="year month day"),
        _f(
            "end",
            "string",
            "ISO end of a range such as 'from 7 to 12 August 2008', else null.",
        ),
        _f("event", "string", "Short description of the event."),
        _f(
            "relative",
            "string",
            "The relative phrase the date was resolved from, such as 'a year later', else null.",
        ),
        _QA_ID,
        _EVIDENCE,
    ],
    "alliances": [
        _f(
            "a",
            "string",
            "First party: a state by its common short English name, a side, or an "
            "organisation by its acronym (CSTO, NATO, UN, ...).",
            required=True,
        ),
        _f(
            "b",
            "string",
            "Second party: for member the organisation, for mediator one party of the deal.",
            required=True,
        ),
        _f(
            "relation",
            "string",
            "ally (alliance, primary ally, military support: a supports b), member (a is a "
            "member of organisation b), partner (diplomatic relations, cooperation), "
            "adversary (war, conflict, no diplomatic relations), mediator (a brokered a "
            "ceasefire or deal involving b).",
            required=True,
            enum="ally member partner adversary mediator",
        ),
        _QA_ID,
        _EVIDENCE,
    ],
    "demographics": [
        _f("subject", "string", "The place or state the figure is about."),
        _f(
            "group",
            "string",
            "The group counted, e.g. 'Shia', 'ethnic Armenians', 'population'.",
            required=True,
        ),
        _f("value", "number", "The figure; null for 'mostly' / 'majority'."),
        _f("unit", "string", "Unit of value.", required=True, enum="percent people"),
        _f(
            "qualifier",
            "string",
            "exact; approx ('about', 'some', 'roughly', 'nearly'); at_least ('at least', "
            "'more than', 'over'); at_most ('up to', 'fewer than'); majority ('mostly', "
            "'majority').",
            required=True,
            enum=f"{_QUALIFIERS} majority",
        ),
        _f("year", "integer", "The year the figure refers to, or null."),
        _QA_ID,
        _EVIDENCE,
    ],
    "casualties": [
        _f(
            "party",
            "string",
            "Whose people: a state or side (Armenia, Azerbaijan, Artsakh) or 'unspecified'.",
            required=True,
        ),
        _f(
            "category",
            "string",
            "What happened to them: killed soldiers (military), civilians, unspecified "
            "dead, missing, wounded or displaced.",
            required=True,
            enum=_CATEGORIES,
        ),
        _f("count", "integer", "Number of people.", required=True),
        _f(
            "qualifier",
            "string",
            "exact; approx ('about', 'some', 'roughly', 'nearly'); at_least ('at least', "
            "'more than', 'over', 'in excess of'); at_most ('up to', 'fewer than').",
            required=True,
            enum=_QUALIFIERS,
        ),
        _f("reported_by", "string", "Who gave the figure, or null."),
        _f("reported_on", "string", "ISO date the source gave the figure, or null."),
        _QA_ID,
        _EVIDENCE,
        _f(
            "parties",
            "list",
            "Every party the figure covers, party first (a figure may cover several).",
        ),
    ],
    "reconciled": [
        _f("party", "string", "The party, as in casualties.party.", required=True),
        _f(
            "category",
            "string",
            "The category, as in casualties.category.",
            required=True,
            enum=_CATEGORIES,
        ),
        _f(
            "low",
            "integer",
            "The smallest reported figure or lower bound; null when there are only upper bounds.",
        ),
        _f(
            "best",
            "integer",
            "The median reported figure (a figure someone reported); with none, the largest "
            "lower bound, else the smallest upper bound.",
        ),
        _f(
            "high",
            "integer",
            "The largest reported figure or upper bound; null when there are only lower "
            "bounds (an 'at least' never becomes high).",
        ),
        _f("n_reports", "integer", "Number of casualties rows folded in.", required=True),
        _f(
            "qa_ids",
            "list",
            "The pairs reporting the figures (qa.id values), in order of first appearance.",
        ),
        _f("disagree", "boolean", "True when the reports disagree.", required=True),
        _f(
            "best_basis",
            "string",
            "What best is: the median of figures (points), the largest lower bound "
            "(lower_bound) or the smallest upper bound (upper_bound).",
            enum="points lower_bound upper_bound",
        ),
        _f("qualifiers", "list", "The qualifier of each report, in order."),
        _f("reported_by", "list", "The distinct sources named by the reports."),
    ],
    "findings": [
        _f(
            "kind",
            "string",
            "Kind of finding.",
            required=True,
            enum="unanswered truncated snippet_header boilerplate orphan_block skipped_file "
            "duplicate_question unresolved_relative_date implausible_figure impossible_date "
            "disagreeing_figures",
        ),
        _f(
            "qa_id",
            "string",
            "The pair the finding is about (a qa.id); for orphan_block the block's own "
            "'<file stem>:<line>' id, which names no pair.",
            required=True,
        ),
        _f("source", "string", "File name, as in qa.source.", required=True),
        _f("line", "integer", "1-based line of the pair or block.", required=True),
        _f("message", "string", "What was found and what to do about it.", required=True),
        _f("text", "string", "The text concerned (header, boilerplate, block), or null."),
    ],
}

#: One line per table, used as the resource description.
TABLE_DESCRIPTIONS = {
    "qa": "One row per question: the question, its clean answer, and the scraping "
    "artefacts separated from it.",
    "timeline": "Dated events read from the answers.",
    "alliances": "Relations between states, sides and organisations read from the answers.",
    "demographics": "Population figures and shares read from the answers.",
    "casualties": "Figures of people killed, missing, wounded or displaced read from the "
    "answers, as reported.",
    "reconciled": "The casualty figures folded into one low / best / high range per "
    "(party, category).",
    "findings": "Data-quality findings (karabakh-nb check), each naming its pair or block.",
}

# Tables whose qa_id names a pair; findings' qa_id may name an orphan block instead.
_FOREIGN_KEY_TABLES = ("timeline", "alliances", "demographics", "casualties")
_PRIMARY_KEYS = {"qa": ["id"], "reconciled": ["party", "category"]}


def _infer(column: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(column):
        return "boolean"
    if pd.api.types.is_integer_dtype(column):
        return "integer"
    if pd.api.types.is_float_dtype(column):
        return "number"
    if any(isinstance(v, list | tuple) for v in column):
        return "list"
    return "string"


def fields_of(table: str, frame: pd.DataFrame) -> list[Field]:
    """Return the fields of one table, in the order of its columns.

    Args:
        table: A table name (``qa``, ``timeline``, ..., ``findings``).
        frame: The table; a column the contract does not describe gets a type inferred
            from its values and a description saying so.

    Returns:
        One :class:`Field` per column of ``frame``.

    Example:
        >>> import pandas as pd
        >>> [f.type for f in fields_of("qa", pd.DataFrame(columns=["id", "line", "flags"]))]
        ['string', 'integer', 'list']
    """
    known = {f.name: f for f in _FIELDS.get(table, [])}
    return [
        known.get(name)
        or Field(str(name), _infer(frame[name]), "Extra column (not in the contract).")
        for name in frame.columns
    ]


def primary_key(table: str) -> list[str]:
    """Return the primary key fields of a table (empty when it has none)."""
    return list(_PRIMARY_KEYS.get(table, []))


def foreign_keys(table: str, qa_resource: str = "qa") -> list[dict[str, Any]]:
    """Return the foreign keys of a table: ``qa_id`` references ``qa.id``.

    Args:
        table: A table name.
        qa_resource: The name of the resource holding the ``qa`` table.

    Returns:
        Table Schema ``foreignKeys`` entries (empty for tables whose ``qa_id`` may name
        something else, and for ``qa`` itself).
    """
    if table not in _FOREIGN_KEY_TABLES:
        return []
    return [{"fields": ["qa_id"], "reference": {"resource": qa_resource, "fields": ["id"]}}]


def field_descriptor(field: Field) -> dict[str, Any]:
    """Return one Table Schema field descriptor."""
    out: dict[str, Any] = {"name": field.name, "type": field.type, "description": field.description}
    if field.type == "list":
        out["itemType"] = "string"
        out["delimiter"] = LIST_DELIMITER
    constraints: dict[str, Any] = {}
    if field.required:
        constraints["required"] = True
    if field.enum:
        constraints["enum"] = list(field.enum)
    if constraints:
        out["constraints"] = constraints
    return out


def table_schema(table: str, fields: list[Field], qa_resource: str = "qa") -> dict[str, Any]:
    """Return the Table Schema of one table.

    Args:
        table: A table name.
        fields: Its fields, from :func:`fields_of`.
        qa_resource: The name of the resource holding the ``qa`` table (the target of
            foreign keys).

    Returns:
        The ``schema`` descriptor: fields, ``missingValues`` (an empty cell is null; an
        empty list cell is an empty list), primary and foreign keys.
    """
    schema: dict[str, Any] = {
        "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
        "fields": [field_descriptor(f) for f in fields],
        "missingValues": [""],
    }
    if key := primary_key(table):
        schema["primaryKey"] = key
    if keys := foreign_keys(table, qa_resource):
        schema["foreignKeys"] = keys
    return schema
