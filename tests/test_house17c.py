"""Session 17's spec audit (trial17): each test fails on main before its fix."""

from __future__ import annotations

from pathlib import Path

from junitparser import JUnitXml

from conftest import run, write

PARTIAL = "name: Partial\nfunder: F\naward:\n  max: 500\napplication:\n  form:\n    questions: 1\n"


def test_junit_shows_not_known_as_skipped_never_passed(project: Path) -> None:
    # rules.md Pack 2 §2: not known findings "are never listed as passed"
    write(project, "e2.yaml", PARTIAL)
    out = project / "junit.xml"
    run("check", "e2.yaml", "-f", "junit", "-o", str(out), cwd=project)
    suite = next(iter(JUnitXml.fromfile(str(out))))
    cases = {c.name.split()[0]: c for c in suite}
    for rule in ("GC101", "GC104", "GC201", "GC202"):
        assert cases[rule].is_skipped, rule
        assert cases[rule].result[0].message.startswith("not known: ")
    assert "at least 0.7%" in cases["GC104"].result[0].message
    assert "Limit: " in (cases["GC104"].system_out or "")
    assert suite.failures == 0 and suite.skipped == sum(c.is_skipped for c in suite)
    # at --fail-on warning a not stated warning fails the run, so it is a failure, once
    run("check", "e2.yaml", "-f", "junit", "-o", str(out), "--fail-on", "warning", cwd=project)
    suite = next(iter(JUnitXml.fromfile(str(out))))
    cases = {c.name.split()[0]: c for c in suite}
    assert not cases["GC101"].is_passed and not cases["GC101"].is_skipped
    assert suite.failures + suite.skipped + sum(c.is_passed for c in suite) == suite.tests
