"""SARIF 2.1.0 for code scanning (GitHub and others). Pure: returns a string.

Results carry rule, level, a message whose first sentence stands alone, a
repository-relative location, and partialFingerprints built from rule, scheme
and metric (not lines), so an alert survives lines moving. Waived findings are
suppressions with the waiver's reason; with a baseline, results say whether
they are new.
"""

from __future__ import annotations

import json
import posixpath
from typing import Any

from grantcheck.errors import cell_prefix
from grantcheck.findings import UNUSED_WAIVER, Finding, Report
from grantcheck.reporters.markdown import guide_citation
from grantcheck.reporters.registry import Run
from grantcheck.reporters.wording import no_quote
from grantcheck.rulepack import Citation, Rule
from grantcheck.safe_text import json_text, prose
from grantcheck.safe_text import markdown as md
from grantcheck.safe_text import uri as uri_reference
from grantcheck.units import whole

LEVEL = {"error": "error", "warning": "warning", "info": "note"}
MAX_RELATED = 50  # related locations a result carries: the first fifty items
INFORMATION_URI = "https://pypi.org/project/grantcheck/"
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def default_level(rule: Rule) -> str:
    if rule.severity:
        return LEVEL[rule.severity]
    for level in ("error", "warning", "info"):
        if getattr(rule, level) is not None:
            return LEVEL[level]
    return "warning"


def rule_descriptor(rule: Rule, guide: Citation | None = None) -> dict[str, Any]:
    """A rule's descriptor: a local rule's text is a stranger's, so its Markdown is escaped
    (code scanning renders help.markdown: an image, a link or HTML would be live) and its plain
    text shows control and bidirectional characters escaped."""
    quotes = [f"“{q.text}” ({q.place()})" for q in rule.guide]
    advice = " ".join(rule.advice.split())
    limit = "; ".join(rule.grounds())
    cited = f"the guide: {guide.text()}" if guide else "the good practice guide"
    none = [] if quotes else [no_quote(rule, "its other sources")]
    text = " ".join(
        [
            f"Limit: {limit}.",
            *(f"Guide: {q}" for q in quotes),
            *none,
            f"How to fix: {advice}",
            *(f"Source: {s}" for s in rule.sources),
            f"Quotes from {cited}.",
        ]
    )
    markdown = "\n\n".join(
        [
            f"**Limit:** {md(limit)}.",
            *(f"> {md(q.text)}\n>\n> — *{md(q.place())}*" for q in rule.guide),
            *map(md, none),
            f"**How to fix:** {md(advice)}",
            *(f"- {md(s, line_start=True)}" for s in rule.sources),
            f"Quotes from {guide_citation(guide)}.",
        ]
    )
    return {
        "id": rule.id,
        "name": prose("".join(w.capitalize() for w in rule.title.replace("'", "").split())),
        "shortDescription": {"text": prose(rule.title)},
        "fullDescription": {"text": prose(f"{rule.title}: checks {rule.metric}. {advice}")},
        "help": {"text": prose(text), "markdown": markdown},
        "defaultConfiguration": {"level": default_level(rule)},
        "properties": {
            "tags": ["proportionality", rule.id[:3] + "xx"],
            "basis": sorted({g.kind for g in rule.basis or [rule.ground()]}),
        },
    }


UNUSED_WAIVER_RULE = {
    "id": UNUSED_WAIVER.id,
    "name": UNUSED_WAIVER.name,
    "shortDescription": {"text": UNUSED_WAIVER.title},
    "fullDescription": {"text": UNUSED_WAIVER.description},
    "help": {
        "text": f"{UNUSED_WAIVER.advice} Severity: {UNUSED_WAIVER.basis_text}.",
        "markdown": f"{UNUSED_WAIVER.advice}\n\n**Severity:** {UNUSED_WAIVER.basis_text}.",
    },
    "defaultConfiguration": {"level": "warning"},
    "properties": {"basis": ["judgement"]},
}


def _location(uri: str, line: int, column: int) -> dict[str, Any]:
    artifact = {"uri": uri_reference(uri), "uriBaseId": "%SRCROOT%"}
    return {
        "physicalLocation": {
            "artifactLocation": artifact,
            "region": {"startLine": line, "startColumn": column},
        }
    }


