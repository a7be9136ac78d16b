"""A guide's table with a note left empty here and there has nowhere to write (acc24c, session 24).

A documents table ("Document | Who must send it | Notes") whose Notes column is empty on some
rows, or two lists set side by side ("From your group | From your host"), one running out
before the other, were read as a form: the empty cell was a box, and the words before it (a
note saying "On the partner's headed paper, saying what they will do.", an item "A breakdown
of what you will spend the grant on.") a question. Such blanks are notes not written (as a
text table's already were: cells.blank_notes); when they are all the document's answer spaces
it has nowhere to write. A form's table keeps its boxes: an answer column empty in every row,
or holding "Type here" or "Write here:" in some rows and nothing in others. Small documents of
the test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from form_documents import write_form_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

HEAD = ["Document", "Who must send it", "Notes"]
ROWS = [
    ["Your governing document", "Everyone", "It must be signed and dated."],
    ["Your latest annual accounts", "Everyone", "Signed by your treasurer is fine."],
    ["Your equality policy", "Everyone", ""],
    [
        "A letter of support from your partner",
        "Only if you work with a partner",
        "On the partner's headed paper, saying what they will do.",
    ],
    ["A written quote", "Only for items over £1,000", ""],
]
SIDE = [
    ["From your group", "From your host organisation"],
    ["A set of group rules signed by three members.", "The Host Agreement, signed by its chair."],
    ["A breakdown of what you will spend the grant on.", "The host's latest annual accounts."],
    ["", "The host's safeguarding policy."],
    ["If you will buy an item costing over £250: a quote.", ""],
]


def _docx(tmp_path: Path, items: list[str | list[list[str]]]) -> DocumentFacts:
    path = write_form_docx(tmp_path / "guide.docx", items)
    return Measurer().measure(path, path.name)[1]


def _html(tmp_path: Path, rows: list[list[str]]) -> DocumentFacts:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    html = f"<html><body><h1>Guidance notes</h1><h2>What to send</h2><table>{cells}</table>"
    return measure(tmp_path, "guide.html", html + "<h2>How we decide</h2></body></html>")


@pytest.mark.parametrize("rows", [[HEAD, *ROWS], SIDE], ids=["notes", "side-by-side"])
def test_a_guides_table_with_blank_notes_asks_nothing_in_word(
    tmp_path: Path, rows: list[list[str]]
) -> None:
    f = _docx(tmp_path, ["Guidance notes", "What to send", rows, "How we decide"])
    assert (f.questions, f.fields) == ([], [])


@pytest.mark.parametrize("rows", [[HEAD, *ROWS], SIDE], ids=["notes", "side-by-side"])
def test_a_guides_table_with_blank_notes_asks_nothing_in_html(
    tmp_path: Path, rows: list[list[str]]
) -> None:
    f = _html(tmp_path, rows)
    assert (f.questions, f.fields) == ([], [])


def test_a_guides_table_with_blank_notes_asks_nothing_in_markdown(tmp_path: Path) -> None:
    lines = [f"| {' | '.join(row)} |" for row in [HEAD, *ROWS]]
    lines.insert(1, "|---|---|---|")
    text = "# Guidance notes\n\n## What to send\n\n" + "\n".join(lines) + "\n\n## How we decide\n"
    assert measure(tmp_path, "guide.md", text).questions == []


# near misses: a form's answer column, empty in every row, or with a placeholder in some rows
# and nothing in another, keeps every box
ASKED = [
    "1. Describe your project (up to 200 words)",
    "2. Who will benefit? (up to 100 words)",
    "3. How will you know it has worked? (up to 100 words)",
]


@pytest.mark.parametrize("filled", ["Type here", "Write here:", ""])
def test_a_forms_answer_column_keeps_its_boxes(tmp_path: Path, filled: str) -> None:
    rows = [["Question", "Your answer"], *([q, filled] for q in ASKED[:2]), [ASKED[2], ""]]
    for f in (_docx(tmp_path, ["Application form", rows]), _html(tmp_path, rows)):
        assert [q.word_limit for q in f.questions] == [200, 100, 100], filled


def test_a_forms_guidance_column_beside_empty_boxes_keeps_them(tmp_path: Path) -> None:
    rows = [
        ["No.", "Question", "Guidance", "Your answer"],
        ["1", "Describe your project (up to 200 words)", "Say what, where and when.", ""],
        ["2", "Who will benefit? (up to 100 words)", "", ""],
        ["3", "How will you reach people? (up to 150 words)", "Name the places.", ""],
    ]
    f = _docx(tmp_path, ["Application form", rows])
    assert [q.word_limit for q in f.questions] == [200, 100, 150]
