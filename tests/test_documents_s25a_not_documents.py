"""Attachments (acc25a, session 25): words read as documents to send that are none. A copy the
applicant is sent ("you will get an email with a copy of your answers") is the funder's, as one
the funder sends ("we will send you a copy") already was. A pronoun pointing back to documents
the sentence named ("You will need to upload your documents, so please have them ready") leads
no list: the form's steps listed after it ("Your group", "Your idea") are no documents, where a
pronoun pointing ahead ("Have these ready") still leads one. Small documents of the test's own in
several formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

FORMATS = [".txt", ".md", ".docx", ".pdf", ".html"]


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_copy_the_applicant_gets_is_not_sent(tmp_path: Path, suffix: str) -> None:
    lines = [
        "How to apply",
        "Please send a copy of your constitution with the form.",
        "When you press submit, you will get an email with a copy of your replies.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], [])


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_copy_asked_of_the_applicant_is_still_sent(tmp_path: Path, suffix: str) -> None:
    lines = ["How to apply", "Please send a copy of your hall hire agreement with the form."]
    assert kinds(written(tmp_path, suffix, lines)) == (["other"], [])


STEPS = ["- Your group", "- Your idea", "- Costs", "- Declaration"]


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_pronoun_pointing_back_leads_no_list(tmp_path: Path, suffix: str) -> None:
    lines = [
        "Apply for a small grant",
        "The form takes about half an hour. You will need to upload your documents, so please"
        " have them ready as PDF or Word files.",
        *STEPS,
    ]
    assert kinds(written(tmp_path, suffix, lines)) == ([], [])


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_pronoun_pointing_ahead_still_leads_its_list(tmp_path: Path, suffix: str) -> None:
    lines = [
        "Apply for a small grant",
        "Please have these ready; you will upload them at the end of the form.",
        "- your group's constitution",
        "- a simple budget",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["budget", "governing_document"], [])
