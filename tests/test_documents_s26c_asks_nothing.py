"""What asks nothing (acc26c, session 26; trial25 T5 and T7, house25's scoring table): four
readings a grants officer makes of any form or guidance note, on small documents of the test's
own (never the labelled corpus).

- A line ending in a colon that leads a bulleted list in ("Please send the following with your
  signed application form:") is nothing to fill in, also where a PDF draws each bullet apart
  from its item, so that the text gives the bullet alone on a line of its own.
- An empty heading cell (a table's corner, "<th></th>" over its row labels) is no answer space:
  the row before it, in the table above, asks nothing ("Value for money | 10%").
- A masthead of two lines ("Millbeck Hall Fund 2027/28" over "Guidance notes for applicants")
  titles a plain text as guidance, as one line saying both does.
- An empty cell under a column headed with a sum ("Cost (£)") is a sum to write, whatever its
  row's label asks ("Other (please say what)"): no question.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import _escape, pages_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

BULLET = "\\267"  # (the bullet in the standard encoding of the page's Helvetica)


def _run(x: float, y: float, words: str) -> str:
    return f"BT /F1 11 Tf 13 TL 1 0 0 1 {x} {y} Tm ({words}) Tj T* ET"


def notes_pdf(tmp_path: Path, lead: str, items: list[str], bullet: bool) -> DocumentFacts:
    """A page of guidance notes: a title, a section's title, the lead-in line and its items,
    each after a bullet drawn apart from it on its line (or none)."""
    runs = [
        _run(50, 780, "Millbeck Hall Fund 2027: guidance notes"),
        _run(50, 760, "5. What to send with your application"),
        _run(50, 740, _escape(lead)),
    ]
    y = 720
    for item in items:
        if bullet:
            runs.append(_run(50, y, BULLET))
        runs.append(_run(62, y, _escape(item)))
        y -= 16
    path = tmp_path / "notes.pdf"
    path.write_bytes(pages_pdf([" ".join(runs)]))
    return Measurer().measure(path, path.name)[1]


LEADS = [
    "Please send the following with your signed application form:",
    "Send us these with your name and the date on each:",
]
ITEMS = ["a copy of your constitution or rules;", "your latest annual accounts;"]


@pytest.mark.parametrize("lead", LEADS)
def test_a_lead_in_over_bullets_drawn_apart_is_no_field(tmp_path: Path, lead: str) -> None:
    f = notes_pdf(tmp_path, lead, ITEMS, True)
    assert (len(f.fields), sorted(a.kind for a in f.attachments)) == (
        0,
        ["accounts", "governing_document"],
    )


# near miss: a label with its colon over lines that are no list's items is still a field


def test_a_label_over_no_list_is_still_a_field(tmp_path: Path) -> None:
    f = notes_pdf(tmp_path, "Name of your group:", ["Address of your group:"], False)
    assert len(f.fields) == 2


def _page(tmp_path: Path, body: str) -> DocumentFacts:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><main>{body}</main></body></html>", encoding="utf-8")
    return Measurer().measure(path, path.name)[1]


SCORES = (
    "<h2>How we score</h2><table><tr><th>What we look at</th><th>Weight</th></tr>"
    "<tr><td>How many people will benefit</td><td>60%</td></tr>"
    "<tr><td>Value for money</td><td>40%</td></tr></table>"
)
DATES = (
    "<h2>Dates</h2><table><tr><th></th><th>Spring round</th><th>Autumn round</th></tr>"
    "<tr><td>Closing date</td><td>1 March</td><td>1 September</td></tr></table>"
)


def test_an_empty_corner_cell_answers_nothing(tmp_path: Path) -> None:
    f = _page(tmp_path, f"<h1>Millbeck Hall Fund: guidance</h1>{SCORES}{DATES}")
    assert (len(f.questions), len(f.fields)) == (0, 0)


# near miss: an empty ordinary cell beside a question is still its answer space


def test_an_empty_cell_beside_a_question_is_its_box(tmp_path: Path) -> None:
    table = "<table><tr><td>1. Why is your project needed?</td><td></td></tr></table>"
    f = _page(tmp_path, f"<h1>Millbeck Hall Fund: application form</h1>{table}")
    assert [q.word_limit for q in f.questions] == [None]


NOTES = [
    "The fund helps groups improve the halls where people meet.",
    "3. Tell us about your project (no more than 300 words)",
    "We want to know what you will do and who will benefit.",
]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize(
    ("second", "limits"),
    [("Guidance notes for applicants", []), ("About this fund", [300])],
)
def test_a_masthead_of_two_lines_titles_guidance(
    tmp_path: Path, suffix: str, second: str, limits: list[int]
) -> None:
    path = tmp_path / f"notes{suffix}"
    head = f"Millbeck Hall Fund 2027/28\n{second}\n\n"
    path.write_text(head + "\n\n".join(NOTES) + "\n", encoding="utf-8")
    f = Measurer().measure(path, path.name)[1]
    assert [q.word_limit for q in f.questions] == limits


COSTS = [
    ["Item", "Cost (£)"],
    ["Hire of the hall", ""],
    ["Other (please say what)", ""],
    ["Total", ""],
]
QUESTION = "1. Describe what you will do with the grant. (no more than 200 words)"


def costs_form(tmp_path: Path, suffix: str, heads: list[str]) -> DocumentFacts:
    """A form: a question over its box, then a costs table under ``heads``."""
    rows = [heads, *COSTS[1:]]
    path = tmp_path / f"form{suffix}"
    if suffix == ".docx":
        import docx

        document = docx.Document()
        document.add_paragraph("Millbeck Hall Fund: application form")
        document.add_paragraph(QUESTION)
        document.add_table(rows=1, cols=1)
        document.add_paragraph("2. Costs")
        grid = document.add_table(rows=len(rows), cols=2)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
        document.save(str(path))
    else:
        table = [f"| {rows[0][0]} | {rows[0][1]} |", "|---|---|"]
        table += [f"| {a} | {b} |" for a, b in rows[1:]]
        text = ["# Millbeck Hall Fund: application form", f"**{QUESTION}**", "Answer:", ""]
        path.write_text("\n\n".join([*text, "## 2. Costs", "\n".join(table)]), encoding="utf-8")
    return Measurer().measure(path, path.name)[1]


@pytest.mark.parametrize("suffix", [".docx", ".md"])
def test_a_row_of_a_costs_column_asks_nothing(tmp_path: Path, suffix: str) -> None:
    f = costs_form(tmp_path, suffix, COSTS[0])
    assert [q.word_limit for q in f.questions] == [200]


# near miss: a column headed with no sum ("Details") over the same rows: the row asking ("please
# say what") over its empty cell is read as before, a question


@pytest.mark.parametrize("suffix", [".docx", ".md"])
def test_a_row_of_another_column_is_read_as_before(tmp_path: Path, suffix: str) -> None:
    f = costs_form(tmp_path, suffix, ["Item", "Details"])
    assert [q.word_limit for q in f.questions] == [200, None]
