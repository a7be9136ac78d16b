"""trial22's LOW findings a council reading the report would trip on, each failing before its
fix: T14 ("Award: not found" where nothing could be read, so not known), ..."""

from __future__ import annotations

from pathlib import Path

from conftest import run, write
from documents import write_scanned_pdf

NOTES = "# Notes\n\nGrants of up to £5,000 are available for groups in the county.\n"


def test_t14_an_award_in_no_document_read_is_not_known(project: Path) -> None:
    write_scanned_pdf(project / "scan.pdf")
    write(project, "notes.md", NOTES)
    write(project, "plain.md", "# Notes\n\nSend the form by May.\n")
    alone = run("measure", "scan.pdf", cwd=project).output
    assert "  Award: not known (no text in scan.pdf)\n" in alone
    both = run("measure", "scan.pdf", "notes.md", cwd=project).output
    assert "  Award: up to £5,000 in the documents read (no text in scan.pdf)\n" in both
    read = run("measure", "plain.md", cwd=project).output  # every document read: none stated
    assert "  Award: not found\n" in read
