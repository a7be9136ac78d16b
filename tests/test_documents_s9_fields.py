"""A fillable PDF's fields read as a careful reader counts them, on small forms of the test's
own (never the labelled corpus): one-line boxes stacked on the printed lines under a question
are its answer space, not a field a line; a grid of numbered boxes ("Item1" beside "Cost1") is
one table; push buttons ("Print form") ask nothing; check boxes numbered alike around a word
("Enc1Yes", "Enc2Yes") are one set; a lead-in ending in a colon over tick boxes with words of
their own is not a second field; and words shown inside an empty answer box ("(Max 100
words)") are its limit."""

from __future__ import annotations

from pathlib import Path

from form_documents import PdfField, write_fillable_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

PUSH = 1 << 16


def measured(tmp_path: Path, pages: list[list[str | PdfField]]) -> DocumentFacts:
    path = write_fillable_pdf(tmp_path / "form.pdf", pages)
    return Measurer().measure(path, "form.pdf")[1]


def lines(stem: str, tip: str, count: int, max_len: int | None = None) -> list[PdfField]:
    return [
        PdfField(f"{stem}{n}", f"{tip} (line {n} of {count})", max_len=max_len)
        for n in range(1, count + 1)
    ]


def test_one_line_boxes_on_the_printed_lines_are_one_answer_space(tmp_path: Path) -> None:
    f = measured(
        tmp_path,
        [
            [
                "Your details",
                PdfField("GroupName", "Name of your group"),
                "3. Tell us how the hall will be used (about 120 words).",
                *lines("Q3_row", "Hall use", 5),
                "4. Which people will run the sessions, and what will each of them do?",
                *lines("Q4_line_", "Who runs it", 4, max_len=90),  # 4 x 90 characters
                "Signed on behalf of the group",  # (boxes stacked, each named apart: three)
                PdfField("SignedBy", "Name of the person signing"),
                PdfField("Role", "Their role in the group"),
                PdfField("Dated", "Date (dd/mm/yyyy)"),
            ]
        ],
    )
    assert [q.word_limit for q in f.questions] == [120, 60]
    assert len(f.fields) == 4  # the group's name and the signing; none of the nine lines
    assert "MaxLen 90 on each of the 4" in (f.questions[1].limit_as_written or "")


def test_a_grid_of_numbered_boxes_is_one_table(tmp_path: Path) -> None:
    rows: list[str | PdfField] = []
    for n in range(1, 5):
        rows += [PdfField(f"Thing{n}", f"Item {n}", column=1)]
        rows += [PdfField(f"Price{n}", f"Cost {n}", column=2)]
    f = measured(tmp_path, [["What the grant will buy", *rows, PdfField("Total", "Total (£)")]])
    assert len(f.fields) == 2  # the table, and its total


def test_push_buttons_and_alike_numbered_tick_boxes(tmp_path: Path) -> None:
    ticks = [
        PdfField(f"Enc{n}{answer}", f"Document {n} sent: {answer}", kind="/Btn")
        for n in range(1, 4)
        for answer in ("Yes", "No")
    ]
    f = measured(
        tmp_path,
        [
            [
                "Documents you are sending",
                *ticks,
                PdfField("Print", "Print this form", kind="/Btn", flags=PUSH),
                PdfField("Reset", "Start again", kind="/Btn", flags=PUSH),
            ]
        ],
    )
    assert len(f.fields) == 2  # the Yes column and the No column; no button


def test_a_lead_in_over_labelled_tick_boxes_is_not_a_second_field(tmp_path: Path) -> None:
    ticks = [
        PdfField(f"Sent_{n}", label, kind="/Btn")
        for n, label in enumerate(["Our constitution", "Last year's accounts", "A quote"], 1)
    ]
    f = measured(tmp_path, [["Please tick each document you are enclosing:", *ticks]])
    assert len(f.fields) == 1


def test_words_shown_in_an_empty_answer_box_are_its_limit(tmp_path: Path) -> None:
    f = measured(
        tmp_path,
        [
            [
                "1 What will the money pay for?",
                PdfField("Pay", "Spending", multiline=True, value="(Max 100 words)"),
                "2 Why is it needed now?",
                PdfField("Need", "Need", multiline=True, value="No more than 80 words please"),
                "3 Anything else?",
                PdfField("Else", "Other", multiline=True),
            ]
        ],
    )
    assert [q.word_limit for q in f.questions] == [100, 80, None]


def test_a_limit_column_beside_the_boxes_of_a_fillable_table(tmp_path: Path) -> None:
    from test_documents_s8_layouts import _form_pdf

    texts = [
        (45, 780, "Section 2: your plans"),
        (45, 760, "No."),
        (80, 760, "Question"),
        (260, 760, "Your answer"),
        (470, 760, "Guide length"),
        (45, 740, "2.1"),
        (80, 740, "What will you do with the grant?"),
        (470, 740, "200 words"),
        (45, 690, "2.2"),
        (80, 690, "Who will take part, and how"),
        (80, 680, "will they hear of it?"),
        (470, 690, "about 100 words"),
        (45, 640, "2.3"),
        (80, 640, "Is there anything else?"),
        (470, 640, "Optional"),
        (45, 590, "Thank you."),
    ]
    boxes = ["Plan@260,700,200,45", "People@260,650,200,45", "Else@260,600,200,45"]
    path = _form_pdf(tmp_path / "table.pdf", texts, boxes)
    f = Measurer().measure(path, "table.pdf")[1]
    assert [q.word_limit for q in f.questions] == [200, 100, None]
