"""Questions and their limits (session 9): a section's default limit and the questions that
say they have none, a notes column beside the answer box, two questions sharing one box, and
limits given to questions by their numbers. Each rule on small documents of the test's own,
in more than one format and phrasing (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.phrases import says_open
from test_documents_s8_questions import _word


def _limits(facts: DocumentFacts) -> list[int | None]:
    return [q.word_limit for q in facts.questions]


# --- A question that says it has no limit, under a section's default ----------------------

DEFAULT_TXT = """PART 2 - WHAT YOU WANT TO DO

Please keep each answer in this part to {default}, unless the question says otherwise.

2.1 What will the money be spent on?

......................................................................

2.2 Who will come along, and how will you tell them about it?

......................................................................

2.3 Which other groups are helping you? {open}

......................................................................

2.4 How will the activity carry on next year? (80 words)

......................................................................
"""


@pytest.mark.parametrize(
    "open_said",
    [
        "(No length limit)",
        "There is no word limit for this question.",
        "(no maximum length - a list is fine)",
        "Any length is fine.",
    ],
)
def test_a_question_saying_it_has_no_limit_is_not_given_the_sections(
    tmp_path: Path, open_said: str
) -> None:
    facts = measure(tmp_path, "form.txt", DEFAULT_TXT.format(default="200 words", open=open_said))
    assert _limits(facts) == [200, 200, None, 80]
    assert facts.word_limit == 480
    assert facts.unlimited == 1


DEFAULT_MD = """# Small Sparks Fund

## Section B: your idea

**Answers in this section can be up to 1,200 characters each unless we say otherwise.**

### B1. Tell us about the idea

**Answer:**

&nbsp;

### B2. What difference will it make? *No length limit.*

**Answer:**

&nbsp;
"""


def test_a_markdown_question_marked_with_no_length_limit_keeps_none(tmp_path: Path) -> None:
    facts = measure(tmp_path, "form.md", DEFAULT_MD)
    assert _limits(facts) == [200, None]


DEFAULT_HTML = """<html><body><form>
<h2>Your project</h2>
<p class="hint">Each answer in this section can be up to 900 characters unless we say
otherwise.</p>
<label for="a">What do you want to do?</label>
<textarea id="a" name="a" rows="6"></textarea>
<label for="b">What could go wrong, and what will you do about it?</label>
<p class="hint" id="b_hint">There is no length limit here. Bullet points are fine.</p>
<textarea id="b" name="b" rows="6" aria-describedby="b_hint"></textarea>
</form></body></html>"""


def test_a_web_forms_hint_saying_no_limit_keeps_the_sections_off(tmp_path: Path) -> None:
    """The hint a textarea names (aria-describedby) is the box's own words."""
    facts = measure(tmp_path, "form.html", DEFAULT_HTML)
    assert _limits(facts) == [150, None]


def test_says_open_reads_a_question_saying_it_has_no_limit() -> None:
    for said in ("(No length limit)", "no word limit applies", "Dim terfyn geiriau"):
        assert says_open(said), said
    for said in ("Describe the limits of the project", "No more than 200 words", "Any help?"):
        assert not says_open(said), said


# --- A notes column beside a Word form's answer box --------------------------------------


def test_a_notes_cell_beside_the_box_gives_the_questions_limit_or_none(tmp_path: Path) -> None:
    """ "Question | Your answer | Notes": the notes cell is read with its row's question. One
    that opens with a limit gives it ("Half a page at most. Say what you will count." is not a
    question of its own); one saying "No length limit" keeps the section's default off it."""
    note = "Section 3: please keep each answer to 150 words unless the Notes say otherwise."
    facts = _word(
        tmp_path,
        [
            note,
            [
                ["Question", "Your answer", "Notes"],
                ["3.1 What will you buy?", "", ""],
                [
                    "3.2 How will you measure success?",
                    "",
                    "Half a page at most. Say what you will count, and who will count it.",
                ],
                ["3.3 Who else funds this work?", "", "No length limit: one line each."],
                ["3.4 What happens when the money runs out?", "", "Up to 60 words."],
            ],
        ],
    )
    assert _limits(facts) == [150, 250, None, 60]
    assert facts.unlimited == 1


# --- Two questions sharing one box --------------------------------------------------------


@pytest.mark.parametrize(
    "prompt",
    [
        "4. Who will benefit? Roughly how many people will you reach?",
        "4. Which people will the project help? About how many of them are there?",
    ],
)
def test_a_question_and_a_number_sharing_a_box_is_a_question(tmp_path: Path, prompt: str) -> None:
    """A box under two questions, one asking for words and one for a number, is a question;
    a box under a number alone ("How many people will take part?") is a field."""
    facts = _word(
        tmp_path,
        [
            [[prompt], [""]],
            [["5. How many people will take part?"], [""]],
        ],
    )
    assert len(facts.questions) == 1
    assert facts.questions[0].text.startswith("4.")


