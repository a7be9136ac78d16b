"""A bank statement offered in the accounts' place together with a statement of income and
spending is not the bank statements level (acc22c, session 22).

"If you are new, send your last three bank statements and an income and expenditure statement
instead of accounts": the two go together, so bank statements alone are never accepted; the
easiest level is the statement of income and spending (unaudited). The rulebook: "your last two
bank statements as the only evidence -> bank_statements"; an income and expenditure statement
instead of accounts is the accounts. A statement "of the money received and spent" is that
statement in plain words. Small documents of the test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from test_documents_s16a_attachments import written

JOINED = [
    [
        "- your latest annual accounts",
        "New groups can send their last three bank statements and an income and expenditure"
        " statement instead of accounts.",
    ],
    [
        "Please send your constitution and your most recent accounts.",
        "If your group has not finished its first year, send a bank statement and a statement"
        " of money received and spent so far in place of accounts.",
    ],
    [
        "- accounts (if your group is new, your bank statements and a simple record of money in"
        " and money out instead)",
    ],
]
# a bank statement offered alone, or beside a paper that is no account of money, is the level
ALONE = [
    [
        "- your latest annual accounts",
        "New groups can send their last three bank statements instead of accounts.",
    ],
    [
        "- your latest annual accounts",
        "If you are a new group, send your bank statements in place of accounts, and a budget"
        " for the year ahead.",
    ],
    # two groups' two alternatives in one sentence (review22 F3): the new groups' statements alone
    [
        "Please send your constitution and your latest accounts.",
        "New groups can send bank statements and smaller groups can send accounts signed by"
        " their treasurer.",
    ],
    [
        "Please send your constitution and your latest accounts.",
        "New groups may send bank statements and small groups an income and expenditure"
        " statement instead of accounts.",
    ],
]


def level(path: Path) -> str | None:
    found = Measurer().measure(path, path.name)[1].accounts
    return None if found is None else found.value


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(len(JOINED)))
def test_statement_with_income_and_spending_is_unaudited(
    tmp_path: Path, suffix: str, case: int
) -> None:
    path = written(tmp_path, suffix, ["What to send", *JOINED[case]])
    assert level(path) == "unaudited"


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
@pytest.mark.parametrize("case", range(len(ALONE)))
def test_statement_alone_is_the_bank_statements_level(
    tmp_path: Path, suffix: str, case: int
) -> None:
    path = written(tmp_path, suffix, ["What to send", *ALONE[case]])
    assert level(path) == "bank_statements"
