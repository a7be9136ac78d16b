"""git's ignore lookup is bounded and a timeout is said (redteam20 #4).

A 1.9 MB .gitignore of 40,000 patterns made `git check-ignore` take its whole 60 s a call, twice
a folder, outside every budget, and then nothing was skipped without a word. git is now asked
once a folder within GIT_SECONDS, a timeout is a warning, and git is not asked again that run.
(A stand-in git that never answers: no timing is measured.)"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, run

GOOD = ROOT / "examples" / "rolling-small-grants.yaml"


def test_a_git_that_does_not_answer_is_given_up_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grantcheck import pipeline_files

    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    asked = tmp_path / "asked"
    git = bin_folder / "git"
    git.write_text(f'#!/bin/sh\necho x >> "{asked}"\nexec sleep 30\n', encoding="utf-8")
    git.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(pipeline_files, "GIT_SECONDS", 1)
    project = tmp_path / "p"
    for folder in ("a", "b", "c"):
        (project / folder).mkdir(parents=True)
        shutil.copy(GOOD, project / folder / "s.yaml")
    told = run("check", "-q", "a", "b", "c", cwd=project)
    assert told.exit_code == 0, told.output
    assert "3 schemes checked" in told.stdout
    assert "warning: git did not say within 1 second which files" in told.stderr
    assert asked.read_text(encoding="utf-8").count("x") == 1  # once a run, not once a folder
