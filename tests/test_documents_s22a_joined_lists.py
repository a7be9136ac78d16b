"""Two documents on one checklist line (acc22a, session 22). (1) A bracket naming who sends them,
closing a line of documents joined by "and", is all of theirs: "Constitution and latest annual
accounts (organisations only)" asks some applicants for both, not every applicant for the
constitution. (2) A bracket about the first of two alternatives leaves them alternatives: "your
lease (at least 15 years left), or the landowner's written permission" is one document, as
"your lease, or the landowner's written permission" already was. Documents of the test's own,
in several wordings and formats (never the corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

HEAD = ["Documents to send", "Please send these with your form:", "- a bank statement;"]

JOINED = [
    (".txt", "- Constitution and latest annual accounts (organisations only)"),
    (".md", "- Your constitution and your latest accounts (charities and CIOs only)"),
    (".docx", "- Your governing document and your annual accounts (registered charities only)"),
    (".html", "- Constitution and accounts (groups applying for over £2,000 only)"),
    (".pdf", "- Your constitution and last year's accounts (organisations only)."),
]


@pytest.mark.parametrize("case", range(len(JOINED)))
def test_a_who_bracket_closing_a_joined_line_limits_every_document(
    tmp_path: Path, case: int
) -> None:
    suffix, line = JOINED[case]
    assert kinds(written(tmp_path, suffix, [*HEAD, line])) == (
        ["bank_statement"],
        ["accounts", "governing_document"],
    )


JOINED_NEAR = [
    # a bracket saying what the last one shows, not who sends them
    (".txt", "- Your constitution and your accounts (signed by your treasurer)", []),
    (".docx", "- Your constitution and your latest accounts (they need not be audited)", []),
    # a second line, a list of its own: the bracket is the line's last document's alone
    (".md", "- Your constitution, and a quote for the boiler (capital projects only)", ["quotes"]),
]


@pytest.mark.parametrize("case", range(len(JOINED_NEAR)))
def test_a_bracket_that_names_no_one_or_closes_one_document_limits_only_it(
    tmp_path: Path, case: int
) -> None:
    suffix, line, some = JOINED_NEAR[case]
    required, conditional = kinds(written(tmp_path, suffix, [*HEAD, line]))
    assert conditional == some
    assert "governing_document" in required


ALTERNATIVES = [
    (".txt", "- your lease (at least 15 years left), or the landowner's written permission;"),
    (".docx", "- your tenancy agreement (signed by both sides), or a letter from your landlord;"),
    (".html", "- a site plan (drawn to scale), or a location map;"),
    (".md", "- your lease (with ten years to run), or written permission from the owner;"),
]


@pytest.mark.parametrize("case", range(len(ALTERNATIVES)))
def test_a_bracket_on_the_first_alternative_leaves_one_document(tmp_path: Path, case: int) -> None:
    suffix, line = ALTERNATIVES[case]
    assert kinds(written(tmp_path, suffix, [*HEAD, line])) == (["bank_statement", "other"], [])


ALTERNATIVE_NEAR = [
    # "and" after the bracket: two documents
    (".txt", "- your lease (at least 15 years left), and the landowner's written permission;"),
    (".html", "- a site plan (drawn to scale), and a risk assessment for the work;"),
]


@pytest.mark.parametrize("case", range(len(ALTERNATIVE_NEAR)))
def test_a_bracket_then_and_still_names_two(tmp_path: Path, case: int) -> None:
    suffix, line = ALTERNATIVE_NEAR[case]
    assert kinds(written(tmp_path, suffix, [*HEAD, line])) == (
        ["bank_statement", "other", "other"],
        [],
    )
