"""A later stage named as the council or a panel inviting the applicant to it (acc23b, session
23): "If the Council invites you to Stage 2, you will need to send a full business case with these
documents:" led a list every applicant who goes on sends (the rulebook's Stage 1 rule), but the
lead-in's "If the" was read as a condition, so the whole list was some applicants' only. Who
invites the applicant to the later stage (we, the council, the panel, the trust) does not make it
a condition; "invites you to an interview" or "to run a stall" names no later stage and still
limits, and so does a grant's size or strand named after the stage ("If you are shortlisted for
a grant over £10,000, please send:"). Small documents of the test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct
from test_documents_s16a_attachments import written

ITEMS = ["- your governing document;", "- your latest annual accounts;", "- a business plan."]
LEAD_INS = [
    "If the Council invites you to Stage 2, you will need to send a full business case with"
    " these documents:",
    "If the panel invites you to the second stage, please send:",
    "Nothing is needed now. If the Trust invites you to submit a full application, you must"
    " upload the following:",
    "If the Community Grants Panel invites you to Stage 2, you will need to send:",
]
# the same words doing the other job: no later stage named, so the list is some applicants'
NEAR_MISSES = [
    "If the Council invites you to an interview, please send us these first:",
    "If the town council invites you to run a stall at the fair, you will also need to send:",
    # a later stage, then a grant's size or strand in the same clause: that limits (review23 F1)
    "If you are shortlisted for a grant over £10,000, please send:",
    "If the panel invites you to the full application round for capital grants, please send:",
]


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("lead_in", LEAD_INS)
def test_a_later_stage_someone_invites_you_to_limits_nothing(
    tmp_path: Path, suffix: str, lead_in: str
) -> None:
    path = written(tmp_path, suffix, ["What happens next", lead_in, *ITEMS])
    assert kinds(path) == (["accounts", "business_plan", "governing_document"], [])


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
@pytest.mark.parametrize("lead_in", NEAR_MISSES)
def test_an_invitation_to_no_later_stage_still_limits(
    tmp_path: Path, suffix: str, lead_in: str
) -> None:
    path = written(tmp_path, suffix, ["What happens next", lead_in, *ITEMS])
    assert kinds(path) == ([], ["accounts", "business_plan", "governing_document"])
