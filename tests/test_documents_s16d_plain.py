"""Plain-text and Markdown layouts read as a careful reader reads them (session 16, acc16d), on
small documents of the tests' own, never the labelled corpus: each test states the rule, checks
it in more than one wording and format, and checks the near misses it must not fire on."""

from __future__ import annotations

from pathlib import Path

from documents import measure, write_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

FORM = [
    "Anyshire Council community grants: application form",
    "Please answer every question and email the form to the grants team.",
    "1. Name of your group",
    "{name}",
    "2. Describe your project and what you will do with the grant.",
    "{first}",
    "3. Who will benefit, and how?",
    "{second}",
    "4. How will you know that the project has worked?",
    "{third}",
    "Signed: ______________________  Date: __________",
]
# a template's placeholder for the answer, with the answer's limit inside its brackets
PLACEHOLDERS = [
    (
        "[Write your answer here - up to 250 words]",
        "[Write your answer here - up to 150 words]",
        "[Write your answer here - up to 100 words]",
    ),
    (
        "<Type your answer here, max. 250 words>",
        "<Type your answer here, max. 150 words>",
        "<Type your answer here, max. 100 words>",
    ),
    (
        "[Insert text here (no more than 250 words)]",
        "[Insert text here (no more than 150 words)]",
        "[Insert text here (no more than 100 words)]",
    ),
]


def _lines(name: str, first: str, second: str, third: str) -> list[str]:
    fill = {"{name}": name, "{first}": first, "{second}": second, "{third}": third}
    return [fill.get(line, line) for line in FORM]


def _read(tmp_path: Path, suffix: str, lines: list[str]) -> DocumentFacts:
    if suffix == "docx":
        path = write_docx(tmp_path / "form.docx", lines)
        return Measurer().measure(path, "form.docx")[1]
    return measure(tmp_path, f"form.{suffix}", "\n\n".join(lines) + "\n")


def test_a_placeholder_holding_the_limit_limits_its_question(tmp_path: Path) -> None:
    """A template's bracketed placeholder alone under a question ("[Write your answer here - up
    to 250 words]") is the question's answer space, and the limit written inside it is the
    question's limit, as it would be printed beside the box: three wordings, in plain text,
    Markdown and Word."""
    for placeholders in PLACEHOLDERS:
        for suffix in ("txt", "md", "docx"):
            facts = _read(tmp_path, suffix, _lines("______________", *placeholders))
            limits = [q.word_limit for q in facts.questions]
            assert limits == [250, 150, 100], (suffix, placeholders[0], limits)


def test_a_value_placeholder_or_an_example_placeholder_is_no_limited_question(
    tmp_path: Path,
) -> None:
    """Near misses: a placeholder with a characters limit under a value's label ("Name of your
    group" / "[Type the name here - max 60 characters]") is that value's field, not a question;
    an instruction quoting a placeholder as an example ("Type over the words in square
    brackets, like this: [Write your answer here - up to 250 words]") asks nothing itself."""
    for suffix in ("txt", "md", "docx"):
        lines = _lines("[Type the name here - max 60 characters]", *PLACEHOLDERS[0])
        facts = _read(tmp_path, suffix, lines)
        assert not any("Name of your group" in q.text for q in facts.questions), suffix
        assert any("Name of your group" in f.words for f in facts.fields), suffix
        lines = _lines("______________", "[Write your answer here]", "", "")
        lines[1] = (
            "Type over the words in square brackets, like this: [Write your answer here - up "
            "to 250 words]"
        )
        facts = _read(tmp_path, suffix, lines)
        assert all(q.word_limit is None for q in facts.questions), suffix
