"""Attachments (acc21a, session 21): a sentence after a document that only accepts forms of it
("A project plan showing what you will do. A simple timetable and a site map are fine.") names
the same document, not new ones; an acceptance with a condition ("If you are new, bank
statements are fine") still offers some applicants another. Small documents of the test's own in
several wordings and formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

HEAD = ["What to send", "Please send all of the following:", "- a copy of your constitution;"]

# the item, then a sentence accepting simpler forms of it: one document
ACCEPTING = [
    (
        ".txt",
        "- a project plan showing what you will do and when. A simple timetable and a map of "
        "the site are fine;",
        "project_plan",
    ),
    (
        ".docx",
        "- written permission from the landowner. A letter or an email from the owner is fine;",
        "other",
    ),
    (
        ".md",
        "- a timetable for the project. A site plan with the dates on it is fine;",
        "project_plan",
    ),
    (
        ".html",
        "- a letter of support from a partner. Minutes of the meeting at which they agreed to "
        "help are fine;",
        "letters_of_support",
    ),
    (
        ".pdf",
        "- a budget for the project. A handwritten list of costs or a spreadsheet is acceptable;",
        "budget",
    ),
]


@pytest.mark.parametrize("case", range(len(ACCEPTING)))
def test_forms_accepted_of_a_document_are_the_same_document(tmp_path: Path, case: int) -> None:
    suffix, item, kind = ACCEPTING[case]
    assert kinds(written(tmp_path, suffix, [*HEAD, item])) == (
        sorted(["governing_document", kind]),
        [],
    )


# an acceptance that offers some applicants another document, or that names its document
# first: unchanged
NEAR = [
    (
        ".txt",
        "- your latest accounts. If your group is less than a year old, three months of bank "
        "statements are fine;",
        (["accounts", "governing_document"], ["bank_statement"]),
    ),
    (
        ".docx",
        "- a quote for each item. For items under £100, a screenshot of the price is fine;",
        (["governing_document", "quotes"], []),
    ),
    (
        ".md",
        "- a map of the site is fine;",
        (["governing_document", "other"], []),
    ),
    # review21 F4: a sentence asking for a new document before its acceptance, or saying how
    # many are enough, keeps what it asks
    (
        ".txt",
        "- your latest accounts. We need a quote for each item; a screenshot of a web page is "
        "fine;",
        (["accounts", "governing_document", "quotes"], []),
    ),
    (
        ".html",
        "- your latest accounts. One letter of support from someone who uses your group is enough;",
        (["accounts", "governing_document", "letters_of_support"], []),
    ),
]


@pytest.mark.parametrize("case", range(len(NEAR)))
def test_an_acceptance_with_a_condition_or_alone_is_unchanged(tmp_path: Path, case: int) -> None:
    suffix, item, expected = NEAR[case]
    assert kinds(written(tmp_path, suffix, [*HEAD, item])) == expected
