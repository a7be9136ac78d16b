"""Attachments (acc20a, session 20): general causes of a document every applicant sends that the
reader lost or made conditional, found on small documents of the test's own in several wordings
and formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import Attachment
from grantcheck.documents.total import distinct
from test_documents_s16a_attachments import kinds, written


def distinct_of(path: Path) -> tuple[list[Attachment], list[Attachment]]:
    """The documents every applicant sends, and those some send, counted once each."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return list(required), list(conditional)


# -- a certificate its own words name as something other than insurance ("your affiliation
# -- certificate", "an Energy Performance Certificate") is a document (other), not cover --------

CERTIFICATES = [
    (
        ".txt",
        [
            "WHAT TO SEND",
            "Please send all of the following:",
            "- a copy of your constitution;",
            "- your club's affiliation certificate from the national governing body;",
            "- your latest annual accounts.",
        ],
    ),
    (
        ".pdf",
        [
            "Documents checklist",
            "Every applicant must send:",
            "1. Your latest accounts",
            "2. An Energy Performance Certificate for the building",
            "3. Your safeguarding policy",
        ],
    ),
    (
        ".html",
        [
            "Supporting documents",
            "You must upload:",
            "- your governing document",
            "- evidence of your registration (for example your registration certificate)",
        ],
    ),
    (
        ".md",
        [
            "## What to include",
            "Please include these with your form:",
            "- your most recent bank statement",
            "- the gas safety certificate for the hall",
        ],
    ),
]
CERTIFICATE_KINDS = [
    ["accounts", "governing_document", "other"],
    ["accounts", "other", "policy"],
    ["governing_document", "other"],
    ["bank_statement", "other"],
]


@pytest.mark.parametrize("case", range(len(CERTIFICATES)))
def test_certificate_of_something_else_is_a_document(tmp_path: Path, case: int) -> None:
    suffix, lines = CERTIFICATES[case]
    assert kinds(written(tmp_path, suffix, lines)) == (CERTIFICATE_KINDS[case], [])


def test_certificate_row_of_a_word_checklist(tmp_path: Path) -> None:
    table = [
        ["Document", "Enclosed (tick)"],
        ["Club constitution, signed and dated", ""],
        ["Evidence of membership of your league (for example your membership certificate)", ""],
        ["Latest annual accounts", ""],
    ]
    path = write_docx(tmp_path / "form.docx", ["Section 5: Checklist"], table)
    assert kinds(path) == (["accounts", "governing_document", "other"], [])


# near misses: a certificate the words make insurance's stays insurance (and one document)
INSURANCE_CERTIFICATES = [
    [
        "What to send",
        "Every applicant must send:",
        "- your public liability certificate showing cover of at least £5 million;",
        "- your latest accounts.",
    ],
    [
        "What to send",
        "You must hold public liability insurance of at least £5 million.",
        "Please send a copy of your current certificate with your form.",
        "Please also send your latest accounts.",
    ],
]


@pytest.mark.parametrize("case", range(len(INSURANCE_CERTIFICATES)))
def test_insurance_certificate_stays_insurance(tmp_path: Path, case: int) -> None:
    path = written(tmp_path, ".txt", INSURANCE_CERTIFICATES[case])
    assert kinds(path) == (["accounts", "insurance_certificate"], [])


def test_certificate_numbers_and_course_titles_are_no_document(tmp_path: Path) -> None:
    # near misses: a certificate's number given of a check, a course leading to a certificate
    lines = [
        "What to send",
        "Every applicant must send:",
        "- your latest accounts;",
        "- a list of the DBS checks held for your staff (dates only, no certificate numbers).",
        "We can send one volunteer on the Institute of Fundraising's Certificate course.",
    ]
    assert kinds(written(tmp_path, ".txt", lines)) == (["accounts", "dbs_check"], [])


# -- a letter asked for "or an email" the same ("a letter or email of support", "an email or
# -- letter from the landowner"): the vocabulary's letter, whichever word comes first ----------

