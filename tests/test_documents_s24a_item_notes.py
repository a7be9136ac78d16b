"""Attachments (acc24a, session 24): an item's own note that names no condition on who sends
it leaves the item everyone's. An example of who writes it ("a letter from each partner (for
example the school or care home)", "..., for example a council officer or a support
organisation"), a second thing a policy must cover in brackets ("covering adults at risk (and
children, if they take part)") and leave to send a draft ("(if you have not adopted it yet,
send the draft, ...)") each made the item conditional. A bracket or clause that does name some
applicants still limits its item. Small documents of the test's own in several formats (never
the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

FORMATS = [".txt", ".md", ".docx", ".pdf", ".html"]
HEAD = ["What to send", "Please send us:", "- your latest accounts;"]

NOTES = [
    (
        "- a letter from each partner organisation (for example the school, nursery or care home)"
        " confirming that it will take part;",
        "letters_of_support",
    ),
    (
        "- a letter of support from someone outside your group who knows your work, for example a"
        " council officer, a health worker or a support organisation;",
        "letters_of_support",
    ),
    (
        "- your safeguarding policy, covering adults at risk (and children, if they take part);",
        "policy",
    ),
    (
        "- your constitution or set of rules (if you have not adopted it yet, send the draft, but"
        " we will not pay the grant until it has been adopted);",
        "governing_document",
    ),
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(NOTES)))
def test_a_note_naming_no_condition_leaves_the_item_everyones(
    tmp_path: Path, suffix: str, case: int
) -> None:
    item, kind = NOTES[case]
    assert kinds(written(tmp_path, suffix, [*HEAD, item])) == (sorted(["accounts", kind]), [])


# a note that does name some applicants still limits its item
LIMITING = [
    ("- two quotes (for groups buying equipment);", "quotes"),
    ("- a letter from the school, for schools only;", "other"),
    ("- your safeguarding policy (if you work with children);", "policy"),
    ("- a letter from your landlord (if you rent your building);", "other"),
    ("- evidence of DBS checks, covering all staff if you work with children;", "dbs_check"),
]


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".html"])
@pytest.mark.parametrize("case", range(len(LIMITING)))
def test_a_note_naming_some_applicants_still_limits(tmp_path: Path, suffix: str, case: int) -> None:
    item, kind = LIMITING[case]
    assert kinds(written(tmp_path, suffix, [*HEAD, item])) == (["accounts"], [kind])
