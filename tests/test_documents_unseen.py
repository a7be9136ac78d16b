"""General behaviours of the measurer on layouts and wordings it had not met, each shown on a
small document of the test's own (never the labelled corpus): conditions written after a
document or beside it, alternatives for new groups, documents named only by "a copy of",
fixed-width tables in plain text, accounts levels stated a sentence later, answer spaces
of kinds not seen before, a prompt said in two languages, form-builder hints and counters,
and guidance that only describes a form's questions."""

from __future__ import annotations

from pathlib import Path

from documents import measure, write_pdf
from form_documents import PdfField, write_fillable_pdf, write_form_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.total import distinct


def kinds(f: DocumentFacts) -> tuple[list[str], list[str]]:
    """The kinds every applicant sends, and those sent only in some cases, each once."""
    required, conditional = distinct(f.attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def questions(f: DocumentFacts) -> list[int | None]:
    return [q.word_limit for q in f.questions]


# --- conditions written after the document, or beside it -----------------------------------


def test_a_condition_after_the_document_limits_it(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "trailing.txt",
        "ENCLOSURES\n\n"
        "- Your group's constitution (PDF only)\n"
        "- A tenancy agreement (village hall projects only)\n"
        "- Three written estimates, for building works only\n"
        "- A recent bank statement\n",
    )
    # "(PDF only)" says how to send it, not who sends it
    assert kinds(f) == (["bank_statement", "governing_document"], ["other", "quotes"])


def test_a_document_named_in_two_languages_takes_the_condition_of_either(
    tmp_path: Path,
) -> None:
    f = measure(
        tmp_path,
        "dwyieithog.txt",
        "DOGFENNAU / DOCUMENTS\n\n"
        "1. Eich cyfrifon / Your accounts\n"
        "2. Dau ddyfynbris / Two quotes, where you are buying equipment\n",
    )
    assert kinds(f) == (["accounts"], ["quotes"])


LIST_PAGE = """<html><body><main><h1>Small grants: notes</h1>
<h2>What to send with your application</h2>
<dl>
<dt>Rules or constitution</dt><dd>Every applicant.</dd>
<dt>Risk assessment</dt><dd>Only for events held outdoors.</dd>
<dt>Estimates</dt><dd>Where relevant: if you are buying equipment, send two estimates.</dd>
<dt>Permission from the owner</dt>
<dd>For activities on land your group does not own, a letter from the owner.</dd>
<dt>Latest accounts</dt><dd>Every applicant.</dd>
</dl></main></body></html>
"""


def test_a_definition_lists_description_qualifies_its_term(tmp_path: Path) -> None:
    f = measure(tmp_path, "notes.html", LIST_PAGE)
    assert kinds(f) == (["accounts", "governing_document"], ["other", "other", "quotes"])


def test_a_when_column_says_who_sends_each_document(tmp_path: Path) -> None:
    path = write_form_docx(
        tmp_path / "notes.docx",
        [
            "Supporting documents",
            [
                ["Document", "When"],
                ["This application form, signed", "Always"],
                ["Your rules or constitution", "Always. Registered charities need not send it."],
                ["Last year's accounts, or if your club is new, a cash flow forecast", "Always"],
                ["A costed breakdown of the project", "Always"],
                ["Two estimates for each item over £750", "For equipment purchases only"],
            ],
        ],
    )
    f = Measurer().measure(path, "notes.docx")[1]
    required, conditional = distinct(f.attachments)
    assert sorted(a.kind for a in required) == ["accounts", "budget"]
    assert sorted(a.kind for a in conditional) == ["governing_document", "quotes"]


def test_an_alternative_for_new_groups_is_conditional_the_document_is_not(
    tmp_path: Path,
) -> None:
    f = measure(
        tmp_path,
        "alt.txt",
        "WHAT TO SEND\n\n"
        "- Your latest accounts or, if your club started this year, a cash flow forecast\n",
    )
    assert [(a.kind, a.conditional) for a in f.attachments] == [
        ("accounts", False),
        ("budget", True),
    ]


def test_a_document_asked_for_as_a_copy_is_found_though_its_kind_is_unknown(
    tmp_path: Path,
) -> None:
    f = measure(
        tmp_path,
        "copy.txt",
        "Before you apply\n\n"
        "Everyone must sign the declaration on page 4.\n\n"
        "If you are serving hot food, please also send a copy of your caterer's registration.\n\n"
        "Keep a copy of your application for your records.\n",
    )
    assert kinds(f) == ([], ["other"])


def test_a_fixed_width_table_in_plain_text_is_read_as_a_table(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "email.txt",
        "Please attach the following:\n\n"
        "  ITEM                         WHO SENDS IT\n"
        "  ---------------------------  ------------------------------\n"
        "  Group rules                  All applicants\n"
        "  Latest accounts              All applicants\n"
        "  Estimates for any item over  Groups buying equipment\n"
        "  500 pounds\n"
        "  Child protection policy      Groups whose members include\n"
        "                               children\n"
        "\n"
        "Thank you.\n",
    )
    assert kinds(f) == (["accounts", "governing_document"], ["policy", "quotes"])
    assert [(str(p.value), p.conditional) for p in f.policies] == [("safeguarding", True)]


def test_a_policy_the_list_does_not_name_is_a_policy_all_the_same(tmp_path: Path) -> None:
    def policies(text: str) -> list[tuple[str | None, bool]]:
        f = measure(tmp_path, "policies.txt", f"DOCUMENTS TO SEND\n\n{text}\n")
        return [(a.policy, a.conditional) for a in f.attachments]

    assert policies("- your volunteer expenses policy") == [("other", False)]
    assert policies("- your policy on bullying, if you run sessions for under-18s") == [
        ("other", True)
    ]
    assert policies("- any relevant policies") == []
    assert policies("- a copy of your policy") == []


# --- accounts ---------------------------------------------------------------------------


def test_the_level_stated_after_a_plain_mention_of_accounts_is_the_level(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "level.txt",
        "Documents to upload\n\n"
        "- Your most recent accounts. Groups with income over £100,000 must send audited "
        "accounts; everyone else must send independently examined accounts.\n"
        "- A bank statement\n",
    )
    assert f.accounts is not None and f.accounts.value == "independent_examination"


def test_a_group_with_no_accounts_yet_is_a_condition_not_no_accounts(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "new.txt",
        "Upload your annual accounts.\n\n"
        "Clubs that have no accounts yet can upload two months of bank statements instead.\n",
    )
    assert f.accounts is not None and f.accounts.value == "bank_statements"


def test_bank_statements_a_new_group_may_send_instead_are_the_easiest_level(
    tmp_path: Path,
) -> None:
    f = measure(
        tmp_path,
        "note.txt",
        "DOCUMENTS\n\n- Last year's accounts (see the note below)\n\n"
        "Note: your accounts do not need to be audited. Groups set up in the past year may "
        "send their last three bank statements instead.\n",
    )
    assert f.accounts is not None and f.accounts.value == "bank_statements"


# --- answer spaces and prompts --------------------------------------------------------------


def _docx_with_content_controls(path: Path) -> Path:
    """A Word form built from the Developer tab: a question paragraph, then a block-level
    plain-text content control showing its placeholder (no table)."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    control = (
        f'<w:sdt {w}><w:sdtPr><w:showingPlcHdr/><w:text w:multiLine="1"/></w:sdtPr>'
        "<w:sdtContent><w:p><w:r><w:t>Click here to type.</w:t></w:r></w:p></w:sdtContent>"
        "</w:sdt>"
    )
    document = docx.Document()
    document.add_paragraph("Part 2: about the activity")
    for prompt in (
        "A. What will the grant pay for? (250 words)",
        "B. Is there anything more the committee should know?",
    ):
        document.add_paragraph(prompt)
        document.element.body.append(parse_xml(control))
    document.save(str(path))
    return path


def test_a_block_content_control_in_word_is_an_answer_space(tmp_path: Path) -> None:
    path = _docx_with_content_controls(tmp_path / "controls.docx")
    f = Measurer().measure(path, "controls.docx")[1]
    assert questions(f) == [250, None]


def test_word_check_box_controls_are_tick_boxes(tmp_path: Path) -> None:
    """Check-box content controls: a short item with one box a line is one group (a checklist),
    a line with a box per choice is a field of its own, as a declaration with its own box is."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    w14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    box = (
        f"<w:sdt {w} {w14}><w:sdtPr><w14:checkbox/></w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t>"
        "</w:r></w:sdtContent></w:sdt>"
    )
    document = docx.Document()
    for words in (
        "Tick what you are sending:",
        "[] Club rules",
        "[] Last year's accounts",
        "Do you charge for sessions? [] Yes [] No",
        "[] We confirm that everything in this form is true and that we will tell the council "
        "at once if anything changes.",
    ):
        paragraph = document.add_paragraph()
        for i, part in enumerate(words.split("[]")):
            if i:
                paragraph._p.append(parse_xml(box))
            if part:
                paragraph.add_run(part)
    path = tmp_path / "ticks.docx"
    document.save(str(path))
    f = Measurer().measure(path, "ticks.docx")[1]
    assert len(f.fields) == 3


