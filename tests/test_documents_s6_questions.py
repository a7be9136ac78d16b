"""Questions, limits and fields on layouts the measurer generalised badly to (session 6), each
shown on a small document of the test's own, never the labelled corpus: text exported from a
PDF with running headers and footers, limits in prose that bound nothing, Welsh limits in
words, sums asked for in a numbered row, a continuation box, a ward asked for by name, and
required questions marked with an asterisk."""

from __future__ import annotations

from pathlib import Path

from documents import measure
from grantcheck.documents.facts import DocumentFacts


def limits(f: DocumentFacts) -> list[int | None]:
    return [q.word_limit for q in f.questions]


# --- text exported from a PDF: page furniture ------------------------------------------------

EXPORTED = (
    "OAKWOOD PARISH COUNCIL                    Small Grants 2027\n\n"
    "Q1  Who runs your group, and how are decisions made? Tell us how\n"
    "    members have a say.\n"
    "Oakwood Parish Council - Small Grants 2027                Page 1 of 3\n"
    "\f"
    "OAKWOOD PARISH COUNCIL                    Small Grants 2027\n\n"
    "    (maximum 150 words)\n"
    "    ______________________________________________________________\n"
    "    ______________________________________________________________\n\n"
    "Q2  What will the grant buy? (up to 100 words)\n"
    "    ______________________________________________________________\n\n"
    "Date of your AGM  ___/___/______\n"
    "Oakwood Parish Council - Small Grants 2027                Page 2 of 3\n"
    "\f"
    "OAKWOOD PARISH COUNCIL                    Small Grants 2027\n\n"
    'Q3  How will you thank volunteers? If there are none, write "not applic-\n'
    '    able".\n'
    "    ______________________________________________________________\n"
    "Oakwood Parish Council - Small Grants 2027                Page 3 of 3\n"
)


def test_running_headers_and_footers_of_an_exported_pdf_are_not_a_questions_words(
    tmp_path: Path,
) -> None:
    f = measure(tmp_path, "exported.txt", EXPORTED)
    # Q1's limit is over the page break; the footer's "Page 1" is no limit of 500 words
    assert limits(f) == [150, 100, None]
    assert "Page" not in f.questions[0].text
    assert "not applicable" in f.questions[2].text  # a word broken at the line's end is whole


def test_a_date_written_as_blanks_between_slashes_is_one_field(tmp_path: Path) -> None:
    f = measure(tmp_path, "date.txt", "Date of birth  ___/___/______\nSigned  ________\n")
    assert [e.words for e in f.fields] == ["Date of birth", "Signed"]


def test_a_page_number_after_a_year_is_not_a_number_of_pages(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "footer.txt",
        "3. Tell us about your project. Annual Grants 2026-27 Page 4\n____________\n",
    )
    assert limits(f) == [None]


# --- a limit must bound the answer ------------------------------------------------------------


def test_figures_in_a_paragraph_of_prose_under_a_heading_bound_nothing(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "notes.md",
        "# Community chest: notes\n\n"
        "### How long should our page be?\n\n"
        "There is no word limit. Most groups write a page or two, and pages of around 600 to\n"
        "900 words tend to do best with backers, who read on their phones.\n\n"
        "## 7. Reporting\n\n"
        "When the project ends we will ask for receipts for everything the grant bought and a\n"
        "two-page report on what happened, with photographs if you have them.\n",
    )
    assert f.questions == []


def test_a_limit_said_as_a_most_in_the_guidance_under_a_prompt_is_its_limit(
    tmp_path: Path,
) -> None:
    f = measure(
        tmp_path,
        "bounded.md",
        "## 4. What will you do?\n\n"
        "Say what the activities are, who will lead them, where they happen and how often\n"
        "people can come along. Please write no more than 300 words in the box below.\n\n"
        "______________\n\n"
        "## 5. Why is it needed?\n\n(200 words)\n\n______________\n",
    )
    assert limits(f) == [300, 200]


# --- Welsh ------------------------------------------------------------------------------------


def test_welsh_limits_in_half_pages_and_pages_are_read(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "cais.md",
        "1. Disgrifiwch eich prosiect. (hanner tudalen ar y mwyaf)\n\n__________\n\n"
        "2. Pam mae angen y prosiect? (dwy dudalen)\n\n__________\n",
    )
    assert limits(f) == [250, 1000]


# --- fields asked in question rows ------------------------------------------------------------


