"""Questions and fields: session 18's reading causes, each shown on small documents of the
test's own (several wordings, layouts and formats), never the labelled corpus (tests/forms).

A label that does not ask (no "?", no instruction to write, no limit) names a value to fill
in, however long it is and whatever its number, when its box is beside it on its row or it
ends with a colon over its box ("B2  Owner of the building or site:"): "Age range of the
children you will work with" is a field, as "Name of group" is. A label that instructs
("Please give any other information ...") still asks for prose."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure, write_pdf
from form_documents import write_form_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

# value labels longer than six words, each beside its own box (a label / box table's rows)
VALUES = [
    "1.4 Age range of the young people you will work with",
    "1.5 National governing body your team is affiliated to",
    "2.2 Art form(s), for example music, dance, theatre or crafts",
    "3.3 Other money (£) going into the project and where it comes from",
]
ASKED = "3.4 Describe your project and who will take part (no more than 300 words)"


def _docx(tmp_path: Path, rows: list[str]) -> DocumentFacts:
    table = [["1.1 Name of organisation", ""], *[[label, ""] for label in rows]]
    path = write_form_docx(tmp_path / "form.docx", ["Part 1: About you", table])
    return Measurer().measure(path, "form.docx")[1]


def test_a_long_value_label_beside_its_box_is_a_field_in_word(tmp_path: Path) -> None:
    f = _docx(tmp_path, [*VALUES, ASKED])
    assert [q.word_limit for q in f.questions] == [300]
    assert len(f.fields) == 1 + len(VALUES)


def test_a_long_value_label_beside_its_box_is_a_field_in_markdown(tmp_path: Path) -> None:
    rows = "".join(f"| {label} | |\n" for label in [*VALUES, ASKED])
    f = measure(tmp_path, "form.md", f"# Application form\n\n| Item | Answer |\n|---|---|\n{rows}")
    assert [q.word_limit for q in f.questions] == [300]


def test_a_long_value_label_beside_its_box_is_a_field_in_html(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>{label}</td><td></td></tr>" for label in [*VALUES, ASKED])
    html = f"<html><body><h1>Application form</h1><table>{rows}</table></body></html>"
    f = measure(tmp_path, "form.html", html)
    assert [q.word_limit for q in f.questions] == [300]


# a label ending with a colon, its one-line box on the line under it (a typed or printed form)
COLONED = """\
COMMUNITY ENERGY FUND - APPLICATION FORM

B1  Name of group:
______________________________________

B2  Owner of the building or site:
______________________________________

B3  Where your own money comes from:
______________________________________

D4  Your own contribution (£) (at least 10% of the total):
______________________________________

C1  Describe the building and the work you want to do. (no more than 300 words)
__________________________________________________
__________________________________________________
"""


def test_a_value_label_ending_in_a_colon_over_its_line_is_a_field_in_text(
    tmp_path: Path,
) -> None:
    f = measure(tmp_path, "form.txt", COLONED)
    assert [q.word_limit for q in f.questions] == [300]


def test_a_value_label_ending_in_a_colon_over_its_line_is_a_field_in_pdf(
    tmp_path: Path,
) -> None:
    path = write_pdf(tmp_path / "form.pdf", [COLONED.splitlines()])
    f = Measurer().measure(path, "form.pdf")[1]
    assert [q.word_limit for q in f.questions] == [300]


@pytest.mark.parametrize(
    "label",
    [
        "2.7 Please give any other information you think would support your application",
        "2.7 Any other information you would like the panel to consider",
        "2.7 Tell us how local people have shaped the project",
    ],
)
def test_a_label_that_instructs_beside_its_box_stays_a_question(tmp_path: Path, label: str) -> None:
    # near miss: a long label beside its box that asks for prose (an instruction, a cue)
    f = _docx(tmp_path, [label])
    assert [q.text for q in f.questions] == [label]


def test_a_colon_label_that_asks_stays_a_question(tmp_path: Path) -> None:
    # near miss: a label ending in a colon over its lines that asks ("What difference ...:")
    text = COLONED.replace(
        "B2  Owner of the building or site:", "B2  What difference will the project make:"
    )
    f = measure(tmp_path, "form.txt", text)
    assert [q.word_limit for q in f.questions] == [None, 300]


# A costs table whose rows are blanks to fill in, each cost cell a currency sign and a rule
# ("£ ________"): the cells hold no words, so none is a question's prompt (a grid of values).
ASKED_FIRST = "1. What will you do with the grant? (no more than 200 words)"
RULED = "_" * 60 + "\n"
FIXED_COSTS = f"""\
SMALL GRANTS APPLICATION FORM

