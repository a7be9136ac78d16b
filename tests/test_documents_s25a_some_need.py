"""Attachments (acc25a, session 25): a list's lead-in saying that what follows depends on the
applicant ("Depending on what you plan, you may also need to send:", "You might also need to
upload:") makes every item under it conditional, as does a lead-in naming a kind of project
only some have ("Each project involving work on a building must also send:"; review24 F8).
Before, each item counted for every applicant unless its own words limited it. Lead-ins asking
every applicant ("You will also need to send:", "Each application for a grant must also
include:") leave their items everyone's. Small documents of the test's own in several formats
(never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

FORMATS = [".txt", ".md", ".docx", ".pdf", ".html"]
HEAD = [
    "Documents",
    "Every group must send us its constitution and its most recent annual accounts.",
]
ITEMS = ["- a risk assessment for the activity;", "- two written quotes for the equipment."]
EVERYONE = ["accounts", "governing_document"]

SOME_LEAD_INS = [
    "Depending on what your group plans, you may also need to send:",
    "You might also need to upload:",
    "Some groups may have to provide:",
    "Each project involving work on a building must also send:",
    "Every project working with young people must also send:",
    "Each application for an equipment project must also include:",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(SOME_LEAD_INS)))
def test_a_lead_in_saying_it_depends_makes_its_items_conditional(
    tmp_path: Path, suffix: str, case: int
) -> None:
    lines = [*HEAD, SOME_LEAD_INS[case], *ITEMS]
    assert kinds(written(tmp_path, suffix, lines)) == (EVERYONE, ["other", "quotes"])


# near misses: lead-ins that ask every applicant leave their items everyone's
ALL_LEAD_INS = [
    "You will also need to send:",
    "Every group must also upload:",
    "Each application for a grant must also include:",
    "Every project in the parish must also send:",
    "Every project working with local residents must also send:",  # (review25 F1, LOW)
    "Please send the following with your form; you might also need to send more later:",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(ALL_LEAD_INS)))
def test_a_lead_in_asking_everyone_leaves_its_items_everyones(
    tmp_path: Path, suffix: str, case: int
) -> None:
    lines = [*HEAD, ALL_LEAD_INS[case], *ITEMS]
    assert kinds(written(tmp_path, suffix, lines)) == (sorted([*EVERYONE, "other", "quotes"]), [])


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".html"])
def test_a_sentence_opening_with_depending_on_is_for_some(tmp_path: Path, suffix: str) -> None:
    lines = [
        *HEAD,
        "Depending on the activity, you may also need to send a risk assessment.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (EVERYONE, ["other"])


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".html"])
def test_a_level_depending_on_income_is_still_everyones_accounts(
    tmp_path: Path, suffix: str
) -> None:
    lines = [
        "Documents",
        "Please send your constitution and your accounts, audited or independently examined"
        " depending on your income.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (EVERYONE, [])


# review25 F1: "may need to" after what everyone sends limits none of it
@pytest.mark.parametrize("suffix", FORMATS)
def test_may_need_to_after_everyones_documents_leaves_them_everyones(
    tmp_path: Path, suffix: str
) -> None:
    lines = [
        "Documents",
        "Please send us:",
        "- your constitution;",
        "- your latest accounts (groups under a year old may need to send bank statements"
        " instead).",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (EVERYONE, ["bank_statement"])


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".html"])
def test_may_need_to_late_in_a_sentence_leaves_the_documents_before_it(
    tmp_path: Path, suffix: str
) -> None:
    lines = [
        "Documents",
        "Please send your constitution and your latest accounts, and you might also need to"
        " send more papers later.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (EVERYONE, [])
