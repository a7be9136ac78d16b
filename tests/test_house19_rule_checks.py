"""Rules and waivers x schemes bounded per run (redteam18 #8, #10; limits: max_run_rule_checks):
each rule in force (a rule folder's too) and each config waiver is weighed against every scheme,
and a pull request may add thousands of either (12,000 local rules x 1,000 schemes: 30 processor
seconds; 24,000 waivers x 10,000 schemes: 125). The checks a run makes are counted now: a file
whose schemes alone pass the limit is refused before any is checked, a register stops at the
row that would, and a run stops at the file after the one that passes it."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT, run

SCHEME = (ROOT / "examples" / "befriending-contract-continuation.yaml").read_text(encoding="utf-8")


def _schemes(count: int) -> str:
    """``count`` copies of a real scheme in one file, each with its own id."""
    return "\n---\n".join(SCHEME.replace("\nid: ", f"\nid: copy{n}-", 1) for n in range(count))


def _project(folder: Path, limit: int, rules: int = 0) -> Path:
    (folder / ".git").mkdir()
    config = f"limits:\n  max_run_rule_checks: {limit}\n"
    if rules:  # never-firing local rules, as redteam18's
        (folder / "policy" / "rules").mkdir(parents=True)
        many = [
            {"id": f"L{n}", "title": "t", "metric": "award.max", "check": "at_most"}
            | {"warning": 999_999_999, "advice": "a"}
            for n in range(rules)
        ]
        (folder / "policy" / "rules" / "r.yaml").write_text(json.dumps({"rules": many}))
        config += "rule_folders: [policy/rules]\n"
    (folder / "grantcheck.yaml").write_text(config, encoding="utf-8")
    return folder


def test_a_file_whose_schemes_pass_the_limit_alone_is_refused_before_any_is_checked(
    tmp_path: Path,
) -> None:
    project = _project(tmp_path, 100_000, rules=3_000)
    (project / "many.yaml").write_text(_schemes(40), encoding="utf-8")
    told = run("check", "many.yaml", "-q", cwd=project)
    assert told.exit_code == 2, told.output
    assert "many.yaml:1:1: input error: not checked: 40 schemes against" in told.output
    assert "limits.max_run_rule_checks" in told.output and "0 schemes checked" in told.output


def test_a_run_stops_at_the_file_after_the_one_that_passes_the_limit(tmp_path: Path) -> None:
    project = _project(tmp_path, 1_000)  # (the shipped rules alone: about 40 a scheme)
    for n in range(30):
        (project / f"s{n:02}.yaml").write_text(_schemes(1), encoding="utf-8")
    told = run("check", ".", "-q", "-j", "1", cwd=project)
    assert told.exit_code == 2, told.output
    assert "not checked, nor the" in told.output and "this run has already made" in told.output
    assert "30 schemes checked" not in told.output


def test_a_register_stops_at_the_row_that_would_pass_the_limit(tmp_path: Path) -> None:
    project = _project(tmp_path, 100)
    (project / "register.csv").write_text(
        (ROOT / "examples" / "register.csv").read_text(encoding="utf-8"), encoding="utf-8"
    )
    told = run("check", "register.csv", "-q", "-j", "1", cwd=project)
    assert told.exit_code == 2, told.output
    assert "rows from here not checked" in told.output, told.output


def test_a_run_within_the_limit_is_checked_whole(tmp_path: Path) -> None:
    project = _project(tmp_path, 1_000_000, rules=100)
    (project / "many.yaml").write_text(_schemes(40), encoding="utf-8")
    told = run("check", "many.yaml", "-q", cwd=project)
    assert "40 schemes checked" in told.output and "rule checks" not in told.output, told.output
