"""Session 15's house-keeping: problems in the order of the inputs, the JSON hint, bounded
reading of hostile PDFs and of long plain tables."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import MINIMAL, run, write


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_problems_are_reported_in_the_order_of_the_inputs(project: Path, jobs: str) -> None:
    """A name that is no file was reported before every file's own problems, though given
    after them ('bad.yaml gone.yaml' listed gone.yaml first), as ruff and yamllint do not."""
    write(project, "bad.yaml", "name: [\n")
    write(project, "good.yaml", MINIMAL)
    write(project, "worse.yaml", "award: {max: 1\n")
    args = ["bad.yaml", "gone.yaml", "good.yaml", "-", "worse.yaml", "lost.yaml"]
    out = run("check", *args, "-f", "json", "-j", jobs, cwd=project).stdout
    files = [e["file"] for e in json.loads(out)["errors"]]
    assert files == ["bad.yaml", "gone.yaml", "-", "worse.yaml", "lost.yaml"]

