"""A bank statement asked "instead" after the funder refuses accounts (acc21d, session 21).

"We don't need your accounts. Please send a copy of your latest bank statement instead." asks
every applicant for the bank statement: the "instead" is instead of the accounts just refused,
not a concession to some groups. It was read as conditional (the rulebook's "if you do not have
accounts yet ... instead"), so no applicant sent anything and the level was `none`; "Instead,
please send ..." after the same refusal was already read as everyone's. A clause that names who
sends it ("New groups may send a bank statement instead", "If your group is new, ...") is still
some applicants'. Small documents of the test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct
from test_documents_s16a_attachments import written

EVERYONE = [
    "We don't need your accounts. Please send a copy of your latest bank statement instead.",
    "The council does not ask for accounts. Send us your most recent bank statement instead.",
    "You do not have to send accounts. Upload your last three months' bank statements instead.",
]
SOME = [
    (
        "Please send your latest accounts. If your group is new, send a bank statement instead.",
        ["accounts"],
    ),
    ("We don't need your accounts. New groups may send a bank statement instead.", []),
]


def _read(path: Path) -> tuple[list[str], list[str], str | None]:
    facts = Measurer().measure(path, path.name)[1]
    every, some = distinct(facts.attachments)
    level = facts.accounts.value if facts.accounts is not None else None
    return sorted(a.kind for a in every), sorted(a.kind for a in some), level


def _lines(text: str) -> list[str]:
    return ["Small grants: what to send", text]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(len(EVERYONE)))
def test_a_statement_instead_of_refused_accounts_is_everyones(
    tmp_path: Path, suffix: str, case: int
) -> None:
    assert _read(written(tmp_path, suffix, _lines(EVERYONE[case]))) == (
        ["bank_statement"],
        [],
        "bank_statements",
    )


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
@pytest.mark.parametrize("case", range(len(SOME)))
def test_a_statement_instead_for_some_stays_theirs(tmp_path: Path, suffix: str, case: int) -> None:
    text, every = SOME[case]
    assert _read(written(tmp_path, suffix, _lines(text)))[:2] == (every, ["bank_statement"])
