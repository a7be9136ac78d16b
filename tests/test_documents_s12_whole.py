"""Whole documents lost or doubled (session 12): layouts the labelled corpus does not show, in
which a reader that misses one structure misses every question (a Word form laid out as a
table of sections, each section's own tables inside its cell). Each rule shown on small
documents of the test's own, in several wordings and layouts (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.total import distinct


def measured(path: Path) -> DocumentFacts:
    return Measurer().measure(path, path.name)[1]


def sent(f: DocumentFacts) -> list[str]:
    """The kinds (a policy by its name) every applicant sends."""
    return sorted(a.policy or a.kind for a in distinct(f.attachments)[0])


# -- a Word form laid out as a table whose cells hold the sections' tables -----------------------

# A table inside a cell is read as a table of its own, in its place: python-docx's cell text
# leaves it out, and with it every question of a form whose page is one table of sections.


def _nested_docx(path: Path, sections: list[tuple[str, list[list[str]]]], columns: int) -> Path:
    """A Word page as one outer table, a row per section: the section's title in the first
    cell, its table (rows of cell texts) in the last cell, after the title when there is one
    column (each inner table followed by the empty paragraph Word requires after it)."""
    import docx

    document = docx.Document()
    document.add_paragraph("Community Events Grant: application form")
    outer = document.add_table(rows=len(sections), cols=columns)
    for r, (title, rows) in enumerate(sections):
        outer.cell(r, 0).text = title
        holder = outer.cell(r, columns - 1)
        inner = holder.add_table(rows=len(rows), cols=max(len(x) for x in rows))
        for i, row in enumerate(rows):
            for c, text in enumerate(row):
                inner.cell(i, c).text = text
    document.save(str(path))
    return path


ASKED = [
    (
        "SECTION 2 - THE ACTIVITY",
        [
            ["2.1 Please describe the activity (up to 400 words)"],
            [""],
            ["2.2 Explain who will benefit (up to 200 words)"],
            [""],
            ["2.3 Give details of how the activity will be publicised"],
            [""],
        ],
    ),
    (
        "SECTION 3 - ENCLOSURES",
        [
            ["Every applicant must enclose the documents below.", ""],
            ["Constitution", "☐"],
            ["Audited accounts for the last financial year", "☐"],
            ["Equal opportunities policy", "☐"],
        ],
    ),
]
SIDE = [
    (
        "Part B: Your idea",
        [
            ["Question", "Your answer"],
            ["B1. What do you want to do? (300 words maximum)", ""],
            ["B2. Why is it needed in your area? (150 words maximum)", ""],
            ["B3. How will you know it has worked?", ""],
        ],
    ),
    (
        "Part C: What to send",
        [
            ["Send these with your form", "Tick"],
            ["A copy of your set of rules", "☐"],
            ["Accounts for your last year, audited", "☐"],
            ["Your safeguarding policy", "☐"],
        ],
    ),
]


@pytest.mark.parametrize(
    ("sections", "columns", "policy"), [(ASKED, 1, "equality"), (SIDE, 2, "safeguarding")]
)
def test_a_table_inside_a_cell_is_read(
    tmp_path: Path, sections: list[tuple[str, list[list[str]]]], columns: int, policy: str
) -> None:
    f = measured(_nested_docx(tmp_path / "form.docx", sections, columns))
    assert len(f.questions) == 3
    assert sum(q.word_limit or 0 for q in f.questions) in (600, 450)
    assert sent(f) == sorted(["accounts", "governing_document", policy])
    assert f.accounts is not None and f.accounts.value == "audited"


def test_inner_tables_number_after_the_table_holding_them(tmp_path: Path) -> None:
    """Each inner table is a table of its own (its rows are not the outer table's rows), and a
    table after the outer one is numbered after the inner ones."""
    import docx

    path = _nested_docx(tmp_path / "form.docx", SIDE, 2)
    document = docx.Document(str(path))
    after = document.add_table(rows=2, cols=1)
    after.cell(0, 0).text = "B4. Tell us anything else we should know (100 words)"
    document.save(str(path))
    f = measured(path)
    tables = [dict(q.evidence.where).get("table") for q in f.questions]
    assert tables == [2, 2, 2, 4]


# -- a form builder's help line under the box, in the box's wrapper ------------------------------

# A short note under a box, inside the wrapper that holds the box and its label (Zoho's
# "zf-instruction", Wufoo's "instruct"), is the box's help: its limit is the box's, and a
# question in it ("What will you do, where and when?") is a point of the box's question.

HELPED = {
    "zoho": (
        '<li class="zf-tempFrmWrapper"><label class="zf-labelName">{q}</label>'
        '<div class="zf-tempContDiv"><span><textarea name="{n}" maxlength="65535"></textarea>'
        '</span><p class="zf-instruction">{note}</p></div></li>'
    ),
    "wufoo": (
        '<li id="foli{n}"><label class="desc" for="F{n}">{q}</label><div><textarea id="F{n}" '
        'name="F{n}"></textarea></div><p class="instruct"><small>{note}</small></p></li>'
    ),
}
NOTES = [
    ("Describe your project", "Up to 300 words. What will you do, where and when?", 300),
    ("What will the grant pay for?", "Please keep to 200 words or fewer.", 200),
    ("Who will run it?", "Keep your answer to 150 words or fewer, please.", 150),
]


@pytest.mark.parametrize("builder", sorted(HELPED))
def test_a_note_under_a_box_in_its_wrapper_is_its_help(tmp_path: Path, builder: str) -> None:
    items = "".join(
        HELPED[builder].format(q=q, n=n, note=note) for n, (q, note, _) in enumerate(NOTES)
    )
    page = f'<html><body><form action="/send"><ul>{items}</ul></form></body></html>'
    path = tmp_path / "form.html"
    path.write_text(page, encoding="utf-8")
    f = measured(path)
    assert [(q.text.rstrip(" *"), q.word_limit) for q in f.questions] == [
        (q, limit) for q, _, limit in NOTES
    ]


@pytest.mark.parametrize("label", ["Do Not Fill This Out", "Don't fill this in"])
def test_a_box_labelled_not_to_be_filled_is_a_trap(tmp_path: Path, label: str) -> None:
    """A spam trap's label tells people to leave it alone: no question, no field."""
    page = (
        '<html><body><form action="/send"><label for="a">Tell us about your project</label>'
        '<textarea id="a" name="a"></textarea><p>Maximum 250 words.</p>'
        f'<div class="hide"><label for="c">{label}</label><textarea id="c" name="c"></textarea>'
        "</div></form></body></html>"
    )
    path = tmp_path / "form.html"
    path.write_text(page, encoding="utf-8")
    f = measured(path)
    assert [q.word_limit for q in f.questions] == [250]


# -- a fillable PDF whose boxes are named by their tooltips alone --------------------------------

# Boxes a form tool named alike but for a number ("Text1", "Text2") and stacked one under
# another are lines of one answer only when their tooltips say so too ("(line 2 of 8)"); each
# with a tooltip of its own ("Name of club", "Contact name") is a field of its own.


@pytest.mark.parametrize("stem", ["Text", "Field "])
def test_stacked_boxes_with_their_own_tooltips_are_fields(tmp_path: Path, stem: str) -> None:
    from form_documents import PdfField, PdfLine, write_fillable_pdf

    tips = ["Name of club", "Contact name", "Email address", "Telephone", "Amount requested"]
    page: list[str | PdfField | PdfLine] = [PdfLine("Section 1")]
    page += [PdfField(f"{stem}{n}", tip) for n, tip in enumerate(tips, 1)]
    page += [
        PdfLine("Section 2"),
        PdfField(f"{stem}6", "Describe your project in no more than 300 words", multiline=True),
    ]
    f = measured(write_fillable_pdf(tmp_path / "form.pdf", [page]))
    assert [q.word_limit for q in f.questions] == [300]
    assert len(f.fields) == 5


# -- a printed form in two columns, boxes drawn under each column's questions --------------------

# On a page in two columns, a box in the right column answers the line over it, not the left
# column's last line beside it, which may sit lower (a limit printed under its question).


def _two_columns(style: str, columns: list[list[tuple[str, str]]]) -> bytes:
    from documents import _escape, pages_pdf

    ops = []
    for left, items in zip((56, 310), columns, strict=True):
        right, y = left + 230, 760.0
        for question, limit in items:
            ops.append(f"BT /F1 10 Tf {left} {y} Td ({_escape(question)}) Tj ET")
            if limit:
                ops.append(f"BT /F1 9 Tf {left} {y - 12} Td ({_escape(limit)}) Tj ET")
            top, low = y - 18, y - 140
            if style == "stroke":
                ops.append(f"0.5 w {left} {low} {right - left} {top - low} re S")
            else:  # four lines
                ops.append(
                    f"{left} {top} m {right} {top} l {right} {low} l {left} {low} l "
                    f"{left} {top} l S"
                )
            y -= 160
    return pages_pdf([" ".join(ops)])


COLUMNS = [
    [
        [("1. What is your project?", "(100 words)"), ("2. Who will benefit?", "(150 words)")],
        [
            ("3. Why is it needed?", "(200 words)"),
            ("4. Is there anything else we should know?", ""),
        ],
    ],
    [
        [
            ("A Describe your idea", "Maximum 250 words"),
            ("B Tell us who will help", "Maximum 150 words"),
        ],
        [
            ("C Explain how people will hear about it", "Maximum 100 words"),
            ("D Is there anything else you want to add?", ""),
        ],
    ],
]


@pytest.mark.parametrize("style", ["stroke", "lines"])
@pytest.mark.parametrize("columns", COLUMNS)
def test_a_box_in_the_right_column_answers_the_line_over_it(
    tmp_path: Path, style: str, columns: list[list[tuple[str, str]]]
) -> None:
    path = tmp_path / "form.pdf"
    path.write_bytes(_two_columns(style, columns))
    f = measured(path)
    assert [q.text[:1] for q in f.questions] == [q[:1] for col in columns for q, _ in col]


# -- a Word form's table, rows or cells held in a content control --------------------------------

# A content control round a whole table (a locked section), round rows (a repeating section)
# or round a whole cell is read as what it holds, in its place: python-docx reads a body's own
# tables and a table's own rows and cells only, so the questions there were lost.

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
QUESTIONS = [
    "Q1 Describe what you will do with the grant (maximum 300 words)",
    "Q2 Explain how local people have shaped the project (maximum 200 words)",
    "Q3 Tell us how the project will carry on after the grant",
]


def _wrap(element: object) -> None:
    """Put ``element`` inside a new content control, where it was."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    sdt = parse_xml(f'<w:sdt {W_NS}><w:sdtPr><w:id w:val="7"/></w:sdtPr><w:sdtContent/></w:sdt>')
    element.addprevious(sdt)  # type: ignore[attr-defined]
    sdt.find(qn("w:sdtContent")).append(element)


def _controlled_docx(path: Path, wrap: str, side: bool) -> Path:
    """A form whose questions are in a table, each over its empty answer row (or, ``side``,
    beside its empty answer cell), the table, its rows or its answer cells each held in a
    content control."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("Valley Community Fund: application form")
    rows = len(QUESTIONS) * (1 if side else 2)
    table = document.add_table(rows=rows, cols=2 if side else 1)
    for n, question in enumerate(QUESTIONS):
        table.cell(n if side else 2 * n, 0).text = question
    tbl = table._tbl
    if wrap == "table":
        _wrap(tbl)
    for tr in tbl.findall(qn("w:tr")):
        if wrap == "rows":
            _wrap(tr)
        elif wrap == "cells" and side:
            _wrap(tr.findall(qn("w:tc"))[1])
    document.add_paragraph("Send your constitution with this form.")
    document.save(str(path))
    return path


@pytest.mark.parametrize(("wrap", "side"), [("table", False), ("table", True), ("rows", False)])
def test_a_table_held_in_a_content_control_is_read(tmp_path: Path, wrap: str, side: bool) -> None:
    f = measured(_controlled_docx(tmp_path / "form.docx", wrap, side))
    assert [q.word_limit for q in f.questions] == [300, 200, None]


def test_answer_cells_held_in_content_controls_are_boxes(tmp_path: Path) -> None:
    """A label's answer cell held in a control of its own: the label and its box, a field."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("About your group")
    table = document.add_table(rows=3, cols=2)
    for n, label in enumerate(["Name of group", "Contact name", "Telephone"]):
        table.cell(n, 0).text = label
    for tr in table._tbl.findall(qn("w:tr")):
        _wrap(tr.findall(qn("w:tc"))[1])
    document.save(str(tmp_path / "form.docx"))
    f = measured(tmp_path / "form.docx")
    assert (len(f.fields), f.questions) == (3, [])


# -- a checklist table right after a question's answer box ----------------------------------------

# A table right after a question ("Which of these do you have? | ✓") is the question's choices;
# after the question's own answer box it is not: a checklist of what to send after the last
# question of a form was read as that question's options, and every document in it was lost.

ASKED_LAST = [
    "3. How will the community benefit? (maximum 200 words)",
    "Why is your project needed?",
]


def _checklist_docx(path: Path, question: str) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Community grant application")
    table = document.add_table(rows=2, cols=1)
    table.cell(0, 0).text = question
    checklist = document.add_table(rows=3, cols=2)
    for r, (item, box) in enumerate(
        [("Please enclose", "✓"), ("Constitution", "☐"), ("Latest bank statement", "☐")]
    ):
        checklist.cell(r, 0).text, checklist.cell(r, 1).text = item, box
    document.save(str(path))
    return path


def _checklist_md(path: Path, question: str) -> Path:
    path.write_text(
        f"# Community grant application\n\n| {question} |\n|---|\n| |\n\n"
        "| Please enclose | Tick |\n|---|---|\n| Constitution | [ ] |\n"
        "| Latest bank statement | [ ] |\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("question", ASKED_LAST)
@pytest.mark.parametrize("write", [_checklist_docx, _checklist_md])
def test_a_checklist_after_an_answered_question_is_read(
    tmp_path: Path, question: str, write: object
) -> None:
    suffix = ".docx" if write is _checklist_docx else ".md"
    f = measured(write(tmp_path / f"form{suffix}", question))  # type: ignore[operator]
    assert sent(f) == ["bank_statement", "governing_document"]


# -- a rectangle drawn under a question in Word ----------------------------------------------------

# A rectangle drawn on the page in an empty paragraph under a question (a shape with no text box
# and no picture) is a box to write in, as a box drawn on a printed page is.

_SHAPES = {
    "drawingml": (
        '<w:r {ns} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
        'wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing><wp:inline><wp:extent cx="5731510" cy="1800000"/><wp:docPr id="{n}" '
        'name="Rectangle {n}"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/'
        'word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr/><wps:spPr><a:prstGeom prst="rect">'
        "<a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
        "</wp:inline></w:drawing></w:r>"
    ),
    "vml": (
        '<w:r {ns} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:rect id="r{n}" '
        'style="width:450pt;height:120pt" filled="f"/></w:pict></w:r>'
    ),
}
DRAWN_UNDER = [
    "C. How will you measure whether the project has worked?",
    "Tell us how you will publicise the project",
]


@pytest.mark.parametrize("shape", sorted(_SHAPES))
@pytest.mark.parametrize("question", DRAWN_UNDER)
def test_a_rectangle_drawn_under_a_question_is_its_box(
    tmp_path: Path, shape: str, question: str
) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Small Grants application")
    document.add_paragraph(question)
    box = document.add_paragraph()
    box._p.append(parse_xml(_SHAPES[shape].format(ns=W_NS, n=1)))
    document.add_paragraph("Signed ____________  Date ________")
    document.save(str(tmp_path / "form.docx"))
    f = measured(tmp_path / "form.docx")
    assert [q.text for q in f.questions] == [question]


# -- a document the funder may hold already ---------------------------------------------------

# A document sent only if the funder does not hold it already ("your constitution if we have
# not had it before", "(if not already supplied)") is sent by some applicants: conditional.

ALREADY = [
    "Please attach a recent bank statement, and your constitution if we have not had it before.",
    "Please attach a recent bank statement. Attach your constitution too if we haven't seen it.",
]


@pytest.mark.parametrize("said", ALREADY)
@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_a_document_the_funder_may_hold_is_conditional(
    tmp_path: Path, said: str, suffix: str
) -> None:
    from documents import write_docx

    path = tmp_path / f"notes{suffix}"
    if suffix == ".docx":
        write_docx(path, ["Community Chest: how to apply", said])
    else:
        path.write_text(f"Community Chest: how to apply\n\n{said}\n", encoding="utf-8")
    f = measured(path)
    required, conditional = distinct(f.attachments)
    assert [a.kind for a in required] == ["bank_statement"]
    assert [a.kind for a in conditional] == ["governing_document"]


# -- a document asked for by email or by post ------------------------------------------------------

# "Please email your constitution and latest accounts to ..." asks for both, as "send" does.

BY_EMAIL = [
    "Please email your constitution and latest accounts to grants@example.org.uk.",
    "Post your constitution and your latest accounts to the Clerk at the Town Hall.",
]


@pytest.mark.parametrize("said", BY_EMAIL)
@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_document_asked_for_by_email_or_post(tmp_path: Path, said: str, suffix: str) -> None:
    path = tmp_path / f"form{suffix}"
    if suffix == ".html":
        page = f'<html><body><h1>Community Grants</h1><form action="/a"><p>{said}</p></form>'
        path.write_text(page + "</body></html>", encoding="utf-8")
    else:
        path.write_text(f"Community Grants\n\n{said}\n", encoding="utf-8")
    assert sent(measured(path)) == ["accounts", "governing_document"]


# -- a Word form's table inside a text box ------------------------------------------------------

# A text box drawn on the page holding a table (a form laid out in a box) is read as the body
# would be, its paragraphs and tables in order: read as one box's words, every question in the
# table ran together into one.

_BOXES = {
    "drawingml": (
        '<w:r {ns} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
        'wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing><wp:inline><wp:extent cx="5731510" cy="3600000"/>'
        '<wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData uri="http://schemas.'
        'microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        "<wps:spPr/><wps:txbx><w:txbxContent/></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        '<v:shape id="t1"><v:textbox><w:txbxContent/></v:textbox></v:shape></w:pict>'
        "</mc:Fallback></mc:AlternateContent></w:r>"
    ),
    "vml": (
        '<w:r {ns} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="t1">'
        "<v:textbox><w:txbxContent/></v:textbox></v:shape></w:pict></w:r>"
    ),
}
BOXED_TABLES = [
    [["1. Describe your idea (maximum 200 words)"], [""], ["2. Who will take part?"], [""]],
    [["Question", "Answer"], ["A Tell us what you will do (200 words)", ""], ["B Why now?", ""]],
]


@pytest.mark.parametrize("drawing", sorted(_BOXES))
@pytest.mark.parametrize("rows", BOXED_TABLES)
def test_a_table_in_a_text_box_is_read(tmp_path: Path, drawing: str, rows: list[list[str]]) -> None:
    import copy

    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("Micro Grants application")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    tbl = table._tbl
    holder = document.add_paragraph()
    holder._p.append(parse_xml(_BOXES[drawing].format(ns=W_NS)))
    for box in holder._p.iter(qn("w:txbxContent")):  # (Word writes the box's words in both)
        box.append(copy.deepcopy(tbl))
        box.append(parse_xml(f"<w:p {W_NS}/>"))
    tbl.getparent().remove(tbl)
    document.add_paragraph("Send your latest bank statement with this form.")
    document.save(str(tmp_path / "form.docx"))
    f = measured(tmp_path / "form.docx")
    assert [q.word_limit for q in f.questions] == [200, None]
