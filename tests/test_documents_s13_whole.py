"""Whole documents misread (session 13): layouts in which one misread structure doubles or loses
every question of a form. Each rule is shown on small documents of the test's own, in several
wordings and formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure, write_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

# -- a box's own label that only says "Your answer" ----------------------------------------------

# A survey tool labels every box "Your answer" (often visually hidden, for screen readers) under
# the question's words: the label names no question, and the box answers the prompt above it.
# A value's label over it ("Name of your organisation") makes it a field, not a question.

ITEMS = [
    ("Name of your organisation", "input"),
    ("Contact email address", "input"),
    ("Describe what you want to do, and why. Maximum 300 words.", "textarea"),
    ("Telephone number", "input"),
    ("How will you know it has worked? Up to 1,200 characters.", "textarea"),
]


def _survey(marker: str, hidden: bool) -> str:
    """A survey page: each question's number and words, then its box labelled ``marker``."""
    shown = ' class="sr-only"' if hidden else ""
    body = []
    for i, (words, kind) in enumerate(ITEMS, 1):
        box = (
            f'<input type="text" id="a{i}" name="a{i}">'
            if kind == "input"
            else f'<textarea id="a{i}" name="a{i}"></textarea>'
        )
        body.append(
            f'<div class="question"><div class="number">{i}</div><div class="text">{words}'
            f'</div><div class="answer"><label{shown} for="a{i}">{marker}</label>{box}</div></div>'
        )
    page = "<html><body><h1>Small grants survey</h1><form>"
    return page + "".join(body) + "</form></body></html>"


def _counted(f: DocumentFacts) -> tuple[int, list[int | None], int]:
    return len(f.questions), [q.word_limit for q in f.questions], len(f.fields)


@pytest.mark.parametrize("marker", ["Your answer", "Your response", "Answer"])
@pytest.mark.parametrize("hidden", [True, False])
def test_a_web_forms_your_answer_label_leaves_its_question_to_the_words_above(
    tmp_path: Path, marker: str, hidden: bool
) -> None:
    f = measure(tmp_path, "survey.html", _survey(marker, hidden))
    assert _counted(f) == (2, [300, 200], 3)


@pytest.mark.parametrize("marker", ["Your response", "Your reply"])
def test_a_paper_forms_answer_label_under_each_item_leaves_it_to_its_prompt(
    tmp_path: Path, marker: str
) -> None:
    prompts = [f"{i}. {words}" for i, (words, _) in enumerate(ITEMS, 1)]
    text = "Small grants form\n\n" + "\n\n".join(f"{p}\n{marker}\n{'_' * 40}\n" for p in prompts)
    assert _counted(measure(tmp_path, "form.txt", text)) == (2, [300, 200], 3)
    rows = [row for p in prompts for row in ([p], [marker], [""])]
    path = write_docx(tmp_path / "form.docx", ["Small grants form"], rows)
    assert _counted(Measurer().measure(path, path.name)[1]) == (2, [300, 200], 3)


# -- one question's controls, each named apart -----------------------------------------------------

# A survey tool names each tick box of a multiple choice apart ("Q13SQ001", "Q13SQ002") and
# each box of an array apart ("Item 1: What it is"): the container its question's label names
# (role="group" with aria-labelledby) holds one question's answer, one field.

GROUPED = """<html><body><h1>Grant application</h1><form>
<p>Organisation name <input type="text" name="org" aria-label="Organisation name"></p>
<p id="q2">Which of our priorities will the project address?</p>
<ul role="group" aria-labelledby="q2">
<li><input type="checkbox" name="q2a" id="q2a"><label for="q2a">Healthy eating</label></li>
<li><input type="checkbox" name="q2b" id="q2b"><label for="q2b">Loneliness</label></li>
<li><input type="checkbox" name="q2c" id="q2c"><label for="q2c">Getting active</label></li>
</ul>
<p id="q3">What will the grant pay for?</p>
<table role="group" aria-labelledby="q3"><tr><td></td><th>Item</th><th>Cost (£)</th></tr>
<tr><th>1</th><td><input type="text" name="i1" aria-label="1: Item"></td>
<td><input type="text" name="c1" aria-label="1: Cost"></td></tr>
<tr><th>2</th><td><input type="text" name="i2" aria-label="2: Item"></td>
<td><input type="text" name="c2" aria-label="2: Cost"></td></tr>
<tr><th>3</th><td><input type="text" name="i3" aria-label="3: Item"></td>
<td><input type="text" name="c3" aria-label="3: Cost"></td></tr>
</table>
<p>Date <input type="date" name="when" aria-label="Date"></p>
</form></body></html>"""


def test_tick_boxes_and_an_array_in_a_labelled_group_are_one_field_each(tmp_path: Path) -> None:
    f = measure(tmp_path, "grouped.html", GROUPED)
    assert len(f.fields) == 4  # the name, the priorities, the costs' grid, the date
