"""Questions and word limits: session 12's reading causes (acc12a), each shown on small documents
of the test's own, in several wordings and more than one format, never the labelled corpus.

A form may put each question in a two-column table of its own, "Question | Guidance", the
limit in the guidance cell, and the answer under the table after a line that names the question
it answers ("Your answer (2.1):", "Answer to question 2:"). The header row names no question:
the tables are the questions, not a table of limits for questions asked again elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from form_documents import write_form_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

# (reference, question, guidance with its limit, the limit in words)
ASKED = [
    ("2.1", "What does your club do now, and who takes part?", "Up to 200 words.", 200),
    ("2.2", "What will the grant pay for?", "Tell us what you buy. No more than 250 words.", 250),
    ("2.3", "What difference will it make to your members?", "About 150 words.", 150),
]
# (the table's header row, the line over each answer): wordings of one layout
LAYOUTS = [
    (("Question", "Guidance for this question"), "Your answer ({ref}):"),
    (("Question", "Notes"), "Answer to question {ref}:"),
    (("Question", "What we are looking for"), "Your response ({ref}):"),
]


def _markdown(tmp_path: Path, heads: tuple[str, str], marker: str) -> DocumentFacts:
    parts = ["# Application form\n", "| Name of club | |\n|---|---|\n| Contact name | |\n"]
    for ref, asked, guide, _ in ASKED:
        parts.append(f"| {heads[0]} | {heads[1]} |\n|---|---|\n| **{ref} {asked}** | {guide} |\n")
        parts.append(f"**{marker.format(ref=ref)}**\n\n&nbsp;\n")
    return measure(tmp_path, "form.md", "\n".join(parts))


def _docx(tmp_path: Path, heads: tuple[str, str], marker: str) -> DocumentFacts:
    items: list[str | list[list[str]]] = [
        "Application form",
        [["Name of club", ""], ["Contact name", ""]],
    ]
    for ref, asked, guide, _ in ASKED:
        items += [[list(heads), [f"{ref} {asked}", guide]], marker.format(ref=ref), "", ""]
    path = write_form_docx(tmp_path / "form.docx", items)
    return Measurer().measure(path, "form.docx")[1]


def _html(tmp_path: Path, heads: tuple[str, str], marker: str) -> DocumentFacts:
    parts = ["<html><body><h1>Application form</h1>"]
    parts.append("<table><tr><td>Name of club</td><td></td></tr>")
    parts.append("<tr><td>Contact name</td><td></td></tr></table>")
    for ref, asked, guide, _ in ASKED:
        parts.append(f"<table><tr><th>{heads[0]}</th><th>{heads[1]}</th></tr>")
        parts.append(f"<tr><td><b>{ref} {asked}</b></td><td>{guide}</td></tr></table>")
        parts.append(f"<p><b>{marker.format(ref=ref)}</b></p><p>&nbsp;</p>")
    return measure(tmp_path, "form.html", "".join(parts) + "</body></html>")


@pytest.mark.parametrize("heads, marker", LAYOUTS)
@pytest.mark.parametrize("write", [_markdown, _docx, _html])
def test_each_question_in_its_own_question_and_guidance_table_counts_with_its_limit(
    tmp_path: Path, heads: tuple[str, str], marker: str, write: object
) -> None:
    f = write(tmp_path, heads, marker)  # type: ignore[operator]
    assert [q.word_limit for q in f.questions] == [limit for *_, limit in ASKED]


# A question that says its answer has no limit is a question all the same: said in a note
# under a numbered heading with nowhere drawn to write (an export's "Limit: none"), or in the
# limit cell of its table's row over an empty answer row (never a grid's column heading).
NO_LIMIT_NOTES = ["Limit: none · optional", "Word limit: none", "There is no word limit."]


@pytest.mark.parametrize("note", NO_LIMIT_NOTES)
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_numbered_heading_whose_note_says_no_limit_is_a_question(
    tmp_path: Path, note: str, fmt: str
) -> None:
    items = [
        ("B1. What problem are you trying to solve?", "Limit: 250 words · required"),
        ("B2. Anything else we should know?", note),
    ]
    if fmt == "md":
        body = "".join(f"### {head}\n\n*{said}*\n\n" for head, said in items)
        f = measure(tmp_path, "form.md", f"# Section B\n\n{body}## Section C: Money\n")
    else:
        body = "".join(f"<h3>{head}</h3><p><em>{said}</em></p>" for head, said in items)
        page = f"<html><body><h2>Section B</h2>{body}<h2>Section C: Money</h2></body></html>"
        f = measure(tmp_path, "form.html", page)
    assert [(q.word_limit, q.open) for q in f.questions] == [(250, False), (None, True)]


LIMIT_CELLS = ["No limit – keep it brief", "No word limit", "Limit: none"]


def _rows(cell: str) -> list[list[list[str]]]:
    return [
        [["B7", "What has changed since your first application?", cell], ["", "", ""]],
        [["B8", "How will you work with other groups?", "Limit: 250 words"], ["", "", ""]],
    ]


@pytest.mark.parametrize("cell", LIMIT_CELLS)
@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_limit_cell_saying_no_limit_over_an_empty_row_is_a_question(
    tmp_path: Path, cell: str, fmt: str
) -> None:
    tables = _rows(cell)
    if fmt == "docx":
        items: list[str | list[list[str]]] = ["Section B: Your project", *tables]
        path = write_form_docx(tmp_path / "form.docx", items)
        f = Measurer().measure(path, "form.docx")[1]
    else:
        html = "".join(
            "<table>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in t)
            + "</table>"
            for t in tables
        )
        f = measure(tmp_path, "form.html", f"<html><body><h2>Section B</h2>{html}</body></html>")
    assert [(q.word_limit, q.open) for q in f.questions] == [(None, True), (250, False)]


# "How many ...?" asks for one number however long the question is (a field); it asks for
# words only when it asks something else besides ("..., and how will you reach them?").
COUNTS = [
    "How many of the people who come have arrived in the UK as refugees, to seek asylum or "
    "as migrants?",
    "How many young people aged 11 to 18 do you expect to come to at least one of the "
    "sessions each week?",
    "How much of the total cost will come from your own reserves or from other funders?",
]
COUNT_AND_WORDS = "How many people will take part, and how will you reach the ones who never come?"


def _boxes(tmp_path: Path, fmt: str, prompts: list[str]) -> DocumentFacts:
    numbered = [f"2.{n} {text}" for n, text in enumerate(prompts, 1)]
    if fmt == "docx":
        rows = [[text, ""] for text in numbered]
        path = write_form_docx(tmp_path / "form.docx", ["Section 2: Your project", rows])
        return Measurer().measure(path, "form.docx")[1]
    lines = "".join(f"| {text} | |\n" for text in numbered)
    head = "## Section 2\n\n| Question | Answer |\n|---|---|\n"
    return measure(tmp_path, "form.md", head + lines)


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize("fmt", ["docx", "md"])
def test_a_long_how_many_question_beside_its_box_is_a_number(
    tmp_path: Path, count: str, fmt: str
) -> None:
    f = _boxes(tmp_path, fmt, [count, COUNT_AND_WORDS])
    assert [q.text.split()[0] for q in f.questions] == ["2.2"]


# A yes/no question whose follow-up asks for words in the same box ("If so, how?") is a
# question; one whose follow-up asks for a value ("If yes, how many?") stays a field.
IF_SO = [
    "Will the project reduce carbon emissions or save energy? If so, how?",
    "Are you working with any other organisations? If so, who are they and what will they do?",
    "Have you run this activity before? If yes, what did you learn from it?",
]
IF_SO_VALUE = "Do you employ any staff? If yes, how many?"


@pytest.mark.parametrize("asked", IF_SO)
@pytest.mark.parametrize("fmt", ["docx", "md"])
def test_a_yes_no_question_whose_follow_up_asks_for_words_is_a_question(
    tmp_path: Path, asked: str, fmt: str
) -> None:
    f = _boxes(tmp_path, fmt, [IF_SO_VALUE, asked])
    assert [q.text.split()[0] for q in f.questions] == ["2.2"]


@pytest.mark.parametrize("note", ["Write 'No' if you are not.", "Leave blank if not."])
def test_a_yes_no_question_asking_who_if_so_keeps_its_note(tmp_path: Path, note: str) -> None:
    asked = "Are you working with other groups? If so, who are they and what will they do?"
    path = write_form_docx(tmp_path / "form.docx", [[["2.8", asked, note, ""]]])
    f = Measurer().measure(path, "form.docx")[1]
    assert len(f.questions) == 1


# A question's reference line, its number with what the form says of the answer (a weighting,
# "(Mandatory)", the limit), over the question's own words and box, is the question's title:
# one question, with the line's limit.
REF_LINES = [
    ("3.1 Weighting: 30% (Lot 4: 20%) Maximum 3,000 characters", 500),
    ("Q2 (Mandatory) Maximum 400 words", 400),
    ("B4 Scored: 20% - max 250 words", 250),
]
UNDER_REF = "Describe your experience of running similar services, and what they achieved."


@pytest.mark.parametrize("ref, limit", REF_LINES)
@pytest.mark.parametrize("fmt", ["html", "docx", "md"])
def test_a_reference_line_over_the_question_is_its_title(
    tmp_path: Path, ref: str, limit: int, fmt: str
) -> None:
    second = "How will you work with other local services?"
    if fmt == "html":
        html = (
            f'<form><div class="q"><p class="q-ref">{ref}</p>'
            f'<p><label for="a1">{UNDER_REF}</label></p><textarea id="a1"></textarea></div>'
            f'<div class="q"><p><label for="a2">{second}</label></p>'
            '<textarea id="a2"></textarea></div></form>'
        )
        f = measure(tmp_path, "form.html", f"<html><body>{html}</body></html>")
    elif fmt == "docx":
        items: list[str | list[list[str]]] = [ref, UNDER_REF, [[""]], second, [[""]]]
        path = write_form_docx(tmp_path / "form.docx", items)
        f = Measurer().measure(path, "form.docx")[1]
    else:
        box = "| Your answer |\n|---|\n| |\n"
        text = f"{ref}\n\n{UNDER_REF}\n\n{box}\n{second}\n\n{box}"
        f = measure(tmp_path, "form.md", text)
    assert [q.word_limit for q in f.questions] == [limit, None]


@pytest.mark.parametrize("kind", ['class="modal" hidden', 'class="msg-lightbox"'])
def test_a_box_drawn_over_the_page_by_its_class_is_not_the_form(tmp_path: Path, kind: str) -> None:
    html = (
        '<form><label for="a1">Describe your project.</label>'
        '<textarea id="a1" maxlength="3000"></textarea></form>'
        f"<div {kind}><h2>Send a message to the buyer</h2>"
        '<label for="m">Your message</label><textarea id="m" maxlength="2000"></textarea></div>'
    )
    f = measure(tmp_path, "form.html", f"<html><body>{html}</body></html>")
    assert [q.word_limit for q in f.questions] == [500]


# Questions listed in a table of limits ("No. | Question | Limit"), answered apart in an answer
# sheet of their numbers beside empty boxes: each number's box is that question's answer, with
# the table's limit ("No limit" there: a question with none).
SHEET_REFS = [["3.1", "3.2", "3.3"], ["Q1", "Q2", "Q3"], ["C1", "C2", "C3"]]
SHEET_ASKED = [
    ("Why does your group want to take on the building?", "500 words"),
    ("How will you pay for running and repairing it?", "1 side of A4"),
    ("Is there anything else you would like us to know?", "No limit"),
]


@pytest.mark.parametrize("refs", SHEET_REFS)
@pytest.mark.parametrize("fmt", ["docx", "md", "html"])
def test_an_answer_sheet_of_numbers_answers_a_table_of_questions(
    tmp_path: Path, refs: list[str], fmt: str
) -> None:
    listed = [["No.", "Question", "Limit"]]
    listed += [[ref, asked, limit] for ref, (asked, limit) in zip(refs, SHEET_ASKED, strict=True)]
    sheet = [[ref, ""] for ref in refs]
    lead = "Write your answers in the Answer Sheet in Part 5, next to the question number."
    if fmt == "docx":
        items = ["Part 3: The questions", lead, listed, "Part 5: Answer sheet", sheet]
        path = write_form_docx(tmp_path / "form.docx", items)  # type: ignore[arg-type]
        f = Measurer().measure(path, "form.docx")[1]
    elif fmt == "md":
        rows = "".join(f"| {' | '.join(r)} |\n" for r in listed[1:])
        answers = "".join(f"| {ref} | |\n" for ref in refs)
        text = (
            f"## Part 3: The questions\n\n{lead}\n\n| No. | Question | Limit |\n|---|---|---|\n"
            f"{rows}\n## Part 5: Answer sheet\n\n| No. | Your answer |\n|---|---|\n{answers}"
        )
        f = measure(tmp_path, "form.md", text)
    else:
        rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in listed)
        answers = "".join(f"<tr><td>{ref}</td><td></td></tr>" for ref in refs)
        page = (
            f"<h2>Part 3: The questions</h2><p>{lead}</p><table>{rows}</table>"
            f"<h2>Part 5: Answer sheet</h2><table>{answers}</table>"
        )
        f = measure(tmp_path, "form.html", f"<html><body>{page}</body></html>")
    assert [(q.word_limit, q.open) for q in f.questions] == [
        (500, False),
        (500, False),
        (None, True),
    ]


# A question's title row states its weighting with its figure ("Weighting: 25%"): a score
# already given, not a share to fill in, so the row is the title of the question under it and
# its limit the question's.
TITLE_ROWS = [
    ("C1 Running the sessions", "Weighting: 25%", "Maximum 2 sides of A4", 1000),
    ("Q2 Reaching people", "Score: 20%", "Maximum 500 words", 500),
    ("3.1 Delivery", "Weighting 15%", "No more than 1 side of A4", 500),
]


@pytest.mark.parametrize("title, weight, limit, words", TITLE_ROWS)
def test_a_title_row_with_its_weighting_gives_its_limit(
    tmp_path: Path, title: str, weight: str, limit: str, words: int
) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Part C: Quality")
    grid = document.add_table(rows=3, cols=3)
    for c, text in enumerate([title, weight, limit]):
        grid.cell(0, c).text = text
    grid.cell(1, 0).merge(grid.cell(1, 2)).text = "Describe how you will run the sessions."
    grid.cell(2, 0).merge(grid.cell(2, 2))  # the answer row, merged across
    path = tmp_path / "form.docx"
    document.save(str(path))
    f = Measurer().measure(path, "form.docx")[1]
    assert [q.word_limit for q in f.questions] == [words]


# A web form's description under its box, ending with the box's limit in brackets, is the box's
# note (its limit), not a prompt of its own, though it opens with a question word.
DESCRIPTIONS = [
    ("What you will do, where on the site, and when. (maximum 400 words)", 400),
    ("Include any surveys or records you have. (max. 250 words)", 250),
    ("Tell us about the people who will benefit. (up to 1,800 characters)", 300),
]


@pytest.mark.parametrize("note, words", DESCRIPTIONS)
def test_a_description_under_a_web_box_gives_its_limit(
    tmp_path: Path, note: str, words: int
) -> None:
    html = (
        '<form><div><label for="a1">Describe the work you will do.</label></div>'
        f'<div><textarea id="a1"></textarea><div class="description">{note}</div></div>'
        '<div><label for="a2">What is the site like now?</label></div>'
        '<div><textarea id="a2"></textarea></div></form>'
    )
    f = measure(tmp_path, "form.html", f"<html><body>{html}</body></html>")
    assert [q.word_limit for q in f.questions] == [words, None]


# A limit Word prints in the margin beside its question, as a framed paragraph set at the right
# edge: the file keeps it before the question, but it is read as printed, beside the question,
# not as a note under the box above.
MARGIN_LIMITS = [("Up to 400 words", 400), ("Max. 250 words", 250), ("Half a page", 250)]


def _framed(document: object, words: str, align: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    para = document.add_paragraph(words)  # type: ignore[attr-defined]
    frame = OxmlElement("w:framePr")
    frame.set(qn("w:w"), "2200")
    frame.set(qn("w:hAnchor"), "margin")
    frame.set(qn("w:vAnchor"), "text")
    frame.set(qn("w:xAlign"), align)
    para._p.get_or_add_pPr().append(frame)


def _bordered(document: object) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    para = document.add_paragraph()  # type: ignore[attr-defined]
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "6")
        borders.append(edge)
    para._p.get_or_add_pPr().append(borders)


@pytest.mark.parametrize("said, words", MARGIN_LIMITS)
@pytest.mark.parametrize("align", ["right", "outside"])
def test_a_limit_in_the_margin_beside_its_question_is_its_own(
    tmp_path: Path, said: str, words: int, align: str
) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Section 2: Your project")
    _framed(document, said, align)
    document.add_paragraph("2.1 Describe your project and what will happen.")
    _bordered(document)
    _framed(document, "Up to 100 words", align)
    document.add_paragraph("2.2 Who will take part, and how have they shaped the idea?")
    _bordered(document)
    path = tmp_path / "form.docx"
    document.save(str(path))
    f = Measurer().measure(path, "form.docx")[1]
    assert [q.word_limit for q in f.questions] == [words, 100]


# A form builder's trap for robots, a box hidden by its class and labelled for people not to
# fill in, is no question.
@pytest.mark.parametrize(
    "label", ["Do Not Fill This Out", "Do not fill this in", "Please do not fill in this field"]
)
def test_a_box_labelled_not_to_be_filled_in_is_a_trap_not_a_question(
    tmp_path: Path, label: str
) -> None:
    html = (
        '<form><ul><li><label for="a1">Tell us about your group.</label>'
        '<textarea id="a1"></textarea></li>'
        f'<li class="hide"><label for="c">{label}</label><textarea id="c"></textarea></li>'
        "</ul></form>"
    )
    f = measure(tmp_path, "form.html", f"<html><body>{html}</body></html>")
    assert [q.text for q in f.questions] == ["Tell us about your group."]


# ... and so is one whose last sentence is the limit, or one saying again the limit the box
# already has ("maxlength" 1500 and "Maximum 1500 characters.").
TAIL_NOTES = [
    ("", "Describe the building and who uses it now. Maximum 1500 characters.", 250),
    (
        ' maxlength="1500"',
        "Describe the building and who uses it now. Maximum 1500 characters.",
        250,
    ),
    (' maxlength="1200"', "List the works in order of priority (maximum 1,200 characters)", 200),
]


@pytest.mark.parametrize("attrs, note, words", TAIL_NOTES)
def test_a_web_box_description_ending_with_its_limit_is_the_box_s(
    tmp_path: Path, attrs: str, note: str, words: int
) -> None:
    html = (
        '<form><div><label for="a1">About your hall *</label></div>'
        f'<div><textarea id="a1"{attrs}></textarea><p class="zf-instruction">{note}</p></div>'
        '<div><label for="a2">What improvements do you want to make, and why now?</label></div>'
        '<div><textarea id="a2"></textarea></div></form>'
    )
    f = measure(tmp_path, "form.html", f"<html><body>{html}</body></html>")
    assert [q.word_limit for q in f.questions] == [words, None]


# "If yes, which one": a follow-up asking to name the one (a body, a league, a scheme) beside its
# box is a value's label, not a question.
WHICH_ONE = ["If yes, which one", "If so, which ones?", "If you belong to a league, which one?"]


@pytest.mark.parametrize("label", WHICH_ONE)
@pytest.mark.parametrize("fmt", ["docx", "md"])
def test_which_one_beside_its_box_is_a_value(tmp_path: Path, label: str, fmt: str) -> None:
    rows = [
        ["Affiliated to a national governing body?", "Yes / No"],
        [label, ""],
        ["Describe what your club does and who takes part.", ""],
    ]
    if fmt == "docx":
        path = write_form_docx(tmp_path / "form.docx", ["Section 1", rows])
        f = Measurer().measure(path, "form.docx")[1]
    else:
        lines = "".join(f"| {a} | {b} |\n" for a, b in rows)
        f = measure(tmp_path, "form.md", f"## Section 1\n\n| Item | Answer |\n|---|---|\n{lines}")
    assert [q.text.split()[0] for q in f.questions] == ["Describe"]


# Guidance that describes a stage's short online form, its questions and their limits, with
# nowhere to write in the guidance itself, asks none of them.
ONLINE_STAGES = [
    "Stage 1: Expression of interest. A short online form: your organisation's details, a "
    "description of your project of up to 200 words, the total cost and how much you would "
    "ask for. We reply within three weeks.",
    "Stage 1: tell us your idea. A short online form at example.org.uk/apply. It asks who you "
    "are and four questions, each in up to 100 words: what you want to do, why this place, who "
    "is involved and what it will cost.",
]


@pytest.mark.parametrize("stage", ONLINE_STAGES)
@pytest.mark.parametrize("fmt", ["md", "txt", "docx"])
def test_guidance_describing_a_short_online_form_asks_nothing(
    tmp_path: Path, stage: str, fmt: str
) -> None:
    intro = "The Community Projects Fund gives grants of £5,000 to £25,000 to local groups."
    after = "Stage 2: Full application. If you are shortlisted we will send you the full form."
    if fmt == "docx":
        path = write_form_docx(tmp_path / "notes.docx", ["How the fund works", intro, stage, after])
        f = Measurer().measure(path, "notes.docx")[1]
    else:
        head = "## How the fund works" if fmt == "md" else "HOW THE FUND WORKS"
        text = f"{head}\n\n{intro}\n\n{stage}\n\n{after}\n"
        f = measure(tmp_path, f"notes.{fmt}", text)
    assert f.questions == []


# "Say what", "say how" ask for words as "tell us" does: "If yes, name them and say what each
# will do" beside its box is a question, though it also asks for names.
SAY = [
    "If yes, name them and say what each will do.",
    "Name your partners and say how they will help.",
    "If yes, give their names and say what each will do.",
]


@pytest.mark.parametrize("asked", SAY)
@pytest.mark.parametrize("fmt", ["docx", "md"])
def test_say_what_asks_for_words(tmp_path: Path, asked: str, fmt: str) -> None:
    rows = [["Will you work with other groups?", "Yes / No"], [asked, ""]]
    if fmt == "docx":
        path = write_form_docx(tmp_path / "form.docx", ["Section 2", rows])
        f = Measurer().measure(path, "form.docx")[1]
    else:
        lines = "".join(f"| {a} | {b} |\n" for a, b in rows)
        f = measure(tmp_path, "form.md", f"## Section 2\n\n| Item | Answer |\n|---|---|\n{lines}")
    assert [q.text for q in f.questions] == [asked]


# A label's choices on the line under it, split by slashes, are the field's choices, not a
# prompt of their own with the box under them.
CHOICE_LINES = [
    (
        "A7 Type of organisation (delete those that do not apply):",
        "Registered charity / CIC / Constituted community group / Faith group / Other",
    ),
    ("3. Legal status (circle one):", "Charity / Company / Community group / Other"),
    ("Organisation type (delete as appropriate):", "Charity / CIO / CIC / Club / Other"),
]


@pytest.mark.parametrize("label, options", CHOICE_LINES)
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_a_line_of_choices_under_its_label_is_no_question(
    tmp_path: Path, label: str, options: str, fmt: str
) -> None:
    asked = "B1 Describe your project and what will happen."
    if fmt == "docx":
        items = ["SECTION A", label, options, [[""]], asked, [[""]]]
        path = write_form_docx(tmp_path / "form.docx", items)  # type: ignore[arg-type]
        f = Measurer().measure(path, "form.docx")[1]
    else:
        rule = "-" * 60
        text = f"SECTION A\n\n{label}\n   {options}\n{rule}\n\n{rule}\n\n"
        f = measure(tmp_path, "form.txt", f"{text}{asked}\n{rule}\n\n{rule}\n")
    assert [q.text.split()[0] for q in f.questions] == ["B1"]
