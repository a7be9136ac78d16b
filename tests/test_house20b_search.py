"""A folder search never hides a committed scheme, and says what it skipped (redteam20 #1).

`git check-ignore --no-index` treated TRACKED files as ignored, so a pull request adding a
`.gitignore` line made `check` pass over a committed scheme (rc 0, the file never named);
schemes in dist/ or _build/, a scheme named grantcheck.yaml in a subfolder and BAD.YAML were
passed over unnamed too. Now git's own rule holds (a tracked file is never ignored), a suffix in
capitals is a scheme's, and every file or folder skipped is counted, or named with
--show-skipped."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, run

GOOD = ROOT / "examples" / "rolling-small-grants.yaml"
BAD = ROOT / "examples" / "micro-grant-worst-practice.yaml"


def _repo(tmp_path: Path) -> Path:
    """A git repository holding ok.yaml and bad.yaml, committed."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    shutil.copy(GOOD, tmp_path / "ok.yaml")
    shutil.copy(BAD, tmp_path / "bad.yaml")
    subprocess.run(["git", "add", "-A"], cwd=tmp_path, check=True)
    subprocess.run(
        ["git", "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-qm", "i"],
        cwd=tmp_path,
        check=True,
    )
    return tmp_path


def test_a_gitignore_line_does_not_hide_a_committed_scheme(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    (repo / ".gitignore").write_text("bad.yaml\n", encoding="utf-8")
    told = run("check", "-q", cwd=repo)
    assert told.exit_code == 1, told.output
    assert "2 schemes checked" in told.stdout
    (repo / ".gitignore").write_text("*.yaml\n", encoding="utf-8")
    assert "2 schemes checked" in run("check", "-q", cwd=repo).stdout


def test_an_ignored_file_git_does_not_track_is_skipped_and_counted(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    shutil.copy(BAD, repo / "draft.yaml")
    (repo / ".gitignore").write_text("draft.yaml\n", encoding="utf-8")
    told = run("check", "-q", cwd=repo)
    assert "2 schemes checked" in told.stdout
    assert "note: 1 YAML file or folder skipped by the folder search (ignored by git" in (
        told.stderr
    )
    named = run("check", "-q", "--show-skipped", cwd=repo).stderr
    assert "skipped: draft.yaml (ignored by git and not committed)" in named


def test_what_a_search_skips_by_name_is_counted_and_can_be_named(tmp_path: Path) -> None:
    for name in ("dist/a.yaml", "_build/b.yaml", "sub/grantcheck.yaml", ".hidden/c.yaml"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        shutil.copy(BAD, tmp_path / name)
    shutil.copy(GOOD, tmp_path / "ok.yaml")
    shutil.copy(BAD, tmp_path / "BAD.YAML")  # a suffix in capitals: a scheme all the same
    told = run("check", "-q", cwd=tmp_path)
    assert told.exit_code == 1 and "2 schemes checked" in told.stdout, told.output
    assert "note: 4 YAML files or folders skipped by the folder search" in told.stderr
    said = run("check", "-q", "--show-skipped", cwd=tmp_path).stderr
    for line in (
        "skipped: dist (another tool's folder)",
        "skipped: _build (another tool's folder)",
        "skipped: sub/grantcheck.yaml (a config file's name)",
        "skipped: .hidden (a hidden folder)",
    ):
        assert line in said
