"""Defects a new user's trial found: each test failed before its fix."""

from __future__ import annotations

from pathlib import Path

from conftest import run, write


def test_explain_a_built_in_rule() -> None:
    result = run("explain", "gc001")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("GC001: A waiver matches no finding")
    assert "How to fix" in result.output and "unused_waivers" in result.output


def test_rules_lists_the_built_in_rules_with_their_severity(project: Path) -> None:
    listed = run("rules", cwd=project).output
    assert "\nGC001  A waiver matches no finding\n" in listed
    assert "warning: any such waiver" in listed
    write(project, "grantcheck.yaml", "unused_waivers: ignore\n")
    quiet = run("rules", cwd=project).output
    assert quiet.startswith("42 rules in force") and "off:     any such waiver" in quiet
    assert "Switched off" in run("explain", "GC001", cwd=project).output