def test_pdf_check_boxes_sharing_a_tooltip_are_one_group(tmp_path: Path) -> None:
    path = write_fillable_pdf(
        tmp_path / "ticks.pdf",
        [
            [
                "Which days could your volunteers help? (tick all that apply)",
                *(PdfField(day, "Days volunteers could help", "/Btn") for day in ("Sat", "Sun")),
                PdfField("Agree", "We agree to the conditions of grant", "/Btn"),
                PdfField("Named", "Name of the person signing"),
            ]
        ],
    )
    f = Measurer().measure(path, "ticks.pdf")[1]
    assert len(f.fields) == 3  # the days (one group), the agreement, the name


def test_pdf_check_boxes_numbered_as_one_set_are_one_group(tmp_path: Path) -> None:
    path = write_fillable_pdf(
        tmp_path / "set.pdf",
        [
            [
                "Which of these do you enclose?",
                *(
                    PdfField(f"Doc{n}", words, "/Btn")
                    for n, words in enumerate(("Rules", "Accounts"))
                ),
                PdfField("Named", "Name of the person signing"),
            ]
        ],
    )
    f = Measurer().measure(path, "set.pdf")[1]
    assert len(f.fields) == 2  # the enclosures (one group), the name


def test_short_labels_on_a_printed_form_are_its_fields(tmp_path: Path) -> None:
    """A form printed to PDF: its boxes are drawn, invisible to text extraction; a line that
    is only a short label is a field, a section's title is not."""
    path = write_pdf(
        tmp_path / "printed.pdf",
        [
            [
                "Part 1 - About you",
                "Club name",
                "Secretary's name",
                "Postcode",
                "Describe what the club does (up to 100 words)",
                "PART 2 - DECLARATION",
                "Signature",
                "Date",
            ]
        ],
    )
    f = Measurer().measure(path, "printed.pdf")[1]
    assert [e.words for e in f.fields] == [
        "Club name",
        "Secretary’s name",  # (as read back from the PDF)
        "Postcode",
        "Signature",
        "Date",
    ]
    assert questions(f) == [100]


