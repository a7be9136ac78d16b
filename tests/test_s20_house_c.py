"""Session 20 (trial20's deviations): the spec's own example scheme is checked, not refused; the
questionnaire refuses documents that are not there and prints its assumptions; ratios are
compared unrounded; worked-out figures say where they came from; errors say how to fix them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import MINIMAL, run, write

HERE = Path(__file__).parent


def test_the_spec_example_scheme_is_checked(project: Path) -> None:
    """Trial20 D1: scheme-format.md's own example (previous_ends 06-30, starts 08-01 and
    'gap_days: 60  # usual gap between one agreement and the next') was refused, exit 2: the
    usual gap is a fact of the scheme, not this agreement's gap, so the two need not agree. The
    dates give this agreement's gap (the metrics table reads them first) and a note shows both."""
    shutil.copy(HERE / "spec_example.yaml", project / "spec.yaml")
    write(project, "guidance/col-2025.md", "# Guidance\n\nApply by the closing date.\n")
    result = run("check", "spec.yaml", "-f", "json", "--fail-on", "never", cwd=project)
    assert result.exit_code == 0, result.output
    scheme = json.loads(result.output)["schemes"][0]
    assert scheme["metrics"]["funding.gap_days"] == 31, scheme["metrics"]
    assert any(
        "31 days" in n and "usual gap, funding.renewal.gap_days, is 60 days" in n
        for n in scheme["notes"]
    ), scheme["notes"]


def test_a_usual_gap_alone_is_the_gap(project: Path) -> None:
    """Without the dates, renewal.gap_days is the gap the rules read (the metrics table), and
    a usual gap equal to the dates' gap adds no note."""
    write(project, "g.yaml", MINIMAL + "funding:\n  renewal:\n    gap_days: 45\n")
    out = json.loads(run("check", "g.yaml", "-f", "json", cwd=project).output)["schemes"][0]
    assert out["metrics"]["funding.gap_days"] == 45
    dates = "funding:\n  previous_ends: 2025-06-30\n  starts: 2025-08-01\n"
    write(project, "g.yaml", MINIMAL + dates + "  renewal:\n    gap_days: 31\n")
    out = json.loads(run("check", "g.yaml", "-f", "json", cwd=project).output)["schemes"][0]
    assert not [n for n in out["notes"] if "usual gap" in n], out["notes"]
