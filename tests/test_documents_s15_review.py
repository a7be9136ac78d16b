"""Ordinary layouts that rules landed in session 15 misread (found by a reviewer who tried each
rule on its nearest ordinary variants): each test fails on the rule as first landed and holds
with it narrowed, in more than one format."""

from __future__ import annotations

from pathlib import Path

from documents import measure, write_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

ELLIPSIS = [
    "1. Tell us about your project… 300 words maximum",
    "Your answer:",
    "2. Who will benefit… 150 words maximum",
    "Your answer:",
    "3. How will you know it has worked? (maximum 200 words)",
    "Your answer:",
]
INDIRECT = [
    "We would like to know how your project will help local people and who will benefit.",
    "Your answer:",
    "We are interested in how you have involved local people in planning this project so far.",
    "Your answer:",
    "Our panel will want to understand how you will measure the difference your project makes.",
    "Your answer:",
    "Tell us about your group (maximum 150 words)",
    "Your answer:",
]
LASTING = [
    "4. How long will the benefits of your project last?",
    "Your answer:",
    "5. Why we should fund your project (maximum 250 words)",
    "Your answer:",
]


def _each(tmp_path: Path, lines: list[str]) -> list[DocumentFacts]:
    text = "\n\n".join(lines) + "\n"
    word = write_docx(tmp_path / "form.docx", lines, heading="Community grant form")
    return [
        measure(tmp_path, "form.md", text),
        measure(tmp_path, "form.txt", text),
        Measurer().measure(word, "form.docx")[1],
    ]


def test_a_limit_after_words_ellipsis_is_no_contents_entry(tmp_path: Path) -> None:
    """Word turns a typed "..." into "…": "Tell us about your project… 300 words maximum" is a
    question and its limit, not a contents entry's title and page number."""
    for f in _each(tmp_path, ELLIPSIS):
        assert [q.word_limit for q in f.questions] == [300, 150, 200], f.questions


def test_the_funders_sentence_that_asks_indirectly_is_a_prompt(tmp_path: Path) -> None:
    """ "We are interested in how you ...", "Our panel will want to understand how you ...": a
    sentence about the funder that asks indirectly is a question over its answer space."""
    for f in _each(tmp_path, INDIRECT):
        assert [q.word_limit for q in f.questions][-1] == 150, f.questions
        assert len(f.questions) >= 3, f.questions


def test_how_long_benefits_last_and_why_we_should_fund_are_questions(tmp_path: Path) -> None:
    """ "How long will the benefits last?" asks for prose (a sustainability question); "Why we
    should fund your project (250 words)" asks, unlike a notes heading "Why we ask"."""
    for f in _each(tmp_path, LASTING):
        assert [q.word_limit for q in f.questions] == [None, 250], f.questions


def test_two_questions_side_by_side_are_two(tmp_path: Path) -> None:
    """Two prompts set side by side over a row of boxes, each stating its own limit, are two
    questions, not one question and its note."""
    table = [
        [
            "Describe what you will do (maximum 200 words)",
            "Explain how it will help (maximum 200 words)",
        ],
        ["", ""],
    ]
    word = write_docx(tmp_path / "side.docx", ["Your project"], table=table)
    f = Measurer().measure(word, "side.docx")[1]
    assert [q.word_limit for q in f.questions] == [200, 200], f.questions


def test_a_column_of_tick_boxes_is_fields(tmp_path: Path) -> None:
    """A "Tick | Document" checklist, its tick column empty in every row, is boxes to fill in,
    not a list in two columns one of which ran out."""
    rows = ["A copy of your constitution", "Your latest accounts", "Your safeguarding policy"]
    md = "# Checklist\n\n| Tick | Document |\n| --- | --- |\n"
    md += "".join(f"| | {r} |\n" for r in rows)
    table = [["Tick", "Document"]] + [["", r] for r in rows]
    word = write_docx(tmp_path / "tick.docx", ["Checklist"], table=table)
    for f in (measure(tmp_path, "tick.md", md), Measurer().measure(word, "tick.docx")[1]):
        assert len(f.fields) == 1, f.fields  # one tick-box group, as the rulebook counts it
