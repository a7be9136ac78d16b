"""The JSON report, schema_version 1: a deliberate, versioned shape (cli.md).

Written in pieces (the opening, each scheme, the end) so that large runs can
stream; ``render`` joins the same pieces, so the two can never differ.
"""

from __future__ import annotations

import json
from typing import Any

from grantcheck.errors import cell
from grantcheck.findings import Finding, Report, SchemeResult, Tally
from grantcheck.reporters.registry import Run
from grantcheck.reporters.rows import document_rows
from grantcheck.rulepack import Citation
from grantcheck.safe_text import json_text
from grantcheck.units import whole

SCHEMA_VERSION = 1


def _cell(file: str, line: int, column: int) -> dict[str, str]:
    """A workbook register's cell reference, as a key of its own: {"cell": "Schemes!D7"}, else
    {}."""
    ref = cell(file, line, column)
    return {"cell": ref} if ref else {}


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "severity": f.severity,
        "title": f.title,
        "message": f.message,
        "metric": f.metric,
        "value": f.value,
        "threshold": f.threshold,
        "file": f.file,
        "line": f.line,
        "column": f.column,
        **_cell(f.file, f.line, f.column),
        "waived": f.waived,
        "waiver_reason": f.waiver_reason,
        "unknown": f.unknown,
        "advice": f.advice,
        "fingerprint": f.fingerprint,
        "waiver_source": f.waiver_source,
        "baseline": f.baseline,
        "lower_bound": f.lower_bound,
        "basis": f.basis,
        "basis_text": f.basis_text,
        # added keys (schema_version 1 stays: cli.md lists keys a report has at least, and
        # nothing listed changes): a value measured from the documents, as data
        "evidence": f.evidence,
        # the stated key a GC002 waiver for this finding alone names (also closing its message)
        "waiver_key": f.waiver_key,
    }


def scheme_dict(s: SchemeResult) -> dict[str, Any]:
    return {
        "file": s.file,
        "id": s.id,
        "name": s.name,
        "funder": s.funder,
        "kind": s.kind,
        "band": s.band,
        "metrics": s.metrics,
        "lower_bounds": list(s.lower_bounds),
        "findings": [finding_dict(f) for f in s.findings],
        "passed": list(s.passed),
        "not_applicable": list(s.not_applicable),
        "effort": [
            {
                "stage": p.stage,
                "part": p.label,
                "hours": None if p.hours is None else round(p.hours, 2),
                "detail": p.detail,
            }
            for p in s.effort
        ],
        "assumptions": {a.name: whole(a.value) for a in s.assumptions},
        "notes": [*s.measured_notes, *s.notes],  # one list, as schema_version 1 has it
        # each fact measured from the documents: stated and measured values, which the rules
        # read, and every item's document, location and words matched (an added key)
        # (GC002's own list of disagreements is not a measured fact: each GC002 finding
        # carries its disagreement as its evidence; trial22 T10)
        "measured": {k: v for k, v in s.measured.items() if k != "documents.disagreements"},
        "guidance_documents": [row.as_json() for row in document_rows(s)],
    }


def begin(version: str, schemes: bool = True) -> str:
    """The document up to the first scheme (without the schemes: up to the portfolio)."""
    head = json_text(
        json.dumps(
            {"schema_version": SCHEMA_VERSION, "tool": {"name": "grantcheck", "version": version}},
            indent=2,
        )
    )
    return head[:-2] + (',\n  "schemes": [' if schemes else ",")


def _compact(value: Any) -> str:
    # Without indent, json uses its C encoder: about ten times faster on large folders.
    # Strict JSON: a non-finite number is a bug here (metrics refuse them), never 'Infinity'.
    return json_text(json.dumps(value, ensure_ascii=False, allow_nan=False))


def _object(value: dict[str, Any], pad: str) -> str:
    """An object a key a line, and a list of objects an item a line: readable, and fast (the C
    encoder) however many items there are."""
    lines = []
    for key, item in value.items():
        if isinstance(item, list) and item and isinstance(item[0], dict):
            items = ",\n".join(f"{pad}    " + _compact(x) for x in item)
            lines.append(f'{pad}  "{key}": [\n{items}\n{pad}  ]')
        else:
            lines.append(f'{pad}  "{key}": {_compact(item)}')
    return "{\n" + ",\n".join(lines) + f"\n{pad}}}"


def scheme_piece(s: SchemeResult, first: bool) -> str:
    """One scheme inside the document: a key a line, and a finding a line."""
    return ("" if first else ",") + "\n    " + _object(scheme_dict(s), "    ")


def end(
    report: Report,
    counts: dict[str, int],
    schemes: int,
    portfolio: dict[str, Any] | None = None,
    listed: bool = True,
    guide: Citation | None = None,
) -> str:
    """The portfolio (two or more schemes), errors, summary, stale baseline and the guide the
    findings quote, cited in full (null when no rule pack was read): the close (``listed``:
    after the list of schemes; else --portfolio-only, which leaves it out)."""
    tail: dict[str, Any] = {
        "errors": [e.as_json(_cell(e.file, e.line, e.column)) for e in report.errors],
        "summary": {"schemes": schemes, **counts},
        "stale_baseline": list(report.stale_baseline),
        "guide": None
        if guide is None
        else {
            "title": guide.title,
            "publishers": guide.publishers,
            "year": guide.year,
            "url": guide.url,
        },
    }
    body = json_text(json.dumps(tail, indent=2, ensure_ascii=False, allow_nan=False))[1:]
    if portfolio is not None:  # one scheme a line: ten thousand stay quick and small
        body = f'\n  "portfolio": {_object(portfolio, "  ")},{body}'
    close = ("\n  ]," if schemes else "],") if listed else ""
    return close + body + "\n"


def render(report: Report, version: str) -> str:
    """The whole report as indented JSON."""
    from grantcheck import portfolio

    parts = [begin(version)] + [scheme_piece(s, i == 0) for i, s in enumerate(report.schemes)]
    found = portfolio.overview(
        [portfolio.row_of(s) for s in report.schemes],
        {f.rule: f.title for f in report.findings},
        assumed=report.schemes[0].assumptions if report.schemes else (),
        errors=report.errors,
    )
    return "".join(parts) + end(
        report,
        report.counts(),
        len(report.schemes),
        None if found is None else portfolio.as_json(found),
    )


def stream_begin(run: Run) -> str:
    return begin(run.version, not run.portfolio_only)


def stream_scheme(result: SchemeResult, run: Run, first: bool) -> str:
    return "" if run.portfolio_only else scheme_piece(result, first)


def stream_end(report: Report, tally: Tally, run: Run) -> str:
    from grantcheck import portfolio

    found = portfolio.overview(
        tally.rows,
        {r.id: r.title for r in run.policy.pack.rules},
        run.portfolio_only,
        run.policy.pack.assumed,
        report.errors,
    )
    return end(
        report,
        tally.counts(),
        tally.schemes,
        None if found is None else portfolio.as_json(found),
        not run.portfolio_only,
        run.policy.pack.guide,
    )
