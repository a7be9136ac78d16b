"""An upload's help naming its own document inside a longer name read as naming another
(acc22b, session 22): "DBS checks" over "Only if children under 16 may come to the hub without a
parent or carer: a list of the volunteers ..., with the date and number of each volunteer's DBS
certificate." was every applicant's, as the help's "certificate" (inside "DBS certificate") read
as another kind, so the help was not the upload's own and did not limit it (so was "policy"
inside "insurance policy schedule"). A kind matched only
inside a longer name of another kind is not named. Help offering another document in the
upload's place is read apart, as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def gravity(label: str, hint: str, n: int) -> str:
    """A Gravity Forms upload: its label, the input, then its description."""
    return (
        f'<div class="gfield"><label class="gfield_label" for="input_{n}">{label}</label>'
        f'<div class="ginput_container"><input name="input_{n}" id="input_{n}" type="file">'
        f'<span class="gform_fileupload_rules">Max. file size: 10 MB.</span></div>'
        f'<div class="gfield_description">{hint}</div></div>'
    )


def govuk(label: str, hint: str, n: int) -> str:
    """A GOV.UK upload: its label, its hint, then the input."""
    return (
        f'<div class="govuk-form-group"><label class="govuk-label" for="f{n}">{label}</label>'
        f'<div class="govuk-hint" id="f{n}-hint">{hint}</div>'
        f'<input class="govuk-file-upload" id="f{n}" name="f{n}" type="file" '
        f'aria-describedby="f{n}-hint"></div>'
    )


def page(tmp_path: Path, uploads: str) -> Path:
    """A saved form: a required governing document upload, then the uploads given."""
    path = tmp_path / "apply.html"
    path.write_text(
        "<html><body><form><h2>Documents</h2>"
        + gravity("Governing document *", "Your constitution or set of rules.", 0)
        + uploads
        + "</form></body></html>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    "uploads",
    [
        gravity(
            "DBS checks",
            "Only if children under 16 may come to the hub without a parent or carer: a list of "
            "the volunteers who will run it, with the number of each volunteer's DBS certificate.",
            1,
        ),
        gravity(
            "Enhanced DBS",
            "Required only if your volunteers work alone with adults at risk: a copy of each "
            "volunteer's DBS certificate.",
            1,
        ),
        gravity(
            "Public liability insurance",
            "Only if you run events: a copy of your public liability insurance policy schedule.",
            1,
        ),
        govuk(
            "Criminal record checks",
            "Only needed if you run sessions for children: a copy of each session leader's DBS "
            "certificate.",
            1,
        ),
    ],
)
def test_help_naming_its_own_document_limits_the_upload(tmp_path: Path, uploads: str) -> None:
    kind = "insurance_certificate" if "insurance" in uploads else "dbs_check"
    assert kinds(page(tmp_path, uploads)) == (["governing_document"], [kind])


def test_help_offering_another_document_is_read_apart(tmp_path: Path) -> None:
    """Near miss: the help offers bank statements in the accounts' place, for new groups."""
    uploads = gravity(
        "Latest annual accounts *",
        "If your group is less than a year old, upload a recent bank statement instead.",
        1,
    )
    assert kinds(page(tmp_path, uploads)) == (
        ["accounts", "governing_document"],
        ["bank_statement"],
    )
