"""An upload whose help names its document again in other words (acc23b, session 23):
"Landowner's permission *" with the help "A letter or email from the landowner or site manager
agreeing to the work." was two documents, as the label and the help each name one the closed list
does not ("landowner's permission", "letter ... from the landowner": `other` by two names). One
box is one document: where the label names one such document and the help only describes it
(asking for nothing of its own), the help's name is the label's document. Help that asks for
another document ("Also upload planning permission if the work needs it") and a label naming two
("Lease and landlord's consent") are read as before. Small documents of the test's own, never the
labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct
from test_documents_s22b_upload_hints import govuk, gravity, page

DESCRIBED = [
    ("Landowner's permission *", "A letter or email from the landowner agreeing to the work."),
    ("Your lease *", "A copy of your tenancy agreement or licence for the building."),
]


def counts(path: Path) -> tuple[int, int]:
    """How many documents every applicant sends, and how many some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return len(required), len(conditional)


@pytest.mark.parametrize("builder", [govuk, gravity])
@pytest.mark.parametrize("case", range(len(DESCRIBED)))
def test_help_describing_the_labels_document_is_one_document(
    tmp_path: Path, builder: object, case: int
) -> None:
    label, hint = DESCRIBED[case]
    assert counts(page(tmp_path, builder(label, hint, 1))) == (2, 0)  # type: ignore[operator]


@pytest.mark.parametrize("builder", [govuk, gravity])
def test_help_asking_for_another_document_is_read_apart(tmp_path: Path, builder: object) -> None:
    upload = builder(  # type: ignore[operator]
        "Landowner's permission *", "Also upload planning permission if the work needs it.", 1
    )
    assert counts(page(tmp_path, upload)) == (2, 1)


@pytest.mark.parametrize("builder", [govuk, gravity])
def test_a_label_naming_two_documents_is_two(tmp_path: Path, builder: object) -> None:
    make = builder  # (a GOV.UK or Gravity Forms upload)
    upload = make("Lease and landlord's consent *", "A copy of each, in one file.", 1)  # type: ignore[operator]
    assert counts(page(tmp_path, upload)) == (3, 0)


@pytest.mark.parametrize("builder", [govuk, gravity])
def test_a_second_document_the_help_names_is_its_own(tmp_path: Path, builder: object) -> None:
    """review23 F6b: the help's first name is the label's document, the lease a second."""
    upload = builder(  # type: ignore[operator]
        "Landlord's consent *",
        "A letter from your landlord agreeing to the work and a copy of your lease.",
        1,
    )
    assert counts(page(tmp_path, upload)) == (3, 0)
