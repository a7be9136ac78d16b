"""Session 7, lead: a finding on a short text says its rate was counted over min_words; a Word
form written as paragraphs has its questions (trial S7, finding 0)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run, write
from documents import write_docx
from grantcheck.documents.facts import DocumentFacts
from test_house7 import ONE_TERM, WITH_FORM


def _gc111(project: Path) -> dict[str, object]:
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)
    return next(f for f in data["schemes"][0]["findings"] if f["rule"] == "GC111")


def test_a_short_texts_finding_says_its_rate_is_counted_over_min_words(project: Path) -> None:
    """JSON's metric is the plain rate (71.4 for one term in 14 words) and the finding's value
    the judged one (5.0 over 200 words): the message must say why they differ, with the counts,
    or a council reading '5 per 1,000 words' of a 14-word form sees a wrong sum."""
    write(project, "form.md", ONE_TERM)
    write(project, "s.yaml", WITH_FORM)
    write(project, "grantcheck.yaml", "rules:\n  GC111:\n    min_words: 200\n")
    message = str(_gc111(project)["message"])
    # (trial21 D31: the counts and the plain rate first, then the rate judged, never "the rate")
    assert message.startswith(
        "The documents hold 1 jargon term or acronym never spelt out in 14 words (71.4 per "
        "1,000 words); a text under 200 words is judged as 200 words long, so the rate judged "
        "is 5: above the warning limit of 3"
    ), message


def test_a_text_over_min_words_gets_no_such_note(project: Path) -> None:
    write(project, "form.md", ONE_TERM)
    write(project, "s.yaml", WITH_FORM)
    write(project, "grantcheck.yaml", "rules:\n  GC111:\n    min_words: 5\n    warning: 1\n")
    finding = _gc111(project)
    assert "counted over" not in str(finding["message"])


def _word(tmp_path: Path, paragraphs: list[str]) -> DocumentFacts:
    """The measured facts of a Word document of these paragraphs ('' an empty paragraph)."""
    from grantcheck.documents import Measurer

    path = write_docx(tmp_path / "form.docx", paragraphs)
    return Measurer().measure(path, path.name)[1]


QUESTIONS = ["1. What do you want to do?", "2. Who will benefit?", "3. How will it go?"]


def test_a_word_form_of_typed_ruled_lines_has_its_questions(tmp_path: Path) -> None:
    """Trial S7 finding 0: a Word form written as paragraphs, each question over a typed line
    of underscores, read as no questions (the text reader reads the same lines as spaces)."""
    rule = "_" * 40
    facts = _word(tmp_path, ["Parish Fund", *[p for q in QUESTIONS for p in (q, rule, rule)]])
    assert len(facts.questions) == 3
    assert all(q.word_limit is None for q in facts.questions)


def test_blank_paragraphs_left_under_a_numbered_question_are_its_answer_space(
    tmp_path: Path,
) -> None:
    facts = _word(tmp_path, ["Parish Fund", *[p for q in QUESTIONS for p in (q, "", "")]])
    assert len(facts.questions) == 3


def test_one_blank_paragraph_is_only_spacing(tmp_path: Path) -> None:
    facts = _word(tmp_path, ["Parish Fund", *[p for q in QUESTIONS for p in (q, "")]])
    assert facts.questions == []
