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
    (".txt", "- If we already hold your constitution, you do not need to send it again."),
    (".md", "- We already hold your constitution, so you need not send it unless it has changed."),
]


@pytest.mark.parametrize("case", range(len(SOME)))
def test_what_the_funder_holds_for_some_is_still_theirs(tmp_path: Path, case: int) -> None:
    suffix, line = SOME[case]
    assert kinds(written(tmp_path, suffix, [*HEAD, line])) == (
        ["bank_statement"],
        ["governing_document"],
    )
