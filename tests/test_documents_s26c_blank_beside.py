"""Questions and fields (acc26c, session 26): a text PDF's label with its blank typed after it on
one line ("Who owns the building? ______"), which the text extraction gives as two lines, the
blank alone on the second, is a label with its blank, a field, as the same line typed in a text
form is; not a prompt over a line to write on (a question with no limit). A blank on a line of
its own under its label, ruled lines under a question, and a question's blank that starts its
answer (the prompt states a limit, or more ruled lines follow the blank: review26 F2) are read as
before. Small PDFs of the test's own, on pages that draw (a rule) and pages that do not (never
the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import _escape, pages_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

LABELS = ["Who owns the building?", "Proposed opening times", "Organisation (if any)"]
BLANK = "_" * 40
QUESTION = "4. What will the grant pay for? (no more than 200 words)"
# (a prompt, whether a blank is typed beside it on its line, the ruled lines under it)
Row = tuple[str, bool, int]


def _run(x: float, y: float, words: str) -> str:
    """One run of text placed on its own, as a word processor printing to PDF writes it."""
    return f"BT /F1 11 Tf 13 TL 1 0 0 1 {x} {y} Tm ({_escape(words)}) Tj T* ET"


def form(tmp_path: Path, rows: list[Row], draws: bool) -> DocumentFacts:
    """A one-page form: a title, then each prompt with its blank beside it (or not) and its
    ruled lines of underscores under it."""
    runs = [_run(50, 780, "Millbeck Hall Fund: application form"), _run(50, 760, "Part 1")]
    y = 740.0
    for prompt, beside, under in rows:
        runs.append(_run(50, y, prompt))
        if beside:
            runs.append(_run(50 + 6 * len(prompt), y, BLANK))
        for _ in range(under):
            y -= 18
            runs.append(_run(50, y, BLANK * 2))
        y -= 22
    if draws:
        runs.append("50 100 m 545 100 l S")  # (a rule at the foot: the page draws)
    path = tmp_path / "form.pdf"
    path.write_bytes(pages_pdf([" ".join(runs)]))
    return Measurer().measure(path, path.name)[1]


@pytest.mark.parametrize("draws", [False, True])
def test_a_blank_typed_beside_its_label_makes_a_field(tmp_path: Path, draws: bool) -> None:
    f = form(tmp_path, [*((label, True, 0) for label in LABELS), (QUESTION, False, 3)], draws)
    assert [q.word_limit for q in f.questions] == [200]
    assert len(f.fields) == len(LABELS)


# near misses: a blank on the line under its label is read as before (a label asking, "?", or
# naming no value the vocabulary knows, over one line: a question with no limit)


@pytest.mark.parametrize("draws", [False, True])
def test_a_blank_under_its_label_is_read_as_before(tmp_path: Path, draws: bool) -> None:
    f = form(tmp_path, [*((label, False, 1) for label in LABELS), (QUESTION, False, 3)], draws)
    assert [q.word_limit for q in f.questions] == [None, None, None, 200]


# a question's blank that starts its answer: the prompt states a limit, or ruled lines follow
STARTS_ANSWER = [
    (("2. Describe your project (max 300 words)", True, 3), 300),
    (("2. What will you do?", True, 3), None),
    (("2. Please tell us why your project is needed:", True, 4), None),
    (("2. Describe your project (no more than 300 words)", True, 0), 300),
]


@pytest.mark.parametrize("draws", [False, True])
@pytest.mark.parametrize("case", range(len(STARTS_ANSWER)))
def test_a_questions_blank_starting_its_answer_keeps_the_question(
    tmp_path: Path, draws: bool, case: int
) -> None:
    row, limit = STARTS_ANSWER[case]
    f = form(tmp_path, [("1. Who will benefit? (up to 150 words)", False, 3), row], draws)
    assert [q.word_limit for q in f.questions] == [150, limit]
