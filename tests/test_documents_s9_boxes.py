"""Answer boxes drawn on a text PDF page (a Word or web form printed to PDF: its table's empty
answer cells leave no text, only their borders), on small PDFs of the test's own, never the
labelled corpus: a box drawn under a prompt as thin filled rules, as a stroked rectangle or as
lines is room to write, so the prompt is a question; a box holding words, a one-line cell, a
clipping path and a prompt with nothing drawn under it are not; a box running on over the
page's foot (its sides, no rule under it) still is."""

from __future__ import annotations

from pathlib import Path

from documents import _escape, measure, pages_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

# a line of text; a box: how it is drawn, and its height (negative: round the next lines); or a
# table's row: how it is drawn, its height, and the words in its narrow first cell, one a line
Item = str | tuple[str, float] | tuple[str, float, list[str]]


def _box(style: str, top: float, height: float, right: float = 540) -> str:
    low, left = top - height, 56
    if style == "thin":  # a web page printed by a browser: each border a thin filled rectangle
        return (
            f"{left} {top} {right - left} 1 re f {left} {low} {right - left} 1 re f "
            f"{left} {low} 1 {height} re f {right} {low} 1 {height} re f"
        )
    if style == "stroke":  # a rectangle drawn round the cell
        return f"0.5 w {left} {low} {right - left} {height} re S"
    if style == "lines":  # four lines
        return f"{left} {top} m {right} {top} l {right} {low} l {left} {low} l {left} {top} l S"
    if style == "open":  # a box running on over the page's foot: its top and sides only
        return f"{left} {top} m {right} {top} l S {left} {top} m {left} 30 l S " + (
            f"{right} {top} m {right} 30 l S"
        )
    raise ValueError(style)


def _row(style: str, top: float, height: float, words: list[str]) -> str:
    """A table row of two cells, 56 to 250 and 250 to 540, each drawn as a box; words after a
    "|" are the second cell's."""
    cells = _box(style, top, height) + " " + _box(style, top, height, right=250)
    left = [w.split("|")[0] for w in words]
    right = [w.split("|")[1] for w in words if "|" in w]  # (the second cell's words)
    lines = [
        f"BT /F1 11 Tf {x} {top - 12 - 14 * n} Td ({_escape(w)}) Tj ET"
        for x, cell in ((60, left), (256, right))
        for n, w in enumerate(cell)
    ]
    return " ".join([cells, *lines])


def pdf(pages: list[list[Item]], clip: bool = False) -> bytes:
    streams = []
    for items in pages:
        y, ops = 780.0, ["0 0 595 842 re W n"] if clip else []
        for item in items:
            if isinstance(item, str):
                ops.append(f"BT /F1 11 Tf 60 {y} Td ({_escape(item)}) Tj ET")
                y -= 16
            elif len(item) == 3:  # a row: its words in a narrow cell, its answer cell beside
                ops.append(_row(item[0], y + 12, item[1], item[2]))
                y -= item[1]
            elif item[1] < 0:  # a box drawn round the lines that follow it
                ops.append(_box(item[0], y + 12, -item[1]))
            else:
                ops.append(_box(item[0], y + 8, item[1]))
                y -= item[1] + 14
        streams.append(" ".join(ops))
    return pages_pdf(streams)


def measured(tmp_path: Path, pages: list[list[Item]], clip: bool = False) -> DocumentFacts:
    path = tmp_path / "printed.pdf"
    path.write_bytes(pdf(pages, clip))
    return Measurer().measure(path, "printed.pdf")[1]


def asked(f: DocumentFacts) -> list[str]:
    return [q.text[:2] for q in f.questions]


def test_an_empty_box_drawn_under_a_prompt_is_room_to_write(tmp_path: Path) -> None:
    for style in ("thin", "stroke", "lines"):
        f = measured(
            tmp_path,
            [
                [
                    "Part B: your project",
                    "B1 Describe the activity you want us to fund.",
                    (style, 90),
                    "B2 Explain who will take part and how you will reach them.",
                    (style, 70),
                    "B3 What will be different for local people afterwards?",
                    (style, 60),
                ]
            ],
        )
        assert asked(f) == ["B1", "B2", "B3"], style


