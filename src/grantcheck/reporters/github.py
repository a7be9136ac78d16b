"""GitHub Actions workflow commands, and the Markdown step summary. Pure functions.

GitHub shows only ten annotations of each kind per step, so the CLI also
appends ``summary_markdown`` to $GITHUB_STEP_SUMMARY when it is set.
"""

from __future__ import annotations

from grantcheck.errors import InputError, cell_prefix, where
from grantcheck.findings import Report, SchemeResult, Tally
from grantcheck.reporters.currency import in_its_currency
from grantcheck.reporters.estimates import estimate_note
from grantcheck.reporters.registry import Run
from grantcheck.reporters.wording import finding_title, summary_line
from grantcheck.safe_text import (
    markdown,
    markdown_code,
    prose,
    visible,
    workflow_data,
    workflow_property,
)
from grantcheck.units import plural

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


SUMMARY_BYTES = 1_000_000  # GitHub drops a step summary over 1 MiB (1,048,576 bytes) whole


def _data(*paragraphs: str) -> str:
    """Paragraphs (each may hold text from input, shown escaped) as one command's message."""
    return workflow_data("\n".join(prose(p) for p in paragraphs))


def _prop(text: str) -> str:
    return workflow_property(visible(text))


def annotation(e: InputError) -> str:
    """An input error as an ``::error`` command (also how the CLI reports one under Actions)."""
    place = f"file={_prop(e.file)},line={e.line},col={e.column}"
    message = _data(
        cell_prefix(e.file, e.line, e.column) + e.message + (". " + e.hint if e.hint else "")
    )
    return f"::error {place},title=grantcheck input error::{message}"


@in_its_currency
def scheme_piece(s: SchemeResult) -> str:
    """One workflow command per finding of this scheme that counts, and a notice per waived
    finding with its reason ("the reason is shown in every report", scheme-format.md)."""
    lines = []
    for f in s.findings:
        if not f.live and not f.waived:  # known from the baseline: the summary counts it
            continue
        title = _prop(f"{f.rule} {finding_title(f)}" + (" (waived)" if f.waived else ""))
        message = cell_prefix(f.file, f.line, f.column) + f.message
        # whose limit it is (the guide's, the law's, grantcheck's own), as every report says
        limit = [f"Limit: {f.basis_text}."] if f.basis_text else []
        limit += [note] if (note := estimate_note(s, f.metric)) else []  # what it assumed
        last = "How to fix: " + f.advice
        if f.waived:  # a notice: it does not fail the run, and GitHub must not show it as one
            by = " in config" if f.waiver_source == "config" else ""
            last = f"Waived{by} ({f.severity}): {f.waiver_reason or ''}"
        command = "notice" if f.waived else COMMAND[f.severity]
        lines.append(
            f"::{command} file={_prop(f.file)},line={f.line},col={f.column},"
            f"title={title}::{_data(message, *limit, last)}\n"
        )
    return "".join(lines)


def end(report: Report, summary: str, guide: str = "") -> str:
    """A command per input error, then the summary notice, which cites the guide in full (the
    annotations are all a CI log shows)."""
    lines = [annotation(e) for e in report.errors]
    cite = [f"Checked against the good practice in {guide}."] if guide else []
    lines.append(f"::notice title=grantcheck::{_data(summary, *cite)}")
    return "\n".join(lines) + "\n"


def render(report: Report, guide: str = "") -> str:
    """One workflow command per live finding and per input error, then a summary notice."""
    pieces = "".join(scheme_piece(s) for s in report.schemes)
    return pieces + end(report, summary_line(report), guide)


def summary_markdown(report: Report) -> str:
    """A short Markdown summary: the line, then a table of findings that count, the waived and
    the input errors, stopped under SUMMARY_BYTES with a line saying how many are not shown."""
    out = ["## grantcheck", "", summary_line(report), ""]
    live = [f for f in report.findings if f.live]
    rows, room = _fit(
        [
            f"| {f.severity} | {markdown(f.rule)} | {markdown(f.scheme_id)} | "
            f"{markdown_code(f'{f.file}:{f.line}', in_table=True)} | {markdown(f.message)} |"
            for f in live
        ],
        SUMMARY_BYTES - 2_000 - sum(len(line.encode()) + 1 for line in out),  # (2,000: the rest)
    )
    if rows:
        out += ["| severity | rule | scheme | where | what |", "| --- | --- | --- | --- | --- |"]
        out += [*rows, ""]
    waived_all = [f for f in report.findings if f.waived]  # each with its reason, as everywhere
    waived, room = _fit(
        [
            f"- waived: {markdown(f.rule)} ({f.severity}) in {markdown(f.scheme_id)} at "
            f"{markdown_code(f'{f.file}:{f.line}')}: {markdown(f.waiver_reason or '')}"
            for f in waived_all
        ],
        room if len(rows) == len(live) else 0,
    )
    out += [*waived, ""] if waived else []
    errors, _ = _fit(
        [
            f"- input error: {markdown_code(where(e.file, e.line, e.column))} {markdown(e.message)}"
            for e in report.errors
        ],
        room if len(waived) == len(waived_all) else 0,
    )
    out += errors
    left = [
        (len(live) - len(rows), "finding"),
        (len(waived_all) - len(waived), "waived finding"),
        (len(report.errors) - len(errors), "input error"),
    ]
    if any(n for n, _ in left):
        said = ", ".join(plural(n, what) for n, what in left if n)
        out += [
            "",
            f"The step summary stops here: {said} not shown (GitHub drops a summary over 1 MiB "
            "whole); the check's log and its reports hold them all.",
        ]
    return "\n".join(out) + "\n"


def _fit(lines: list[str], room: int) -> tuple[list[str], int]:
    """The first ``lines`` that fit in ``room`` bytes (UTF-8, a newline each), and the room left."""
    for i, line in enumerate(lines):
        size = len(line.encode("utf-8", "backslashreplace")) + 1
        if size > room:
            return lines[:i], 0
        room -= size
    return lines, room


def stream_begin(run: Run) -> str:
    """Nothing comes before the first scheme."""
    return ""


def stream_scheme(result: SchemeResult, run: Run, first: bool) -> str:
    return scheme_piece(result)


def stream_end(report: Report, tally: Tally, run: Run) -> str:
    guide = run.policy.pack.guide
    summary = summary_line(report, tally.counts(), tally.schemes)
    return end(report, summary, "" if guide is None else guide.text())