def test_a_numbered_row_asking_for_a_sum_is_a_field(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "costs.md",
        "| No. | Item | Answer |\n|---|---|---|\n"
        "| 4.1 | Money raised by the group so far (£) | |\n"
        "| 4.2 | Grants promised by others (£) | |\n"
        "| 4.3 | Why do you need this grant now? | |\n",
    )
    assert len(f.questions) == 1 and len(f.fields) == 2


def test_a_ward_asked_for_by_name_is_a_field(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "ward.md",
        "| Question | Answer |\n|---|---|\n"
        "| Which ward will the project be in? | |\n"
        "| What difference will the project make there? | |\n",
    )
    assert len(f.questions) == 1 and len(f.fields) == 1


def test_a_continuation_box_asks_no_new_question(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "more.md",
        "1. Describe your project.\n\n__________\n\n"
        "Extra space\n\nIf you have run out of space in any of your answers, carry on here and\n"
        "say which question you are continuing.\n\n__________\n",
    )
    assert limits(f) == [None]


def test_a_required_questions_asterisk_does_not_hide_its_question_mark(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "required.html",
        "<form><label for='a'>Who will lead the sessions? *</label>"
        "<textarea id='a'></textarea></form>",
    )
    assert limits(f) == [None]


# --- guidance that lists another form's questions --------------------------------------------


def test_guidance_listing_the_portals_questions_with_their_word_counts_asks_none(
    tmp_path: Path,
) -> None:
    notes = (
        "Youth Opportunities Fund: guidance\n\n"
        "How to apply\n"
        "Apply through our online form. The online form asks the questions below; we list them\n"
        "here so that you can draft your answers first.\n\n"
        "| Ref | Question | Word count |\n|---|---|---|\n"
        "| Q1 | What do you want to do? | 250 words |\n"
        "| Q2 | How will young people lead the work? | 200 words |\n"
    )
    assert measure(tmp_path, "notes.md", notes).questions == []
    # the same list with somewhere to write each answer is a form
    form = notes.replace("Word count |", "Word count | Answer |").replace("words |", "words | |")
    assert limits(measure(tmp_path, "form.md", form)) == [250, 200]


# --- a form builder's ARIA widgets -------------------------------------------------------------

BUILDER = """<html><body><form><div role="list">
<div role="listitem"><div role="heading" id="t1">Name of your group *</div>
<div role="textbox" contenteditable="true" aria-labelledby="t1"></div></div>
<div role="listitem"><div role="heading" id="t2">Which age groups will take part? *</div>
<div role="list"><div role="listitem"><div role="checkbox" aria-label="Under 11"></div>
<span>Under 11</span></div><div role="listitem"><div role="checkbox" aria-label="11 to 18">
</div><span>11 to 18</span></div></div></div>
<div role="listitem"><div role="heading" id="t3">Are you a registered charity?</div>
<div role="radiogroup" aria-labelledby="t3"><div role="radio" aria-label="Yes"></div>
<span>Yes</span><div role="radio" aria-label="No"></div><span>No</span>
<div role="radio" aria-label="Other:"></div><span>Other:</span>
<div role="textbox" contenteditable="true" aria-label="Other response"></div></div></div>
<div role="listitem"><div role="heading" id="t4">Describe what you will do. *</div>
<div id="d4">No more than 250 words.</div>
<div role="textbox" aria-multiline="true" contenteditable="true" aria-labelledby="t4"
 aria-describedby="d4"></div></div>
<div role="listitem"><div role="heading" id="t5">Who else is involved?</div>
<div role="textbox" aria-multiline="true" contenteditable="true" aria-labelledby="t5"></div>
</div></div></form></body></html>"""


def test_a_form_builders_aria_widgets_are_its_fields_and_answer_boxes(tmp_path: Path) -> None:
    f = measure(tmp_path, "builder.html", BUILDER)
    assert limits(f) == [250, None]
    # the name, the age groups' check boxes (one group), the yes/no choice (its "Other" box
    # is part of it)
    assert len(f.fields) == 3


# --- saved web pages: the page itself, form builders' counters and traps -------------------


def test_a_body_whose_class_names_a_toolbar_is_still_the_page(tmp_path: Path) -> None:
    page = (
        '<html><body class="toolbar-open user-logged-in"><main><form>'
        "<label for='a'>What will you do?</label><textarea id='a'></textarea>"
        "</form></main></body></html>"
    )
    assert limits(measure(tmp_path, "page.html", page)) == [None]