GUIDED_HTML = """<html><body><form><table>
<tr><td><label for="t">Who have you talked to about the idea? Include neighbours, schools and
other groups.</label></td><td><textarea id="t" name="t" rows="6"></textarea></td></tr>
<tr><td><label for="w">Which partners will help? List them with their roles.</label></td>
<td><textarea id="w" name="w" rows="6"></textarea></td></tr>
<tr><td><label for="d">How much are you asking for? GBP</label></td>
<td><input type="text" id="d" name="d"></td></tr>
</table></form></body></html>"""


def test_a_question_then_guidance_on_it_asks_for_words(tmp_path: Path) -> None:
    """ "Who have you talked to? Include neighbours ..." over a box beside it asks for words,
    though the label ends with its guidance, not its "?"."""
    facts = measure(tmp_path, "form.html", GUIDED_HTML)
    assert len(facts.questions) == 2
    assert len(facts.fields) == 1


# --- Limits given to questions by their numbers ---------------------------------------------

BY_NUMBER = """NOTES
For questions 3, 4 and 6, please keep each answer to about 120 words.

3. What will you do?

Answer:

4. Why is it needed?

Answer:

5. How will you keep people safe?

Answer:

6. How will you tell people about it?

Answer:

7. Is there anything else we should know?

Answer:
"""


def test_a_list_of_question_numbers_gives_each_its_limit(tmp_path: Path) -> None:
    """ "questions 3, 4 and 6 ... each answer": those three, and no others (the note names its
    questions, so it is no default for the rest of the form)."""
    facts = measure(tmp_path, "form.txt", BY_NUMBER)
    assert _limits(facts) == [120, 120, None, 120, None]


SHARED_BY_NUMBER = """Please keep your answers to questions 2, 5 and 7 to 600 words in total.

2. Describe your group.

Answer:

5. Describe the project.

Answer:

7. Describe what will change.

Answer:
"""


def test_questions_named_to_share_a_total_share_it(tmp_path: Path) -> None:
    facts = measure(tmp_path, "form.txt", SHARED_BY_NUMBER)
    assert _limits(facts) == [200, 200, 200]
    assert facts.word_limit == 600


def test_a_number_after_a_questions_number_may_be_its_limit(tmp_path: Path) -> None:
    """ "question 4 - 300 words" names question 4 and its limit, not questions 4 to 300."""
    text = "Keep question 4 - 300 words at most.\n\n4. Tell us about you.\n\nAnswer:\n\n"
    text += "5. Tell us about the project.\n\nAnswer:\n"
    facts = measure(tmp_path, "form.txt", text)
    assert _limits(facts) == [300, None]


# --- A form's questions written out with the answer each takes (a portal's export) -----------

EXPORT_TXT = """GREENWAY TRUST - SMALL GRANTS 2027
QUESTIONS IN THE ONLINE FORM

Downloaded from our grants system. These are the questions on the online form; you cannot
apply with this copy, but you can use it to draft your answers.

1.  Group name
    Answer type: Short text (max 100 characters)
    Required: Yes

2.  Group address
    Answer type: Long text (max 400 characters)
    Required: Yes

3.  Is the group run by volunteers?
    Answer type: Yes / No
    Required: Yes

4.  Tell us what the grant will pay for.
    Answer type: Long text (max 250 words)
    Required: Yes
    Help text: Say what you will buy and who will use it.

5.  What will be different once the project is done? Answer type: Long text (max 1,200
    characters) Required: Yes

6.  Start date
    Answer type: Date

7.  Anything else the panel should know?
    Answer type: Long text
    Required: No
    Shown if: 3 = No
"""


def test_a_portals_export_of_its_questions_is_the_form(tmp_path: Path) -> None:
    """An export listing each item with its answer type is the form itself (the only written
    form), though it says its questions are the online form's: a free-text type is the box,
    with the limit it states (an address's long text stays a field); a value's type is a
    field; "Required:", "Help text:" and "Shown if:" lines belong to their item."""
    facts = measure(tmp_path, "questions.txt", EXPORT_TXT)
    assert _limits(facts) == [250, 200, None]
    assert len(facts.fields) == 4  # name, address, yes / no, date


