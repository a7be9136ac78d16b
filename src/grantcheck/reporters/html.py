"""The HTML report: one self-contained file to attach to an email or print on A4.

Inline CSS and SVG only: no scripts, no fonts or images fetched from anywhere.
Real headings, table markup, text alternatives for the picture. Pure: returns a string.
"""

from __future__ import annotations

from grantcheck.errors import place, where
from grantcheck.findings import Finding, Report, SchemeResult
from grantcheck.reporters import chart, summary
from grantcheck.reporters.currency import in_its_currency
from grantcheck.reporters.effort_rows import EFFORT_HEAD, effort_rows, effort_total
from grantcheck.reporters.markdown import SAYS_BASIS
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
from grantcheck.safe_text import html as escape  # markup, controls and '##[' from input escaped

CSS = """
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #1b1b1b; \
margin: 0; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; } h2 { font-size: 1.35rem; margin-top: 2rem; \
border-bottom: 2px solid #333; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; } h4 { margin: 1rem 0 .2rem; }
.meta { color: #555; } .headline { font-size: 1.15rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { border: 1px solid #bbb; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
blockquote { margin: .4rem 0; padding: .2rem .8rem; border-left: 4px solid #888; \
background: #f7f7f7; }
.finding { border: 1px solid #ccc; border-left-width: 6px; padding: .2rem .8rem .6rem; \
margin: .8rem 0; break-inside: avoid; }
.finding.error { border-left-color: #b3261e; } .finding.warning { border-left-color: #b58100; } \
.finding.info { border-left-color: #1f5fa8; }
.badge { font-weight: 700; text-transform: uppercase; font-size: .8rem; letter-spacing: .04em; }
.chart { max-width: 100%; height: auto; } .chart .label { font-size: 13px; }
.chart .zone { font-size: 11px; text-anchor: middle; fill: #333; } \
.chart .value { font-size: 11px; text-anchor: middle; font-weight: 600; }
.chart .marker { stroke: #111; stroke-width: 3; } .chart .overflow { fill: #111; }
.chart .value.end { text-anchor: end; } .chart .value.start { text-anchor: start; }
.chart .sym { font-size: 14px; font-weight: 700; } .chart .val { font-size: 12px; }
.chart .head { font-size: 12px; font-weight: 600; }
.summary { border: 2px solid #333; padding: .2rem 1rem .6rem; margin: 1rem 0; \
break-inside: avoid; }
code { font-size: .9em; }
section.portfolio table { font-size: .85rem; } section.portfolio td, section.portfolio th { \
padding: .25rem .3rem; } .where { overflow-wrap: anywhere; }
@media print, (max-width: 50rem) { section.portfolio table { font-size: .75rem; } }
@media (max-width: 40rem) { section.portfolio { overflow-x: auto; } }
@page { size: A4; margin: 16mm; }
@media print { main { max-width: none; padding: 0; } section.scheme { break-before: page; } \
section.scheme:first-of-type { break-before: auto; } .summary { break-inside: auto; } \
h2, h3 { break-after: avoid; } }
"""


def _finding(f: Finding, rules: dict[str, Rule], kind: str) -> str:
    rule = rules.get(f.rule)
    quotes = "".join(
        f"<blockquote><p>“{escape(q.text)}”</p><footer>— {escape(q.section)}</footer></blockquote>"
        for q in (rule.guide if rule else [])
        if q.fits(kind)  # a passage about contracts is no reason on a grant
    )
    why = (
        f"<p><strong>{escape(why_heading(rule))}:</strong></p>{quotes}"
        if quotes and rule
        else f"<p>{escape(no_quote(rule, kind=kind))}</p>"
        if rule
        else ""
    )
    sources = "".join(f"<li>{escape(x)}</li>" for x in (rule.sources if rule else []))
    return (
        f'<div class="finding {f.severity}"><h4><span '
        f'class="badge">{SEVERITY_LABEL[f.severity]}</span> {escape(f.rule)}: '
        f"{escape(finding_title(f))}</h4><p><strong>What is wrong:</strong> {escape(f.message)}</p>"
        + (f"<p><strong>Limit:</strong> {escape(f.basis_text)}.</p>" if f.basis_text else "")
        + why
        + f"<p><strong>What good looks like:</strong> {escape(' '.join(f.advice.split()))}</p>"
        + (f"<p><strong>Sources:</strong></p><ul>{sources}</ul>" if sources else "")
        + f'<p class="meta">Where: <code>{escape(where(f.file, f.line, f.column))}</code></p></div>'
    )


def _table(head: list[str], rows: list[list[str]], caption: str) -> str:
    th = "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    return (
        f'<table><caption class="meta">{escape(caption)}</caption><thead><tr>{th}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def _effort(s: SchemeResult) -> str:
    """The hours behind the estimates, one table a section."""
    sections: dict[str, list[list[str]]] = {}
    for row in effort_rows(s):
        sections.setdefault(row.section, []).append([row.part, row.hours, row.detail])
    out = []
    for section, rows in sections.items():
        total = f" ({effort_total(s)})" if section == "One application" else ""
        out.append(
            f"<h3>How the hours add up: {escape(section.lower() + total)}</h3>"
            + _table(EFFORT_HEAD, rows, f"The hours behind {section.lower()}, part by part")
        )
    return "".join(out)