LETTERS = [
    (
        ".pdf",
        [
            "Every applicant must send:",
            "- your latest accounts;",
            "- a letter or email of support from the venue you will use.",
        ],
        (["accounts", "letters_of_support"], []),
    ),
    (
        ".txt",
        [
            "Please send the following with your form:",
            "- a copy of your constitution",
            "- an email or letter of support from a local councillor",
        ],
        (["governing_document", "letters_of_support"], []),
    ),
    (
        ".html",
        [
            "What to upload",
            "- your safeguarding policy",
            "- letters or emails of support from two partners",
        ],
        (["letters_of_support", "policy"], []),
    ),
    (
        ".md",
        [
            "## Documents",
            "Please send:",
            "- your latest accounts",
            "- if the land is not yours: a letter or email from the landowner giving permission",
        ],
        (["accounts"], ["other"]),
    ),
]


@pytest.mark.parametrize("case", range(len(LETTERS)))
def test_letter_or_email_is_the_vocabulary_letter(tmp_path: Path, case: int) -> None:
    suffix, lines, expected = LETTERS[case]
    assert kinds(written(tmp_path, suffix, lines)) == expected


def test_email_to_send_to_is_no_letter(tmp_path: Path) -> None:
    # near misses: how to send the form, and where to email
    lines = [
        "What to send",
        "Please send your latest accounts.",
        "You can send your form by email or letter to the address below.",
        "Email your form to grants@example.org.uk, or send a letter to the Grants Team.",
    ]
    assert kinds(written(tmp_path, ".txt", lines)) == (["accounts"], [])


def test_a_certificate_number_is_no_document(tmp_path: Path) -> None:
    # near miss: the number of a certificate of something else, given instead of a document
    lines = [
        "What to send",
        "Every applicant must send:",
        "- your latest accounts;",
        "- your safeguarding policy (if you hold the Quality Mark, give its award certificate "
        "number instead).",
    ]
    required, conditional = kinds(written(tmp_path, ".txt", lines))
    assert "other" not in required + conditional


# near misses: a letter in a bracket saying what form another document takes is that document
LETTER_FORMS = [
    "- written permission from the landowner for the work (a letter or email from the owner);",
    "- the landowner's permission for the planting (an email from the owner will do);",
]


@pytest.mark.parametrize("item", LETTER_FORMS)
def test_letter_in_a_bracket_is_the_form_of_the_document_before(tmp_path: Path, item: str) -> None:
    lines = ["Documents", "Every applicant must send:", "- your latest accounts;", item]
    assert kinds(written(tmp_path, ".txt", lines)) == (["accounts", "other"], [])
    required, _ = distinct_of(written(tmp_path, ".md", lines))
    assert len(required) == 2


# near misses (review20 F2): the insurance's own certificate, described by an ordinary word, with
# insurance named in its item or the sentence before, stays the insurance certificate
OWN_CERTIFICATES = [
    [
        "What to send",
        "You must hold public liability insurance of at least £5 million.",
        "Please send an up-to-date certificate with your form.",
        "Please also send your latest accounts.",
    ],
    [
        "What to send",
        "Every applicant must send:",
        "- your latest accounts;",
        "- your insurance details. Please send the renewal certificate from your broker.",
    ],
    [
        "What to send",
        "Your group must have public liability cover of £5m (insurance).",
        "Attach an electronic certificate or a photograph of it, and your latest accounts.",
    ],
]


@pytest.mark.parametrize("case", range(len(OWN_CERTIFICATES)))
def test_insurance_own_certificate_by_any_adjective(tmp_path: Path, case: int) -> None:
    path = written(tmp_path, ".txt", OWN_CERTIFICATES[case])
    assert "other" not in kinds(path)[0] + kinds(path)[1]


def test_a_label_naming_applicants_by_what_was_done_to_them_limits(tmp_path: Path) -> None:
    lines = [
        "## Supporting documents",
        "Everyone: your latest accounts.",
        "Groups registered with Ofsted: a copy of your registration certificate.",
    ]
    assert kinds(written(tmp_path, ".md", lines)) == (["accounts"], ["other"])


# -- a later stage's documents asked in the sentence that invites the applicant to it ("If we
# -- invite you to stage two, you will need to send ..."): every applicant's who goes on (the
# -- rulebook's Stage 1 rule), not some applicants' -------------------------------------------

