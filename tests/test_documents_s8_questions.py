"""Questions, word limits and fields (session 8): each general rule shown on small documents of
the test's own, varied as different councils write them (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

from documents import measure
from grantcheck.documents.facts import DocumentFacts

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PROMPT = "Click or tap here to enter text."
Part = str | list[list[str]] | object  # a paragraph, a table's rows, or a ready XML element


def _word(tmp_path: Path, parts: list[Part], heading: set[str] | None = None) -> DocumentFacts:
    """A Word document of paragraphs (a string; styled "Heading 1" when in ``heading``), tables
    (rows of cells) and raw body elements (content controls, paragraphs of form fields)."""
    import docx

    from grantcheck.documents import Measurer

    document = docx.Document()
    body = document.element.body
    for part in parts:
        if isinstance(part, str):
            document.add_paragraph(part, "Heading 1" if part in (heading or ()) else None)
        elif isinstance(part, list):
            grid = document.add_table(rows=len(part), cols=len(part[0]))
            for r, row in enumerate(part):
                for c, text in enumerate(row):
                    grid.cell(r, c).text = text
        else:
            body.insert(len(body) - 1, part)  # (before the section's settings, which end it)
    path = tmp_path / "form.docx"
    document.save(str(path))
    return Measurer().measure(path, path.name)[1]


def _xml(text: str) -> object:
    from docx.oxml import parse_xml

    return parse_xml(text)


def control(kind: str = "rich", shown: str = PROMPT) -> object:
    """A block-level content control still showing its grey prompt: rich text (no type), plain
    text ("text"), multi-line plain text ("lines") or a date picker ("date")."""
    pr = {"rich": "", "text": "<w:text/>", "lines": '<w:text w:multiLine="1"/>'}
    pr["date"] = (
        '<w:date w:fullDate="2026-01-01T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/></w:date>'
    )
    return _xml(
        f"<w:sdt {W}><w:sdtPr><w:showingPlcHdr/>{pr[kind]}</w:sdtPr><w:sdtContent><w:p><w:r>"
        f"<w:t>{shown}</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )


def inline(label: str = "", kind: str = "text", shown: str = PROMPT) -> object:
    """A paragraph of ``label`` (if any) then an inline content control showing its prompt."""
    pr = {"text": "<w:text/>", "date": "<w:date/>", "list": "<w:dropDownList/>", "rich": ""}
    words = f'<w:r><w:t xml:space="preserve">{label} </w:t></w:r>' if label else ""
    return _xml(
        f"<w:p {W}>{words}<w:sdt><w:sdtPr><w:showingPlcHdr/>{pr[kind]}</w:sdtPr><w:sdtContent>"
        f"<w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt></w:p>"
    )


def legacy(label: str = "", max_length: int | None = None, check: bool = False) -> object:
    """A paragraph of ``label`` (if any) then a protected form's legacy field: a text field
    (FORMTEXT, with its maxLength) or a check box (FORMCHECKBOX)."""
    words = f'<w:r><w:t xml:space="preserve">{label} </w:t></w:r>' if label else ""
    size = f'<w:maxLength w:val="{max_length}"/>' if max_length else ""
    data = (
        '<w:checkBox><w:sizeAuto/><w:default w:val="0"/></w:checkBox>'
        if check
        else (f"<w:textInput>{size}</w:textInput>")
    )
    code = "FORMCHECKBOX" if check else "FORMTEXT"
    shown = "" if check else "<w:r><w:t>\u2002\u2002\u2002\u2002\u2002</w:t></w:r>"
    return _xml(
        f'<w:p {W}>{words}<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="f"/>'
        f'<w:enabled/>{data}</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve">'
        f' {code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{shown}'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


def _limits(facts: DocumentFacts) -> list[int | None]:
    return [q.word_limit for q in facts.questions]


# --- Content controls outside tables (trial S7 0g) --------------------------------------------


def test_content_controls_after_paragraph_prompts_are_their_boxes(tmp_path: Path) -> None:
    """Word's own form templates: each prompt a paragraph, its box a block-level content
    control still showing "Click or tap here to enter text." (rich text or plain text)."""
    facts = _word(
        tmp_path,
        [
            "Greenway Neighbourhood Fund",
            "Name of your group",
            control("text"),
            "Main contact's email address",
            control("text"),
            "1. Tell us what you want to do with the grant.",
            control("rich"),
            "2. Why is this needed in your area? (no more than 250 words)",
            control("lines"),
            "3. How will local people be involved?",
            control("rich", "Enter your answer here."),
            "Date your group was set up",
            control("date", "Click or tap to enter a date."),
        ],
    )
    assert _limits(facts) == [None, 250, None]
    assert len(facts.fields) == 3


def test_an_inline_control_in_its_own_paragraph_under_a_prompt_is_its_box(
    tmp_path: Path,
) -> None:
    """The control typed inline into an empty paragraph under the question (how most people
    add one from the Developer tab), and a label with its control on the same line."""
    facts = _word(
        tmp_path,
        [
            "Application for a Ward Budget grant",
            inline("Organisation:"),
            inline("Telephone:"),
            inline("Preferred start date:", "date", "Click or tap to enter a date."),
            "Q1 Describe the activity you would like us to fund (max. 300 words)",
            inline(),
            "Q2 What difference will it make to residents?",
            inline(),
            "Q3 Which ward is it in?",
            inline(kind="list", shown="Choose an item."),
        ],
    )
    assert _limits(facts) == [300, None]
    assert len(facts.fields) == 4


def test_a_control_on_the_prompts_own_line_is_its_box(tmp_path: Path) -> None:
    facts = _word(
        tmp_path,
        [
            "Part B",
            inline("B1. Explain how your project helps older people stay independent."),
            inline("B2. How will you publicise it? (150 words)"),
            inline("I/We, the undersigned,", "text"),
        ],
    )
    assert _limits(facts) == [None, 150]


# --- Legacy form fields outside tables (trial S7 0h) ------------------------------------------


def test_legacy_text_fields_after_paragraph_prompts_are_boxes_with_character_limits(
    tmp_path: Path,
) -> None:
    """A protected form made with the legacy Forms toolbar: each answer a FORMTEXT field in the
    paragraph under its question, its maxLength a character limit (÷ 6); a short field is a
    single value's (a postcode), and a field with no maxLength a box with no limit."""
    facts = _word(
        tmp_path,
        [
            "Community Chest 2026",
            "Name of organisation",
            legacy(max_length=80),
            "Postcode",
            legacy(max_length=8),
            "4. Please describe your project.",
            legacy(max_length=2400),
            "5. What evidence do you have that it is needed?",
            legacy(max_length=1500),
            "6. How will you measure its success?",
            legacy(),
        ],
    )
    assert _limits(facts) == [400, 250, None]
    assert facts.word_limit == 650
    assert len(facts.fields) == 2


