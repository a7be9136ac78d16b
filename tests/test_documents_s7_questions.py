"""Questions, word limits and fields (session 7): each general rule shown on a small document
of the test's own (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

from documents import measure
from grantcheck.documents.facts import DocumentFacts


def _word(tmp_path: Path, parts: list[str | list[list[str]]]) -> DocumentFacts:
    """A Word form of paragraphs (a string) and tables (rows of cells), in order."""
    import docx

    from grantcheck.documents import Measurer

    document = docx.Document()
    for part in parts:
        if isinstance(part, str):
            document.add_paragraph(part)
            continue
        grid = document.add_table(rows=len(part), cols=len(part[0]))
        for r, row in enumerate(part):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    path = tmp_path / "form.docx"
    document.save(str(path))
    return Measurer().measure(path, "form.docx")[1]


def test_a_word_counter_under_an_answer_box_is_its_limit(tmp_path: Path) -> None:
    """A Word form prints its box's counter under the box ("Word count: 0/400"), as an
    online form's counter is printed: the box's limit, given after the box, not before it.
    A counter with no maximum ("Word count: 0") sets none; a counter too small for prose
    ("0/12") makes the box a single value's (a title), not a question."""
    f = _word(
        tmp_path,
        [
            [["A. Give your scheme a name we can use in publicity."], [""]],
            "Word count: 0/12",
            [["B. Explain why your street needs this scheme."], [""], [""]],
            "Word count: 0/400",
            [["C. How will you keep it going after the grant ends?"], [""]],
            "Words used: 0 of 250",
            [["D. What else should the panel know?"], [""]],
            "Word count: 0",
            "Section 2: Contact",
        ],
    )
    assert [q.word_limit for q in f.questions] == [400, 250, None]
    assert f.word_limit == 650
    assert len(f.fields) == 1


def test_a_percentage_asked_beside_a_box_is_a_field(tmp_path: Path) -> None:
    """ "What share of your volunteers are under 25?" over a "Share %" label beside a box: a
    number to write (the label ends in its unit, as "Amount £" does), not prose."""
    f = _word(
        tmp_path,
        [
            "7. About what share of your volunteers are under 25?",
            [["Share of volunteers %", ""]],
            [["8. Describe how young people shape your work."], [""]],
        ],
    )
    assert [q.text.split(".")[0] for q in f.questions] == ["8"]
    assert len(f.fields) == 1


def test_measure_helper_still_reads_text(tmp_path: Path) -> None:
    f = measure(tmp_path, "a.md", "1. Describe your project (200 words)\n\n___\n")
    assert f.word_limit == 200


EASY_READ = """Section 1. About you

Question 1. What is the name of your club?

[Picture: a club badge]

Write here:
________________________________

Question 2. How much money do you need?

[Picture: a piggy bank]

Remember: the most we give is 300 pounds.

Write here:  £ ____________

Question 3. What will you do with the money?

[Picture: children planting seeds]

Tell us in your own words.

Write here:
________________________________
________________________________
________________________________
"""


def test_easy_read_notes_under_a_value_asked_are_not_questions(tmp_path: Path) -> None:
    """An Easy Read form puts a picture's description ("[Picture: ...]") and a short reminder
    ("Remember: ...") between each question and its box: under a value asked ("How much money
    do you need?"), they are notes on it, and the box is that value's field, not a question
    asked by the note."""
    f = measure(tmp_path, "easy.txt", EASY_READ)
    assert len(f.questions) == 1
    assert len(f.fields) == 2


def test_a_templates_placeholders_are_its_answer_spaces(tmp_path: Path) -> None:
    """A Word template marks where to write with a placeholder ("[Insert text here]", "<Type
    your answer>"): alone on its line, an answer space under the prompt; after a label on the
    same line ("Charity number: [Insert text here]"), a field. The limit in the notes under a
    section's title ("no more than one page") is its answer's, since the space shows the title
    asks for one."""
    f = _word(
        tmp_path,
        [
            "Group name: [Insert text here]",
            "Charity number: <Type your answer>",
            "1. Project summary",
            "Notes for applicants: a short overview of the project on no more than one page.",
            "[Insert text here]",
            "2. Delivery",
            "Explain who will run the project and when. Up to 300 words.",
            "[Type your answer here]",
            "3. Describe your volunteers: [Insert text here]",
        ],
    )
    assert [q.word_limit for q in f.questions] == [500, 300, None]
    assert len(f.fields) == 2


