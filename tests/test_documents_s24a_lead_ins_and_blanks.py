"""Attachments (acc24a, session 24): two faults of a documents list's layout. A lead-in's
condition applies to every item under it ("Each application over £5,000 must also include:",
"Larger projects (over £5,000) must also send:"), where it was lost; and a typed list whose
lines end in a blank to write on ("A copy of your constitution ______", "Latest accounts
........", the date each is sent written there) names its documents, where each line was read
as a field and nothing was sent. Everyone's lead-ins ("Each application must also include:")
and the form's own blanks after the list (signature, name, position, date, bank details) stay
as they were. Small documents of the test's own in several formats (never the labelled
corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

FORMATS = [".txt", ".md", ".docx", ".pdf", ".html"]
EVERYONE = [
    "What to send",
    "Please send us:",
    "- a copy of your constitution;",
    "- your latest accounts.",
]
UNDER = ["- a project plan;", "- a letter from the venue confirming the booking."]

SOME_LEAD_INS = [
    "Each application over £5,000 must also include:",
    "Larger projects (over £5,000) must also send:",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(SOME_LEAD_INS)))
def test_a_lead_ins_condition_limits_every_item(tmp_path: Path, suffix: str, case: int) -> None:
    lines = [*EVERYONE, SOME_LEAD_INS[case], *UNDER]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["accounts", "governing_document"],
        ["other", "project_plan"],
    )


EVERYONES_LEAD_INS = [
    "Each application must also include:",
    "Every application, large or small, must also include:",
    "All applicants must also include:",
    "All groups (including new ones) must also send:",
    # (review24 F2: a bracket or the round every application is in names no limit)
    "Groups (including new ones) must also send:",
    "Organisations (of any size) must also send:",
    "Every application in this round must also include:",
    "Each application for this fund must also include:",
    "Each application for a grant must also include:",
    "Every project in the borough must also send:",
]


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".html"])
@pytest.mark.parametrize("case", range(len(EVERYONES_LEAD_INS)))
def test_everyones_lead_in_limits_nothing(tmp_path: Path, suffix: str, case: int) -> None:
    lines = [*EVERYONE, EVERYONES_LEAD_INS[case], *UNDER]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["accounts", "governing_document", "other", "project_plan"],
        [],
    )


BLANK_LISTS = [
    [
        "Documents you must send",
        "Write the date you send each one.",
        "A copy of your constitution ______________",
        "Your latest accounts ______________",
        "A site plan of the area ______________",
    ],
    [
        "Checklist",
        "Please send these with your form:",
        "Constitution or rules ..................",
        "Latest annual accounts ..................",
        "A letter from the venue confirming the booking ................",
    ],
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(len(BLANK_LISTS)))
def test_a_list_with_blanks_to_write_on_names_documents(
    tmp_path: Path, suffix: str, case: int
) -> None:
    assert kinds(written(tmp_path, suffix, BLANK_LISTS[case])) == (
        ["accounts", "governing_document", "other"],
        [],
    )


# the form's own blanks after the list: fields, not documents
FORMS_OWN = [
    [
        "Documents you must send",
        "Write the date you send each one.",
        "A copy of your constitution ______________",
        "Your latest accounts ______________",
        "Signed ______________",
        "Print name ______________",
        "Your position in the group ______________",
        "Date ______________",
    ],
    [
        "Checklist",
        "Please send these with your form:",
        "Constitution or rules ..................",
        "Latest annual accounts ..................",
        "Name of chair ..................",
        "Your signature ..................",
        "Your email address ...........",
    ],
    [  # (review24 F3: the form's own blanks straight after the list's, no heading between)
        "DOCUMENTS TO SEND",
        "A copy of your constitution ______________",
        "Your latest accounts ______________",
        "Your group's aims ______________",
        "A short description of your project ______________",
        "Your preferred start date ______________",
        "Your bank ______________",
    ],
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(len(FORMS_OWN)))
def test_the_forms_own_blanks_are_no_documents(tmp_path: Path, suffix: str, case: int) -> None:
    assert kinds(written(tmp_path, suffix, FORMS_OWN[case])) == (
        ["accounts", "governing_document"],
        [],
    )


# a list to tick ("[ ] ..."): each line read once, as before
@pytest.mark.parametrize("suffix", [".txt", ".md", ".pdf"])
def test_a_ticked_list_is_read_once(tmp_path: Path, suffix: str) -> None:
    lines = [
        "Checklist",
        "Please tick to show you have enclosed:",
        "[ ] A copy of your constitution or rules",
        "[ ] Your most recent annual accounts",
        "[ ] A letter from the venue confirming the booking",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["accounts", "governing_document", "other"],
        [],
    )
