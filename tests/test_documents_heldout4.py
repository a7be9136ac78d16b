"""General behaviours behind the fourth held-out set's misses, each shown on a small document
of the test's own wording (never the labelled corpus): abbreviated limits ("wds"), counters and
hints opening with their limit, limits given by question number or in a table of references,
conditions in brackets, "if" clauses, uploads' help and "items over £250", an email's quoted
message, a grid's column headings and a declaration, accounts waived for a bank statement or
checked by an independent person, a bilingual PDF list, and who-sends lines in nested lists."""

from __future__ import annotations

import re
from pathlib import Path

from documents import measure
from form_documents import PdfField, fillable_pdf_bytes, write_form_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts
from test_documents_unseen import kinds, questions


def policies(f: DocumentFacts) -> tuple[list[str], list[str]]:
    """The policies every applicant needs, and those needed only in some cases."""
    return (
        sorted(str(p.value) for p in f.policies if not p.conditional),
        sorted(str(p.value) for p in f.policies if p.conditional),
    )


def test_words_abbreviated_as_wds_are_a_limit(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "abbrev.md",
        "# Village fund\n\n"
        "**1. What will the money pay for?** Max. 200 wds\n\n"
        "> Answer:\n\n"
        "**2. Who will benefit from it?** (80 wds max)\n\n"
        "> Answer:\n",
    )
    assert questions(f) == [200, 80]


def test_a_bracketed_condition_may_name_its_applicants_at_length(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "long-only.txt",
        "DOCUMENTS YOU MUST SEND\n\n"
        "- A copy of your constitution.\n"
        "- Your lone working policy (charities with ten or more paid staff only).\n"
        "- A recent bank statement.\n",
    )
    assert kinds(f) == (["bank_statement", "governing_document"], ["policy"])
    assert policies(f) == ([], ["lone_working"])


def test_a_list_item_opening_with_any_if_clause_is_conditional(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "if-items.txt",
        "Please send with your form:\n\n"
        "  - your latest accounts;\n"
        "  - if dogs will be on the site, a risk assessment;\n"
        "  - if older people will be taking part, your group's safeguarding policy.\n",
    )
    required, conditional = kinds(f)
    assert required == ["accounts"]
    assert conditional == ["other", "policy"]
    assert policies(f) == ([], ["safeguarding"])


REPLY = """Hello Sam,

Yes, the fund can help. Please attach your latest bank statement to your reply.

Regards,
Pat

-----Original Message-----
From: Sam
Sent: 2 March 2027 10:00
Subject: Grant for the playgroup?

We can send you our constitution and our annual accounts if you need them.
"""


def test_an_emails_quoted_original_message_is_not_the_form(tmp_path: Path) -> None:
    f = measure(tmp_path, "reply.txt", REPLY)
    assert kinds(f) == (["bank_statement"], [])
    on_wrote = REPLY.replace("-----Original Message-----", "On 2 March 2027, Sam wrote:")
    assert kinds(measure(tmp_path, "reply2.txt", on_wrote)) == (["bank_statement"], [])


PLATFORM = """<html><body><main><form>
<div class="field"><label for="name">Name of your event</label>
<input type="text" id="name" name="name" maxlength="80">
<p class="help">80 characters at most, shown on the voting page.</p></div>
<div class="field"><label for="plan">What will happen at the event?</label>
<textarea id="plan" name="plan" maxlength="900"></textarea>
<p class="counter">900 characters remaining</p></div>
<div class="field"><label for="why">Why is it needed?</label>
<textarea id="why" name="why" maxlength="600"></textarea>
<p class="counter">600 characters left</p></div>
</form></main></body></html>
"""


def test_a_hint_or_counter_opening_with_the_limit_is_no_question(tmp_path: Path) -> None:
    f = measure(tmp_path, "platform.html", PLATFORM)
    assert questions(f) == [150, 100]


def test_numbered_questions_limited_by_number_elsewhere_need_no_drawn_space(
    tmp_path: Path,
) -> None:
    f = measure(
        tmp_path,
        "letter.txt",
        "Please reply to this email with your answers under each question. Your answers to\n"
        "questions 3 and 4 should be no more than 600 characters each.\n\n"
        "1) Your name:\n\n"
        "2) Your address:\n\n"
        "3) What do you want to do with the grant?\n\n"
        "4) Why does it matter to your street?\n\n"
        "5) How much do you need?\n",
    )
    assert questions(f) == [100, 100]


UPLOADS = """<html><body><main><form>
<div><label for="plan">A short budget *</label>
<p class="help">Show each cost. You can download our budget template.</p>
<input type="file" id="plan" name="plan" required></div>
<div><label for="est">Estimates or price lists</label>
<p class="help">Required if your event costs over £2,000: a quote for each large item.</p>
<input type="file" id="est" name="est"></div>
<div><label for="rules">Your club's constitution</label>
<p class="help">Clubs only. People applying on their own can skip this.</p>
<input type="file" id="rules" name="rules"></div>
</form></main></body></html>
"""


def test_an_uploads_help_naming_its_own_kind_qualifies_it(tmp_path: Path) -> None:
    f = measure(tmp_path, "uploads.html", UPLOADS)
    assert kinds(f) == (["budget"], ["governing_document", "quotes"])


def test_items_over_a_sum_are_a_condition(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "checklist.md",
        "## Checklist of documents\n\n"
        "| Document | Enclosed |\n|---|---|\n"
        "| Your constitution | |\n"
        "| Two quotes (for items over £400) | |\n"
        "| Receipts for purchases above £100 | |\n",
    )
    assert kinds(f) == (["governing_document"], ["other", "quotes"])


