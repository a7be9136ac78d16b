"""Ordinary council forms (session 15, typical layouts): each test states the rule a careful
reader uses and checks it on small documents of the tests' own, in more than one wording and
format, never on the labelled corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from form_documents import write_form_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts


def _docx(tmp_path: Path, items: list[str | list[list[str]]]) -> DocumentFacts:
    path = write_form_docx(tmp_path / "form.docx", items)
    return Measurer().measure(path, path.name)[1]


def _limits(facts: DocumentFacts) -> list[int | None]:
    return [q.word_limit for q in facts.questions]


# A numbered question's hint: a paragraph under it with no number, no limit and no "?" of its
# own, before the answer space, adds to the question (it asks, but of the same answer)
HINTED_MD = """# Community grant application

### 1. Describe the project you would like funding for. (max 300 words)

Include what you will do, where and when it will happen, and who will run it.

Your answer:

### 2. How do you know there is a need for it? (max 200 words)

For example, you may have talked to the people who will take part or run a survey.

Your answer:
"""


@pytest.mark.parametrize(
    ("name", "text", "limits"),
    [("form.md", HINTED_MD, [300, 200])],
)
def test_a_hint_under_a_numbered_question_is_the_questions(
    tmp_path: Path, name: str, text: str, limits: list[int]
) -> None:
    assert _limits(measure(tmp_path, name, text)) == limits


def test_a_hint_under_a_numbered_question_in_word(tmp_path: Path) -> None:
    facts = _docx(
        tmp_path,
        [
            "2.1 Describe the activity you will run [maximum 300 words]",
            "Tell us what people will do in the sessions and how often they will meet.",
            [[""]],
            "2.2 Who will take part? [maximum 200 words]",
            [[""]],
        ],
    )
    assert _limits(facts) == [300, 200]


# A note under a prompt saying its answer has no word limit says the answer is prose (a value
# has no words to limit): "Where and when will it happen?" is then a question, not a date
OPEN_MD = """# Application

### 3.1 Where and when will the sessions take place?

Give the venues, days and times. There is no word limit for this question.

Your answer:

### 3.2 Start date

Your answer:
"""

OPEN_TXT = """APPLICATION

3.1 Where and when will the sessions take place?
Give the venue and the days. There is no word limit for this answer.
____________________________________________________________
____________________________________________________________

3.2 Start date: ____________
"""


@pytest.mark.parametrize(("name", "text"), [("form.md", OPEN_MD), ("form.txt", OPEN_TXT)])
def test_a_note_saying_no_word_limit_makes_the_prompt_a_question(
    tmp_path: Path, name: str, text: str
) -> None:
    facts = measure(tmp_path, name, text)
    assert _limits(facts) == [None]
    assert "Where and when" in facts.questions[0].text


# A numbered title over a label / box table is the table's title: the first row's label
# ("Organisation | [box]") is that box's field, not a note that makes the title a question
TITLED_MD = """# Quotation return

## 3. About you

| | |
| --- | --- |
| Organisation | |
| Contact name | |
| Telephone | |

## 4. Your answers

### Q1. How will you run the service safely? (300 words)

> _(type your answer here)_
"""


@pytest.mark.parametrize(("text", "limits"), [(TITLED_MD, [300])])
def test_a_numbered_title_over_a_details_table_asks_nothing(
    tmp_path: Path, text: str, limits: list[int]
) -> None:
    facts = measure(tmp_path, "form.md", text)
    assert _limits(facts) == limits
    assert len(facts.fields) >= 2


# "Yes / No" alone on the line under a yes/no question is its field, though no box follows
YES_NO_MD = """# Application

### 14. Does your group have public liability insurance?

Yes / No

### 15. Tell us about your project. (max 200 words)

Your answer:
"""

YES_NO_TXT = """APPLICATION

7. Is your group a registered charity?
Yes / No

8. Tell us about your project (no more than 200 words)
__________________________________________________________
"""


@pytest.mark.parametrize(("name", "text"), [("form.md", YES_NO_MD), ("form.txt", YES_NO_TXT)])
def test_yes_no_alone_under_a_question_is_its_field(tmp_path: Path, name: str, text: str) -> None:
    facts = measure(tmp_path, name, text)
    assert _limits(facts) == [200]
    assert any("?" in f.words for f in facts.fields), facts.fields


def test_yes_no_alone_under_a_question_in_word(tmp_path: Path) -> None:
    facts = _docx(
        tmp_path,
        [
            "7. Does your group have a written constitution?",
            "Please delete one.",
            "Yes / No",
            "8. Tell us about your project (no more than 200 words)",
            [[""]],
        ],
    )
    assert _limits(facts) == [200]
    assert any("constitution" in f.words for f in facts.fields), facts.fields


# A line holding only "£" under a question is the answer line of a sum: a field
SUM_MD = """# Application

