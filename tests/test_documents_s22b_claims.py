"""A document asked for with the first claim for payment read as sent with the application
(acc22b, session 22): "You do not need to send us your insurance documents with the
application: we will ask for a copy of your buildings insurance schedule with your first claim
for payment." asked every applicant for an insurance certificate. A claim for payment comes
after the award, as the first payment does: what is asked with it is not sent now. A document
asked with the application, before a clause about claiming the grant, is asked as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct

EVERYONE = ["What to send", "Please send a copy of your constitution with your application."]


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def write(tmp_path: Path, fmt: str, line: str) -> Path:
    """A guide's paragraphs: what every applicant sends, then ``line``, in the format named."""
    lines = [*EVERYONE, line]
    if fmt == "pdf":
        return write_pdf(tmp_path / "guide.pdf", [lines])
    if fmt == "docx":
        return write_docx(tmp_path / "guide.docx", lines)
    path = tmp_path / "guide.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("fmt", "line"),
    [
        (
            "pdf",
            "You do not need to send us your insurance documents with the application: we will "
            "ask for a copy of your buildings insurance schedule with your first claim for "
            "payment.",
        ),
        ("docx", "We will ask for a copy of your insurance certificate when you claim the grant."),
        ("txt", "Please send a copy of your risk assessment with your first claim."),
    ],
)
def test_a_document_asked_with_a_claim_is_not_sent_now(tmp_path: Path, fmt: str, line: str) -> None:
    assert kinds(write(tmp_path, fmt, line)) == (["governing_document"], [])


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_a_document_asked_with_the_application_is_sent(tmp_path: Path, fmt: str) -> None:
    """Near miss: asked now, then a clause about claiming the grant."""
    line = (
        "Please send a copy of your public liability insurance certificate with your "
        "application; we will pay the grant when you claim it."
    )
    assert kinds(write(tmp_path, fmt, line)) == (
        ["governing_document", "insurance_certificate"],
        [],
    )


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_a_claim_forms_own_claim_asks_now(tmp_path: Path, fmt: str) -> None:
    """Near miss (review22 F8): a refund form whose claim is the application asks now."""
    lines = [
        "Sports Bursary Claim Form 2027",
        "Use this form to claim back up to £200 of costs you have already paid.",
        "With your claim, please send a copy of your risk assessment.",
    ]
    if fmt == "docx":
        path = write_docx(tmp_path / "claim.docx", lines)
    else:
        path = tmp_path / "claim.txt"
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    assert kinds(path) == (["other"], [])
