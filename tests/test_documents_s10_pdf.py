"""Fillable PDFs: session 10's reading causes, each shown on small forms of the test's own,
never the labelled corpus (tests/forms).

A date written as boxes side by side on one row, one for each of its parts ("dd", "mm",
"yyyy"; "Day", "Month", "Year"), is one field, as the corpus rules count it and as a web page's
day, month and year inputs already are. Words printed in bold beside a tick box are the box's
item (a checklist's document), never a heading that ends the list."""

from __future__ import annotations

from pathlib import Path

import pytest

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
