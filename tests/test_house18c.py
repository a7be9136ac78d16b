"""Session 18's hostile-input findings taken by house18c (redteam18 #8-#12), each pinned."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import MINIMAL, run


def _schemes(folder: Path, limit: int) -> None:
    (folder / ".git").mkdir()
    (folder / "grantcheck.yaml").write_text(f"limits:\n  max_output_bytes: {limit}\n")
    for n in range(8):
        (folder / f"s{n}.yaml").write_text(MINIMAL, encoding="utf-8")


def test_standard_output_waits_for_the_files_and_is_never_half_written(tmp_path: Path) -> None:
    # redteam18 #9: the report went out on standard output as it was made, then the file
    # failed (over max_output_bytes): exit 2 with a report cut short on standard output
    _schemes(tmp_path, 100_000)  # (8 schemes: csv 43 KB, sarif 246 KB)
    small = run("check", ".", "-f", "csv", "-o", "-", "-f", "sarif", "-o", "r.sarif", cwd=tmp_path)
    assert small.exit_code == 2 and "r.sarif: the output is larger than 100,000" in small.stderr
    assert small.stdout == "" and not (tmp_path / "r.sarif").exists()
    # standard output held back is bounded as a file is, and then nothing is written
    held = run("check", ".", "-f", "sarif", "-o", "-", "-f", "csv", "-o", "r.csv", cwd=tmp_path)
    assert held.exit_code == 2 and "standard output: the output is larger than 100,000" in (
        held.stderr
    )
    assert held.stdout == "" and not (tmp_path / "r.csv").exists()
    # within the limit, both are written whole
    (tmp_path / "grantcheck.yaml").write_text("limits:\n  max_output_bytes: 1000000\n")
    done = run("check", ".", "-f", "json", "-o", "-", "-f", "csv", "-o", "r.csv", cwd=tmp_path)
    assert done.exit_code in (0, 1), done.output
    assert len(json.loads(done.stdout)["schemes"]) == 8 and (tmp_path / "r.csv").exists()


def test_a_rule_file_s_errors_are_capped_as_a_scheme_file_s_are(tmp_path: Path) -> None:
    # redteam18 #10: 12,000 rules without 'advice:' printed 12,000 error lines (1.15 MB)
    (tmp_path / ".git").mkdir()
    (tmp_path / "p").mkdir()
    rule = "  - {id: L%d, title: t, metric: award.max, check: at_most, warning: 999999999}\n"
    (tmp_path / "p" / "r.yaml").write_text("rules:\n" + "".join(rule % i for i in range(150)))
    done = run("rules", "--rules", "p", cwd=tmp_path)
    lines = done.stderr.splitlines()
    assert done.exit_code == 2 and len(lines) == 101, done.stderr[-500:]
    assert "'advice' is required in rules[99]" in lines[99]
    assert "p/r.yaml:102:5: and 50 more input errors in this file, not shown" in lines[100]
    assert "limits.max_errors_per_file in the config raises it" in lines[100]
    (tmp_path / "grantcheck.yaml").write_text("limits:\n  max_errors_per_file: 200\n")
    raised = run("rules", "--rules", "p", cwd=tmp_path)
    assert raised.exit_code == 2 and len(raised.stderr.splitlines()) == 150


def test_the_step_summary_stops_under_github_s_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # redteam18 #11: ~157 bytes a finding and no cap; past 1 MiB GitHub drops the whole summary
    from grantcheck.reporters import github

    assert github.SUMMARY_BYTES + 2_000 < 1024 * 1024
    _schemes(tmp_path, 1_000_000)
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary.md"))
    run("check", ".", "-f", "github", cwd=tmp_path)
    whole = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "stops here" not in whole and whole.count("\n| ") > 20
    (tmp_path / "summary.md").unlink()
    monkeypatch.setattr(github, "SUMMARY_BYTES", 5_000)
    run("check", ".", "-f", "github", cwd=tmp_path)
    cut = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert len(cut.encode()) < 5_000 and 5 < cut.count("\n| ") < whole.count("\n| ")
    shown = cut.count("\n| ") - 2  # (the table's head and its rule)
    left = whole.count("\n| ") - 2 - shown
    assert cut.endswith(
        f"The step summary stops here: {left:,} findings not shown (GitHub drops a summary "
        "over 1 MiB whole); the check's log and its reports hold them all.\n"
    )
