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
]


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_statement_opening_the_names_no_document(tmp_path: Path, suffix: str) -> None:
    lines = ["What to send", "Please send:", "- your constitution", *THE_NOT_DOCUMENTS]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], [])