def evidence_items(f: Finding) -> list[dict[str, Any]]:
    """The items a finding's measured value came from (GC002: of every disagreement)."""
    e = f.evidence or {}
    if "disagreements" in e:
        return [item for d in e["disagreements"] for item in d["evidence"]][:MAX_RELATED]
    return list(e.get("evidence", ()))[:MAX_RELATED]


def _related(f: Finding, prefix: str) -> list[dict[str, Any]]:
    """Each document item a measured value came from, as a related location: the document's
    path (beside the scheme file, as the scheme lists it), and its line when one is known."""
    folder = posixpath.dirname(f.file.replace("\\", "/"))
    related = []
    for i, item in enumerate(evidence_items(f), start=1):
        where = item["location"]
        place = ", ".join(f"{k} {v}" for k, v in where.items())
        path = posixpath.normpath(posixpath.join(folder, item["document"]))
        physical: dict[str, Any] = {
            "artifactLocation": {"uri": uri_reference(prefix + path), "uriBaseId": "%SRCROOT%"}
        }
        # a line of the file (Markdown, text): a PDF's line is within its page, no region
        if isinstance(where.get("line"), int) and where["line"] > 0 and "page" not in where:
            physical["region"] = {"startLine": where["line"]}
        text = f'Measured from {item["document"]}, {place}: "{item["words"]}"'
        related.append({"id": i, "physicalLocation": physical, "message": {"text": text}})
    return related


def _result(f: Finding, index: dict[str, int], prefix: str) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "level": LEVEL[f.severity],
        "message": {
            "text": f"{cell_prefix(f.file, f.line, f.column)}{f.message} How to fix: {f.advice}"
        },
        "locations": [_location(prefix + f.file, f.line, f.column)],
        "partialFingerprints": {"grantcheck/v1": f.fingerprint},
        "properties": {
            "scheme": f.scheme_id,
            "metric": f.metric,
            "value": f.value,
            "threshold": f.threshold,
            "basis": f.basis,
        },
    }
    if f.waiver_key:  # the stated key a GC002 waiver for this disagreement alone names
        result["properties"]["waiver_key"] = f.waiver_key
    if f.rule in index:
        result["ruleIndex"] = index[f.rule]
    related = _related(f, prefix)
    if related:
        result["relatedLocations"] = related
    if f.waived:
        result["suppressions"] = [
            {
                "kind": "inSource" if f.waiver_source == "scheme" else "external",
                "justification": f.waiver_reason or "",
            }
        ]
    if f.baseline:
        result["baselineState"] = f.baseline
    return result


def render(
    report: Report,
    version: str,
    rules: tuple[Rule, ...],
    prefix: str = "",
    guide: Citation | None = None,
) -> str:
    """One SARIF run. ``prefix`` turns current-folder paths into repository-relative URIs."""
    descriptors = [rule_descriptor(r, guide) for r in rules] + [UNUSED_WAIVER_RULE]
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    notifications = [
        {
            "level": "error",
            "message": {"text": cell_prefix(e.file, e.line, e.column) + e.told()},
            "locations": [_location(prefix + e.file, e.line, e.column)],
        }
        for e in report.errors
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "grantcheck",
                "version": version,
                "semanticVersion": version,
                "informationUri": INFORMATION_URI,
                "rules": descriptors,
            }
        },
        "automationDetails": {"id": "grantcheck/"},
        "results": [_result(f, index, prefix) for f in report.findings],
        "invocations": [
            {"executionSuccessful": not report.errors, "toolExecutionNotifications": notifications}
        ],
        "columnKind": "unicodeCodePoints",
    }
    if report.schemes:  # what the estimates and measured limits assumed (characters a word...)
        run["properties"] = {
            "assumptions": {a.name: whole(a.value) for a in report.schemes[0].assumptions}
        }
    document = json.dumps(
        {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]},
        indent=2,
        ensure_ascii=False,
        allow_nan=False,
    )
    return json_text(document) + "\n"


def document(report: Report, run: Run) -> str:
    return render(
        report, run.version, run.policy.rules, run.repository_prefix, run.policy.pack.guide
    )