### 6. What was your group's total income in your last financial year?

£

### 12. How much are you applying for?

£

### 13. Tell us about other funding you have applied for.

Your answer:
"""

SUM_TXT = """APPLICATION

6. What was your group's income last year?
£

7. How much are you asking us for?
£

8. What will the grant pay for? (up to 200 words)
__________________________________________________________
"""


@pytest.mark.parametrize(
    ("name", "text", "limits"),
    [("form.md", SUM_MD, [None]), ("form.txt", SUM_TXT, [200])],
)
def test_a_line_holding_only_a_pound_sign_is_a_sum(
    tmp_path: Path, name: str, text: str, limits: list[int | None]
) -> None:
    facts = measure(tmp_path, name, text)
    assert _limits(facts) == limits
    assert sum("?" in f.words for f in facts.fields) == 2, facts.fields


# Options to strike out or circle, one left as the answer ("Please delete the ones that do not
# apply: charity / CIO / other"), are a choice: a field, though an answer line follows
STRUCK_MD = """# Application

### 4. What type of group are you?

Please delete the ones that do not apply: registered charity / constituted community group /
community interest company / other.

Your answer:

### 5. Tell us about your group. (max 150 words)

Your answer:
"""

STRUCK_TXT = """APPLICATION

4. What type of organisation are you?
Please strike out the ones that do not apply: charity / CIO / community group / other
____________________________________________________

5. Tell us about your group (max 150 words)
____________________________________________________
____________________________________________________
"""


@pytest.mark.parametrize(("name", "text"), [("form.md", STRUCK_MD), ("form.txt", STRUCK_TXT)])
def test_options_to_strike_out_are_a_choice(tmp_path: Path, name: str, text: str) -> None:
    facts = measure(tmp_path, name, text)
    assert _limits(facts) == [150]
    assert len(facts.fields) == 1, facts.fields


def _sent(facts: DocumentFacts) -> list[tuple[str, bool]]:
    return sorted((a.kind, a.conditional) for a in facts.attachments)


# A report sent after the project ("within six months of finishing your project", "when your
# event has finished") is monitoring, not a document sent with the application
AFTER_MD = """# Small grants: guidance

## What you need to send

Please send these with your application:

- your constitution
- your latest annual accounts

Within {when} you will need to send us a short report with photographs and copies of your
receipts.
"""

AFTER_HTML = """<html><body><main>
<h2>What you'll need</h2>
<p>You'll need to upload these documents when you apply:</p>
<ul><li>your group's constitution</li><li>your latest annual accounts</li></ul>
<p>{when}, please send us a short report with photographs and copies of your receipts.</p>
</main></body></html>
"""


@pytest.mark.parametrize(
    ("name", "text", "when"),
    [
        ("notes.md", AFTER_MD, "six months of finishing your project"),
        ("notes.md", AFTER_MD, "eight weeks of completing the project"),
        ("notes.html", AFTER_HTML, "When your event has finished"),
        ("notes.html", AFTER_HTML, "After the project ends"),
    ],
)
def test_a_report_sent_after_the_project_is_not_an_attachment(
    tmp_path: Path, name: str, text: str, when: str
) -> None:
    facts = measure(tmp_path, name, text.format(when=when))
    assert _sent(facts) == [("accounts", False), ("governing_document", False)]


# What a document includes, listed after "including", is its contents, however long the list:
# "an event plan, including the date, timings, location and a simple site plan" is one plan
CONTENTS_MD = """# Events grant

Please upload these documents:

- an event plan, including the date, timings, location and a simple site plan
- a budget showing all the costs of the event
"""

CONTENTS_TXT = """EVENTS GRANT

Send these with your form:
[ ] A delivery plan, including dates, venues, staffing and a risk assessment
[ ] Your constitution
"""


@pytest.mark.parametrize(
    ("name", "text", "kinds"),
    [
        # (an event plan is a project plan, as the corpus labels it: acc18b, session 18)
        ("notes.md", CONTENTS_MD, [("budget", False), ("project_plan", False)]),
        ("form.txt", CONTENTS_TXT, [("governing_document", False), ("project_plan", False)]),
    ],
)
def test_what_a_document_includes_is_its_contents(
    tmp_path: Path, name: str, text: str, kinds: list[tuple[str, bool]]
) -> None:
    assert _sent(measure(tmp_path, name, text)) == kinds


# "No limit" under a value's prompt is about the value ("no upper limit" on a sum, "no limit on
# how long a project can run"), not about the answer's length: the prompt stays a field
UNBOUNDED_MD = """# Small grants application

