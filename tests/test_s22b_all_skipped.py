"""A folder whose every scheme file the search skipped (session 22, redteam21 R7): checking
nothing there is an input error (exit 2), or a change moving the schemes into a hidden folder,
or under an exclude pattern, turns CI green. A folder with no scheme at all stays a warning
(exit 0), as ruff's and yamllint's are."""

from __future__ import annotations

from pathlib import Path

from conftest import MINIMAL, run, write


def test_every_scheme_hidden_is_an_input_error(project: Path) -> None:
    write(project, "f/.hidden/a.yaml", MINIMAL)
    result = run("check", "f", cwd=project)
    assert result.exit_code == 2, result.output
    assert "f:1:1: input error: no scheme was checked in this folder" in result.output
    assert "a hidden folder: 1" in result.output


def test_every_scheme_excluded_is_an_input_error(project: Path) -> None:
    write(project, "g/a.yaml", MINIMAL)
    result = run("check", "g", "--exclude", "a.yaml", cwd=project)
    assert result.exit_code == 2, result.output
    assert "matches an exclude pattern: 1" in result.output


def test_a_folder_with_no_scheme_stays_a_warning(project: Path) -> None:
    """Near misses: an empty folder, and one holding only another tool's YAML in a hidden folder
    (a workflow) or a config file: nothing skipped was a scheme."""
    (project / "e").mkdir()
    write(project, "w/.github/workflows/ci.yml", "on: push\njobs:\n  a:\n    runs-on: x\n")
    write(project, "w/sub/grantcheck.yaml", "fail_on: warning\n")
    for folder in ("e", "w"):
        result = run("check", folder, cwd=project)
        assert result.exit_code == 0, result.output
        assert "input error" not in result.output


def test_one_scheme_checked_beside_hidden_ones_is_no_error(project: Path) -> None:
    write(project, "h/.old/a.yaml", MINIMAL)
    write(project, "h/b.yaml", MINIMAL)
    assert run("check", "h", "--fail-on", "never", cwd=project).exit_code == 0
