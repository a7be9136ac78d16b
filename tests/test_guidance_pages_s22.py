"""Guidance pages estimated from the words of its documents together (trial21 D32): each short
non-PDF document was rounded up to a whole page before adding, so guidance published as three
short web pages (138 words in all, a third of a page) was "about 3 pages" and failed GC102's
limit of 2 for micro awards. PDF pages are still counted as published."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import MINIMAL, run, write
from documents import write_pdf

NOTES = {
    "eligibility": "Groups based in the district may apply. We fund constituted groups, "
    "charities and social enterprises. We cannot fund individuals or political parties.",
    "how-to-apply": "Fill in the form and send it to the grants team by email. Attach your "
    "constitution and your latest accounts. We will write to you within six weeks.",
    "faq": "Can we apply twice? Yes, once a year. Can we buy equipment? Yes, if it is for the "
    "project. Who decides? A panel of councillors and residents.",
}


def _note(project: Path, name: str) -> None:
    write(project, f"{name}.md", f"# {name}\n\n{NOTES[name]}\n")


def _pages(project: Path, documents: list[str]) -> tuple[float, list[str]]:
    listed = ", ".join(documents)
    write(project, "s.yaml", MINIMAL + f"application:\n  guidance:\n    documents: [{listed}]\n")
    scheme = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).stdout)["schemes"][0]
    return scheme["metrics"]["guidance.pages"], [f["rule"] for f in scheme["findings"]]


def test_short_notes_are_paged_together(project: Path) -> None:
    for name in NOTES:
        _note(project, name)
    pages, rules = _pages(project, ["eligibility.md", "how-to-apply.md", "faq.md"])
    assert pages == 1  # under 100 words, not three pages of one note each
    assert "GC102" not in rules


def test_pdf_pages_are_as_published_beside_the_estimate(project: Path) -> None:
    write_pdf(project / "notes.pdf", [["Guidance notes"], ["Page two"]])
    _note(project, "faq")
    _note(project, "how-to-apply")
    pages, _ = _pages(project, ["notes.pdf", "faq.md", "how-to-apply.md"])
    assert pages == 3  # 2 as published and 1 for the two notes' words together