{ASKED_FIRST}
{RULED}{RULED}
2. Please list what the grant will pay for.

    Item                                  Cost
    ------------------------------------  ----------
    ____________________________________  £ ________
    ____________________________________  £ ________
    ____________________________________  £ ________
"""
PIPED_COSTS = f"""\
SMALL GRANTS APPLICATION FORM

{ASKED_FIRST}
{RULED}{RULED}
2. What will the grant pay for?

| Item                         | Cost        |
|------------------------------|-------------|
| ____________________________ | $ ......... |
| ____________________________ | $ ......... |
"""
MARKDOWN_COSTS = f"""\
# Small grants application form

**{ASKED_FIRST}**

> Answer:

**2. What will the grant pay for?**

| Item | Cost |
|---|---|
| | £\\_\\_\\_\\_\\_\\_ |
| | £\\_\\_\\_\\_\\_\\_ |
| | €\\_\\_\\_\\_\\_\\_ |
"""


@pytest.mark.parametrize(
    ("name", "text"),
    [("form.txt", FIXED_COSTS), ("form.txt", PIPED_COSTS), ("form.md", MARKDOWN_COSTS)],
)
def test_a_sums_blank_in_a_costs_table_asks_nothing(tmp_path: Path, name: str, text: str) -> None:
    f = measure(tmp_path, name, text)
    assert [q.word_limit for q in f.questions] == [200]


def test_a_sums_blank_in_a_word_costs_table_asks_nothing(tmp_path: Path) -> None:
    costs = [["Item", "Cost"], ["", "£______"], ["", "£______"], ["", "$......"]]
    path = write_form_docx(tmp_path / "form.docx", [ASKED_FIRST, [[""]], "2. Costs", costs])
    f = Measurer().measure(path, "form.docx")[1]
    assert [q.word_limit for q in f.questions] == [200]


def test_a_question_after_a_costs_table_is_still_asked(tmp_path: Path) -> None:
    # near miss: a question with words of its own under the costs table's blanks
    text = FIXED_COSTS + "\n3. Why is the project needed? (no more than 100 words)\n" + RULED * 3
    f = measure(tmp_path, "form.txt", text)
    assert [q.word_limit for q in f.questions] == [200, 100]


def test_a_row_that_asks_in_a_text_table_is_still_a_question(tmp_path: Path) -> None:
    # near miss: a table row that asks, its own empty box beside it, is still a question
    text = FIXED_COSTS
    text += "\n| 3. Why is the project needed? (no more than 100 words) |            |\n"
    f = measure(tmp_path, "form.txt", text)
    assert [q.word_limit for q in f.questions] == [200, 100]


# A "?" that asks for one value, a date or a place or a body's name, is a field like "Date of
# the event": "When did your group start?", "Where will the event take place?", "If not, which
# organisation will hold the grant for you?". Asked with more ("and how will people get
# there?"), or asking where money comes from (a list of sources), it stays a question.
VALUE_ASKED = [
    "When did your group start?",
    "4. Where will the event take place?",
    "5. If not, which organisation will hold the grant for you?",
    "Where will the sessions be held?",
]
STILL_ASKED = [
    "Where will the rest of the money come from?",
    "Where will the event take place, and how will people get there?",
    "When did you last have a grant from us, and what did you do with it?",
]


def test_a_date_or_place_asked_beside_its_box_is_a_field_in_word(tmp_path: Path) -> None:
    f = _docx(tmp_path, [*VALUE_ASKED, ASKED])
    assert [q.word_limit for q in f.questions] == [300]


def test_a_date_or_place_asked_over_its_line_is_a_field_in_text(tmp_path: Path) -> None:
    body = "".join(f"{label}\n\n{'_' * 50}\n\n" for label in VALUE_ASKED)
    f = measure(tmp_path, "form.txt", f"EVENTS GRANT FORM\n\n{body}{COLONED.split('C1')[0]}")
    assert f.questions == []


def test_a_date_or_place_asked_is_a_field_in_markdown(tmp_path: Path) -> None:
    body = "".join(f"**{label}**\n\n> Answer:\n\n" for label in VALUE_ASKED)
    f = measure(tmp_path, "form.md", f"# Events grant\n\n{body}**{ASKED}**\n\n> Answer:\n")
    assert [q.word_limit for q in f.questions] == [300]


@pytest.mark.parametrize("label", STILL_ASKED)
def test_a_place_or_time_asked_with_more_stays_a_question(tmp_path: Path, label: str) -> None:
    # near miss: money's sources, or a place asked with how people get there, is prose
    f = _docx(tmp_path, [label])
    assert [q.text for q in f.questions] == [label]


# Guidance that says a platform asks its own questions ("When you apply, the platform shows you
# five extra questions. You answer them online.") and lists them with their limits, with
# nowhere to write in the guidance itself: those are the platform's questions, not its own.
PLATFORM = [
    "When you apply for a pledge, the platform shows you four extra questions from the "
    "Council. You answer them online. The questions are:",
    "Our grants are managed through a crowdfunding site. The platform asks:",
    "You will see these questions on the platform when you apply:",
]
LISTED = [
    "a) How do you know local people want this project? (up to 1,000 characters)",
    "b) Who will benefit, and how will you make sure it is open to everyone? (up to 800 "
    "characters)",
    "c) How will the project be looked after once it is finished? (up to 150 words)",
]


@pytest.mark.parametrize("said", PLATFORM)
def test_a_platforms_questions_listed_in_guidance_are_not_its_own_in_markdown(
    tmp_path: Path, said: str
) -> None:
    items = "\n".join(f"- {q}" for q in LISTED)
    text = f"# Match funding guidance\n\n## The Council's questions\n\n{said}\n\n{items}\n"
    assert measure(tmp_path, "notes.md", text).questions == []


def test_a_platforms_questions_listed_in_guidance_are_not_its_own_in_html(
    tmp_path: Path,
) -> None:
    items = "".join(f"<li>{q}</li>" for q in LISTED)
    html = f"<html><body><h1>Guidance</h1><p>{PLATFORM[0]}</p><ol>{items}</ol></body></html>"
    assert measure(tmp_path, "notes.html", html).questions == []


def test_a_platforms_questions_listed_in_guidance_are_not_its_own_in_text(
    tmp_path: Path,
) -> None:
    text = "MATCH FUND GUIDANCE\n\n" + PLATFORM[1] + "\n\n" + "\n\n".join(LISTED) + "\n"
    assert measure(tmp_path, "notes.txt", text).questions == []


def test_a_form_to_fill_in_that_names_the_platform_keeps_its_questions(tmp_path: Path) -> None:
    # near miss: a form with somewhere to write that also names the platform (to upload to)
    body = "".join(f"{q}\n\n> Answer:\n\n" for q in LISTED)
    text = f"# Application form\n\nUpload your documents on the platform.\n\n{body}"
    assert [q.word_limit for q in measure(tmp_path, "form.md", text).questions] == [
        167,
        133,
        150,
    ]


# "Provide a mobilisation plan ...", "Provide an outline of ...": an instruction to write, the
# question's box under it (with "Response:" over the box, or ruled lines), with no limit in
# its words (its limit in a table above it, or none).
PROVIDE = [
    "Provide a mobilisation plan showing how the service will be ready by 1 April.",
    "Provide an account of how you will involve carers in reviewing the service.",
]


def test_an_instruction_to_provide_a_written_piece_is_a_question_in_word(tmp_path: Path) -> None:
    # each under a table of its weighting, limit and what a good answer shows (a tender's)
    items: list[str | list[list[str]]] = ["Part B: Method statements"]
    for asked in PROVIDE:
        about = [["Weighting", "10%"], ["Response limit", "1 side of A4"]]
        about.append(["What a good answer shows", "recruitment; premises; risks"])
        items += [about, asked, "Response:", [[""]]]
    path = write_form_docx(tmp_path / "form.docx", items)
    f = Measurer().measure(path, "form.docx")[1]
    assert [q.text for q in f.questions] == PROVIDE


def test_an_instruction_to_provide_a_written_piece_is_a_question_in_text(tmp_path: Path) -> None:
    body = "".join(f"{asked}\n\n{RULED * 3}\n" for asked in PROVIDE)
    f = measure(tmp_path, "form.txt", f"METHOD STATEMENTS\n\n{body}")
    assert [q.text for q in f.questions] == PROVIDE


def test_an_instruction_to_provide_a_written_piece_is_a_question_in_markdown(
    tmp_path: Path,
) -> None:
    body = "".join(f"**{asked}**\n\n> Answer:\n\n" for asked in PROVIDE)
    f = measure(tmp_path, "form.md", f"# Method statements\n\n{body}")
    assert [q.text for q in f.questions] == PROVIDE


def test_a_document_to_provide_in_a_list_asks_nothing(tmp_path: Path) -> None:
    # near miss: "Provide a copy of ..." in a list of documents, nowhere to write
    text = (
        "# Guidance\n\n## What to send\n\n- Provide a copy of your constitution.\n"
        "- Provide an up-to-date bank statement.\n"
    )
    assert measure(tmp_path, "notes.md", text).questions == []


def test_a_value_to_provide_beside_its_box_is_a_field(tmp_path: Path) -> None:
    # near miss: "Provide a contact telephone number" beside its box names a value
    f = _docx(tmp_path, ["1.2 Provide a contact telephone number", ASKED])
    assert [q.word_limit for q in f.questions] == [300]


# review18 F7: a numbered label naming a piece of prose ("3.2 Aims and objectives of the
# project") beside its box asks for it, as "Describe" does; a label ending in a colon over
# SEVERAL ruled lines has a box for prose, not a value's one line.
PROSE_LABELS = [
    "3.2 Aims and objectives of the project",
    "3.3 Brief description of the activities you will run",
    "3.4 Benefits of the project to people in the parish",
]


def test_a_label_naming_prose_beside_its_box_is_a_question_in_word(tmp_path: Path) -> None:
    f = _docx(tmp_path, [*PROSE_LABELS, "3.5 Start date of the project"])
    assert [q.text for q in f.questions] == PROSE_LABELS


def test_a_label_naming_prose_beside_its_box_is_a_question_in_markdown(tmp_path: Path) -> None:
    rows = "".join(f"| {label} | |\n" for label in ["3.1 Name of the project", *PROSE_LABELS])
    f = measure(tmp_path, "form.md", f"# Form\n\n| Question | Your answer |\n|---|---|\n{rows}")
    assert [q.text for q in f.questions] == PROSE_LABELS


def test_a_colon_label_over_several_ruled_lines_is_a_question(tmp_path: Path) -> None:
    # (a label naming no prose word, its box three lines: room for prose)
    labels = ["3.2 Your plans for the building over the next five years:", "3.3 Our partners:"]
    body = "".join(f"{label}\n{RULED * 3}\n" for label in labels)
    text = f"SECTION 3\n\n3.1 Name of the project: ______________\n\n{body}"
    f = measure(tmp_path, "form.txt", text)
    assert [q.text for q in f.questions] == labels


# review18 F7b: a long numbered label beside its box keeps its number as asking unless its
# words name a value (a field cue, a sum): "3.2 Evidence of need for the project in your area"
# asks for prose in any wording.
OTHER_PROSE = [
    "3.2 Evidence of need for the project in your area",
    "3.3 Reasons for choosing this approach over others",
    "3.4 Plans for publicity and involving local people",
    "3.5 Arrangements for managing the project after the grant ends",
]


def test_a_long_label_naming_no_value_beside_its_box_is_a_question(tmp_path: Path) -> None:
    f = _docx(tmp_path, OTHER_PROSE)
    assert [q.text for q in f.questions] == OTHER_PROSE


def test_a_long_label_naming_no_value_is_a_question_in_markdown(tmp_path: Path) -> None:
    rows = "".join(f"| {label} | |\n" for label in OTHER_PROSE)
    f = measure(tmp_path, "form.md", f"# Form\n\n| Question | Your answer |\n|---|---|\n{rows}")
    assert [q.text for q in f.questions] == OTHER_PROSE


# trial18 D1: a question with a word limit of its own is prose to write, even when it opens as a
# count or a date ("How many people will benefit? (150 words)"): a value never has a word limit
def test_a_count_asked_with_its_own_word_limit_is_a_question(tmp_path: Path) -> None:
    text = (
        "Application form\n\n1. Describe your project (100 words)\n\n"
        "2. How many people will benefit, and how? (150 words)\n\n"
        "3. When will the project start? (50 words)\n"
    )
    assert [q.word_limit for q in measure(tmp_path, "form.txt", text).questions] == [100, 150, 50]


def test_a_count_asked_with_a_one_line_limit_is_a_field(tmp_path: Path) -> None:
    # near miss: "How many? (5 characters)": a number's box, not prose
    text = "Application form\n\n1. Describe your project (100 words)\n\n"
    text += "2. How many? (5 characters)\n"
    assert [q.word_limit for q in measure(tmp_path, "form.txt", text).questions] == [100]