def test_boxes_that_are_not_room_to_write(tmp_path: Path) -> None:
    f = measured(
        tmp_path,
        [
            [
                "Please read the notes before you start.",
                ("stroke", -40),  # a note in a box: words inside it
                "Keep to the point: we read every answer,",
                "and we may ask you for more if we need it.",
                "1. Tell us about your group and what it does.",  # nothing drawn under it
                "Name of your group",
                ("thin", 18),  # a one-line cell: one value, not prose
                "2. How will you spend the money?",
                ("lines", 80),
            ]
        ],
        clip=True,  # (a clipping path round the page is not a box)
    )
    assert asked(f) == ["2."]


def test_a_question_wrapped_in_its_cell_beside_an_empty_answer_cell(tmp_path: Path) -> None:
    for style in ("thin", "stroke"):
        f = measured(
            tmp_path,
            [
                [
                    "Part 3: The project",
                    (style, 22, ["Question|Your answer"]),
                    (style, 40, ["3.1 Name of the", "project"]),
                    (
                        style,
                        80,
                        ["3.2 Tell us what", "you plan to do and", "why. (250 words", "at most)"],
                    ),
                    (style, 80, ["3.3 Who is it for,", "and how will they", "hear about it?"]),
                    (style, 80, ["3.4 How will it", "be run?"]),
                ]
            ],
        )
        assert [q.text for q in f.questions] == [
            "3.2 Tell us what you plan to do and why. (250 words at most)",
            "3.3 Who is it for, and how will they hear about it?",
            "3.4 How will it be run?",
        ], style
        assert [q.word_limit for q in f.questions] == [250, None, None]
        assert [e.words for e in f.fields] == ["3.1 Name of the project"]


def test_a_box_running_on_over_the_pages_foot(tmp_path: Path) -> None:
    filler = [f"Line {n} of the notes on how we decide, which you should read." for n in range(38)]
    f = measured(
        tmp_path,
        [
            [
                *filler,
                "Q4 Describe how the project will carry on once the grant is spent.",
                ("open", 40),
            ],
            ["Q5 Anything else you would like to tell us?", ("thin", 80)],
        ],
    )
    assert asked(f) == ["Q4", "Q5"]


def test_a_heading_row_over_a_column_of_questions_asks_nothing(tmp_path: Path) -> None:
    text = """Section 2: the project

Question
Your answer:

2.1 What will the grant pay for?
Your answer:

2.2 Who will take part?
Your answer:
"""
    f = measure(tmp_path, "form.txt", text)
    assert [q.text[:3] for q in f.questions] == ["2.1", "2.2"]


def test_a_bullet_printed_on_its_own_line_starts_its_item(tmp_path: Path) -> None:
    from documents import write_pdf

    path = write_pdf(
        tmp_path / "notes.pdf",
        [
            [
                "What to send with your form",
                "Everyone must send us:",
                "\x7f",  # (a font's bullet glyph, as extraction gives it)
                "a copy of your group's constitution, signed and dated by two of its members",
                "of the committee;",
                "\x7f",
                "the accounts you presented at your last annual general meeting;",
                "\x7f",
                "a bank statement for the group's account from this year.",
                "We will write to you within six weeks.",
            ]
        ],
    )
    f = Measurer().measure(path, "notes.pdf")[1]
    found = sorted((a.kind, dict(a.evidence.where)["line"]) for a in f.attachments)
    assert found == [("accounts", 7), ("bank_statement", 9), ("governing_document", 4)]


def test_a_browsers_printed_file_input_is_an_upload(tmp_path: Path) -> None:
    from documents import write_pdf

    pdf_path = write_pdf(
        tmp_path / "printed.pdf",
        [
            [
                "Upload your documents",
                "Your group's constitution Browse... No file selected.  Your latest annual",
                "accounts Browse... No file selected.  A safeguarding policy (only if you work",
                "with children) Browse... No file selected.",
                "Declaration",
            ]
        ],
    )
    text = (
        "Supporting documents\n\nConstitution or rules Choose File No file chosen  Accounts for"
        " last year Choose File No file chosen\nSafeguarding policy (only if you work with"
        " children) Choose File No file chosen\n\nDeclaration\n"
    )
    for f in (
        Measurer().measure(pdf_path, "printed.pdf")[1],
        measure(tmp_path, "copied.txt", text),
    ):
        sent = sorted((a.kind, a.conditional) for a in f.attachments)
        assert sent == [("accounts", False), ("governing_document", False), ("policy", True)]
