"""The accounts item's own level note (acc20d, session 20): a note on the accounts that says which
level or which simpler form of them some applicants may send is not a condition on sending them.

The rulebook: attachments are conditional only when the document ITSELF is limited to some
applicants; one document offered in two forms counts once. So "your latest accounts; if your
income is under £10,000, a simple income and expenditure statement is fine", an upload's hint "If
your income is over £25,000 these must be independently examined or audited", or a documents
table's note "Audited, or independently examined where the law does not require an audit" leave
the accounts asked of every applicant, in every format. A note whose main clause sends ("If you
have audited accounts, send them", "Only if your income is over £25,000") still limits them.
Small documents of the test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx
from test_documents_s16a_attachments import kinds, written

EVERYONE = (["accounts", "governing_document", "policy"], [])
SOME = (["governing_document", "policy"], ["accounts"])

# -- one item: the accounts, then "; if ...," a simpler form of them accepted -------------------

ITEMS = [
    "- your latest annual accounts; if your annual income is under £10,000, a simple income and"
    " expenditure statement signed by your treasurer is fine",
    "- your most recent accounts; where your turnover is below £5,000 an income and spending"
    " sheet signed by two committee members will do",
    "- a copy of your latest accounts; if your group is less than a year old, management"
    " accounts for your first six months are acceptable",
]


@pytest.mark.parametrize("suffix", [".md", ".txt", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(3))
def test_list_item_offering_a_simpler_form_of_the_accounts(
    tmp_path: Path, suffix: str, case: int
) -> None:
    lines = [
        "What to send",
        "Every applicant must send:",
        "- your constitution or set of rules",
        ITEMS[case],
        "- your safeguarding policy",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == EVERYONE


# -- an upload's hint on the accounts saying which level ---------------------------------------

HINTS = [
    "If your income is over £25,000 these must be independently examined or audited. If it is"
    " £25,000 or less, accounts signed by your treasurer are fine.",
    "If your income is under £10,000, an income and expenditure statement signed by your"
    " treasurer is fine.",
    "Your accounts do not need to be audited. If your organisation is not required by law to"
    " have an audit or an independent examination, accounts approved and signed by your"
    " trustees are acceptable.",
    "Where your turnover is above £250,000 they must be audited.",
]


def _page(label: str, hint: str, required: str) -> str:
    return (
        "<html><body><main><h2>3. Documents</h2><p>Please upload each of these.</p>"
        '<div class="form-group"><label for="g">Your governing document</label>'
        f'<input type="file" id="g" {required}></div>'
        f'<div class="form-group"><label for="a">{label}</label><p class="hint">{hint}</p>'
        f'<input type="file" id="a" {required}></div>'
        '<div class="form-group"><label for="s">Your safeguarding policy</label>'
        f'<input type="file" id="s" {required}></div></main></body></html>'
    )


@pytest.mark.parametrize("required", ["", "required"])
@pytest.mark.parametrize("case", range(4))
def test_file_input_hint_naming_the_level(tmp_path: Path, required: str, case: int) -> None:
    path = tmp_path / "form.html"
    path.write_text(_page("Your latest annual accounts", HINTS[case], required), "utf-8")
    assert kinds(path) == EVERYONE


BUTTON_HINTS = [
    "Hint: If your income is over £25,000 these must be independently examined or audited.",
    "Hint: If your income is under £10,000, a simple income and expenditure statement signed by"
    " your treasurer is fine.",
]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("case", range(2))
def test_upload_button_hint_naming_the_level(tmp_path: Path, suffix: str, case: int) -> None:
    lines = [
        "Section 5: Upload your documents",
        "Upload 1. Your constitution. Button, Choose file. Required.",
        "Upload 2. Your latest annual accounts. Button, Choose file.",
        BUTTON_HINTS[case],
        "Upload 3. Your safeguarding policy. Button, Choose file. Required.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == EVERYONE


# -- a documents table's note on the accounts saying which level -------------------------------

ROW_NOTES = [
    "If your annual income is over £250,000, these must be independently examined or audited."
    " Otherwise, accounts approved at your AGM and signed by two trustees are fine.",
    "Audited, or independently examined where the law does not require an audit",
    "Accounts should be independently examined or audited; if your turnover is below £25,000 we"
    " will accept accounts signed by two directors.",
    "Groups with an income below £10,000 may send an income and expenditure statement instead",
]


@pytest.mark.parametrize("case", range(4))
def test_word_table_row_note_naming_the_level(tmp_path: Path, case: int) -> None:
    table = [
        ["Document", "Notes"],
        ["Your constitution", "Signed and dated"],
        ["Your latest accounts", ROW_NOTES[case]],
        ["Safeguarding policy", "Dated in the last year"],
    ]
    path = write_docx(tmp_path / "guide.docx", ["Documents we need"], table)
    assert kinds(path) == EVERYONE


@pytest.mark.parametrize("case", [0, 2])
def test_markdown_and_html_table_row_note_naming_the_level(tmp_path: Path, case: int) -> None:
    md = tmp_path / "guide.md"
    md.write_text(
        "# Documents to send\n\n| Document | Notes |\n|---|---|\n| Your constitution | Signed |\n"
        f"| Your latest accounts | {ROW_NOTES[case]} |\n| Safeguarding policy | Dated |\n",
        "utf-8",
    )
    html = tmp_path / "guide.html"
    html.write_text(
        "<html><body><main><h2>Documents</h2><table><tr><th>Document</th><th>Notes</th></tr>"
        "<tr><td>Your constitution</td><td>Signed</td></tr><tr><td>Your latest accounts</td>"
        f"<td>{ROW_NOTES[case]}</td></tr><tr><td>Safeguarding policy</td><td>Dated</td></tr>"
        "</table></main></body></html>",
        "utf-8",
    )
    assert kinds(md) == EVERYONE
    assert kinds(html) == EVERYONE


# -- near misses: the note limits who sends the accounts themselves ----------------------------


@pytest.mark.parametrize(
    "item",
    [
        "- If you have audited accounts, send them",  # (nothing else asks for accounts)
        "- if your income is over £25,000, your latest independently examined accounts",
    ],
)
def test_accounts_asked_of_some_only_stay_conditional(tmp_path: Path, item: str) -> None:
    lines = [
        "Every applicant must send:",
        "- your constitution",
        item,
        "- your safeguarding policy",
    ]
    assert kinds(written(tmp_path, ".md", lines)) == SOME


@pytest.mark.parametrize(
    ("label", "hint"),
    [
        ("Your audited accounts", "Only if your income is over £25,000."),
        ("Audited accounts", "If you have audited accounts, upload them here."),
    ],
)
def test_upload_hint_limiting_the_accounts_stays_conditional(
    tmp_path: Path, label: str, hint: str
) -> None:
    path = tmp_path / "form.html"
    path.write_text(_page(label, hint, ""), "utf-8")
    assert kinds(path) == SOME


@pytest.mark.parametrize("note", ["Only if your income is over £250,000", "If you have them"])
def test_row_note_limiting_the_accounts_stays_conditional(tmp_path: Path, note: str) -> None:
    table = [
        ["Document", "Notes"],
        ["Your constitution", "Signed and dated"],
        ["Audited accounts", note],
        ["Safeguarding policy", "Dated in the last year"],
    ]
    path = write_docx(tmp_path / "guide.docx", ["Documents we need"], table)
    assert kinds(path) == SOME


def test_higher_level_for_larger_groups_is_the_same_document(tmp_path: Path) -> None:
    # "Organisations with income over £100,000 must also send audited accounts" beside a plain
    # accounts item: the same document (the accounts) at a higher level for some, asked twice,
    # counted once, of every applicant (the rulebook: "asked twice ... counts once")
    lines = [
        "Every applicant must send:",
        "- your constitution",
        "- your latest accounts",
        "- your safeguarding policy",
        "Organisations with income over £100,000 must also send audited accounts.",
    ]
    assert kinds(written(tmp_path, ".md", lines)) == EVERYONE


def test_another_document_after_the_condition_is_still_limited(tmp_path: Path) -> None:
    lines = [
        "Every applicant must send:",
        "- your constitution",
        "- your latest accounts; if you employ staff, your employer's liability insurance"
        " certificate is fine as well",
        "- your safeguarding policy",
    ]
    assert kinds(written(tmp_path, ".md", lines)) == (
        ["accounts", "governing_document", "policy"],
        ["insurance_certificate"],
    )


# -- review20 F4: a main clause that sends ("this must be uploaded") still limits --------------

SENDING_HINTS = [
    (
        "Your safeguarding policy",
        "If you work with children or adults at risk, this must be uploaded.",
        "policy",
    ),
    (
        "Your safeguarding policy",
        "If your project involves children, it must be included.",
        "policy",
    ),
    (
        "Two written quotes",
        "If you are asking for more than £5,000 these must be provided.",
        "quotes",
    ),
    (
        "Your safeguarding policy",
        "If you work with children, it should be uploaded here.",
        "policy",
    ),
]


@pytest.mark.parametrize("case", range(4))
def test_hint_whose_main_clause_sends_stays_conditional(tmp_path: Path, case: int) -> None:
    label, hint, kind = SENDING_HINTS[case]
    path = tmp_path / "form.html"
    path.write_text(
        "<html><body><main><h2>3. Documents</h2><p>Please upload each of these.</p>"
        '<div class="form-group"><label for="g">Your governing document</label>'
        '<input type="file" id="g"></div>'
        f'<div class="form-group"><label for="a">{label}</label><p class="hint">{hint}</p>'
        '<input type="file" id="a"></div>'
        '<div class="form-group"><label for="b">Your latest accounts</label>'
        '<input type="file" id="b"></div></main></body></html>',
        "utf-8",
    )
    assert kinds(path) == (["accounts", "governing_document"], [kind])


def test_row_note_whose_main_clause_sends_stays_conditional(tmp_path: Path) -> None:
    note = "If your group has been running for more than a year, these must be included."
    table = [
        ["Document", "Notes"],
        ["Constitution or set of rules", "Every group"],
        ["Annual accounts", note],
        ["Safeguarding policy", "Every group"],
    ]
    path = write_docx(tmp_path / "guide.docx", ["Documents to send"], table)
    assert kinds(path) == SOME


# -- the accounts named, then ": if ..." what form they take, in the same item -----------------

FORM_ITEMS = [
    "- your most recent annual accounts: if your income is over £25,000 these must be"
    " independently examined or audited",
    "- your latest accounts (if your turnover is above £100,000 they must be audited)",
    "- accounts for your last full year: where your income is more than £250,000 they should be"
    " independently examined",
]


@pytest.mark.parametrize("suffix", [".md", ".docx", ".pdf", ".html"])
@pytest.mark.parametrize("case", range(3))
def test_item_saying_what_form_the_accounts_take(tmp_path: Path, suffix: str, case: int) -> None:
    lines = [
        "What to send",
        "Every applicant must send:",
        "- your constitution",
        FORM_ITEMS[case],
        "- your safeguarding policy",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == EVERYONE


@pytest.mark.parametrize(
    "item",
    [
        "- your latest accounts, if your income is over £25,000",
        "- your latest accounts, if you have been running for more than a year",
    ],
)
def test_item_limiting_the_accounts_stays_conditional(tmp_path: Path, item: str) -> None:
    lines = [
        "Every applicant must send:",
        "- your constitution",
        item,
        "- your safeguarding policy",
    ]
    assert kinds(written(tmp_path, ".md", lines)) == SOME


# -- a guide's contents list ("They explain:") names topics, not documents ---------------------

CONTENTS = [
    [
        "Please read these notes before you apply. They explain:",
        "- what we fund and what we do not fund;",
        "- how we make decisions and what happens if you get a grant.",
    ],
    ["This guide covers:", "- who can apply", "- what the money can pay for", "- when we decide"],
    ["In these notes you will find:", "- how to apply", "- where to get help with your form"],
]


@pytest.mark.parametrize("suffix", [".md", ".docx", ".html"])
@pytest.mark.parametrize("case", range(3))
def test_contents_list_names_no_document(tmp_path: Path, suffix: str, case: int) -> None:
    lines = [
        *CONTENTS[case],
        "What to send",
        "Every applicant must send:",
        "- your constitution",
        "- your latest accounts",
        "- your safeguarding policy",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == EVERYONE


def test_checklist_item_naming_no_kind_is_still_a_document(tmp_path: Path) -> None:
    lines = [
        "Every applicant must send:",
        "- your constitution",
        "- a map showing where the project will happen",
        "- a risk assessment",
    ]
    assert kinds(written(tmp_path, ".md", lines)) == (["governing_document", "other", "other"], [])


# -- review20 F4b: on another document than the accounts a hint's condition says who sends it,
# -- whatever its main clause says of the document's form -------------------------------------

FORM_HINTS = [
    (
        "Risk assessment",
        "If your event is open to the public, it should be completed on our template.",
        "other",
    ),
    ("Food hygiene certificate", "If you will be serving food, it must be current.", "other"),
    (
        "Two written quotes",
        "If you are buying equipment over £500, these must be from different suppliers.",
        "quotes",
    ),
    (
        "Your safeguarding policy",
        "If you work with children, this must be signed by your chair and uploaded.",
        "policy",
    ),
]


@pytest.mark.parametrize("case", range(4))
def test_hint_on_another_document_keeps_its_condition(tmp_path: Path, case: int) -> None:
    label, hint, kind = FORM_HINTS[case]
    path = tmp_path / "form.html"
    path.write_text(
        "<html><body><main><h2>3. Documents</h2><p>Please upload each of these.</p>"
        '<div class="form-group"><label for="g">Your governing document</label>'
        '<input type="file" id="g"></div>'
        f'<div class="form-group"><label for="a">{label}</label><p class="hint">{hint}</p>'
        '<input type="file" id="a"></div>'
        '<div class="form-group"><label for="b">Your latest accounts</label>'
        '<input type="file" id="b"></div></main></body></html>',
        "utf-8",
    )
    assert kinds(path) == (["accounts", "governing_document"], [kind])


@pytest.mark.parametrize("case", [0, 1])
def test_button_hint_on_another_document_keeps_its_condition(tmp_path: Path, case: int) -> None:
    label, hint, kind = FORM_HINTS[case]
    lines = [
        "Section 5: Upload your documents",
        "Upload 1. Your constitution. Button, Choose file. Required.",
        f"Upload 2. {label}. Button, Choose file.",
        f"Hint: {hint}",
        "Upload 3. Your latest accounts. Button, Choose file. Required.",
    ]
    assert kinds(written(tmp_path, ".txt", lines)) == (["accounts", "governing_document"], [kind])