def test_a_grids_column_headings_and_a_declaration_are_no_questions(tmp_path: Path) -> None:
    path = write_form_docx(
        tmp_path / "grid.docx",
        [
            "3.1 Tell us what the money will pay for.",
            [[""]],
            "Spending",
            [
                ["Item", "Cost (£)", "Paid by others (£)", "Spent by the end (£) – final report"],
                ["", "", "", ""],
                ["", "", "", ""],
            ],
            "Declaration",
            "We declare that the answers on this form are true and that the money will be spent "
            "on the project.",
            [["", "Chair", "Treasurer"], ["Signed", "", ""], ["Date", "", ""]],
        ],
    )
    f = Measurer().measure(path, "grid.docx")[1]
    assert [q.text for q in f.questions] == ["3.1 Tell us what the money will pay for."]


def test_a_document_named_inside_an_opening_condition_is_not_asked_for(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "clause.txt",
        "What to send\n\n"
        "- your constitution;\n"
        "- if any item on your budget costs over £300, a quote for it;\n"
        "- if your accounts are more than a year old, a recent bank statement.\n",
    )
    assert kinds(f) == (["governing_document"], ["bank_statement", "quotes"])


def test_accounts_waived_for_a_bank_statement_accept_bank_statements(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "waived.txt",
        "Please send:\n\n"
        "- your last bank statement - we don't need accounts, a statement is plenty;\n"
        "- a photo of the hall you want to hire.\n",
    )
    assert f.accounts is not None and f.accounts.value == "bank_statements"
    g = measure(tmp_path, "none.txt", "You do not need to send accounts or bank statements.\n")
    assert g.accounts is not None and g.accounts.value == "none"


def test_accounts_checked_by_an_independent_person_are_independently_examined(
    tmp_path: Path,
) -> None:
    f = measure(
        tmp_path,
        "checked.txt",
        "YOU MUST ENCLOSE\n\n"
        "1. Last year's accounts, checked by an independent person (not a committee member).\n"
        "2. Your rules.\n",
    )
    assert f.accounts is not None and f.accounts.value == "independent_examination"
    g = measure(
        tmp_path,
        "scored.txt",
        "Every application is checked by an independent person. Send your latest accounts.\n",
    )
    assert g.accounts is not None and g.accounts.value == "unaudited"


def test_a_line_indented_under_a_bullet_on_a_form_page_continues_its_item(
    tmp_path: Path,
) -> None:
    lines: list[str | PdfField] = [
        "Dogfennau / Documents",
        "Anfonwch y rhain / Send these with your application:",
        "- Copi o'ch cyfansoddiad",
        "  A copy of your constitution",
        "- Cyfriflen banc ddiweddar",
        "  A recent bank statement",
        "- Os ydych yn llogi offer: dau ddyfynbris",
        "  If you are hiring equipment: two quotes",
        PdfField("Sig", "Llofnod / Signature"),
    ]
    data = fillable_pdf_bytes([lines])
    # the second line of each item starts further right, under the item's words
    data = re.sub(rb"56 (\d+) Td \(  ", rb"70 \1 Td (  ", data)
    path = tmp_path / "dwyieithog.pdf"
    path.write_bytes(data)
    f = Measurer().measure(path, path.name)[1]
    assert kinds(f) == (["bank_statement", "governing_document"], ["quotes"])


def test_who_sends_lines_inside_a_nested_list_head_its_items(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "nested.md",
        "## Documents to send\n\n"
        "- **Everyone**\n"
        "  - your constitution;\n"
        "  - your latest accounts.\n"
        "- **Some groups only**\n"
        "  - Clubs with more than 50 members only:\n"
        "    - your data protection policy.\n"
        "  - If you run trips:\n"
        "    - a risk assessment.\n",
    )
    assert kinds(f) == (["accounts", "governing_document"], ["other", "policy"])


def test_limits_in_a_table_of_references_apply_to_the_questions_below(tmp_path: Path) -> None:
    path = write_form_docx(
        tmp_path / "tender.docx",
        [
            "Part 2: Quality",
            [
                ["No.", "Area", "Marks", "Length"],
                ["Q1", "Approach", "30%", "No more than one side of A4"],
                ["Q2", "Staffing", "20%", "400 words"],
            ],
            "Answer each question in the box under it.",
            "Q1  Approach",
            "Describe how you would run the service.",
            [[""]],
            "Q2  Explain who will do the work.",
            [[""]],
        ],
    )
    f = Measurer().measure(path, "tender.docx")[1]
    assert questions(f) == [500, 400]


def test_documents_that_must_accompany_the_form_are_a_checklist(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "accompany.txt",
        "THESE ITEMS MUST ACCOMPANY YOUR FORM:\n\n"
        "(a) Your constitution.\n"
        "(b) Where you are repairing a building, three written estimates.\n",
    )
    assert kinds(f) == (["governing_document"], ["quotes"])


def test_an_item_saying_who_need_not_have_an_audit_still_asks_for_accounts(
    tmp_path: Path,
) -> None:
    f = measure(
        tmp_path,
        "audit.txt",
        "SUPPORTING DOCUMENTS\n\n"
        "1. Your constitution.\n"
        "2. Audited accounts or, if your club is not required to have an audit, accounts signed "
        "by two members.\n",
    )
    assert kinds(f) == (["accounts", "governing_document"], [])
