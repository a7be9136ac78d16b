"""Documents that state different largest awards (trial22 T15): the total was whichever
document was named first ('measure form notes' up to £3,000, 'measure notes form' up to
£5,000), with no word that they disagree, and it fed GC002 and init's award.max. Now the
largest any document states is read, whatever the order (an applicant who reads the notes
may ask for it; the award chooses the band), and measure, check and init --from name each
document's figure with its place, as they do when the documents disagree on the accounts."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import MINIMAL, run, write

FORM = "# Application form\n\nGrants up to £3,000 for community groups.\n\nName of group: ____\n"
NOTES = "# Guidance notes\n\nGrants of up to £5,000 are available for groups in the county.\n"
APART = "form.md states up to £3,000 (line 3); notes.md states up to £5,000 (line 3)"


def _files(project: Path) -> None:
    write(project, "form.md", FORM)
    write(project, "notes.md", NOTES)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_measure_reads_the_largest_in_either_order(project: Path) -> None:
    _files(project)
    for order in (("form.md", "notes.md"), ("notes.md", "form.md")):
        total = json.loads(run("measure", "-f", "json", *order, cwd=project).stdout)["total"]
        assert total["award"]["max"] == 5000, order
        assert total["award"]["document"] == "notes.md", order
        text = _flat(run("measure", *order, cwd=project).stdout)
        assert f"Award: up to £5,000 (the largest stated); the documents disagree: {APART}" in text
        assert total["award"]["documents_disagree"] == APART, order  # (review23 F1: in order)


def test_check_names_both_figures(project: Path) -> None:
    _files(project)
    scheme = MINIMAL.replace("1000", "3000") + (
        "kind: grant\napplication:\n  guidance:\n    documents: [notes.md]\n"
        "  form:\n    documents: [form.md]\n"
    )
    write(project, "s.yaml", scheme)
    report = _flat(run("check", "s.yaml", cwd=project).stdout)
    assert f"The documents disagree on the largest award: {APART}" in report
    # GC002: stated £3,000 against the largest the documents state, and the other named
    assert "stated £3,000, measured £5,000 (the largest the documents state; " in report
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).stdout)
    fact = data["schemes"][0]["measured"]["award.max"]
    assert fact["measured"] == 5000 and fact["documents_disagree"] == APART


def test_init_from_writes_the_largest_and_says_they_disagree(project: Path) -> None:
    _files(project)
    for order in (("form.md", "notes.md"), ("notes.md", "form.md")):
        starter = run("init", "--from", *order, "-o", "-", cwd=project).stdout
        assert "\n  max: 5000  # measured from notes.md, line 3: Grants of up to £5,000" in (
            starter
        ), order
        said = next(line for line in starter.splitlines() if "disagree" in line)
        assert said.startswith("  # the documents disagree: "), said
        assert all(part in said for part in APART.split("; ")), said


def test_agreeing_documents_say_nothing(project: Path) -> None:
    write(project, "form.md", FORM.replace("£3,000", "£5,000"))
    write(project, "notes.md", NOTES)
    text = run("measure", "form.md", "notes.md", cwd=project).stdout
    assert "disagree" not in text and "Award: up to £5,000\n" in text