STAGES = [
    (
        ".txt",
        [
            "SECTION C - DOCUMENTS",
            "Please send a copy of your latest annual report and accounts with this form.",
            "If you are invited to stage two, you will also need to send a detailed budget for "
            "the work.",
        ],
        (["accounts", "budget"], []),
    ),
    (
        ".pdf",
        [
            "What happens next",
            "If we invite you to stage two you will be sent the full application form, and you "
            "will need to send with it: your latest accounts; a detailed budget for the work; "
            "and, if you work with children, your safeguarding policy.",
        ],
        (["accounts", "budget"], ["policy"]),
    ),
    (
        ".docx",
        [
            "After you apply",
            "If your expression of interest goes forward to the second stage, please send your "
            "constitution and your latest accounts with the full application.",
        ],
        (["accounts", "governing_document"], []),
    ),
    (
        ".md",
        [
            "## Next steps",
            "If you are shortlisted, we will ask you to send a project budget and your most "
            "recent bank statement.",
        ],
        (["bank_statement", "budget"], []),
    ),
]


@pytest.mark.parametrize("case", range(len(STAGES)))
def test_later_stage_documents_in_the_inviting_sentence(tmp_path: Path, case: int) -> None:
    suffix, lines, expected = STAGES[case]
    assert kinds(written(tmp_path, suffix, lines)) == expected


# near misses: a condition on the applicant in the same sentence is still a condition, and an
# award is no stage
STAGE_NEAR = [
    (
        [
            "What to send",
            "Please send your latest accounts.",
            "If you are invited to stage two and you are buying equipment, send two quotes.",
        ],
        (["accounts"], ["quotes"]),
    ),
    (
        [
            "What to send",
            "Please send your latest accounts.",
            "If you employ staff, send your employer's liability insurance certificate.",
        ],
        (["accounts"], ["insurance_certificate"]),
    ),
]


@pytest.mark.parametrize("case", range(len(STAGE_NEAR)))
def test_a_condition_beside_a_stage_still_limits(tmp_path: Path, case: int) -> None:
    lines, expected = STAGE_NEAR[case]
    assert kinds(written(tmp_path, ".txt", lines)) == expected


# -- an "if" inside what the document holds ("including what will happen if the share offer
# -- raises less", "(dated, if your camera can do it)") says what it shows, not who sends it ----

CONTENT_IFS = [
    (
        ".pdf",
        "your business plan, including what will happen if the share offer raises less than "
        "its target;",
        "business_plan",
    ),
    (".txt", "a risk assessment, showing what you will do if the weather is bad;", "other"),
    (".docx", "a cash flow forecast, setting out how you would manage if sales fall;", "budget"),
    (".md", "an event plan (what happens if it rains, and who is in charge);", "project_plan"),
    (".txt", "photographs of the damage (dated, if your phone or camera can do it);", "other"),
]


@pytest.mark.parametrize("case", range(len(CONTENT_IFS)))
def test_if_inside_what_the_document_holds_limits_nothing(tmp_path: Path, case: int) -> None:
    suffix, item, kind = CONTENT_IFS[case]
    lines = ["Documents", "Every applicant must send:", "- your latest accounts;", f"- {item}"]
    assert kinds(written(tmp_path, suffix, lines)) == (sorted(["accounts", kind]), [])


# near misses: a condition on the applicant after the document's own words still limits it
CONTENT_NEAR = [
    "- your business plan, if you have one;",
    "- a risk assessment, if you will work outdoors;",
    "- a copy of your lease (if you rent the building, showing how long it has to run).",
]


@pytest.mark.parametrize("item", CONTENT_NEAR)
def test_a_condition_after_the_document_still_limits(tmp_path: Path, item: str) -> None:
    lines = ["Documents", "Every applicant must send:", "- your latest accounts;", item]
    assert kinds(written(tmp_path, ".txt", lines))[0] == ["accounts"]


def test_what_happens_if_in_a_list_of_topics_names_no_document(tmp_path: Path) -> None:
    # near miss: a contents list's topic, no document named before the "if"
    lines = [
        "What to send",
        "Every applicant must send your latest accounts.",
        "These notes explain:",
        "- how we make decisions and what happens if you get a grant.",
    ]
    assert kinds(written(tmp_path, ".docx", lines))[0] == ["accounts"]


