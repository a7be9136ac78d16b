"""Attachments (acc21a, session 21): what the funder says it will send ("We will send the
budget template to everyone who registers", "We'll send the answer to everyone who asked for
the quote") is not asked of the applicant; "Please send the budget" and "you will send the
budget" still are. Small documents of the test's own in several wordings and formats (never
the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

HEAD = ["How to apply", "Please send a copy of your constitution with your form."]

FUNDER = [
    (".txt", "We will send the budget template to everyone who registers."),
    (".md", "We'll send the risk assessment template by email when you register."),
    (".docx", "We send the safeguarding policy template to every new group."),
    (".pdf", "We can send the budget spreadsheet to you by post if you ask."),
]


@pytest.mark.parametrize("case", range(len(FUNDER)))
def test_what_the_funder_sends_is_not_asked(tmp_path: Path, case: int) -> None:
    suffix, line = FUNDER[case]
    assert kinds(written(tmp_path, suffix, [*HEAD, line])) == (["governing_document"], [])


APPLICANT = [
    (".txt", "Please also send the budget for the project."),
    (".md", "With your form you will send the risk assessment for the event."),
    (".docx", "Once we have your form, send the budget for the project by email."),
]


@pytest.mark.parametrize("case", range(len(APPLICANT)))
def test_what_the_applicant_sends_is_still_asked(tmp_path: Path, case: int) -> None:
    suffix, line = APPLICANT[case]
    got = kinds(written(tmp_path, suffix, [*HEAD, line]))
    assert len(got[0]) == 2 and not got[1]
