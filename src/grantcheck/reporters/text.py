"""The terminal report, styled with rich; plain text when colour is off.

Pure: returns a string. The CLI decides colour (terminal, NO_COLOR) and width.
Severity is always written as a word, so colour is never the only signal.
Lines are wrapped here with textwrap and handed to rich already wrapped, one
Text per scheme: rich's own wrapping costs about a millisecond a finding, which
matters on folders of thousands of schemes.
"""

from __future__ import annotations

import io
import textwrap
from functools import lru_cache
from typing import TYPE_CHECKING

from grantcheck.errors import InputError, place, where
from grantcheck.findings import Finding, Report, SchemeResult, Tally
from grantcheck.reporters.currency import in_its_currency
from grantcheck.reporters.effort_rows import effort_lines, effort_total
from grantcheck.reporters.key_numbers import key_numbers
from grantcheck.reporters.registry import Run
from grantcheck.reporters.rows import document_rows
from grantcheck.reporters.wording import (
    assumptions_text,
    band_text,
    document_line,
    note_line,
    summary_line,
)
from grantcheck.safe_text import no_commands, prose, visible
from grantcheck.units import sentence

if TYPE_CHECKING:
    from rich.console import Console

    from grantcheck.rulepack import Citation

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan", "waived": "dim", "known": "dim"}
INDENT = 11


class _Segments:
    """(text, style) pieces: rich styles them when there is colour; otherwise they are simply
    joined."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, str]] = []

    def append(self, text: str, style: str = "") -> None:
        self.parts.append((text, style))

    def styled(self, color: bool) -> str:
        if not color:
            return no_commands("".join(text for text, _ in self.parts))
        from rich.text import Text  # only colour needs rich (a pipe or a CI log does not load it)

        console, buffer = _console(color, 10_000)
        console.print(Text.assemble(*self.parts), soft_wrap=True, end="")
        return no_commands(buffer.getvalue())


class _Lines:
    """Builds the report's lines, wrapping each paragraph to the width with a hanging indent."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.text = _Segments()

    def add(self, *parts: tuple[str, str]) -> None:
        """One unwrapped line of (text, style) parts; controls from input are shown escaped."""
        for part, style in parts:
            self.text.append(visible(part), style)
        self.text.append("\n")

    def para(
        self,
        body: str,
        indent: int,
        style: str = "",
        head: tuple[str, str] | None = None,
        lead: tuple[str, str] | None = None,
    ) -> None:
        """``body`` wrapped to the width; ``head`` replaces the first line's indent; ``lead`` starts
        the body bold."""
        first = " " * indent if head is None else head[0]
        lead_text = lead[0] if lead else ""
        body = prose(body)  # one paragraph, nothing raw from input
        lines = _wrapped(lead_text + body, self.width, first, indent)
        for i, line in enumerate(lines):
            if i == 0 and head is not None:
                self.text.append(head[0], head[1])
                line = line[len(head[0]) :]
            else:
                self.text.append(line[:indent])
                line = line[indent:]
            if i == 0 and lead:
                self.text.append(line[: len(lead_text)], lead[1])
                line = line[len(lead_text) :]
            self.text.append(line, style)
            self.text.append("\n")


@lru_cache(maxsize=1024)
def _wrapped(text: str, width: int, first: str, indent: int) -> tuple[str, ...]:
    """``text`` wrapped, kept for the run: a folder's schemes repeat their advice, limits and
    messages (3,000 small ones wrapped 189,000 paragraphs, over half the run, most seen before).
    A tuple, as what is kept is shared."""
    lines = textwrap.wrap(
        text,
        width,
        initial_indent=first,
        subsequent_indent=" " * indent,
        break_on_hyphens=False,
        # a file name or address longer than the line overflows it, never split: a name
        # copied from the report must be the file's
        break_long_words=False,
    )
    return tuple(lines) or (first,)


def _finding(out: _Lines, f: Finding) -> None:
    label = "waived" if f.waived else "known" if f.baseline == "unchanged" else f.severity
    out.add(
        ("  ", ""),
        (f"{label:<8}", STYLE[label]),
        (f" {f.rule:<6} ", "bold"),
        (where(f.file, f.line, f.column), "dim"),
    )
    out.para(f.message, INDENT)
    if f.basis_text:
        out.para(f.basis_text + ".", INDENT, "dim", lead=("Limit: ", "bold"))
    out.para(f.advice, INDENT, lead=("Fix: ", "bold"))
    if f.waived:
        by = " in config" if f.waiver_source == "config" else ""
        out.para(f.waiver_reason or "", INDENT, lead=(f"Waived{by} ({f.severity}): ", "bold"))
    elif f.baseline == "unchanged":
        out.para(
            f"Known from the baseline ({f.severity}); it does not fail the run.", INDENT, "dim"
        )


def _effort(out: _Lines, s: SchemeResult) -> None:
    """The hours behind the estimates, part by part."""
    heading = ""
    for section, line in effort_lines(s):
        if section != heading:
            heading = section
            total = f", {effort_total(s)}" if section == "One application" else ""
            out.para(f"{section}{total}:", 2, "bold")
        out.para(line, 6, head=("    - ", ""))


