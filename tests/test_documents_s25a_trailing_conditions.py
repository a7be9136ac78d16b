"""Attachments (acc25a, session 25): conditions that belong to more than the measurer gave them,
or to something it counted as everyone's.

- A condition closing an item after a comma covers every document the item joins with "and"
  ("your safeguarding policy and proof of DBS checks for your volunteers, if you work with young
  people": both for some; trial24 T4), never one standing between them ("your accounts and, if
  you employ staff, ...": the second only).
- A condition after "or" names what an alternative's senders lack ("your accounts, or if your
  club has no accounts yet, bank statements"): the accounts it names are no third document, and
  the statements are the alternative, for some.
- A lead-in asking for documents "where they apply" leads conditional items.
- An upload whose help excuses some applicants ("Parish councils need not upload this") is sent
  by the others only.
- A list's line saying who can apply names no document.

Small documents of the test's own in several formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

FORMATS = [".txt", ".md", ".docx", ".pdf", ".html"]
HEAD = ["What to send", "Please send us:", "- a budget for the project;"]


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_closing_condition_covers_both_documents_joined_by_and(
    tmp_path: Path, suffix: str
) -> None:
    item = (
        "- your safeguarding policy and proof of DBS checks for your volunteers, if you work"
        " with young people;"
    )
    assert kinds(written(tmp_path, suffix, [*HEAD, item])) == (["budget"], ["dbs_check", "policy"])


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_condition_between_two_documents_is_the_seconds(tmp_path: Path, suffix: str) -> None:
    item = "- your latest accounts and, if you employ staff, your insurance certificate;"
    assert kinds(written(tmp_path, suffix, [*HEAD, item])) == (
        ["accounts", "budget"],
        ["insurance_certificate"],
    )


@pytest.mark.parametrize("suffix", FORMATS)
def test_an_alternatives_condition_names_no_third_document(tmp_path: Path, suffix: str) -> None:
    item = (
        "- your latest accounts, or if your club has no accounts yet, your two most recent bank"
        " statements;"
    )
    assert kinds(written(tmp_path, suffix, [*HEAD, item])) == (
        ["accounts", "budget"],
        ["bank_statement"],
    )


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_lead_in_for_documents_where_they_apply_is_for_some(tmp_path: Path, suffix: str) -> None:
    lines = [
        *HEAD,
        "- your constitution.",
        "Please also send these where they apply to your group:",
        "- a risk assessment for outdoor sessions;",
        "- two quotes for the equipment.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["budget", "governing_document"],
        ["other", "quotes"],
    )


@pytest.mark.parametrize("suffix", FORMATS)
def test_who_can_apply_in_a_list_names_no_document(tmp_path: Path, suffix: str) -> None:
    lines = [
        "Before you apply",
        "- Residents' associations, charities and sports clubs in the district can apply.",
        "- Grants are up to £2,000.",
        "What to send",
        "Please send us:",
        "- a budget for the project.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["budget"], [])


UPLOADS = """<html><body><main><h1>Apply</h1><form>
<h2>Your documents</h2>
<label for="a">Your latest accounts<span>*</span></label>
<input id="a" type="file" aria-required="true">
<label for="b">Your constitution or set of rules</label>
<input id="b" type="file" aria-describedby="b-help">
<div id="b-help">{help}</div>
</form></main></body></html>"""


@pytest.mark.parametrize(
    ("help_text", "expected"),
    [
        ("Parish and town councils need not upload this.", (["accounts"], ["governing_document"])),
        ("Your signed constitution or set of rules.", (["accounts", "governing_document"], [])),
    ],
)
def test_an_upload_excusing_some_is_the_others(
    tmp_path: Path, help_text: str, expected: tuple[list[str], list[str]]
) -> None:
    path = tmp_path / "form.html"
    path.write_text(UPLOADS.format(help=help_text), encoding="utf-8")
    assert kinds(path) == expected


# review25 F2, F3: a closing clause on how or whether it suits is no condition on who sends
# (what it did to the last document before is old, and left); "may apply" in a document's own
# words leaves it a document
@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize(
    "item",
    [
        "- your latest accounts and your equality policy, if possible as Word files;",
        "- your latest accounts and your equality policy, if you are sending them by post;",
    ],
)
def test_a_closing_clause_on_manner_leaves_the_first_document_everyones(
    tmp_path: Path, suffix: str, item: str
) -> None:
    required, _ = kinds(written(tmp_path, suffix, [*HEAD, item]))
    assert "accounts" in required


@pytest.mark.parametrize("suffix", FORMATS)
def test_conditions_that_may_apply_name_a_document(tmp_path: Path, suffix: str) -> None:
    item = "- a copy of any licence conditions that may apply to the venue;"
    assert kinds(written(tmp_path, suffix, [*HEAD, item])) == (["budget", "other"], [])
