"""A question's options read as a list of documents (acc22b, session 22): "Which stage has your
plan reached? Put an X in one box." over "[ ] Gathering evidence and consulting the community",
"[ ] Writing the draft plan": the option whose words name a list's title ("evidence",
"documents", "paperwork") opened a checklist, and each option after it was read as a document
every applicant sends. A line followed by its own box, right after a question or another such
option, is one of the question's choices: it opens no list. A list its question opens ("Have
you included these documents?") and a documents heading after a question are read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct

DOCUMENTS = ("a map of the area the project covers", "a copy of your constitution")


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def markdown(tmp_path: Path, question: str, options: list[str]) -> Path:
    """A Markdown form: the question over a task list of options, then a documents part."""
    lines = ["# Application form", "", "## Part 1: Your project", "", question, ""]
    lines += [f"- [ ] {o}" for o in options]
    lines += ["", "## Part 4: Documents", "", "Please send these documents with your form:", ""]
    lines += [f"- {d};" for d in DOCUMENTS]
    path = tmp_path / "form.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def text(tmp_path: Path, question: str, options: list[str]) -> Path:
    """A plain-text form: typed boxes "[ ]" before each option."""
    lines = ["APPLICATION FORM", "", "PART 1: YOUR PROJECT", "", question, ""]
    lines += [f"[ ] {o}" for o in options]
    lines += ["", "PART 4: DOCUMENTS", "", "Please send these documents with your form:", ""]
    lines += [f"- {d};" for d in DOCUMENTS]
    path = tmp_path / "form.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def pdf(tmp_path: Path, question: str, options: list[str]) -> Path:
    """A typed form printed to PDF, its boxes typed "[ ]" on each option's line."""
    lines = ["Part 1: Your project", question, *(f"[ ] {o}" for o in options)]
    lines += ["Part 4: Documents", "Please send these documents with your form:"]
    lines += [f"{d};" for d in DOCUMENTS]
    return write_pdf(tmp_path / "form.pdf", [lines])


WRITERS = {"md": markdown, "txt": text, "pdf": pdf}
CASES = [
    (
        "md",
        "**Which stage has your plan reached?** Put an X in one box.",
        [
            "Area agreed, steering group being set up",
            "Gathering evidence and consulting the community",
            "Writing the draft plan",
            "Preparing to submit the plan to the council",
        ],
    ),
    (
        "txt",
        "What kind of help would you like from our officers? Tick all that apply.",
        [
            "Supporting evidence for a bid",
            "A business plan review",
            "Training for your committee",
        ],
    ),
    (
        "pdf",
        "How far has your project got? Tick one.",
        [
            "Just an idea",
            "Collecting evidence of need",
            "Designs and costings drawn up",
            "Planning permission granted",
        ],
    ),
    (
        "md",
        "**What will most of the grant pay for?** Select one.",
        [
            "Equipment",
            "Printing, paperwork and publicity",
            "A feasibility study",
            "Insurance and hire of the hall",
        ],
    ),
]


@pytest.mark.parametrize(("fmt", "question", "options"), CASES)
def test_options_of_a_question_are_no_documents(
    tmp_path: Path, fmt: str, question: str, options: list[str]
) -> None:
    assert kinds(WRITERS[fmt](tmp_path, question, options)) == (
        ["governing_document", "other"],
        [],
    )


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_list_the_question_opens_is_read(tmp_path: Path, fmt: str) -> None:
    """'Have you included these documents?': its boxes are the documents sent (near miss)."""
    path = WRITERS[fmt](
        tmp_path,
        "Have you included these documents? Tick each one.",
        ["Supporting evidence of need, such as a survey", "A copy of your latest accounts"],
    )
    required, _ = kinds(path)
    assert "accounts" in required


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_documents_title_after_a_question_opens_its_list(tmp_path: Path, fmt: str) -> None:
    """A question's answer line, then a documents title with no box of its own: the title
    opens the list after it (near miss)."""
    lines = {
        "md": [
            "Is this your first application to us? Yes / No",
            "",
            "Supporting documents",
            "",
            "- [ ] Your constitution",
            "- [ ] Your latest accounts",
        ],
        "txt": [
            "Do you have any questions? Ring us on 01632 960000.",
            "",
            "Supporting evidence",
            "",
            "[ ] Your constitution",
            "[ ] Your latest accounts",
        ],
    }[fmt]
    path = tmp_path / f"form.{fmt}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert kinds(path) == (["accounts", "governing_document"], [])
