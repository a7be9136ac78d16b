"""Attachments every applicant sends, counted too many (acc20b, session 20): each general cause,
found on small documents of the test's own in several wordings and formats (never the labelled
corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def written(tmp_path: Path, suffix: str, lines: list[str]) -> Path:
    """The lines as a document of the format: text, Markdown, HTML, Word or a text PDF."""
    path = tmp_path / f"doc{suffix}"
    if suffix == ".docx":
        return write_docx(path, lines)
    if suffix == ".pdf":
        return write_pdf(path, [lines])
    if suffix == ".html":
        body = "".join(f"<li>{t[2:]}</li>" if t.startswith("- ") else f"<p>{t}</p>" for t in lines)
        path.write_text(f"<html><body><main>{body}</main></body></html>", encoding="utf-8")
        return path
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def item_list(tmp_path: Path, suffix: str, item: str) -> Path:
    """A documents list: the constitution, then the item."""
    lines = [
        "Community Grants 2027",
        "Please send these with your application form:",
        "- a copy of your constitution;",
        f"- {item}",
    ]
    return written(tmp_path, suffix, lines)


def upload_page(tmp_path: Path, label: str) -> Path:
    """An online form's upload section: the constitution, then a file input with the label."""
    page = (
        "<html><body><form><h2>Documents</h2>"
        '<label for="a">Your constitution or rules (required)</label>'
        '<input type="file" id="a" name="a" required>'
        f'<label for="b">{label}</label><input type="file" id="b" name="b" required>'
        "</form></body></html>"
    )
    path = tmp_path / "apply.html"
    path.write_text(page, encoding="utf-8")
    return path


# -- a document's own words, then "or, if ..., <another document>": the other is some's --------
# ("accounts for the last financial year, or, if your club is new, its bank statements": the
# words after "accounts" describe the accounts, so the bank statements are sent by new clubs
# only, as "your accounts or, if you are new, a bank statement" already was)

OWN_WORDS_THEN_OR_IF = [
    (
        ".txt",
        "your accounts for the last financial year, or, if your club is less than a year old, "
        "its last three months' bank statements;",
    ),
    (
        ".md",
        "your annual accounts signed by your treasurer or, if your group is new, a bank "
        "statement from the last three months.",
    ),
    (
        ".html",
        "accounts for your most recent year, or, if you have not finished a year yet, your "
        "bank statements for the last three months.",
    ),
    (
        ".docx",
        "your latest accounts approved at your AGM, or, where your group has no accounts yet, "
        "your last two bank statements.",
    ),
    (
        ".pdf",
        "your accounts for the last financial year or, if your group is new, your latest bank "
        "statement.",
    ),
]


@pytest.mark.parametrize(("suffix", "item"), OWN_WORDS_THEN_OR_IF)
def test_alternative_after_a_documents_own_words_is_some_applicants(
    tmp_path: Path, suffix: str, item: str
) -> None:
    path = item_list(tmp_path, suffix, item)
    assert kinds(path) == (["accounts", "governing_document"], ["bank_statement"])


def test_upload_label_with_the_alternative_after_its_own_words(tmp_path: Path) -> None:
    label = (
        "Your club's accounts for the last financial year, or, if your club is less than a year "
        "old, its last three months' bank statements (required)"
    )
    path = upload_page(tmp_path, label)
    assert kinds(path)[0] == ["accounts", "governing_document"]


@pytest.mark.parametrize(
    ("suffix", "item"),
    [
        # near misses: a document no kind names, then "or, if ...": one document for all
        (
            ".txt",
            "proof that you own the hall for the next ten years, or, if you rent it, the "
            "landlord's written consent;",
        ),
        # a new item after "and": the same
        (
            ".md",
            "two quotes and evidence that you can use the site, or, if you do not own it, "
            "written permission from the owner.",
        ),
        # the words after a named document name a paper of no kind (review20 F3)
        (
            ".txt",
            "a copy of your constitution together with proof that you own the building or, if "
            "you rent it, your landlord's written permission for the work;",
        ),
        (
            ".docx",
            "your governing document signed by two committee members with evidence that you "
            "own the site or, if you lease it, the landowner's written consent.",
        ),
        (
            ".html",
            "a copy of your constitution together with proof that you own the building or, if "
            "you rent it, your landlord's written permission for the work.",
        ),
    ],
)
def test_unnamed_document_then_or_if_stays_one_for_all(
    tmp_path: Path, suffix: str, item: str
) -> None:
    required, conditional = kinds(item_list(tmp_path, suffix, item))
    assert "other" in required and conditional == []


