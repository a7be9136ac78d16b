"""A document's help note read as its condition (acc21b, session 21): "a copy of your
constitution (if you do not have one, ring us and we will help you write one)" asks every
applicant for the constitution; the note helps those who lack one to get one. A condition other
than lacking the document still limits it. Small documents of the test's own, several formats."""

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


def written(tmp_path: Path, suffix: str, lines: list[str]) -> Path:
    """The lines as a document of the format: text, Markdown, HTML, Word or a text PDF."""
    path = tmp_path / f"doc{suffix}"
    if suffix == ".docx":
        return write_docx(path, lines)
    if suffix == ".pdf":
        return write_pdf(path, [lines])
    if suffix == ".html":
        body = "".join(f"<li>{t[2:]}</li>" if t.startswith("- ") else f"<p>{t}</p>" for t in lines)
        path.write_text(f"<html><body><main>{body}</main></body></html>", encoding="utf-8")
        return path
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def documents_list(tmp_path: Path, suffix: str, item: str) -> Path:
    """A documents list: the accounts, then the item."""
    bullet = "- " if suffix in (".md", ".html") else ""
    lines = [
        "What to send",
        "Please send these with your application form:",
        f"{bullet}your latest annual accounts;",
        f"{bullet}{item}",
    ]
    return written(tmp_path, suffix, lines)


HELPED = [
    (
        ".md",
        "a copy of your constitution (if you do not have one yet, contact us and we can help "
        "you write one)",
        "governing_document",
    ),
    (
        ".txt",
        "your safeguarding policy - if you haven't got one, ring the CVS on 01632 960000 and "
        "they will talk you through it.",
        "policy",
    ),
    (
        ".html",
        "your governing document (if you have none, get in touch and we will send you a template)",
        "governing_document",
    ),
    (
        ".docx",
        "a signed copy of your group's rules (where you have not written any yet, please ask "
        "the Community Team for our model rules).",
        "governing_document",
    ),
]


@pytest.mark.parametrize(("suffix", "item", "kind"), HELPED)
def test_help_to_get_the_document_limits_nothing(tmp_path: Path, suffix: str, item: str, kind: str):
    required, conditional = kinds(documents_list(tmp_path, suffix, item))
    assert required == sorted(["accounts", kind])
    assert conditional == []


# the same words after a condition other than lacking the document: the document is some's
NOT_HELP = [
    (
        ".md",
        "your safeguarding policy (if you work with children, ring us first so we can check it)",
        "policy",
    ),
    (
        ".txt",
        "your lease - if you do not own the building, contact your landlord for a copy.",
        "other",
    ),
    (
        ".docx",
        "your safeguarding policy, if you work with children (if you have not written one, "
        "ring us and we will help).",
        "policy",
    ),
]


@pytest.mark.parametrize(("suffix", "item", "kind"), NOT_HELP)
def test_another_condition_still_limits(tmp_path: Path, suffix: str, item: str, kind: str):
    required, conditional = kinds(documents_list(tmp_path, suffix, item))
    assert required == ["accounts"]
    assert conditional == [kind]


def test_help_offered_alone_still_asks_nothing(tmp_path: Path):
    # "Westfield CVS can help you with your budget": help offered, no document asked
    lines = [
        "What to send",
        "Please send these with your application form:",
        "- your latest annual accounts;",
        "Westfield CVS can help you with your budget if you have not written one before.",
    ]
    required, conditional = kinds(written(tmp_path, ".md", lines))
    assert required == ["accounts"]
    assert conditional == []


# a note that offers another document to those who lack the first is no help note: what it offers
# is never every applicant's (review21 F1)
OFFERS_ANOTHER = [
    (
        "your latest accounts - if you have not prepared accounts yet, contact us and send a "
        "budget for the year;",
        "budget",
    ),
    (
        "your latest accounts (if you have not got accounts yet, contact us: you can send three "
        "months of bank statements);",
        "bank_statement",
    ),
]


@pytest.mark.parametrize(("item", "offered"), OFFERS_ANOTHER)
def test_a_note_offering_another_document_is_not_help(tmp_path: Path, item: str, offered: str):
    lines = [
        "What to send",
        "Please send all of the following:",
        f"- {item}",
        "- your constitution",
    ]
    required, conditional = kinds(written(tmp_path, ".md", lines))
    assert offered not in required
    assert offered in conditional
