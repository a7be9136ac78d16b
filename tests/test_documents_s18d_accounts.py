"""Session 18 (acc18d): the easiest accounts level, by the rulebook's words ("the easiest level
of financial evidence the documents accept"), on layouts any council writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.accounts_phrases import IN_PLACE
from test_documents_s16a_attachments import written
from test_documents_s17b_attachments import table_document


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


# -- bank statements "instead of accounts": said in the statement's row of a documents table
# -- (its who-cell), or in a sentence that does not itself ask to send ("you can apply with")

ACCOUNTS_ROW = ["Your latest annual accounts", "Every group"]
INSTEAD_ROWS = [
    [
        "Your last three months' bank statements",
        "Only groups less than 18 months old, instead of accounts",
    ],
    [
        "Bank statements for the last three months",
        "Groups less than 12 months old, instead of accounts",
    ],
    [
        "Two recent bank statements",
        "New groups with no accounts yet may send these in place of accounts",
    ],
]


@pytest.mark.parametrize("suffix", [".docx", ".html", ".md"])
@pytest.mark.parametrize("variant", range(3))
def test_bank_statements_instead_in_their_row(tmp_path: Path, suffix: str, variant: int) -> None:
    rows = [["Your constitution", "Every group"], ACCOUNTS_ROW, INSTEAD_ROWS[variant]]
    assert level(table_document(tmp_path, suffix, rows)) == "bank_statements"


# near misses: a statement sent BESIDE the accounts by some is no level in their place
BESIDE_ROWS = [
    ["A recent bank statement", "Only if your bank details have changed since your last grant"],
    ["Bank statements for the last three months", "Groups asking for over £5,000, with accounts"],
]


@pytest.mark.parametrize("suffix", [".docx", ".html", ".md"])
@pytest.mark.parametrize("variant", range(2))
def test_bank_statements_beside_in_their_row(tmp_path: Path, suffix: str, variant: int) -> None:
    rows = [["Your constitution", "Every group"], ACCOUNTS_ROW, BESIDE_ROWS[variant]]
    assert level(table_document(tmp_path, suffix, rows)) == "unaudited"


INSTEAD_SAID = [
    "If your group is less than a year old and has no accounts yet, you can apply with your bank "
    "statements for the last three months instead of accounts.",
    "Groups that have not finished their first year can still apply: three months of bank "
    "statements will be accepted in place of accounts.",
    "New groups may apply for a small grant with two bank statements instead of annual accounts.",
]


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".txt"])
@pytest.mark.parametrize("variant", range(3))
def test_bank_statements_instead_said_in_passing(tmp_path: Path, suffix: str, variant: int) -> None:
    lines = [
        "What to send",
        "- Your constitution",
        "- Your latest annual accounts",
        INSTEAD_SAID[variant],
    ]
    assert level(written(tmp_path, suffix, lines)) == "bank_statements"


# -- a sign-off joined to a higher level, or a lower level refused, accepts no lower level ------

SIGNED_OFF = [
    "- Your latest annual accounts, independently examined or audited, and approved by your board",
    "- Your accounts for last year, independently examined, and signed by two trustees.",
    "- A copy of your audited accounts, signed by your chair.",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("variant", range(3))
def test_a_higher_levels_sign_off(tmp_path: Path, suffix: str, variant: int) -> None:
    path = written(tmp_path, suffix, ["What to send", "- Your constitution", SIGNED_OFF[variant]])
    assert level(path) in ("independent_examination", "audited")


REFUSED = [
    "We cannot accept accounts that have only been approved by your own board.",
    "We will not accept accounts that are simply signed by your treasurer.",
    "We do not accept accounts that have only been signed off by your committee.",
]


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".html", ".md"])
@pytest.mark.parametrize("variant", range(3))
def test_a_lower_level_refused(tmp_path: Path, suffix: str, variant: int) -> None:
    lines = ["What to send", "- Your constitution", f"- {EXAMINED}", REFUSED[variant]]
    assert level(written(tmp_path, suffix, lines)) == "independent_examination"


# near misses: a signing offered as another level, and a "not" that opens a condition
OFFERED_SIGNED = [
    "- Your accounts, audited or, where your income is under £25,000, signed by your treasurer",
    "- Your accounts, independently examined; smaller groups may send accounts signed by two "
    "trustees",
    "- Your accounts. Accounts that are not audited must be signed by your treasurer.",
]


@pytest.mark.parametrize("suffix", [".docx", ".md", ".txt"])
@pytest.mark.parametrize("variant", range(3))
def test_a_signing_offered_in_place(tmp_path: Path, suffix: str, variant: int) -> None:
    path = written(
        tmp_path, suffix, ["What to send", "- Your constitution", OFFERED_SIGNED[variant]]
    )
    assert level(path) == "unaudited"


# -- a bank statement sent BESIDE the accounts: another item of a ";" list, or its own age ------

SEMICOLON_LISTS = [
    "Please send: your latest annual accounts, or an income and expenditure statement; your "
    "latest bank statement; your constitution.",
    "With the form send a copy of your constitution; your accounts or a statement of income and "
    "expenditure; a recent bank statement.",
    "Enclose your latest accounts (or a receipts and payments account); two recent bank "
    "statements; a copy of your safeguarding policy.",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("variant", range(3))
def test_a_statement_in_another_item(tmp_path: Path, suffix: str, variant: int) -> None:
    path = written(tmp_path, suffix, ["What to send", SEMICOLON_LISTS[variant]])
    assert level(path) == "unaudited"


def test_statements_offered_in_one_item(tmp_path: Path) -> None:
    """Near miss: the "or" between the two levels in one item offers the statement."""
    line = "Please send: a statement of income and expenditure or two bank statements; a budget."
    assert level(written(tmp_path, ".md", ["What to send", line])) == "bank_statements"


UPLOAD = (
    "<html><body><main><h2>Upload your documents</h2><p>Everyone must upload these.</p>"
    '<label for="a">Your latest annual accounts</label><input type="file" id="a">'
    "<p>They do not need to be examined: accounts approved by your committee are fine.</p>"
    '<label for="b">A bank statement for your new account</label><input type="file" id="b">'
    "<p>Only if your bank account has changed. {age}</p></main></body></html>"
)
AGES = ["It must be less than three months old.", "It should be under 3 months old."]


@pytest.mark.parametrize("variant", range(2))
def test_a_statements_own_age(tmp_path: Path, variant: int) -> None:
    """The statement's own age is no group too new to have accounts (an upload's hint)."""
    path = tmp_path / "upload.html"
    path.write_text(UPLOAD.format(age=AGES[variant]), encoding="utf-8")
    assert level(path) == "unaudited"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("It must be less than three months old.", False),
        ("It should be under 3 months old.", False),
        ("Bank statements less than 3 months old only.", False),
        ("Only groups less than a year old may send these.", True),
        ("If your group is under 12 months old, send these.", True),
    ],
)
def test_whose_age(text: str, group: bool) -> None:
    """A group too new to have accounts offers a statement in their place; the statement's own
    age offers nothing."""
    assert (IN_PLACE.search(text) is not None) is group


# -- accounts refused beside a bank statement: the statement is the level ----------------------

REFUSED_FOR_STATEMENT = [
    "We do not need to see your accounts: the bank statement is enough.",
    "We don't need your accounts, just a recent bank statement.",
    "You do not have to send us accounts; your last bank statement will do.",
]


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".md", ".txt"])
@pytest.mark.parametrize("variant", range(3))
def test_accounts_refused_beside_a_statement(tmp_path: Path, suffix: str, variant: int) -> None:
    lines = ["How to apply", "- Your constitution", REFUSED_FOR_STATEMENT[variant]]
    assert level(written(tmp_path, suffix, lines)) == "bank_statements"


# near misses: another paper refused beside accounts and a statement; a bank account, not accounts
NOT_REFUSED = [
    "Send your accounts with a recent bank statement; we do not need your business plan.",
    "We cannot pay into a personal bank account, so the statement must be in the group's name.",
]


@pytest.mark.parametrize("suffix", [".docx", ".md"])
@pytest.mark.parametrize("variant", range(2))
def test_accounts_not_refused(tmp_path: Path, suffix: str, variant: int) -> None:
    lines = ["What to send", "- Your constitution", "- Your latest accounts", NOT_REFUSED[variant]]
    assert level(written(tmp_path, suffix, lines)) == "unaudited"


# -- a level sent beside the accounts ("also send your management accounts") is not in their place

ALSO_SENT = [
    "If your accounts are more than ten months old, please also send your latest management "
    "accounts.",
    "Groups with a turnover over £1 million should also provide management accounts for this year.",
    "If your year ended over a year ago, send management accounts as well as your annual accounts.",
]


@pytest.mark.parametrize("suffix", [".docx", ".html", ".txt"])
@pytest.mark.parametrize("variant", range(3))
def test_a_level_sent_beside(tmp_path: Path, suffix: str, variant: int) -> None:
    lines = ["What to send", "- Your constitution", f"- {EXAMINED}", ALSO_SENT[variant]]
    assert level(written(tmp_path, suffix, lines)) == "independent_examination"


IN_THEIR_PLACE = [
    "New groups may send a statement of income and expenditure instead.",
    "If your income is under £10,000, you can send accounts signed by your treasurer.",
]


@pytest.mark.parametrize("suffix", [".docx", ".html"])
@pytest.mark.parametrize("variant", range(2))
def test_a_level_sent_in_their_place(tmp_path: Path, suffix: str, variant: int) -> None:
    lines = ["What to send", "- Your constitution", f"- {EXAMINED}", IN_THEIR_PLACE[variant]]
    assert level(written(tmp_path, suffix, lines)) == "unaudited"


# -- review18 F9: a band's item that says only "a copy signed by ..." is the lowest level -------

BAND_LIST = [
    "The accounts we need depend on your income last year:",
    "- over £100,000: audited accounts",
    "- £25,000 to £100,000: accounts checked by an independent examiner",
    "- under £25,000: a copy signed by your treasurer and chair is enough",
]


@pytest.mark.parametrize("suffix", [".docx", ".html", ".md", ".txt"])
def test_a_bands_signed_copy(tmp_path: Path, suffix: str) -> None:
    assert level(written(tmp_path, suffix, ["Accounts", *BAND_LIST])) == "unaudited"


# -- review18 F10: "instead of accounts" refused, or said of other funders, offers nothing -----

NOT_OFFERED = [
    "Please note that bank statements in place of accounts are not accepted.",
    "Some funders let new groups send bank statements instead of accounts, but we are not able "
    "to do this.",
    "We cannot accept bank statements instead of accounts.",
]


@pytest.mark.parametrize("suffix", [".docx", ".html", ".md"])
@pytest.mark.parametrize("variant", range(3))
def test_instead_refused(tmp_path: Path, suffix: str, variant: int) -> None:
    lines = [
        "Accounts",
        "Every applicant must send accounts that have been independently examined.",
    ]
    path = written(tmp_path, suffix, [*lines, NOT_OFFERED[variant]])
    assert level(path) == "independent_examination"
