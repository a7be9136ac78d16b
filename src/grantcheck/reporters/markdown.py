"""The Markdown report: something to paste into a council paper or an email.

With several schemes, opens with the portfolio overview (overview.py). Each
scheme leads with its one-page summary (summary.py): the headline in plain
words and numbers, the verdict, the findings that matter most and the sector
view; then each finding with the number against this band's limit, the guide's own words and
what good looks like; then what the scheme does well, waivers, documents,
assumptions and how to reproduce. Pure: returns a string.
"""

from __future__ import annotations

import re

from grantcheck.errors import place, where
from grantcheck.findings import Finding, Report, SchemeResult
from grantcheck.reporters import summary
from grantcheck.reporters.currency import in_its_currency
from grantcheck.reporters.effort_rows import EFFORT_HEAD, effort_rows, effort_total
from grantcheck.reporters.registry import Run
from grantcheck.reporters.rows import (
    DOCUMENT_HEAD,
    document_cells,
    document_rows,
    documents_heading,
    measure_rows,
    total_row,
)
from grantcheck.reporters.wording import (
    SEVERITY_LABEL,
    assumption_value,
    band_text,
    finding_title,
    limits_text,
    measure_value,
    no_quote,
    note_line,
    status_text,
    strengths,
    summary_line,
    why_heading,
)
from grantcheck.rulepack import Citation, Rule
from grantcheck.safe_text import markdown as md
from grantcheck.safe_text import markdown_code, no_commands

SAYS_BASIS = (
    "with limits that grow with the size of the award. Each finding says where its "
    "limit comes from: the guide, the law, the Compact, published research, or "
    "grantcheck's own judgement."
)


def guide_citation(guide: Citation | None) -> str:
    """The guide in full, as Markdown: title, publishers, year and web address."""
    if guide is None:
        return "the good practice guide"
    safe = re.fullmatch(r"https?://[^\s<>\\`]+", guide.url)  # a rule pack may be a stranger's too
    url = f"<{guide.url}>" if safe else md(guide.url)
    return f"*{md(guide.title)}* ({md(guide.publishers)}, {md(str(guide.year))}, {url})"


def _cell(value: object) -> str:
    """Any value as inline Markdown (a table cell, a sentence): nothing in it renders as markup."""
    return md(str(value))


def _finding(f: Finding, rules: dict[str, Rule], kind: str) -> list[str]:
    rule = rules.get(f.rule)
    quotes = [q for q in rule.guide if q.fits(kind)] if rule else []
    out = [
        f"#### {SEVERITY_LABEL[f.severity]}: {md(f.rule)} {md(finding_title(f))}",
        "",
        f"**What is wrong:** {md(f.message)}",
        "",
    ]
    if f.basis_text:
        out += [f"**Limit:** {md(f.basis_text)}.", ""]
    if quotes:
        out += [f"**{why_heading(rule)}:**" if rule else "", ""]
    elif rule:
        out += [no_quote(rule, kind=kind), ""]
    for q in quotes:
        out += [f"> “{md(q.text)}”", ">", f"> — section *{md(q.section)}*", ""]
    out += [f"**What good looks like:** {md(f.advice)}", ""]
    if rule and rule.sources:
        out += ["**Sources:**", "", *(f"- {_cell(x)}" for x in rule.sources), ""]
    out += [f"Where: {markdown_code(where(f.file, f.line, f.column))}", ""]
    return out


def _effort(s: SchemeResult) -> list[str]:
    """The hours behind the estimates, one table a section."""
    out: list[str] = []
    heading = ""
    for row in effort_rows(s):
        if row.section != heading:
            heading = row.section
            total = f" ({effort_total(s)})" if heading == "One application" else ""
            out += ([""] if out else []) + [
                f"### How the hours add up: {heading.lower()}{total}",
                "",
                "| " + " | ".join(EFFORT_HEAD) + " |",
                "| --- | --- | --- |",
            ]
        out.append(f"| {_cell(row.part)} | {_cell(row.hours)} | {_cell(row.detail)} |")
    return out + ([""] if out else [])


