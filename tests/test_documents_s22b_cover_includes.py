"""What an insurance policy must include read as a request for its certificate (acc22b, session
22): "Your church's insurance must include public liability cover of at least £5 million that
covers the project's activities; please check with your insurer, but you do not need to send
the certificate." read "must include" as asking for the certificate. Insurance that must
include a cover is insurance to hold (the rulebook: held, not sent, is no attachment). "Please
include a copy of your insurance certificate" and "Your application must include your insurance
certificate" still ask for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def write(tmp_path: Path, fmt: str, line: str) -> Path:
    """A guide's insurance paragraph, in the format named."""
    lines = ["Insurance", line]
    if fmt == "pdf":
        return write_pdf(tmp_path / "guide.pdf", [lines])
    if fmt == "docx":
        return write_docx(tmp_path / "guide.docx", lines)
    path = tmp_path / "guide.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("fmt", "line"),
    [
        ("txt", "Your insurance must include public liability cover of at least £5 million."),
        (
            "docx",
            "Your church's insurance must include public liability cover of at least £5 million "
            "that covers the project's activities; please check with your insurer, but you do "
            "not need to send the certificate.",
        ),
        ("pdf", "The group's insurance policy should include public liability cover of £5m."),
    ],
)
def test_what_the_insurance_must_include_is_held(tmp_path: Path, fmt: str, line: str) -> None:
    assert kinds(write(tmp_path, fmt, line)) == ([], [])


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize(
    "line",
    [
        "Please include a copy of your public liability insurance certificate.",
        "Your application must include your public liability insurance certificate.",
    ],
)
def test_a_certificate_to_include_is_sent(tmp_path: Path, fmt: str, line: str) -> None:
    """Near misses: the certificate asked to go with the application."""
    assert kinds(write(tmp_path, fmt, line)) == (["insurance_certificate"], [])
