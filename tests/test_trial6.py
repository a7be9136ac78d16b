"""Findings of the sixth user trial (/work/team/trial-s6.md), each pinned by a test."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MINIMAL, run, write

FORM = "1. Describe your project (no more than 1,500 characters)\n\nAnswer:\n"


@pytest.mark.parametrize(
    "setting",
    [
        "characters_per_word: 1000000",  # turned "1,500 characters" into "no limit"
        "characters_per_word: 1e308",  # a YAML string the 10^15 bound never saw
        "words_per_page: 100000000",
        "hourly_cost: 1e300",
        "reading_words_per_minute: 0.000001",
    ],
)
def test_an_implausible_assumption_is_a_located_error(project: Path, setting: str) -> None:
    """P1: only 0 and negative numbers were refused, so a config could make a written limit
    vanish ("no limit") or an estimate run to hundreds of digits."""
    name = setting.split(":")[0]
    write(project, "grantcheck.yaml", f"assumptions:\n  {setting}\n")
    write(project, "s.yaml", MINIMAL)
    write(project, "form.md", FORM)
    for args in (("check", "s.yaml"), ("measure", "form.md")):
        result = run(*args, cwd=project)
        assert result.exit_code == 2, result.output
        assert f"grantcheck.yaml:2:3: assumption {name} must be between" in result.output


def test_plausible_assumptions_are_still_read(project: Path) -> None:
    write(project, "grantcheck.yaml", "assumptions:\n  characters_per_word: 5\n  hourly_cost: 25\n")
    write(project, "form.md", FORM)
    shown = run("measure", "form.md", cwd=project)
    assert shown.exit_code == 0 and "limit 300 words" in shown.output
