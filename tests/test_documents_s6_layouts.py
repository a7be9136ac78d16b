"""Page layouts the PDF and plain-text readers turn into blocks (session 6), each shown on a
small document of the test's own, never the labelled corpus: a browser's or word processor's
running header and footer on every PDF page, a form written out as a screen reader announces
it, a grant system's print preview, and a two-column table form as ``pdftotext -layout``
prints it."""

from __future__ import annotations

from pathlib import Path

from documents import measure, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts


def limits(f: DocumentFacts) -> list[int | None]:
    return [q.word_limit for q in f.questions]


def measure_pdf(tmp_path: Path, pages: list[list[str]]) -> DocumentFacts:
    path = write_pdf(tmp_path / "form.pdf", pages)
    return Measurer().measure(path, "form.pdf")[1]


# --- running headers and footers on PDF pages ------------------------------------------------


def test_a_pdf_pages_running_header_is_not_inside_a_question_over_the_page_break(
    tmp_path: Path,
) -> None:
    head = [
        "03/02/2027, 09:15",
        "Bramford Trust - Community Fund",
        "https://grants.example.org/a/77",
    ]
    f = measure_pdf(
        tmp_path,
        [
            [
                *head,
                "Page 1",
                "Q1 Tell us about your group. (up to 150 words)",
                "Answer:",
                "Q2 Why is the project needed, and who has asked for it?",
            ],
            [
                *head,
                "Page 2",
                "(up to 250 words)",
                "Answer:",
                "Q3 Who will run the project?",
                "Answer:",
            ],
            [*head, "Page 3", "Continue on a separate sheet if necessary."],
        ],
    )
    assert limits(f) == [150, 250, None]
    assert all("Bramford" not in q.text and "https" not in q.text for q in f.questions)


def test_a_form_word_closing_most_pages_is_not_a_running_footer(tmp_path: Path) -> None:
    f = measure_pdf(
        tmp_path,
        [
            ["1. Describe your project. (max 200 words)", "Response:"],
            ["2. Explain who will benefit. (max 100 words)", "Response:"],
            ["3. Tell us how you will know it worked.", "Response:"],
        ],
    )
    assert limits(f) == [200, 100, None]


# --- a screen reader's text version of an online form ----------------------------------------

SCREEN_READER = """\
Community Chest: text version of the online form

Screen 1 of 2: Your group
Heading level 1.

Link, Skip to main content.

Item 1 of 9. Name of your group.
Edit field. Required.

Item 2 of 9. Contact email.
Edit field, email. Required.

Item 3 of 9. Which of these best describes your group?
Radio button group. Required. 3 options.
Radio button, not selected, Charity, 1 of 3.
Radio button, not selected, Residents' association, 2 of 3.
Radio button, not selected, Informal group, 3 of 3.

Item 4 of 9. Give your activity a name.
Edit field. Required.
Hint: Up to 80 characters.

Item 5 of 9. Explain what your group will do with the grant.
Multi-line edit field. Required.
Hint: Say what, where and when. You can write up to 1,200
characters.

Item 6 of 9. When will the activity take place?
Group, 3 items. Required.
Edit field, Day.
Edit field, Month.
Edit field, Year.

Item 7 of 9. How will people hear about it?
Multi-line edit field.
Hint: Up to 150 words.

Button, Next.

Screen 2 of 2: Documents
Heading level 1.

Item 8 of 9. A copy of your group's rules or constitution.
Button, Choose file. Required.

Item 9 of 9. Your child protection policy.
Button, Choose file.
Hint: Only if your activity is for children.

Check box, not checked. Required. I agree to the terms of the grant.

Button, Send.
"""


def test_a_screen_readers_text_version_reads_each_announced_control(tmp_path: Path) -> None:
    f = measure(tmp_path, "text-version.txt", SCREEN_READER)
    # a multi-line box is a question (its hint gives the limit); an edit field is a field,
    # even with a character limit in its hint; a radio group and a day/month/year group are one
    # field each; the check box is a field; buttons and links are not
    assert limits(f) == [200, 150]
    assert len(f.fields) == 6
    sent = [(a.kind, a.conditional) for a in f.attachments]
    assert ("governing_document", False) in sent
    assert ("policy", True) in sent
    assert [(p.value, p.conditional) for p in f.policies] == [("safeguarding", True)]


def test_prose_that_mentions_a_button_or_a_link_is_not_a_control(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "notes.txt",
        "Apply online. Select the Start button, then fill in each page.\n"
        "Edit your answers before you send them.\n"
        "Link your bank account in the portal.\n\n"
        "1. Describe your project (up to 300 words)\n"
        "________________________________\n",
    )
    assert limits(f) == [300]
    assert f.fields == []


# --- a grant system's printed preview of a draft ---------------------------------------------

PREVIEW = [
    [
        "Printable view - Marlow Green Trust",
        "Questions marked * must be answered.",
        "A1 Are you a registered charity? *",
        "Options: Yes / No",
        "Response:",
        "A2 Organisation name *",
        "Maximum 120 characters",
        "Response:",
        "A3 Charity or company number",
        "Response:",
        "A4 Tell us what your group does. *",
        "Maximum 120 words",
        "Response:",
        "A5 What would the grant pay for, and why now? *",
        "Maximum 1500 characters",
        "Response:",
        "A6 Date of your last AGM *",
        "Options: Date",
        "Response:",
    ],
    [
        "Printable view - Marlow Green Trust",
        "A7 I confirm the group has a safeguarding policy. *",
        "Options: Tick box",
        "Response:",
        "Unticked",
        "A8 Your constitution *",
        "Response:",
        "No file uploaded",
        "A9 Latest accounts * - signed by your treasurer. New groups may upload a bank statement",
        "instead.",
        "Response:",
        "No file uploaded",
        "A10 Photographs of your group (optional)",
        "Response:",
        "No file uploaded",
    ],
]


