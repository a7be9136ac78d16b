"""A value's label with its answer box (acc20c, session 20): reading causes shown on small
documents of the test's own (several wordings, layouts and formats), never the labelled corpus.

A numbered item's number does not make it ask for prose. An item whose words, number aside,
neither ask ("?", "How the grant will be spent") nor tell the applicant to write ("Describe",
"Tell us", "Give details"), short or naming a value, with no limit, over one line to write on
("2. Sport ____", "**Your nearest branch** / Answer:") or beside its own box in a table row,
its aside in brackets not counted ("2.3 Venue (street or hall) | [box]") or giving a figure
for its example ("(for example 1:8)"), names a value to fill in: a field. Room to write (two
or more ruled lines, a question's own box under it), a "?", an instruction or a long name of
prose keeps it a question."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure, write_pdf
from form_documents import write_form_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

LINE = "_" * 50

TXT = f"""\
COUNTY SPORTS GRANTS - APPLICATION FORM

SECTION A - THE CLUB

1.  Name of club
    {LINE}

2.  Sport
    {LINE}

3.  Governing body membership number
    {LINE}

SECTION B - THE PROJECT

4.  What will the grant pay for, and why does the club need it?
    (no more than 150 words)
    {LINE}
    {LINE}
    {LINE}
"""

TXT_MONEY = f"""\
WARD EVENTS FUND - TEXT VERSION OF THE FORM

C1 Describe the event and when it will take place. (no more than 200 words)
{LINE}
{LINE}
{LINE}

D1 Total cost of the event (£)
{LINE}

D2 Other money going into the event (how much, and from whom), or write "none"
{LINE}
"""

MD = """\
# Store community grants: application form

## Section 1: About your group

**Name of your group**

Answer:

**Your nearest branch of our shop**

Answer:

## Section 2: Your project

**1. What is your project, and what is the money for? *(maximum 200 words)***

Answer:
"""

PDF = [
    "TOWN COUNCIL SMALL GRANTS",
    "1. Name of organisation",
    LINE,
    "2. Ward",
    LINE,
    "3. Hall or venue you will use",
    LINE,
    "4. Why is the project needed? (no more than 200 words)",
    LINE,
    LINE,
    LINE,
]


def _questions(f: DocumentFacts) -> list[str]:
    return [q.text for q in f.questions]


def test_a_one_word_label_over_one_line_in_plain_text(tmp_path: Path) -> None:
    f = measure(tmp_path, "form.txt", TXT)
    assert len(f.questions) == 2, _questions(f)  # "Sport" names no value the vocabulary knows


def test_a_sum_and_its_sources_over_one_line_in_plain_text(tmp_path: Path) -> None:
    f = measure(tmp_path, "form.txt", TXT_MONEY)
    assert len(f.questions) == 1, _questions(f)


def test_a_bold_label_over_an_answer_line_in_markdown(tmp_path: Path) -> None:
    f = measure(tmp_path, "form.md", MD)
    assert [q.word_limit for q in f.questions] == [200], _questions(f)


def test_a_label_over_one_line_in_a_pdf(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "form.pdf", [PDF])
    f = Measurer().measure(path, "form.pdf")[1]
    assert [q.word_limit for q in f.questions] == [200], _questions(f)


def test_long_labels_beside_their_boxes_in_a_word_table(tmp_path: Path) -> None:
    items: list[str | list[list[str]]] = [
        "Section 2: Your event",
        [
            ["2.1 Name of event", ""],
            ["2.2 Venue or location (street, hall or park in the town centre)", ""],
            ["2.3 Ratio of adults to children at each session (for example 1:6)", ""],
        ],
        [["2.4 Describe your event and who it is for. (max 300 words)"], [""]],
    ]
    path = write_form_docx(tmp_path / "form.docx", items)
    f = Measurer().measure(path, "form.docx")[1]
    assert [q.word_limit for q in f.questions] == [300], _questions(f)
    assert len(f.fields) == 3


# near misses: the same layouts where the item asks, or has room for prose: an instruction, a
# "?", a clause that asks, a long name of prose (review20 F1)
ASKING = [
    "5.  Tell us about any partners you will work with",
    "5.  Please give details of any other funding for the project",
    "5.  Where will the rest of the money come from?",
    "5.  How the grant will be spent",
    "5.  Why your group needs the grant",
    "5.  Your plans for keeping the project going after the grant",
    "5.  Project description",
    "5.  Community benefit",
    "5.  Other comments",
    "5.  Publicity",
    "5.  Monitoring and evaluation",
    "5.  Exit strategy",
]


@pytest.mark.parametrize("prompt", ASKING)
def test_an_item_that_asks_over_one_line_stays_a_question(tmp_path: Path, prompt: str) -> None:
    text = f"SMALL GRANTS FORM\n\n1.  Name of group\n    {LINE}\n\n{prompt}\n    {LINE}\n"
    f = measure(tmp_path, "form.txt", text)
    assert len(f.questions) == 1, _questions(f)


def test_a_label_over_ruled_lines_stays_a_question(tmp_path: Path) -> None:
    text = (
        f"SMALL GRANTS FORM\n\n1.  Name of group\n    {LINE}\n\n"
        f"2.  Project description\n    {LINE}\n    {LINE}\n    {LINE}\n    {LINE}\n"
    )
    f = measure(tmp_path, "form.txt", text)
    assert len(f.questions) == 1, _questions(f)


def test_an_instruction_beside_its_box_in_a_word_table_stays_a_question(tmp_path: Path) -> None:
    items: list[str | list[list[str]]] = [
        "Section 3: Money",
        [
            ["3.1 Total cost of the project (£)", ""],
            ["3.2 Please give details of any other funding you have applied for", ""],
            ["3.3 Evidence of need for the project in your area (for example surveys)", ""],
        ],
    ]
    path = write_form_docx(tmp_path / "form.docx", items)
    f = Measurer().measure(path, "form.docx")[1]
    assert len(f.questions) == 2, _questions(f)


# -- a place within the funder's area asked with a "?" ("Where in the parish will the project
# -- take place?") over one line: a value (vocabulary: field_cues) ------------------------------

PLACES = [
    "7. Where in the parish will the project take place?",
    "7. Where in the ward will your activities be held?",
    "7. Where in the town is your group based?",
]


@pytest.mark.parametrize("prompt", PLACES)
def test_a_place_in_the_area_is_a_field(tmp_path: Path, prompt: str) -> None:
    text = (
        f"VILLAGE GRANTS\n\n{prompt}\n\n   {LINE}\n\n"
        f"8. What is the project? (no more than 200 words)\n\n   {LINE}\n   {LINE}\n"
    )
    assert [q.word_limit for q in measure(tmp_path, "form.txt", text).questions] == [200]
    md = f"# Village grants\n\n**{prompt}**\n\nAnswer:\n\n**8. What is the project? (200 words)**\n"
    md += "\nAnswer:\n"
    assert [q.word_limit for q in measure(tmp_path, "form.md", md).questions] == [200]


# near misses: a question about the area that asks for prose
@pytest.mark.parametrize(
    "prompt",
    [
        "7. Where in the parish is help most needed, and why?",
        "7. Where will the rest of the money come from?",
    ],
)
def test_a_question_about_the_area_stays_a_question(tmp_path: Path, prompt: str) -> None:
    text = f"VILLAGE GRANTS\n\n{prompt}\n\n   {LINE}\n   {LINE}\n   {LINE}\n"
    assert len(measure(tmp_path, "form.txt", text).questions) == 1
