"""Fillable PDFs: session 10's reading causes, each shown on small forms of the test's own,
never the labelled corpus (tests/forms).

A date written as boxes side by side on one row, one for each of its parts ("dd", "mm",
"yyyy"; "Day", "Month", "Year"), is one field, as the corpus rules count it and as a web page's
day, month and year inputs already are."""

from __future__ import annotations

from pathlib import Path

import pytest

from form_documents import PdfField, write_fillable_pdf
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
