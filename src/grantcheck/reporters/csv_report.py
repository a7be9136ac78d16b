"""The CSV report: one row per finding, RFC 4180 (CRLF line ends, fields quoted when
needed), UTF-8, a header row. Streams: the header first, then each scheme's rows.

Safe to open in a spreadsheet. Any text cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return gets a leading single quote (OWASP's advice on
CSV injection), so a scheme's name or a waiver reason can never run as a formula; so does
one starting with ``::`` after spaces, and ``##[`` is written ``##\\[``, so that no line
printed in CI is a workflow command.
Numbers that grantcheck computed (values, thresholds, lines, columns) are written
as plain numbers, negative ones included: they are formatted here from Python
numbers, so a cell such as ``-3`` holds digits only and cannot hold a formula; a
text value that merely looks like a number is quoted like any other text. Other
control characters (and bidi controls) are shown as escapes, as in every report
(safe_text.visible), so that no cell can hide or reorder text. Pure.
"""

from __future__ import annotations

import csv
import io
import math
from typing import Any

from grantcheck.errors import cell as cell_ref
from grantcheck.findings import Finding, Report, SchemeResult, Tally
from grantcheck.reporters.currency import in_its_currency
from grantcheck.reporters.estimates import estimate_note
from grantcheck.reporters.registry import Run
from grantcheck.safe_text import visible

COLUMNS = (
    "file",
    "scheme_id",
    "scheme_name",
    "funder",
    "band",
    "rule",
    "severity",
    "title",
    "metric",
    "value",
    "threshold",
    "line",
    "column",
    "waived",
    "waiver_reason",
    "message",
    "basis",
    "basis_text",
    "cell",  # added columns go last, so the columns before keep their places
    "estimate",  # for a finding judged on an effort estimate: its hours and its assumptions
    "guide",  # the guide the rules come from, cited in full (a row is read on its own)
)
NOT_KNOWN = "not known"  # the reports' words for a measure that cannot be worked out
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def text_cell(value: str) -> str:
    """Text as a cell no spreadsheet will run and no CI runner will obey: control characters
    shown, formulas defused, and a workflow command ('::' after spaces, '##[' anywhere) broken
    as every other report breaks it (a file named '::error::All schemes pass.yaml' began a
    line of '-f csv' on standard output: redteam18)."""
    value = visible(value).replace("##[", "##\\[")
    if value.startswith(TRIGGERS) or value.lstrip(" \t").startswith("::"):
        return "'" + value
    return value


def cell(value: Any) -> str | int | float:
    """Any value as a CSV cell: numbers as numbers, true/false, lists joined, text defused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            return text_cell(str(value))
        return int(value) if value.is_integer() else value
    if isinstance(value, (list, tuple)):
        return text_cell("; ".join("" if v is None else str(v) for v in value))
    return text_cell(str(value))


@in_its_currency
def finding_values(s: SchemeResult, f: Finding, guide: str = "") -> list[Any]:
    """One finding's values in the order of ``COLUMNS`` (the XLSX Findings sheet shares them);
    ``guide``: the guide cited in full."""
    return [
        f.file,
        s.id,
        s.name,
        s.funder,
        s.band,
        f.rule,
        f.severity,
        f.title,
        f.metric,
        # a measure that could not be worked out is said to be so, never a blank a reader
        # takes for zero or for a gap in the export (a value that is None otherwise: no metric)
        NOT_KNOWN if f.unknown and f.value is None else f.value,
        f.threshold,
        f.line,
        f.column,
        f.waived,
        f.waiver_reason,
        f.message,
        f.basis,
        f.basis_text,
        cell_ref(f.file, f.line, f.column),  # a workbook register's 'Schemes!D7', else blank
        estimate_note(s, f.metric),
        guide,
    ]


def _row(s: SchemeResult, f: Finding, guide: str) -> list[str | int | float]:
    return [cell(v) for v in finding_values(s, f, guide)]


def _writer(buffer: io.StringIO) -> Any:
    return csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)


def header() -> str:
    """The header row."""
    buffer = io.StringIO()
    _writer(buffer).writerow(COLUMNS)
    return buffer.getvalue()


def scheme_rows(s: SchemeResult, guide: str = "") -> str:
    """One row for each of a scheme's findings."""
    buffer = io.StringIO()
    _writer(buffer).writerows(_row(s, f, guide) for f in s.findings)
    return buffer.getvalue()


def render(schemes: tuple[SchemeResult, ...], guide: str = "") -> str:
    """The whole report (the CLI streams the same pieces)."""
    return header() + "".join(scheme_rows(s, guide) for s in schemes)


def stream_begin(run: Run) -> str:
    return header()


def stream_scheme(result: SchemeResult, run: Run, first: bool) -> str:
    return scheme_rows(result, cited(run))


def cited(run: Run) -> str:
    """The guide in full (title, publishers, year, web address), or "" for a pack without one."""
    guide = run.policy.pack.guide
    return "" if guide is None else guide.text()


def stream_end(report: Report, tally: Tally, run: Run) -> str:
    """Nothing: input errors go to standard error, as for every machine-readable format."""
    return ""
