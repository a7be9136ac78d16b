"""Word forms and the tables they set questions out in: session 10's reading causes, each shown
on small documents of the test's own (several wordings, Word and a web page), never the
labelled corpus (tests/forms).

A question set out as its own small table, a row holding only the question and its limit over a
row of the funder's notes beside the empty box, is one question: the notes are read with it, and
the box is its answer space. An easy-read form's margin of pictures and blanks beside its words
is nowhere to write, and a box drawn inside a cell (a table of one empty cell under "Write
here:") is the cell's answer space."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

# (the question row, the notes beside the box): three wordings of the one layout
NOTES_BESIDE = [
    [
        (
            "Q1 Tell us what your club will do with the grant. (up to 250 words)",
            "Guidance\nName the sessions, the venue and who will lead them.",
        ),
        (
            "Q2 Who will take part, and how will they hear about it?",
            "Guidance\nThink about people who do not usually come to the club.",
        ),
    ],
    [
        (
            "3.1 Project summary. Limit: 1,200 characters. Summarise the work in plain words.",
            "What to include:\n- what you will buy\n- who will use it",
        ),
        (
            "3.2 Why is this needed now? Limit: 600 characters",
            "What to include:\n- waiting lists\n- what happens if nothing is done",
        ),
    ],
    [
        (
            "Section B - Describe how volunteers will be trained (maximum 2 pages)",
            "Notes for applicants: list the courses and who pays for them.",
        ),
        (
            "Section C - Explain how you will keep records safe (max 100 words)",
            "Notes for applicants: a sentence on where the records are kept will do.",
        ),
    ],
]
LIMITS = [[250, None], [200, 100], [1000, 100]]


def _docx(path: Path, rows: list[tuple[str, str]]) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Part 2: About your project")
    for question, notes in rows:
        grid = document.add_table(rows=2, cols=2)
        grid.cell(0, 0).merge(grid.cell(0, 1)).text = question  # the full-width question row
        grid.cell(1, 0).text = notes  # the notes, beside the empty box
        document.add_paragraph("")
    document.save(str(path))
    return path


def _html(rows: list[tuple[str, str]]) -> str:
    tables = "".join(
        f"<table><tr><td colspan='2'><b>{q}</b></td></tr>"
        f"<tr><td>{n.replace(chr(10), '<br>')}</td><td></td></tr></table>"
        for q, n in rows
    )
    return f"<html><body><h1>Grant form</h1><h2>About your project</h2>{tables}</body></html>"


def _facts(tmp_path: Path, fmt: str, rows: list[tuple[str, str]]) -> DocumentFacts:
    if fmt == "docx":
        path = _docx(tmp_path / "form.docx", rows)
        return Measurer().measure(path, "form.docx")[1]
    return measure(tmp_path, "form.html", _html(rows))


@pytest.mark.parametrize("fmt", ["docx", "html"])
@pytest.mark.parametrize("case", range(len(NOTES_BESIDE)))
def test_notes_beside_the_box_are_the_question_above_s(tmp_path: Path, fmt: str, case: int) -> None:
    facts = _facts(tmp_path, fmt, NOTES_BESIDE[case])
    assert [q.word_limit for q in facts.questions] == LIMITS[case]
    assert all(q.text[:2] in ("Q1", "Q2", "3.", "Se") for q in facts.questions)


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_title_row_that_asks_nothing_leaves_the_cell_beside_the_box_a_question(
    tmp_path: Path, fmt: str
) -> None:
    rows = [
        ("Part 3: Your project", "Describe what your group will do (300 words)"),
        ("Part 4: The money", "Explain how you worked out the costs."),
    ]
    facts = _facts(tmp_path, fmt, rows)
    assert [q.text[:8] for q in facts.questions] == ["Describe", "Explain "]
    assert [q.word_limit for q in facts.questions] == [300, None]


# --- an easy-read form's margin: pictures and blanks beside its words are no boxes ---------------


def _png() -> bytes:
    """A one-pixel picture: an easy-read form's illustration."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _easy_read(path: Path, rows: list[tuple[str, bool]], margin: str) -> Path:
    """A table of the words, after a margin ("picture" or "blank") or none ("none": one column);
    a row marked True has a box drawn inside its cell (a table of one empty cell) under them."""
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("Community grant: easy read")
    grid = document.add_table(rows=len(rows), cols=1 if margin == "none" else 2)
    for r, (words, boxed) in enumerate(rows):
        if margin == "picture":
            grid.cell(r, 0).paragraphs[0].add_run().add_picture(io.BytesIO(_png()))
        cell = grid.cell(r, 0 if margin == "none" else 1)
        cell.text = words
        if boxed:
            cell.add_table(rows=1, cols=1)  # the box to write in, inside the cell
            cell.add_paragraph("")
    document.save(str(path))
    return path


EASY_READ = [
    ["Tell us about your idea.", "Explain who will come.", "I say that my answers are true."],
    ["Describe what you will do.", "We will keep your details safe.", "Tell us if you need help."],
    ["What will you do with the money?", "Say who will run it.", "We read every form."],
]


@pytest.mark.parametrize("margin", ["picture", "blank"])
@pytest.mark.parametrize("lines", EASY_READ)
def test_a_margin_of_pictures_or_blanks_is_nowhere_to_write(
    tmp_path: Path, margin: str, lines: list[str]
) -> None:
    path = _easy_read(tmp_path / "easy.docx", [(line, False) for line in lines], margin)
    facts = Measurer().measure(path, "easy.docx")[1]
    assert facts.questions == []


BOXED = [
    [
        ("Your name\nWrite here:", True),
        ("Who will come to your sessions?\nWrite here:", True),
        ("Why is your idea good for the village?\nUse no more than 100 words.", True),
        ("Thank you. We will write to you in 4 weeks.", False),
    ],
    [
        ("Name of your club", True),
        ("Tell us what you want to buy.", True),
        ("How will it help people? You can write up to 100 words.", True),
        ("Please post the form to the parish clerk.", False),
    ],
]


@pytest.mark.parametrize("rows", BOXED)
def test_a_box_drawn_inside_the_cell_is_its_answer_space(
    tmp_path: Path, rows: list[tuple[str, bool]]
) -> None:
    facts = Measurer().measure(_easy_read(tmp_path / "easy.docx", rows, "none"), "easy.docx")[1]
    assert [q.text[:10] for q in facts.questions] == [rows[1][0][:10], rows[2][0][:10]]
    assert [q.word_limit for q in facts.questions] == [None, 100]
    assert len(facts.fields) == 1  # the name: a value, not a question


@pytest.mark.parametrize(
    "words", ["Tell us about your idea.", "How will the money help your street?"]
)
def test_a_picture_beside_the_words_is_no_box(tmp_path: Path, words: str) -> None:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("Street party grants")
    grid = document.add_table(rows=2, cols=2)
    grid.cell(0, 0).text = words
    grid.cell(0, 1).paragraphs[0].add_run().add_picture(io.BytesIO(_png()))  # after the words
    grid.cell(1, 0).text = "Call Sam on 01632 960000 if you want help."
    grid.cell(1, 1).paragraphs[0].add_run().add_picture(io.BytesIO(_png()))
    document.save(str(tmp_path / "leaflet.docx"))
    facts = Measurer().measure(tmp_path / "leaflet.docx", "leaflet.docx")[1]
    assert facts.questions == []
