"""Short questions that ask for one value (session 15, acc15b), on small documents of the tests'
own, never the labelled corpus: each test states the rule a careful reader uses and checks it
in more than one wording and format."""

from __future__ import annotations

from pathlib import Path

from documents import measure, write_docx
from grantcheck.documents import Measurer

DETAILS = [
    "Which ward is your project in?",
    "Which estate is the project for?",
    "How long has the group been running?",
    "How often will the sessions run?",
]
PROSE = [
    "Describe your project. (200 words)",
    "How long will the benefits last, and why?",
]


def test_a_short_question_naming_a_place_or_a_time_asks_for_a_value(tmp_path: Path) -> None:
    """A short question asking which place ("Which ward is your project in?", "Which estate is
    it for?"), how long or how often asks for one value, a field, as "When will it start?"
    does; a question that also asks why or how ("How long will the benefits last, and why?")
    asks for prose."""
    prompts = DETAILS + PROSE
    text = "Grant form\n\n" + "".join(f"{i}. {q}\n\nAnswer:\n\n" for i, q in enumerate(prompts, 1))
    word = write_docx(tmp_path / "form.docx", ["Grant form"], table=[[q, ""] for q in prompts])
    found = [
        measure(tmp_path, "form.txt", text),
        measure(tmp_path, "form.md", text.replace("\n\n1.", "\n\n### 1.")),
        Measurer().measure(word, "form.docx")[1],
    ]
    for f in found:
        assert [q.word_limit for q in f.questions] == [200, None], f.questions
        assert len(f.fields) == len(DETAILS), f.fields


PARTS = [
    "Number of places offered each day",
    "of which places for children with SEND",
    "Total cost of the project",
    "of which for staff",
    "Describe your project. (200 words)",
]


def test_a_part_of_a_number_above_is_a_number(tmp_path: Path) -> None:
    """A label giving part of the number above it ("of which places for children with SEND",
    "of which for staff") asks for a number, a field, whatever its other words."""
    text = "Grant form\n\n" + "".join(f"{q}\n\nAnswer:\n\n" for q in PARTS)
    word = write_docx(tmp_path / "form.docx", ["Grant form"], table=[[q, ""] for q in PARTS])
    found = [
        measure(tmp_path, "form.txt", text),
        measure(tmp_path, "form.md", text),
        Measurer().measure(word, "form.docx")[1],
    ]
    for f in found:
        assert [q.word_limit for q in f.questions] == [200], f.questions
        assert len(f.fields) == 4, f.fields
