"""The JSON report, schema_version 1: a deliberate, versioned shape (cli.md)."""

from __future__ import annotations

import json
from typing import Any

from grantcheck.findings import Finding, Report, SchemeResult
from grantcheck.reporters.common import document_rows

SCHEMA_VERSION = 1


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule, "severity": f.severity, "title": f.title, "message": f.message,
        "metric": f.metric, "value": f.value, "threshold": f.threshold,
        "file": f.file, "line": f.line, "column": f.column,
        "waived": f.waived, "waiver_reason": f.waiver_reason,
        "unknown": f.unknown, "advice": f.advice, "fingerprint": f.fingerprint,
        "waiver_source": f.waiver_source, "baseline": f.baseline,
    }


def scheme_dict(s: SchemeResult) -> dict[str, Any]:
    return {
        "file": s.file, "id": s.id, "name": s.name, "funder": s.funder, "kind": s.kind, "band": s.band,
        "metrics": s.metrics,
        "findings": [finding_dict(f) for f in s.findings],
        "passed": list(s.passed),
        "not_applicable": list(s.not_applicable),
        "effort_hours": s.effort,
        "assumptions": {a.name: int(a.value) if a.value.is_integer() else a.value for a in s.assumptions},
        "notes": list(s.notes),
        "guidance_documents": document_rows(s),
    }


def render(report: Report, version: str) -> str:
    """The whole report as indented JSON."""
    c = report.counts()
    doc = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "grantcheck", "version": version},
        "schemes": [scheme_dict(s) for s in report.schemes],
        "errors": [{"file": e.file, "line": e.line, "column": e.column, "message": e.message, "hint": e.hint}
                   for e in report.errors],
        "summary": {"schemes": len(report.schemes), **c},
        "stale_baseline": list(report.stale_baseline),
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
