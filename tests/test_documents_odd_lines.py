"""Lines of a form that are nearly nothing (a dot leader alone, a tick box alone), found by
feeding the measurer random documents built from the lines real forms hold: each was an
internal error (exit 3) before, and each format that can carry the line is tried."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx, write_pdf
from grantcheck.documents import Measurer

ODD = ["....", ". . . .", "…", "[  ]", "☐", "___", "-", "*", "|"]


def _measure(path: Path) -> int:
    """The questions measured (the point is that measuring returns at all)."""
    return len(Measurer().measure(path, path.name)[1].questions)


@pytest.mark.parametrize("line", ODD)
def test_a_nearly_empty_paragraph_in_word(tmp_path: Path, line: str) -> None:
    path = write_docx(tmp_path / "form.docx", ["Application form", line, "Describe your project"])
    assert _measure(path) >= 0


@pytest.mark.parametrize("line", ODD)
def test_a_nearly_empty_line_in_text_and_pdf(tmp_path: Path, line: str) -> None:
    lines = ["Application form", line, "Describe your project (max 100 words)", line]
    text = tmp_path / "form.txt"
    text.write_text("\n".join(lines), encoding="utf-8")
    assert _measure(text) >= 1  # (the limited question is read, whatever the odd line is)
    if line.isascii():  # (the test PDFs are written in a standard font's Latin-1)
        assert _measure(write_pdf(tmp_path / "form.pdf", [lines])) >= 1
