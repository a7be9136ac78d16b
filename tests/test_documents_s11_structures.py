"""Documents an applicant sends, listed in a structure (session 11): a numbered section's
checklist, a documents table's 'when we check it' column. Each general rule shown on small
documents of the test's own, worded and laid out as different funders would (never the
labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure, write_docx
from form_documents import PdfField, write_fillable_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.total import distinct


def sent(f: DocumentFacts) -> tuple[list[str], list[str]]:
    """The kinds (a policy by its name) every applicant sends, and those sent in some cases."""
    required, conditional = distinct(f.attachments)
    return sorted(a.policy or a.kind for a in required), sorted(
        a.policy or a.kind for a in conditional
    )


def measured(path: Path) -> DocumentFacts:
    return Measurer().measure(path, path.name)[1]


# -- a numbered section's title with a bracketed instruction after it ----------------------------

# A numbered section's title is read without the aside in brackets that closes it: "6 Send
# these with your form (tick each one you enclose)" is a five-word title asking for documents,
# so the lines under it are the documents to send.
TITLES = [
    "6 Send these with your form (tick each one as you put it in the envelope)",
    "C. Documents to include with this application (please put a tick by each one)",
    "4 What to send us (mark each box when you have attached the item)",
]
ITEMS = [
    "A recent bank statement for the club",
    "The club's public liability insurance certificate",
    "The club's constitution (only for clubs formed this year)",
]


@pytest.mark.parametrize("title", TITLES)
def test_a_numbered_title_with_an_aside_opens_a_checklist_txt(tmp_path: Path, title: str) -> None:
    text = "\n\n".join(["Sports Pitch Grants", "5 About the club", "Club name", title, *ITEMS])
    f = measure(tmp_path, "form.txt", text + "\n")
    assert sent(f) == (["bank_statement", "insurance_certificate"], ["governing_document"])


@pytest.mark.parametrize("title", TITLES)
def test_a_numbered_title_with_an_aside_opens_a_checklist_pdf(tmp_path: Path, title: str) -> None:
    """A fillable form: a tick box beside each document's line."""
    lines: list[str | PdfField] = [
        "Sports Pitch Grants",
        "Club name",
        PdfField("club", "Club name"),
    ]
    lines.append(title)
    for n, item in enumerate(ITEMS):
        lines += [PdfField(f"sent{n}", item, kind="/Btn"), item]
    path = write_fillable_pdf(tmp_path / "form.pdf", [lines])
    assert sent(measured(path)) == (
        ["bank_statement", "insurance_certificate"],
        ["governing_document"],
    )


def test_an_aside_does_not_make_a_long_sentence_a_title(tmp_path: Path) -> None:
    """Prose that happens to start with a number stays prose: the aside is taken off the end of
    a title only, so a sentence of many words (bracket or not) opens no list."""
    long = (
        "2 We fund clubs across the district that want to send more of their young members to "
        "regional competitions each year (see the map)"
    )
    path = write_docx(tmp_path / "g.docx", [long, "A recent bank statement for the club"])
    assert sent(measured(path)) == ([], [])
