"""Session 16's new user (trial16), as a council officer reviewing a register and a CI user:
the overview says which rows its figures leave out, the workbook marks its lower bounds, and
the smaller items of their report (7 to 10)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
from conftest import run, write

HEAD = "name,funder,award.max,award.typical,award.total,award.expected_applications\n"
ROWS = (
    "Alpha Fund,Council,1000,750,30000,40\n"
    "Beta Fund,Council,2000,1500,60000,50\n"
    "Gamma Fund,Council,£5,000,1500,60000,50\n"  # a row whose amount is split by its comma
    "Delta Fund,Council,3000,2000,90000,60\n"
)


def _register(project: Path) -> None:
    write(project, "reg.csv", HEAD + ROWS.replace("£5,000", '"£5,000"'))


def test_the_overview_says_which_rows_its_totals_leave_out(project: Path) -> None:
    """7: the overview of a register whose row 4 could not be checked said "Across 3 schemes"
    and never that a row was missing from its totals; the error came only after it (text) or at
    the very end (HTML), and JSON's portfolio had no sign of it."""
    _register(project)
    text = " ".join(run("check", "reg.csv", "--portfolio-only", cwd=project).output.split())
    said = (
        "Not in these figures: 1 register row that could not be checked (reg.csv:4); the input "
        "errors are at the end of this report."
    )
    assert said in text, text
    assert text.index(said) < text.index("Schemes, most onerous first")
    for fmt in ("markdown", "html"):
        out = run("check", "reg.csv", "--portfolio-only", "-f", fmt, cwd=project).output
        assert said in out.replace("&#x27;", "'").replace("&#39;", "'"), fmt
    for extra in ((), ("--portfolio-only",)):
        out = run("check", "reg.csv", "-f", "json", *extra, cwd=project).output
        data: Any = json.JSONDecoder().raw_decode(out)[0]
        assert data["portfolio"]["not_checked"] == ["reg.csv:4"], extra


def test_a_broken_file_is_named_and_a_clean_run_says_nothing(project: Path) -> None:
    """7: a whole file that could not be checked is named as a file; without errors, no line."""
    write(project, "a.yaml", "name: A\nfunder: B\naward:\n  max: 1000\n")
    write(project, "b.yaml", "name: C\nfunder: B\nid: c\naward:\n  max: 2000\n")
    clean = run("check", ".", "--portfolio-only", cwd=project).output
    assert "Not in these figures" not in clean
    write(project, "c.yaml", "name: [\n")
    text = " ".join(run("check", ".", "--portfolio-only", cwd=project).output.split())
    assert "Not in these figures: 1 file that could not be checked (c.yaml);" in text, text
