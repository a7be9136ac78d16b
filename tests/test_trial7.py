"""Findings of the seventh user trial (/work/team/trial-s7.md), each pinned by a test."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import MINIMAL, run, write


def _severity(result_output: str, rule: str) -> tuple[str, str]:
    found = json.loads(result_output)["schemes"][0]["findings"]
    f = next(f for f in found if f["rule"] == rule)
    return f["severity"], f["baseline"]


def test_a_baseline_never_hides_a_finding_that_became_more_severe(project: Path) -> None:
    """0e: a finding recorded as a warning stayed "known" when an edit made it an error (a form
    that doubled its word limit passed CI with exit 0). A raised severity is new, as in diff."""
    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 20\n")
    recorded = run("check", "s.yaml", "-f", "json", "--write-baseline", "b.json", cwd=project)
    # (stdout: standard error says what the baseline recorded, session 11)
    assert _severity(recorded.stdout, "GC101")[0] == "warning", recorded.output
    entries = json.loads((project / "b.json").read_text())["findings"]
    assert {e["fingerprint"]: e["severity"] for e in entries}[
        "GC101:s:application.window_days"
    ] == ("warning")
    same = run("check", "s.yaml", "--baseline", "b.json", "--fail-on", "warning", cwd=project)
    assert same.exit_code == 0, same.output
    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 5\n")
    worse = run("check", "s.yaml", "-f", "json", "--baseline", "b.json", cwd=project)
    assert _severity(worse.output, "GC101") == ("error", "new")
    assert worse.exit_code == 1
    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 25\n")
    lighter = run("check", "s.yaml", "-f", "json", "--baseline", "b.json", cwd=project)
    assert _severity(lighter.output, "GC101")[1] == "unchanged"


def test_a_baseline_written_before_severities_were_recorded_still_matches(project: Path) -> None:
    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 5\n")
    old = {
        "grantcheck_baseline": 1,
        "findings": [{"fingerprint": "GC101:s:application.window_days"}],
    }
    write(project, "b.json", json.dumps(old))
    result = run("check", "s.yaml", "-f", "json", "--baseline", "b.json", cwd=project)
    assert _severity(result.output, "GC101") == ("error", "unchanged")


def test_a_baseline_with_an_unknown_severity_is_a_located_error(project: Path) -> None:
    write(project, "s.yaml", MINIMAL)
    bad = {"grantcheck_baseline": 1, "findings": [{"fingerprint": "x", "severity": ["error"]}]}
    write(project, "b.json", json.dumps(bad))
    result = run("check", "s.yaml", "--baseline", "b.json", cwd=project)
    assert result.exit_code == 2 and "b.json:1:1: the baseline is" in result.output


def test_init_from_names_a_policy_in_words_not_by_its_id(project: Path) -> None:
    """10: the starter scheme listed "health_and_safety policy", where every report says
    "health and safety policy"."""
    write(
        project,
        "notes.md",
        "# What to send\n\nYou must send your health and safety policy.\n\n"
        "If you employ staff, send your data protection policy.\n",
    )
    result = run("init", "--from", "notes.md", "-o", "s.yaml", cwd=project)
    assert result.exit_code == 0, result.output
    text = (project / "s.yaml").read_text()
    assert '"health and safety policy"' in text and '"data protection policy"' in text, text
    assert "_policy" not in text and "health_and_safety policy" not in text


def test_diff_never_calls_a_fact_no_longer_stated_better(project: Path) -> None:
    """13: "Co-designed with the sector  no -> not stated  (better)": a fact removed is not
    known, not an improvement."""
    write(project, "a.yaml", MINIMAL + "engagement:\n  codesigned: false\n")
    write(project, "b.yaml", MINIMAL)
    shown = run("diff", "a.yaml", "b.yaml", cwd=project).output
    line = next(x for x in shown.splitlines() if "Co-designed" in x)
    assert "(changed)" in line and "better" not in line, line
