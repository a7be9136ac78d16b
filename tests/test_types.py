"""The type hints hold: mypy (with pydantic's plugin, configured in pyproject.toml)
finds no errors in src/grantcheck."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow  # see pyproject.toml's markers; make test-fast leaves it out


def test_mypy_is_clean() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "src/grantcheck"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
