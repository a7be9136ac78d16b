"""A condition on a second thing a document must cover read as who sends it (acc21b, session
21): "Safeguarding policy | Covering adults at risk, and children if you work with families" asks
every applicant for the policy; the condition says what more it covers. One thing covered under
a condition ("DBS checks | Covering all staff if you work with children", review21 F3), a
condition opening a clause or a sentence of its own still limit the document. Small documents
of the test's own, several formats."""

from __future__ import annotations

from pathlib import Path

import pytest

from form_documents import write_form_docx
from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def listed(tmp_path: Path, suffix: str, item: str) -> Path:
    """A documents list in text or Markdown: the accounts, then the item."""
    path = tmp_path / f"doc{suffix}"
    bullet = "- " if suffix == ".md" else "2. "
    first = "- your latest accounts;" if suffix == ".md" else "1. Your latest accounts."
    lines = ["What to send", "Please send these with your application form:", first]
    path.write_text("\n\n".join([*lines, bullet + item]) + "\n", encoding="utf-8")
    return path


def tabled(tmp_path: Path, suffix: str, name: str, note: str) -> Path:
    """A documents table in Word or HTML: 'Document | What we are looking for', the accounts,
    then the row."""
    rows = [
        ["Document", "What we are looking for"],
        ["Annual accounts", "Your most recent annual accounts."],
        [name, note],
    ]
    lead = "Every applicant must send the documents below."
    if suffix == ".docx":
        return write_form_docx(tmp_path / "doc.docx", ["What to send", lead, rows])
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    path = tmp_path / "doc.html"
    path.write_text(
        f"<html><body><main><h2>What to send</h2><p>{lead}</p><table>{cells}</table>"
        "</main></body></html>",
        encoding="utf-8",
    )
    return path


COVERED_ROWS = [
    (
        ".docx",
        "Safeguarding policy",
        "Covering adults at risk, and children if you work with "
        "families. It must have been reviewed in the last two years.",
        "policy",
    ),
    (
        ".html",
        "Risk assessment",
        "It must cover your main activities, and food preparation if you serve hot food.",
        "other",
    ),
]


@pytest.mark.parametrize(("suffix", "name", "note", "kind"), COVERED_ROWS)
def test_a_rows_covering_condition_limits_nothing(
    tmp_path: Path, suffix: str, name: str, note: str, kind: str
):
    required, conditional = kinds(tabled(tmp_path, suffix, name, note))
    assert required == sorted(["accounts", kind])
    assert conditional == []


@pytest.mark.parametrize(
    ("suffix", "item"),
    [
        (
            ".md",
            "your safeguarding policy, covering adults at risk, and children if you work "
            "with families.",
        ),
        (
            ".txt",
            "Your safeguarding policy, which must cover your volunteers, as well as lone "
            "working if your volunteers visit people at home.",
        ),
    ],
)
def test_a_listed_covering_condition_limits_nothing(tmp_path: Path, suffix: str, item: str):
    required, conditional = kinds(listed(tmp_path, suffix, item))
    assert (required, conditional) == (["accounts", "policy"], [])


def test_a_condition_opening_its_own_clause_still_limits(tmp_path: Path):
    item = "your risk assessment, covering every activity, if you run events outdoors."
    assert kinds(listed(tmp_path, ".md", item)) == (["accounts"], ["other"])


def test_a_condition_in_a_sentence_of_its_own_still_limits(tmp_path: Path):
    note = "Only if you work with children. It must cover your trips and residentials."
    assert kinds(tabled(tmp_path, ".docx", "Safeguarding policy", note)) == (
        ["accounts"],
        ["policy"],
    )


def test_a_rows_condition_without_a_covering_verb_still_limits(tmp_path: Path):
    note = "Needed if your project involves building work."
    assert kinds(tabled(tmp_path, ".html", "Planning permission", note)) == (
        ["accounts"],
        ["other"],
    )


# one thing covered, under a condition: the condition says who sends the document (review21 F3)
ONE_THING_ROWS = [
    (
        ".docx",
        "DBS checks",
        "Covering all staff and volunteers if you work with children.",
        "dbs_check",
    ),
    (
        ".html",
        "Employer's liability insurance certificate",
        "Covering every member of staff if you employ anyone.",
        "insurance_certificate",
    ),
]


@pytest.mark.parametrize(("suffix", "name", "note", "kind"), ONE_THING_ROWS)
def test_one_thing_covered_under_a_condition_still_limits(
    tmp_path: Path, suffix: str, name: str, note: str, kind: str
):
    assert kinds(tabled(tmp_path, suffix, name, note)) == (["accounts"], [kind])


def test_a_listed_one_thing_covered_under_a_condition_still_limits(tmp_path: Path):
    item = (
        "DBS certificates, covering every worker who will be alone with children if your "
        "project works with under-18s."
    )
    assert kinds(listed(tmp_path, ".md", item)) == (["accounts"], ["dbs_check"])


def test_a_second_cover_is_a_certificate_of_its_own(tmp_path: Path):
    # "covering public liability, and employer's liability if you employ staff": the second
    # cover's condition is its certificate's, not what the first covers (review21 F5)
    item = (
        "your insurance certificates, covering public liability, and employer's liability if "
        "you employ staff;"
    )
    assert "insurance_certificate" in kinds(listed(tmp_path, ".md", item))[1]
