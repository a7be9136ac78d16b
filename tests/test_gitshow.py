"""diff --git REV FILE: the revision never becomes an option, blobs are bounded, links refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINIMAL
from grantcheck.gitshow import GitProblem, show


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(
        ["git", "-c", "user.email=t@example.org", "-c", "user.name=T", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    _git("init", "-q", cwd=tmp_path)
    (tmp_path / "s.yaml").write_text(MINIMAL)
    (tmp_path / "other.yaml").write_text(MINIMAL.replace("Test Fund", "Other Fund"))
    (tmp_path / "was-a-link.yaml").symlink_to("other.yaml")
    _git("add", ".", cwd=tmp_path)
    _git("commit", "-qm", "first", cwd=tmp_path)
    return tmp_path


def test_a_file_at_a_revision_is_read(repo: Path) -> None:
    assert show("HEAD", repo / "s.yaml", 1000) == MINIMAL


@pytest.mark.parametrize("rev", ["--output=/tmp/grantcheck-pwned", "-h", "HEAD --", "nope"])
def test_a_revision_never_becomes_an_option(repo: Path, rev: str) -> None:
    with pytest.raises(GitProblem, match="is not a commit in this repository"):
        show(rev, repo / "s.yaml", 1000)
    assert not Path("/tmp/grantcheck-pwned").exists()


def test_a_large_blob_is_refused_before_it_is_read(repo: Path) -> None:
    with pytest.raises(GitProblem, match="larger than 10 bytes"):
        show("HEAD", repo / "s.yaml", 10)


def test_links_are_refused_now_and_at_the_revision(repo: Path) -> None:
    with pytest.raises(
        GitProblem, match="the file is a symbolic link; name the scheme file itself"
    ):
        show("HEAD", repo / "was-a-link.yaml", 1000)
    (repo / "was-a-link.yaml").unlink()
    (repo / "was-a-link.yaml").write_text(MINIMAL)
    with pytest.raises(GitProblem, match="symbolic link or a folder at 'HEAD'"):
        show("HEAD", repo / "was-a-link.yaml", 1000)


def test_the_command_says_so_in_one_line(repo: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "grantcheck", "diff", "--git", "--output=x", "s.yaml"],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and not (repo / "x").exists()
    assert done.stderr == (
        "grantcheck: s.yaml:1:1: cannot compare with git revision '--output=x': "
        "'--output=x' is not a commit in this repository\n"
    )