def test_a_numbered_paragraph_of_rules_about_limits_asks_nothing(tmp_path: Path) -> None:
    """Tender instructions are numbered paragraphs: "3.4 Limits are firm. Where a page count is
    given, a page means one side of A4 ..." states how limits are read and asks nothing; a
    short numbered item with its limit ("5. Your track record (300 words)") is still a
    question, with or without a box."""
    text = (
        "3.4 Limits are firm. Where a page count is given, a page means one side of A4 in a "
        "12pt font with normal margins, and panels stop reading at the limit.\n\n"
        "5. Your track record (300 words)\n\n"
        "6. What will change for residents? Answer in no more than 2 sides.\n"
    )
    f = measure(tmp_path, "rules.txt", text)
    assert [q.word_limit for q in f.questions] == [300, 1000]


EMAIL = """Hi both,

Thanks for asking about the small grants pot. Please reply with answers to the list below;
the online system takes at most 1,200 characters for questions 3 and 4.

1) Name of your group:
2) Contact phone number:
3) What would the money pay for?
4) Who would gain from it, and how?
5) How much do you need?
6) When will the work be done?
7) Have you had a grant from us before? [] Yes [] No
8) Is there anything else we should know?

Best wishes,
Sam
"""


def test_a_numbered_list_answered_in_a_reply_counts_every_item_it_asks(tmp_path: Path) -> None:
    """An email (or a wiki page) lists numbered questions to answer in a reply, with no box
    under any: the items with a limit are questions; so is every other item of the same run
    of numbers that asks for prose ("8) Is there anything else ...?", no limit), while items
    asking for a value (a sum, a date, a yes or no) are fields."""
    f = measure(tmp_path, "email.txt", EMAIL)
    assert [q.word_limit for q in f.questions] == [200, 200, None]
    assert f.questions[-1].text.startswith("8)")
    assert len(f.fields) == 5


WIKI = """## Questions

1. **What will you do?** (no more than 200 words)
   - Tip: say where and when. Strong answers are often about 120 words.
2. **Who is it for?** (no more than 150 words)
3. **How will you keep it going next year?** A few lines are enough.
4. **Your one-line pitch** for the voting page (no more than 40 words).
"""


def test_a_tip_bulleted_under_a_numbered_question_is_part_of_it(tmp_path: Path) -> None:
    """A bullet under a numbered question ("- Tip: ... often about 120 words") is guidance on
    that question, and its figure not another question's limit."""
    f = measure(tmp_path, "wiki.md", WIKI)
    assert [q.word_limit for q in f.questions] == [200, 150, None, 40]


def test_a_spreadsheets_row_numbers_are_never_prompts(tmp_path: Path) -> None:
    """A spreadsheet printed with its row numbers puts a bare number on its own line between
    the rows: "41" then "Continue overleaf" is not a question."""
    text = "Q5  What will you measure to show the difference? (max 150 words)\n40\n41\n42\n"
    f = measure(
        tmp_path, "sheet.txt", text + "Q6  Start date (dd/mm/yyyy)\n43\nContinue overleaf\n"
    )
    assert [q.word_limit for q in f.questions] == [150]


def test_limits_in_characters_are_summed_before_rounding(tmp_path: Path) -> None:
    """Three boxes of 1,000 characters at 6 a word hold 500 words between them, not 3 x 167:
    a document's total is rounded once, in print and in a page's controls alike."""
    text = "".join(f"{n}. Describe part {n} of your plan (1,000 characters)\n\n" for n in (1, 2, 3))
    assert measure(tmp_path, "plan.txt", text).word_limit == 500
    page = "".join(
        f"<label for='q{n}'>Describe part {n} of your plan</label>"
        f"<textarea id='q{n}' maxlength='1000'></textarea>"
        for n in (1, 2, 3)
    )
    f = measure(tmp_path, "plan.html", f"<form>{page}</form>")
    assert [q.word_limit for q in f.questions] == [167, 167, 167]
    assert f.word_limit == 500


