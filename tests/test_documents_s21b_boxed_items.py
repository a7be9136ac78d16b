"""A checklist's item with its own tick box, opening with a condition, read as a note limiting the
item above (acc21b, session 21): "[box] Your constitution" / "[box] If a host organisation will
hold the money: a letter from it" asks every applicant for the constitution. A note with no box
of its own still limits the item above. Fillable PDFs and saved web pages of the test's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from form_documents import PdfField, write_fillable_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def ticked_pdf(tmp_path: Path, lines: list[tuple[str, bool]]) -> Path:
    """A fillable PDF's documents list: each line with its check box before it, or none."""
    items: list[str | PdfField] = ["Part 3: Documents (tick each one you are sending)"]
    for n, (text, boxed) in enumerate(lines):
        if boxed:
            items.append(PdfField(f"doc{n}", text, kind="/Btn", before_words=True))
        items.append(text)
    return write_fillable_pdf(tmp_path / "form.pdf", [items])


def ticked_page(tmp_path: Path, lines: list[tuple[str, bool]]) -> Path:
    """A saved page's documents list: each line a check box's label, or a paragraph."""
    parts = [
        f'<div><input type="checkbox" id="d{n}" name="d{n}"><label for="d{n}">{text}</label></div>'
        if boxed
        else f"<p>{text}</p>"
        for n, (text, boxed) in enumerate(lines)
    ]
    path = tmp_path / "form.html"
    path.write_text(
        "<html><body><form><h2>Documents</h2><p>Tick each document you are sending.</p>"
        + "".join(parts)
        + "</form></body></html>",
        encoding="utf-8",
    )
    return path


WRITERS = {"pdf": ticked_pdf, "html": ticked_page}
CASES = [
    (
        "pdf",
        "Your constitution or set of rules.",
        "If a host organisation will hold the money: a letter from it agreeing to do so.",
        "governing_document",
    ),
    (
        "html",
        "Your latest annual accounts.",
        "Where a school is your partner: a note from the head teacher agreeing to the project.",
        "accounts",
    ),
    (
        "pdf",
        "Your latest annual accounts.",
        "Should a parish council hold the money for you: its written agreement to do so.",
        "accounts",
    ),
]


@pytest.mark.parametrize(("writer", "first", "second", "kind"), CASES)
def test_a_boxed_conditional_item_limits_only_itself(
    tmp_path: Path, writer: str, first: str, second: str, kind: str
):
    lines = [(first, True), (second, True), ("A breakdown of your project's costs.", True)]
    required, _ = kinds(WRITERS[writer](tmp_path, lines))
    assert required == sorted(["budget", kind])


@pytest.mark.parametrize("writer", ["pdf", "html"])
def test_a_note_without_its_own_box_still_limits_the_item_above(tmp_path: Path, writer: str):
    lines = [
        ("Your latest annual accounts.", True),
        ("Your safeguarding policy.", True),
        ("Only if you work with children.", False),
    ]
    assert kinds(WRITERS[writer](tmp_path, lines)) == (["accounts"], ["policy"])