def test_legacy_fields_beside_their_labels_and_check_boxes_in_paragraphs(tmp_path: Path) -> None:
    facts = _word(
        tmp_path,
        [
            legacy("Group name:", 60),
            legacy("Contact telephone:", 20),
            legacy("Is your group a registered charity?  Yes"),  # text, then a box below
            "Summarise what the money is for (up to 1,200 characters).",
            legacy(max_length=1200),
            legacy("Tick to confirm you have read the guidance", check=True),
        ],
    )
    assert _limits(facts) == [200]
    assert [q.text.split(" (")[0] for q in facts.questions] == ["Summarise what the money is for"]


# --- A limit shared by a section's questions (trial S7 0b) ------------------------------------


def test_a_section_limit_in_a_heading_is_shared_by_its_questions(tmp_path: Path) -> None:
    """ "Section 2: Your project (no more than 900 words in total for this section)" over three
    questions with no limit of their own: the three share 900 words (300 each, summed 900);
    the next section's question is not in it."""
    heading = "Section 2: Your project (no more than 900 words in total for this section)"
    facts = _word(
        tmp_path,
        [
            "Section 1: About you",
            "Name of group:",
            [[""]],
            heading,
            "2.1 What do you want to do?",
            "",
            "",
            "2.2 Who will take part?",
            "",
            "",
            "2.3 How will you know it has worked?",
            "",
            "",
            "Section 3: Your budget",
            "3.1 How did you work out the costs?",
            "",
            "",
        ],
        heading={heading, "Section 1: About you", "Section 3: Your budget"},
    )
    assert facts.word_limit == 900
    assert facts.unlimited == 1  # 3.1 is in the next section
    assert _limits(facts)[:3] == [300, 300, 300]


