"""Every measured item in the report a council reads (trial22 T4): "Measured from the documents"
named five attachments "and 1 more", so the sixth (a budget) had no place or words anywhere
in the text, Markdown or HTML report; fields likewise "and 2 more". The section is the
evidence: it lists every item. A finding keeps its five places and says where the rest are."""

from __future__ import annotations

import html
import json
from pathlib import Path

from conftest import MINIMAL, run, write

FORM = """# Community Fund application form

## Section A: your organisation

Name of organisation: ____
Main contact name: ____
Address: ____
Postcode: ____
Email address: ____
Telephone: ____
Charity number: ____

## Section B: your project

1. Describe your project (max 300 words)

____

## Section C: documents

Please send with your form:

- a copy of your constitution
- your latest annual accounts
- a recent bank statement
- a project budget
- your safeguarding policy
- a copy of your public liability insurance certificate
- two quotes for the works
"""
SCHEME = MINIMAL + "kind: grant\napplication:\n  form:\n    documents: [form.md]\n"
LAST = ('form.md, line 29: "- two quotes for the works"', 'form.md, line 11: "Charity number"')


def _report(project: Path, fmt: str) -> str:
    write(project, "form.md", FORM)
    write(project, "s.yaml", SCHEME)
    out = run("check", "s.yaml", "-f", fmt, cwd=project).stdout
    return " ".join(html.unescape(out).split())


def test_every_item_is_in_each_report_a_person_reads(project: Path) -> None:
    for fmt in ("text", "markdown", "html"):
        report = _report(project, fmt)
        section = report[report.index("Measured from the documents") :]
        missing = [item for item in LAST if item not in section]
        assert not missing, (fmt, missing)
        assert "more." not in section, fmt


def test_a_finding_says_where_the_rest_are(project: Path) -> None:
    report = _report(project, "text")
    assert "form.md (line 23; line 24; line 25; line 26; line 27), and 2 more (each listed" in (
        report
    )
    assert "and 2 more (each listed under Measured from the documents)." in report


def test_json_notes_carry_every_item(project: Path) -> None:
    data = json.loads(_report(project, "json"))
    notes = " ".join(data["schemes"][0]["notes"])
    assert all(item in notes for item in LAST), notes
