r"""The ``karabakh-nb`` command line: a thin layer over the Python API.

Every command calls the functions a Python user or a notebook calls; this module only
parses arguments, prints tables and turns errors into one line on stderr with exit status
2 (and the package's warnings into ``karabakh-nb: note:`` lines).

Output is safe to open: ``--format csv`` prefixes ``'`` to a text cell a spreadsheet
would run as a formula (one starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return, unless it is a plain number; the OWASP rule), and ``--format table`` shows
control characters (C0 and C1, DEL, so ANSI and OSC escape sequences too, and the bidi
overrides) escaped as ``\x1b`` or ``\u202e``. ``--format json`` keeps every value exact.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import functools
import json
import math
import re
import sys
import warnings
from collections.abc import Sequence
from typing import Any, NoReturn

import pandas as pd

from . import __version__, errors
from .errors import KarabakhError, UsageError

PROG = "karabakh-nb"
FORMATS = ("table", "csv", "json")
TABLE_CELL_WIDTH = 60


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        hint = f"; see '{self.prog} --help'"
        self.exit(2, f"{PROG}: error: {message}{hint}\n")


_EXAMPLES = {
    "parse": """examples:
  karabakh-nb parse                          # the bundled seeds, as a table
  karabakh-nb parse seeds/ --format json     # a folder, as JSON records
  karabakh-nb parse 'data/*.txt' --encoding latin-1 --format csv > qa.csv""",
    "facts": """examples:
  karabakh-nb facts --kind timeline
  karabakh-nb facts seeds/ --kind casualties --format csv
  karabakh-nb facts --kind timeline --as-of 2021-02-15   # resolves "Last year", "Thursday\"""",
    "check": """examples:
  karabakh-nb check                           # findings on the bundled seeds
  karabakh-nb check data/ --strict            # exit 1 when there is any finding""",
    "render": """examples:
  karabakh-nb render                          # bundled seeds -> reports/
  karabakh-nb render --seed data/other.txt -p parties '[Georgia, Russia]' -o out/
  karabakh-nb render -p as_of 2021-03-01 -p parties Georgia   # one party
  karabakh-nb render --seed 'raw/*.txt' --encoding latin-1 -o big/

notebook parameters (-p NAME VALUE; VALUE is read as YAML):
  seeds        Q&A files, folders or globs (default: the bundled seeds; or --seed)
  parties      the sides to focus on: one name, a list '[Georgia, Russia]' or '[]' for
               every party (default: [Armenia, Azerbaijan]); one named nowhere is warned about
  as_of        publication date YYYY-MM-DD; resolves "Last year", "Thursday"
               (default: not set, those dates are listed by check)
  figures_dir  folder to export the figures to, as PNG and SVG (default: no export)
  reference    your own reference figures CSV, with the columns of
               seeds/reference/public_figures.csv (default: the bundled one)

The tables are built once and written to DIR/data/ (CSV gzipped, Parquet), which the
notebooks read.""",
    "export": """examples:
  karabakh-nb export -o data/                          # bundled seeds -> data/
  karabakh-nb export notes/ -o out/ --as-of 2021-02-15
  karabakh-nb export 'raw/*.txt' --encoding latin-1 -o out/
  karabakh-nb export big/ -o out/ --scheduler tcp://10.0.0.5:8786   # on a Dask cluster

Writes DIR/<table>.csv and DIR/<table>.parquet for qa, timeline, alliances,
demographics, casualties, reconciled and findings, and DIR/datapackage.json
(a Frictionless Data Package describing them).""",
    "evaluate": """examples:
  karabakh-nb evaluate tests/corpus/tune/           # every X.gold/ folder under it
  karabakh-nb evaluate mine/notes.gold --format json
  karabakh-nb evaluate notes.txt                    # notes.gold/ beside it

A gold folder X.gold/ holds timeline.csv, alliances.csv, demographics.csv and
casualties.csv for the Q&A file X.txt beside it (see the README, 'Evaluating').""",
}


