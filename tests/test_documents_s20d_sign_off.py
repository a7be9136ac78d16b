"""A higher level's sign-off joined by "and" (acc20d, session 20): "These must be independently
examined or audited and signed by your trustees" asks for examined accounts that the trustees
sign, not for accounts the trustees alone sign; as ", and approved by your board" was read
already. A lower level offered between ("audited or, if your income is under £25,000, signed by
your treasurer") is still the easiest level. Small documents of the test's own, never the
labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from test_documents_s16a_attachments import written


def level(path: Path) -> str | None:
    found = Measurer().measure(path, path.name)[1].accounts
    return None if found is None else str(found.value)


SIGNED_OFF = [
    (
        "Your latest accounts. These must be independently examined or audited and signed by your"
        " trustees.",
        "independent_examination",
    ),
    ("Your accounts must be audited and approved by your board.", "audited"),
    (
        "Annual accounts, independently examined and then signed by two trustees.",
        "independent_examination",
    ),
]


@pytest.mark.parametrize("suffix", [".md", ".txt", ".html", ".docx"])
@pytest.mark.parametrize("case", range(3))
def test_higher_level_signed_off_with_and(tmp_path: Path, suffix: str, case: int) -> None:
    text, expected = SIGNED_OFF[case]
    lines = ["What to send", "Every applicant must send:", f"- {text}", "- your constitution"]
    assert level(written(tmp_path, suffix, lines)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Accounts, audited or, if your income is under £25,000, signed by your treasurer.",
        "Independently examined accounts if your income is over £25,000 and accounts signed by"
        " your treasurer for smaller groups.",
    ],
)
def test_lower_level_offered_between_is_the_easiest(tmp_path: Path, text: str) -> None:
    lines = ["What to send", "Every applicant must send:", f"- {text}", "- your constitution"]
    assert level(written(tmp_path, ".md", lines)) == "unaudited"
