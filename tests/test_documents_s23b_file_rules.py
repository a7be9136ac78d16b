"""An upload's file rules read as its help (acc23b, session 23): a Gravity Forms upload
"Safeguarding policy" whose input names both its description ("Only if your project involves
children, young people or vulnerable adults.") and its file rules ("Accepted file types: pdf,
doc, docx, Max. file size: 10 MB.") was read with the rules as its help, twice, and the
description, the only words that limit it, fell outside the help read: the policy was every
applicant's. Lines that only give the file's types or size are no help on the document. Help that
limits is read as before. Small documents of the test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct
from test_documents_s22b_upload_hints import govuk, gravity, page

RULES = [
    "Accepted file types: pdf, doc, docx, Max. file size: 10 MB.",
    "Maximum file size 5MB. Allowed file types: PDF, JPG.",
]


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def described(label: str, description: str, rules: str, n: int) -> str:
    """A Gravity Forms upload whose input is described by its description and its rules."""
    return (
        f'<div class="gfield"><label class="gfield_label" for="input_{n}">{label}</label>'
        f'<div class="ginput_container"><input name="input_{n}" id="input_{n}" type="file" '
        f'aria-describedby="desc_{n} rules_{n}"><span class="gfield_description" '
        f'id="rules_{n}">{rules}</span></div>'
        f'<div class="gfield_description" id="desc_{n}">{description}</div></div>'
    )


@pytest.mark.parametrize("rules", RULES)
@pytest.mark.parametrize(
    "description",
    [
        "Only if your project involves children, young people or vulnerable adults.",
        "Needed only for projects working with children.",
    ],
)
def test_file_rules_are_no_help(tmp_path: Path, rules: str, description: str) -> None:
    upload = described("Safeguarding policy", description, rules, 1)
    assert kinds(page(tmp_path, upload)) == (["governing_document"], ["policy"])


@pytest.mark.parametrize("rules", RULES)
def test_an_upload_with_rules_and_no_limit_is_everyones(tmp_path: Path, rules: str) -> None:
    upload = described(
        "Safeguarding policy", "Your current policy, signed by your chair.", rules, 1
    )
    assert kinds(page(tmp_path, upload)) == (["governing_document", "policy"], [])


# the rules and a limit on one line: the limit is read (review23 F7)
LIMITED = [
    ("Food hygiene certificate", "Maximum file size 5MB. Only needed if you will be serving food."),
    (
        "Safeguarding policy",
        "Accepted file types: PDF, JPG. Upload this only if your project involves children.",
    ),
    (
        "DBS certificates",
        "Max. file size: 10 MB. Only if your volunteers work alone with children.",
    ),
]


@pytest.mark.parametrize("builder", [govuk, gravity])
@pytest.mark.parametrize("case", range(len(LIMITED)))
def test_rules_then_a_limit_on_one_line_limit(tmp_path: Path, builder: object, case: int) -> None:
    label, hint = LIMITED[case]
    path = page(tmp_path, builder(label, hint, 1))  # type: ignore[operator]
    assert len(kinds(path)[1]) == 1
