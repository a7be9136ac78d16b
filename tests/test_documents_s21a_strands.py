"""Attachments (acc21a, session 21): documents a guide to two grants or strands asks only of the
applicants for one of them ("Groups applying for a capital grant must also send:") are some
applicants', not everyone's; found on small documents of the test's own in several wordings and
formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

EVERYONE = [
    "What you need to send",
    "All applicants must send:",
    "- a copy of your constitution;",
    "- your latest annual accounts.",
]

# a lead-in naming the applicants for one grant, strand or round: what it lists is theirs
STRAND_LEADS = [
    (".txt", "Groups applying for a capital grant must also send:"),
    (".docx", "Organisations seeking a building improvement grant should also provide:"),
    (".md", "Applicants bidding for the Strand 2 development award also need to send:"),
    (".html", "Clubs applying for the larger equipment grant must also upload:"),
    (".pdf", "Projects asking for a pre-development grant must also send:"),
]


@pytest.mark.parametrize("case", range(len(STRAND_LEADS)))
def test_a_lead_in_naming_one_grants_applicants_limits_its_list(tmp_path: Path, case: int) -> None:
    suffix, lead = STRAND_LEADS[case]
    lines = [*EVERYONE, lead, "- two written quotes for the work;", "- planning permission."]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["accounts", "governing_document"],
        ["other", "quotes"],
    )


# the same words naming every applicant: the grant they all apply for, or no grant at all
EVERYONE_LEADS = [
    (".txt", "Groups applying for a grant must also send:"),
    (".docx", "Organisations applying for this grant should also provide:"),
    (".md", "Applicants applying for funding also need to send:"),
    (".html", "All groups applying to us must also upload:"),
]


@pytest.mark.parametrize("case", range(len(EVERYONE_LEADS)))
def test_a_lead_in_naming_every_applicant_leaves_its_list_everyones(
    tmp_path: Path, case: int
) -> None:
    suffix, lead = EVERYONE_LEADS[case]
    lines = [*EVERYONE, lead, "- two written quotes for the work;", "- a project plan."]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["accounts", "governing_document", "project_plan", "quotes"],
        [],
    )


# review21 F1: a guide to one grant, its lead-in "also" besides the form alone, and "All ...":
# every applicant (the lead-in for one grant of several follows what every applicant sends)
ONE_GRANT = [
    (".txt", "Groups applying for the Community Chest grant must also send:", []),
    (".docx", "Groups applying for the Community Chest grant must also send:", []),
    (".md", "All organisations applying for the Small Grants programme must also send:", EVERYONE),
    (".docx", "All groups applying for a capital grant must also send:", EVERYONE),
]


@pytest.mark.parametrize("case", range(len(ONE_GRANT)))
def test_a_lead_in_for_the_guides_own_grant_leaves_its_list_everyones(
    tmp_path: Path, case: int
) -> None:
    suffix, lead, before = ONE_GRANT[case]
    head = before or ["What to send", "Please send your completed application form."]
    lines = [*head, lead, "- a copy of your constitution;", "- your latest annual accounts."]
    assert kinds(written(tmp_path, suffix, lines)) == (["accounts", "governing_document"], [])
