"""The XLSX report: a workbook with sheets Schemes, Findings, Rules and Assumptions.

Written with XlsxWriter in its constant-memory mode: each row goes to the sheet's
temporary file as soon as the scheme is checked, so memory stays flat over ten
thousand schemes (measured against openpyxl's write-only mode: the same speed,
less memory, and ``write_string`` writes text as text, so a cell from a scheme
file can never become a formula). Only ``-f xlsx`` imports XlsxWriter.

Every header row is frozen and filtered. Text goes in as text, numbers as
numbers, true/false as booleans; control characters are shown as escapes and text
longer than a cell holds is cut, saying so. A figure that is only a lower bound (some
part of it not stated) is a number shown as "at least 9.09" by its cell's format, and
its metric is named in the lower_bounds column, so that a filter finds it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from grantcheck.findings import BUILT_IN_RULES, Report, SchemeResult, Tally
from grantcheck.metrics import METRICS
from grantcheck.reporters.csv_report import COLUMNS, NOT_KNOWN, finding_values
from grantcheck.reporters.registry import Run
from grantcheck.safe_text import visible

CELL_LIMIT = 32_767  # characters Excel keeps in one cell
ROW_LIMIT = 1_048_576  # rows in one sheet
CUT = " … (cut: too long for one cell)"
FIXED_HEAD = [
    "file",
    "location",  # the file, or a register's row (register.xlsx:Schemes!7), as the overview's
    "id",
    "name",
    "funder",
    "kind",
    "band",
    "errors",
    "warnings",
    "info",
    "waived",
    "lower_bounds",  # the metrics whose value is only "at least" (as JSON's lower_bounds)
]
# Metrics already in a fixed column ("kind") are not repeated as a second column of the same name.
SHEET_METRICS = [name for name in METRICS if name not in FIXED_HEAD]
SCHEME_HEAD = [*FIXED_HEAD, *SHEET_METRICS]
RULE_HEAD = ["rule", "title", "metric", "check", "basis"]


def _text(value: str) -> str:
    value = visible(value)
    return value if len(value) <= CELL_LIMIT else value[: CELL_LIMIT - len(CUT)] + CUT


class _Sheet:
    """One worksheet, written row by row (constant memory), with its header frozen and filtered."""

    def __init__(self, book: Any, name: str, head: list[str], bold: Any) -> None:
        self.ws = book.add_worksheet(name)
        self.width = len(head)
        self.row = 0
        self.full = False
        self.ws.freeze_panes(1, 0)
        self.put([*head], bold)

    def put(
        self, values: list[Any], style: Any = None, numbers: dict[int, Any] | None = None
    ) -> None:
        """One row: text in ``style``; a number in column i in ``numbers[i]``, if given."""
        if self.row >= ROW_LIMIT - 1:
            if not self.full:  # the last row says why the sheet stops
                self.ws.write_string(self.row, 0, "The sheet is full; use -f csv for every row.")
                self.full = True
            return
        ws, r = self.ws, self.row
        for c, v in enumerate(values):
            if v is None:
                continue
            if isinstance(v, bool):
                ws.write_boolean(r, c, v)
            elif isinstance(v, (int, float)) and math.isfinite(v):
                ws.write_number(r, c, v, (numbers or {}).get(c))
            elif isinstance(v, (list, tuple)):
                ws.write_string(r, c, _text("; ".join(str(x) for x in v)), style)
            else:
                ws.write_string(r, c, _text(str(v)), style)
        self.row += 1

    def close(self) -> None:
        self.ws.autofilter(0, 0, max(0, min(self.row, ROW_LIMIT) - 1), self.width - 1)


class Book:
    """The workbook, filled scheme by scheme; ``finish`` yields its bytes for the CLI's
    writer (which stages every output and commits all or none)."""

    def __init__(self, policy: Any) -> None:
        import tempfile

        import xlsxwriter  # only -f xlsx pays for it

        # the zip, built at close, so not in a with block
        self.file = tempfile.TemporaryFile(prefix="grantcheck-")  # noqa: SIM115
        self.book = xlsxwriter.Workbook(
            self.file,
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
            },
        )
        bold = self.book.add_format({"bold": True})
        # a lower bound stays a number (it sums and sorts) and reads "at least 9.09"
        self.at_least = self.book.add_format({"num_format": '"at least "General'})
        self.schemes = _Sheet(self.book, "Schemes", SCHEME_HEAD, bold)
        self.findings = _Sheet(self.book, "Findings", list(COLUMNS), bold)
        self.guide = "" if policy.pack.guide is None else policy.pack.guide.text()
        bands = list(policy.pack.bands)
        levels = [f"{band} {level}" for band in bands for level in ("warning", "error")]
        self.rules = _Sheet(self.book, "Rules", [*RULE_HEAD, *levels, "sources"], bold)
        for rule in policy.rules:
            self.rules.put(rule_row(rule, bands))
        for b in BUILT_IN_RULES.values():  # GC001 too: its findings are on the Findings sheet
            severity = getattr(policy, b.setting)
            if severity != "ignore":
                said = f"{b.description} Severity {severity}: the config key {b.setting}."
                self.rules.put(
                    [b.id, b.title, "", "built in", b.basis_text, *[None] * len(levels), said]
                )
        self.assumptions = _Sheet(
            self.book, "Assumptions", ["name", "label", "value", "unit", "basis"], bold
        )
        for a in policy.pack.assumed:
            self.assumptions.put([a.name, a.label, a.value, a.unit, a.basis])

    def add(self, s: SchemeResult) -> None:
        live = [f for f in s.findings if not f.waived]
        count = {k: sum(1 for f in live if f.severity == k) for k in ("error", "warning", "info")}
        from grantcheck.errors import place

        lower = set(s.lower_bounds)
        at_least = {
            len(FIXED_HEAD) + i: self.at_least
            for i, name in enumerate(SHEET_METRICS)
            if name in lower
        }
        self.schemes.put(
            [
                s.file,
                place(s.file, s.line),
                s.id,
                s.name,
                s.funder,
                s.kind,
                s.band,
                count["error"],
                count["warning"],
                count["info"],
                len(s.findings) - len(live),
                [name for name in SHEET_METRICS if name in lower] or None,
            ]
            # a metric not known is said to be so (as the text report does), never left blank
            + [_known(s.metrics.get(name)) for name in SHEET_METRICS],
            numbers=at_least,
        )
        for f in s.findings:
            self.findings.put(finding_values(s, f, self.guide))

    def finish(self, report: Report, tally: Tally) -> Iterator[bytes]:
        """The workbook's bytes, in pieces (input errors go to standard error, as for CSV)."""
        for sheet in (self.schemes, self.findings, self.rules, self.assumptions):
            sheet.close()
        self.book.close()
        self.file.seek(0)
        try:
            while chunk := self.file.read(1 << 20):
                yield chunk
        finally:
            self.file.close()


def _known(value: Any) -> Any:
    return NOT_KNOWN if value is None else value


def stream_writer(run: Run) -> Book:
    """A new workbook for this run."""
    return Book(run.policy)


def rule_row(rule: Any, bands: list[str]) -> list[Any]:
    """A rule in force: its limits for every band (a flag rule lists the values that trigger it)."""
    cells: list[Any] = [rule.id, rule.title, rule.metric, rule.check, "; ".join(rule.grounds())]
    for band in bands:
        for level in ("warning", "error"):
            trigger = rule.trigger(level)
            if trigger is not None:
                cells.append("; ".join(str(v) for v in trigger.values) or None)
            else:
                cells.append(rule.limit(level, band))
    return cells + [" ".join(s if s.endswith((".", "?", "!")) else s + "." for s in rule.sources)]
