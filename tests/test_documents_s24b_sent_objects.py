"""Attachments (acc24b, session 24): what a sentence asks to be sent is a document though no kind
names it. Each noun phrase a sending verb takes ("Please send your constitution and the latest
inspection report for the play area") is one (`other` where no kind names it), "X or Y" is one,
and a condition of the sentence's own makes it conditional. Never the form itself, a message,
what stands for a list named elsewhere ("the documents listed below"), what is written on the form
("Include the ages of the children"), what is sent after the award, nor what is only offered
("You may also send ..."). An upload whose label names no kind, on a page that marks no upload
required, is a document as its neighbours are. Small documents of the test's own in several
formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

FORMATS = [".txt", ".md", ".html", ".docx", ".pdf"]
HEAD = ["Community chest grant", "What to send with your application"]

# a sentence naming a known kind beside a document no kind names: both are sent
ASKED = [
    "Please send a copy of your latest accounts and a letter from the hall confirming the booking.",
    "Please send your accounts and the latest inspection report for the play area.",
    "You must also provide your accounts and evidence that the landowner agrees to the work.",
    "We will need to see your accounts and the venue's booking confirmation.",
    "Please send us your latest accounts, signed by your treasurer, and a sketch of the garden "
    "showing where the new beds will go.",
    "With your form you will need to send us your accounts and a training programme that sets "
    "out who will be trained, by whom, when and what they will learn.",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(ASKED)))
def test_a_document_no_kind_names_is_sent(tmp_path: Path, suffix: str, case: int) -> None:
    assert kinds(written(tmp_path, suffix, [*HEAD, ASKED[case]])) == (["accounts", "other"], [])


# after a clause ("showing ...") the list goes on only at its closing ", and"
@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_a_list_closing_after_a_clause(tmp_path: Path, suffix: str) -> None:
    sentence = (
        "Please send your accounts, a sample timetable showing the activities, meal times and "
        "trips on each day, and a sample menu for one week."
    )
    expected = (["accounts", "other", "project_plan"], [])
    assert kinds(written(tmp_path, suffix, [*HEAD, sentence])) == expected


# a sentence's own condition makes its documents conditional; alternatives are one document
SOME = [
    (
        "If you are hiring a bouncy castle, please also send the operator's safety inspection "
        "record.",
        ([], ["other"]),
    ),
    (
        "Please send your accounts and a letter from the venue or a copy of the booking email.",
        (["accounts", "other"], []),
    ),
    (
        "Please send your accounts and, if the event is on a road, the road closure order.",
        (["accounts"], ["other"]),
    ),
]


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize("case", range(len(SOME)))
def test_conditions_and_alternatives(tmp_path: Path, suffix: str, case: int) -> None:
    sentence, expected = SOME[case]
    assert kinds(written(tmp_path, suffix, [*HEAD, sentence])) == expected


# the same verbs taking what is no document to send: only the accounts are asked
NOT_SENT = [
    "Send your completed form and your accounts to the clerk by 30 June.",
    "Please send your accounts. Send any questions about the fund to grants@example.org.uk.",
    "Please send your accounts with the documents listed below.",
    "Please send your accounts. You may also send photographs of past events.",
    "Please send your accounts. We will send you a letter confirming our decision.",
    "Please send your accounts. After your event, send us a short report and your receipts.",
    "Please send your accounts. Include the ages of the children and the days you meet.",
    "Please send your accounts. Provide a delivery schedule for the first year of the service.",
    "Please send your accounts and tell us when your group was set up.",
    "Please send your accounts. Within three months, send us a copy of the finished mural plan.",
    "Please send your accounts, and the first two items on the list below.",
    "Please send your accounts. You must send a letter to every resident in the street.",
    "Please send your accounts. Please send a photograph of your group.",
    "Please send your accounts. We want to see projects that involve local people.",
    "Please send your accounts. Applicants must also submit an expression of interest.",
    # (review24 F1: what one provides or sends may be no paper)
    "Please send your accounts. You must provide refreshments and a first aid kit at the event.",
    "Please send your accounts. You must provide a safe space for children.",
    "Please send your accounts. You must send a representative to the awards evening in March.",
    "Please send your accounts. You will need to attach a label with our logo to any equipment.",
]


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize("case", range(len(NOT_SENT)))
def test_no_document_sent(tmp_path: Path, suffix: str, case: int) -> None:
    assert kinds(written(tmp_path, suffix, [*HEAD, NOT_SENT[case]])) == (["accounts"], [])


def _uploads(tmp_path: Path, labels: list[str]) -> Path:
    """A web form's upload boxes, each a label and a file input."""
    boxes = "".join(
        f'<div><label for="f{n}">{label}</label><input type="file" id="f{n}"></div>'
        for n, label in enumerate(labels)
    )
    path = tmp_path / "form.html"
    path.write_text(
        f"<html><body><main><h1>Apply</h1><h2>Upload your documents</h2>{boxes}</main></body>"
        "</html>",
        encoding="utf-8",
    )
    return path


# a page that marks no upload required: each upload asks, its label naming a kind or not
UNMARKED = [
    (["Governing document", "Evidence of FCA authorisation"], ["governing_document", "other"]),
    (
        ["Governing document", "Letter from the venue confirming your booking"],
        ["governing_document", "other"],
    ),
    # a box offering room for more, and a drop zone's words, ask for nothing
    (["Governing document", "Photos of your project"], ["governing_document"]),
    (["Governing document", "Any other supporting documents"], ["governing_document"]),
    (["Browse Files", "Governing document"], ["governing_document"]),
    (["Governing document", "Photo ID for each director"], ["governing_document", "other"]),
    # (review24 F2: what stands for no document of its own)
    (["Governing document", "Receipts"], ["governing_document"]),
    (["Governing document", "Answers to the questions"], ["governing_document"]),
    (["Governing document", "Your logo"], ["governing_document"]),
    # where the page marks some required, an unmarked one is not asked of everyone
    (
        ["Governing document *", "Letter from the venue confirming your booking"],
        ["governing_document"],
    ),
]


@pytest.mark.parametrize("case", range(len(UNMARKED)))
def test_unmarked_uploads(tmp_path: Path, case: int) -> None:
    labels, expected = UNMARKED[case]
    assert kinds(_uploads(tmp_path, labels)) == (expected, [])