@in_its_currency
def scheme_markdown(s: SchemeResult, rules: dict[str, Rule]) -> list[str]:
    line = f"{md(s.kind)} · {md(band_text(s))} · {markdown_code(place(s.file, s.line))}"
    out = [
        f"## {md(s.name)}",
        "",
        f"{md(s.funder, line_start=True)} · {line}",
        "",
        *summary.markdown(s, rules, _cell),
    ]
    rows = measure_rows(s, rules)
    if rows:
        out += [
            "### Key measures",
            "",
            f"| measure | this scheme | expected for {md(s.band)} awards | limit from | result |",
            "| --- | --- | --- | --- | --- |",
        ]
        cells = [(r.label, measure_value(r), limits_text(r), r.basis, status_text(r)) for r in rows]
        out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in cells]
        out.append("")
    out += _effort(s)
    live = [f for f in s.findings if not f.waived]
    if live:
        out += ["### What to change", ""]
        for f in live:
            out += _finding(f, rules, s.kind)
    good = strengths(s, rules)
    out += ["### What the scheme already does well", ""]
    out += (
        [f"- {md(t)}" for t in good]
        if good
        else ["- Nothing yet: no rule that applies is met in full."]
    )
    out.append("")
    waived = [f for f in s.findings if f.waived]
    if waived:
        out += [
            "### Waivers",
            "",
            "| rule | what it would say | reason given |",
            "| --- | --- | --- |",
        ]
        out += [
            f"| {_cell(f.rule)} | {_cell(f.message)} | {_cell(f.waiver_reason)} |" for f in waived
        ]
        out.append("")
    docs = document_rows(s)
    total = total_row(s)
    if docs:
        out += [
            "### " + documents_heading(docs),
            "",
            "| " + " | ".join(DOCUMENT_HEAD) + " |",
            "|" + " --- |" * len(DOCUMENT_HEAD),
        ]
        out += [
            "| " + " | ".join(_cell(c) for c in document_cells(d)) + " |"
            for d in [*docs, *([total] if total else [])]
        ]
        longest = [(d.shown, x) for d in docs for x in d.longest_sentences]
        if longest:
            out += ["", "Longest sentences, where a rewrite would help most:", ""]
            out += [
                f"- *{_cell(name)}* ({x.words} words): “{_cell(x.text)}”" for name, x in longest
            ]
        out.append("")
    if s.measured_notes:  # facts, not assumptions: each with its value and evidence
        out += ["### Measured from the documents", ""]
        out += [f"- {md(note_line(n))}" for n in s.measured_notes] + [""]
    out += ["### Assumptions", "", "| assumption | value | basis |", "| --- | --- | --- |"]
    out += [
        f"| {_cell(a.label)} | {_cell(assumption_value(a))} | {_cell(a.basis)} |"
        for a in s.assumptions
    ]
    out += [""] + [f"- {md(note_line(n))}" for n in s.notes] + ([""] if s.notes else [])
    return out


def render(
    report: Report,
    rules: dict[str, Rule],
    version: str,
    command: str,
    portfolio_only: bool = False,
    guide: Citation | None = None,
) -> str:
    """The whole report as Markdown: the portfolio overview first when there is one."""
    from grantcheck.portfolio import overview, row_of
    from grantcheck.reporters.overview import render_markdown

    out = [
        "# Proportionality report",
        "",
        f"How a funding process compares with the good practice in {guide_citation(guide)} "
        f"(“the guide”), {SAYS_BASIS}",
        "",
    ]
    found = overview(
        [row_of(s) for s in report.schemes],
        {r: rules[r].title for r in rules},
        portfolio_only,
        report.schemes[0].assumptions if report.schemes else (),
        report.errors,
    )
    out += [] if found is None else render_markdown(found)
    for s in () if portfolio_only else report.schemes:
        out += scheme_markdown(s, rules)
    for e in report.errors:
        out.append(
            f"- **Could not check** {markdown_code(where(e.file, e.line, e.column))}: "
            f"{md(e.told())}"
        )
    out += [
        "",
        "## How to reproduce this report",
        "",
        f"{markdown_code(command)} with grantcheck {version}.",
        "",
        summary_line(report),
        "",
    ]
    return no_commands("\n".join(out))


def document(report: Report, run: Run) -> str:
    return render(
        report,
        {r.id: r for r in run.policy.pack.rules},
        run.version,
        run.command,
        run.portfolio_only,
        run.policy.pack.guide,
    )
