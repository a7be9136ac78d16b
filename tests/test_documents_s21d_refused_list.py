"""A list a refusal governs (acc21d, session 21): "We don't ask for accounts, a bank statement or
references" refuses every item of the list, not the first alone.

The negation's scope had ended at the first comma, so the bank statement named second was read as
offered: sent by every applicant, and the accounts level `bank_statements` where the rulebook's
"no financial evidence" (`none`) is what the sentence says. A list is items that are short noun
phrases, the last joined by "or", "nor" or "and"; a word that opens a clause of its own ends it
("..., a bank statement is enough", "..., but please send ...", "..., just ..."), and a negation
of what a group has ("If you do not have accounts, ...") refuses nothing. Small documents of the
test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct
from test_documents_s16a_attachments import written

REFUSALS = [
    "We don't ask for accounts, a bank statement or references.",
    "You won't need to send us accounts, bank statements or a constitution for a grant this size.",
    "The panel does not require annual accounts, a business plan or bank statements from you.",
    "We do not need to see your accounts, your bank statements (however recent) or your rules.",
]

# the same words offering the bank statement: a clause of its own, or a condition on the group
OFFERS = [
    ("We don't need your accounts, a bank statement is enough.", ["bank_statement"], []),
    (
        "We do not need accounts or a constitution, but please send your latest bank statement.",
        ["bank_statement"],
        [],
    ),
    ("We do not need your accounts, just your latest bank statement.", ["bank_statement"], []),
    (
        "If you do not have accounts, a bank statement or a letter from your treasurer will do.",
        ["accounts"],
        ["bank_statement"],
    ),
]


def _read(path: Path) -> tuple[list[str], list[str], str | None]:
    facts = Measurer().measure(path, path.name)[1]
    every, some = distinct(facts.attachments)
    level = facts.accounts.value if facts.accounts is not None else None
    return sorted(a.kind for a in every), sorted(a.kind for a in some), level


def _lines(sentence: str) -> list[str]:
    return [
        "Community chest: what to send",
        sentence,
        "Please send these with your form:",
        "- a budget showing what each thing costs",
        "- your safeguarding policy",
    ]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(len(REFUSALS)))
def test_every_item_of_a_refused_list_is_refused(tmp_path: Path, suffix: str, case: int) -> None:
    every, some, level = _read(written(tmp_path, suffix, _lines(REFUSALS[case])))
    assert (every, some) == (["budget", "policy"], [])
    assert level == "none"


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
@pytest.mark.parametrize("case", range(len(OFFERS)))
def test_a_clause_or_a_condition_after_the_refusal_still_offers(
    tmp_path: Path, suffix: str, case: int
) -> None:
    sentence, sent, offered = OFFERS[case]
    lines = _lines(sentence)
    if sent == ["accounts"]:  # (the condition's accounts, asked of the others)
        lines.append("- your latest annual accounts")
    every, some, level = _read(written(tmp_path, suffix, lines))
    assert (every, some) == (sorted(["budget", "policy", *sent]), offered)
    assert level == "bank_statements"


# a negation that requires, not the funder's refusal (review21 F1): every item is still sent
DOUBLE_NEGATIVES = [
    (
        "Don't forget to include your constitution, your latest accounts and a bank statement from"
        " the last three months.",
        "bank_statement",
    ),
    (
        "Applications will not be considered without a copy of your governing document, your"
        " accounts and your safeguarding policy.",
        "policy",
    ),
    (
        "Do not leave out your constitution, annual accounts or public liability insurance"
        " certificate: we cannot assess the application without them.",
        "insurance_certificate",
    ),
]


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
@pytest.mark.parametrize("case", range(len(DOUBLE_NEGATIVES)))
def test_a_negation_that_requires_refuses_nothing(tmp_path: Path, suffix: str, case: int) -> None:
    sentence, last = DOUBLE_NEGATIVES[case]
    every, _, _ = _read(written(tmp_path, suffix, ["Community grants: what to send", sentence]))
    assert {"accounts", last} <= set(every)