def test_answer_markers_in_plain_text_are_answer_spaces(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "reply.txt",
        "Type your answers between the [[ and ]] markers.\n\n"
        "Name of club:\n[[  ]]\n\n"
        "Q1  How many members does the club have?\n[[  ]]\n\n"
        "Q2  (a) What will you buy? (80 words max)\n[[\n\n]]\n\n"
        "    (b) Who will use it? (80 words max)\n[[\n\n]]\n\n"
        "Q3  Why does the club need help now? What happens if you do not get a grant?\n"
        "[[\n\n]]\n",
    )
    assert questions(f) == [80, 80, None]
    assert len(f.fields) == 2  # the club's name, its members


def test_an_answer_line_for_a_sum_is_where_the_answer_goes(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "sums.md",
        "Q4. What is the total cost of your event?\n\nAnswer: £\n\n"
        "Q5. Explain how the event will be run.\n\nAnswer:\n",
    )
    assert [e.words for e in f.fields] == ["Q4. What is the total cost of your event?"]
    assert questions(f) == [None]


def test_an_empty_grid_table_box_in_markdown_is_an_answer_space(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "box.md",
        "1.  Tell us about any other grants you have asked for.\n\n"
        "+--------------------------------------+\n"
        "|                                      |\n"
        "|                                      |\n"
        "+--------------------------------------+\n",
    )
    assert questions(f) == [None]


def test_a_prompt_given_in_two_languages_is_one_question(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "dwy.md",
        "1.  Esboniwch nod y prosiect. (Dim mwy na 250 gair)\\\n"
        "    Explain the aim of the project. (No more than 250 words)\n\n"
        "+--------------------------------------+\n"
        "|                                      |\n"
        "+--------------------------------------+\n\n"
        "2.  \\(a\\) Pwy fydd yn elwa? (b) Sut?\\\n"
        "    (a) Who will gain? (b) How?\\\n"
        "    *Un blwch, 150 gair i gyd. / One box, 150 words in total.*\n\n"
        "+--------------------------------------+\n"
        "|                                      |\n"
        "+--------------------------------------+\n",
    )
    assert questions(f) == [250, 150]


FORM_BUILDER = """<html><body><main><form action="/submit" method="post">
<div class="q"><div class="q-label" id="l1">Summarise your idea</div>
<div class="q-help" id="h1">Say what you will do and who it is for.</div>
<textarea name="f1" aria-labelledby="l1" aria-describedby="h1 c1"></textarea>
<div class="q-count" id="c1">0 of 900 characters</div></div>
<div class="q"><div class="q-label" id="l2">What difference will it make?</div>
<div class="q-help" id="h2">For example, what people have told you.</div>
<textarea name="f2" maxlength="600" aria-labelledby="l2" aria-describedby="h2 c2"></textarea>
<div class="q-count" id="c2">0 of 600 characters</div></div>
<div class="q"><div class="q-label" id="l3">Upload estimates</div>
<div class="q-help" id="h3">Only if you are buying something that costs over £300.</div>
<input type="file" name="f3" aria-labelledby="l3" aria-describedby="h3"></div>
<div class="q"><div class="q-label" id="l4">Upload your child protection policy</div>
<div class="q-help" id="h4">Needed if your sessions include under-16s.</div>
<input type="file" name="f4" aria-labelledby="l4" aria-describedby="h4"></div>
</form></main></body></html>
"""


def test_a_form_builders_hints_and_counters_belong_to_their_answer_box(tmp_path: Path) -> None:
    f = measure(tmp_path, "builder.html", FORM_BUILDER)
    assert questions(f) == [150, 100]
    assert kinds(f) == ([], ["policy", "quotes"])
    assert [(str(p.value), p.conditional) for p in f.policies] == [("safeguarding", True)]


def test_guidance_describing_the_forms_questions_asks_none(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "about.txt",
        "About the form\n\n"
        "On page 2 you explain your plans in no more than 400 words and list your costs.\n\n"
        "In Part B you will tell us who will benefit, in up to 200 words.\n",
    )
    assert f.questions == []