def test_a_form_builders_word_counter_and_a_robot_trap(tmp_path: Path) -> None:
    page = (
        "<form><label for='a'>Why is the project needed?</label>"
        "<textarea id='a' data-counter-type='word' data-counter-maximum='200'></textarea>"
        "<label for='b'>What will you buy with the grant?</label>"
        "<textarea id='b' data-counter-type='character' data-counter-maximum='600'></textarea>"
        "<label for='n'>Your name</label><input id='n' type='text'>"
        "<div><label for='h'>Leave this field blank</label><input id='h' name='website'></div>"
        "</form>"
    )
    f = measure(tmp_path, "counted.html", page)
    assert limits(f) == [200, 100]
    assert len(f.fields) == 1  # the name; the trap for robots is no field


# --- a bilingual form gives each prompt twice ------------------------------------------------


def test_a_prompt_in_english_then_welsh_before_one_box_is_one_question(tmp_path: Path) -> None:
    page = (
        "<form><table>"
        "<tr><td><label for='q1'>3.1 Tell us about your group. (up to 200 words)</label></td>"
        "<td>3.1 Dywedwch wrthym am eich grŵp. (hyd at 200 gair)</td></tr>"
        "<tr><td colspan='2'><textarea id='q1'></textarea></td></tr>"
        "<tr><td><label for='q2'>3.2 How will you spend the money?</label></td>"
        "<td>3.2 Sut byddwch chi'n gwario'r arian?</td></tr>"
        "<tr><td colspan='2'><textarea id='q2'></textarea></td></tr>"
        "</table></form>"
    )
    assert limits(measure(tmp_path, "dwyieithog.html", page)) == [200, None]


# --- limits in a scoring table, the questions asked again below it ---------------------------


def test_limits_in_a_scoring_table_belong_to_the_questions_asked_again_below(
    tmp_path: Path,
) -> None:
    form = (
        "How we score\n\n"
        "| Question | Weighting | Word limit |\n|---|---|---|\n"
        "| Q1. Why is the work needed? | 40% | 300 words |\n"
        "| Q2. Who will do it? | 60% | 200 words |\n\n"
        "Your answers\n\n"
        "Question 1: Why is the work needed?\n\n__________\n\n"
        "Question 2: Who will do it?\n\n__________\n\n"
        "| Funder | Amount (£) | Confirmed or expected? |\n|---|---|---|\n| | | |\n"
    )
    f = measure(tmp_path, "scored.md", form)
    assert limits(f) == [300, 200]
    assert len(f.fields) == 1  # the funding grid under its headings


def test_a_word_documents_tracked_insertion_is_read_and_its_deletion_is_not(
    tmp_path: Path,
) -> None:
    import docx
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    from grantcheck.documents import Measurer

    document = docx.Document()
    para = document.add_paragraph("2. Why is the project needed? ")
    deleted, inserted = OxmlElement("w:del"), OxmlElement("w:ins")
    for change, tag, words in (
        (deleted, "w:delText", "(500 words)"),
        (inserted, "w:t", "(350 words)"),
    ):
        change.set(qn("w:id"), "1")
        change.set(qn("w:author"), "Reviewer")
        run, text = OxmlElement("w:r"), OxmlElement(tag)
        text.text = words
        run.append(text)
        change.append(run)
        para._p.append(change)
    document.add_table(rows=1, cols=1)
    path = tmp_path / "tracked.docx"
    document.save(str(path))
    f = Measurer().measure(path, "tracked.docx")[1]
    assert limits(f) == [350]


def test_questions_listed_after_saying_they_are_the_forms_ask_nothing_here(
    tmp_path: Path,
) -> None:
    notes = (
        "# Small grants: guidance\n\n"
        "## Before you apply\n\n- [ ] I have read the eligibility rules\n\n"
        "## The questions\n\n"
        "Here are the questions on the form, so that you can plan your answers:\n\n"
        "**1. Why does your project matter?** (up to 250 words)\n\n"
        "**2. Who will run it?** (up to 100 words)\n\n"
        "## The application form\n\n"
        "3. Your group's name ______\n\n"
        "4. Describe your project (300 words)\n\n__________\n"
    )
    # the listed questions are the form's, asked elsewhere; the form's own question counts
    assert limits(measure(tmp_path, "guide.md", notes)) == [300]


def test_a_numbered_section_of_notes_takes_no_limit_from_its_paragraph(tmp_path: Path) -> None:
    notes = (
        "5. Applying\n\n"
        "You fill in a short expression of interest first. It asks for your contact details\n"
        "and a summary of your idea in up to 200 words, and we reply within a fortnight\n"
        "telling you whether to make a full application.\n"
    )
    assert measure(tmp_path, "notes.txt", notes).questions == []


# --- an online system's print preview -------------------------------------------------------