SECTION_NOTE = """PART B - THE PROJECT

Your answers to Part B should come to no more than 1,500 words altogether.

B1. Describe the project.

______________________________________

B2. Why is it needed now?

______________________________________

B3. Who else have you talked to about it?

______________________________________

PART C - MONEY

C1. Explain how the grant will be spent.

______________________________________
"""


def test_a_note_under_a_part_title_shares_its_limit_among_the_parts_questions(
    tmp_path: Path,
) -> None:
    facts = measure(tmp_path, "form.txt", SECTION_NOTE)
    assert len(facts.questions) == 4
    assert facts.word_limit == 1500
    assert facts.unlimited == 1


MD_SECTION = """# Community Events Grant

## About the event (maximum 1,000 words across this section)

### What is the event?

> Answer:

### Who is it for?

> Answer:

### What will it cost? Give a breakdown (200 words)

> Answer:
"""


def test_a_section_limit_counts_the_questions_own_limits_first(tmp_path: Path) -> None:
    """A question with a limit of its own keeps it; the others share what is left."""
    facts = measure(tmp_path, "form.md", MD_SECTION)
    assert len(facts.questions) == 3
    assert facts.word_limit == 1000
    assert facts.unlimited == 0


def test_a_limit_a_question_gives_itself_is_not_a_sections(tmp_path: Path) -> None:
    """ "Describe your plans (300 words in total)" asks, so its limit is its own."""
    facts = measure(
        tmp_path,
        "form.txt",
        "1. Describe your plans (300 words in total)\n\n_______\n\n"
        "2. Who will run it?\n\n_______\n",
    )
    assert _limits(facts) == [300, None]


# --- A "Word limit" column of bare numbers (trial S7 0c) --------------------------------------


def test_a_word_limit_column_gives_each_rows_question_its_limit(tmp_path: Path) -> None:
    facts = _word(
        tmp_path,
        [
            "Part 2: Your proposal",
            [
                ["Ref", "Question", "Word limit"],
                ["2.1", "Summarise the service in a few sentences.", "75"],
                ["", "", ""],
                ["2.2", "What evidence of need do you have?", "500"],
                ["", "", ""],
                ["2.3", "How will you involve service users?", "n/a"],
                ["", "", ""],
                ["2.4", "What will happen when the grant ends?", "½ page"],
                ["", "", ""],
            ],
        ],
    )
    assert _limits(facts) == [75, 500, None, 250]


def test_a_limit_column_in_characters_or_with_the_answer_beside_it(tmp_path: Path) -> None:
    facts = _word(
        tmp_path,
        [
            [
                ["Question", "Max. characters", "Your answer"],
                ["What will the grant pay for?", "1,200", ""],
                ["How will you thank volunteers?", "600", ""],
            ],
        ],
    )
    assert _limits(facts) == [200, 100]


# --- A box's counter, printed after it, when the box has its limit already ---------------------

COUNTED_PAGE = """<html><body><form>
<div class="field">
  <label for="aims">What are your group's aims? *</label>
  <textarea id="aims" name="aims" maxlength="1800"></textarea>
  <div class="counter">0 / 1800 characters</div>
</div>
<div class="field">
  <label for="plan">Describe your plan (no more than 400 words)</label>
  <textarea id="plan" name="plan"></textarea>
  <p>0 of 400 words</p>
</div>
<div class="field">
  <label for="name">Name of your group</label>
  <input id="name" name="name" type="text">
</div>
</form></body></html>
"""


