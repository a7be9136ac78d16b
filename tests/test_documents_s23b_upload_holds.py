"""An upload's help saying what the document must cover under a condition (acc23b, session 23):
"Upload your risk assessment for the project" with the help "It must cover working near water if
any of the work is by a river, brook, pond or the canal." made the upload some applicants' only:
the help's "if" was read as who sends it. A help sentence that points back to the document and
says what it must hold ("It must cover ...", "It should include ...", "They need to show ...")
picks what goes in it; the upload, asked with no condition, is every applicant's, as the same
note under a list's item already reads. Help that says when the upload is needed ("It is only
needed if your project includes sport", "Only if ...") still limits it. Small documents of the
test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct
from test_documents_s22b_upload_hints import govuk, gravity, page

HOLDS = [
    ("Your risk assessment", "It must cover working near water if any of the work is by a river."),
    (
        "Safeguarding policy",
        "It should include lone working if any sessions are held away from the hall.",
    ),
    ("Project plan", "This needs to show the weeks of each activity if the work runs in phases."),
]
LIMITS = [
    ("Your risk assessment", "It is only needed if your project includes sport."),
    ("Your risk assessment", "Only if any of the work is by a river, pond or canal."),
]
KIND = {
    "Your risk assessment": "other",
    "Safeguarding policy": "policy",
    "Project plan": "project_plan",
}


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def printed(tmp_path: Path, label: str, hint: str) -> Path:
    """A GOV.UK page printed to PDF by the browser: each file input prints as its button."""
    lines = [
        "Apply for a small grant",
        "Upload your documents",
        "Governing document",
        "Your constitution or set of rules.",
        "Choose File No file chosen",
        label,
        hint,
        "Choose File No file chosen",
    ]
    return write_pdf(tmp_path / "printed.pdf", [lines])


def built(tmp_path: Path, layout: str, label: str, hint: str) -> Path:
    if layout == "printed":
        return printed(tmp_path, label, hint)
    return page(tmp_path, (govuk if layout == "govuk" else gravity)(label, hint, 1))


@pytest.mark.parametrize("layout", ["govuk", "gravity", "printed"])
@pytest.mark.parametrize("case", range(len(HOLDS)))
def test_help_saying_what_it_holds_limits_no_upload(tmp_path: Path, layout: str, case: int) -> None:
    label, hint = HOLDS[case]
    assert kinds(built(tmp_path, layout, label, hint)) == (
        sorted(["governing_document", KIND[label]]),
        [],
    )


@pytest.mark.parametrize("layout", ["govuk", "gravity"])
@pytest.mark.parametrize("case", range(len(LIMITS)))
def test_help_saying_when_it_is_needed_limits(tmp_path: Path, layout: str, case: int) -> None:
    label, hint = LIMITS[case]
    assert kinds(built(tmp_path, layout, label, hint)) == (["governing_document"], ["other"])


# the "if" about the applicant: who sends it, as before (review23 F5)
ABOUT_YOU = [
    (
        "Food hygiene certificate",
        "This should show a rating of 3 or more if you will be serving food.",
    ),
    (
        "DBS certificates",
        "These should list every volunteer who will be alone with children, if your project"
        " works with under-18s.",
    ),
]


@pytest.mark.parametrize("layout", ["govuk", "gravity"])
@pytest.mark.parametrize("case", range(len(ABOUT_YOU)))
def test_help_whose_if_is_about_the_applicant_limits(
    tmp_path: Path, layout: str, case: int
) -> None:
    label, hint = ABOUT_YOU[case]
    required, conditional = kinds(built(tmp_path, layout, label, hint))
    assert required == ["governing_document"] and len(conditional) == 1
