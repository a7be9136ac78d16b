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


# -- a form in two languages, the other in another script, each line under its twin -------------

# A form in English and Ukrainian (or Arabic, or Greek) gives each line in both, one under the
# other: the line in the other script is the same prompt again, never a prompt of its own, and
# a value's label stays a field in either language.

TWINNED = [
    ("1. Name of your group", "1. Назва вашої групи", "Ονομα της ομάδας σας"),
    ("2. Contact phone number", "2. Контактний телефон", "Τηλέφωνο επικοινωνίας"),
    ("3. Email address", "3. Електронна пошта", "Διεύθυνση email"),
    (
        "4. What will you do with the grant? (up to 200 words)",
        "4. Що ви зробите з грантом? (до 200 слів)",
        "Τι θα κάνετε με την επιχορήγηση; (έως 200 λέξεις)",
    ),
]


def _twinned(other: int, english_first: bool) -> list[list[str]]:
    """Each item as its two lines, English and the other language's, then its answer lines."""
    out = []
    for item in TWINNED:
        english, translated = item[0], item[other]
        if other == 2:
            translated = f"{english.split()[0]} {translated}"
        pair = [english, translated] if english_first else [translated, english]
        out.append([*pair, "_" * 50, "_" * 50 if "words" in english else ""])
    return out


@pytest.mark.parametrize("other", [1, 2])
def test_a_prompt_under_its_twin_in_another_script_is_read_once(tmp_path: Path, other: int) -> None:
    for english_first in (True, False):  # (the translation first was read once already)
        items = _twinned(other, english_first)
        text = "Welcome Fund application\n\n" + "\n\n".join("\n".join(i) for i in items)
        assert _counted(measure(tmp_path, "form.txt", text + "\n")) == (1, [200], 3)
        lines = [line for i in items for line in i if line]
        path = write_docx(tmp_path / "form.docx", ["Welcome Fund application", *lines])
        assert _counted(Measurer().measure(path, path.name)[1]) == (1, [200], 3)


# -- a note beside the question in its row, the box under both ----------------------------------

# A tender's quality questions each in a small table: the question (its limit its last
# sentence) beside a cell of what the panel looks for, the answer row under both. The cell
# beside asks nothing: one question to a table, not two.

SCORED = [
    (
        "Describe how you will run the service. Your answer must not exceed 750 words.",
        "What the panel looks for: a clear model, named roles, caseloads.",
    ),
    (
        "Explain how you will manage risk. Maximum 500 words.",
        "Evaluators will look for: a recognised risk tool and safety planning",
    ),
    (
        "How will you start the service on time? (250 words)",
        "Good answers give a timetable with named leads.",
    ),
]


def _scored_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Part C: quality questions")
    for n, (question, note) in enumerate(SCORED, 1):
        table = document.add_table(rows=3, cols=2)
        table.cell(0, 0).merge(table.cell(0, 1)).text = f"Q{n}  Weighting 10%"
        table.cell(1, 0).text, table.cell(1, 1).text = question, note
        table.cell(2, 0).merge(table.cell(2, 1))
        document.add_paragraph("")
    document.save(str(path))
    return path


def test_a_note_beside_a_limited_question_in_its_row_is_no_question(tmp_path: Path) -> None:
    want = (3, [750, 500, 250])
    f = Measurer().measure(_scored_docx(tmp_path / "rfq.docx"), "rfq.docx")[1]
    assert _counted(f)[:2] == want
    tables = "".join(
        f"<table><tr><th colspan=2>Q{n}</th></tr><tr><td>{q}</td><td>{note}</td></tr>"
        '<tr><td colspan=2><textarea name="q{n}"></textarea></td></tr></table>'
        for n, (q, note) in enumerate(SCORED, 1)
    )
    page = f"<html><body><h1>Quality questions</h1><form>{tables}</form></body></html>"
    assert _counted(measure(tmp_path, "rfq.html", page))[:2] == want


# -- a fillable PDF's read-only boxes: the form's own words, not boxes to fill in ---------------

# A fillable form may show its guidance in boxes the applicant cannot type in (read-only,
# pre-filled): their words are the form's, read where they are, never an answer space. A note
# opening with its item's number ("2.2: Keep this to about 200 words.") is that item's.


def _guided_pdf(path: Path, numbered_notes: bool) -> Path:
    from form_documents import PdfField, write_fillable_pdf

    def note(ref: str, words: str) -> PdfField:
        said = f"{ref}: {words}" if numbered_notes else words
        return PdfField(f"Help{ref}", "Guidance", multiline=True, value=said, flags=1)

    return write_fillable_pdf(
        path,
        [
            [
                "Community grant application",
                note("1", "Please read the whole form before you start.\n\nRing us if stuck."),
                "1.1 Organisation name",
                PdfField("OrgName", "Organisation name", max_len=80),
                "1.2 Describe your project. (max 1,200 characters)",
                note("1.2", "Say what will happen, where and when."),
                PdfField("Q12", "Describe your project", max_len=1200, multiline=True),
                "1.3 Who will take part?",
                note("1.3", "Keep this to about 150 words."),
                PdfField("Q13", "Who will take part?", multiline=True),
            ]
        ],
    )


