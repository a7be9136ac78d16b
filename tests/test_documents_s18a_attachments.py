"""Attachments (acc18a, session 18): general causes of a document every applicant sends that the
reader lost or limited, found on small documents of the test's own in several wordings and
formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_pdf
from form_documents import PdfField, write_fillable_pdf
from test_documents_s16a_attachments import kinds, written

# -- a PDF checklist's item wrapped at the margin goes on in lower case on the next line: it is
# -- the item's (its note, an alternative's condition), not prose that ends the list -----------

WRAPPED_PDF = [
    [
        "Part 4: Documents to send",
        "Please send these with your form and tick each one.",
        "[ ] Governing document (constitution, rules or articles)",
        "[ ] Accounts for your last financial year, independently examined (groups with an income",
        "under £25,000 may send accounts signed by their treasurer instead)",
        "[ ] Your safeguarding policy",
    ],
    [
        "SECTION E - ENCLOSURES",
        "Please enclose the following and tick the box.",
        "[ ] Your latest annual accounts. If your group is less than a year old, a statement of"
        " income",
        "and expenditure signed by two committee members. Accounts need not be audited.",
        "[ ] Public liability insurance certificate (minimum cover £5 million)",
        "[ ] A copy of your equal opportunities policy",
    ],
    [
        "What to send with this form",
        "Please include all of these documents:",
        "[ ] A copy of your constitution or set of rules, signed and dated by the chair and by one",
        "other member of your committee, or by two trustees if you are a charity",
        "[ ] Your most recent bank statement",
        "[ ] Two written quotes for the equipment you want to buy",
    ],
]
WRAPPED_KINDS = [
    ["accounts", "governing_document", "policy"],
    ["accounts", "insurance_certificate", "policy"],
    ["bank_statement", "governing_document", "quotes"],
]


@pytest.mark.parametrize("case", range(3))
def test_text_pdf_tick_item_wrapped_at_the_margin(tmp_path: Path, case: int) -> None:
    path = write_pdf(tmp_path / "form.pdf", [WRAPPED_PDF[case]])
    assert kinds(path) == (WRAPPED_KINDS[case], [])


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_text_file_tick_item_wrapped_at_the_margin(tmp_path: Path, suffix: str) -> None:
    # (the plain-text reader joined these before: the same reading in every format)
    path = tmp_path / f"form{suffix}"
    path.write_text("\n".join(WRAPPED_PDF[0]) + "\n", encoding="utf-8")
    assert kinds(path) == (WRAPPED_KINDS[0], [])


def test_text_pdf_tick_item_with_a_capital_next_line_is_not_joined(tmp_path: Path) -> None:
    # near miss: a finished item, then a new sentence: the sentence is not the item's note
    lines = [
        "Documents to send",
        "Please send these with your form:",
        "[ ] Your latest annual accounts, signed by your treasurer or by the chair of your group",
        "If you employ staff, also send your employer's liability insurance certificate.",
    ]
    path = write_pdf(tmp_path / "form.pdf", [lines])
    assert kinds(path) == (["accounts"], ["insurance_certificate"])


def test_text_pdf_yes_no_row_then_lower_case_line_is_not_an_item(tmp_path: Path) -> None:
    # near miss: two boxes on a line are a choice; the "if yes" line after it asks of some
    lines = [
        "Documents to send",
        "Please send a copy of your constitution with this form.",
        "Will you be buying equipment that costs more than £500?  [ ] Yes  [ ] No",
        "if yes, please send a written quote for each item with this form",
    ]
    path = write_pdf(tmp_path / "form.pdf", [lines])
    assert kinds(path) == (["governing_document"], ["quotes"])


def _box(n: int, label: str) -> PdfField:
    return PdfField(f"Document {n}", label, before_words=True)


# -- a fillable form's check box printed left of its item's words is the item's box: a note of
# -- several sentences (and a line wrapped from it) stays the item's, the list goes on --------


def test_fillable_pdf_boxes_left_of_items_with_a_long_note(tmp_path: Path) -> None:
    page: list[str | PdfField] = [
        "Section 4: Documents to send with this form",
        "Please tick each document you are sending.",
        _box(1, "Your constitution"),
        "Your constitution or other governing document",
        _box(2, "Your latest annual accounts"),
        "Your latest annual accounts. If your group is less than 12 months old, a statement of",
        "income and expenditure signed by two committee members. They need not be audited.",
        _box(3, "Your safeguarding policy"),
        "Your safeguarding policy (covering adults at risk, and children if they take part)",
        _box(4, "A letter of support from each partner"),
        "A letter of support from each partner, if you are working in partnership",
    ]
    path = write_fillable_pdf(tmp_path / "form.pdf", [page])
    assert kinds(path) == (
        ["accounts", "governing_document", "policy"],
        ["letters_of_support"],
    )


def test_fillable_pdf_box_left_of_an_item_of_three_sentences(tmp_path: Path) -> None:
    page: list[str | PdfField] = [
        "D. What to enclose",
        "Tick the box for each document you enclose.",
        _box(1, "A copy of your group's rules"),
        "A copy of your group's rules. They must be signed. Unsigned copies cannot be accepted.",
        _box(2, "Your most recent bank statement"),
        "Your most recent bank statement",
    ]
    path = write_fillable_pdf(tmp_path / "form.pdf", [page])
    assert kinds(path) == (["bank_statement", "governing_document"], [])


def test_fillable_pdf_prose_after_the_last_box_is_not_an_item(tmp_path: Path) -> None:
    # near miss: a box printed under its words (a Word form's) is the line before's: the long
    # paragraph after it is prose, and what it says about insurance is no item
    page: list[str | PdfField] = [
        "Part D - Checklist",
        "Please tick to show what you have sent with this form.",
        "Your latest annual accounts",
        PdfField("Document 1", "Your latest annual accounts", kind="/Btn"),
        "Insurance: if your project includes public events your group will need public liability"
        " cover of at least £2m. You don't need to send the certificate now. We will ask to see"
        " it before we pay the grant.",
    ]
    path = write_fillable_pdf(tmp_path / "form.pdf", [page])
    assert kinds(path) == (["accounts"], [])


# -- prose leads a list in only where the words pointing ahead are in the sentence that asks:
# -- "... we will not read beyond them. Email your form and the documents listed in Section 6"
# -- leads in nothing, and the eligibility list after it asks for no document (a policy held)

POINTER_ELSEWHERE = [
    "Please keep to the word limits: we will not read beyond them. Email your completed form"
    " and the documents listed in Section 6 to grants@example.gov.uk by 26 February.",
    "Answer every question; forms sent without them will be returned. Post the form with the"
    " supporting documents named in Part D.",
    "Read these notes before you start and keep them to hand. Send your form and the"
    " documents asked for at the end of this form by 5pm on 30 June.",
]


def _eligibility_then_checklist(lead: str) -> list[str]:
    return [
        lead,
        "Before you start",
        "- You must be a constituted group with a safeguarding policy and a bank account.",
        "- Your project must take place in the county and finish by March 2028.",
        "Section 6: Documents",
        "Please send these documents with your application:",
        "- A copy of your constitution or set of rules, signed and dated",
        "- Your most recent annual accounts",
    ]


@pytest.mark.parametrize(
    ("suffix", "case"), [(".docx", 0), (".md", 1), (".html", 2), (".txt", 0), (".pdf", 1)]
)
def test_pointer_in_another_sentence_leads_in_nothing(
    tmp_path: Path, suffix: str, case: int
) -> None:
    lines = _eligibility_then_checklist(POINTER_ELSEWHERE[case])
    path = written(tmp_path, suffix, lines)
    assert kinds(path) == (["accounts", "governing_document"], [])


@pytest.mark.parametrize(
    ("suffix", "lead"),
    [
        # near misses: the sentence that asks points ahead itself, after a sentence of notes
        (".docx", "Keep to the word limits. Please send the following with your form:"),
        (".md", "We cannot accept late forms. With your form, send us these documents:"),
        (".html", "Read the notes first. Then upload the documents below with your form."),
    ],
)
def test_pointer_in_the_asking_sentence_still_leads_in(
    tmp_path: Path, suffix: str, lead: str
) -> None:
    lines = [
        "Community Grants 2027",
        lead,
        "- A copy of your constitution",
        "- A recent bank statement",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["bank_statement", "governing_document"], [])


# -- "instead" of a document the funder asks nobody for offers the next one to every applicant:
# -- "We do not need to see your accounts. Instead, please send a bank statement" --------------

INSTEAD_OF_NONE = [
    "We do not need to see your accounts. Instead, please send a copy of your most recent bank"
    " statement with this form.",
    "You do not have to send accounts. Instead, send us your last three months' bank statements.",
    "The council does not ask for accounts; instead please upload a recent bank statement"
    " showing your group's name.",
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(3))
def test_instead_of_a_document_nobody_sends_is_everyones(
    tmp_path: Path, suffix: str, case: int
) -> None:
    lines = ["Small Grants 2027", INSTEAD_OF_NONE[case]]
    assert kinds(written(tmp_path, suffix, lines)) == (["bank_statement"], [])


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
@pytest.mark.parametrize(
    "text",
    [
        # near misses: the refusal is some applicants', or what follows "instead" is
        "New groups do not need to send accounts. Instead, they can send a recent bank statement.",
        "We do not need to see accounts from small groups. Instead, please send a recent bank"
        " statement.",
    ],
)
def test_instead_after_some_excused_is_still_some(tmp_path: Path, suffix: str, text: str) -> None:
    assert kinds(written(tmp_path, suffix, ["Small Grants 2027", text])) == ([], ["bank_statement"])


# -- "send" right before the document asks for it ("send three quotes", "send a reference"), and
# -- "If you want to buy ..." is a condition, not an offer (trial18 D5) ------------------------

SENT = [
    ("First-time applicants only: send a reference from a local councillor.", [], ["references"]),
    ("If your project involves building work, send three quotes.", [], ["quotes"]),
    (
        "Send two letters of support from local groups that know your work.",
        ["letters_of_support"],
        [],
    ),
    (
        "If you want to buy equipment costing more than £500, send us a quote for each item.",
        [],
        ["quotes"],
    ),
    (
        "If you would like to run sessions for children, please send your safeguarding policy.",
        [],
        ["policy"],
    ),
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(len(SENT)))
def test_send_before_a_document_asks_for_it(tmp_path: Path, suffix: str, case: int) -> None:
    text, required, conditional = SENT[case]
    assert kinds(written(tmp_path, suffix, ["Small Grants 2027", text])) == (required, conditional)


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
@pytest.mark.parametrize(
    "text",
    [
        # near misses: a message sent, the funder's letter, an offer to send if you wish
        "Send an email to grants@example.gov.uk if you have any questions about your budget.",
        "We will send a letter to tell you our decision within eight weeks.",
        "If you would like to send photographs of past events, please do.",
        "If you want to include letters of support, you can.",
    ],
)
def test_send_near_misses_ask_for_nothing(tmp_path: Path, suffix: str, text: str) -> None:
    assert kinds(written(tmp_path, suffix, ["Small Grants 2027", text])) == ([], [])


# -- a line set exactly under a list item's words goes on with it, however short (Easy Read) ---

EASY_READ = """Things to send

You MUST send:

  *  your group's rules.
     These are sometimes called
     a CONSTITUTION.

  *  a bank statement
     from the last 3 months.

Only send these things
if they are right for your group:

  *  If your group works with children,
     or with adults who may be at risk,
     send your SAFEGUARDING POLICY.

  *  If you want to buy something
     that costs more than 100 pounds,
     send a QUOTE.
"""


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_easy_read_item_broken_by_phrase(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"form{suffix}"
    path.write_text(EASY_READ, encoding="utf-8")
    assert kinds(path) == (["bank_statement", "governing_document"], ["policy", "quotes"])
