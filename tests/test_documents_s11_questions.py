"""Questions and grids: session 11's reading causes, each shown on small documents of the test's
own (several wordings, more than one format), never the labelled corpus (tests/forms).

A grid of short entries under column headings (a timeline, a plan by month) is one field,
whatever the instruction over it says ("List the main stages", "Tell us week by week"): a
question has one box, a grid rows to fill. A table's border drawn in plain text ("---+---")
asks nothing, and ruled lines under a question laid out in two columns are its answer space."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from form_documents import write_form_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

# (an instruction over the grid, the grid's column headings): wordings of one layout
GRIDS = [
    ("Tell us, week by week, what will happen.", ["Week", "What will happen"]),
    ("Set out your plan below, adding rows if you need them.", ["Month", "What you will do"]),
    ("List the main stages of your work, in order.", ["Stage", "Month", "Who leads it"]),
    ("Describe each step of the project in the table below.", ["Step", "When"]),
]
ASKED = "4.1 What difference will the project make to your members? (up to 200 words)"


def _docx(tmp_path: Path, lead: str, heads: list[str]) -> DocumentFacts:
    empty = [""] * len(heads)
    path = write_form_docx(
        tmp_path / "plan.docx",
        [ASKED, [[""]], "4.2 Project timeline", lead, [heads, empty, list(empty), list(empty)]],
    )
    return Measurer().measure(path, "plan.docx")[1]


def _markdown(tmp_path: Path, lead: str, heads: list[str]) -> DocumentFacts:
    rows = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
    rows += ["|" + "   |" * len(heads)] * 3
    text = f"## 4.1\n\n{ASKED}\n\n| Your answer |\n|---|\n| |\n\n## 4.2 Timeline\n\n{lead}\n\n"
    return measure(tmp_path, "plan.md", text + "\n".join(rows) + "\n")


@pytest.mark.parametrize("lead, heads", GRIDS)
@pytest.mark.parametrize("write", [_docx, _markdown])
def test_a_grid_of_short_entries_is_one_field_whatever_its_instruction_says(
    tmp_path: Path, lead: str, heads: list[str], write: object
) -> None:
    f = write(tmp_path, lead, heads)  # type: ignore[operator]
    assert [(q.text.split()[0], q.word_limit) for q in f.questions] == [("4.1", 200)]
    grid = [e for e in f.fields if e.words in (lead, *heads) or lead in e.words]
    assert len(grid) == 1  # the grid, once


def test_a_table_of_questions_each_in_its_own_row_still_counts_each(tmp_path: Path) -> None:
    path = write_form_docx(
        tmp_path / "rows.docx",
        [
            [
                ["No.", "Question", "Your answer"],
                ["1", "Describe what your group will do with the grant.", ""],
                ["2", "Who will benefit, and how will they hear about it?", ""],
            ]
        ],
    )
    f = Measurer().measure(path, "rows.docx")[1]
    assert len(f.questions) == 2


@pytest.mark.parametrize(
    "heads, border",
    [
        (
            "WEEK     | ACTIVITY                     | LEAD",
            "---------+------------------------------+------",
        ),
        ("Month | Task | Who", "------+------+-----"),
        ("DATE    |  WHAT WILL HAPPEN   |  BY WHOM", "========+=====================+========="),
    ],
)
def test_a_grid_drawn_with_bars_in_plain_text_is_no_question(
    tmp_path: Path, heads: str, border: str
) -> None:
    empty = "         |                              |\n" * 4
    text = (
        "PART 3  YOUR PLAN\n\n"
        "3.1 Why does your community need this project?\n"
        "______________________________________________\n"
        "______________________________________________\n\n"
        "3.2 Timetable (fill in the grid)\n\n"
        f"    {heads}\n    {border}\n{empty}\n"
        "3.3 How will you know it worked?\n"
        "______________________________________________\n"
        "______________________________________________\n"
    )
    f = measure(tmp_path, "plan.txt", text)
    assert [q.text[:3] for q in f.questions] == ["3.1", "3.3"]


LAID_OUT = """\
GRANT APPLICATION - PART B

(a) What will you do with the money?                          [about 100 words]
    ......................................................................
    ......................................................................

(b) Who will come along, and how will they
    hear about it?                                            [about 150 words]
    ......................................................................
    ......................................................................

(c) How will you keep people safe on the day?
                                                              [no more than 80 words]
    ......................................................................
    ......................................................................

(d) What will happen when the grant runs out?                 [about 50 words]
    ......................................................................
    ......................................................................

(e) Is there anything else we should know?                    [about 40 words]
    ......................................................................
"""


def test_ruled_lines_under_a_question_laid_out_in_two_columns_are_its_box(tmp_path: Path) -> None:
    f = measure(tmp_path, "laid.txt", LAID_OUT)
    assert [q.word_limit for q in f.questions] == [100, 150, 80, 50, 40]
    assert f.word_limit == 420