def test_a_fillable_forms_read_only_boxes_are_its_words(tmp_path: Path) -> None:
    f = Measurer().measure(_guided_pdf(tmp_path / "guided.pdf", True), "guided.pdf")[1]
    assert _counted(f) == (2, [200, 150], 1)
    f = Measurer().measure(_guided_pdf(tmp_path / "plain.pdf", False), "plain.pdf")[1]
    assert _counted(f)[0] == 2


@pytest.mark.parametrize("layout", ["txt", "docx"])
def test_a_note_opening_with_its_items_number_is_that_items(tmp_path: Path, layout: str) -> None:
    lines = [
        "Community grant application",
        "2.1 What will you do with the grant?",
        "2.1: Tell us what will happen, where and when. Keep this to about 250 words.",
        "_" * 50,
        "2.2 Who will benefit? (up to 150 words)",
        "2.2: Give numbers where you can.",
        "_" * 50,
    ]
    if layout == "txt":
        f = measure(tmp_path, "notes.txt", "\n\n".join(lines) + "\n")
    else:
        path = write_docx(tmp_path / "notes.docx", lines)
        f = Measurer().measure(path, path.name)[1]
    assert _counted(f)[:2] == (2, [250, 150])


# -- a form defined in a Markdown page's front matter ---------------------------------------------

# A flat-file site (Grav's form plugin) draws a page's form from its YAML front matter: each
# field's type, label, help and maxlength. The definition is the form: its textareas are
# questions with their limits, its inputs fields, its file inputs uploads.

GRAV = """---
title: 'Apply'
template: form
form:
    name: apply
    fields:
        heading:
            type: section
            title: 'About you'
        org:
            label: 'Name of your group'
            type: text
            validate:
                required: true
        kind:
            label: 'What kind of group are you?'
            type: select
            options:
                a: 'Charity'
                b: 'Community group'
        idea:
            label: 'What will you do with the grant?'
            type: textarea
            maxlength: 1500
            help: 'About 250 words.'
        who:
            label: 'Who will benefit?'
            type: textarea
            help: 'No more than 100 words.'
        rules:
            label: 'Your constitution'
            type: file
            validate:
                required: true
        trap:
            type: honeypot
        agree:
            type: checkbox
            label: 'I confirm the information is correct.'
    buttons:
        submit:
            type: submit
            value: 'Send'
---

# Apply for a grant

Fill in the form below.

[plugin:form](apply)
"""

LISTED = """---
title: Apply
form:
  name: apply
  fields:
    - name: org
      label: Organisation name
      type: text
    - name: plan
      label: Describe your project
      type: textarea
      validate:
        max_length: 1200
    - name: reach
      label: How will people hear about it?
      type: textarea
      help: Up to 150 words.
    - name: email
      label: Email
      type: email
---

Apply below.
"""


@pytest.mark.parametrize(("page", "want"), [(GRAV, [250, 100]), (LISTED, [200, 150])])
def test_a_form_defined_in_front_matter_is_the_pages_form(
    tmp_path: Path, page: str, want: list[int]
) -> None:
    f = measure(tmp_path, "apply.md", page)
    assert [q.word_limit for q in f.questions] == want
    assert len(f.fields) == (3 if page is GRAV else 2)


def test_front_matter_nested_too_deep_draws_no_form(tmp_path: Path) -> None:
    """Brackets nested far deeper than any form's settings ("[[[[...") are refused before
    PyYAML's loader recurses through them (a RecursionError, once, ended the measuring)."""
    from grantcheck.documents.md_form import front_form

    assert front_form("form:\n  fields: " + "[" * 1500 + "]" * 1500) == ""
    page = "---\nform:\n  fields: " + "[" * 1500 + "]" * 1500 + "\n---\nHello.\n"
    assert measure(tmp_path, "deep.md", page).questions == []


def test_front_matter_with_aliases_draws_no_form() -> None:
    """Anchors and aliases can make a small YAML text a huge document: such front matter is
    read as settings only, never built."""
    from grantcheck.documents.md_form import front_form

    nested = [
        f"  {chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]"
        for i in range(8)
    ]
    fields = ["  fields:", "    q:", "      type: textarea", "      label: Why?"]
    bomb = "\n".join(["form:", "  a: &a ['x', 'x', 'x']", *nested, *fields])
    assert front_form(bomb) == ""
    assert front_form("\n".join(["form:", *fields])).count("<textarea") == 1


# -- a table read line by line: an item's number alone in its cell -------------------------------

# A request for quotation lists its questions in a table ("No. | Question | Weighting | Maximum
# length"), answered on separate sheets. Read a cell to a line, the next item's number ("Q2")
# alone on its line opens that item: it ends the question before, never its guidance.

