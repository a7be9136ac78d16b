"""Questions and word limits: session 12's reading causes (acc12a), each shown on small documents
of the test's own, in several wordings and more than one format, never the labelled corpus.

A form may put each question in a two-column table of its own, "Question | Guidance", the
limit in the guidance cell, and the answer under the table after a line that names the question
it answers ("Your answer (2.1):", "Answer to question 2:"). The header row names no question:
the tables are the questions, not a table of limits for questions asked again elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from form_documents import write_form_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

# (reference, question, guidance with its limit, the limit in words)
ASKED = [
    ("2.1", "What does your club do now, and who takes part?", "Up to 200 words.", 200),
    ("2.2", "What will the grant pay for?", "Tell us what you buy. No more than 250 words.", 250),
    ("2.3", "What difference will it make to your members?", "About 150 words.", 150),
]
# (the table's header row, the line over each answer): wordings of one layout
LAYOUTS = [
    (("Question", "Guidance for this question"), "Your answer ({ref}):"),
    (("Question", "Notes"), "Answer to question {ref}:"),
    (("Question", "What we are looking for"), "Your response ({ref}):"),
]


def _markdown(tmp_path: Path, heads: tuple[str, str], marker: str) -> DocumentFacts:
    parts = ["# Application form\n", "| Name of club | |\n|---|---|\n| Contact name | |\n"]
    for ref, asked, guide, _ in ASKED:
        parts.append(f"| {heads[0]} | {heads[1]} |\n|---|---|\n| **{ref} {asked}** | {guide} |\n")
        parts.append(f"**{marker.format(ref=ref)}**\n\n&nbsp;\n")
    return measure(tmp_path, "form.md", "\n".join(parts))


def _docx(tmp_path: Path, heads: tuple[str, str], marker: str) -> DocumentFacts:
    items: list[str | list[list[str]]] = [
        "Application form",
        [["Name of club", ""], ["Contact name", ""]],
    ]
    for ref, asked, guide, _ in ASKED:
        items += [[list(heads), [f"{ref} {asked}", guide]], marker.format(ref=ref), "", ""]
    path = write_form_docx(tmp_path / "form.docx", items)
    return Measurer().measure(path, "form.docx")[1]


def _html(tmp_path: Path, heads: tuple[str, str], marker: str) -> DocumentFacts:
    parts = ["<html><body><h1>Application form</h1>"]
    parts.append("<table><tr><td>Name of club</td><td></td></tr>")
    parts.append("<tr><td>Contact name</td><td></td></tr></table>")
    for ref, asked, guide, _ in ASKED:
        parts.append(f"<table><tr><th>{heads[0]}</th><th>{heads[1]}</th></tr>")
        parts.append(f"<tr><td><b>{ref} {asked}</b></td><td>{guide}</td></tr></table>")
        parts.append(f"<p><b>{marker.format(ref=ref)}</b></p><p>&nbsp;</p>")
    return measure(tmp_path, "form.html", "".join(parts) + "</body></html>")


@pytest.mark.parametrize("heads, marker", LAYOUTS)
@pytest.mark.parametrize("write", [_markdown, _docx, _html])
def test_each_question_in_its_own_question_and_guidance_table_counts_with_its_limit(
    tmp_path: Path, heads: tuple[str, str], marker: str, write: object
) -> None:
    f = write(tmp_path, heads, marker)  # type: ignore[operator]
    assert [q.word_limit for q in f.questions] == [limit for *_, limit in ASKED]