EXPORT_MD = """# Warm Hubs Fund: application questions

_Printed from the funder's online form. You cannot apply using this document._

## Section 1

### 1.1 Name of your organisation

* **Response type:** Single line of text
* **Mandatory:** Yes

### 1.2 Describe the warm space you will run

* **Response type:** Paragraph (maximum 2,400 characters)
* **Mandatory:** Yes
* **Hint:** Where it is, when it opens and who will staff it.

### 1.3 How many people do you expect each week?

* **Response type:** Number

### 1.4 How will you let people know about it?

* **Response type:** Paragraph (maximum 150 words)

### 1.5 Upload your latest accounts

* **Response type:** File upload
"""


def test_a_markdown_preview_of_an_online_form_is_the_form(tmp_path: Path) -> None:
    facts = measure(tmp_path, "questions.md", EXPORT_MD)
    assert _limits(facts) == [400, 150]
    assert len(facts.fields) == 2  # the name and the number


QUOTED_GUIDANCE = """Small grants: guidance

The questions on the online form are:

1. Tell us what the grant will pay for (up to 250 words).

2. What will be different once the project is done? (up to 200 words)

Please prepare your answers before you start.
"""


def test_guidance_quoting_a_separate_forms_questions_asks_none(tmp_path: Path) -> None:
    """The same questions quoted in guidance, with no answer types, are the online form's."""
    facts = measure(tmp_path, "guidance.txt", QUOTED_GUIDANCE)
    assert facts.questions == []


# --- An office-use column, and placeholder text typed over in the answer cell ---------------


def _office_form(tmp_path: Path, office: str) -> DocumentFacts:
    return _word(
        tmp_path,
        [
            "Part 2  About the project",
            [
                ["", "", office],
                ["2.1 Describe the project", "", ""],
                ["2.2 Who is it for?", "", ""],
                ["2.3 Tell us how you will spend the money (no more than 300 words)", "", ""],
            ],
        ],
    )


@pytest.mark.parametrize("office", ["Office use\nScore 0-5", "For office use only", "OFFICE USE"])
def test_an_office_use_column_is_the_councils_not_a_box(tmp_path: Path, office: str) -> None:
    """ "Question | Answer | Office use": the column's empty cells are the council's, and the
    empty cells of the row its head is in are a header, not a box for the title above the
    table; every question keeps its own row (a short one no "?" ends is no office box)."""
    facts = _office_form(tmp_path, office)
    assert [q.text[:3] for q in facts.questions] == ["2.1", "2.2", "2.3"]
    assert _limits(facts) == [None, None, 300]


def test_placeholder_text_in_the_answer_cell_is_the_box(tmp_path: Path) -> None:
    """A template's answer cells hold grey text to type over: "Type here - up to 200 words" is
    the question's box and limit; "Type a number", "Click to enter a date" make a field."""
    facts = _word(
        tmp_path,
        [
            [
                ["3.1 What will you do with the grant?", "Type here – up to 200 words"],
                ["3.2 Why does it matter to the village?", "Type here"],
                ["3.3 How many volunteers help you?", "Type a number"],
                ["3.4 When will it start?", "Click to enter a date"],
                [
                    "3.5 What happens when the grant runs out?",
                    "Type your answer (max 600 characters)",
                ],
            ],
        ],
    )
    assert _limits(facts) == [200, None, 100]
    assert len(facts.fields) == 2


OFFICE_HTML = """<html><body><h2>Part 2 About the project</h2>
<table border="1">
<tr><td></td><td></td><td>For office use only</td></tr>
<tr><td>2.1 Describe the project</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>2.2 Who is it for?</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>2.3 Tell us how you will spend the money (no more than 300 words)</td><td>&nbsp;</td>
<td>&nbsp;</td></tr>
</table></body></html>"""


def test_an_office_use_column_in_a_form_saved_as_a_web_page(tmp_path: Path) -> None:
    facts = measure(tmp_path, "form.html", OFFICE_HTML)
    assert [q.text[:3] for q in facts.questions] == ["2.1", "2.2", "2.3"]


# --- Hidden text in a Word form --------------------------------------------------------------


def _hidden_form(tmp_path: Path, parts: list[tuple[str, bool] | list[list[str]]]) -> DocumentFacts:
    """A Word document of paragraphs given as (words, hidden) and tables (rows of cells)."""
    import docx

    from grantcheck.documents import Measurer

    document = docx.Document()
    for part in parts:
        if isinstance(part, list):
            grid = document.add_table(rows=len(part), cols=len(part[0]))
            for r, row in enumerate(part):
                for c, text in enumerate(row):
                    grid.cell(r, c).text = text
            continue
        paragraph = document.add_paragraph()
        for i, words in enumerate(part[0].split("|")):
            run = paragraph.add_run(words)
            run.font.hidden = part[1] and (i % 2 == 1 or "|" not in part[0])
    path = tmp_path / "form.docx"
    document.save(str(path))
    return Measurer().measure(path, path.name)[1]