def test_a_counter_after_a_box_with_its_limit_is_the_boxs_not_a_question(tmp_path: Path) -> None:
    """ "0 / 1800 characters" under a box whose maxlength is 1800, "0 of 400 words" under a box
    whose label gave 400: the count a blank form shows, not a numbered prompt ("0 /")."""
    facts = measure(tmp_path, "form.html", COUNTED_PAGE)
    assert _limits(facts) == [300, 400]
    assert len(facts.fields) == 1


def test_a_word_count_line_under_a_limited_word_box_is_its_counter(tmp_path: Path) -> None:
    facts = _word(
        tmp_path,
        [
            [["1. Describe the activity (maximum 250 words)"], [""]],
            "0 / 250 words",
            [["2. Why now? (150 words)"], [""]],
            "Words used: 0 of 150",
            "3. Project title (max 10 words)",
            [[""]],
        ],
    )
    assert _limits(facts)[:2] == [250, 150]
    assert facts.word_limit == 400


# --- A hint between a label and the box the label names ---------------------------------------

HINTED_PAGE = """<html><body><form>
<label for="q1">Tell us about your project</label>
<p class="hint">Include what you will do, where, and who will lead it.</p>
<textarea id="q1" name="q1" maxlength="2400"></textarea>
<label for="q2">How will you reach people who do not usually take part?</label>
<div class="help">Who are they? What stops them joining in now?</div>
<textarea id="q2" name="q2"></textarea>
<label for="q3">Organisation name</label>
<input id="q3" name="q3">
</form></body></html>
"""


def test_a_hint_that_reads_as_a_question_stays_with_the_label_its_box_names(
    tmp_path: Path,
) -> None:
    """A hint under a label, not tied to the box in the markup, that itself opens with a cue
    ("Include what ...") or asks ("Who are they?"): the box is named by its label, so the
    label is the question, and the hint its guidance."""
    facts = measure(tmp_path, "form.html", HINTED_PAGE)
    assert [q.evidence.words.split(" ")[0] for q in facts.questions] == ["Tell", "How"]
    assert _limits(facts) == [400, None]


# --- A question quoted inside guidance's sentence ---------------------------------------------


def test_a_question_quoted_in_a_sentence_of_guidance_is_not_asked_here(tmp_path: Path) -> None:
    """Guidance telling what the form asks quotes its questions inside a sentence: the quoted
    cue ("'How will ...'") is the form's, not a question in these notes."""
    notes = (
        "HOW TO FILL IN THE FORM\n\n"
        'Part 2 begins with "What difference will your project make?" and allows '
        "400 words. Be specific.\n\n"
        "The online form's fourth question is ‘Describe how you will involve volunteers’ (up "
        "to 200 words), so have your volunteer numbers to hand.\n"
    )
    assert measure(tmp_path, "notes.txt", notes).questions == []
    md = "## Before you start\n\nThe next page says 'Tell us about your group' (150 words).\n"
    assert measure(tmp_path, "notes.md", md).questions == []


def test_a_prompt_that_is_all_a_quotation_still_asks(tmp_path: Path) -> None:
    facts = measure(tmp_path, "form.txt", '1. "What is your project?" (300 words)\n\n______\n')
    assert _limits(facts) == [300]


# --- A question that names a value and asks for words besides ---------------------------------


def test_a_prompt_asking_for_a_number_and_for_words_is_a_question(tmp_path: Path) -> None:
    """ "Who will benefit, and how many people?" asks for a number AND for prose: a part of
    its own opens with a question cue and names no value. A label asking only for values
    ("What is your name and address?", "How many volunteers do you have?") is a field."""
    facts = _word(
        tmp_path,
        [
            "What is your name and address?",
            control("text"),
            "How many volunteers do you have?",
            control("text"),
            "1. Who will benefit from the project, and roughly how many people?",
            control("rich"),
            "2. What will it cost and what will you spend the grant on?",
            control("rich"),
            [["3. How many sessions will you run; why that many?", ""]],
        ],
    )
    assert [q.text[:2] for q in facts.questions] == ["1.", "2.", "3."]
    assert len(facts.fields) == 2


# --- A form typed into an e-mail, answered after an arrow -------------------------------------

