"""Attachments (acc21c, session 21): documents every applicant sends that the reader did not find
at all, each cause found on small documents of the test's own in several wordings and formats
(never the labelled corpus), with near misses that must stay as they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

# -- a checklist item opening "the", naming a document by its noun ("The signed partnership
# -- agreement", "the booking confirmation from the provider"): a document, as "your ..." is ----

THE_ITEMS = [
    (
        ".txt",
        [
            "WHAT TO SEND",
            "Please send:",
            "- your constitution",
            "- the signed partnership agreement for the project",
        ],
    ),
    (
        ".md",
        [
            "## Documents checklist",
            "Every applicant must send:",
            "- Your latest accounts",
            "- The venue hire agreement, signed by the venue manager",
        ],
    ),
    (
        ".html",
        [
            "Supporting documents",
            "You must upload:",
            "- your safeguarding policy",
            "- the booking confirmation from the training provider",
        ],
    ),
    (
        ".pdf",
        [
            "Checklist",
            "Please enclose:",
            "- Your governing document",
            "- The Companies House registration document for your organisation",
        ],
    ),
    (
        ".docx",
        [
            "What to send",
            "Send these with your form:",
            "- Your latest bank statement",
            "- The club's affiliation letter from the county association",
        ],
    ),
]
THE_KINDS = [
    ["governing_document", "other"],
    ["accounts", "other"],
    ["other", "policy"],
    ["governing_document", "other"],
    ["bank_statement", "other"],
]


@pytest.mark.parametrize("case", range(len(THE_ITEMS)))
def test_an_item_opening_the_names_a_document(tmp_path: Path, case: int) -> None:
    suffix, lines = THE_ITEMS[case]
    assert kinds(written(tmp_path, suffix, lines)) == (THE_KINDS[case], [])


THE_NOT_DOCUMENTS = [
    "- The closing date for applications is 12 May",
    "- The documents above must be in PDF or Word format",
    "- The panel meets in June and decides within six weeks",
    "- The following",
    "- The list of what we cannot fund is on page 4",
    # the form in hand and its declaration (review21 F1)
    "- The signed form",
    "- The completed and signed form",
    "- The declaration form, signed by your chair",
]


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_statement_opening_the_names_no_document(tmp_path: Path, suffix: str) -> None:
    lines = ["What to send", "Please send:", "- your constitution", *THE_NOT_DOCUMENTS]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], [])


# -- a list lettered "a.", "b.", "c." (a full stop after the letter, as "1." has): its items are
# -- a list's, and one naming no known kind is a document all the same ---------------------------

LETTERED = [
    (
        ".txt",
        [
            "PART 4   WHAT TO SEND",
            "Please attach:",
            "a.   a copy of your group's constitution;",
            "b.   a simple sketch of the garden, marked with the new beds;",
        ],
        ["governing_document", "other"],
    ),
    (
        ".docx",
        [
            "Documents checklist",
            "Please enclose:",
            "a. your latest accounts",
            "b. a short history of the building and its present use",
        ],
        ["accounts", "other"],
    ),
    (
        ".pdf",
        [
            "Supporting documents",
            "You must send:",
            "a. a recent bank statement",
            "b. a signed note from the hall committee agreeing to the works",
        ],
        ["bank_statement", "other"],
    ),
]


@pytest.mark.parametrize("case", range(len(LETTERED)))
def test_a_lettered_list_names_its_documents(tmp_path: Path, case: int) -> None:
    suffix, lines, expected = LETTERED[case]
    assert kinds(written(tmp_path, suffix, lines)) == (expected, [])


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_a_lettered_instruction_names_no_document(tmp_path: Path, suffix: str) -> None:
    lines = [
        "What to send",
        "Please attach:",
        "a. a copy of your constitution;",
        "b. Make sure every page is clear and easy to read.",
        "c. Tell us if anything has changed since you last applied.",
        # lower case after the letter (review21 F3)
        "d. make sure every page is numbered",
        "e. remember to sign the declaration",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], [])


# -- a motor or vehicle insurance certificate beside the public liability one: two certificates,
# -- each of its own cover, as an employer's liability certificate beside it is ------------------

MOTOR = [
    (
        ".txt",
        [
            "What to send",
            "Please send:",
            "- your public liability insurance certificate",
            "- your motor insurance certificate for each minibus",
        ],
    ),
    (
        ".docx",
        [
            "Supporting documents",
            "With your application, send a copy of your public liability insurance certificate"
            " and the vehicle insurance certificate for every car used in the scheme.",
        ],
    ),
    (
        ".html",
        [
            "Documents checklist",
            "You must upload:",
            "- Certificate of motor insurance, showing that passengers are covered",
            "- Public liability insurance certificate (at least £5 million)",
        ],
    ),
]


@pytest.mark.parametrize("case", range(len(MOTOR)))
def test_motor_insurance_is_a_certificate_of_its_own(tmp_path: Path, case: int) -> None:
    suffix, lines = MOTOR[case]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["insurance_certificate", "insurance_certificate"],
        [],
    )


MOTOR_ONCE = [
    # one certificate named twice (a heading, then its item), and one asked for once
    ["Insurance", "Please send your motor insurance certificate.", "- motor insurance certificate"],
    ["What to send", "Please send your vehicle insurance certificate showing business use."],
]


@pytest.mark.parametrize("lines", MOTOR_ONCE)
def test_one_motor_certificate_is_one_document(tmp_path: Path, lines: list[str]) -> None:
    assert kinds(written(tmp_path, ".txt", lines)) == (["insurance_certificate"], [])


# -- a table of one cell holding a heading, a lead-in and a list (an old web page laid out in a
# -- table, a Word form's bordered "What to send" panel): read as the page's words, so the list's
# -- one conditional item does not make every item conditional -----------------------------------

PANEL_ITEMS = [
    "a copy of your constitution;",
    "your latest annual accounts;",
    "a budget for the project;",
    "if you work with children: your safeguarding policy.",
]


def _panel_html(tmp_path: Path, wrapper: str) -> Path:
    items = "".join(f"<li><font size=2>{t}</font></li>" for t in PANEL_ITEMS)
    cell = (
        "<p><b>Supporting documents</b></p><p>Please post the following to the clerk within a"
        f" week of sending the form:</p><ul>{items}</ul><p>Page last updated May 2027.</p>"
    )
    path = tmp_path / "panel.html"
    path.write_text(
        f"<html><body><h1>Small grants</h1>{wrapper.format(cell=cell)}</body></html>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    "wrapper",
    [
        '<table border="0" width="640"><tr><td>{cell}</td></tr></table>',
        "<table><tbody><tr><td><div>{cell}</div></td></tr></tbody></table>",
    ],
)
def test_a_one_cell_layout_table_on_a_web_page(tmp_path: Path, wrapper: str) -> None:
    assert kinds(_panel_html(tmp_path, wrapper)) == (
        ["accounts", "budget", "governing_document"],
        ["policy"],
    )


def test_a_one_cell_panel_in_a_word_document(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Apply by 30 June.")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "What you need to send"
    cell.add_paragraph("Please send the following with your form:")
    for text in PANEL_ITEMS:
        cell.add_paragraph(text, style="List Bullet")
    path = tmp_path / "panel.docx"
    document.save(str(path))
    assert kinds(path) == (["accounts", "budget", "governing_document"], ["policy"])


def test_a_documents_table_of_rows_keeps_its_conditions(tmp_path: Path) -> None:
    body = (
        "<h2>Documents</h2><table><tr><th>Document</th><th>Who sends it</th></tr>"
        "<tr><td>Your constitution</td><td>Every group</td></tr>"
        "<tr><td>Your safeguarding policy</td><td>Only if you work with children</td></tr>"
        "</table>"
    )
    path = tmp_path / "rows.html"
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    assert kinds(path) == (["governing_document"], ["policy"])


MOTOR_NOT_A_SECOND = [
    # one certificate showing two covers, and motor insurance named as a cost (review21 F4)
    "- your insurance certificate, showing public liability cover and the motor insurance for"
    " the minibus;",
    "- your public liability insurance certificate. Motor insurance is not an eligible cost.",
]


@pytest.mark.parametrize("line", MOTOR_NOT_A_SECOND)
def test_motor_cover_named_beside_one_certificate_adds_none(tmp_path: Path, line: str) -> None:
    lines = ["Documents to send", "Please send:", "- your constitution", line]
    assert kinds(written(tmp_path, ".md", lines)) == (
        ["governing_document", "insurance_certificate"],
        [],
    )


def test_a_condition_in_a_one_cell_box_ends_with_the_box(tmp_path: Path) -> None:
    # review21 F5: the box's own heading limits its list, not the list after the box
    body = (
        "<h2>What to send</h2><ul><li>your constitution</li><li>your latest accounts</li></ul>"
        '<table border="1"><tr><td><p><b>If you will work with children</b></p><ul>'
        "<li>your safeguarding policy</li><li>a list of your staff's DBS checks</li></ul>"
        "</td></tr></table><ul><li>a bank statement from the last three months</li></ul>"
    )
    path = tmp_path / "box.html"
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    assert kinds(path) == (
        ["accounts", "bank_statement", "governing_document"],
        ["dbs_check", "policy"],
    )
