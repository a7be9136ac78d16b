"""The terminal report, drawn with rich; plain text when colour is off.

Pure: returns a string. The CLI decides colour (terminal, NO_COLOR) and width.
Severity is always written as a word, so colour is never the only signal.
rich is imported here only, lazily, by the CLI when this format is chosen.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from grantcheck.errors import InputError
from grantcheck.findings import Finding, Report, SchemeResult
from grantcheck.reporters.common import (assumptions_text, band_text, document_line, document_rows, key_numbers,
                                         summary_line)

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan", "waived": "dim", "known": "dim"}
INDENT = 11


def _hang(console: Console, text: Text, indent: int, head: Text | None = None) -> None:
    """Print ``text`` wrapped to the console width, every line indented by ``indent``.

    ``head``, if given, takes the place of the first line's indent (a label).
    """
    lines = text.wrap(console, max(20, console.width - indent))
    for i, line in enumerate(lines):
        prefix = head if (i == 0 and head is not None) else Text(" " * indent)
        line.rstrip()
        console.print(Text.assemble(prefix, line), soft_wrap=True)


def _finding(console: Console, f: Finding) -> None:
    label = "waived" if f.waived else f.severity
    if f.baseline == "unchanged" and not f.waived:
        label = "known"
    head = Text("  ")
    head.append(f"{label:<8}", STYLE[label])
    head.append(f" {f.rule:<6} ", "bold")
    head.append(f"{f.file}:{f.line}:{f.column}", "dim")
    console.print(head)
    body = Text(f.message)
    body.append("\nFix: ", "bold")
    body.append(f.advice)
    if f.waived:
        where = " in config" if f.waiver_source == "config" else ""
        body.append(f"\nWaived{where} ({f.severity}): ", "bold")
        body.append(f.waiver_reason or "")
    elif f.baseline == "unchanged":
        body.append(f"\nKnown from the baseline ({f.severity}); it does not fail the run.", "dim")
    _hang(console, body, INDENT)


def _scheme(console: Console, s: SchemeResult, quiet: bool) -> None:
    if not quiet:
        console.print(Text(s.name, "bold"))
        console.print(Text(f"{s.funder} · {s.kind} · {band_text(s)}", "dim"))
        console.print(Text(s.file, "dim"), soft_wrap=True)
        console.print()
        for label, value in key_numbers(s):
            _hang(console, Text(value), 21, Text(f"  {label:<19}", "bold"))
            if label == "Guidance":
                for row in document_rows(s):
                    _hang(console, Text(document_line(row)), 23, Text(" " * 21 + "- "))
        console.print()
    for f in s.findings:
        _finding(console, f)
    if quiet:
        return
    if not s.findings:
        console.print(Text("  No findings.", "green"))
    console.print()
    console.print(Text(f"  {len(s.passed)} rules passed; {len(s.not_applicable)} did not apply or had "
                       f"nothing stated to check.", "green" if s.passed else ""))
    notes = "; ".join(s.notes)
    _hang(console, Text(f"Assumptions: {assumptions_text(s.assumptions)}." + (f" Note: {notes}." if notes else ""), "dim"), 2)
    console.print()


def _errors(console: Console, errors: tuple[InputError, ...]) -> None:
    for e in errors:
        line = Text(f"{e.file}:{e.line}:{e.column}: ", "bold")
        line.append("input error: ", "bold red")
        line.append(e.message + ".")
        if e.hint:
            line.append(f" {e.hint}.", "dim")
        console.print(line, soft_wrap=True)  # one line each, so it can be searched and parsed
    if errors:
        console.print()


def render(report: Report, *, color: bool = False, width: int = 80, quiet: bool = False) -> str:
    """The proportionality report for people at a terminal (or in a pipe)."""
    out = io.StringIO()
    console = Console(file=out, width=width, color_system="standard" if color else None, force_terminal=color,
                      no_color=not color, highlight=False, emoji=False, markup=False, legacy_windows=False)
    for s in report.schemes:
        _scheme(console, s, quiet)
    _errors(console, report.errors)
    for fingerprint in report.stale_baseline:
        console.print(Text(f"Baseline entry no longer matches: {fingerprint} (remove it from the baseline)", "dim"), soft_wrap=True)
    console.print(Text(summary_line(report), "bold"))
    return out.getvalue()