@in_its_currency
def _scheme(s: SchemeResult, rules: dict[str, Rule], index: int) -> str:
    out = [
        f'<section class="scheme"><h2>{escape(s.name)}</h2>',
        f'<p class="meta">{escape(s.funder)} · {escape(s.kind)} · {escape(band_text(s))} '
        f"· <code>{escape(place(s.file, s.line))}</code></p>",
        summary.html(s, rules),
    ]
    rows = measure_rows(s, rules)
    picture = chart.render(rows, s.band, f"chart{index}")
    if picture:
        out.append(
            f'<h3>Key measures</h3><figure>{picture}<figcaption class="meta">Where the '
            "scheme stands against the "
            f"warning and error limits for {escape(s.band)} awards. The table below gives "
            "the same figures.</figcaption></figure>"
        )
    if rows:
        head = ["measure", "this scheme", f"expected for {s.band} awards", "limit from", "result"]
        out.append(
            _table(
                head,
                [
                    [r.label, measure_value(r), limits_text(r), r.basis, status_text(r)]
                    for r in rows
                ],
                "Key measures and their limits",
            )
        )
    out.append(_effort(s))
    live = [f for f in s.findings if not f.waived]
    if live:
        out.append("<h3>What to change</h3>" + "".join(_finding(f, rules, s.kind) for f in live))
    good = strengths(s, rules)
    out.append(
        "<h3>What the scheme already does well</h3><ul>"
        + (
            "".join(f"<li>{escape(t)}</li>" for t in good)
            or "<li>Nothing yet: no rule that applies is met in full.</li>"
        )
        + "</ul>"
    )
    waived = [f for f in s.findings if f.waived]
    if waived:
        out.append(
            "<h3>Waivers</h3>"
            + _table(
                ["rule", "what it would say", "reason given"],
                [[f.rule, f.message, f.waiver_reason or ""] for f in waived],
                "Findings the funder accepts, and why",
            )
        )
    docs = document_rows(s)
    total = total_row(s)
    if docs:
        out.append(
            f"<h3>{documents_heading(docs)}</h3>"
            + _table(
                DOCUMENT_HEAD,
                [document_cells(d) for d in [*docs, *([total] if total else [])]],
                "Each guidance document, measured",
            )
        )
        longest = [(d.shown, x) for d in docs for x in d.longest_sentences]
        if longest:
            out.append(
                "<p>Longest sentences, where a rewrite would help most:</p><ul>"
                + "".join(
                    f"<li><em>{escape(n)}</em> ({x.words} words): “{escape(x.text)}”</li>"
                    for n, x in longest
                )
                + "</ul>"
            )
    if s.measured_notes:  # facts, not assumptions: each with its value and evidence
        out.append(
            "<h3>Measured from the documents</h3><ul>"
            + "".join(f"<li>{escape(note_line(n))}</li>" for n in s.measured_notes)
            + "</ul>"
        )
    if s.notes:  # how figures were worked out
        out.append(
            "<h3>Notes</h3><ul>" + "".join(f"<li>{escape(n)}</li>" for n in s.notes) + "</ul>"
        )
    out.append(
        "<h3>Assumptions</h3>"
        + _table(
            ["assumption", "value", "basis"],
            [[a.label, assumption_value(a), a.basis] for a in s.assumptions],
            "Every estimate in this report rests on these",
        )
        + "</section>"
    )
    return "".join(out)


def guide_citation(guide: Citation | None) -> str:
    """The guide in full, as HTML: title, publishers, year and a link to it."""
    if guide is None:
        return "the good practice guide"
    link = escape(guide.url)
    if guide.url.startswith(
        ("https://", "http://")
    ):  # a rule pack may be a stranger's: no javascript:
        link = f'<a href="{link}">{link}</a>'
    return (
        f"<cite>{escape(guide.title)}</cite> ({escape(guide.publishers)}, "
        f"{escape(str(guide.year))}, {link})"
    )


def render(
    report: Report,
    rules: dict[str, Rule],
    version: str,
    command: str,
    portfolio_only: bool = False,
    guide: Citation | None = None,
) -> str:
    """The whole report as one HTML page: the portfolio overview first when there is one."""
    from grantcheck.portfolio import overview, row_of
    from grantcheck.reporters.overview_html import render as render_overview

    found = overview(
        [row_of(s, rules) for s in report.schemes],
        {r: rules[r].title for r in rules},
        portfolio_only,
        report.schemes[0].assumptions if report.schemes else (),
        report.errors,
    )
    lead = "" if found is None else render_overview(found, rules)
    title = "Proportionality report" + (
        f": {report.schemes[0].name}" if len(report.schemes) == 1 else ""
    )
    errors = "".join(
        f"<li><code>{escape(where(e.file, e.line, e.column))}</code>: {escape(e.told())}</li>"
        for e in report.errors
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" '
        'content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body><main>"
        f'<h1>{escape(title)}</h1><p class="meta">How a funding process compares with the '
        "good practice in "
        f"{guide_citation(guide)} (“the guide”), {escape(SAYS_BASIS)}</p>"
        + lead
        + "".join(
            _scheme(s, rules, i) for i, s in enumerate(() if portfolio_only else report.schemes)
        )
        + (f"<h2>Could not check</h2><ul>{errors}</ul>" if errors else "")
        + f"<h2>How to reproduce this report</h2><p><code>{escape(command)}</code> with "
        f"grantcheck {escape(version)}.</p>"
        f"<p>{escape(summary_line(report))}</p></main></body></html>\n"
    )


def document(report: Report, run: Run) -> str:
    return render(
        report,
        {r.id: r for r in run.policy.pack.rules},
        run.version,
        run.command,
        run.portfolio_only,
        run.policy.pack.guide,
    )
