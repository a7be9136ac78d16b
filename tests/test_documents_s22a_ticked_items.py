"""A documents checklist whose lines each follow their own tick box (a fillable PDF's check box
left of the words, a web page's check box before its label) names documents no kind of the
vocabulary names all the same (acc22a, session 22): "[box] Photographs of the hall as it is
now" is a document every applicant sends, as "- Photographs of the hall" in a bulleted list
already was. The line was dropped before it was read, as only a bulleted, numbered or typed-box
line was let through. Near misses: a box's answer ("Not applicable: we are a parish council"),
a declaration after its box, and a text field's label are no documents. Documents of the test's
own (never the corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from form_documents import PdfField, write_fillable_pdf
from test_documents_s16a_attachments import kinds

HEAD = "Part 4: Documents. Please tick each document you are sending with this form."
FIRST = "Your constitution or set of rules"


def boxed_pdf(tmp_path: Path, lines: list[str], named: bool) -> Path:
    """A fillable PDF's documents list: a check box left of each line, labelled with the line's
    words or with the names a form maker gives ("Check Box3")."""
    items: list[str | PdfField] = [HEAD]
    for n, text in enumerate(lines):
        label = text if named else f"Check Box{n + 1}"
        items += [PdfField(f"doc{n}", label, kind="/Btn", before_words=True), text]
    return write_fillable_pdf(tmp_path / "form.pdf", [items])


def boxed_page(tmp_path: Path, lines: list[str], named: bool) -> Path:
    """A saved web page's documents list: a check box, then its label (or a span, unlabelled)."""
    parts = [
        f'<div><input type="checkbox" id="d{n}" name="docs"><label for="d{n}">{t}</label></div>'
        if named
        else f'<div><input type="checkbox" name="docs" value="{n}"><span>{t}</span></div>'
        for n, t in enumerate(lines)
    ]
    path = tmp_path / "form.html"
    path.write_text(
        f"<html><body><form><h2>Documents</h2><p>{HEAD}</p>{''.join(parts)}</form></body></html>",
        encoding="utf-8",
    )
    return path


WRITERS = {"pdf": boxed_pdf, "html": boxed_page}
UNNAMED = [
    ("pdf", "Photographs of the hall as it is now", True),
    ("pdf", "Up to four pictures of the garden you want to improve", False),
    ("pdf", "A drawing of the new layout, with measurements", True),
    ("html", "Photographs of the flood damage", True),
    ("pdf", "A sketch of the planting scheme, drawn by hand", False),
]


@pytest.mark.parametrize(("writer", "line", "named"), UNNAMED)
def test_a_ticked_line_naming_no_kind_is_a_document(
    tmp_path: Path, writer: str, line: str, named: bool
) -> None:
    path = WRITERS[writer](tmp_path, [FIRST, line, "Your latest annual accounts"], named)
    assert kinds(path) == (["accounts", "governing_document", "other"], [])


NEAR = [
    # a box's answer beside an item, not a document
    ("html", "Not applicable: we are a town or parish council", True),
    ("pdf", "N/A: our group is a parish council", True),
    # a declaration after its own box
    ("pdf", "I confirm that every document listed is a true copy", True),
    ("html", "We have read the guidance notes", True),
]


@pytest.mark.parametrize(("writer", "line", "named"), NEAR)
def test_a_ticked_answer_or_declaration_is_no_document(
    tmp_path: Path, writer: str, line: str, named: bool
) -> None:
    path = WRITERS[writer](tmp_path, [FIRST, line, "Your latest annual accounts"], named)
    assert kinds(path) == (["accounts", "governing_document"], [])


def test_a_text_fields_label_after_it_is_no_document(tmp_path: Path) -> None:
    """A web form's text input followed by the next input's label ("Your role in the group")
    under a documents heading: a field's label, not a document."""
    path = tmp_path / "form.html"
    path.write_text(
        "<html><body><form><h2>Documents</h2><p>Please upload these documents:</p>"
        '<label for="a">Your constitution</label><input type="file" id="a" required>'
        '<label for="b">Your latest annual accounts</label><input type="file" id="b" required>'
        '<label for="n">Your full name</label><input type="text" id="n">'
        '<label for="r">Your role in the organisation</label><input type="text" id="r">'
        "</form></body></html>",
        encoding="utf-8",
    )
    assert kinds(path) == (["accounts", "governing_document"], [])


def options_page(tmp_path: Path, question: str) -> Path:
    """A web form's documents list (three boxes of one name), then the boxes of the form's next
    question or declarations, of another name, right after it (review22 F2)."""
    docs = [FIRST, "Your latest annual accounts", "Photographs of the site as it is now"]
    rows = [
        f'<div><input type="checkbox" id="d{n}" name="docs"><label for="d{n}">{t}</label></div>'
        for n, t in enumerate(docs)
    ]
    options = ["Leaflet or poster", "Council newsletter", "Word of mouth"]
    rows += [f"<p>{question}</p>"] if question else []
    rows += [
        f'<div><input type="checkbox" id="h{n}" name="heard"><label for="h{n}">{t}</label></div>'
        for n, t in enumerate(options)
    ]
    path = tmp_path / "form.html"
    path.write_text(
        f"<html><body><form><h2>Part 4: Documents</h2><p>{HEAD}</p>{''.join(rows)}"
        "</form></body></html>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    "question", ["", "How did you hear about the fund? Tick all that apply.", "Who will benefit?"]
)
def test_another_sets_boxes_after_the_list_are_no_documents(tmp_path: Path, question: str) -> None:
    path = options_page(tmp_path, question)
    assert kinds(path) == (["accounts", "governing_document", "other"], [])
