"""A note excusing some applicants from an item, naming the item's document again, left it
every applicant's (acc22b, session 22): "E8 Your latest annual accounts, signed by your
treasurer or finance officer. Schools and academies do not need to send accounts." asked
schools too, while "... do not need to send these." was read as excusing them: a note naming
a document was taken to ask for one of its own. A note excusing some applicants from the
item's own document ("accounts", "a safeguarding policy") limits the item, and a document
offered to those in its place is theirs. A note excusing some from another document, or asking
for another beside it, is read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def write(tmp_path: Path, fmt: str, item: str) -> Path:
    """A documents list of two numbered items, the second ``item``, in the format named."""
    lines = ["What to send", "1. Your constitution.", f"2. {item}", "Declaration"]
    if fmt == "pdf":
        return write_pdf(tmp_path / "form.pdf", [lines])
    if fmt == "docx":
        return write_docx(tmp_path / "form.docx", lines)
    path = tmp_path / "form.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_document_in_the_excused_ones_place_is_theirs(tmp_path: Path) -> None:
    """Excused from the accounts, charities send a bank statement instead: both are some
    applicants' (the rulebook's concession)."""
    item = (
        "Your latest accounts. Registered charities do not need to send accounts, but must "
        "send a bank statement instead."
    )
    assert kinds(write(tmp_path, "txt", item)) == (
        ["governing_document"],
        ["accounts", "bank_statement"],
    )


@pytest.mark.parametrize(
    ("fmt", "item", "kind"),
    [
        (
            "txt",
            "Your latest annual accounts, signed by your treasurer. Schools and academies do "
            "not need to send accounts.",
            "accounts",
        ),
        (
            "docx",
            "Your safeguarding policy. Parish councils do not need to send a safeguarding policy.",
            "policy",
        ),
        (
            "pdf",
            "Your latest accounts. Registered charities do not need to send their accounts: we "
            "check them online.",
            "accounts",
        ),
    ],
)
def test_a_note_excusing_some_from_the_items_document_limits_it(
    tmp_path: Path, fmt: str, item: str, kind: str
) -> None:
    assert kinds(write(tmp_path, fmt, item)) == (["governing_document"], [kind])


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "Your latest accounts. Community interest companies do not need to send a "
            "business plan.",
            (["accounts", "governing_document"], []),
        ),
        (
            "Your latest accounts. Every group must also send a bank statement.",
            (["accounts", "bank_statement", "governing_document"], []),
        ),
    ],
)
def test_a_note_naming_another_document_is_read_as_before(
    tmp_path: Path, fmt: str, item: str, expected: tuple[list[str], list[str]]
) -> None:
    """Near misses: another document offered in the item's place, or asked beside it."""
    assert kinds(write(tmp_path, fmt, item)) == expected


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "Your constitution and your latest accounts. Registered charities do not need to "
            "send accounts.",
            (["governing_document"], ["accounts"]),
        ),
        (
            "Your latest accounts and a recent bank statement. Parish councils do not need to "
            "send accounts.",
            (["bank_statement", "governing_document"], ["accounts"]),
        ),
    ],
)
def test_an_excuse_limits_only_the_documents_it_names(
    tmp_path: Path, fmt: str, item: str, expected: tuple[list[str], list[str]]
) -> None:
    """review22 F12: an item naming two documents, a note excusing some from one of them."""
    assert kinds(write(tmp_path, fmt, item)) == expected
