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


def test_the_workbook_marks_lower_bounds_and_says_which_row(project: Path) -> None:
    """8: `-f xlsx` gave Winter Warmth's hours and sector cost as plain numbers, though the text
    said "at least" and JSON listed them in lower_bounds; nor did it say which register row each
    scheme came from. Read back with openpyxl: the number stays a number, shown "at least"."""
    write(
        project,
        "reg.csv",
        "name,funder,award.max,application.form.questions,application.form.word_limit\n"
        "Alpha Fund,Council,1000,30,\nBeta Fund,Council,1000,3,300\n",
    )
    out = project / "out.xlsx"
    run("check", "reg.csv", "-f", "xlsx", "-o", str(out), cwd=project)
    sheet = openpyxl.load_workbook(out)["Schemes"]
    rows = list(sheet.iter_rows())
    head = [c.value for c in rows[0]]
    alpha, beta = (dict(zip(head, r, strict=True)) for r in rows[1:])
    assert alpha["location"].value == "reg.csv:2" and beta["location"].value == "reg.csv:3"
    hours = alpha["application.hours"]
    assert isinstance(hours.value, (int, float)) and hours.number_format == '"at least "General'
    assert "application.hours" in alpha["lower_bounds"].value.split("; ")
    for row in (alpha, beta):  # a figure is marked exactly when it is a lower bound
        lower = set((row["lower_bounds"].value or "").split("; "))
        for name, cell in row.items():
            if isinstance(cell.value, (int, float)) and "." in name:
                assert (cell.number_format == '"at least "General') == (name in lower), name
    assert beta["award.max"].number_format == "General"


def test_a_baseline_from_a_run_with_a_broken_input_says_what_it_leaves_out(project: Path) -> None:
    """10: `check schemes/ --write-baseline b3.json -q` with one broken scheme exited 2 and wrote
    the baseline, saying only "Recorded 43 findings ...": once broken.yaml is fixed, its findings
    all fail the check as new. Standard error now names what the baseline leaves out; an error at
    a scheme that was checked (a document not found) is not counted."""
    write(project, "a.yaml", "name: A\nfunder: B\naward:\n  max: 1000\n")
    made = run("check", ".", "--write-baseline", "b.json", "-q", cwd=project)
    assert made.exit_code == 0 and "leaves out" not in made.stderr
    write(
        project,
        "b.yaml",
        "name: C\nfunder: B\nid: c\naward:\n  max: 2000\napplication:\n  guidance:\n"
        "    documents: [missing.pdf]\n",
    )
    write(project, "broken.yaml", "name: [\n")
    made = run("check", ".", "--write-baseline", "b.json", "-q", cwd=project)
    assert made.exit_code == 2 and (project / "b.json").exists()
    said = " ".join(made.stderr.split())
    assert (
        "warning: the baseline leaves out 1 input that could not be checked (broken.yaml), so "
        "its findings will count as new once fixed: fix the input errors, then record the "
        "baseline again" in said
    ), said
    assert "b.yaml" not in said.split("leaves out")[1]
