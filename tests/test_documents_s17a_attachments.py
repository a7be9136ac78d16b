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
