"""Session 7's house-keeping: policy out of the measurer, P8, names and small trial items."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MINIMAL, run, write

FORM = (
    "1. Describe your project (max 300 words)\n\nAnswer:\n\n"
    "2. Who will benefit? We use KPIs to track it.\n\nAnswer:\n\n"
    "Please send your constitution and a bank statement.\n"
)
SCANNED = "no text here"  # a .pdf that is not one is an error: the scanned case is built below


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_newline_in_a_document_name_is_shown_escaped_in_checks_reports(
    project: Path, fmt: str
) -> None:
    """P2, last point: check's text, Markdown and HTML showed a newline in a name as a space
    ('new line.md', another file's name) while errors and measure show '\\n'."""
    name = "new\nline.md"
    write(project, name, FORM)
    write(project, "notes\tx.md", "# Notes\n\nRead the KPIs section.\n")
    scheme = MINIMAL + (
        'application:\n  form:\n    documents: ["new\\nline.md"]\n'
        '  guidance:\n    documents: ["notes\\tx.md"]\n'
    )
    write(project, "s.yaml", scheme)
    out = run("check", "s.yaml", "-f", fmt, cwd=project).output
    escaped = "new\\\\nline.md" if fmt == "markdown" else "new\\nline.md"
    assert escaped in out
    assert "new line.md" not in out and "notes x.md" not in out
    assert "notes\\\\tx.md" in out if fmt == "markdown" else "notes\\tx.md" in out
    assert "new\nline" not in out
