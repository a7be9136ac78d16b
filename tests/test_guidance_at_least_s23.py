"""The guidance's figures are a floor when one of its documents could not be read (trial22 T3):
GC102 and Markdown's key measures said "at least 1 page", but the text report's Guidance line
said "about 1 page (61 words), under a minute to read", the headline "read about 1 page" and
the reading row "1 minute": a floor stated as the figure. Each now says "at least"; with every
document read each says "about" as before."""

from __future__ import annotations

import html
from pathlib import Path

from conftest import MINIMAL, run, write

NOTES = "# Notes\n\nWho can apply: any group in the borough. Send the form by May.\n"
FORM = "# Form\n\n1. Describe your project (max 300 words)\n\n____\n"
SCHEME = MINIMAL + (
    "kind: grant\napplication:\n  guidance:\n    documents: [notes.md, broken.docx]\n"
    "  form:\n    documents: [form.md]\n"
)


def _report(project: Path, fmt: str, scheme: str = SCHEME) -> str:
    write(project, "notes.md", NOTES)
    write(project, "form.md", FORM)
    (project / "broken.docx").write_bytes(b"not a zip file at all")
    write(project, "s.yaml", scheme)
    out = run("check", "s.yaml", "-f", fmt, cwd=project).stdout
    return " ".join(html.unescape(out).split())


def test_the_text_guidance_line_says_at_least(project: Path) -> None:
    report = _report(project, "text")
    line = report[report.index("Guidance ") : report.index("Form ")]
    assert line.startswith("Guidance at least 1 page (14 words in the documents read"), line
    assert "about 1 page" not in line


def test_the_headline_and_reading_row_say_at_least(project: Path) -> None:
    for fmt in ("text", "markdown", "html"):
        report = _report(project, fmt)
        assert "Reading the guidance: at least" in report or (
            "Reading the guidance | at least" in report
            or "Reading the guidance</td><td>at least" in report.replace(" <", "<")
        ), fmt
        if fmt != "text":
            assert "is asked to read at least 1 page" in report, fmt


def test_every_document_read_is_about(project: Path) -> None:
    whole = SCHEME.replace(", broken.docx", "")
    report = _report(project, "text", whole)
    assert "Guidance about 1 page (14 words), under a minute to read" in report
    row = "Reading the guidance: "
    assert f"{row}1 minute" in report or f"{row}under" in report
    assert "at least 1 page" not in _report(project, "markdown", whole)
