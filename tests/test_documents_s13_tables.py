"""Layouts of commissioning documents (session 13) that lost every question of a form: a
sourcing portal's answers typed as "Text" alone, and tables of questions answered on separate
sheets. Each rule is shown on small documents of the test's own, in several wordings and
formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure, pdf_bytes, write_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts


def _counted(f: DocumentFacts) -> tuple[int, list[int | None], int]:
    return len(f.questions), [q.word_limit for q in f.questions], len(f.fields)


# -- an answer typed as "Text" alone ---------------------------------------------------------------

# A sourcing portal names every typed answer "Text", long or short; the limit written after it
# says which: "Max characters: 6000" is room for prose (the textarea under it), "Max characters:
# 100" a value's box, and "There is no character limit" an answer with no limit.

PORTAL_ROWS = [
    ("2.1 Delivery", "Describe how you will run the service.", "Max characters: 6000.", "ta"),
    ("2.2 Reach", "How will you reach people who do not use services now?", "{long}", "ta"),
    ("2.3 Partners", "Which organisations will you work with?", "{open}", "ta"),
    ("2.4 Name", "Name of your service manager.", "Max characters: 100.", "in"),
]


def _portal(kind: str, long: str, open_: str) -> str:
    rows = []
    for i, (title, ask, limit, box) in enumerate(PORTAL_ROWS, 1):
        said = limit.format(long=long, open=open_)
        control = f'<textarea id="q{i}"></textarea>' if box == "ta" else f'<input id="q{i}">'
        rows.append(
            f"<tr><td>* {title}</td><td>{ask} {kind}: Text. {said}</td><td>{control}</td></tr>"
        )
    head = "<tr><th>Question</th><th>Description</th><th>Response</th></tr>"
    page = f"<h1>Technical envelope</h1><table>{head}{''.join(rows)}</table>"
    return f"<html><body>{page}</body></html>"


@pytest.mark.parametrize("kind", ["Response type", "Answer type"])
@pytest.mark.parametrize(
    ("long", "open_"),
    [
        ("Max characters: 3000.", "There is no character limit for this question."),
        ("Maximum 500 words.", "No word limit."),
    ],
)
def test_a_portals_text_answer_with_room_for_prose_is_a_question(
    tmp_path: Path, kind: str, long: str, open_: str
) -> None:
    f = measure(tmp_path, "rfq.html", _portal(kind, long, open_))
    assert _counted(f) == (3, [1000, 500, None], 1)
    assert [q.open for q in f.questions] == [False, False, True]


@pytest.mark.parametrize("name", ["export.txt", "export.md"])
def test_a_portals_export_of_text_answers_counts_the_long_ones(tmp_path: Path, name: str) -> None:
    text = (
        "Technical envelope\n\n"
        "2.1 Describe how you will run the service.\nResponse type: Text. Max characters: 6000.\n\n"
        "2.2 How will you reach people who do not use services now?\n"
        "Response type: Text. Maximum 500 words.\n\n"
        "2.3 Name of your service manager.\nResponse type: Text. Max characters: 100.\n"
    )
    assert _counted(measure(tmp_path, name, text)) == (2, [1000, 500], 1)


# -- a table of questions answered on separate sheets ----------------------------------------------

# A tender's quality questions sit in a table of "Ref | Question | Weighting | Max pages", each
# answered on a separate sheet headed with its reference: every row is a question, its limit
# in the row's limit column (a bare figure under "Max pages" is pages, a half page 250 words),
# and the next row's reference opens the next question, never guidance on the one before.

SHEETS = (
    "Answer each quality question on a separate sheet, headed with the question reference. "
    "One side of A4 counts as one page."
)
ASKED = [
    "Describe how you will run the service and where it will be based.",
    "How will you keep your staff independent of the council?",
    "Explain how you will involve the people who use the service.",
]


def _rows(refs: list[str], head: list[str], limits: list[str]) -> list[list[str]]:
    table = [head]
    for ref, ask, limit in zip(refs, ASKED, limits, strict=True):
        table.append([ref, ask, "10%", limit] if len(head) == 4 else [ref, ask, limit])
    return table


LAYOUTS = [
    (["B1", "B2", "B3"], ["Ref", "Question", "Weighting", "Max pages"], ["2", "1", "0.5"]),
    (["Q1", "Q2", "Q3"], ["No.", "Question", "Maximum length"], ["2 pages", "1 page", "½ page"]),
    (
        ["C1", "C2", "C3"],
        ["Ref", "Question", "Weighting", "Response limit"],
        ["Two sides of A4", "One side of A4", "Half a side of A4"],
    ),
    (["L1.1", "L1.2", "L1.3"], ["Ref", "Question", "Page limit"], ["2", "1", "0.5"]),
]


def _md(table: list[list[str]]) -> str:
    lines = [f"| {' | '.join(table[0])} |", "|" + "---|" * len(table[0])]
    lines += [f"| {' | '.join(row)} |" for row in table[1:]]
    return "# Quality questions\n\n" + SHEETS + "\n\n" + "\n".join(lines) + "\n"


def _html(table: list[list[str]]) -> str:
    head = "".join(f"<th>{c}</th>" for c in table[0])
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in table[1:])
    body = f"<h1>Quality questions</h1><p>{SHEETS}</p><table><tr>{head}</tr>{rows}</table>"
    return f"<html><body>{body}</body></html>"


@pytest.mark.parametrize(("refs", "head", "limits"), LAYOUTS)
@pytest.mark.parametrize("name", ["itt.md", "itt.html", "itt.docx"])
def test_a_table_of_questions_answered_on_separate_sheets_counts_each_row(
    tmp_path: Path, name: str, refs: list[str], head: list[str], limits: list[str]
) -> None:
    table = _rows(refs, head, limits)
    if name.endswith(".docx"):
        path = write_docx(tmp_path / name, [SHEETS], table, heading="Quality questions")
        f = Measurer().measure(path, name)[1]
    else:
        f = measure(tmp_path, name, (_md if name.endswith(".md") else _html)(table))
    assert _counted(f)[:2] == (3, [1000, 500, 250])


# -- the same table on a text PDF page, a cell a line ----------------------------------------------

# A report tool or word processor draws each cell's words apart, so the page's text is a cell a
# line: the headings, then each row's reference, question (perhaps wrapped), weighting and
# limit. A reader of the page sees the table: each row one question with its column's limit; a
# figure "1.5" after a question is its limit, not the next row's reference.

PDF_ROWS = [
    (
        "B1",
        [
            "Describe how you will run the service, where it will be based and",
            "how people will reach it.",
        ],
        "2",
    ),
    ("B2", ["How will you keep your staff independent of the council?"], "1.5"),
    ("B3", ["Explain how you will involve the people who use the service."], "0.5"),
]


def _pdf_lines(head: list[str], weight: bool, after: list[str]) -> list[str]:
    lines = ["Quality questions", SHEETS, "Send any questions through the portal.", *head]
    for ref, asked, limit in PDF_ROWS:
        lines += [ref, *asked, *(["10%"] if weight else []), limit]
    return lines + after


@pytest.mark.parametrize(
    ("head", "weight"),
    [
        (["Ref", "Question", "Weighting", "Max pages"], True),
        (["No.", "Question", "Page limit"], False),
    ],
)
@pytest.mark.parametrize("after", [[], ["3 Pricing", "Complete the pricing schedule."]])
def test_a_text_pdfs_table_read_a_cell_a_line_keeps_its_rows(
    tmp_path: Path, head: list[str], weight: bool, after: list[str]
) -> None:
    path = tmp_path / "itt.pdf"
    path.write_bytes(pdf_bytes([_pdf_lines(head, weight, after)]))
    f = Measurer().measure(path, path.name)[1]
    assert _counted(f)[:2] == (3, [1000, 750, 250])


@pytest.mark.parametrize("name", ["itt.md", "itt.txt"])
def test_questions_answered_on_separate_sheets_are_the_documents_own(
    tmp_path: Path, name: str
) -> None:
    text = (
        "Quality questions\n\nSend any clarification questions through the portal.\n\n"
        "Answer each question below on separate sheets, headed with its number.\n\n"
        "1. Describe how you will run the service. (Maximum 500 words)\n\n"
        "2. How will you involve the people who use it? (Maximum 250 words)\n"
    )
    assert _counted(measure(tmp_path, name, text))[:2] == (2, [500, 250])


# -- an answer cell merged down two rows -----------------------------------------------------------

# Two parts of a question ("(a) Who is it for?", "(b) How will you reach them?") sharing one
# answer cell merged down their rows, and one limit cell beside it: one box, so one question
# with the limit, as on paper; the merged cell is not a second box under the second part.


@pytest.mark.parametrize(
    ("limit", "words", "merge_limit"),
    [
        ("350 words in total for (a) and (b)", 350, True),
        ("350 words in total for (a) and (b)", 350, False),  # (said on each row: one limit)
        ("Half a side of A4", 250, True),
    ],
)
def test_parts_sharing_an_answer_cell_merged_down_their_rows_are_one_question(
    tmp_path: Path, limit: str, words: int, merge_limit: bool
) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Application form")
    rows = [
        ("Question", "Your answer", "Limit"),
        ("2.2 Describe the project and the activities you will run.", "", "300 words"),
        ("2.3 (a) Who is the project for?", "", limit),
        ("(b) How will you reach people who do not usually ask for help?", "", limit),
        ("2.4 How will you know it has worked?", "", "200 words"),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(2, 1).merge(table.cell(3, 1))
    if merge_limit:
        table.cell(2, 2).merge(table.cell(3, 2)).text = limit
    path = tmp_path / "form.docx"
    document.save(str(path))
    f = Measurer().measure(path, path.name)[1]
    assert _counted(f)[:2] == (3, [300, words, 200])


# -- a box holding only "Type your response in this box" -------------------------------------------

# A Word text box (or a box drawn on the page) holding only its own words to the applicant, "Type
# your response in this box.", is the answer space of the prompt above it, limit or none.


@pytest.mark.parametrize(
    "words", ["Type your response in this box.", "Please write your answer in this box"]
)
@pytest.mark.parametrize("name", ["form.docx", "form.txt", "form.md"])
def test_a_box_holding_only_type_in_this_box_answers_the_prompt_above(
    tmp_path: Path, words: str, name: str
) -> None:
    lines = [
        "B1  Does anyone who will work on the service have a conflict of interest? Yes / No",
        "B2  If Yes, give details and say how you will manage the conflict.",
        words,
        "C1  Describe how you will deliver the service.",
        "Maximum 3,000 characters including spaces.",
        words,
    ]
    if name.endswith(".docx"):
        path = write_docx(tmp_path / name, lines, heading="Response form")
        f = Measurer().measure(path, name)[1]
    else:
        f = measure(tmp_path, name, "Response form\n\n" + "\n\n".join(lines) + "\n")
    assert _counted(f)[:2] == (2, [None, 500])
