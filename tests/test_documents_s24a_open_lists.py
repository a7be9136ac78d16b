"""Attachments (acc24a, session 24): a documents list read openly. Every item of a list that
asks for documents is a document (its kind from the vocabulary, else `other`) unless it is
known not to be one, however the list names it: by whose it is ("the supplier's certificate",
"The Council's decision notice designating your area"), by "the" and a document's noun ("The
latest annual inspection report for the play area"), with a long clause after a short name
("a list of the households that support the party, with a signature from each one (...)"), or
with a list title's word inside its name ("evidence of the landowner's agreement"). Statements
about the list, documents in general and the form's own parts stay no document. Small documents
of the test's own in several layouts and formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx
from test_documents_s16a_attachments import kinds, written

HEADS = [["What to send", "Please send us:"], ["Checklist"]]
FORMATS = [".txt", ".md", ".html", ".docx", ".pdf"]

# named in ways no vocabulary knows: each is one document, `other`
UNNAMED = [
    "The latest annual inspection report for the play area (for example from an independent"
    " inspector)",
    "The Council's decision notice designating your neighbourhood area",
    "the host organisation's letter agreeing to manage the grant for you",
    "The minute agreeing to apply for this grant",
    "evidence of the landowner's agreement",
    "(b) a simple plan of the street showing where the stalls and signs will go;",
    "a list of the households in the street that support the party, with a signature from each"
    " one (at least two-thirds of households must agree);",
    "a short publicity plan (one or two pages) saying what you want to tell people, who you will"
    " reach, how and when;",
    "a) a copy of the minute of the meeting at which your committee agreed to prepare the plan"
    " and to apply for this grant;",
]


def _listed(head: list[str], item: str) -> list[str]:
    return [*head, "- a copy of your constitution;", f"- {item}", "- your latest accounts."]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("head", range(len(HEADS)))
@pytest.mark.parametrize("case", range(len(UNNAMED)))
def test_an_item_no_vocabulary_names_is_a_document(
    tmp_path: Path, suffix: str, head: int, case: int
) -> None:
    lines = _listed(HEADS[head], UNNAMED[case])
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["accounts", "governing_document", "other"],
        [],
    )


@pytest.mark.parametrize("case", range(len(UNNAMED)))
def test_a_table_row_no_vocabulary_names_is_a_document(tmp_path: Path, case: int) -> None:
    # a documents table with a column to tick
    rows = [["Document", "Enclosed"], ["A copy of your constitution", ""]]
    rows += [[UNNAMED[case].removeprefix("(b) ").removeprefix("a) "), ""]]
    rows += [["Your latest accounts", ""]]
    path = write_docx(tmp_path / "t.docx", ["Documents checklist"], table=rows)
    assert kinds(path) == (["accounts", "governing_document", "other"], [])


# an item's own condition stays its own: the rest of the list is everyone's
@pytest.mark.parametrize("suffix", FORMATS)
def test_an_unnamed_item_keeps_its_own_condition(tmp_path: Path, suffix: str) -> None:
    item = "the landowner's written agreement, if you do not own the site"
    lines = _listed(HEADS[0], item)
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["accounts", "governing_document"],
        ["other"],
    )


# in the same list, known not to be documents: the form's own parts, statements about the list,
# documents in general, details typed into the form
NOT_DOCUMENTS = [
    "The completed and signed application form",
    "The signed declaration",
    "The Council's decision is final",
    "Photocopies are fine",
    "Your organisation's name and address",
    "The panel meets in June and December",
    "A member of our grants team is happy to check your documents before you send them, by"
    " phone or by email, on weekdays between 9am and 5pm",
    "Copies of documents you sent us last year, as long as nothing in them has changed since"
    " then and your group still has the same committee",
    "Any documents in a language other than English, together with a translation or a short"
    " summary of what each one says",
    # the funder's own papers and the form's parts, named by whose they are (review24 F1)
    "The council's privacy notice, which you can read on our website",
    "The council's grant conditions",
    "The chair's signature and the date",
    "The grants officer's assessment",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(NOT_DOCUMENTS)))
def test_an_item_known_not_to_be_a_document(tmp_path: Path, suffix: str, case: int) -> None:
    lines = _listed(HEADS[0], NOT_DOCUMENTS[case])
    assert kinds(written(tmp_path, suffix, lines)) == (["accounts", "governing_document"], [])


# a list's title is still a title: the items under it are the next list's
@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
def test_a_list_title_in_the_list_is_still_a_title(tmp_path: Path, suffix: str) -> None:
    lines = [
        "What to send",
        "Please send us:",
        "- a copy of your constitution;",
        "- your latest accounts.",
        "Supporting evidence",
        "If you work with children, please also send:",
        "- your safeguarding policy.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["accounts", "governing_document"],
        ["policy"],
    )


# a list in the applicant's own voice ("A copy of our constitution", "Our latest accounts"): its
# "our" is the applicant's, so a copy of "our" insurance certificate is sent; the funder's own
# cover named in prose sends nothing
@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx", ".html"])
def test_a_copy_of_our_certificate_in_the_applicants_voice(tmp_path: Path, suffix: str) -> None:
    lines = [
        "Documents",
        "Please tick to show which documents you are sending with this form:",
        "- A copy of our constitution or rules",
        "- A copy of our public liability insurance certificate (cover of at least £5 million)",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["governing_document", "insurance_certificate"],
        [],
    )


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_the_funders_own_cover_is_no_document(tmp_path: Path, suffix: str) -> None:
    lines = [
        "What to send",
        "Please send a copy of your constitution.",
        "Volunteers at the event are covered by our own insurance policy.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], [])


# the funder's own certificate offered in prose is not sent (review24 F6)
@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_a_copy_of_the_funders_certificate_on_request_is_no_document(
    tmp_path: Path, suffix: str
) -> None:
    lines = [
        "About us",
        "The council is insured for public liability. A copy of our public liability insurance"
        " certificate is available on request.",
        "What to send",
        "Please send a copy of your constitution.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], [])
