"""Session 18 (acc18d): the easiest accounts level, by the rulebook's words ("the easiest level
of financial evidence the documents accept"), on layouts any council writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from test_documents_s16a_attachments import written


def level(path: Path) -> str | None:
    """The easiest accounts level the document accepts, as measured."""
    found = Measurer().measure(path, path.name)[1].accounts
    return found.value if found is not None else None


FORMATS = [".docx", ".pdf", ".html", ".md", ".txt"]

# -- who signs the FORM is no level of accounts: "The form must be signed by two trustees" sits
# -- beside "accounts, independently examined or audited" and accepts no unaudited accounts ----

FORM_SIGNED = [
    "The application form must be signed by two trustees or committee members.",
    "Return the form, signed by your chair and your chief officer, by 5pm on 3 March.",
    "Please make sure the declaration is signed by the chair (or another trustee).",
    "Your application will not be accepted unless it is signed by your treasurer and secretary.",
]
EXAMINED = "Your latest annual accounts, independently examined or audited."


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("variant", range(4))
def test_the_forms_signers_are_no_accounts_level(tmp_path: Path, suffix: str, variant: int) -> None:
    lines = ["What to send", "- Your constitution", f"- {EXAMINED}", FORM_SIGNED[variant]]
    assert level(written(tmp_path, suffix, lines)) == "independent_examination"


# near misses: the same signers ON the accounts are the unaudited level the documents accept
SIGNED_ACCOUNTS = [
    "Small groups may instead send accounts signed by two trustees.",
    "If you have no examined accounts, send a statement of your finances signed by your chair.",
    "Your latest accounts. They can be signed by your treasurer if they are not examined.",
]


@pytest.mark.parametrize("suffix", [".docx", ".md", ".html"])
@pytest.mark.parametrize("variant", range(3))
def test_accounts_signed_by_officers_stay_unaudited(
    tmp_path: Path, suffix: str, variant: int
) -> None:
    lines = ["What to send", "- Your constitution", f"- {EXAMINED}", SIGNED_ACCOUNTS[variant]]
    assert level(written(tmp_path, suffix, lines)) == "unaudited"


# the form's signing in the paragraph of an accounts item, and the level note after the item
NOTE_AFTER = [
    (
        "Your latest accounts, independently examined. The form must be signed by two trustees.",
        "independent_examination",
    ),
    (
        "Your accounts. Examined if your income is over £25,000; otherwise signed by the chair.",
        "unaudited",
    ),
    (
        "Your accounts. If your income is under £25,000 they can be signed by your chair; "
        "otherwise they must be audited.",
        "unaudited",
    ),
]


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".md"])
@pytest.mark.parametrize("variant", range(3))
def test_a_signing_in_an_accounts_item(tmp_path: Path, suffix: str, variant: int) -> None:
    item, truth = NOTE_AFTER[variant]
    lines = ["What to send", "- Your constitution", f"- {item}"]
    assert level(written(tmp_path, suffix, lines)) == truth
