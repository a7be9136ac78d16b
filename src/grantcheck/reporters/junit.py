"""JUnit XML: one test suite per scheme, one test case per rule that ran.

A finding at or above --fail-on is a failure; a finding below it, or known from the
baseline, passes with the finding in system-out (a known one says so); waived findings,
findings that are not known (not stated, or a lower bound under its limit) and rules that
did not apply are skipped, with the reason: not known is never a pass. Input errors form a
suite of their own, as errors. Pure: returns a string.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from grantcheck.errors import where
from grantcheck.findings import Finding, Report, SchemeResult, fails_at
from grantcheck.reporters.currency import in_its_currency
from grantcheck.reporters.estimates import estimate_note
from grantcheck.reporters.registry import Run
from grantcheck.safe_text import no_commands, xml


@in_its_currency
def _suite(s: SchemeResult, titles: dict[str, str], fail_on: str, guide: str) -> ET.Element:
    suite = ET.Element("testsuite", name=f"{s.id} ({s.file})")
    if guide:  # the guide the rules come from, cited in full (JUnit's place for a suite's facts)
        properties = ET.SubElement(suite, "properties")
        ET.SubElement(properties, "property", name="guide", value=guide)
    by_rule: dict[str, list[Finding]] = {}
    for f in s.findings:
        by_rule.setdefault(f.rule, []).append(f)
    ids = list(dict.fromkeys([*s.passed, *s.not_applicable, *by_rule]))
    failures = skipped = 0
    for rule_id in sorted(ids):
        case = ET.SubElement(
            suite,
            "testcase",
            classname=s.id,
            name=f"{rule_id} {titles.get(rule_id, '')}".strip(),
            file=s.file,
        )
        failed: list[Finding] = []
        skips: list[str] = []
        outs: list[str] = []
        for f in by_rule.get(rule_id, []):
            case.set("line", str(f.line))
            if f.live and fails_at(f.severity, fail_on):
                failed.append(f)
            elif f.waived:
                skips.append(f"waived: {f.waiver_reason}")
            elif f.unknown:  # not known is never a pass (rules.md, Pack 2 §2): neither passed
                skips.append(f"not known: {f.message}")  # nor failed, as skipped is read
                outs.append(f"{f.severity}, not known: {f.message}{_limit(s, f)}")
            else:  # below --fail-on, or known from the baseline: say which, as text does
                known = "known from the baseline, " if f.baseline == "unchanged" else ""
                outs.append(f"{known}{f.severity}: {f.message}{_limit(s, f)}")
        if rule_id in s.not_applicable:
            skips.append("did not apply, or nothing was stated to check")
        # JUnit's schema orders a case's children: skipped (at most one), failures, system-out;
        # a case that fails is counted as failed only, its skipped reasons kept as its output
        if failed:
            failures += 1
            outs = [*skips, *outs]
        elif skips:
            skipped += 1
            ET.SubElement(case, "skipped", message="; ".join(skips))
        for f in failed:
            failure = ET.SubElement(case, "failure", type=f.severity, message=f.message)
            place = where(f.file, f.line, f.column)
            failure.text = f"{place}: {f.message}{_limit(s, f)}\nHow to fix: {f.advice}"
        if outs:
            ET.SubElement(case, "system-out").text = "\n".join(outs)
    suite.set("tests", str(len(ids)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", str(skipped))
    return suite


def _limit(s: SchemeResult, f: Finding) -> str:
    """Whose limit it is (the guide's, the law's, grantcheck's own), as every report says, and
    for a finding judged on an estimate what the estimate assumed."""
    note = estimate_note(s, f.metric)
    return (f"\nLimit: {f.basis_text}." if f.basis_text else "") + (f"\n{note}" if note else "")


def render(report: Report, titles: dict[str, str], fail_on: str, guide: str = "") -> str:
    """The whole report as a JUnit ``testsuites`` document."""
    root = ET.Element("testsuites", name="grantcheck")
    for s in report.schemes:
        root.append(_suite(s, titles, fail_on, guide))
    if report.errors:
        suite = ET.SubElement(
            root,
            "testsuite",
            name="input errors",
            tests=str(len(report.errors)),
            failures="0",
            errors=str(len(report.errors)),
            skipped="0",
        )
        for e in report.errors:
            case = ET.SubElement(
                suite,
                "testcase",
                classname="input",
                name=where(e.file, e.line, e.column),
                file=e.file,
            )
            ET.SubElement(case, "error", message=e.message).text = str(e)
    for key in ("tests", "failures", "errors", "skipped"):
        root.set(key, str(sum(int(s.get(key, "0")) for s in root)))
    _well_formed(root)
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode").replace("##[", "##&#91;")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + no_commands(text) + "\n"


def _well_formed(root: ET.Element) -> None:
    """Every text and attribute holds only what XML 1.0 allows (ElementTree checks nothing)."""
    for element in root.iter():
        if element.text:
            element.text = xml(element.text)
        for key, value in element.attrib.items():
            element.set(key, xml(value))


def document(report: Report, run: Run) -> str:
    guide = run.policy.pack.guide
    return render(
        report,
        {r.id: r.title for r in run.policy.pack.rules},
        run.policy.fail_on,
        "" if guide is None else guide.text(),
    )
