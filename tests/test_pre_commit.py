"""The pre-commit hook, exercised for real: pre-commit installs grantcheck from
this repository's HEAD into its own environment, in a throwaway git repository.
A commit of a bad scheme fails with the findings shown; a good one passes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINIMAL, ROOT

pytestmark = pytest.mark.slow  # see pyproject.toml's markers; make test-fast leaves it out

GOOD = (ROOT / "examples" / "small-grants-lio-designed.yaml").read_text()
BAD = MINIMAL + "application:\n  window_days: 10\n"


def sh(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_hook_blocks_a_bad_scheme_and_passes_a_good_one(tmp_path: Path) -> None:
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    if head.returncode != 0:
        pytest.skip("this checkout has no commits")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "HOME": str(tmp_path),
        # pre-commit's pip installs grantcheck and its dependencies into the hook's own
        # environment; compiling every installed module to bytecode was about 5 of the test's
        # 21 CPU-seconds, for the few modules two hook runs import (they compile as imported).
        # (pip reads "0" as off; PIP_NO_COMPILE=1 would turn compiling on.)
        "PIP_COMPILE": "0",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    repo = tmp_path / "repo"
    (repo / "schemes").mkdir(parents=True)
    assert sh(["git", "init", "-q"], repo, env).returncode == 0
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {head.stdout.strip()}\n    hooks:\n      - "
        "id: grantcheck\n        files: ^schemes/\n"
    )
    installed = sh([sys.executable, "-m", "pre_commit", "install"], repo, env)
    assert installed.returncode == 0, installed.stderr
    sh(["git", "add", ".pre-commit-config.yaml"], repo, env)
    assert sh(["git", "commit", "-qm", "config"], repo, env).returncode == 0

    (repo / "schemes" / "bad.yaml").write_text(BAD)
    sh(["git", "add", "schemes/bad.yaml"], repo, env)
    refused = sh(["git", "commit", "-qm", "bad"], repo, env)
    shown = refused.stdout + refused.stderr  # git passes hook output through on stderr
    assert refused.returncode != 0, shown
    assert "grantcheck" in shown and "Failed" in shown
    assert "GC101" in shown and "10 days" in shown

    sh(["git", "rm", "-q", "--cached", "schemes/bad.yaml"], repo, env)
    (repo / "schemes" / "bad.yaml").unlink()
    (repo / "schemes" / "good.yaml").write_text(GOOD)
    sh(["git", "add", "schemes/good.yaml"], repo, env)
    accepted = sh(["git", "commit", "-qm", "good"], repo, env)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "Passed" in accepted.stdout + accepted.stderr
