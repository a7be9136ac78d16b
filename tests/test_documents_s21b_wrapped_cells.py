"""A documents table read as lines, its narrow document cell broken over two lines, the second read
as who sends it (acc21b, session 21): "Accounts for your last two" / "financial years" /
"Everyone" made the accounts some applicants' ("financial years" is no 'everyone'), and
"Your equality and diversity" / "policy" / "Everyone" lost the policy. The broken name is read
whole; a condition in the who line still limits it. Text PDFs and plain text of the test's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct

HEAD = ["Documents to send", "Document", "Who must send it", "Notes"]


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def table_lines(tmp_path: Path, suffix: str, rows: list[str]) -> Path:
    """The table as a text PDF or a plain text file prints it: a cell a line."""
    lines = [*HEAD, *rows, "How we decide", "A panel meets every three months."]
    if suffix == ".pdf":
        return write_pdf(tmp_path / "guide.pdf", [lines])
    path = tmp_path / "guide.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


FIRST = ["Your governing document", "Everyone", "Signed and dated."]
BROKEN = [
    (".pdf", ["Accounts for your last two", "financial years", "Everyone"], "accounts"),
    (".txt", ["Your equality and diversity", "policy", "Everyone"], "policy"),
    (
        ".pdf",
        ["Your business plan covering three", "years of trading", "All applicants"],
        "business_plan",
    ),
]


@pytest.mark.parametrize(("suffix", "row", "kind"), BROKEN)
def test_a_broken_document_cell_is_read_whole(
    tmp_path: Path, suffix: str, row: list[str], kind: str
):
    rows = [*FIRST, *row, "Approved by your committee within the last two years."]
    assert kinds(table_lines(tmp_path, suffix, rows)) == (
        sorted(["governing_document", kind]),
        [],
    )


SOME = [
    (".pdf", ["Your landlord's written consent", "to the works", "Only if you lease the building"]),
    (".txt", ["Planning permission", "Building projects only"]),
]


@pytest.mark.parametrize(("suffix", "row"), SOME)
def test_a_who_line_naming_some_still_limits(tmp_path: Path, suffix: str, row: list[str]):
    rows = [*FIRST, *row, "We check this before the work starts."]
    assert kinds(table_lines(tmp_path, suffix, rows)) == (["governing_document"], ["other"])


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_a_lower_case_who_line_is_not_the_name_broken(tmp_path: Path, suffix: str):
    # "only groups working with children", "groups running events": who sends it, written in
    # lower case, is never the name's second line (review21 F6)
    rows = [
        *FIRST,
        "Safeguarding policy",
        "only groups working with children",
        "Latest annual accounts",
        "all applicants",
        "Public liability insurance certificate",
        "groups running events",
    ]
    assert kinds(table_lines(tmp_path, suffix, rows)) == (
        ["accounts", "governing_document"],
        ["insurance_certificate", "policy"],
    )
