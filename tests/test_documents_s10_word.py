"""Word forms and the tables they set questions out in: session 10's reading causes, each shown
on small documents of the test's own (several wordings, Word and a web page), never the
labelled corpus (tests/forms).

A question set out as its own small table, a row holding only the question and its limit over a
row of the funder's notes beside the empty box, is one question: the notes are read with it, and
the box is its answer space."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

# (the question row, the notes beside the box): three wordings of the one layout
NOTES_BESIDE = [
    [
        (
            "Q1 Tell us what your club will do with the grant. (up to 250 words)",
            "Guidance\nName the sessions, the venue and who will lead them.",
        ),
        (
            "Q2 Who will take part, and how will they hear about it?",
            "Guidance\nThink about people who do not usually come to the club.",
        ),
    ],
    [
        (
            "3.1 Project summary. Limit: 1,200 characters. Summarise the work in plain words.",
            "What to include:\n- what you will buy\n- who will use it",
        ),
        (
            "3.2 Why is this needed now? Limit: 600 characters",
            "What to include:\n- waiting lists\n- what happens if nothing is done",
        ),
    ],
    [
        (
            "Section B - Describe how volunteers will be trained (maximum 2 pages)",
            "Notes for applicants: list the courses and who pays for them.",
        ),
        (
            "Section C - Explain how you will keep records safe (max 100 words)",
            "Notes for applicants: a sentence on where the records are kept will do.",
        ),
    ],
]
LIMITS = [[250, None], [200, 100], [1000, 100]]


def _docx(path: Path, rows: list[tuple[str, str]]) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Part 2: About your project")
    for question, notes in rows:
        grid = document.add_table(rows=2, cols=2)
        grid.cell(0, 0).merge(grid.cell(0, 1)).text = question  # the full-width question row
        grid.cell(1, 0).text = notes  # the notes, beside the empty box
        document.add_paragraph("")
    document.save(str(path))
    return path


def _html(rows: list[tuple[str, str]]) -> str:
    tables = "".join(
        f"<table><tr><td colspan='2'><b>{q}</b></td></tr>"
        f"<tr><td>{n.replace(chr(10), '<br>')}</td><td></td></tr></table>"
        for q, n in rows
    )
    return f"<html><body><h1>Grant form</h1><h2>About your project</h2>{tables}</body></html>"


def _facts(tmp_path: Path, fmt: str, rows: list[tuple[str, str]]) -> DocumentFacts:
    if fmt == "docx":
        path = _docx(tmp_path / "form.docx", rows)
        return Measurer().measure(path, "form.docx")[1]
    return measure(tmp_path, "form.html", _html(rows))


@pytest.mark.parametrize("fmt", ["docx", "html"])
@pytest.mark.parametrize("case", range(len(NOTES_BESIDE)))
def test_notes_beside_the_box_are_the_question_above_s(tmp_path: Path, fmt: str, case: int) -> None:
    facts = _facts(tmp_path, fmt, NOTES_BESIDE[case])
    assert [q.word_limit for q in facts.questions] == LIMITS[case]
    assert all(q.text[:2] in ("Q1", "Q2", "3.", "Se") for q in facts.questions)


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_title_row_that_asks_nothing_leaves_the_cell_beside_the_box_a_question(
    tmp_path: Path, fmt: str
) -> None:
    rows = [
        ("Part 3: Your project", "Describe what your group will do (300 words)"),
        ("Part 4: The money", "Explain how you worked out the costs."),
    ]
    facts = _facts(tmp_path, fmt, rows)
    assert [q.text[:8] for q in facts.questions] == ["Describe", "Explain "]
    assert [q.word_limit for q in facts.questions] == [300, None]
