"""The accounts level where accounts and a bank statement share one sentence (acc21d, session 21).

The rulebook: the accounts level is the easiest financial evidence the documents accept,
concessions included. Two readings went wrong when the two documents stood in one sentence:

- "audited accounts or, for groups under £10,000, bank statements" offers the bank statements in
  the accounts' place (bank_statements), but the vocabulary's " or " did not match "or," and the
  level read was `audited`; and an "or" anywhere in the sentence made an alternative of a bank
  statement sent beside audited accounts ("... and your latest bank statement or a letter from
  your bank"). An "or" now offers a level only where it joins the two levels.
- "your annual accounts, a safeguarding policy and your latest bank statement" sends both, as the
  same items in a list are read (unaudited), but accounts named with no level beside a bank
  statement were dropped and the bank statement read as the only evidence (bank_statements).

Small documents of the test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from test_documents_s16a_attachments import written

FORMATS = [".txt", ".md", ".html", ".docx"]

# one level offered in another's place after "or,": the easier one is the level
OR_COMMA = [
    (
        "Please send audited accounts or, for groups under £10,000, bank statements.",
        "bank_statements",
    ),
    (
        "Send your independently examined accounts or, if your income is below £5,000, your last"
        " two bank statements.",
        "bank_statements",
    ),
    (
        "Your audited accounts or, where your turnover is below £25,000, an income and expenditure"
        " statement.",
        "unaudited",
    ),
]
# an "or" that joins no two levels: the level asked stays
OTHER_OR = [
    (
        "Please send your audited accounts and your latest bank statement or a letter from your"
        " bank.",
        "audited",
    ),
    (
        "Please send your independently examined accounts, and your constitution or, if you are"
        " not constituted, your rules.",
        "independent_examination",
    ),
]

# accounts named with no level beside a bank statement: both sent
BESIDE = [
    "Please send your annual accounts, a safeguarding policy and your latest bank statement.",
    "Send us your latest accounts and a recent bank statement with the form.",
    "You must include your most recent annual accounts, your constitution and your bank statements"
    " for the last three months.",
    # (review21: an acceptance in brackets is of something else)
    "Please send your annual accounts (photocopies are fine), a safeguarding policy and your latest"
    " bank statement.",
]
# the accounts a bank statement replaces or refuses: the bank statement is the level
IN_THEIR_PLACE = [
    "If you have no annual accounts yet, you can send your bank statements for the last three"
    " months instead of accounts.",
    "We do not need your accounts: your latest bank statement is enough.",
    # (review21 F2: the other everyday words for "instead")
    "Please send your bank statement for the last three months rather than accounts, and a copy"
    " of your constitution.",
    "Small groups may send their last three bank statements as an alternative to accounts, with a"
    " copy of their constitution.",
    "We accept a recent bank statement in lieu of accounts; please also send your constitution.",
]


def _level(path: Path) -> str | None:
    found = Measurer().measure(path, path.name)[1].accounts
    return found.value if found is not None else None


def _lines(sentence: str) -> list[str]:
    return ["Community grants: guidance for applicants", "What to send", sentence]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(OR_COMMA)))
def test_a_level_offered_after_or_comma(tmp_path: Path, suffix: str, case: int) -> None:
    sentence, level = OR_COMMA[case]
    assert _level(written(tmp_path, suffix, _lines(sentence))) == level


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(OTHER_OR)))
def test_an_or_in_another_item_offers_no_level(tmp_path: Path, suffix: str, case: int) -> None:
    sentence, level = OTHER_OR[case]
    assert _level(written(tmp_path, suffix, _lines(sentence))) == level


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(BESIDE)))
def test_accounts_beside_a_bank_statement_in_one_sentence(
    tmp_path: Path, suffix: str, case: int
) -> None:
    assert _level(written(tmp_path, suffix, _lines(BESIDE[case]))) == "unaudited"


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(IN_THEIR_PLACE)))
def test_a_bank_statement_in_the_accounts_place_stays_the_level(
    tmp_path: Path, suffix: str, case: int
) -> None:
    lines = [*_lines(IN_THEIR_PLACE[case]), "Please also send your constitution."]
    assert _level(written(tmp_path, suffix, lines)) == "bank_statements"
