"""'Instead' in a clause after the document it stands in for limits the substitute alone
(acc22c, session 22).

"- your most recent annual accounts; groups less than 12 months old can upload their last three
months' bank statements instead" (after a dash too): the accounts are every applicant's, the
bank statements the new groups' (the rulebook: "a conditional bank_statement beside the accounts
everyone else sends, however it is laid out"). A sentence whose "instead" offers its only
document ("New groups can send bank statements instead of accounts") is still some applicants'
whole; so is one whose condition opens it ("If you are a new group, send ... instead"). Small
documents of the test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

CLAUSED = [
    "- your most recent annual accounts – groups less than 12 months old and without accounts"
    " yet can upload their last three months' bank statements instead;",
    "- your latest accounts; new groups can send their last three bank statements instead",
    "- your latest annual accounts - a group set up in the last year can give us two bank"
    " statements instead",
    "Please send your latest accounts, and if your group is new, your bank statements in their"
    " place instead.",
]
# the sentence's only document offered instead, or its condition opening it: some applicants'
WHOLE = [
    (
        "- New groups can upload their last three months' bank statements instead of accounts.",
        (["accounts"], ["bank_statement"]),
    ),
    (
        "- If you are a new group, send your last three bank statements instead.",
        ([], ["bank_statement"]),
    ),
]


# (no PDF: the suite's PDF writer takes Latin-1 only, and the first line has an en dash)
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx"])
@pytest.mark.parametrize("case", range(len(CLAUSED)))
def test_instead_clause_limits_the_substitute(tmp_path: Path, suffix: str, case: int) -> None:
    lines = ["Fund guide", "What to upload", "- a copy of your constitution;", CLAUSED[case]]
    path = written(tmp_path, suffix, lines)
    assert kinds(path) == (["accounts", "governing_document"], ["bank_statement"])


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
@pytest.mark.parametrize("case", range(len(WHOLE)))
def test_instead_of_the_only_document(tmp_path: Path, suffix: str, case: int) -> None:
    line, (every, some) = WHOLE[case]
    lines = ["Fund guide", "What to upload", "- a copy of your constitution;", line]
    expected = (sorted(["governing_document", *every]), some)
    assert kinds(written(tmp_path, suffix, lines)) == expected
