"""Attachments (acc21a, session 21): an "if" inside what a letter says ("a letter from the owner
saying that they will lease it to you if the project goes ahead") is the letter's content, not
a condition on who sends it; a condition after a comma ("..., if you rent the building") still
is. Small documents of the test's own in several wordings and formats (never the corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

HEAD = ["Documents to send", "Please send all of the following:", "- a copy of your constitution;"]

SAYING = [
    (".txt", "- a letter from the owner saying that they will lease it to you if we fund it;"),
    (".docx", "- written consent from the landowner confirming the work can start if we fund it;"),
    (
        ".md",
        "- a letter from your landlord stating that you may use the hall if the grant is paid;",
    ),
    (
        ".html",
        "- a letter from the owner agreeing to sell the site to you if the project goes ahead;",
    ),
]


@pytest.mark.parametrize("case", range(len(SAYING)))
def test_an_if_in_what_a_letter_says_limits_no_one(tmp_path: Path, case: int) -> None:
    suffix, item = SAYING[case]
    assert kinds(written(tmp_path, suffix, [*HEAD, item])) == (
        ["governing_document", "other"],
        [],
    )


NEAR = [
    # review21 F2: the "if" inside the clause about the applicant says who sends the letter
    (".txt", "- a letter from your landlord confirming they agree to the work if you rent it;"),
    (".docx", "- a letter from the landowner stating the work may start if you do not own it;"),
    (".txt", "- a letter from your landlord agreeing to the work, if you rent the building;"),
    (".md", "- if you rent the building, a letter from your landlord saying you may do the work;"),
    (
        ".docx",
        "- a letter from the landowner confirming their consent (if you do not own the land);",
    ),
]


@pytest.mark.parametrize("case", range(len(NEAR)))
def test_a_condition_on_who_sends_the_letter_still_limits_it(tmp_path: Path, case: int) -> None:
    suffix, item = NEAR[case]
    assert kinds(written(tmp_path, suffix, [*HEAD, item])) == (["governing_document"], ["other"])