ARROW_EMAIL = """Subject: Small grants - reply with your answers

Hi all, just type your answers after each arrow and hit reply.

Club name ->
Secretary's phone number ->

1. Tell us what the money would pay for (about 150 words)
->

2. Which members will take part, and why them?
   ->

More about the fund ->
"""


def test_an_arrow_typed_after_a_prompt_is_where_the_answer_goes(tmp_path: Path) -> None:
    """ "Club name ->" is a label with its blank on its line (a field); "->" alone under a
    question is its answer space; "More about the fund ->" is not a blank."""
    facts = measure(tmp_path, "reply.txt", ARROW_EMAIL)
    assert _limits(facts) == [150, None]
    assert len(facts.fields) == 2


# --- A grid of form fields in a table is one field --------------------------------------------


def _cell(text: str | None) -> str:
    """A table cell's XML: words, a legacy check box ("[ ]"), or (None) a legacy text form
    field with a short maxLength."""
    if text is not None and text != "[ ]":
        return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"
    field = legacy(check=True) if text else legacy(max_length=40)
    from lxml import etree

    return "<w:tc>" + etree.tostring(field).decode().replace(f" {W}", "") + "</w:tc>"


def grid(rows: list[list[str | None]]) -> object:
    """A table of such cells."""
    cells = "".join("<w:tr>" + "".join(_cell(c) for c in row) + "</w:tr>" for row in rows)
    return _xml(f"<w:tbl {W}><w:tblGrid/>{cells}</w:tbl>")


def test_a_table_of_form_fields_under_column_headings_is_one_field(tmp_path: Path) -> None:
    """A protected form's budget table: "Item | Cost (£)" over rows of text form fields with
    no words of their own is one grid of values, one field (as a table of empty cells is);
    a label/field table ("Name | [field]") is a field a row."""
    facts = _word(
        tmp_path,
        [
            grid([["Contact name", None], ["Telephone", None]]),
            "Budget",
            grid([["Item", "Cost (£)"], [None, None], [None, None], [None, None]]),
            grid([["Total cost (£)", None]]),
            "Declaration",
            grid(
                [
                    [None, "We accept the grant conditions."],
                    [None, "We have a safeguarding policy."],
                ]
            ),
        ],
    )
    assert len(facts.fields) == 6  # (a box before its words, a row each, is a field each)


EACH_PART = """PART C - DIFFERENCE

Each answer in this part should be no more than 250 words.

C1. What difference will the project make?

______________________________________

C2. How will you know it has made it? (100 words)

______________________________________

PART D - MONEY

D1. Explain how you worked out the budget.

______________________________________
"""


def test_a_limit_for_each_answer_in_a_part_is_each_questions_own(tmp_path: Path) -> None:
    """ "Each answer in this part should be no more than 250 words": every question of the part
    with no limit of its own takes 250 (not a share); one with its own keeps it."""
    facts = measure(tmp_path, "form.txt", EACH_PART)
    assert _limits(facts) == [250, 100, None]


def test_a_limit_per_question_in_a_word_heading(tmp_path: Path) -> None:
    heading = "Section 3: Your plans (up to 200 words per question)"
    facts = _word(
        tmp_path,
        [
            heading,
            [["3.1 What will you do first?"], [""]],
            [["3.2 Who will help you?"], [""]],
        ],
        heading={heading},
    )
    assert _limits(facts) == [200, 200]


def test_a_decimal_numbered_run_with_no_boxes_keeps_its_unlimited_question(
    tmp_path: Path,
) -> None:
    """Boxes drawn on the page are invisible in its text: in a run "2.3, 2.4, 2.5" whose
    neighbours count by their limits, 2.5 (asking, no limit) is a question too, even when a
    labelled blank ("2.6 Start date: ____") follows it."""
    text = (
        "2.3 Please describe the project. Up to 250 words.\n"
        "2.4 Who will benefit from it? No more than 150 words.\n"
        "2.5 How does the project fit the council's plan for the area?\n"
        "2.6 Start date: ____________\n"
    )
    facts = measure(tmp_path, "form.txt", text)
    assert _limits(facts) == [250, 150, None]
    assert len(facts.fields) == 1
