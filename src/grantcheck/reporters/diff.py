"""The diff of two scheme versions as text, Markdown and JSON. Pure functions."""

from __future__ import annotations

import json

from grantcheck.diff import DiffReport, MetricChange, SchemeDiff
from grantcheck.findings import Finding
from grantcheck.reporters.json_report import finding_dict
from grantcheck.reporters.wording import assumption_value, assumptions_text
from grantcheck.safe_text import (
    json_text,
    markdown_code,
    no_commands,
    prose,
    visible,
)
from grantcheck.safe_text import (
    markdown as md,
)
from grantcheck.units import fmt_apart, in_currency, whole

ARROW = {"better": "better", "worse": "worse", "changed": "changed"}


def _before(c: MetricChange) -> str:
    """The old value, "at least ..." when it is a lower bound (Pack 2 §2), as check says it."""
    return ("at least " if c.before_lower else "") + fmt_apart(c.before, c.after, c.unit)


def _after(c: MetricChange) -> str:
    return ("at least " if c.after_lower else "") + fmt_apart(c.after, c.before, c.unit)


def _groups(d: SchemeDiff) -> tuple[tuple[str, tuple[Finding, ...]], ...]:
    why = (
        "the rules read other figures"
        if d.switched_to
        else "a fact was removed, or the rule no longer applies"
    )
    return (
        ("Findings added", d.added),
        ("Findings fixed", d.fixed),
        ("Waived in the new version", d.waived),
        (f"No longer checked ({why})", d.unchecked),
    )


def _said(f: Finding) -> str:
    """A finding's message, and a waiver's reason after it."""
    return f.message + (f" Waived: {f.waiver_reason}" if f.waived and f.waiver_reason else "")


def _lines(d: SchemeDiff) -> list[str]:
    out = [f"{visible(d.name)} ({visible(d.id)})", f"  {prose(d.verdict)}", ""]
    if d.changes:
        out.append("  Measures")
        width = max(len(c.label) for c in d.changes)
        out += [
            f"    {c.label:<{width}}  {visible(_before(c))} -> {visible(_after(c))}"
            f"  ({ARROW[c.direction]})"
            for c in d.changes
        ]
        out.append("")
    for title, items in _groups(d):
        if items:
            out.append(f"  {title}")
            out += [f"    {f.severity:<8} {visible(f.rule)}  {prose(_said(f))}" for f in items]
            out.append("")
    out.append(f"  {d.kept} finding{'s' if d.kept != 1 else ''} unchanged.")
    return out


def text(report: DiffReport) -> str:
    old, new = visible(report.old_name), visible(report.new_name)
    out = [f"Comparing {old} (before) with {new} (after)", ""]
    out += [f"Warning: {prose(w)}." for w in report.warnings] + ([""] if report.warnings else [])
    for d in report.schemes:
        with in_currency(d.currency):
            out += _lines(d) + [""]
    if report.schemes and report.assumptions:  # every estimate prints its assumptions
        with in_currency(report.currency):
            said = assumptions_text(report.assumptions)
        out += [f"Assumptions (the hours and pounds rest on them): {prose(said)}.", ""]
    out += [f"Only in the old version: {visible(i)}" for i in report.removed]
    out += [f"Only in the new version: {visible(i)} (check it on its own)" for i in report.new_only]
    return no_commands("\n".join(out).rstrip() + "\n")


def markdown(report: DiffReport) -> str:
    old, new = markdown_code(report.old_name), markdown_code(report.new_name)
    out = [f"# What changed: {old} to {new}", ""]
    out += [f"> **Warning:** {md(w)}.\n" for w in report.warnings]
    for d in report.schemes:
        with in_currency(d.currency):
            out += [f"## {md(d.name)}", "", f"**{md(d.verdict)}**", ""]
            if d.changes:
                out += ["| measure | before | after | |", "| --- | --- | --- | --- |"]
                out += [
                    f"| {md(c.label)} | {md(_before(c))} | {md(_after(c))} | {ARROW[c.direction]} |"
                    for c in d.changes
                ]
                out.append("")
            for title, items in _groups(d):
                if items:
                    out += (
                        [f"### {title}", ""]
                        + [f"- **{f.severity}** {md(f.rule)}: {md(_said(f))}" for f in items]
                        + [""]
                    )
            out += [f"{d.kept} finding{'s' if d.kept != 1 else ''} unchanged.", ""]
    if report.schemes and report.assumptions:  # every estimate prints its assumptions
        out += ["## Assumptions", "", "The hours and pounds rest on them.", ""]
        out += ["| assumption | value | basis |", "| --- | --- | --- |"]
        with in_currency(report.currency):
            out += [
                f"| {md(a.label)} | {md(assumption_value(a))} | {md(a.basis)} |"
                for a in report.assumptions
            ]
        out.append("")
    out += [f"- Only in the old version: {markdown_code(i)}" for i in report.removed]
    out += [f"- Only in the new version: {markdown_code(i)}" for i in report.new_only]
    return no_commands("\n".join(out).rstrip() + "\n")


# A diff's finding: the keys of a check report's finding that say what and where, in its
# order (no waiver, advice or basis: the diff is about what changed).
DIFF_FINDING_KEYS = (
    "rule",
    "severity",
    "message",
    "metric",
    "value",
    "threshold",
    "file",
    "line",
    "column",
)


def _finding(f: Finding) -> dict[str, object]:
    full = finding_dict(f)
    return {key: full[key] for key in DIFF_FINDING_KEYS}


def as_json(report: DiffReport, version: str) -> str:
    doc = {
        "schema_version": 1,
        "tool": {"name": "grantcheck", "version": version},
        "old": report.old_name,
        "new": report.new_name,
        "schemes": [
            {
                "id": d.id,
                "name": d.name,
                "verdict": d.verdict,
                "metrics": [
                    {
                        "metric": c.name,
                        "before": c.before,
                        "after": c.after,
                        "direction": c.direction,
                        # added keys: each value a lower bound ("at least"), as check's
                        "before_lower_bound": c.before_lower,
                        "after_lower_bound": c.after_lower,
                    }
                    for c in d.changes
                ],
                "added": [_finding(f) for f in d.added],
                "fixed": [_finding(f) for f in d.fixed],
                "no_longer_checked": [_finding(f) for f in d.unchecked],
                # added keys: findings the new version waives, and which figures it reads
                "waived": [{**_finding(f), "waiver_reason": f.waiver_reason} for f in d.waived],
                "reads": d.switched_to,
                "unchanged": d.kept,
            }
            for d in report.schemes
        ],
        # added key: as a check report's scheme gives them (the estimates rest on them)
        "assumptions": {a.name: whole(a.value) for a in report.assumptions},
        "only_in_old": list(report.removed),
        "only_in_new": list(report.new_only),
        "warnings": list(report.warnings),
    }
    return json_text(json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False)) + "\n"
