"""Attachments (acc17b, session 17): each general cause of a document counted too many times or
of a kind the document does not ask for, found on small documents of the test's own in several
wordings and formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx
from test_documents_s16a_attachments import kinds, written

# -- a copy asked for only once the grant is agreed is not sent with the application ----------

AFTER_AWARD_SENTENCES = [
    "We will ask for a copy of your insurance certificate when we send you the grant agreement.",
    "If your grant is approved, please send your insurance certificate before we make the first "
    "payment.",
    "Please send a copy of your insurance certificate once we send you your offer letter.",
    "You must email us your insurance certificate before the first payment is made.",
    "If your grant is agreed, we will need a copy of your insurance certificate.",
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("sentence", range(5))
def test_copy_asked_after_the_award(tmp_path: Path, suffix: str, sentence: int) -> None:
    lines = [
        "Community chest: guidance",
        "What to send with your form",
        "- your constitution or set of rules;",
        "- your latest annual accounts.",
        "Insurance",
        "Groups must hold public liability insurance of at least £5 million. "
        + AFTER_AWARD_SENTENCES[sentence],
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["accounts", "governing_document"], [])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize(
    "sentence",
    [
        # the agreement follows in a sentence of its own, which asks for nothing
        "Please send a copy of your insurance certificate. We will send you the grant agreement "
        "within a month of the decision.",
        # sent now, so that the agreement can follow quickly
        "Please send a copy of your insurance certificate with this form, so that we can send "
        "you the grant agreement quickly.",
    ],
)
def test_copy_asked_now_beside_the_award(tmp_path: Path, suffix: str, sentence: str) -> None:
    lines = [
        "Community chest: guidance",
        "What to send with your form",
        "- your constitution or set of rules;",
        "- your latest annual accounts.",
        "Other documents",
        sentence,
    ]
    found = kinds(written(tmp_path, suffix, lines))
    assert "accounts" in found[0] and "governing_document" in found[0]
    assert len(found[0]) == 3


# -- the document in hand ("this method statement", "a) This questionnaire, completed") is the
# -- response the list is sent with, never one of the documents sent -----------------------------

IN_HAND = [
    ["Please upload these documents on the portal with this method statement:"],
    ["Send the following with this method statement."],
    ["What to return", "a) This questionnaire, with every section completed."],
    ["What to return", "(a) This ITQ, signed and dated;"],
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("variant", range(4))
def test_the_document_in_hand_is_not_sent(tmp_path: Path, suffix: str, variant: int) -> None:
    lines = [
        "Invitation to tender: Lot 2 befriending",
        "Part 3: documents",
        *IN_HAND[variant],
        "- your safeguarding policy;",
        "- a risk assessment for the activities in this lot.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["other", "policy"], [])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize(
    "sentence",
    [
        # the carrier is the form; the method statement is sent with it
        "Please send your method statement with this form.",
        # "this year's": a year, not the document in hand
        "Please send a copy of this year's accounts.",
    ],
)
def test_a_document_sent_beside_this_one(tmp_path: Path, suffix: str, sentence: str) -> None:
    lines = ["Event grants: guidance", "What to send", sentence]
    assert len(kinds(written(tmp_path, suffix, lines))[0]) == 1


# -- a documents table's row names one document: a later cell naming its kind again describes
# -- it ("Your accounts | Only groups running a year. A simple income sheet is fine") --------------


def table_document(tmp_path: Path, suffix: str, rows: list[list[str]]) -> Path:
    """A heading asking for documents, then a 'Document | Notes' table, in Word, HTML or
    Markdown."""
    heading = "Documents to send with your form"
    table = [["Document", "Notes"], *rows]
    path = tmp_path / f"doc{suffix}"
    if suffix == ".docx":
        return write_docx(path, [], table, heading=heading)
    if suffix == ".html":
        cells = "".join(
            "<tr>"
            + "".join(f"<{'th' if i == 0 else 'td'}>{c}</{'th' if i == 0 else 'td'}>" for c in row)
            + "</tr>"
            for i, row in enumerate(table)
        )
        path.write_text(
            f"<html><body><h2>{heading}</h2><table>{cells}</table></body></html>", "utf-8"
        )
        return path
    lines = [f"## {heading}", "", "| " + " | ".join(table[0]) + " |", "| --- | --- |"]
    lines += ["| " + " | ".join(row) + " |" for row in table[1:]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


EVERY_GROUP = [
    ["Your constitution or set of rules", "Every group. A copy signed by your chair."],
    ["A bank statement", "Every group. From the last three months."],
]
DESCRIBED_ROWS = [
    [
        "Your last annual accounts",
        "Only groups that have been running for more than a year. A "
        "simple income and spending sheet is fine; it need not be examined.",
    ],
    [
        "Latest accounts",
        "Groups that have been going for over 12 months only. Accounts signed by "
        "your treasurer are fine.",
    ],
    [
        "Two written quotes",
        "Only if you are buying equipment. Quotes from two different suppliers, each dated.",
    ],
]


@pytest.mark.parametrize("suffix", [".docx", ".html", ".md"])
@pytest.mark.parametrize("variant", range(3))
def test_a_rows_note_naming_its_document_again(tmp_path: Path, suffix: str, variant: int) -> None:
    path = table_document(tmp_path, suffix, [*EVERY_GROUP, DESCRIBED_ROWS[variant]])
    kind = "quotes" if variant == 2 else "accounts"
    assert kinds(path) == (["bank_statement", "governing_document"], [kind])


@pytest.mark.parametrize("suffix", [".docx", ".html", ".md"])
@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # another kind in the note: the new group's alternative, a document of its own
        (
            [
                "Your latest accounts",
                "Every group. If you are less than a year old, send your last three bank "
                "statements instead.",
            ],
            ["accounts", "bank_statement", "governing_document"],
        ),
        # certificates of two covers are two documents, though one kind
        (
            [
                "Public liability insurance certificate",
                "Every group. Also your employer's liability insurance certificate, if you "
                "employ staff.",
            ],
            ["governing_document", "insurance_certificate", "insurance_certificate"],
        ),
    ],
)
def test_a_rows_note_naming_another_document(
    tmp_path: Path, suffix: str, row: list[str], expected: list[str]
) -> None:
    # (whether each is asked of all is another cause's: only that both stay is asked here)
    required, conditional = kinds(table_document(tmp_path, suffix, [EVERY_GROUP[0], row]))
    assert sorted(required + conditional) == expected


# -- a titled item, a line saying who sends it, then a paragraph describing it: one document,
# -- asked of those its 'who' line names ("Budget" / "Who: Only if ..." / "Use our template") ---

TITLED = [
    [
        "Budget",
        "Who: Only if you are asking for more than £5,000.",
        "Use our budget template, which you can download from the portal.",
    ],
    [
        "Quotes",
        "Who: Only if you are buying equipment.",
        "Send two written quotes from different suppliers for each item.",
    ],
    [
        "Risk assessment",
        "Who: Only if your activities take place outdoors.",
        "A risk assessment for the activity, written by you. A page is usually enough.",
    ],
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("variant", range(3))
def test_a_titled_items_who_line_limits_its_description(
    tmp_path: Path, suffix: str, variant: int
) -> None:
    lines = [
        "What to upload",
        "Upload these documents on the last page of the portal.",
        "Governing document",
        "Who: Everyone.",
        "Your constitution or set of rules, signed at a meeting.",
        *TITLED[variant],
    ]
    kind = ["budget", "quotes", "other"][variant]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], [kind])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_a_titled_items_description_naming_another_document(tmp_path: Path, suffix: str) -> None:
    # the description names a second document of another kind: both stay, each as it is asked
    lines = [
        "What to upload",
        "Upload these documents on the last page of the portal.",
        "Budget",
        "Who: Only if you are asking for more than £5,000.",
        "Use our budget template, and send your latest annual accounts with it.",
    ]
    required, conditional = kinds(written(tmp_path, suffix, lines))
    assert sorted(required + conditional) == ["accounts", "budget"]


@pytest.mark.parametrize("suffix", [".docx", ".md"])
def test_an_items_words_wrapped_on_are_no_who_line(tmp_path: Path, suffix: str) -> None:
    # an item carried over three lines (as a PDF's lines come), its new groups' alternative on
    # the last: the line between is the item's own words, not a line saying who sends it
    lines = [
        "What to send",
        "Your most recent financial accounts,",
        "independently examined or audited. Groups less than a year old may send a",
        "statement of income and expenditure to date instead.",
    ]
    assert "accounts" in kinds(written(tmp_path, suffix, lines))[0]


# -- a condition opening a paragraph goes on to the next sentence asking for the document it named
# -- ("If you work with children, you must have a safeguarding policy. Please send a copy of your
# -- safeguarding policy with your application.") -------------------------------------------------

CARRIED = [
    "If your project involves working with children or adults at risk, you must have a "
    "safeguarding policy. Please send a copy of your safeguarding policy with your application.",
    "If you employ staff, you need employer's liability insurance. Send us a copy of your "
    "employer's liability insurance certificate with this form.",
    "Where your project involves building work, you will need planning permission. Please "
    "upload the planning permission with your application.",
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("variant", range(3))
def test_a_paragraphs_condition_goes_on(tmp_path: Path, suffix: str, variant: int) -> None:
    lines = ["Community grants: guidance", "Before you apply", CARRIED[variant]]
    kind = ["policy", "insurance_certificate", "other"][variant]
    assert kinds(written(tmp_path, suffix, lines)) == ([], [kind])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize(
    "paragraph",
    [
        # the condition names no document: the next sentence's is asked of all
        "If you have any questions about the fund, call us. Please send a copy of your "
        "safeguarding policy with your application.",
        # the condition's document is another: the next sentence's is asked of all
        "If you employ staff, you need employer's liability insurance. Please send a copy of "
        "your safeguarding policy with your application.",
    ],
)
def test_a_paragraphs_condition_about_something_else(
    tmp_path: Path, suffix: str, paragraph: str
) -> None:
    lines = ["Community grants: guidance", "Before you apply", paragraph]
    assert kinds(written(tmp_path, suffix, lines))[0] == ["policy"]


# -- a lead-in saying what an answer should cover lists points to write, not documents to send ---

ANSWER_LEAD_INS = [
    "Your response should include:",
    "Please include in your answer:",
    "In your answer, please include:",
    "Your response must include:",
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("variant", range(4))
def test_what_an_answer_should_cover(tmp_path: Path, suffix: str, variant: int) -> None:
    lines = [
        "Part C: documents",
        "Please upload the following with this form:",
        "- your safeguarding policy;",
        "- a risk assessment for the activities.",
        "Part D: method statement",
        "Q4 Safeguarding (no more than 400 words)",
        "Explain how you will keep participants, staff and volunteers safe.",
        ANSWER_LEAD_INS[variant],
        "- your safeguarding arrangements and who leads on them;",
        "- your lone working arrangements.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["other", "policy"], [])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize(
    "lead_in", ["Your application should include:", "Please include with your response:"]
)
def test_documents_sent_with_an_answer(tmp_path: Path, suffix: str, lead_in: str) -> None:
    # documents the application (or a tender's response) goes with are sent
    lines = [
        "Part C: documents",
        lead_in,
        "- your safeguarding policy;",
        "- a risk assessment for the activities.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["other", "policy"], [])


# -- "for Lot 2 only, ..." opening a list's item limits it, as "Lot 2 only: ..." does ------------

FOR_ONLY = [
    "- for Lot 2 only, a Level 2 food hygiene certificate for each person who will cook.",
    "- For large grants only, a detailed budget for the project.",
    "- for Lot 4 only, a risk assessment for your holiday sessions.",
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("variant", range(3))
def test_for_some_only_opening_an_item(tmp_path: Path, suffix: str, variant: int) -> None:
    lines = ["Please upload the following:", "- your safeguarding policy;", FOR_ONLY[variant]]
    kind = ["other", "budget", "other"][variant]
    assert kinds(written(tmp_path, suffix, lines)) == (["policy"], [kind])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_for_this_application_only(tmp_path: Path, suffix: str) -> None:
    # every applicant's: "this application" is the one each applicant makes
    lines = [
        "Please upload the following:",
        "- your safeguarding policy;",
        "- for this application only, a budget for the project.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["budget", "policy"], [])


# review17's F4: an award's mark in a later clause leaves what an earlier one asks for now
@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Please send a copy of your constitution and your latest accounts with your "
            "application; if your grant is approved we will ask you for receipts later.",
            ["accounts", "governing_document"],
        ),
        (
            "Send a recent bank statement now; your insurance certificate can follow when we "
            "send you the grant agreement.",
            ["bank_statement"],
        ),
        (
            "Applicants asking for more than £2,000 must also send two quotes, as we check them "
            "before we make the first payment.",
            ["quotes"],
        ),
    ],
)
def test_asked_now_before_an_award_clause(
    tmp_path: Path, suffix: str, sentence: str, expected: list[str]
) -> None:
    lines = ["Community fund: guidance notes", "What to send", sentence]
    required, conditional = kinds(written(tmp_path, suffix, lines))
    assert set(expected) <= set(required + conditional)


# review17's F5: after a list's letter, 'The ...' names a document; 'This ...' is the form
@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_a_lettered_item_opening_the(tmp_path: Path, suffix: str) -> None:
    lines = [
        "Checklist: please send with this form",
        "a) This form, signed and dated",
        "b) The completed monitoring sheet",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["other"], [])


# -- a question over its answer box is no documents table's heading, though it says "need" ------
# -- ("What need will your project meet, and what evidence do you have for it?") -----------------

NEED_QUESTIONS = [
    "2.7 What need or opportunity will your project address, and what evidence do you have for "
    "it? (max 300 words)",
    "B3 What evidence is there of the need for your project? (up to 250 words)",
    "4. How do you know there is a need for this project, and what evidence do you have? (no "
    "more than 200 words)",
]


def question_table(tmp_path: Path, suffix: str, rows: list[str]) -> Path:
    """Each question in a table's row with its empty answer box in the row below, in Word or
    HTML (a text area in the box's cell)."""
    path = tmp_path / f"doc{suffix}"
    if suffix == ".docx":
        return write_docx(path, ["Section 2: your project"], [[r] for q in rows for r in (q, "")])
    body = "".join(f"<tr><td>{q}</td></tr><tr><td><textarea></textarea></td></tr>" for q in rows)
    page = f"<html><body><h2>Section 2: your project</h2><table>{body}</table></body></html>"
    path.write_text(page, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".docx", ".html"])
