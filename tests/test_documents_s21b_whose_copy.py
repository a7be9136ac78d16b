"""The same document of whoever holds the money, offered after a clause's condition, read as the
condition of the applicant's own (acc21b, session 21): "your bank statement; if an accountable
body holds the grant for you, its bank statement" asks every applicant for a bank statement,
whoever's it is. A document that only some send, or another kind offered in its place, is still
some's. Small documents of the test's own, several formats."""

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


def documents_list(tmp_path: Path, suffix: str, item: str) -> Path:
    """A documents list: the item, then a budget."""
    lines = ["What to send", "Please send these with your application form:", item]
    lines.append("a budget for the project.")
    path = tmp_path / f"doc{suffix}"
    if suffix == ".docx":
        return write_docx(path, lines)
    if suffix == ".pdf":
        return write_pdf(path, [lines])
    lines[2:] = [f"- {line}" for line in lines[2:]]
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


WHOSE = [
    (
        ".txt",
        "a copy of your group's most recent bank statement; if an accountable body holds the "
        "grant for you, its bank statement.",
        "bank_statement",
    ),
    (
        ".docx",
        "Your most recent annual accounts; where a lead partner applies for a consortium, the "
        "lead partner's accounts.",
        "accounts",
    ),
    (
        ".pdf",
        "Your latest bank statement; if a host organisation will manage the grant for you, "
        "their bank statement.",
        "bank_statement",
    ),
]


@pytest.mark.parametrize(("suffix", "item", "kind"), WHOSE)
def test_whoever_holds_the_money_sends_theirs(tmp_path: Path, suffix: str, item: str, kind: str):
    required, conditional = kinds(documents_list(tmp_path, suffix, item))
    assert required == sorted(["budget", kind])
    assert conditional == []


def test_whose_copy_alone_is_some_applicants(tmp_path: Path):
    # the condition opens the item: only those with an accountable body send it
    item = "if an accountable body holds the grant for you, its bank statement."
    required, conditional = kinds(documents_list(tmp_path, ".md", item))
    assert (required, conditional) == (["budget"], ["bank_statement"])


def test_another_kind_in_its_place_is_some_applicants(tmp_path: Path):
    # the applicant's own, of another kind, offered to new groups: theirs alone
    item = "your latest accounts; if you are a new group, your group's bank statements."
    required, conditional = kinds(documents_list(tmp_path, ".docx", item))
    assert (required, conditional) == (["accounts", "budget"], ["bank_statement"])
