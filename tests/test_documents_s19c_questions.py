"""Questions and limits (acc19c, session 19): reading causes shown on small documents of the
test's own (several wordings, layouts and formats), never the labelled corpus (tests/forms).

A follow-up whose condition names the question it follows ("16. If you answered YES to
question 15, please explain ... (no more than 150 words)") asks its own question under its own
limit: the reference is the condition's, and the prompt is no note on question 15's limit, as
"Keep your answers to questions 6 to 9 to 250 words" is a note on others'."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure, write_pdf
from form_documents import write_form_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

# -- a follow-up naming, in its condition, the question it follows --------------------------

FOLLOW_TXT = """\
HEALTHY GROUPS GRANT - APPLICATION FORM

14. Will anyone involved in the project need a DBS check?
YES [ ]   NO [ ]

15. If you answered YES to question 14, please explain which roles will
need a check and how the checks will be done. (no more than 150 words)

Answer:

16. How will the project carry on after the grant is spent? (no more than 200 words)

Answer:
"""

FOLLOW_MD = """\
# Community Chest application

**4. Have you run this activity before?** Yes / No

**5. If your answer to question 4 was yes, what did you learn from it? (up to 250 words)**

> Answer:

**6. Who will lead the work? (up to 100 words)**

> Answer:
"""

FOLLOW_HTML = """<html><body><h1>Apply for a small grant</h1><form>
<p>3. Do you charge people to take part?</p>
<label><input type="radio" name="q3" value="y"> Yes</label>
<label><input type="radio" name="q3" value="n"> No</label>
<p><label for="q4">4. If you ticked 'No' at question 3, how will you cover the running costs?
(max 120 words)</label></p><textarea id="q4" name="q4"></textarea>
<p><label for="q5">5. What difference will the grant make? (max 200 words)</label></p>
<textarea id="q5" name="q5"></textarea>
</form></body></html>"""


def _limits(f: DocumentFacts) -> list[int | None]:
    return [q.word_limit for q in f.questions]


def test_a_follow_up_naming_its_question_in_plain_text(tmp_path: Path) -> None:
    assert _limits(measure(tmp_path, "form.txt", FOLLOW_TXT)) == [150, 200]


def test_a_follow_up_naming_its_question_in_markdown(tmp_path: Path) -> None:
    assert _limits(measure(tmp_path, "form.md", FOLLOW_MD)) == [250, 100]


def test_a_follow_up_naming_its_question_in_html(tmp_path: Path) -> None:
    assert _limits(measure(tmp_path, "form.html", FOLLOW_HTML)) == [120, 200]


def test_a_follow_up_naming_its_question_in_word(tmp_path: Path) -> None:
    items: list[str | list[list[str]]] = [
        "Section C: Your project",
        [["C2 Is the building you will use accessible to wheelchair users?", "Yes / No"]],
        [
            [
                "C3 Where you said no to Q2, tell us how disabled people will take part "
                "(maximum 100 words)"
            ],
            [""],
        ],
        [["C4 Why is the project needed? (maximum 300 words)"], [""]],
    ]
    path = write_form_docx(tmp_path / "form.docx", items)
    assert _limits(Measurer().measure(path, "form.docx")[1]) == [100, 300]


# other wordings of the same follow-up (review19 F3): "answered", "gave", "your answer to", "for
# those who", each over its own "Answer:" space
OTHER_WORDINGS = [
    "15. If you answered Other to question 14, tell us how your group is run. (150 words)",
    "15. Please say more about your answer to question 14: who will need a check? (150 words)",
    "15. For those who answered YES to question 14, what did the grant achieve? (150 words)",
    "15. If you gave more than one answer to question 14, which matters most, and why? (150 words)",
]


@pytest.mark.parametrize("prompt", OTHER_WORDINGS)
def test_a_follow_up_in_other_words(tmp_path: Path, prompt: str) -> None:
    text = (
        "SMALL GRANTS FORM\n\n14. Which of these apply to your group? Tick all that apply.\n"
        "[ ] A  [ ] B  [ ] Other\n\n"
        f"{prompt}\n\nAnswer:\n\n16. Why is the project needed? (200 words)\n\nAnswer:\n"
    )
    assert _limits(measure(tmp_path, "form.txt", text)) == [150, 200]


# near misses: a note on other questions' limits, opening with a condition or not, asks nothing
NOTES = [
    "b) Keep your answers to questions 6 to 9 to 250 words each.",
    "If you need more room for questions 6 to 9, keep each answer to 250 words.",
    "Where you are asked about your partners in question 7, 100 words is plenty.",
    "c) Your answer to question 7 should be no longer than half a side of A4.",
]


@pytest.mark.parametrize("note", NOTES)
def test_a_note_on_other_questions_limits_is_no_question(tmp_path: Path, note: str) -> None:
    text = (
        "COMMUNITY GRANT FORM\n\nNotes\n\n"
        f"{note}\n\n"
        "6. What will you do?\n\nAnswer:\n\n"
        "7. Who are your partners?\n\nAnswer:\n"
    )
    f = measure(tmp_path, "form.txt", text)
    assert all(not q.text.startswith(note[:10]) for q in f.questions), f.questions


# -- a question whose asking words come late, after a condition, ends with its "?" and then its
# -- limit in brackets: it asks, as one ending with its "?" does ------------------------------

LATE = (
    "If your group is working towards a quality award or a recognised standard for the way it"
    " runs its volunteering, which one is it, and when will it be assessed? (100 words)"
)
LATE_SQUARE = (
    "Where the project will use a building that the group does not own or rent, whose is it and"
    " how long may you use it for? [150 words]"
)


def test_a_late_question_before_its_limit_in_plain_text(tmp_path: Path) -> None:
    # answered in boxes elsewhere (nothing under each question): the limit and the "?" make it one
    text = (
        "SMALL GRANTS FORM\n\nWrite your answers in the boxes on page 4.\n\n"
        f"{LATE}\n\n{LATE_SQUARE}\n\nWhat will the grant pay for? (200 words)\n"
    )
    assert _limits(measure(tmp_path, "form.txt", text)) == [100, 150, 200]


def test_a_late_question_before_its_limit_in_markdown(tmp_path: Path) -> None:
    text = (
        "# Small grants form\n\nWrite your answers in the boxes on page 4.\n\n"
        f"**{LATE}**\n\n**{LATE_SQUARE}**\n\n**What will the grant pay for? (200 words)**\n"
    )
    assert _limits(measure(tmp_path, "form.md", text)) == [100, 150, 200]


def test_a_late_question_before_its_limit_in_a_pdf(tmp_path: Path) -> None:
    lines = [
        "Small grants form",
        "Write your answers in the boxes on page 4.",
        LATE[:88],
        LATE[89:],
    ]
    path = write_pdf(tmp_path / "form.pdf", [lines])
    assert _limits(Measurer().measure(path, "form.pdf")[1]) == [100]


def test_a_question_with_its_choices_in_brackets_stays_a_field(tmp_path: Path) -> None:
    # near miss: "(Yes / No)" after the "?" is the question's choices, not a limit
    text = (
        "SMALL GRANTS FORM\n\n"
        "Does your group have its own bank account in the group's name? (Yes / No)\n\n"
        "Answer:\n\n"
        "Has your group received a grant from the council in the last three years? (tick one)\n"
        "[ ] Yes  [ ] No\n"
    )
    assert measure(tmp_path, "form.txt", text).questions == []


# -- a PDF's narrow column (a designer's sidebar, a cell read line by line): a sentence wrapped in
# -- short lines is one block, as one wrapped at the page's margin is ---------------------------

SIDEBAR = [
    "Guidance for this part of the form is printed beside each question in the wider column",
    "Question 4",
    "Who will run the sessions, and",
    "how will you train and support the",
    "volunteers? (max 200 words)",
    "Question 5",
    "If your group has worked with",
    "the council before, which",
    "service was it, and what did",
    "you learn from it? (max 150 words)",
    "Question 6",
    "Tell us about your partners (for",
    "example Age UK, Citizens Advice",
    "or a local school) and what will",
    "each of them do? (max 100 words)",
]


def _texts(path: Path) -> list[str]:
    return [b.text for b in Measurer().measure(path, path.name)[0].blocks if b.text]


def test_a_question_wrapped_in_a_narrow_pdf_column_is_one_block(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "form.pdf", [SIDEBAR])
    texts = _texts(path)
    assert (
        "Who will run the sessions, and how will you train and support the volunteers?"
        " (max 200 words)" in texts
    )
    assert any(
        t.startswith("If your group has worked with the council before, which") for t in texts
    )
    assert any(t.startswith("Tell us about your partners (for example Age UK") for t in texts)
    f = Measurer().measure(path, "form.pdf")[1]
    assert _limits(f) == [200, 150, 100]


# near misses: short lines that are items of a list printed without bullets, or labels
LISTED = [
    "What to send with your form",
    "Please send us a copy of:",
    "an equal opportunities policy",
    "a health and safety policy",
    "your constitution;",
    "your latest bank statement;",
    "Organisation name",
    "contact person",
]


def test_short_list_items_in_a_pdf_stay_apart(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "form.pdf", [LISTED])
    assert [t for t in _texts(path) if t in LISTED] == LISTED


# -- limits written as a fraction of a page or in words (trial19 N1, N2) ------------------------

SPELT = [
    ("(up to 1/2 page)", 250),
    ("(1/2 side of A4)", 250),
    ("(3/4 page)", 375),
    ("(maximum 1 1/2 pages)", 750),
    ("(max 1/2 a page)", 250),
    ("(a quarter of a page)", 125),
    ("(no more than three quarters of a page)", 375),
    ("(up to two hundred words)", 200),
    ("(no more than three hundred words)", 300),
    ("(fifty words)", 50),
    ("(one hundred and fifty words)", 150),
    ("(twenty-five words at most)", 25),
    ("(1 x A4 page)", 500),
    ("(A4 page maximum)", 500),
    ("(2 x A4 sides)", 1000),
]


@pytest.mark.parametrize(("limit", "words"), SPELT)
def test_a_limit_as_a_fraction_or_in_words(tmp_path: Path, limit: str, words: int) -> None:
    text = f"COMMUNITY GRANT FORM\n\n1. Describe your project {limit}\n\nAnswer:\n"
    assert _limits(measure(tmp_path, "form.txt", text)) == [words]


def test_limits_in_words_in_markdown_and_html(tmp_path: Path) -> None:
    md = (
        "# Community grant form\n\n**1. What will you do? (up to two hundred words)**\n\n"
        "> Answer:\n\n**2. Who will benefit? (maximum 1/2 page)**\n\n> Answer:\n"
    )
    assert _limits(measure(tmp_path, "form.md", md)) == [200, 250]
    html = (
        "<html><body><form><label for='a'>What will you do? (fifty words)</label>"
        "<textarea id='a'></textarea><label for='b'>Who will benefit? (3/4 page)</label>"
        "<textarea id='b'></textarea></form></body></html>"
    )
    assert _limits(measure(tmp_path, "form.html", html)) == [50, 375]


# near misses: a measure of what a line holds, a page's number, a share of people
@pytest.mark.parametrize(
    "note",
    [
        "Write on the lines below; one line is about twelve words.",
        "Each line holds around 12 words, so use as many as you need.",
        "This is page 1/2 of the form.",
        "Tell us in your own words.",
    ],
)
def test_no_limit_in_a_measure_or_a_page_number(tmp_path: Path, note: str) -> None:
    text = f"COMMUNITY GRANT FORM\n\n1. Describe your project. {note}\n\nAnswer:\n"
    assert _limits(measure(tmp_path, "form.txt", text)) == [None]


# -- review19's findings on these rules: F3b (a numbered item asking to write is its own question
# -- whatever it says of the question it follows), F8 (a list printed without bullets under a
# -- heading that asks stays apart), F10 (a box's limit said as "is 250 words"), F11 (thousands)

ASKS_APART = [
    "15. If question 14 applies to your group, please explain how. (no more than 150 words)",
    "15. Following on from question 14, please explain why. (no more than 150 words)",
    "15. Thinking about question 14, please describe what changed. (no more than 150 words)",
]


@pytest.mark.parametrize("prompt", ASKS_APART)
def test_a_numbered_item_asking_apart_from_the_question_it_names(
    tmp_path: Path, prompt: str
) -> None:
    text = (
        "SMALL GRANTS FORM\n\n14. Has your group had a grant from us before? YES / NO\n\n"
        f"{prompt}\n\nAnswer:\n\n16. Why is the project needed? (200 words)\n\nAnswer:\n"
    )
    assert _limits(measure(tmp_path, "form.txt", text)) == [150, 200]


def test_a_chat_message_naming_a_question_is_no_question(tmp_path: Path) -> None:
    text = (
        "01/02/2027, 10:02 - Jo: Is question 5 the one about money? It says max 150 words\n"
        "01/02/2027, 10:05 - Sam: Yes, it's question 5 on the form, keep it to 150 words\n"
    )
    assert measure(tmp_path, "chat.txt", text).questions == []


@pytest.mark.parametrize(
    "heading", ["What you need to send", "Please send these with your form", "How to apply"]
)
def test_a_pdf_list_without_bullets_under_a_heading_stays_apart(
    tmp_path: Path, heading: str
) -> None:
    items = [
        "a copy of your constitution",
        "your latest annual accounts",
        "a recent bank statement",
    ]
    path = write_pdf(tmp_path / "notes.pdf", [[heading, *items, "Send it all to the clerk."]])
    assert [t for t in _texts(path) if t in items] == items


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("The limit for this box is 250 words.", 250),
        ("(this box is 250 words maximum)", 250),
        ("(the word limit for this page is 250 words)", 250),
        ("(two thousand five hundred characters)", 417),
        ("(one and a half pages)", 750),
    ],
)
def test_a_limit_said_of_the_box_or_in_thousands(tmp_path: Path, said: str, words: int) -> None:
    text = f"COMMUNITY GRANT FORM\n\n1. Describe your project. {said}\n\nAnswer:\n"
    assert _limits(measure(tmp_path, "form.txt", text)) == [words]
