"""Attachments (acc17a, session 17): each general cause of a document every applicant sends
that the reader lost or limited, found on small documents of the test's own in several
wordings and formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

# -- a plain-text tick list: a line opening with its box is the list's item, however many ----
# -- sentences its note runs to (the list goes on after it) -----------------------------------

TICK_LISTS = [
    [
        "SECTION 4: DOCUMENTS TO SEND WITH YOUR FORM",
        "Please email these documents with your application. Put an X in the box for each one.",
        "[ ] A copy of your constitution or set of rules",
        "[ ] Your latest accounts. These should be independently examined. If your income is"
        " under £10,000, you can send a statement signed by your treasurer instead.",
        "[ ] Your safeguarding policy",
        "[ ] Photographs of the site as it is now",
    ],
    [
        "PART C  ENCLOSURES",
        "Tick each document you are enclosing:",
        "☐ Your group's rules, signed by the chair",
        "☐ Your most recent annual accounts. They do not need to be audited. Accounts signed by"
        " two committee members are fine.",
        "☐ A site plan showing where the work will be done",
        "☐ Your equal opportunities policy",
    ],
    [
        "What to send with this form",
        "Please include the following. Mark each box when you have included it.",
        "[ ] Your governing document. It must be signed and dated. Unsigned copies cannot be"
        " accepted.",
        "[ ] Your latest annual accounts",
        "[ ] Written permission from the landowner",
    ],
]
TICK_KINDS = [
    ["accounts", "governing_document", "other", "policy"],
    ["accounts", "governing_document", "other", "policy"],
    ["accounts", "governing_document", "other"],
]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("case", range(3))
def test_tick_list_item_with_a_long_note(tmp_path: Path, suffix: str, case: int) -> None:
    required, _ = kinds(written(tmp_path, suffix, TICK_LISTS[case]))
    assert required == TICK_KINDS[case]


def test_yes_no_boxes_are_not_a_tick_list_item(tmp_path: Path) -> None:
    # two boxes on one line are a choice, not a list's item: the prose after it asks nothing
    lines = [
        "Documents",
        "Please send us your constitution.",
        "Have you had a grant from us before?",
        "[ ] Yes   [ ] No",
        "If yes, tell us when. We will look at how the last grant was spent. Photographs of the"
        " last event are welcome.",
    ]
    assert kinds(written(tmp_path, ".txt", lines)) == (["governing_document"], [])


def test_declaration_tick_is_not_a_document(tmp_path: Path) -> None:
    lines = [
        "DOCUMENTS TO SEND",
        "Please send the following:",
        "[ ] A copy of your constitution",
        "DECLARATION",
        "[ ] I confirm that our group has a safeguarding policy. I confirm that the information"
        " in this form is correct. I understand that the grant must be repaid if misused.",
    ]
    assert kinds(written(tmp_path, ".txt", lines)) == (["governing_document"], [])


# -- two insurance certificates, each naming its own cover, are two documents, each with its --
# -- own condition (not one document whose condition spreads to both) -------------------------

TWO_COVERS = [
    "Please upload a copy of your current public liability insurance certificate, and a copy of"
    " your employer's liability insurance certificate if you employ staff.",
    "Please send your public liability insurance certificate and, if you have paid staff, your"
    " employer's liability insurance certificate.",
    "Please attach your employer's liability insurance certificate (only if you employ staff)"
    " and your public liability insurance certificate.",
]


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize("case", range(3))
def test_two_covers_each_its_own_condition(tmp_path: Path, suffix: str, case: int) -> None:
    lines = ["Documents", TWO_COVERS[case], "Please also send your constitution."]
    path = written(tmp_path, suffix, lines)
    assert kinds(path) == (
        ["governing_document", "insurance_certificate"],
        ["insurance_certificate"],
    )


def test_one_certificate_naming_its_cover_after_it(tmp_path: Path) -> None:
    # near misses: one certificate, its cover named after it, keeps its condition; a line of
    # covers after one name is every cover's certificate, sent by all
    lines = [
        "Documents",
        "Please send your insurance certificate if you employ staff, showing employer's liability"
        " cover of £5 million.",
    ]
    assert kinds(written(tmp_path, ".txt", lines)) == ([], ["insurance_certificate"])
    lines = [
        "Documents to send",
        "Please send: Insurance certificates: employer's liability £5m, public liability £10m.",
    ]
    assert kinds(written(tmp_path, ".txt", lines)) == (
        ["insurance_certificate", "insurance_certificate"],
        [],
    )


# -- a list's items ending ";" are each their own: the next item's condition is not a --------
# -- description of the one before ------------------------------------------------------------

SEMICOLON_LISTS = [
    [
        "your governing document;",
        "your public liability insurance certificate;",
        "a copy of your employer's liability insurance certificate, if you employ staff;",
        "your safeguarding policy.",
    ],
    [
        "your most recent annual accounts;",
        "a budget for the project;",
        "a budget for each later year, only if you are asking for more than one year's funding;",
        "your equality policy.",
    ],
]
SEMICOLON_KINDS = [
    (["governing_document", "insurance_certificate", "policy"], ["insurance_certificate"]),
    (["accounts", "budget", "policy"], []),
]


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".txt"])
@pytest.mark.parametrize("case", range(2))
def test_items_ending_in_semicolons_are_each_their_own(
    tmp_path: Path, suffix: str, case: int
) -> None:
    lines = ["What you need to send", "You will need to upload the following documents:"]
    for n, item in enumerate(SEMICOLON_LISTS[case], start=1):
        # a bullet or number drawn on a line of its own, as a PDF's text gives it
        lines += [f"{n}." if suffix == ".pdf" else "•", item]
    assert kinds(written(tmp_path, suffix, lines)) == SEMICOLON_KINDS[case]


def test_a_short_item_and_its_description(tmp_path: Path) -> None:
    # near miss: a short item with no end mark, then a line limiting it, is one document
    lines = [
        "Documents to send",
        "Please send:",
        "Quotes",
        "One written quote for every item over £500.",
        "Your constitution",
    ]
    assert kinds(written(tmp_path, ".docx", lines)) == (["governing_document"], ["quotes"])


# -- a condition opening the clause after a document's name ("and, if ...", "; if ...") -------
# -- leads the document after it, not the one before -------------------------------------------

AND_IF = [
    "Please send your latest accounts and, if you employ staff, your employer's liability"
    " insurance certificate.",
    "Please send your latest accounts; if you work with children, your safeguarding policy.",
    "Please send your latest accounts, and where you will buy equipment, a quote for it.",
]
AND_IF_KINDS = [
    (["accounts"], ["insurance_certificate"]),
    (["accounts"], ["policy"]),
    (["accounts"], ["quotes"]),
]


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
@pytest.mark.parametrize("case", range(3))
def test_a_condition_after_and_leads_the_next(tmp_path: Path, suffix: str, case: int) -> None:
    assert kinds(written(tmp_path, suffix, ["Documents", AND_IF[case]])) == AND_IF_KINDS[case]


def test_a_condition_before_the_last_document_is_its_own(tmp_path: Path) -> None:
    # near misses: a condition opening the sentence is every document's; one after the last
    # document and a comma is the last one's
    # (the rota, which no kind names, is sent too: what "send" takes is a document, session 24)
    lines = ["Documents", "If you employ staff, please send your accounts and your rota."]
    assert kinds(written(tmp_path, ".md", lines)) == ([], ["accounts", "other"])
    lines = ["Documents", "Please send your constitution and your accounts, if you have them."]
    assert kinds(written(tmp_path, ".md", lines)) == (["governing_document"], ["accounts"])


# -- who writes a document ("from two groups that have used your services") is not who sends it


FROM_WHO = [
    "- letters of support from at least two local groups that have used your services;",
    "- two references from organisations that have funded your work in the last three years;",
    "- a letter from a partner organisation which knows your work;",
]
FROM_WHO_KINDS = ["letters_of_support", "references", "letters_of_support"]


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(3))
def test_who_writes_a_document(tmp_path: Path, suffix: str, case: int) -> None:
    lines = ["Documents to send", "Please send:", "- your constitution;", FROM_WHO[case]]
    required, conditional = kinds(written(tmp_path, suffix, lines))
    assert (required, conditional) == (sorted(["governing_document", FROM_WHO_KINDS[case]]), [])


def test_a_limit_on_who_sends_stays(tmp_path: Path) -> None:
    # near misses: "for groups that ..." and "(organisations that employ staff only)" name who
    # sends the document
    lines = [
        "Documents to send",
        "Please send:",
        "- your constitution;",
        "- a safeguarding policy, for groups that work with children;",
        "- your employer's liability insurance certificate (organisations that employ staff).",
    ]
    assert kinds(written(tmp_path, ".md", lines)) == (
        ["governing_document"],
        ["insurance_certificate", "policy"],
    )


# -- how the documents are sent ("in one email if you can") is no condition on who sends them --

MANNER_LEADS = [
    "Please send all of the following by the deadline, in one email if you can:",
    "Send these documents with your form, as PDF files where possible:",
    "Upload the following, in a single file if possible:",
]


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
@pytest.mark.parametrize("case", range(3))
def test_how_documents_are_sent(tmp_path: Path, suffix: str, case: int) -> None:
    lines = [
        "What you must send",
        MANNER_LEADS[case],
        "- your safeguarding policy;",
        "- your latest annual accounts;",
        "- a copy of your public liability insurance certificate, showing cover of at least"
        " £5 million for any one claim.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["accounts", "insurance_certificate", "policy"],
        [],
    )


def test_a_lead_in_naming_who_sends(tmp_path: Path) -> None:
    # near misses: a lead-in that names who sends the list, or leaves it to the applicant
    for lead in ("If you employ staff, please also send:", "If you can, please also send:"):
        lines = ["What to send", lead, "- your lone working policy;", "- your staff handbook."]
        required, conditional = kinds(written(tmp_path, ".md", lines))
        assert required == [] and "policy" in conditional, lead
    lines = ["What to send", "Please send job descriptions for any posts the grant pays for."]
    assert kinds(written(tmp_path, ".md", lines)) == ([], ["other"])


# -- a bracket saying how many of a document ("(three quotes if the work costs more than ...)") --
# -- and a note on what it must have been ("which must have been examined") limit nobody -------

HOW_MANY_ITEMS = [
    "- two written quotes for the work (three quotes if the work will cost more than £10,000);",
    "- one quote for each item (two quotes where an item costs over £1,000);",
    "- two references (three written references if you have not had a grant from us before);",
]
MUST_HAVE_BEEN = [
    "- your latest annual accounts, which must have been independently examined;",
    "- your accounts for last year, which should have been signed by two trustees;",
    "- your most recent accounts (these must have been approved at your AGM);",
]


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
@pytest.mark.parametrize("case", range(3))
def test_how_many_and_what_it_must_have_been(tmp_path: Path, suffix: str, case: int) -> None:
    lines = [
        "Documents to send",
        "Please send:",
        "- your constitution;",
        HOW_MANY_ITEMS[case],
        MUST_HAVE_BEEN[case],
    ]
    required, conditional = kinds(written(tmp_path, suffix, lines))
    assert (len(required), conditional) == (3, []), required
    assert "accounts" in required and "governing_document" in required


def test_who_sends_and_what_to_hold(tmp_path: Path) -> None:
    # near misses: a bracket naming who sends the quotes, and a policy to hold, not to send
    lines = [
        "Documents to send",
        "Please send:",
        "- your constitution;",
        "- quotes (for items over £500);",
        "- your group must have a health and safety policy.",
    ]
    assert kinds(written(tmp_path, ".md", lines)) == (["governing_document"], ["quotes"])


# -- a note on the cover a certificate must show ("Events with fireworks need cover of at least --
# -- £10 million") says which cover, not who sends the certificate ------------------------------

COVER_NOTES = [
    "- Your public liability insurance certificate, with cover of at least £5 million. Events"
    " with fairground rides or fireworks need cover of at least £10 million.",
    "- Your public liability insurance certificate. If your event has inflatables, your cover"
    " must be at least £10m.",
    "- A copy of your insurance certificate. Where you run sports sessions, the cover you need"
    " is £5 million.",
]


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
@pytest.mark.parametrize("case", range(3))
def test_a_note_on_the_cover(tmp_path: Path, suffix: str, case: int) -> None:
    lines = ["Documents to send", "Please send:", "- your constitution;", COVER_NOTES[case]]
    path = written(tmp_path, suffix, lines)
    assert kinds(path) == (["governing_document", "insurance_certificate"], [])


def test_a_note_on_who_sends_the_certificate(tmp_path: Path) -> None:
    # near misses: a note naming who sends it, with or without a sum
    for note in (
        "Only if you employ staff.",
        "Only groups with events over £1,000 send it.",
        "Clubs whose cover of £5 million comes through their national body do not need to send it.",
        "Groups covered by their national body for £5m need not send it.",
    ):
        lines = [
            "Documents to send",
            "Please send:",
            "- your constitution;",
            f"- your employer's liability insurance certificate. {note}",
        ]
        assert kinds(written(tmp_path, ".md", lines)) == (
            ["governing_document"],
            ["insurance_certificate"],
        ), note