def test_a_limit_in_the_boxs_own_words_makes_room_for_prose(tmp_path: Path) -> None:
    """A box whose own words give a limit for prose (a tooltip's "Max 80 words") answers the
    prompt above it in prose, though the prompt names a value ("If we give you a smaller
    amount, what will you do?"): a question, not a sum to fill in."""
    page = (
        "<form><p>3.1 If we give you a smaller amount, what will you do?</p>"
        "<textarea name='less' title='Smaller award - Max 80 words'></textarea></form>"
    )
    f = measure(tmp_path, "less.html", page)
    assert [q.word_limit for q in f.questions] == [80]
    assert not f.fields


def test_a_tick_boxs_own_words_after_it_are_not_a_prompt(tmp_path: Path) -> None:
    """A declaration's tick boxes each sit before their words ("☐ | We accept the grant
    conditions."): the words are the box's, and the signatories' grid after them (its empty
    corner cell) does not make the last of them a question."""
    f = _word(
        tmp_path,
        [
            "Section 5: Declaration",
            [["☐", "We accept the grant conditions."], ["☐", "Our club has a policy."]],
            [["", "First signatory", "Second signatory"], ["Name", "", ""]],
        ],
    )
    assert not f.questions


def test_a_question_at_the_top_of_its_own_tall_cell_has_its_space_below(tmp_path: Path) -> None:
    """A Word form may give each question one tall cell: the question at its top, empty
    paragraphs under it to write in, no empty cell or row. The empty paragraphs are the answer
    space: a question with no limit is still a question."""
    import docx

    from grantcheck.documents import Measurer

    document = docx.Document()
    for prompt in ("C1  Who has helped to shape the idea?", "C2  Who will run it? (150 words)"):
        cell = document.add_table(rows=1, cols=1).cell(0, 0)
        cell.text = prompt
        for _ in range(6):
            cell.add_paragraph("")
    path = tmp_path / "tall.docx"
    document.save(str(path))
    f = Measurer().measure(path, "tall.docx")[1]
    assert [q.word_limit for q in f.questions] == [None, 150]


def test_ruled_lines_drawn_with_a_tab_leader_are_an_answer_space(tmp_path: Path) -> None:
    """A Word form draws its answer lines as a tab to a stop with an underscore leader: each
    line an empty paragraph holding a tab. Lines one after another are one answer space, so a
    question with no limit over them is counted, and each question keeps its own lines. A
    signatories' grid's empty corner cell is no box."""
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm

    from grantcheck.documents import Measurer

    document = docx.Document()

    def lines(count: int) -> None:
        for _ in range(count):
            para = document.add_paragraph()
            para.paragraph_format.tab_stops.add_tab_stop(
                Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.LINES
            )
            para.add_run().add_tab()

    document.add_paragraph("Who came up with the idea, and how? [200 words]")
    lines(5)
    document.add_paragraph("If yes, say who will be paid and for what.")
    lines(4)
    document.add_paragraph("What will you do once the money is spent? [100 words]")
    lines(4)
    document.add_paragraph("Is there anything else we should know?")
    lines(3)
    document.add_paragraph("we will tell you if anything changes.")
    grid = document.add_table(rows=2, cols=3)
    grid.cell(0, 1).text, grid.cell(0, 2).text, grid.cell(1, 0).text = "Chair", "Treasurer", "Name"
    path = tmp_path / "ruled.docx"
    document.save(str(path))
    f = Measurer().measure(path, "ruled.docx")[1]
    assert [q.word_limit for q in f.questions] == [200, None, 100, None]


def test_a_briefing_that_names_the_grants_portal_lists_the_portals_questions(
    tmp_path: Path,
) -> None:
    """Briefing slides or notes with nowhere to write, saying the form is on a grants portal,
    list that form's questions with their word counts: they are not this document's. A form
    with its own boxes that mentions the portal still asks its own questions."""
    slides = (
        "The application form\n\nOnline, on the Trust's grants portal - save as you go\n\n"
        "Part 2: the four questions\n\nQ1 Tell us about your idea - 250 words\n\n"
        "Q2 Who will take part? - 150 words\n\nQ3 How will you know it worked? - 150 words\n"
    )
    assert not measure(tmp_path, "slides.txt", slides).questions
    page = (
        "<p>You can also apply on our grants portal.</p><form>"
        "<label for='a'>Tell us about your idea (250 words)</label>"
        "<textarea id='a'></textarea></form>"
    )
    assert [q.word_limit for q in measure(tmp_path, "form.html", page).questions] == [250]
