"""Attachments (acc25a, session 25): documents that are not asked of applicants now. One marked
as the applicant's choice ("(optional)", "(optional: include one if you have it)", "you may also
send ...") is offered, not asked (the rulebook; trial24 T6, T17 c); one asked only after the
decision ("(after we award the grant)", "if your application is successful", "Successful groups
will need to send ...") is the grant's paperwork, not the application's (trial24 T17 a, b). A
documents table's 'Who must send it' cell can say the same ("Optional", "After we award a
grant"). Before, the first were counted for some applicants and the second for every applicant.
"Optional" ahead of who sends it ("(optional - if buying equipment)") still limits the document
to some. Small documents of the test's own in several formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

FORMATS = [".txt", ".md", ".docx", ".pdf", ".html"]
HEAD = ["What to send", "Please send us:", "- your constitution;"]

NOT_NOW = [
    "- pictures of the hall as it is now (optional);",
    "- a letter from a local councillor (optional: include one if you have it);",
    "- receipts for everything you buy (after we award the grant);",
    "- your equality policy: we will ask for it only after we award a grant;",
    "- a copy of your latest bank statement, if your application is successful;",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(NOT_NOW)))
def test_an_item_offered_or_asked_after_the_award_is_not_sent(
    tmp_path: Path, suffix: str, case: int
) -> None:
    lines = [*HEAD, NOT_NOW[case], "- a budget for the project."]
    assert kinds(written(tmp_path, suffix, lines)) == (["budget", "governing_document"], [])


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".html"])
def test_what_successful_groups_send_is_not_sent_now(tmp_path: Path, suffix: str) -> None:
    lines = [
        "Documents",
        "Please send your constitution with the form.",
        "Successful groups will need to send a recent bank statement.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], [])


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_further_document_the_applicant_may_send_is_not_asked(
    tmp_path: Path, suffix: str
) -> None:
    item = "- your safeguarding policy (you may also send your volunteer policy if you wish);"
    assert kinds(written(tmp_path, suffix, [*HEAD, item])) == (
        ["governing_document", "policy"],
        [],
    )


# near misses: optional ahead of who sends it, and a document asked now, stay
@pytest.mark.parametrize("suffix", FORMATS)
def test_optional_ahead_of_who_still_limits(tmp_path: Path, suffix: str) -> None:
    item = "- quotes (optional - if buying equipment);"
    assert kinds(written(tmp_path, suffix, [*HEAD, item])) == (["governing_document"], ["quotes"])


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_document_asked_now_beside_one_asked_later_stays(tmp_path: Path, suffix: str) -> None:
    lines = [
        *HEAD,
        "- your latest accounts; if we award a grant we will also need your bank details.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["accounts", "governing_document"], [])


ROWS = [
    ("Your constitution", "Everyone"),
    ("A bank details form", "After we award a grant"),
    ("Photographs of your group", "Optional"),
    ("A risk assessment", "Groups running outdoor events"),
]


def _table(tmp_path: Path, suffix: str) -> Path:
    path = tmp_path / f"doc{suffix}"
    if suffix == ".md":
        rows = "\n".join(f"| {a} | {b} |" for a, b in ROWS)
        text = f"# What to send\n\n| Document | Who must send it |\n| --- | --- |\n{rows}\n"
    else:
        cells = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in ROWS)
        text = (
            "<html><body><main><h2>What to send</h2><table><tr><th>Document</th>"
            f"<th>Who must send it</th></tr>{cells}</table></main></body></html>"
        )
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_a_who_cell_saying_optional_or_after_the_award_asks_nothing(
    tmp_path: Path, suffix: str
) -> None:
    assert kinds(_table(tmp_path, suffix)) == (["governing_document"], ["other"])


# review25 F4: the award named inside what a document shows, in a tip, or before an ask now
# leaves the document asked now
@pytest.mark.parametrize("suffix", FORMATS)
def test_the_award_inside_a_documents_description_leaves_it_asked(
    tmp_path: Path, suffix: str
) -> None:
    item = "- a delivery timetable showing what will happen after we award the grant;"
    assert kinds(written(tmp_path, suffix, [*HEAD, item])) == (
        ["governing_document", "project_plan"],
        [],
    )


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".html"])
def test_a_tip_about_successful_groups_leaves_the_ask(tmp_path: Path, suffix: str) -> None:
    lines = [
        "Documents",
        "Please send your constitution.",
        "Successful groups often send a simple budget with the form, so please include one.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["budget", "governing_document"], [])


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_wish_to_do_something_else_is_who_not_an_offer(tmp_path: Path, suffix: str) -> None:
    item = "- a budget, if you wish to count volunteer time as match funding;"
    assert kinds(written(tmp_path, suffix, [*HEAD, item])) == (["governing_document"], ["budget"])


# review25 F5: an offer marks only the document it follows or opens, never everyone's document
# joined before it
@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize(
    "item",
    [
        "- your latest accounts and, if you wish, your annual report;",
        "- your latest accounts or, if you like, your last two bank statements;",
    ],
)
def test_an_offer_after_a_join_leaves_the_document_before_it(
    tmp_path: Path, suffix: str, item: str
) -> None:
    required, _ = kinds(written(tmp_path, suffix, [*HEAD, item]))
    assert required == ["accounts", "governing_document"]


@pytest.mark.parametrize("suffix", FORMATS)
def test_optional_extras_named_in_a_bracket_leave_the_item(tmp_path: Path, suffix: str) -> None:
    item = "- your latest accounts (optional extras such as photos can come later);"
    required, conditional = kinds(written(tmp_path, suffix, [*HEAD, item]))
    assert "accounts" in required + conditional
