"""Forms typed as paragraphs, and the general wording the trial of session 5 found misread.

Each case is a small document of the test's own wording (never the trial's or the corpus's):
labelled blanks written with underscores or dots (two on one line are two fields), their
evidence in measure's output, help offered to applicants, reports due after the award, a
plan "including" another document, a list line run into the next sentence of a PDF, match
funding written as the funder's share, a yes/no question about a policy, and Welsh accounts
wording."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from documents import write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.output import as_json, as_text
from grantcheck.documents.total import combine

PAPER_FORM = [
    "Northmoor Allotments Fund: application",
    "Name of your club: ______________________",
    "Town: ____________     Phone number: ______________",
    "Sum you are asking for: £__________",
    "Email address of the treasurer ...........................",
    "Eligibility ................................ 2",
    "1. Tell us what you will do with the money.",
    "Answer:",
    "Signature of the club secretary ....................   Date ..............",
]
BLANKS = [
    "Name of your club",
    "Town",
    "Phone number",
    "Sum you are asking for",
    "Email address of the treasurer",
    "Signature of the club secretary",
    "Date",
]


def _measure(path: Path) -> DocumentFacts:
    return Measurer().measure(path, path.name)[1]


def _paper(tmp_path: Path, fmt: str) -> Path:
    path = tmp_path / f"paper.{fmt}"
    if fmt == "docx":
        return write_docx(path, PAPER_FORM)
    if fmt == "pdf":
        return write_pdf(path, [PAPER_FORM])
    path.write_text("\n".join(PAPER_FORM) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_each_labelled_blank_on_a_paper_form_is_a_field(tmp_path: Path, fmt: str) -> None:
    """Underscores or dots after a label are a field; two labelled blanks on one line are two;
    a contents line's dot leader to a page number is not a blank; "Answer:" is a question's
    space, not a field."""
    f = _measure(_paper(tmp_path, fmt))
    assert [e.words for e in f.fields] == BLANKS
    assert [q.text for q in f.questions] == ["1. Tell us what you will do with the money."]


def test_measure_shows_which_fields_it_counted(tmp_path: Path) -> None:
    """``fields`` stays a number (the spec's contract); ``field_items`` beside it gives each
    field's words and place, and the text report lists them."""
    f = _measure(_paper(tmp_path, "txt"))
    total = combine([f])
    data = json.loads(as_json([f], total))["documents"][0]
    assert data["fields"] == len(BLANKS)
    assert [i["text"] for i in data["field_items"]] == BLANKS
    assert data["field_items"][2]["location"] == {"line": 3}
    text = as_text([f], total)
    assert 'Field: paper.txt, line 3: "Phone number"' in text


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_an_office_use_box_is_not_fields_for_the_applicant(tmp_path: Path, fmt: str) -> None:
    """Blanks under "Office use only" are the council's to fill in; the applicant's stop there
    (and fields after the box, past a heading or prose, count again)."""
    lines = [
        "Name of your club: ______________________",
        "Office use only",
        "Logged on: ____________   Officer: ____________",
        "Grant offered: £__________",
    ]
    path = tmp_path / f"office.{fmt}"
    if fmt == "docx":
        write_docx(path, lines)
    elif fmt == "pdf":
        write_pdf(path, [lines])
    else:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [e.words for e in _measure(path).fields] == ["Name of your club"]
