"""Session 16's new user (trial16), as a council officer reviewing a register and a CI user:
the overview says which rows its figures leave out, the workbook marks its lower bounds, and
the smaller items of their report (7 to 10)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import openpyxl

from conftest import MINIMAL, run, write

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
    # a mistyped heading is an error, but the rows under it are still checked: not a row left out
    write(
        project,
        "reg.csv",
        HEAD.replace("award.total", "award.totl") + ROWS.replace("£5,000", "5000"),
    )
    text = " ".join(run("check", "reg.csv", "--portfolio-only", cwd=project).output.split())
    assert "unknown column 'award.totl'" in text and "Not in these figures" not in text, text


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


def _two_schemes(project: Path) -> None:
    write(project, "a.yaml", "name: A\nfunder: B\naward:\n  max: 1000\n")
    form = "application:\n  form: {questions: 30}\n"  # the hours to apply only "at least"
    write(project, "b.yaml", f"name: C\nfunder: B\nid: c\naward:\n  max: 2000\n{form}")


def test_the_chart_legend_keys_do_not_overlap(project: Path) -> None:
    """9: the HTML portfolio legend printed "? not stated or not known" over "w waived": the
    keys stood a fixed 135 pixels apart, whatever their length. At 12px, a letter of the
    report's sans-serif font is up to about 7 pixels wide."""
    import re

    _two_schemes(project)
    page = run("check", ".", "--portfolio-only", "-f", "html", cwd=project).output
    keys = ("✓ passes", "! warning", "✗ error", "? not stated or not known", "w waived")
    found = [
        (float(x), float(y), text)
        for x, y, text in re.findall(
            r'<text x="([0-9.]+)" y="([0-9.]+)" class="val">([^<]*)<', page
        )
        if text in keys or text == "– does not apply"
    ]
    assert [t for _, _, t in found] == [*keys, "– does not apply"], found
    for (x0, y0, text), (x1, y1, _) in itertools.pairwise(found):
        assert y1 > y0 or x1 >= x0 + 7 * len(text), (text, x0, x1)


def test_register_hints_speak_of_cells_and_a_mistyped_choice_is_matched(project: Path) -> None:
    """9: a register's date cell was told "Write dates as YYYY-MM-DD without quotes" (YAML's
    advice: a cell has no quotes, and a workbook's cell may be a date); kind 'grnat' got no "did
    you mean 'grant'" though a mistyped column heading does."""
    write(
        project,
        "reg.csv",
        "name,funder,kind,award.max,application.closes\nA,B,grnat,1000,\nC,D,grant,1000,31/03/2027\n",
    )
    said = " ".join(run("check", "reg.csv", "-q", cwd=project).output.split())
    assert (
        "reg.csv:2:3: input error: kind must be 'grant' or 'contract', not 'grnat'. Did you "
        "mean 'grant'?" in said
    )
    assert (
        "reg.csv:3:5: input error: application.closes must be a date written YYYY-MM-DD, not "
        "'31/03/2027'. Type the date as YYYY-MM-DD, for example 2025-03-17." in said
    ), said
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Schemes"
    sheet.append(["name", "funder", "award.max", "application.closes"])
    sheet.append(["C", "D", 1000, "31/03/2027"])
    book.save(project / "reg.xlsx")
    said = " ".join(run("check", "reg.xlsx", "-q", cwd=project).output.split())
    assert "for example 2025-03-17, or make the cell a date." in said, said
    assert "without quotes" not in said
    write(project, "s.yaml", "name: A\nfunder: B\nkind: contrat\naward:\n  max: 1000\n")
    said = " ".join(run("check", "s.yaml", "-q", cwd=project).output.split())
    assert "not 'contrat'. Did you mean 'contract'?" in said, said


def test_a_csv_not_in_utf8_is_located_at_its_row_and_column(project: Path) -> None:
    """9: a CSV saved as cp1252 gave `cp1252.csv:4:4`, a character's place on the line, where
    every other CSV location is the row and column; a quoted cell may span lines."""
    text = 'name,funder,award.max\nA,B,1000\n"Two\nlines",Caf\xe9 Council,1000\n'
    (project / "reg.csv").write_bytes(text.encode("cp1252"))
    said = run("check", "reg.csv", "-q", cwd=project).output
    assert "reg.csv:3:2: input error: the file is not UTF-8 text." in said, said


def test_the_totals_say_plainly_what_is_known_and_assumptions_are_words(project: Path) -> None:
    """9: "(the applicants' cost is known for 4 of the 5 schemes, at least for 1 ...)" was hard
    to read, and the overview, a report for a council, gave its assumptions as config keys
    (reading_words_per_minute: 238 words a minute)."""
    form = "application:\n  guidance: {pages: 2}\n  form: {questions: 3, word_limit: 300, "
    write(project, "a.yaml", f"{MINIMAL}  expected_applications: 10\n{form}attachments: []}}\n")
    write(project, "b.yaml", f"{MINIMAL}  expected_applications: 10\nid: b\n{form}}}\n")
    write(project, "c.yaml", f"{MINIMAL}id: c\n")
    for fmt in ("text", "markdown", "html"):
        out = run("check", ".", "--portfolio-only", "-f", fmt, cwd=project).output
        said = " ".join(out.replace("&#x27;", "'").split())
        assert (
            "(the applicants' cost is known in full for 1 of the 3 schemes and in part for 1)"
            in said
        ), said
        assert "Assumptions behind these hours and pounds: reading speed: 238 words a" in said
        assert "reading_words_per_minute" not in said, fmt
