"""What some applicants send in place of a document, and the document everyone else sends
(acc22c, session 22).

"Groups less than a year old may send a bank statement instead of annual accounts": the bank
statement is the new groups' (conditional), and the accounts it replaces are what every other
applicant sends. The rulebook: "the bank statements a new or small group may send instead of
accounts are a conditional bank_statement beside the accounts everyone else sends, however it is
laid out". Where nobody is limited ("Please send your bank statement rather than accounts") the
replaced document is sent by nobody (tests/test_documents_s21d_replaced.py). One list of the words
that name a replaced document serves the attachments and the accounts levels (review21 F4).
Small documents of the test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer, accounts_phrases, replaced
from test_documents_s16a_attachments import kinds, written

# some applicants send one document in another's place: the others send the one replaced
SOME_REPLACE = [
    (
        [
            "- a copy of your constitution",
            "- your safeguarding policy",
            "Groups less than a year old may send a bank statement instead of annual accounts.",
        ],
        (["accounts", "governing_document", "policy"], ["bank_statement"]),
    ),
    (
        [
            "Please send a copy of your constitution.",
            "If your group has been running for under twelve months, you can give us your last"
            " three bank statements in place of your accounts.",
        ],
        (["accounts", "governing_document"], ["bank_statement"]),
    ),
    (
        [
            "- your equality policy",
            "- if your group is less than a year old, your last two bank statements in lieu of"
            " audited accounts",
        ],
        (["accounts", "policy"], ["bank_statement"]),
    ),
    (
        [
            "Please send your safeguarding policy.",
            "Projects under £2,000 may send a simple budget instead of a business plan.",
        ],
        (["business_plan", "policy"], ["budget"]),
    ),
]
# nobody is limited: the replaced document is sent by nobody; and a document named before the
# words is still the one sent
NEAR_MISSES = [
    (
        [
            "New groups can apply on paper instead of online.",
            "- a copy of your constitution",
        ],
        (["governing_document"], []),
    ),
    (
        [
            "Please send a copy of your constitution.",
            "We accept a recent bank statement in lieu of accounts.",
        ],
        (["bank_statement", "governing_document"], []),
    ),
    (
        [
            "Please send a copy of your constitution.",
            "If you are a new group, send a copy of your rules rather than the original.",
        ],
        (["governing_document"], []),
    ),
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(len(SOME_REPLACE)))
def test_others_send_the_document_replaced(tmp_path: Path, suffix: str, case: int) -> None:
    lines, expected = SOME_REPLACE[case]
    path = written(tmp_path, suffix, ["Community grants: what to send", *lines])
    assert kinds(path) == expected


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
@pytest.mark.parametrize("case", range(len(NEAR_MISSES)))
def test_none_limited_none_replaced(tmp_path: Path, suffix: str, case: int) -> None:
    lines, expected = NEAR_MISSES[case]
    path = written(tmp_path, suffix, ["Community grants: what to send", *lines])
    assert kinds(path) == expected


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
def test_new_groups_statement_is_the_easiest_level(tmp_path: Path, suffix: str) -> None:
    lines = SOME_REPLACE[0][0]
    path = written(tmp_path, suffix, ["Community grants: what to send", *lines])
    found = Measurer().measure(path, path.name)[1].accounts
    assert found is not None and found.value == "bank_statements"


# one list of the words naming a replaced document
WORDS = ["instead of", "in place of", "rather than", "in lieu of", "as an alternative to", "yn lle"]


@pytest.mark.parametrize("words", WORDS)
def test_one_list_of_replacing_words(words: str) -> None:
    sentence = f"New groups may send bank statements {words} accounts."
    assert accounts_phrases.IN_PLACE_OF.search(sentence) is not None
    before = sentence[: sentence.index(" accounts.") + 1]
    assert replaced.REPLACED.search(before) is not None


def test_instead_alone_offers_but_names_nothing_replaced() -> None:
    # "send a bank statement instead": an offer, but no document named as the one replaced
    assert accounts_phrases.IN_PLACE_OF.search("send a bank statement instead") is not None
    assert replaced.REPLACED.search("Instead the ") is None


# review22 F1: where the document itself limits or waives the replaced document in another
# sentence, it stays some applicants' (or is not asked at all): never made everyone's
LIMITED_ELSEWHERE = [
    (
        [
            "Please send a copy of your constitution.",
            "Groups with an income over £10,000 must send their latest accounts. Groups less than"
            " a year old may send a bank statement instead of annual accounts.",
        ],
        (["governing_document"], ["accounts", "bank_statement"]),
    ),
    (
        [
            "Please send a copy of your constitution.",
            "If you are a new group, you may send a bank statement instead of accounts.",
            "We do not need accounts from groups with an income under £5,000.",
        ],
        (["governing_document"], ["bank_statement"]),
    ),
    (
        [
            "Please send a copy of your constitution.",
            "If you are applying for more than £5,000 you must also send a business plan.",
            "Projects under £1,000 can send a simple budget instead of a business plan.",
        ],
        (["governing_document"], ["budget", "business_plan"]),
    ),
]


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(len(LIMITED_ELSEWHERE)))
def test_replaced_document_limited_elsewhere(tmp_path: Path, suffix: str, case: int) -> None:
    lines, expected = LIMITED_ELSEWHERE[case]
    path = written(tmp_path, suffix, ["What to send", *lines])
    assert kinds(path) == expected
