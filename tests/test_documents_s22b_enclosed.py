"""A tick line saying a document is enclosed read as asking every applicant for it (acc22b,
session 22): "If anything you want to buy costs more than £100, please send a quote or a copy of
the price list with this form." then "[ ] Quote or price list enclosed": the tick line repeats
what the sentence above asked of some applicants; it asks nothing of its own. A line stating
its document enclosed, attached or included is a recap: it counts only where nothing else asks
for the document. A lone "[ ] Constitution enclosed" is still asked, and "Two quotes must be
attached." asks as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx
from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def write(tmp_path: Path, fmt: str, lines: list[str]) -> Path:
    """A form's documents part: a heading, then the lines, in the format named ("[ ]" typed
    boxes in text, a task list in Markdown, "☐" in Word)."""
    if fmt == "docx":
        lines = [line.replace("[ ] ", "☐ ") for line in lines]
        return write_docx(tmp_path / "form.docx", ["PART 4: WHAT TO SEND", *lines])
    if fmt == "md":
        lines = [line.replace("[ ] ", "- [ ] ") for line in lines]
        text = "# Form\n\n## Part 4: What to send\n\n" + "\n\n".join(lines)
    else:
        text = "FORM\n\nPART 4: WHAT TO SEND WITH THIS FORM\n\n" + "\n".join(lines)
    path = tmp_path / f"form.{fmt}"
    path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("fmt", "asked", "ticked", "kind"),
    [
        (
            "txt",
            "If anything you want to buy costs more than £100, please send a quote or a copy "
            "of the price list with this form.",
            "[ ] Quote or price list enclosed",
            "quotes",
        ),
        (
            "md",
            "If your group works with children, please send your safeguarding policy.",
            "[ ] Safeguarding policy attached",
            "policy",
        ),
        (
            "docx",
            "For events held outdoors, please send a risk assessment.",
            "[ ] Risk assessment enclosed",
            "other",
        ),
    ],
)
def test_a_tick_line_stating_a_document_enclosed_repeats_it(
    tmp_path: Path, fmt: str, asked: str, ticked: str, kind: str
) -> None:
    assert kinds(write(tmp_path, fmt, [asked, ticked])) == ([], [kind])


@pytest.mark.parametrize("fmt", ["txt", "md"])
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Please tick to show what you have sent.", "[ ] Constitution enclosed"], "governing"),
        (["Two quotes must be attached.", "Your constitution."], "both"),
    ],
)
def test_documents_asked_nowhere_else_are_asked(
    tmp_path: Path, fmt: str, lines: list[str], expected: str
) -> None:
    """Near misses: a recap naming a document nothing else asks for, and a request."""
    required = (
        ["governing_document"] if expected == "governing" else ["governing_document", "quotes"]
    )
    assert kinds(write(tmp_path, fmt, lines)) == (required, [])
