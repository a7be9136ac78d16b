"""A note on the accounts offering a simpler paper of the same kind to some applicants (acc23b,
session 23): "Your latest annual accounts" with the help "If your group is less than a year old,
upload an income and expenditure statement for the months you have been running" made the
accounts upload some applicants' only, as the help opens with a condition. Its main clause sends a
simpler form of the accounts (an income and expenditure statement, a statement of income and
spending, management accounts): the rulebook counts such a statement as the same attachment as
the accounts, every applicant's, and only the alternative is some applicants'. A note whose
condition itself names the paper ("If you have an income and expenditure statement, upload it")
or names none ("Only if your income is over £10,000") still limits. Small documents of the
test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx
from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct
from test_documents_s22b_upload_hints import govuk, gravity, page

OFFERED = [
    govuk(
        "Your latest annual accounts",
        "If your group is less than a year old, upload an income and expenditure statement for"
        " the months you have been running, signed by two members of your committee.",
        1,
    ),
    gravity(
        "Latest accounts *",
        "Groups formed in the last 12 months: a statement of your income and spending so far,"
        " signed by your treasurer.",
        1,
    ),
    govuk(
        "Annual accounts",
        "If you have not yet finished your first financial year, send management accounts for"
        " the months so far.",
        1,
    ),
]
LIMITED = [
    govuk(
        "Annual accounts",
        "If you have an income and expenditure statement for last year, upload it here.",
        1,
    ),
    gravity("Audited accounts", "Only if your income is over £10,000.", 1),
    # the paper named as what the accounts show, or refused: the condition limits (review23 F3)
    govuk(
        "Annual accounts",
        "If your income is over £25,000, upload your accounts, including the income and"
        " expenditure account and balance sheet.",
        1,
    ),
    govuk(
        "Annual accounts",
        "If you are a registered charity, upload the accounts you filed with the Charity"
        " Commission; we do not need a separate income and expenditure statement.",
        1,
    ),
]
ROWS = [
    "If your group is less than a year old, send an income and expenditure statement for the"
    " months so far.",
    "Groups that have not finished a year yet: management accounts for the months so far.",
]
# the same table, the note naming no paper: the row is some applicants'
LIMITING_ROWS = [
    "Only if your income is over £10,000.",
    "Only if you are asking for more than £5,000: your last two years' accounts, showing your"
    " income and expenditure.",
]


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


@pytest.mark.parametrize("upload", OFFERED)
def test_a_simpler_paper_offered_to_some_limits_no_upload(tmp_path: Path, upload: str) -> None:
    assert kinds(page(tmp_path, upload)) == (["accounts", "governing_document"], [])


def table(tmp_path: Path, suffix: str, note: str) -> Path:
    """A documents table: each document, and a note beside it (Markdown or Word)."""
    rows = [
        ["Document", "Notes"],
        ["Your constitution", "Signed by two committee members."],
        ["Your latest annual accounts", note],
    ]
    if suffix == ".docx":
        return write_docx(tmp_path / "guide.docx", ["Small grants", "What to send"], table=rows)
    lines = ["# Small grants: what to send", ""]
    lines += [f"| {a} | {b} |" for a, b in rows[:1]] + ["|---|---|"]
    lines += [f"| {a} | {b} |" for a, b in rows[1:]]
    path = tmp_path / "guide.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".md", ".docx"])
@pytest.mark.parametrize("note", ROWS)
def test_a_simpler_paper_beside_the_accounts_in_a_table(
    tmp_path: Path, suffix: str, note: str
) -> None:
    assert kinds(table(tmp_path, suffix, note)) == (["accounts", "governing_document"], [])


@pytest.mark.parametrize("suffix", [".md", ".docx"])
@pytest.mark.parametrize("note", LIMITING_ROWS)
def test_a_row_limited_with_no_paper_offered(tmp_path: Path, suffix: str, note: str) -> None:
    assert kinds(table(tmp_path, suffix, note)) == (["governing_document"], ["accounts"])


@pytest.mark.parametrize("upload", LIMITED)
def test_a_note_naming_no_paper_in_its_main_clause_limits(tmp_path: Path, upload: str) -> None:
    assert kinds(page(tmp_path, upload)) == (["governing_document"], ["accounts"])