@in_its_currency
def _scheme(out: _Lines, s: SchemeResult, quiet: bool) -> None:
    if not quiet:
        out.add((s.name, "bold"))
        out.add((f"{s.funder} · {s.kind} · {band_text(s)}", "dim"))
        out.add((place(s.file, s.line), "dim"))
        out.add()
        rows = document_rows(s)
        forms = [row for row in rows if row.role == "form"]
        for label, value in key_numbers(s):
            out.para(value, 21, head=(f"  {label:<19}", "bold"))
            if label == "Guidance":
                for row in (row for row in rows if row.role != "form"):
                    out.para(document_line(row), 23, head=(" " * 21 + "- ", ""))
            if label == "Guidance" and forms:  # the form's reading measures, under its own name
                out.para("as published", 21, head=(f"  {'Form':<19}", "bold"))
                for row in forms:
                    out.para(document_line(row), 23, head=(" " * 21 + "- ", ""))
        _effort(out, s)
        out.add()
    for f in s.findings:
        if not (quiet and f.baseline == "unchanged"):  # -q: known ones are in the summary's count
            _finding(out, f)
    if quiet:
        return
    if not s.findings:
        out.add(("  No findings.", "green"))
    out.add()
    passed = f"{len(s.passed)} rule{'' if len(s.passed) == 1 else 's'} passed"
    out.para(
        f"{passed}; {len(s.not_applicable)} did not apply or had nothing stated to check.",
        2,
        "green" if s.passed else "",
    )
    if s.measured_notes:  # facts, not assumptions: each with its value and evidence
        out.para("Measured from the documents:", 2, "dim")
        for note in s.measured_notes:
            out.para(note_line(note), 6, "dim", head=("    - ", ""))
    notes = "; ".join(s.notes)
    out.para(
        f"Assumptions: {assumptions_text(s.assumptions)}." + (f" Note: {notes}." if notes else ""),
        2,
        "dim",
    )
    out.add()


def _errors(out: _Lines, errors: tuple[InputError, ...]) -> None:
    for e in errors:  # one line each, so it can be searched and parsed
        out.add(
            (f"{where(e.file, e.line, e.column)}: ", "bold"),
            ("input error: ", "bold red"),
            (sentence(e.message), ""),
            (f" {sentence(e.hint)}" if e.hint else "", "dim"),
        )
    if errors:
        out.add()


def _console(color: bool, width: int) -> tuple[Console, io.StringIO]:
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )
    return console, buffer


def render_scheme(
    s: SchemeResult, *, color: bool = False, width: int = 80, quiet: bool = False
) -> str:
    """One scheme's part of the report."""
    out = _Lines(width)
    _scheme(out, s, quiet)
    return out.text.styled(color)


def render_end(
    report: Report,
    *,
    color: bool = False,
    width: int = 80,
    summary: str | None = None,
    guide: Citation | None = None,
) -> str:
    """Input errors, stale baseline entries, the guide cited in full and the summary line."""
    out = _Lines(width)
    _errors(out, report.errors)
    if guide is not None:  # rules.md Pack 2 §1: reports cite the guide in
        # (no full stop after the address: copied, it must be the address)
        out.para(guide.text(), 7, "dim", head=("", ""), lead=("Guide: ", "bold"))
        out.add()  # full, this one too
    for fingerprint in report.stale_baseline:
        out.add(
            (
                f"Baseline entry no longer matches: {fingerprint} (remove it from the baseline)",
                "dim",
            )
        )
    out.add((summary or summary_line(report), "bold"))
    return out.text.styled(color)


def render(report: Report, *, color: bool = False, width: int = 80, quiet: bool = False) -> str:
    """The proportionality report for people at a terminal (or in a pipe)."""
    return "".join(
        render_scheme(s, color=color, width=width, quiet=quiet) for s in report.schemes
    ) + render_end(report, color=color, width=width)


def stream_begin(run: Run) -> str:
    """Nothing comes before the first scheme."""
    return ""


def stream_scheme(result: SchemeResult, run: Run, first: bool) -> str:
    if run.portfolio_only:
        return ""
    return render_scheme(result, color=run.color, width=run.width, quiet=run.quiet)


def stream_lead(report: Report, tally: Tally, run: Run) -> str:
    """The portfolio overview, before the schemes (two or more, or --portfolio-only)."""
    from grantcheck.portfolio import overview
    from grantcheck.reporters.overview import render_text

    if run.quiet and not run.portfolio_only:  # -q: only findings and the summary line
        return ""
    titles = {r.id: r.title for r in run.policy.pack.rules}
    found = overview(tally.rows, titles, run.portfolio_only, run.policy.pack.assumed, report.errors)
    if found is None:
        return ""
    # names, funders, IDs and file names come from input: shown escaped, as in the rest of the
    # report, line by line (the overview's own lines stay), and never a workflow command
    lines = render_text(found, run.width).split("\n")
    return no_commands("\n".join(visible(line) for line in lines))


def stream_end(report: Report, tally: Tally, run: Run) -> str:
    summary = summary_line(report, tally.counts(), tally.schemes)
    # -q: findings and the summary only; with no scheme checked there is nothing it judged
    guide = None if run.quiet or not tally.schemes else run.policy.pack.guide
    return render_end(report, color=run.color, width=run.width, summary=summary, guide=guide)
