"""Layouts the PDF, Word and plain-text readers turn into blocks (session 7), each shown on a
small document of the test's own, never the labelled corpus: the words an empty box shows
until it is typed in ("[Insert text here]", "Your answer"), an online form printed from the
browser with its required marks apart from the titles, a scanned paper form's OCR text."""

from __future__ import annotations

from pathlib import Path

from documents import measure, write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts


def limits(f: DocumentFacts) -> list[int | None]:
    return [q.word_limit for q in f.questions]


def measure_file(path: Path) -> DocumentFacts:
    return Measurer().measure(path, path.name)[1]


# --- the words an empty box shows: a placeholder is the box, not the form's words -------------


def test_a_word_templates_insert_text_placeholders_are_answer_boxes(tmp_path: Path) -> None:
    f = measure_file(
        write_docx(
            tmp_path / "plan.docx",
            [
                "Village Green Lease: Business Plan",
                "Name of your group: [Insert text here]",
                "Lead contact telephone: [Enter text]",
                "1. Why do you want to take on the green? Up to 350 words.",
                "[Insert text here]",
                "2. What will the green look like in five years?",
                "[Type your answer here]",
            ],
        )
    )
    assert limits(f) == [350, None]
    assert len(f.fields) == 2  # the name and the telephone, each a box on its label's line


def test_word_content_control_prompts_printed_as_words_are_boxes(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "form.txt",
        "Hedgerow Fund application\n\n"
        "Describe what you will plant and where. (max 200 words)\n"
        "Click or tap here to enter text.\n\n"
        "Planting date\n"
        "Click or tap to enter a date.\n\n"
        "What else should the panel know?\n"
        "Click or tap here to enter text.\n",
    )
    assert limits(f) == [200, None]
    assert len(f.fields) == 1  # the date


def test_your_answer_ending_a_wrapped_sentence_is_not_a_box(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "notes.txt",
        "How the online form works\n\n"
        "Where a question has a limit, a counter under the box shows what is left. Keep to it\n"
        "or the form will not let you go on until you have shortened\n"
        "your answer.\n",
    )
    assert f.questions == [] and f.fields == []


# --- an online form printed from the browser to PDF ------------------------------------------


def test_a_printed_online_forms_cards_read_title_help_and_box(tmp_path: Path) -> None:
    path = write_pdf(
        tmp_path / "printed.pdf",
        [
            [
                "* Indicates required question",
                "Name of your club",
                "*",
                "Your answer",
                "What will the money pay for?",
                "*",
                "Please keep it under 150 words.",
                "Your answer",
                "Who will lead the sessions, and what training have they had?",
                "*",
                "Name them if you can.",
                "No more than 80 words.",
                "Your answer",
                "How will you carry on when the grant runs out?",
                "Your answer",
            ],
            [
                "Documents",
                "Club rules or constitution",
                "*",
                "Add file",
                "Latest bank statement",
                "*",
                "Add file",
            ],
        ],
    )
    f = measure_file(path)
    assert limits(f) == [150, 80, None]
    assert all(not q.text.startswith(("Please", "Name them")) for q in f.questions)
    assert sorted((a.kind, a.conditional) for a in f.attachments) == [
        ("bank_statement", False),
        ("governing_document", False),
    ]


# --- a scanned paper form's OCR text ----------------------------------------------------------

SCANNED = """\
            B0RLEY T0WN C0UNCIL  -  SMALL GRANTS

______________________________________________________
SECTI0N A   Y0UR GR0UP
______________________________________________________
| l. Name of group ____________________________    |
| 2. Contact telephone __________________          |
______________________________________________________
SECTI0N B   THE W0RK
______________________________________________________
| 3. What will the grant pay f0r, and why is it    |
|    needed? (n0 more than 3O0 words)              |
|                                                  |
|                                                  |
| 4. Who will do the w0rk? Please use the space    |
|    below (approx l20 words).                     |
|                                                  |
|                                                  |
______________________________________________________
SECTI0N C   WHAT T0 SEND
______________________________________________________
| [ ] Your group's c0nstitution.                    |
| [ ] Your insurance certificate (groups that run  |
|     events open to the public).                  |
"""


def test_a_scanned_forms_ocr_text_reads_through_box_edges_and_misread_figures(
    tmp_path: Path,
) -> None:
    """OCR of a paper form keeps the boxes' edges ("| ... |") and reads O as 0 and 1 as l:
    the edges are not words, "3O0" and "l20" are limits, and the rules drawn over and under
    each section's title are not answer lines."""
    f = measure(tmp_path, "scan.txt", SCANNED)
    assert limits(f) == [300, 120]
    assert sorted((a.kind, a.conditional) for a in f.attachments) == [
        ("governing_document", False),
        ("insurance_certificate", True),  # its condition on the item's second line
    ]


# --- a Word form saved as plain text ----------------------------------------------------------