# -- a bare imperative: "Send annual accounts, ...", "Provide audited accounts." (trial20 D2): the
# -- sending verb opening the sentence, then the documents with no determiner ---------------------

IMPERATIVES = [
    (
        ".md",
        "Send annual accounts, a safeguarding policy and bank statements.",
        (["accounts", "bank_statement", "policy"], []),
    ),
    (".txt", "Provide audited accounts.", (["accounts"], [])),
    (".docx", "Send budget and project plan with this form.", (["budget", "project_plan"], [])),
    (".pdf", "Include bank statements for the last three months.", (["bank_statement"], [])),
    (".html", "Submit safeguarding and equality policies.", (["policy", "policy"], [])),
]


@pytest.mark.parametrize("case", range(len(IMPERATIVES)))
def test_a_bare_imperative_asks_for_what_it_names(tmp_path: Path, case: int) -> None:
    suffix, sentence, expected = IMPERATIVES[case]
    lines = ["Notes", "This fund pays for local projects.", sentence]
    assert kinds(written(tmp_path, suffix, lines)) == expected


# near misses: the verb opening a sentence about something else than a document to send
IMPERATIVE_NEAR = [
    "Send reports on how the grant was spent every quarter after the award.",
    "Provide insurance cover for every volunteer driver.",
    "Include the cost of your insurance in your budget.",
]


@pytest.mark.parametrize("sentence", IMPERATIVE_NEAR)
def test_an_imperative_about_something_else_asks_nothing(tmp_path: Path, sentence: str) -> None:
    lines = ["Notes", "This fund pays for local projects.", sentence]
    assert kinds(written(tmp_path, ".md", lines)) == ([], [])


# -- a listed item's bracketed note saying what must be held ("(you must have a business bank
# -- account before we can pay)") says nothing of the item, which is still asked -----------------

HELD_NOTES = [
    (
        ".txt",
        [
            "SECTION C - DOCUMENTS",
            "Please send the following with this form. Tick each one you have enclosed.",
            "   [ ] Your business plan",
            "   [ ] Your last three months' bank statements (you must have a business bank "
            "account before we can pay the grant)",
        ],
    ),
    (
        ".md",
        [
            "## What to send",
            "Every applicant must send:",
            "- your business plan",
            "- your latest bank statement (you will need to have an account in the group's name)",
        ],
    ),
    (
        ".html",
        [
            "What to upload",
            "- your business plan",
            "- a bank statement from the last three months (your group should hold its own "
            "account)",
        ],
    ),
]


@pytest.mark.parametrize("case", range(len(HELD_NOTES)))
def test_a_held_note_in_an_items_bracket_leaves_it_asked(tmp_path: Path, case: int) -> None:
    suffix, lines = HELD_NOTES[case]
    assert kinds(written(tmp_path, suffix, lines)) == (["bank_statement", "business_plan"], [])


def test_an_item_saying_what_must_be_held_is_not_sent(tmp_path: Path) -> None:
    # near miss: the item itself says the policy is to be held
    lines = [
        "## What to send",
        "Every applicant must send:",
        "- your business plan",
        "- you must have a health and safety policy (you do not need to send it)",
    ]
    assert kinds(written(tmp_path, ".md", lines)) == (["business_plan"], [])


def test_a_round_chosen_is_no_later_stage(tmp_path: Path) -> None:
    # near miss (review20 F8): a round or strand the applicant chooses limits what it asks for
    lines = [
        "How to apply",
        "We run two rounds: a small grants round (up to £1,000) and a main grants round (up to "
        "£10,000).",
        "Please send your latest accounts.",
        "If you go for the main grants round, you must also send three quotes and a business plan.",
    ]
    assert kinds(written(tmp_path, ".txt", lines)) == (["accounts"], ["business_plan", "quotes"])


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_an_imperative_written_on_the_form_sends_nothing(tmp_path: Path, suffix: str) -> None:
    # near miss (review20 F7): an instruction to write into the form's own table or box
    lines = [
        "Part 4: Costs",
        "Provide a budget in the table below, listing each item and its cost.",
        "Please send your latest accounts with this form.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["accounts"], [])