def test_a_print_previews_items_are_questions_fields_and_uploads(tmp_path: Path) -> None:
    f = measure_pdf(tmp_path, PREVIEW)
    # "Options: ..." and a box of a few characters make a field; "Response:" under a prompt
    # with no options is a question; "No file uploaded" is an upload of the prompt's document
    # (one marked "(optional)" is asked of nobody)
    assert limits(f) == [120, 250]
    assert len(f.fields) == 5
    assert sorted((a.kind, a.conditional) for a in f.attachments) == [
        ("accounts", False),
        ("bank_statement", True),
        ("governing_document", False),
    ]


def test_a_print_preview_saved_as_text_reads_the_same(tmp_path: Path) -> None:
    text = "\n\n".join("\n".join(page) for page in PREVIEW)
    f = measure(tmp_path, "preview.txt", text)
    assert limits(f) == [120, 250]
    assert len(f.fields) == 5


# --- a two-column table form as pdftotext -layout prints it ----------------------------------

LAYOUT = """\
                         ASHCOMBE VILLAGE FUND - APPLICATION

   SECTION 1 - YOUR GROUP

   1.1  Group name

   1.2  Contact address



   1.3  Is the group constituted?                  Yes  /  No

   1.4  Members                                    approx.

   SECTION 2 - YOUR IDEA

   2.1  Explain what the money would be
        spent on and who it would help.
        (max 200 words)




   2.2  How will you let people know about         Use another sheet if you need
        the activity?                              more room.




   2.3  What will you do if fewer people           (75 words)
        come than you hope?

   2.4  Total cost                                 £

   SECTION 3 - ENCLOSURES                                       Tick each one

   Group rules                                     [   ]

   Last bank statement                             [   ]
"""


def test_a_pdftotext_layout_table_form_reads_labels_boxes_and_the_answer_column(
    tmp_path: Path,
) -> None:
    f = measure(tmp_path, "layout.txt", LAYOUT)
    # a tall empty box under a prompt is a question; a short one, or a sign in the answer
    # column, a field; "(75 words)" printed in the answer column is its row's limit
    assert limits(f) == [200, None, 75]
    assert [e.words.split()[0] for e in f.fields][:5] == ["1.1", "1.2", "1.3", "1.4", "2.4"]
    assert len(f.fields) == 6  # and one group of tick boxes


def test_prose_with_a_few_aligned_figures_is_not_a_table_form(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "notes.txt",
        "Key dates\n\n"
        "Applications open                             1 March\n\n"
        "Applications close                            30 April\n\n"
        "Panel meets                                   June\n\n"
        "Payments made                                 July\n\n"
        "Who can apply?\n\n"
        "Any constituted group in the parish.\n",
    )
    assert f.questions == []


# --- a form in parts, one filled in only by some applicants ----------------------------------


def test_what_a_part_only_some_applicants_fill_in_asks_for_is_conditional(
    tmp_path: Path,
) -> None:
    f = measure(
        tmp_path,
        "two-part.txt",
        "PART 1: EVERY APPLICANT\n\n"
        "Please send a copy of your constitution with this part.\n\n"
        "PART 2: ONLY IF YOU ARE SHORTLISTED\n\n"
        "With this part, please send three quotes and your safeguarding policy.\n\n"
        "PART 3: DECLARATION\n\n"
        "Please also send your latest accounts.\n",
    )
    sent = sorted((a.kind, a.conditional) for a in f.attachments)
    assert sent == [
        ("accounts", False),
        ("governing_document", False),
        ("policy", True),
        ("quotes", True),
    ]


# --- a fillable form's bold section titles ----------------------------------------------------


def _fillable(lines: list[tuple[str, bool]]) -> bytes:
    """A one-page fillable PDF: each line in Helvetica, or Helvetica-Bold when marked, and one
    text field (a box for the group's name) at the top of the page."""
    from documents import _escape, assemble

    ops = []
    for text, bold in lines:
        ops.append(f"/{'F2' if bold else 'F1'} 11 Tf ({_escape(text)}) Tj T*")
    stream = "BT 14 TL 56 700 Td " + " ".join(ops) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Annots [6 0 R] "
        b"/Resources << /Font << /F1 5 0 R /F2 7 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream".encode("latin-1"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (GroupName) /TU (Name of your group) "
        b"/Rect [300 760 540 776] /P 3 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
    ]
    return assemble(objects)


def test_a_bold_title_on_a_fillable_page_heads_the_list_under_it(tmp_path: Path) -> None:
    path = tmp_path / "fillable.pdf"
    path.write_bytes(
        _fillable(
            [
                ("E  Please return these papers with the completed form", True),
                ("1. The group's constitution.", False),
                ("2. Last year's accounts, signed by the treasurer.", False),
                (
                    "3. A list of volunteers who hold a DBS check, with each certificate's date.",
                    False,
                ),
            ]
        )
    )
    f = Measurer().measure(path, "fillable.pdf")[1]
    # the numbered items under a bold title are a list of documents to send; the certificate
    # in item 3 is the DBS check's, not an insurance certificate
    assert sorted(a.kind for a in f.attachments) == ["accounts", "dbs_check", "governing_document"]