def _add_paths(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="Q&A file, folder (its *.txt files) or glob; default: bundled seeds",
    )
    sub.add_argument(
        "--encoding",
        metavar="ENC",
        default=None,
        help="encoding of files without a byte-order mark (default: utf-8)",
    )


def _add_format(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--format", choices=FORMATS, default="table", help="output format (default: table)"
    )


def _as_of(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"invalid date {value!r}; use YYYY-MM-DD, e.g. 2021-02-15"
        ) from None


def _add_as_of(sub: argparse.ArgumentParser, help_text: str) -> None:
    sub.add_argument("--as-of", type=_as_of, metavar="YYYY-MM-DD", default=None, help=help_text)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of ``karabakh-nb`` (used by the tests and the docs)."""
    from .facts import KINDS

    parser = _Parser(
        prog=PROG,
        description="Turn scraped 'People Also Ask' Q&A text into traceable fact tables "
        "and HTML reports.",
        epilog="examples:\n  karabakh-nb parse\n  karabakh-nb facts --kind casualties\n"
        "  karabakh-nb check --strict\n  karabakh-nb render -o reports/\n\n"
        "Run 'karabakh-nb COMMAND --help' for a command's options.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subs = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    kw: dict[str, Any] = {"formatter_class": argparse.RawDescriptionHelpFormatter}

    p = subs.add_parser(
        "parse",
        help="print the qa table (one row per question)",
        description="Parse Q&A files into the qa table.",
        epilog=_EXAMPLES["parse"],
        **kw,
    )
    _add_paths(p)
    _add_format(p)

    p = subs.add_parser(
        "facts",
        help="print one fact table (timeline, alliances, ...)",
        description="Extract one fact table; every row names its qa_id and quotes its evidence.",
        epilog=_EXAMPLES["facts"],
        **kw,
    )
    _add_paths(p)
    p.add_argument("--kind", required=True, choices=KINDS, help="which table to print")
    _add_format(p)
    _add_as_of(p, "publication date, to resolve 'Last year', 'Thursday'")

    p = subs.add_parser(
        "check",
        help="print data-quality findings",
        description="List data-quality findings, each naming its pair.",
        epilog=_EXAMPLES["check"],
        **kw,
    )
    _add_paths(p)
    _add_format(p)
    p.add_argument("--strict", action="store_true", help="exit 1 when there are findings")
    _add_as_of(p, "publication date; relative dates it resolves are not reported")

    p = subs.add_parser(
        "render",
        help="execute the notebooks into HTML reports",
        description="Build every table once, write them as a data package into DIR/data/, "
        "then execute every notebook with papermill and write DIR/index.html, one .html "
        "and one executed .ipynb per notebook.",
        epilog=_EXAMPLES["render"],
        **kw,
    )
    p.add_argument(
        "--seed",
        action="append",
        default=[],
        metavar="PATH",
        help="Q&A file, folder or glob to report on (repeatable; default: bundled seeds)",
    )
    p.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="set a notebook parameter; VALUE is YAML",
    )
    p.add_argument(
        "-o", "--output", default="reports", metavar="DIR", help="output folder (default: reports/)"
    )
    p.add_argument(
        "--encoding",
        metavar="ENC",
        default=None,
        help="encoding of seeds without a byte-order mark (default: utf-8)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    for flag in ("--as-of", "--parties", "--figures-dir"):  # notebook parameters: -p NAME
        p.add_argument(flag, dest=f"misplaced_{flag[2:]}", default=None, help=argparse.SUPPRESS)

    p = subs.add_parser(
        "export",
        help="write every table as CSV and Parquet with datapackage.json",
        description="Write every table (qa, the four fact tables, reconciled casualties, "
        "findings) as CSV and Parquet, plus DIR/datapackage.json.",
        epilog=_EXAMPLES["export"],
        **kw,
    )
    _add_paths(p)
    p.add_argument(
        "-o", "--output", required=True, metavar="DIR", help="output folder (created if missing)"
    )
    _add_as_of(p, "publication date, to resolve 'Last year', 'Thursday'")
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help="read the fact tables on a Dask cluster, e.g. tcp://10.0.0.5:8786 "
        "(needs the dask extra; default: this machine, one process per core)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress, only the 'wrote' line")

    p = subs.add_parser(
        "evaluate",
        help="score the extractors against gold tables",
        description="Precision, recall and F1 per kind and file of the four extractors "
        "against hand-made gold tables, with the missed and the false rows.",
        epilog=_EXAMPLES["evaluate"],
        **kw,
    )
    p.add_argument(
        "gold", nargs="+", metavar="GOLD", help="X.gold/ folder, X.txt file or folder of them"
    )
    _add_format(p)
    p.add_argument("--encoding", metavar="ENC", default=None, help="encoding of the Q&A files")
    _add_as_of(p, "publication date passed to the extractors")
    return parser


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return list(value)
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if isinstance(value, dt.date | pd.Timestamp):
        return value.isoformat()
    return value


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Return a table as JSON-ready records: ``None`` for missing, lists kept as lists."""
    cols = list(frame.columns)
    return [
        {c: _cell(v) for c, v in zip(cols, row, strict=True)}
        for row in frame.itertuples(index=False, name=None)
    ]


