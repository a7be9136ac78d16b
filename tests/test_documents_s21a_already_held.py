"""Attachments (acc21a, session 21): a document the funder says it already holds ("We already
hold your constitution from when you joined, so you do not need to send it again") is not
asked for; held for some applicants only ("If we already hold your constitution, ...", "...
unless it has changed") it is still some applicants'. Small documents of the test's own in
several wordings and formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

HEAD = ["What to send", "Please send the following:", "- a bank statement from the last month;"]

HELD = [
    (".txt", "- We already hold your constitution from when you joined, so you need not send it."),
    (".md", "- We already have a copy of your latest accounts from last year's grant."),
    (".docx", "- As we already hold your safeguarding policy, there is no need to send it."),
    (".html", "- We already keep your constitution on file, so please do not send it."),
]


@pytest.mark.parametrize("case", range(len(HELD)))
def test_what_the_funder_already_holds_is_not_asked(tmp_path: Path, case: int) -> None:
    suffix, line = HELD[case]
    assert kinds(written(tmp_path, suffix, [*HEAD, line])) == (["bank_statement"], [])


SOME = [
    # review21 F7: held from some only ("only groups that are not ... need to send theirs")
    (
        ".docx",
        "- We already have a copy of your accounts from the Charity Commission website, so only "
        "groups that are not registered charities need to send theirs.",
    ),
    (".txt", "- If we already hold your constitution, you do not need to send it again."),
    (".md", "- We already hold your constitution, so you need not send it unless it has changed."),
]


@pytest.mark.parametrize("case", range(len(SOME)))
def test_what_the_funder_holds_for_some_is_still_theirs(tmp_path: Path, case: int) -> None:
    suffix, line = SOME[case]
    sent, some = kinds(written(tmp_path, suffix, [*HEAD, line]))
    assert sent == ["bank_statement"] and len(some) == 1


# review21 F7: the applicant's voice, asking in the same sentence: sent
def test_an_applicant_holding_and_attaching_sends_it(tmp_path: Path) -> None:
    lines = [
        "Safeguarding",
        "Tick one:",
        "- We already have a safeguarding policy and will attach a copy",
        "- We will write one before the project starts",
        "What to send",
        "- a copy of your constitution",
    ]
    assert "policy" in kinds(written(tmp_path, ".md", lines))[0]
