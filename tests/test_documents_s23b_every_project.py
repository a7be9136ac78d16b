"""A documents list split under sub-headings saying who sends each part, the first "Every
project" (acc23b, session 23): "What documents will we need?" / "Every project" / five documents
/ "Only if it applies to your project" / three more. "All projects" and "every group" told the
list went on for every applicant, but "Every project" (and "each application") did not: the
sub-heading ended the list, its five documents were read as nobody's. The singular forms of the
vocabulary's "all projects" and "all applications" now say so too. A sub-heading naming some
applicants still limits its part; "Every project must:" over criteria, outside a documents list,
asks for nothing. Small documents of the test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct

EVERY = [
    "Your constitution, set of rules or other governing document",
    "Your latest annual accounts, signed by your treasurer",
    "A bank statement from the last three months",
]
SOME = ["If your project needs planning permission: a copy of the planning decision notice"]
SUB_HEADINGS = ["Every project", "Each application", "Every project, large or small"]
# another verb after it says nothing of which (review23 F8)
SUB_HEADINGS += ["Every project also needs", "Each application requires"]


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def written(tmp_path: Path, suffix: str, parts: list[tuple[str, list[str]]]) -> Path:
    """A guide: a documents heading and a lead-in, then each sub-heading over its bulleted
    documents, as a web page (h2, h3), Markdown (##, ###) or Word (Heading 2, Heading 3)."""
    lead = "We check every project before the panel meets. You will be asked to upload these."
    if suffix == ".docx":
        import docx

        document = docx.Document()
        document.add_heading("What documents will we need?", level=2)
        document.add_paragraph(lead)
        for heading, items in parts:
            document.add_heading(heading, level=3)
            for item in items:
                document.add_paragraph(item, style="List Bullet")
        path = tmp_path / "guide.docx"
        document.save(str(path))
        return path
    if suffix == ".html":
        body = f"<h2>What documents will we need?</h2><p>{lead}</p>"
        for heading, items in parts:
            body += f"<h3>{heading}</h3><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
        path = tmp_path / "guide.html"
        path.write_text(f"<html><body><main>{body}</main></body></html>", encoding="utf-8")
        return path
    lines = ["## What documents will we need?", "", lead, ""]
    for heading, items in parts:
        lines += [f"### {heading}", "", *(f"- {i}" for i in items), ""]
    path = tmp_path / "guide.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".html", ".md", ".docx"])
@pytest.mark.parametrize("heading", SUB_HEADINGS)
def test_every_project_under_a_documents_heading_goes_on(
    tmp_path: Path, suffix: str, heading: str
) -> None:
    parts = [(heading, EVERY), ("Only if it applies to your project", SOME)]
    assert kinds(written(tmp_path, suffix, parts)) == (
        ["accounts", "bank_statement", "governing_document"],
        ["other"],
    )


@pytest.mark.parametrize("suffix", [".html", ".md", ".docx"])
def test_a_sub_heading_naming_some_still_limits(tmp_path: Path, suffix: str) -> None:
    parts = [("If your project is on land you do not own", EVERY)]
    assert kinds(written(tmp_path, suffix, parts)) == (
        [],
        ["accounts", "bank_statement", "governing_document"],
    )


# a singular sub-heading saying which projects: some applicants' part (review23 F4)
WHICH = [
    "Every project over £10,000",
    "Every project on land you do not own",
    "Each project that involves building work",
    "Every project with a capital element",
    "Each application for a capital grant",
]
SOME_OF = ["Planning permission for the works", "Two quotes for the works"]


@pytest.mark.parametrize("suffix", [".md", ".docx"])
@pytest.mark.parametrize("heading", WHICH)
def test_every_project_saying_which_limits(tmp_path: Path, suffix: str, heading: str) -> None:
    parts = [("Every project", EVERY[:2]), (heading, SOME_OF)]
    assert kinds(written(tmp_path, suffix, parts)) == (
        ["accounts", "governing_document"],
        ["other", "quotes"],
    )


@pytest.mark.parametrize("suffix", [".html", ".md"])
def test_every_project_over_criteria_asks_for_nothing(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"criteria{suffix}"
    items = ["be in Elmstow", "be finished within a year", "be open to everyone"]
    if suffix == ".html":
        body = "<h2>Who can apply?</h2><h3>Every project must:</h3><ul>"
        body += "".join(f"<li>{i}</li>" for i in items) + "</ul>"
        path.write_text(f"<html><body><main>{body}</main></body></html>", encoding="utf-8")
    else:
        lines = ["## Who can apply?", "", "### Every project must:", "", *(f"- {i}" for i in items)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert kinds(path) == ([], [])
