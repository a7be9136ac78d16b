"""Questions and limits misread in ordinary layouts (session 16, acc16b), on small documents of
the tests' own, never the labelled corpus: each test states the rule a careful reader uses and
checks it in more than one wording and format, with the near misses it must not fire on."""

from __future__ import annotations

from pathlib import Path

from documents import measure, write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

# guidance naming the separate form its questions are answered on, then quoting them
SPECIFICATION = [
    "Request for quotation: specification and instructions",
    "",
    "6. How to send us a quotation",
    "",
    "{intro}",
    "",
    "Q1 How you will deliver the service (30%): 1,000 words",
    "Q2 How you will work with local groups (15%): 500 words",
    "Q3 Your staff and volunteers (15%): 500 words",
    "",
    "7. How we will evaluate quotations",
    "",
    "We will score your answers to the quality questions and your price.",
]
INTROS = [
    # the form named, then what it asks in the next sentence, words between
    "Fill in Document 2, the Quotation Response Form, in Word. It asks for your answers to "
    "three quality questions and your price. The questions and their word limits are:",
    "Download the application form (Word, 60KB) from our website. It will ask you the "
    "following questions, each with a word limit:",
    # what the form holds, named as its sections or questions
    "The Response Form has three sections. Section B holds the quality questions, each "
    "with a word limit:",
    "Our application form has three questions, each with a word limit:",
]


def _docx(tmp_path: Path, lines: list[str]) -> DocumentFacts:
    path = write_docx(tmp_path / "guide.docx", [line for line in lines if line])
    return Measurer().measure(path, "guide.docx")[1]


def _pdf(tmp_path: Path, lines: list[str]) -> DocumentFacts:
    path = write_pdf(tmp_path / "guide.pdf", [[line for line in lines if line]])
    return Measurer().measure(path, "guide.pdf")[1]


def test_guidance_naming_the_form_its_questions_are_on_counts_none(tmp_path: Path) -> None:
    """A document with nowhere to write that names the separate form the applicant fills in
    ("Fill in Document 2, the Quotation Response Form, in Word. It asks ...", "The Response
    Form has three sections") and lists that form's questions with their limits describes
    another form's questions: it counts none and no limit (the rulebook: "Guidance that
    describes or quotes questions answered on a separate form counts none")."""
    for n, intro in enumerate(INTROS):
        lines = [line.replace("{intro}", intro) for line in SPECIFICATION]
        found = [
            measure(tmp_path, f"guide{n}.txt", "\n".join(lines)),
            measure(tmp_path, f"guide{n}.md", "\n".join(lines)),
            _docx(tmp_path, lines),
            _pdf(tmp_path, lines),
        ]
        for f in found:
            assert f.questions == [], (intro, f.questions)


def test_a_form_answered_in_a_reply_keeps_its_questions(tmp_path: Path) -> None:
    """Near misses: a document with nowhere to write that is itself the form (an email whose
    questions are answered in the reply; a form whose own sections are named as "This form
    has") keeps its questions, though it says what is asked and names a form."""
    for intro in [
        "There is no application form: please reply to this email with your answers to the "
        "questions below. If we offer a grant, it asks only that you send a short report.",
        "This form has three questions. Reply to this email with your answers, keeping to "
        "the word limits:",
    ]:
        lines = [line.replace("{intro}", intro) for line in SPECIFICATION]
        for f in (
            measure(tmp_path, "email.txt", "\n".join(lines)),
            _pdf(tmp_path, lines),
        ):
            assert [q.word_limit for q in f.questions] == [1000, 500, 500], (intro, f.questions)
