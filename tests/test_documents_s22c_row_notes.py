"""A documents table's notes on what a document must say, and on what some may send in its
place, do not make the row's document conditional (acc22c, session 22).

"Governing document | ... It should say what happens to the group's money if it closes.",
"Safeguarding policy | A policy that says how you keep people safe and what you do if you are
worried about someone.": the conditions are what the document says, not who sends it.
"Accounts | Your latest annual accounts. If your group is less than a year old, send your last
three bank statements instead.": the condition is the bank statement's (the rulebook: "a
conditional bank_statement beside the accounts everyone else sends, however it is laid out").
A long note beside the row's document (several sentences) is the table's, and ends no list: the
rows after it are still read. A note that limits the row's document ("Only if you rent the
building") still does. Small documents of the test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx
from test_documents_s16a_attachments import kinds

LEAD = ["Community fund: what to send", "Every group must upload these documents with the form:"]
ROWS = [
    ["Document", "What we look for"],
    [
        "Governing document",
        "Your constitution or set of rules, signed by two committee members. It should say what"
        " happens to the group's money if it closes.",
    ],
    [
        "Accounts",
        "Your latest annual accounts. They can be signed by your treasurer; they do not need to"
        " be audited. If your group is less than a year old, send your last three bank"
        " statements instead.",
    ],
    [
        "Safeguarding policy",
        "A policy that says how you keep people safe, who leads on it and what you do if you are"
        " worried about someone.",
    ],
]
ROWS_2 = [
    ["Item", "Notes"],
    [
        "Constitution",
        "Signed by your chair. It must show how you will use the group's assets if the group is"
        " wound up.",
    ],
    [
        "Annual accounts",
        "For your most recent year. They do not need to be audited. New groups with no accounts"
        " yet can send six months of bank statements instead.",
    ],
    ["Safeguarding policy", "It should explain what to do if a volunteer has a concern."],
]
LIMITED = [
    ["Document", "What we look for"],
    ["Governing document", "Your constitution or set of rules, signed by two committee members."],
    ["Lease", "Only if you rent the building you will use."],
    ["Risk assessment", "Needed if your project includes activities outdoors."],
    # (what to show, and a condition about the applicant: review22 F6)
    [
        "Method statement",
        "Show us how you will manage the risks if your activity takes place outdoors.",
    ],
]


def table_document(tmp_path: Path, suffix: str, rows: list[list[str]]) -> Path:
    """The lead-in and the table, as a Word table, an HTML table or a Markdown pipe table."""
    path = tmp_path / f"doc{suffix}"
    if suffix == ".docx":
        return write_docx(path, LEAD, table=rows)
    if suffix == ".html":
        cells = "".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows[1:]
        )
        head = "".join(f"<th>{c}</th>" for c in rows[0])
        body = "".join(f"<p>{t}</p>" for t in LEAD)
        path.write_text(
            f"<html><body><main>{body}<table><tr>{head}</tr>{cells}</table></main></body></html>",
            encoding="utf-8",
        )
        return path
    lines = [*LEAD, "", "| " + " | ".join(rows[0]) + " |", "| --- | --- |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    path.write_text("\n\n".join(LEAD) + "\n\n" + "\n".join(lines[2:]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".docx", ".html", ".md"])
@pytest.mark.parametrize("rows", [ROWS, ROWS_2])
def test_notes_on_content_and_alternatives_limit_nothing(
    tmp_path: Path, suffix: str, rows: list[list[str]]
) -> None:
    path = table_document(tmp_path, suffix, rows)
    assert kinds(path) == (["accounts", "governing_document", "policy"], ["bank_statement"])


@pytest.mark.parametrize("suffix", [".docx", ".html", ".md"])
def test_a_note_that_limits_still_does(tmp_path: Path, suffix: str) -> None:
    path = table_document(tmp_path, suffix, LIMITED)
    assert kinds(path) == (["governing_document"], ["other", "other", "other"])
