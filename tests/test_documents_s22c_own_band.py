"""An income band after ", or" and the higher level is that level's alone (acc22c, session 22).

"These must be independently examined, or audited if your annual income is over £250,000":
examined accounts are every applicant's, the audit the larger applicants'; the easiest level
accepted is independent examination, not unaudited (as "independently examined or audited if
your income is over £25,000", one band for both levels, is read). Small documents of the test's
own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from test_documents_s16a_attachments import written

OWN_BAND = [
    [
        "- a copy of your constitution;",
        "- your accounts for your last financial year. These must be independently examined,"
        " or audited if your annual income is over £250,000;",
    ],
    [
        "Please send your constitution and accounts that have been independently examined, or"
        " audited where your turnover is more than £500,000.",
    ],
    ["- Your latest accounts: independently examined, or audited if your income exceeds £1m."],
    ["Accounts must be independently examined, or, if your income is over £250,000, audited."],
]
# one band for both levels, before them or after both with no comma: the larger applicants'
# levels, the smaller send their accounts as they are
BOTH_BANDED = [
    ["Your accounts must be independently examined or audited if your income is over £25,000."],
    [
        "- your constitution",
        "- If your income is over £25,000, your accounts must be independently examined, or"
        " audited.",
    ],
]


def level(path: Path) -> str | None:
    found = Measurer().measure(path, path.name)[1].accounts
    return None if found is None else found.value


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(len(OWN_BAND)))
def test_band_after_comma_or_is_the_higher_levels(tmp_path: Path, suffix: str, case: int) -> None:
    path = written(tmp_path, suffix, ["What to send", *OWN_BAND[case]])
    assert level(path) == "independent_examination"


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
@pytest.mark.parametrize("case", range(len(BOTH_BANDED)))
def test_one_band_for_both_levels(tmp_path: Path, suffix: str, case: int) -> None:
    path = written(tmp_path, suffix, ["What to send", *BOTH_BANDED[case]])
    assert level(path) == "unaudited"


# review22 F2: the examined accounts are not everyone's where the accounts themselves are asked
# of some applicants only (a grant size, some groups, a list's conditional lead-in)
SOME_SEND = [
    [
        "Please send a copy of your constitution.",
        "If you are applying for more than £10,000, your accounts must be independently"
        " examined, or audited if your income is over £250,000.",
    ],
    [
        "Please send a copy of your constitution.",
        "For grants over £5,000:",
        "- your latest accounts, independently examined, or audited if your income is over"
        " £1 million",
        "- two quotes",
    ],
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
@pytest.mark.parametrize("case", range(len(SOME_SEND)))
def test_band_after_comma_or_for_some_applicants(tmp_path: Path, suffix: str, case: int) -> None:
    path = written(tmp_path, suffix, ["What to send", *SOME_SEND[case]])
    assert level(path) == "unaudited"
