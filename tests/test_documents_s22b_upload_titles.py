"""An upload labelled only by its part of the form read as a document (acc22b, session 22): a
saved web form's drop zones hide their file inputs, each under a group labelled by the part's
numbered heading ("4. Documents"), so the input's label is the part's title and was read as a
document every applicant sends ("other"). A numbered title naming only a list ("4. Documents",
"3. Supporting documents", "5) Attachments") names no document; the drop zones' own titles
("Governing document *") name them. An upload whose numbered label names a document ("4.
Your constitution") or a document of no known kind ("2. Risk assessment *") is read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def zone(name: str, title: str) -> str:
    """A drop zone: a hidden file input, then the zone's title and hint."""
    return (
        f'<div class="dropzone" role="button" tabindex="0"><input type="file" name="{name}" '
        f'style="display:none"/><p class="title">{title}</p><p class="hint">Drag a file here or '
        "click to choose</p></div>"
    )


def page(tmp_path: Path, heading: str, zones: str, group: str = "section") -> Path:
    """A saved page: the part's heading labels the group its drop zones sit in."""
    path = tmp_path / "apply.html"
    path.write_text(
        f'<html><body><form><{group} role="group" aria-labelledby="part"><h2 id="part">'
        f"{heading}</h2><p>Upload PDF, Word or photo files up to 10 MB each.</p>{zones}"
        f"</{group}></form></body></html>",
        encoding="utf-8",
    )
    return path


ZONES = zone("gov", "Governing document *") + zone("acc", "Latest annual accounts *")


@pytest.mark.parametrize(
    ("heading", "group"),
    [
        ("4. Documents", "section"),
        ("3. Supporting documents", "section"),
        ("5) Attachments", "div"),
        ("6.2 Documents", "div"),
    ],
)
def test_an_upload_labelled_by_its_part_names_no_document(
    tmp_path: Path, heading: str, group: str
) -> None:
    assert kinds(page(tmp_path, heading, ZONES, group)) == (["accounts", "governing_document"], [])


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("4. Your constitution *", ["governing_document"]),
        ("2. Risk assessment *", ["other"]),
    ],
)
def test_an_upload_whose_numbered_label_names_a_document_is_read(
    tmp_path: Path, label: str, expected: list[str]
) -> None:
    """Near miss: a label with a number that names the document itself."""
    path = tmp_path / "apply.html"
    path.write_text(
        '<html><body><form><h2>Documents</h2><label for="f">'
        f'{label}</label><input type="file" id="f" name="f" required></form></body></html>',
        encoding="utf-8",
    )
    assert kinds(path) == (expected, [])
