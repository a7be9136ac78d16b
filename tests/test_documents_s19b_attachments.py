"""Attachments (acc19b, session 19): each general cause of a document counted too many times, or
of a kind the document does not ask for, found on small documents of the test's own in several
wordings and formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

# -- a numbered section title after a documents list is the next section's, not an item ------

NEXT_SECTION = {
    "pdf, bulleted list, '7. Policies and insurance'": (
        ".pdf",
        [
            "5. How to apply",
            "Apply online by 1 May.",
            "6. Documents you must send",
            "Send these with every application:",
            "- your constitution or set of rules;",
            "- your latest annual accounts;",
            "7. Policies and insurance",
            "You must hold public liability insurance of at least £5 million. We do not need a "
            "copy of the certificate.",
        ],
        ["accounts", "governing_document"],
    ),
    "text, dashes, '5. Budget'": (
        ".txt",
        [
            "3. Who can apply",
            "Any constituted group in the town.",
            "4. What to send with your form",
            "- A copy of your constitution",
            "- A recent bank statement",
            "5. Budget",
            "Please fill in the budget table on the next page.",
        ],
        ["bank_statement", "governing_document"],
    ),
    "Word, lettered items, '4. Timetable'": (
        ".docx",
        [
            "2. Who can apply",
            "Any group.",
            "3. Supporting documents",
            "a) your safeguarding policy",
            "b) your latest accounts",
            "4. Timetable",
            "We will decide within eight weeks of the closing date.",
        ],
        ["accounts", "policy"],
    ),
    "pdf, numbers on lines of their own, '9. Insurance and policies'": (
        ".pdf",
        [
            "7. How to apply",
            "Apply online.",
            "8. Documents to upload",
            "1.",
            "Your governing document",
            "2.",
            "Your latest annual accounts",
            "9. Insurance and policies",
            "All groups must have an equality policy. You do not need to send it.",
        ],
        ["accounts", "governing_document"],
    ),
    "web page, list items, '7. Policies and insurance'": (
        ".html",
        [
            "6. Documents you must send",
            "Send these with every application:",
            "- your constitution or set of rules;",
            "- your latest annual accounts;",
            "7. Policies and insurance",
            "You must hold public liability insurance of at least £5 million. We do not need a "
            "copy of the certificate.",
        ],
        ["accounts", "governing_document"],
    ),
}


@pytest.mark.parametrize("case", NEXT_SECTION)
def test_a_numbered_title_after_a_list_opens_the_next_section(tmp_path: Path, case: str) -> None:
    # fails before: the title is read as the list's item (an insurance certificate, a budget,
    # a project plan every applicant sends)
    suffix, lines, required = NEXT_SECTION[case]
    assert kinds(written(tmp_path, suffix, lines)) == (required, [])


NUMBERED_ITEMS = {
    "a numbered list whose next number is also the next section's": (
        ".pdf",
        [
            "2. Who can apply",
            "Any group.",
            "3. Documents to send",
            "1. Your constitution",
            "2. Your latest annual accounts",
            "3. Your safeguarding policy",
            "4. Your insurance certificate",
            "5. How we decide",
            "A panel meets monthly.",
        ],
        ["accounts", "governing_document", "insurance_certificate", "policy"],
    ),
    "a form numbered straight through, text": (
        ".txt",
        [
            "11. Your bank details",
            "12. Please send these with your form:",
            "13. Your constitution",
            "14. Your latest accounts",
            "15. Your safeguarding policy",
        ],
        ["accounts", "governing_document", "policy"],
    ),
    "a form numbered straight through, pdf": (
        ".pdf",
        [
            "11. Bank details",
            "12. Documents to send with this form",
            "13. A copy of your constitution",
            "14. Your latest accounts",
            "15. Your safeguarding policy",
        ],
        ["accounts", "governing_document", "policy"],
    ),
    # review19 F4: items numbered as the titles are, with no dot ("4 Two written quotes")
    "items numbered with no dot, text": (
        ".txt",
        [
            "2 Who can apply",
            "Groups working in the town.",
            "3 What you must send",
            "Every applicant must send the documents below with the form.",
            "1 Your constitution or set of rules",
            "2 Your most recent annual accounts",
            "3 A bank statement from the last three months",
            "4 Two written quotes",
            "5 Your safeguarding policy",
            "4 How we decide",
            "The panel meets every two months.",
        ],
        ["accounts", "bank_statement", "governing_document", "policy", "quotes"],
    ),
    "items numbered with no dot, pdf": (
        ".pdf",
        [
            "1 About the scheme",
            "Grants of up to £2,000.",
            "2 Documents to include",
            "Please include the following with your application:",
            "1 Your constitution or set of rules",
            "2 Your most recent annual accounts",
            "3 Two written quotes",
            "4 Your safeguarding policy",
            "3 How we decide",
            "The panel meets every two months.",
        ],
        ["accounts", "governing_document", "policy", "quotes"],
    ),
}


@pytest.mark.parametrize("case", NUMBERED_ITEMS)
def test_a_numbered_item_is_still_the_lists(tmp_path: Path, case: str) -> None:
    # near misses: the item's number follows the list's last item, or the list's heading
    suffix, lines, required = NUMBERED_ITEMS[case]
    assert kinds(written(tmp_path, suffix, lines)) == (required, [])


# -- a note helping those who lack the document to get one limits no one -------------------

HEAD = ["Documents to send", "Please send these with your form:", "- Your constitution."]
HELP_NOTES = [
    ("- Your safeguarding policy. If you do not have one yet, ask us for our template.", "policy"),
    (
        "- A risk assessment for your activity. If you have not written one before, we can "
        "send you an example.",
        "other",
    ),
    (
        "- Your equal opportunities policy. If you haven't got one yet, please talk to us.",
        "policy",
    ),
]
FORMATS = [".txt", ".md", ".html", ".docx", ".pdf"]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("note", range(len(HELP_NOTES)))
def test_help_to_get_the_document_limits_no_one(tmp_path: Path, suffix: str, note: int) -> None:
    # fails before: the note's "If you do not have one" made the item some
    # applicants'
    line, kind = HELP_NOTES[note]
    assert kinds(written(tmp_path, suffix, [*HEAD, line])) == (
        sorted(["governing_document", kind]),
        [],
    )


LIMITING_NOTES = [
    ("- Your safeguarding policy. Only if you work with children.", "policy"),
    ("- Your safeguarding policy. If you do not have one, you do not need to send it.", "policy"),
    # review19 F5: a condition other than lacking the document, then whom to ask
    (
        "- Your safeguarding policy. If your activities do not involve children or adults at "
        "risk, contact the Clerk to confirm that you do not need one.",
        "policy",
    ),
    (
        "- A letter from your landlord agreeing to the work. If you do not own the building, "
        "ask your landlord to write this letter and send it with your form.",
        "other",
    ),
    (
        "- A letter from your landlord agreeing to the work. Where you do not own the building "
        "yourselves, ask the owner for this letter.",
        "other",
    ),
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("note", range(len(LIMITING_NOTES)))
def test_a_note_limiting_the_item_still_does(tmp_path: Path, suffix: str, note: int) -> None:
    line, kind = LIMITING_NOTES[note]
    assert kinds(written(tmp_path, suffix, [*HEAD, line])) == (["governing_document"], [kind])


# -- details typed into the form are fields, not documents ----------------------------------

NEED = ["What you will need", "Please have these ready before you start:"]
DETAILS = [
    "- Your organisation's bank account name, sort code and account number",
    "- Your name",
    "- Your group's legal name and registered address",
    "- Your bank details",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("line", DETAILS)
def test_details_to_type_in_are_no_document(tmp_path: Path, suffix: str, line: str) -> None:
    # fails before: the item named no kind and was read as a document of kind other
    lines = [*NEED, "- Your constitution", line, "- Your latest accounts"]
    assert kinds(written(tmp_path, suffix, lines)) == (["accounts", "governing_document"], [])


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize(
    "line",
    [
        "- Proof of your address",
        "- A letter confirming your charity number",
        # review19 F15: a document holding details is a document
        "- A sample menu with the caterer's name and phone number",
        "- Your programme of events with the venue names and addresses",
        "- A list of your trustees with their home addresses",
    ],
)
def test_a_document_showing_a_detail_is_one(tmp_path: Path, suffix: str, line: str) -> None:
    lines = [*NEED, "- Your constitution", line, "- Your latest accounts"]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["accounts", "governing_document", "other"],
        [],
    )