LISTED_ITEMS = [
    "Section C Quality questions (70%)",
    "Answer these questions on separate sheets, headed with the question number.",
    "No.",
    "Question",
    "Weighting",
    "Maximum",
    "length",
    "Q1",
    "Describe how you will deliver the service: where and when sessions will run.",
    "20%",
    "2 sides of A4",
    "Q2",
    "How will you reach people who would not normally seek advice?",
    "15%",
    "1 side of A4",
    "Q3",
    "Explain how advisers will be trained and supervised.",
    "15%",
    "500 words",
    "Q4",
    "What social value will the contract bring?",
    "10%",
    "Half a side of A4",
    "Section D Price",
]


def test_an_items_number_alone_on_its_line_opens_the_next_item(tmp_path: Path) -> None:
    want = [1000, 500, 500, 250]
    numbered = [f"Question {n[1:]}" if n[:1] == "Q" and len(n) == 2 else n for n in LISTED_ITEMS]
    for name in ("rfq.txt", "rfq.md"):
        text = "\n".join(numbered) + "\n"
        assert [q.word_limit for q in measure(tmp_path, name, text).questions] == want


# -- a question in a box drawn in a text file ----------------------------------------------------

# A plain-text form draws each question in a box of "+", "-" and "|", the question and its limit
# in the left column and how it is scored in the right: a grid table, read as Markdown's is (the
# cells of a row joined down the lines), not a two-column layout whose right column is a prompt.


def _boxed(question: list[str], side: list[str], width: int = 50) -> str:
    rule = "+" + "-" * (width + 2) + "+" + "-" * 32 + "+"
    height = max(len(question), len(side))
    lefts, rights = question + [""] * height, side + [""] * height
    rows = [f"| {lefts[i]:<{width}} | {rights[i]:<30} |" for i in range(height)]
    return "\n".join([rule, *rows, rule, "ANSWER:", "", "", "", ""])


@pytest.mark.parametrize("side", ["HOW WE SCORE THIS (30%)", "Marks: 10"])
def test_a_box_drawn_in_a_text_file_is_a_table(tmp_path: Path, side: str) -> None:
    scoring = [side, "3 Clear and practical", "1 Unclear", "0 Not answered"]
    boxes = [
        _boxed(
            ["Q1. What will you do?", "    Tell us what and where.", "    (100 words)"], scoring
        ),
        _boxed(["Q2. Who will benefit, and how?", "    (no more than 150 words)"], scoring),
    ]
    text = "Climate grants form\n\nPART 2 - YOUR PROJECT\n\n" + "\n\n".join(boxes) + "\n"
    assert [q.word_limit for q in measure(tmp_path, "form.txt", text).questions] == [100, 150]


# -- a page-feedback widget written out as words ---------------------------------------------------

# A web form saved or printed as text (lynx -dump, copied from the browser) keeps its page's
# feedback widget: "Was this page helpful?", its Yes / No and its "What went wrong?" box are the
# site's, never a question of the application.

FEEDBACK_FORM = [
    "Apply for a small grant",
    "What will the grant pay for? (up to 250 words)",
    "_" * 40,
    "_" * 40,
    "_" * 40,
    "(BUTTON) Submit application",
    "{ask}",
    "( ) Yes ( ) No",
    "What went wrong? (maximum 500 characters)",
    "_" * 40,
    "_" * 40,
    "(BUTTON) Send feedback",
    "Accessibility statement  Privacy  Cookies",
]


@pytest.mark.parametrize("ask", ["Was this page helpful?", "Is this page useful?"])
@pytest.mark.parametrize("name", ["page.txt", "page.md"])
def test_a_page_feedback_widget_written_out_is_no_question(
    tmp_path: Path, ask: str, name: str
) -> None:
    text = "\n\n".join(line.format(ask=ask) for line in FEEDBACK_FORM) + "\n"
    assert [q.word_limit for q in measure(tmp_path, name, text).questions] == [250]


# -- lettered points one answer covers ---------------------------------------------------------

# "In one statement of no more than 600 words, cover points (a) to (c)": the points share the
# statement's one box and its limit; they are not questions of their own without a limit.

POINTS = [
    "B3 In one statement of no more than 600 words, tell us about your project. Cover:",
    "(a) what you will do;",
    "(b) who will benefit;",
    "(c) how you will know it worked.",
]


def test_lettered_points_under_a_limited_statement_are_one_question(tmp_path: Path) -> None:
    text = "Grant application\n\n" + "\n\n".join(POINTS) + "\n\n" + "_" * 50 + "\n" + "_" * 50
    assert [q.word_limit for q in measure(tmp_path, "form.txt", text + "\n").questions] == [600]
    path = write_docx(tmp_path / "form.docx", ["Grant application", *POINTS], [[""]])
    assert [q.word_limit for q in Measurer().measure(path, path.name)[1].questions] == [600]