PREVIEW = (
    "1.1 Does your group meet in the borough? *\n"
    "Options: Yes / No\n"
    "Response:\n"
    "1.2 Name of your group *\n"
    "Maximum 80 characters\n"
    "Response:\n"
    "1.3 Registered charity or CIO number\n"
    "Response:\n"
    "2.1 Why is your project needed? *\n"
    "Maximum 1200 characters\n"
    "Response:\n"
    "2.2 Total cost (£) *\n"
    "Options: Currency\n"
    "Response:\n"
    "3.1 Your group's constitution *\n"
    "Response:\n"
    "No file uploaded\n"
)


def test_a_print_preview_of_an_online_form_asks_only_its_prose_questions(
    tmp_path: Path,
) -> None:
    f = measure(tmp_path, "preview.txt", PREVIEW)
    # a choice, a name with its box's size, a number, a sum and an upload are not questions
    assert limits(f) == [200]
    assert len(f.fields) == 4


def test_a_few_characters_are_a_single_values_size_not_room_for_prose(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "short.txt",
        "Question 3. Give your project a name people will remember.\n"
        "You can write up to 80 characters.\n\n"
        "Question 4. Summarise your project for our website.\n"
        "You can write up to 140 characters.\n\n"
        "Question 5. Tell us what you will do.\n"
        "You can write up to 1,200 characters.\n",
    )
    assert limits(f) == [23, 200]  # a summary asked in few characters is still prose


def test_a_word_form_of_headings_over_bordered_boxes_with_a_limit_in_a_footnote(
    tmp_path: Path,
) -> None:
    import docx
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    from grantcheck.documents import Measurer

    def box(document: docx.document.Document, lines: int) -> None:
        for _ in range(lines):  # empty paragraphs with a border: Word draws one box round them
            borders = OxmlElement("w:pBdr")
            for side in ("top", "left", "bottom", "right"):
                edge = OxmlElement(f"w:{side}")
                edge.set(qn("w:val"), "single")
                borders.append(edge)
            document.add_paragraph()._p.get_or_add_pPr().append(borders)

    document = docx.Document()
    document.add_heading("1. When was your club formed?", level=3)
    box(document, 1)
    document.add_heading("2. What will you do with the grant?", level=3)
    box(document, 4)
    heading = document.add_heading("3. Who will benefit?", level=3)
    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), "1")
    run = OxmlElement("w:r")
    run.append(reference)
    heading._p.append(run)
    box(document, 3)
    path = tmp_path / "boxes.docx"
    document.save(str(path))
    import zipfile

    notes = (
        '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:footnote w:id="1"><w:p><w:r><w:t>Keep this answer to 120 words or fewer.</w:t>'
        "</w:r></w:p></w:footnote></w:footnotes>"
    )
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("word/footnotes.xml", notes)
    f = Measurer().measure(path, "boxes.docx")[1]
    assert limits(f) == [None, 120]
    assert len(f.fields) == 1  # the date the club was formed


def test_a_headings_limit_belongs_to_the_question_under_it(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "tender.md",
        "## Q1 Delivery (weighting 30%, maximum two sides of A4)\n\n"
        "Describe how you will run the service.\n\n__________\n\n"
        "## Q2 Staffing (weighting 10%, maximum 400 words)\n\n"
        "Explain who will do the work.\n\n__________\n",
    )
    assert limits(f) == [1000, 400]


def test_a_yes_no_question_naming_something_set_out_is_still_a_yes_no(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "passfail.md",
        "| Ref | Question | Yes / No |\n|---|---|---|\n"
        "| 2.1 | Will you meet the standards set out in the specification? | |\n"
        "| 2.2 | Is there anything else you would like us to know? | |\n",
    )
    assert [q.text for q in f.questions] == ["Is there anything else you would like us to know?"]


def test_an_easy_read_forms_drawn_boxes_and_write_here_cells_are_answer_spaces(
    tmp_path: Path,
) -> None:
    import docx
    from docx.oxml.parser import parse_xml

    from grantcheck.documents import Measurer

    box = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
        "<w:p><w:r><w:t>Write your answer here</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    document = docx.Document()
    document.add_paragraph("What is your club called?")
    document.add_table(rows=1, cols=1)
    document.add_paragraph("1. What will you do?")
    document.add_paragraph("Use up to 80 words.")
    document.add_paragraph()._p.append(parse_xml(box))  # a text box drawn as the answer box
    document.add_paragraph("2. Who will come?")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "Type or draw your answer here"
    path = tmp_path / "easy.docx"
    document.save(str(path))
    f = Measurer().measure(path, "easy.docx")[1]
    assert limits(f) == [80, None]
    assert len(f.fields) == 1  # the club's name
