"""Attachments (acc15a, session 15): each general cause of a miss, found on small documents of
the test's own in several wordings and formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def page(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "form.html"
    path.write_text(f"<html><body><main><h1>Small Grants 2027</h1>{body}</main></body></html>")
    return path


# -- an upload with no label of its own is named by the title just before it -----------------

BANK_ROWS = (
    "<table role='presentation'>"
    "<tr><td><label for='acc'>Account number *</label></td><td><input id='acc'></td></tr>"
    "</table><h2>Part 4: Your documents</h2><p>Upload each one as a PDF.</p>"
    "<table role='presentation'>"
    "<tr><td>{first} *</td><td><input type='file' name='u1'></td></tr>"
    "<tr><td>{second} *<div>They must be signed by your treasurer.</div></td>"
    "<td><input type='file' name='u2'></td></tr></table>"
)
BUILDER = (
    "<div><label for='amt'>How much are you asking for? (£) *</label><input id='amt'></div>"
    "<div class='q'><div class='title'>{first} *</div><div>One file, please.</div>"
    "<button type='button' aria-label='Upload file'>Upload file</button></div>"
    "<div class='q'><div class='title'>{second} *</div>"
    "<div>Allowed file types: PDF, Word. Max 10MB.</div>"
    "<button type='button' aria-label='Upload file'>Upload file</button></div>"
)


@pytest.mark.parametrize("layout", [BANK_ROWS, BUILDER])
@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Minutes of the meeting that agreed to apply",
            "Latest annual accounts",
            ["accounts", "other"],
        ),
        ("A map of the site", "Your constitution or set of rules", ["governing_document", "other"]),
    ],
)
def test_upload_named_by_its_own_title(
    tmp_path: Path, layout: str, first: str, second: str, expected: list[str]
) -> None:
    # a label names its own control: the uploads after "Account number" are not account numbers
    path = page(tmp_path, layout.format(first=first, second=second))
    assert kinds(path) == (expected, [])


@pytest.mark.parametrize(
    "title",
    [
        "7. Walking groups only: upload the risk assessment for your routes",
        "12. Capital projects only: upload two quotes for the work",
    ],
)
def test_numbered_upload_title_opening_with_its_condition(tmp_path: Path, title: str) -> None:
    body = (
        "<div class='q'><div class='title'>6. Upload your constitution *</div>"
        "<button type='button' aria-label='Upload file'>Upload file</button></div>"
        f"<div class='q'><div class='title'>{title}</div>"
        "<div>File number limit: 3. Allowed file types: PDF.</div>"
        "<button type='button' aria-label='Upload file'>Upload file</button></div>"
    )
    required, conditional = kinds(page(tmp_path, body))
    assert required == ["governing_document"]
    assert len(conditional) == 1