def test_hidden_words_in_a_word_form_are_not_read(tmp_path: Path) -> None:
    """Text formatted hidden does not print and is not shown: an author's note with a limit
    is no question, a hidden old limit inside a question is not its limit, and a question
    hidden whole asks nothing (its hidden lines are no blank lines to write on either)."""
    facts = _hidden_form(
        tmp_path,
        [
            ("Editor: describe last year's changes here in 500 words before printing.", True),
            ("1. Describe your project |(old limit 400 words) |(no more than 250 words)", True),
            [[""]],
            ("2. What did your last grant from us achieve? (100 words)", True),
            ("", False),
            ("", False),
            ("3. Who will benefit? (150 words)", False),
            [[""]],
        ],
    )
    assert _limits(facts) == [250, 150]


def test_hidden_text_turned_off_again_is_read(tmp_path: Path) -> None:
    from docx.oxml import parse_xml

    from grantcheck.documents.docx_hidden import hidden

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    run = parse_xml(f'<w:r {w}><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>Shown</w:t></w:r>')
    assert not hidden(run[1])
    run = parse_xml(f"<w:r {w}><w:rPr><w:vanish/></w:rPr><w:t>Not shown</w:t></w:r>")
    assert hidden(run[1])


# --- A bilingual form stacked: each question in Welsh, then in English (trial S9 M13) -------

STACKED = """Cronfa Gymunedol / Community Fund

1. Esboniwch beth fydd y grant yn ei dalu amdano (uchafswm 250 gair)

   Explain what the grant will pay for (maximum 250 words)

   {marker}

2. Sut y byddwch chi'n gwybod bod y prosiect wedi gweithio? (hyd at 100 gair)

   How will you know that the project has worked? (up to 100 words)

   {marker}
"""


@pytest.mark.parametrize(
    ("name", "marker"), [("form.md", "_Ateb / Answer:_"), ("form.txt", "Ateb / Answer:")]
)
def test_a_question_stacked_in_two_languages_is_one_question(
    tmp_path: Path, name: str, marker: str
) -> None:
    """The numbered Welsh line and the English line under it, with one answer space and the
    same limit, are one question; "Ateb / Answer:" marks the space in both languages."""
    facts = measure(tmp_path, name, STACKED.format(marker=marker))
    assert _limits(facts) == [250, 100]


def test_english_first_then_welsh_is_one_question_and_two_english_are_two(
    tmp_path: Path,
) -> None:
    text = (
        "1. Describe the project (maximum 200 words)\n\nDisgrifiwch y prosiect (uchafswm 200 "
        "gair)\n\nAnswer:\n\n2. Describe the need (maximum 200 words)\n\nDescribe who asked "
        "for it (maximum 200 words)\n\nAnswer:\n"
    )
    facts = measure(tmp_path, "form.txt", text)
    assert _limits(facts) == [200, 200, 200]


# --- A part's title, then a limit from the margin, then the question it belongs to ---------

PART_MARGIN = """{title}
{limit}
6. What do you want the grant for? Please list the items and say why each one is needed.
_____________________________________________________________
_____________________________________________________________
7. Who will benefit from it?
100 words
_____________________________________________________________
"""


@pytest.mark.parametrize(
    ("title", "limit", "words"),
    [
        ("PART B - WHAT YOU WOULD LIKE A GRANT FOR", "250 words", 250),
        ("Section 3: What you want to do", "Guide length: 300 words", 300),
    ],
)
def test_a_limit_between_a_parts_title_and_a_question_is_the_questions(
    tmp_path: Path, title: str, limit: str, words: int
) -> None:
    """A part's title asks nothing, whatever its words ("WHAT YOU WOULD LIKE"): a limit printed
    under it (a margin's "Guide length") belongs to the question that follows."""
    facts = measure(tmp_path, "form.txt", PART_MARGIN.format(title=title, limit=limit))
    assert _limits(facts) == [words, 100]


def test_a_limit_under_a_markdown_parts_title_is_the_next_questions(tmp_path: Path) -> None:
    text = (
        "## Part 2: What you will do with the money\n\n*Guide length: 400 words*\n\n"
        "2.1 Tell us what the grant will pay for.\n\n> Answer:\n\n"
        "2.2 Who will help? (50 words)\n\n> Answer:\n"
    )
    facts = measure(tmp_path, "form.md", text)
    assert _limits(facts) == [400, 50]
