"""A document named as the one another is sent in place of is not sent (acc21d, session 21).

"Please send your bank statement for the last three months rather than accounts" asks for the
bank statement; the accounts are what it replaces. They were counted as a second document every
applicant sends (the accounts item counted where nobody sends it). Words that name the replaced
document: "instead of", "in place of", "rather than", "in lieu of", "as an alternative to". A
document named before them ("a copy of your accounts rather than the originals") is still sent.
Small documents of the test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

REPLACING = [
    (
        "Please send your bank statement for the last three months rather than accounts, and a"
        " copy of your constitution.",
        ["bank_statement", "governing_document"],
    ),
    (
        "We accept a recent bank statement in lieu of accounts; please also send your"
        " constitution.",
        ["bank_statement", "governing_document"],
    ),
    (
        "Please upload your safeguarding policy, and a budget on our template rather than a"
        " business plan.",
        ["budget", "policy"],
    ),
]
# the document before the words is the one sent; what follows them is no document
SENT = [
    (
        "Please send a copy of your accounts rather than the originals, and your constitution.",
        ["accounts", "governing_document"],
    ),
    (
        "Please send a photocopy of your constitution rather than the original, and your"
        " safeguarding policy.",
        ["governing_document", "policy"],
    ),
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(len(REPLACING)))
def test_the_document_replaced_is_not_sent(tmp_path: Path, suffix: str, case: int) -> None:
    sentence, every = REPLACING[case]
    path = written(tmp_path, suffix, ["Community grants: what to send", sentence])
    assert kinds(path) == (every, [])


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
@pytest.mark.parametrize("case", range(len(SENT)))
def test_the_document_named_before_the_words_is_sent(
    tmp_path: Path, suffix: str, case: int
) -> None:
    sentence, every = SENT[case]
    path = written(tmp_path, suffix, ["Community grants: what to send", sentence])
    assert kinds(path) == (every, [])
