"""Word text boxes (session 22, trial21 D40): Word 2010 and later write every text box twice,
as a DrawingML shape (``mc:Choice``) and as VML for older readers (``mc:Fallback``); each is
read once. A box anchored to a paragraph with words of its own (a sidebar) is read after that
paragraph, and a list it opens ends with it. Small documents of the test's own, in the two ways
Word writes a box (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.total import distinct

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
SHAPE_NS = (
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _content(lines: list[str]) -> str:
    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    return f"<w:txbxContent>{paragraphs}<w:p/></w:txbxContent>"


def _box(lines: list[str], drawing: str) -> str:
    """A run holding a text box of ``lines`` as Word writes it: ``word`` (a shape and its VML
    copy, the words twice) or ``vml`` (older Word: once)."""
    vml = f'<w:pict><v:shape id="t1"><v:textbox>{_content(lines)}</v:textbox></v:shape></w:pict>'
    if drawing == "vml":
        return f"<w:r {W_NS} {SHAPE_NS}>{vml}</w:r>"
    return (
        f'<w:r {W_NS} {SHAPE_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2000000" cy="3000000"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData uri="http://schemas.'
        'microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        f"<wps:spPr/><wps:txbx>{_content(lines)}</wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def _docx(path: Path, body: list[tuple[str, list[str]]], drawing: str) -> DocumentFacts:
    """A Word document of paragraphs, each ``(words, box lines)``: the box (if any) drawn in
    the paragraph after its own words."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    for words, lines in body:
        paragraph = document.add_paragraph(words)
        if lines:
            paragraph._p.append(parse_xml(_box(lines, drawing)))
    document.save(str(path))
    return Measurer().measure(path, path.name)[1]


def sent(f: DocumentFacts) -> tuple[list[str], list[str]]:
    """The kinds every applicant sends, and those sent only in some cases."""
    everyone, some = distinct(f.attachments)
    return sorted(a.kind for a in everyone), sorted(a.policy or a.kind for a in some)


DRAWINGS = ["word", "vml"]


@pytest.mark.parametrize("drawing", DRAWINGS)
def test_a_question_in_a_text_box_is_read_once(tmp_path: Path, drawing: str) -> None:
    f = _docx(
        tmp_path / "form.docx",
        [("Small Grants application form", []), ("", ["1. Describe your project (max 200 words)"])],
        drawing,
    )
    assert [q.word_limit for q in f.questions] == [200]
    assert f.questions[0].text.count("Describe") == 1
    assert f.words == 11


@pytest.mark.parametrize("drawing", DRAWINGS)
def test_jargon_in_a_text_box_is_counted_once(tmp_path: Path, drawing: str) -> None:
    f = _docx(
        tmp_path / "poster.docx",
        [
            ("Community Chest", []),
            ("", ["Please liaise with the grants officer prior to applying."]),
        ],
        drawing,
    )
    assert sorted(j.term for j in f.jargon) == ["liaise", "prior to"]


SIDEBAR = [
    "What you need to send",
    "Every group must upload:",
    "1. your governing document",
    "2. your latest annual accounts",
    "3. a bank statement from the last three months",
    "Only some groups must upload:",
    "4. your safeguarding policy, if you work with children",
]
QUESTIONS = [
    ("How do we apply?", []),
    ("Apply online. The form has three questions. Upload the documents in the box.", SIDEBAR),
    ("The three questions are:", []),
    ("About your group (up to 150 words).", []),
    ("Your idea and why it matters (up to 300 words).", []),
    ("Your costs, item by item.", []),
]


@pytest.mark.parametrize("drawing", DRAWINGS)
def test_a_sidebar_beside_a_paragraph_is_read(tmp_path: Path, drawing: str) -> None:
    """The documents list in a sidebar anchored to a paragraph of words is read, once, and the
    numbered list in the page after the box is not its."""
    f = _docx(tmp_path / "guidance.docx", QUESTIONS, drawing)
    assert sent(f) == (["accounts", "bank_statement", "governing_document"], ["safeguarding"])


@pytest.mark.parametrize("drawing", DRAWINGS)
def test_a_sidebar_is_read_after_its_paragraph(tmp_path: Path, drawing: str) -> None:
    from grantcheck.documents.budget import RunBudget
    from grantcheck.documents.docx_reader import read_docx

    _docx(tmp_path / "guidance.docx", QUESTIONS, drawing)
    blocks = read_docx(tmp_path / "guidance.docx", RunBudget().document()).blocks
    words = [b.text for b in blocks]
    assert words.index(QUESTIONS[1][0]) < words.index(SIDEBAR[0]) < words.index(QUESTIONS[2][0])
    assert words.count(SIDEBAR[2]) == 1
    assert {b.drawn for b in blocks if b.text in SIDEBAR} == {1}


@pytest.mark.parametrize("drawing", DRAWINGS)
def test_an_answer_box_with_its_prompt_stays_a_space(tmp_path: Path, drawing: str) -> None:
    """Near miss: a box holding only its prompt under a question is where the answer goes."""
    f = _docx(
        tmp_path / "form.docx",
        [
            ("Easy Read form", []),
            ("What will you do? Use up to 100 words.", []),
            ("", ["Write or draw your answer here"]),
            ("Who will it help?", []),
            ("", ["Write or draw your answer here"]),
        ],
        drawing,
    )
    assert [q.word_limit for q in f.questions] == [100, None]


OFFICE_BOXES = [
    ["FOR OFFICE USE ONLY", "Date received:", "Reference number:", "Checked by:"],
    ["Office use only: reference"],
]


@pytest.mark.parametrize("drawing", DRAWINGS)
@pytest.mark.parametrize("office", OFFICE_BOXES)
def test_an_office_use_text_box_ends_with_the_box(
    tmp_path: Path, drawing: str, office: list[str]
) -> None:
    """review22 F1 on e5e9732: "For office use only" in a text box beside the title; the office
    box it opens ends with the text box, so the form's questions and fields after it are read."""
    f = _docx(
        tmp_path / "form.docx",
        [
            ("Community Chest application form", office),
            ("1. Name of your group:", []),
            ("2. Tell us about your project (up to 250 words)", []),
        ],
        drawing,
    )
    assert [q.word_limit for q in f.questions] == [250]
    assert len(f.fields) == 1