### 6. How much are you asking us for?

There is no upper limit, but most grants are between £500 and £2,000.

Your answer:

### 7. When will your project start?

There is no limit on how long a project can run.

Your answer:

### 8. Tell us about your project. (max 250 words)

Your answer:
"""


def test_no_limit_on_a_value_is_not_a_word_limit_note(tmp_path: Path) -> None:
    facts = measure(tmp_path, "form.md", UNBOUNDED_MD)
    assert _limits(facts) == [250]
    assert len(facts.fields) == 2, facts.fields
    facts = measure(tmp_path, "form.txt", UNBOUNDED_MD.replace("### ", ""))
    assert _limits(facts) == [250]


# A "£" heading a table's column under a question ("Item | £") is the column's, not the
# question's answer line: the question keeps its limit
COSTS_MD = """# Application

### 7. Please give a breakdown of what the grant will pay for. (max 100 words)

| Item | £ |
| --- | --- |
| | |
| | |

### 8. What is the total cost of the project?

£

### 9. Tell us about your project. (max 200 words)

Your answer:
"""


def test_a_pound_sign_heading_a_column_is_not_an_answer_line(tmp_path: Path) -> None:
    assert _limits(measure(tmp_path, "form.md", COSTS_MD)) == [100, 200]
    facts = _docx(
        tmp_path,
        [
            "7. Please give a breakdown of what the grant will pay for. (max 100 words)",
            [["Item", "£"], ["", ""], ["", ""]],
            "9. Tell us about your project. (max 200 words)",
            [[""]],
        ],
    )
    assert _limits(facts) == [100, 200]


# Yes / No alone, however it says how to mark it, or with a third choice, is the field
CHOICES_MD = """# Application

### 14. Is your group a registered charity?

YES / NO (please delete)

### 15. Have you had a grant from us before?

Yes / No / Not sure

### 16. Does your group have a bank account?

Yes / No (delete as appropriate)

### 17. Tell us about your project. (max 200 words)

Your answer:
"""


def test_yes_no_alone_with_its_marking_or_a_third_choice_is_a_field(tmp_path: Path) -> None:
    for name, text in (("form.md", CHOICES_MD), ("form.txt", CHOICES_MD.replace("### ", ""))):
        facts = measure(tmp_path, name, text)
        assert _limits(facts) == [200]
        assert len(facts.fields) == 3, facts.fields


# The project's end named inside a document's description says what the document covers, not
# that it is sent later; a list of contents ends at a comma then "and" or "together with"
DESCRIBED_MD = """# Community buildings fund: guidance notes

## What to send with your application

Every applicant must send:

- a copy of your constitution;
- a letter from your landlord confirming that you can use the building for five years after
  the project ends;
- a maintenance plan showing who will look after the new equipment when the project has
  finished.
"""

LISTED_TXT = """SMALL GRANTS - WHAT TO SEND

With your form, send your most recent bank statement, including the page showing the closing
balance, together with a copy of your constitution.

Please also send a risk assessment for the event, including how you will keep children safe,
and your equal opportunities policy.
"""


def test_the_projects_end_in_a_description_and_a_second_document_after_contents(
    tmp_path: Path,
) -> None:
    assert _sent(measure(tmp_path, "notes.md", DESCRIBED_MD)) == [
        ("governing_document", False),
        ("other", False),
        ("other", False),  # (the maintenance plan: `other`, as the rulebook decided)
    ]
    assert _sent(measure(tmp_path, "form.txt", LISTED_TXT)) == [
        ("bank_statement", False),
        ("governing_document", False),
        ("other", False),
        ("policy", False),
    ]


# An item numbered with a letter after its number ("5a.") is numbered: its hint is its own
LETTERED_MD = """# Community grant application

### 5a. Describe the project you would like funding for. (max 300 words)

Include what you will do, where and when it will happen, and who will run it.

Your answer:

### 5b. How do you know it is needed? (max 200 words)

Your answer:
"""


def test_a_hint_under_a_lettered_item_is_the_items(tmp_path: Path) -> None:
    assert _limits(measure(tmp_path, "form.md", LETTERED_MD)) == [300, 200]
    facts = _docx(
        tmp_path,
        [
            "Q3a Describe the activity you will run (maximum 300 words)",
            "Tell us what people will do in the sessions and how often they will meet.",
            [[""]],
            "Q3b Who will take part? (maximum 200 words)",
            [[""]],
        ],
    )
    assert _limits(facts) == [300, 200]