SAVED_AS_TEXT = (
    "Harbour Ward Community Fund: application form\r\n"
    "Please read the notes that came with this form before you fill it in; if anything is unclear"
    " ring the ward office, and remember that late forms cannot be considered this year.\r\n"
    "\r\n"
    "About your group\r\n"
    "Group name\t\r\n"
    "Secretary's name\t\r\n"
    "Telephone\t\r\n"
    "Email\t\r\n"
    "1.\tWhat will you do with the grant? (no more than 200 words)\r\n"
    "\r\n"
    "2.\tIs there anything else the panel should know?\r\n"
    "\r\n"
    "\r\n"
    "3.\tAmount you are asking for\t£\r\n"
    "4.\tWhen will it happen?\tFrom:\tTo:\r\n"
)


def test_a_word_form_saved_as_text_reads_its_tabbed_rows_and_empty_answer_rows(
    tmp_path: Path,
) -> None:
    """Word's "Save as Plain Text" writes a table row as one line with a tab between cells
    (an empty box leaves its tab), a list number with a tab after it, and an empty answer row
    as an empty line: a label's empty cell is its box, and the empty line under a numbered
    prompt is its answer space."""
    f = measure(tmp_path, "saved.txt", SAVED_AS_TEXT)
    assert limits(f) == [200, None]
    assert len(f.fields) == 7  # four details, the sum, and the two dates


# --- a designer's PDF: ligature glyphs in the extracted text ----------------------------------


def test_ligature_glyphs_are_read_as_their_letters(tmp_path: Path) -> None:
    """Text from a designed PDF keeps "ﬁ" and "ﬂ" as single glyphs: "ﬁnancial accounts" and
    "certiﬁcate" are the words the vocabularies know only once the glyphs are letters again."""
    from grantcheck.documents.pdf_lines import bullets

    assert bullets("Your latest ﬁnancial accounts and a ﬂood plan") == (
        "Your latest financial accounts and a flood plan"
    )
    f = measure(
        tmp_path,
        "notes.txt",
        "What to send\n\n- a copy of your constitution\n- your latest ﬁnancial statements"
        " (annual accounts)\n- your insurance certiﬁcate\n",
    )
    assert {a.kind for a in f.attachments} >= {"governing_document", "insurance_certificate"}


def test_money_set_aside_is_no_limit_of_a_side(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "form.txt",
        "Q1 Tell us about any reserves you hold.\n"
        "Reserves set aside for a building fund do not count against you.\n"
        "____________________\n",
    )
    assert limits(f) == [None]


CONTROLS_AS_TEXT = (
    "Riverside Wellbeing Fund\r\n"
    "Fill in every box below; each grey box grows as you type, and you can save the form and come"
    " back to it later before you send it to the partnerships team.\r\n"
    "\r\n"
    "Group name\tClick or tap here to enter text.\r\n"
    "Date your group was set up\tClick or tap to enter a date.\r\n"
    "Area you work in\tChoose an item.\r\n"
    "Ref\tQuestion\tAnswer\r\n"
    "A\tWhat will you do with the grant? (Maximum 250 words)\tClick or tap here to enter text.\r\n"
    "B\tWho will take part, and how will they hear of it?\tClick or tap here to enter text.\r\n"
)


def test_a_word_forms_content_controls_saved_as_text_are_its_boxes(tmp_path: Path) -> None:
    """Saved as text, a content control still shows its prompt in its cell ("Click or tap here
    to enter text."): the cell is the box, a date's or a choice's prompt a field."""
    f = measure(tmp_path, "controls.txt", CONTROLS_AS_TEXT)
    assert limits(f) == [250, None]
    assert len(f.fields) == 3


# --- a footnote at the page's foot gives a question's limit -----------------------------------


def _winansi_pdf(lines: list[str]) -> bytes:
    """A one-page PDF in Helvetica with Windows' encoding, where "¹" is byte 0xB9."""
    from documents import _escape, assemble

    stream = (
        "BT /F1 11 Tf 14 TL 56 780 Td "
        + " ".join(f"({_escape(line)}) Tj T*" for line in lines)
        + " ET"
    ).encode("cp1252")
    return assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
        ]
    )


def test_a_questions_limit_in_a_footnote_at_the_pages_foot_is_its_limit(tmp_path: Path) -> None:
    """A form printed from a word processor: the question ends with a raised mark and the
    note at the page's foot ("1" raised, then "Up to 200 words.") gives its limit."""
    path = tmp_path / "notes.pdf"
    path.write_bytes(
        _winansi_pdf(
            [
                "Part 2: Your idea",
                "2.1 What will the grant pay for, and why is it needed now?\xb9",
                "",
                "2.2 Who will run the project day to day, and what have they done before?\xb2",
                "",
                "1",
                "Up to 200 words. Please do not attach extra pages.",
                "2",
                "No more than 100 words.",
            ]
        )
    )
    f = measure_file(path)
    assert limits(f) == [200, 100]
    assert all("extra pages" not in q.text or q.word_limit == 200 for q in f.questions)
