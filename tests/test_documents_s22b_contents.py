"""What a plan or budget must hold read as documents of their own (acc22b, session 22): "Your
business plan, on our template. It should be no more than four pages and include your start-up
costs and your first year's income and spending." asked for accounts ("income and spending")
beside the plan. A later sentence pointing back to a plan or budget ("It should include",
"This should show", "It must set out") says what that document holds, not what else to send.
A sentence naming documents of its own after a plan or budget ("Please also send your latest
accounts", "If you have none yet, send a budget instead"), a clause of the pointing sentence
asking for one ("...; please also attach two quotes", review22 F4), and "Your policies. These
must include ..." (a list of policies, not a plan), are read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct

PASSPORT = "A copy of your passport or driving licence."


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def write(tmp_path: Path, fmt: str, item: str) -> Path:
    """A numbered list of two documents under a documents heading, in the format named."""
    lines = ["What you need to send", f"1. {item}", f"2. {PASSPORT}"]
    if fmt == "pdf":
        return write_pdf(tmp_path / "notes.pdf", [lines])
    if fmt == "docx":
        return write_docx(tmp_path / "notes.docx", lines)
    path = tmp_path / "notes.md"
    path.write_text(f"# Guidance\n\n## {lines[0]}\n\n" + "\n".join(lines[1:]) + "\n", "utf-8")
    return path


@pytest.mark.parametrize(
    ("fmt", "item", "kind"),
    [
        (
            "pdf",
            "Your business plan, on our template. It should be no more than four pages and "
            "include your start-up costs and your first year's income and spending.",
            "business_plan",
        ),
        (
            "md",
            "A business plan. It must include a cash flow forecast and your income and "
            "expenditure for the first two years.",
            "business_plan",
        ),
        (
            "docx",
            "A project budget. This should show your income and spending for the project.",
            "budget",
        ),
        (
            "md",
            "Your business plan. It should set out your income and spending for year one.",
            "business_plan",
        ),
    ],
)
def test_what_a_plan_holds_is_not_sent_apart(
    tmp_path: Path, fmt: str, item: str, kind: str
) -> None:
    assert kinds(write(tmp_path, fmt, item)) == (sorted([kind, "other"]), [])


@pytest.mark.parametrize("fmt", ["md", "pdf"])
@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "A project budget. Please also send your latest annual accounts.",
            (["accounts", "budget", "other"], []),
        ),
        (
            "Your business plan. If you have not written one yet, send a budget instead.",
            (["business_plan", "other"], ["budget"]),
        ),
        (
            "Your policies. These must include a safeguarding policy and an equality policy.",
            (["other", "policy", "policy"], []),
        ),
    ],
)
def test_documents_named_after_a_plan_are_read(
    tmp_path: Path, fmt: str, item: str, expected: tuple[list[str], list[str]]
) -> None:
    """Near misses: documents asked for in a later sentence of the item."""
    assert kinds(write(tmp_path, fmt, item)) == expected


@pytest.mark.parametrize("fmt", ["md", "pdf"])
@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "A budget for the project. This should show how you will spend the grant; please "
            "also attach two quotes for any item over £500.",
            (["budget", "other"], ["quotes"]),
        ),
        (
            "A project plan. It should set out your timetable and must come with a letter from "
            "your landlord agreeing to the work.",
            (["other", "other", "project_plan"], []),
        ),
        (
            "A business plan. It should include your income and spending for the last year, and "
            "your latest accounts must be attached to it.",
            (["accounts", "business_plan", "other"], []),
        ),
        (
            "Your budget. This should list every cost, with a quote for each item over £1,000.",
            (["budget", "other"], ["quotes"]),
        ),
    ],
)
def test_a_clause_asking_for_its_own_document_is_read(
    tmp_path: Path, fmt: str, item: str, expected: tuple[list[str], list[str]]
) -> None:
    """Near misses (review22 F4): the pointing sentence asks for another document too."""
    assert kinds(write(tmp_path, fmt, item)) == expected