def _text(value: Any, *, csv: bool = False) -> str:
    value = _cell(value)
    if value is None:
        return ""
    if isinstance(value, list):
        text = ";".join(str(v) for v in value)
    elif isinstance(value, str):
        text = value
    else:
        return str(value)  # a number or a flag: never a formula
    return _csv_safe(text) if csv else text


# A spreadsheet runs a cell starting with one of these as a formula (OWASP, "CSV Injection").
_FORMULA_START = frozenset("=+-@\t\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def _csv_safe(text: str) -> str:
    """Prefix ``'`` to a text a spreadsheet would run as a formula (not to "-12")."""
    formula = text[:1] in _FORMULA_START and not _PLAIN_NUMBER.fullmatch(text)
    return "'" + text if formula else text


# Control characters that a terminal acts on: C0 but tab and line ends (shown as spaces),
# DEL, C1, and the bidi controls that reorder what is shown.
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def _escape_control(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    r"""Return ``text`` with every control character escaped, for a terminal.

    Example:
        >>> visible("\x1b[31mred\x1b[0m")
        '\\x1b[31mred\\x1b[0m'
    """
    return _CONTROL.sub(_escape_control, text)


class _Lines(list[str]):
    """A file that keeps each write: ``csv.writer`` writes one row per call."""

    def write(self, text: str) -> int:
        self.append(text)
        return len(text)


def _csv_text(frame: pd.DataFrame) -> str:
    # Rows end in "\n"; with "\r\n" as the writer's terminator, a cell holding either
    # character is quoted (with "\n" alone, a lone "\r" went out unquoted and split rows).
    lines = _Lines()
    writer = csv.writer(lines, lineterminator="\r\n")
    writer.writerow([str(c) for c in frame.columns])
    for row in frame.itertuples(index=False, name=None):
        writer.writerow([_text(v, csv=True) for v in row])
    return "\n".join(line[:-2] for line in lines)


def format_table(frame: pd.DataFrame, fmt: str) -> str:
    """Render a table as ``table`` (aligned text), ``csv`` or ``json``.

    ``csv`` neutralises cells a spreadsheet would run as formulas and ``table`` escapes
    control characters (see the module docstring); ``json`` is exact.
    """
    if fmt == "json":
        return json.dumps(records(frame), ensure_ascii=False, indent=1)
    if fmt == "csv":
        return _csv_text(frame)
    cols = [visible(str(c)) for c in frame.columns]
    cells = [
        [_short(visible(_text(v))) for v in row] for row in frame.itertuples(index=False, name=None)
    ]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.append(f"({len(frame)} row)" if len(frame) == 1 else f"({len(frame)} rows)")
    return "\n".join(lines)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TABLE_CELL_WIDTH else text[: TABLE_CELL_WIDTH - 1] + "…"


def _run(args: argparse.Namespace) -> int:
    from .check import check
    from .facts import extract
    from .parse import read_corpus

    if args.command == "parse":
        frame = read_corpus(args.paths, args.encoding).qa
        columns = list(frame.columns)
        if args.format == "table":
            columns = ["id", "question", "answer", "snippet", "flags"]
        print(format_table(frame[columns], args.format))
        return 0
    if args.command == "facts":
        qa = read_corpus(args.paths, args.encoding).qa
        print(format_table(extract(qa, args.kind, as_of=args.as_of), args.format))
        return 0
    if args.command == "check":
        findings = check(read_corpus(args.paths, args.encoding), as_of=args.as_of)
        shown = findings if args.format != "table" else findings.drop(columns=["source", "text"])
        print(format_table(shown, args.format))
        return 1 if args.strict and len(findings) else 0
    if args.command == "render":
        # render imports papermill without jsonschema's IRI grammar (render._execute).
        from .render import parse_parameters, render

        for flag in ("as-of", "parties", "figures-dir"):
            value = getattr(args, f"misplaced_{flag}")
            if value is not None:
                name = flag.replace("-", "_")
                raise UsageError(
                    f"render takes {name} as a notebook parameter: -p {name} {value} (not --{flag})"
                )
        params = parse_parameters(args.parameter)
        render(
            seeds=args.seed or None,
            parameters=params,
            output=args.output,
            encoding=args.encoding,
            progress=not args.quiet,
        )
        return 0
    if args.command == "evaluate":
        return _evaluate(args)
    if args.command == "export":
        return _export(args)
    raise UsageError("no command given; try 'karabakh-nb --help'")


def _export(args: argparse.Namespace) -> int:
    from .corpus import open_corpus
    from .export import export

    corpus = open_corpus(args.paths, args.encoding, args.as_of)
    descriptor = export(corpus, args.output, scheduler=args.scheduler, progress=not args.quiet)
    counts = ", ".join(f"{name} {len(frame)}" for name, frame in corpus.tables().items())
    print(f"wrote {descriptor} (rows: {counts})", file=sys.stderr)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, pivot

    result = evaluate(args.gold, as_of=args.as_of, encoding=args.encoding)
    if args.format == "json":
        # One record per file and kind, its missed and false rows inside it.
        out = []
        for score in records(result.scores):
            mine = result.rows[
                (result.rows["file"] == score["file"]) & (result.rows["kind"] == score["kind"])
            ]
            for status in ("missed", "false"):
                part = mine[mine["status"] == status].drop(columns=["file", "kind", "status"])
                score[status] = records(part)
            out.append(score)
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    if args.format == "csv":
        print(format_table(result.scores, "csv"))
        return 0
    print(format_table(result.scores, "table"))
    print()
    print("F1 per file and kind:")
    print(pivot(result).to_string(na_rep="-", float_format=lambda v: f"{v:.2f}"))
    if len(result.rows):
        print()
        print(format_table(result.rows.drop(columns=["evidence"]), "table"))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:  # reported by the command's own parser, so the hint names its --help
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        owner = subs[0].choices.get(args.command, parser) if args.command else parser
        owner.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        with warnings.catch_warnings():
            warnings.showwarning = functools.partial(_say, "note")  # one line each
            return _run(args)
    except KarabakhError as exc:  # bad input or usage; a failed notebook (RenderError) too
        return _fail(exc.oneline(), 2)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        return 0
    except UnicodeEncodeError as exc:  # a terminal that cannot show the text
        return _fail(errors.MSG_CANNOT_WRITE.format(encoding=exc.encoding), 1)
    except OSError as exc:  # the system failed us (disk full, ...): not the input
        where = f"{exc.filename}: " if exc.filename else ""
        return _fail(f"{where}{exc.strerror or exc}", 1)
    except MemoryError:
        return _fail(errors.MSG_NO_MEMORY, 1)


def _fail(message: str, status: int) -> int:
    """Print ``karabakh-nb: error: <message>`` as one line on stderr; return ``status``."""
    _say("error", message)
    return status


def _say(kind: str, message: object, *_: object, **__: object) -> None:
    with contextlib.suppress(OSError, ValueError):  # stderr itself is gone
        print(f"{PROG}: {kind}: {' '.join(visible(str(message)).split())}", file=sys.stderr)
