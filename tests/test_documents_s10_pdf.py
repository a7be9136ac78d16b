"""Fillable PDFs: session 10's reading causes, each shown on small forms of the test's own,
never the labelled corpus (tests/forms).

A date written as boxes side by side on one row, one for each of its parts ("dd", "mm",
"yyyy"; "Day", "Month", "Year"), is one field, as the corpus rules count it and as a web page's
day, month and year inputs already are. Words printed in bold beside a tick box are the box's
item (a checklist's document), never a heading that ends the list. On a text PDF, an empty box
drawn under a question whose number sits in the margin is the question's."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import pages_pdf
from form_documents import PdfField, PdfLine, write_fillable_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts


def measured(tmp_path: Path, items: list[str | PdfField]) -> DocumentFacts:
    path = write_fillable_pdf(tmp_path / "form.pdf", [items])
    return Measurer().measure(path, "form.pdf")[1]


def date(names: list[str], tips: list[str]) -> list[str | PdfField]:
    edges = [(56, 90), (96, 130), (136, 190)]
    return [PdfField(n, t, edges=e) for n, t, e in zip(names, tips, edges, strict=True)]


DATES = [  # (the boxes' names, their tooltips): three ways forms name a date's parts
    (
        ["est_dd", "est_mm", "est_yyyy"],
        ["Date set up (dd)", "Date set up (mm)", "Date set up (yyyy)"],
    ),
    (
        ["StartDay", "StartMonth", "StartYear"],
        ["Start date: Day", "Start date: Month", "Start date: Year"],
    ),
    (["sign_date_dd", "sign_date_mm", "sign_date_yyyy"], ["", "", ""]),
]


@pytest.mark.parametrize(("names", "tips"), DATES)
def test_a_date_in_three_boxes_on_one_row_is_one_field(
    tmp_path: Path, names: list[str], tips: list[str]
) -> None:
    f = measured(
        tmp_path,
        [
            "Section 1: your group",
            PdfField("group", "Name of your group"),
            "When did your group start?",
            *date(names, tips),
            PdfField("members", "Number of members"),
        ],
    )
    assert len(f.fields) == 3  # the name, the date, the number


def test_boxes_of_two_dates_or_two_values_on_one_row_stay_apart(tmp_path: Path) -> None:
    f = measured(
        tmp_path,
        [
            "Your project",
            PdfField("start_year", "Start year", edges=(56, 120)),
            PdfField("end_year", "End year", edges=(130, 200)),
            PdfField("founded_year", "Year founded", edges=(56, 120)),
            PdfField("members", "Number of members", edges=(130, 200)),
        ],
    )
    assert len(f.fields) == 4


# --- a checklist's items printed in bold beside their boxes are items, not headings ---------------

CHECKLISTS = [
    (
        "Documents to send: tick each one you are sending.",
        [
            "Your constitution or set of rules",
            "A bank statement from the last three months",
            "Your safeguarding policy",
        ],
    ),
    (
        "Please tick to show what you have enclosed",
        ["Signed accounts for last year", "Two quotes for the equipment", "Governing document"],
    ),
]


@pytest.mark.parametrize(("lead", "items"), CHECKLISTS)
def test_bold_words_beside_a_tick_box_are_its_item_not_a_heading(
    tmp_path: Path, lead: str, items: list[str]
) -> None:
    rows: list[str | PdfField | PdfLine] = ["Section 4: Supporting documents", lead]
    for n, item in enumerate(items, start=1):
        rows += [PdfLine(item), PdfField(f"doc{n}", item, kind="/Btn", edges=(400, 416))]
    rows += ["Section 5: Declaration", PdfField("name", "Your name")]
    path = write_fillable_pdf(tmp_path / "form.pdf", [rows])
    facts = Measurer().measure(path, "form.pdf")[1]
    assert len([a for a in facts.attachments if not a.conditional]) == 3


# --- a text PDF: a box under a line split in two (a margin's number, then the question) ----------

MARGIN_NUMBERED = [
    ("B7", "Tell us about your group's experience of running projects like this one."),
    ("Q3", "Why does your street need this project now?"),
    ("2b", "Explain who will run the sessions and what training they have."),
]


@pytest.mark.parametrize(("number", "question"), MARGIN_NUMBERED)
def test_a_box_under_a_margin_numbered_question_follows_the_question(
    tmp_path: Path, number: str, question: str
) -> None:
    """The number sits in the margin and the question beside it, on one line but in two pieces
    of text; the empty box drawn under them is the question's, not the number's."""
    stream = (
        "BT /F1 11 Tf 56 800 Td (Section B  Your project) Tj ET "
        # (each piece ends with T*, as reportlab writes a line: pypdf breaks the text after it)
        f"BT /F1 11 Tf 13 TL 50 760 Td ({number}) Tj T* ET "
        f"BT /F1 11 Tf 13 TL 76 760 Td ({question}) Tj T* ET "
        "0.5 w 50 640 400 110 re S "
        "BT /F1 11 Tf 50 600 Td (Section C  Money) Tj ET"
    )
    path = tmp_path / "form.pdf"
    path.write_bytes(pages_pdf([stream]))
    facts = Measurer().measure(path, "form.pdf")[1]
    assert [q.text.split()[-1] for q in facts.questions] == [question.split()[-1]]
