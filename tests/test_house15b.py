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


NO_HINT = "name: [1]\nfunder: Test Council\naward:\n  max: 1000\n"  # 'must be text': no hint


def test_an_error_with_no_hint_has_a_null_hint_in_json(project: Path) -> None:
    """An error with no hint carried '"hint": ""' in JSON: a versioned schema's values that are
    not there are null (a finding's waiver_reason), and the key stays for every error."""
    write(project, "s.yaml", NO_HINT)
    write(project, "t.yaml", "name: [\n")
    errors = json.loads(run("check", "s.yaml", "t.yaml", "-f", "json", cwd=project).stdout)
    assert [e["hint"] for e in errors["errors"]] == [
        None,
        "Check the indentation and quoting on this line",
    ]


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_reports_for_people_end_an_error_without_an_empty_hint(project: Path, fmt: str) -> None:
    """Markdown and HTML wrote 'message. ' and nothing when an error had no hint, and left the
    hint without its full stop; text and SARIF write sentences: now all four do."""
    write(project, "s.yaml", NO_HINT)
    write(project, "t.yaml", "name: [\n")
    out = run("check", "s.yaml", "t.yaml", "-f", fmt, cwd=project).stdout
    one = "not \\[1\\]." if fmt == "markdown" else "not &#91;1]."
    assert f"{one}\n" in out if fmt == "markdown" else f"{one}</li>" in out
    assert "quoting on this line." in out
