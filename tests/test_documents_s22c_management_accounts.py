"""Management accounts asked because the annual accounts are old are sent beside them, never
their level (acc22c, session 22).

"Management accounts for the current year | If your latest accounts are more than ten months
old" beside "Your latest annual report and full accounts, audited or independently examined |
All applicants": the easiest level accepted is independent examination, the management accounts
in-year figures some applicants add (the rulebook's level is of the financial evidence accepted,
alternatives and concessions included; these are neither). Management accounts offered to a group
with no accounts yet are still a level. Small documents of the test's own, never the labelled
corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx
from grantcheck.documents import Measurer
from test_documents_s16a_attachments import written

BESIDE = [
    [
        "- your latest annual accounts, independently examined;",
        "- management accounts for the current year, if your latest accounts are more than ten"
        " months old.",
    ],
    [
        "Please send your latest accounts, independently examined or audited.",
        "If your year end was more than nine months ago, we need your management accounts for"
        " this year as well.",
    ],
]
TABLE = [
    ["Document", "Who must send it"],
    ["Your latest annual accounts, audited or independently examined", "All applicants"],
    ["Management accounts for the current year", "If your accounts are older than ten months"],
]
# offered to those with no accounts yet: a level
OFFERED = [
    "- audited accounts",
    "- If you have no annual accounts yet: management accounts for your first six months",
]


def level(path: Path) -> str | None:
    found = Measurer().measure(path, path.name)[1].accounts
    return None if found is None else found.value


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(len(BESIDE)))
def test_management_accounts_beside_old_accounts(tmp_path: Path, suffix: str, case: int) -> None:
    path = written(tmp_path, suffix, ["Main grants", "What to send", *BESIDE[case]])
    assert level(path) == "independent_examination"


def test_management_accounts_in_a_who_table(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "doc.docx", ["Main grants", "What to send"], table=TABLE)
    assert level(path) == "independent_examination"


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
def test_management_accounts_offered_are_a_level(tmp_path: Path, suffix: str) -> None:
    path = written(tmp_path, suffix, ["Main grants", "What to send", *OFFERED])
    assert level(path) == "unaudited"