@pytest.mark.parametrize("variant", range(3))
def test_a_question_saying_need(tmp_path: Path, suffix: str, variant: int) -> None:
    rows = [
        NEED_QUESTIONS[variant],
        "2.9 What permissions or consents (for example planning permission or the landowner's "
        "agreement) will your project require, and have you got them yet?",
    ]
    assert kinds(question_table(tmp_path, suffix, rows)) == ([], [])


@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_a_heading_asking_what_is_needed(tmp_path: Path, suffix: str) -> None:
    # a documents table's heading asks what to send: its rows are documents
    path = tmp_path / f"doc{suffix}"
    table = [
        ["Which documents do you need to send?", "Enclosed?"],
        ["Your constitution", ""],
        ["Planning permission", ""],
    ]
    if suffix == ".docx":
        write_docx(path, ["Section 5: documents"], table)
    else:
        rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in table)
        path.write_text(f"<html><body><table>{rows}</table></body></html>", encoding="utf-8")
    required, conditional = kinds(path)
    assert sorted(required + conditional) == ["governing_document", "other"]


# -- what an applicant must make sure of is held, not sent ("must make sure their leaders have
# -- had the right DBS check") ----------------------------------------------------------------

MADE_SURE = [
    "Groups that work with children must make sure their leaders have had the right DBS check.",
    "If your project works with young people, you must make sure the right people have DBS checks.",
    "You need to make sure that all your session leaders hold enhanced DBS checks.",
    "You must also make sure your group holds public liability insurance of at least £5 million.",
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("variant", range(4))
def test_made_sure_of_is_held(tmp_path: Path, suffix: str, variant: int) -> None:
    lines = [
        "Small grants: guidance",
        "5. What to send",
        "- your constitution;",
        "- your latest accounts.",
        "- " + MADE_SURE[variant],
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["accounts", "governing_document"], [])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_made_sure_it_was_sent(tmp_path: Path, suffix: str) -> None:
    # what the applicant must make sure they have done is asked for
    lines = [
        "Small grants: guidance",
        "5. What to send",
        "- You must make sure you have attached a copy of your safeguarding policy.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["policy"], [])


# review17's F7: a condition naming a document as help's or a question's subject carries nothing
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
def test_a_condition_naming_help_carries_nothing(tmp_path: Path, suffix: str) -> None:
    lines = [
        "What to send with your application",
        "If you are not sure which accounts to send, call Jo Smith on 01234 567890. Please send "
        "your most recent annual accounts, signed by your treasurer.",
        "If you need help writing a safeguarding policy, the Volunteer Centre can help you. "
        "Please send a copy of your safeguarding policy with your application.",
        "If your accounts are more than a year old, please also send a recent bank statement. "
        "Every group must send its latest accounts.",
        "If you have any questions about your constitution, we are happy to talk them through. "
        "Please send a copy of your constitution, signed by two committee members.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["accounts", "governing_document", "policy"],
        ["bank_statement"],
    )


# review17's F8: a tender's whole response with its documents; a stage's documents
@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize(
    "lead_in",
    [
        "Your response must include the following documents:",
        "Please include the following in your response:",
        "Each response should include:",
    ],
)
def test_a_tenders_response_with_documents(tmp_path: Path, suffix: str, lead_in: str) -> None:
    lines = [
        "Invitation to quote: befriending service",
        "What to send",
        lead_in,
        "- your public liability insurance certificate;",
        "- your safeguarding policy;",
        "- your latest annual accounts.",
    ]
    found = kinds(written(tmp_path, suffix, lines))
    assert found == (["accounts", "insurance_certificate", "policy"], [])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_for_a_stage_only(tmp_path: Path, suffix: str) -> None:
    lines = [
        "Documents",
        "At Stage 1 you do not need to send anything. If we invite you to Stage 2, please send:",
        "- your constitution or set of rules",
        "- for Stage 2 only, your latest annual accounts",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["accounts", "governing_document"], [])


# review17's F9: a question stating its answer's words is answered in words, whatever verb it has
@pytest.mark.parametrize("suffix", [".docx", ".html"])
@pytest.mark.parametrize(
    "question",
    [
        "3. Evidence of need: how do you know your project is needed? (max 300 words)",
        "2.7 Which need will your project meet, and what evidence do you have? (max 300 words)",
    ],
)
def test_a_question_with_its_words(tmp_path: Path, suffix: str, question: str) -> None:
    rows = [
        question,
        "2.9 What permissions or consents (for example planning permission or the landowner's "
        "agreement) will your project require, and have you got them yet?",
    ]
    assert kinds(question_table(tmp_path, suffix, rows)) == ([], [])
