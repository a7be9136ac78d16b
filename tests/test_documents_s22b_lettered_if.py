"""A lettered item opening with a condition no cue names read as every applicant's (acc22b,
session 22): "(f) if children or young people will help with planting or care, your
safeguarding policy." asked every applicant for the policy, as "(f)" before "if" hid the
condition that "- if children ..." and "6. if children ..." showed. A list's letter ("(f)", "f)",
"c.", "(iv)") before a condition leads it as a bullet or a number does. Items whose condition
follows the document, and items with no condition, are read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def write(tmp_path: Path, fmt: str, items: list[str]) -> Path:
    """A form's documents part: a heading over lettered items, in the format named."""
    lines = ["PART 4: PLEASE ENCLOSE", *items, "PART 5: DECLARATION"]
    if fmt == "pdf":
        return write_pdf(tmp_path / "form.pdf", [lines])
    path = tmp_path / f"form.{fmt}"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("fmt", "item", "kind"),
    [
        (
            "txt",
            "(f) if children or young people will help with planting, your safeguarding policy.",
            "policy",
        ),
        ("pdf", "c. if older people will take part, a risk assessment for the sessions;", "other"),
        ("md", "d) where volunteers drive minibuses, copies of their driving licences;", "other"),
        ("txt", "(iv) if children will help, a list of your DBS checks.", "dbs_check"),
    ],
)
def test_a_lettered_item_opening_with_a_condition_is_some_applicants(
    tmp_path: Path, fmt: str, item: str, kind: str
) -> None:
    items = ["(a) a copy of your constitution or rules;", item]
    assert kinds(write(tmp_path, fmt, items)) == (["governing_document"], [kind])


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_lettered_items_with_no_leading_condition_are_everyones(tmp_path: Path, fmt: str) -> None:
    """Near misses: a condition after the document, and items with none."""
    items = [
        "(a) a copy of your constitution or rules;",
        "(b) your latest accounts, signed by your treasurer;",
        "(c) a risk assessment, if the sessions are held outdoors.",
        "(d) a map of the site showing where the trees will go.",
        # (review22 F7: where to find a document is no condition)
        "(e) where to find your safeguarding policy online, or a copy of it;",
    ]
    assert kinds(write(tmp_path, fmt, items)) == (
        ["accounts", "governing_document", "other", "policy"],
        ["other"],
    )
