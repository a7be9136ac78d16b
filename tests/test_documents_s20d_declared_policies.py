"""Policies a declaration confirms (acc20d, session 20): a declaration's sentence in the
applicant's voice confirms the policies it names, though "we" in prose is the funder speaking of
its own. The rulebook: a policy that is only confirmed (a declaration tick) is in
policies_required but is not an attachment. Besides a sentence opening "I confirm", two common
layouts: the confirmation after its own condition ("Where our activities involve children, we
confirm that we have a safeguarding policy") and a later sentence of a declaration saying what
the group has ("I confirm that ... . If our group works with children, we have a safeguarding
policy and we follow it"). Small documents of the test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from test_documents_s16a_attachments import written


def policies(path: Path) -> tuple[list[str], list[str]]:
    """The policies every applicant must have, and those some must have."""
    found = Measurer().measure(path, path.name)[1].policies
    every = sorted({str(p.value) for p in found if not p.conditional})
    some = sorted({str(p.value) for p in found if p.conditional} - set(every))
    return every, some


DECLARATIONS = [
    (
        "I confirm that the information on this form is correct and that the grant will be spent"
        " on the project described. If our group works with children or adults at risk, we have"
        " a safeguarding policy and we follow it.",
        ([], ["safeguarding"]),
    ),
    (
        "We confirm that the information given on this form is correct. Where our activities"
        " involve children or vulnerable adults, we confirm that we have a safeguarding policy"
        " and follow it.",
        ([], ["safeguarding"]),
    ),
    (
        "I declare that the details above are true. We have an equal opportunities policy and we"
        " follow it.",
        (["equality"], []),
    ),
]


@pytest.mark.parametrize("suffix", [".md", ".txt", ".html", ".docx"])
@pytest.mark.parametrize("case", range(3))
def test_declaration_confirms_the_policy(tmp_path: Path, suffix: str, case: int) -> None:
    text, expected = DECLARATIONS[case]
    lines = ["Part 5: Declaration", text, "Signed: ____________", "Date: ____________"]
    assert policies(written(tmp_path, suffix, lines)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the funder's own, in prose: no declaration
        "About the trust. We have a safeguarding policy that covers all our grant-making.",
        # a declaration naming the funder's policy, not saying the group has one
        "I confirm that I have read the council's privacy notice. Our equality policy is on"
        " our website.",
    ],
)
def test_prose_in_the_funders_voice_confirms_nothing(tmp_path: Path, text: str) -> None:
    lines = ["About this fund", text, "How to apply", "Fill in the form and send it to us."]
    assert policies(written(tmp_path, ".md", lines)) == ([], [])