# -- "your annual report and full accounts": a charity's one filing, whatever the accounts' word --
# ("annual report and accounts" was one document already; a word saying which accounts, "full",
# "audited", "signed", split it into a report of kind other and the accounts)

REPORT_AND_ACCOUNTS = [
    (".docx", "your latest annual report and full accounts, audited or independently examined;"),
    (".txt", "a copy of your most recent annual report and audited accounts;"),
    (".md", "your annual report and signed accounts for your last financial year;"),
    (".html", "your trustees' annual report and independently examined accounts;"),
    (".pdf", "the charity's latest annual report and full financial statements;"),
]


@pytest.mark.parametrize(("suffix", "item"), REPORT_AND_ACCOUNTS)
def test_annual_report_and_qualified_accounts_is_one_document(
    tmp_path: Path, suffix: str, item: str
) -> None:
    assert kinds(item_list(tmp_path, suffix, item)) == (["accounts", "governing_document"], [])


@pytest.mark.parametrize(
    ("suffix", "item", "expected"),
    [
        # near misses: the report and a document of another kind are two
        (".txt", "your annual report and a full breakdown of the project costs;", "budget"),
        (".md", "your latest annual report and two written quotes;", "quotes"),
    ],
)
def test_annual_report_and_another_document_stay_two(
    tmp_path: Path, suffix: str, item: str, expected: str
) -> None:
    assert kinds(item_list(tmp_path, suffix, item)) == (
        sorted(["governing_document", "other", expected]),
        [],
    )


# -- "Westfield CVS", a Council for Voluntary Service, is no curriculum vitae ------------------
# (the kinds' "cvs" matched the capitals: a document of kind other asked of everyone)

CVS_SENTENCES = [
    (".txt", "Please send the form and the documents below to Westfield CVS, 12 High Street."),
    (".md", "Send your form and these documents to Ashby CVS by 30 June."),
    (".html", "Post your form to Ashby CVS, or email it to grants@example.org.uk."),
    (".pdf", "Please post the form and the documents below to Ashby CVS, Mill Lane."),
]


@pytest.mark.parametrize(("suffix", "sentence"), CVS_SENTENCES)
def test_a_council_for_voluntary_service_is_no_cv(
    tmp_path: Path, suffix: str, sentence: str
) -> None:
    lines = [
        "Community Grants 2027",
        sentence,
        "Please send these with your application form:",
        "- a copy of your constitution;",
        "- your latest accounts.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["accounts", "governing_document"], [])


@pytest.mark.parametrize(
    ("suffix", "item"),
    [
        # near misses: curricula vitae asked for are a document (kind other)
        (".txt", "CVs for the two trainers who will run the sessions;"),
        (".md", "a CV for each tutor."),
        (".html", "CVs of your project staff."),
    ],
)
def test_cvs_asked_for_are_still_a_document(tmp_path: Path, suffix: str, item: str) -> None:
    assert kinds(item_list(tmp_path, suffix, item)) == (["governing_document", "other"], [])


# -- "- if the learner is a volunteer: a short email from your chair": the item after its label --
# (a checklist item naming no kind, opened by its condition's label, was not read at all)

LABELLED_ITEMS = [
    (".txt", "if the learner is a volunteer: a short letter from your chair saying so"),
    (".md", "If you run a minibus: your vehicle's registration document (V5C)"),
    (".html", "if you meet in a church hall: a signed hire agreement with the church"),
    (".docx", "if you hire a coach: your operator's O-licence"),
    (".pdf", "If your group is a new CIO: a short note from your bank confirming the account"),
]


@pytest.mark.parametrize(("suffix", "item"), LABELLED_ITEMS)
def test_checklist_item_after_its_conditions_label(tmp_path: Path, suffix: str, item: str) -> None:
    assert kinds(item_list(tmp_path, suffix, item)) == (["governing_document"], ["other"])


@pytest.mark.parametrize(
    ("suffix", "item"),
    [
        # near misses: help or an instruction after a condition's label is no document
        (".txt", "if you are not sure which documents you need: ring us on 01632 960000"),
        (".md", "If you need help with any of these: ask the grants team"),
        (".html", "if you have sent these before: tell us when"),
    ],
)
def test_help_after_a_conditions_label_is_no_document(
    tmp_path: Path, suffix: str, item: str
) -> None:
    assert kinds(item_list(tmp_path, suffix, item)) == (["governing_document"], [])
