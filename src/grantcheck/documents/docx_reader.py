"""Word (.docx) forms: paragraphs numbered in reading order, tables by table, row and cell.

A .docx is a zip: member sizes and the compression ratio are checked from the zip's
directory before anything is decompressed, so a zip bomb is refused unread. The body
is walked in document order (paragraphs and tables interleaved), because a question
and its answer box are usually neighbours. An empty cell is an answer space; a
protected form's legacy fields are read too (a text field's maxLength is a character
limit; check boxes are a tick-box group). A table's cells are read by docx_cells.py.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block, Extracted
from grantcheck.documents.budget import Budget
from grantcheck.documents.docx_boxes import IN_BOX, drawn, in_boxes, opened
from grantcheck.documents.docx_cells import TICK_BOXES, cell_blocks, read_table
from grantcheck.documents.docx_controls import (
    FF_DATA,
    SDT,
    T,
    control,
    inline_words,
    paragraph_box,
    unwrapped,
)
from grantcheck.documents.docx_frames import as_printed
from grantcheck.documents.docx_hidden import tracked
from grantcheck.documents.docx_package import check_zip
from grantcheck.documents.docx_spaces import (
    TEXT_BOX,
    asks,
    bordered,
    drawn_box,
    ruled,
    typed_rule,
)
from grantcheck.documents.placeholders import box
from grantcheck.documents.text_lines import labelled_blanks
from grantcheck.guidance import DAMAGED_DOCX, Unreadable

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# a footnote's reference, a footnote and its id
FOOTNOTE_REF, FOOTNOTE, ID = f"{_W}footnoteReference", f"{_W}footnote", f"{_W}id"
NESTED_DOCX = (
    "is nested more than 256 levels deep (tables within tables), more than grantcheck reads: "
    "flatten the tables in Word and save it again, or save it as PDF and name that file"
)
BOX_PROMPT = 8  # words: a text box holding no more is an answer box with its prompt in it


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CHANGES = tuple(f"{_W}{tag}" for tag in ("ins", "del", "moveFrom", "moveTo"))
COMMENT = f"{_W}commentReference"


def read_docx(path: Path, budget: Budget) -> Extracted:
    """The blocks of a Word document, in order. Raises Unreadable or OverBudget."""
    check_zip(path, budget)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml.etree import Comment, Entity, ProcessingInstruction, strip_elements

    try:
        document = docx.Document(str(path))
        # an XML comment, processing instruction or entity reference (left unresolved: Word
        # writes no DTD) is no part of the document, and its tag is a function, not a name
        # (every walker reads tags): gone before any is read (redteam17, redteam21 R3)
        strip_elements(document.element, Comment, ProcessingInstruction, Entity, with_tail=False)
        # margin notes placed; a text box holding a table read as the body would be
        body = as_printed(list(opened(unwrapped(document.element.body))))
    except Exception as exc:  # python-docx raises zip, XML and package errors alike
        # lxml stops at 256 levels (tables nested some 85 deep): not damage, so not said to be
        deep = "Excessive depth" in str(exc)
        raise Unreadable(NESTED_DOCX if deep else DAMAGED_DOCX) from None
    out = Extracted("docx", drafted=review_marks(document.element.body))
    paragraph = table = 0
    notes: dict[str, str] | None = None  # footnotes by id, read when one is first referred to
    boxed = -1  # the last empty bordered paragraph (an answer box Word draws round paragraphs)
    empties = 0  # empty paragraphs in a row since the last words
    spans: list[tuple[int, int, str]] = []  # each sidebar element's blocks (docx_boxes)
    since, drawn_in = 0, None
    for element in body:
        if drawn_in is not None:
            spans.append((since, len(out.blocks), drawn_in))
        since, drawn_in = len(out.blocks), element.get(IN_BOX)
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "sdt":  # a block-level content control: an answer box, or words within it
            paragraph = control(element, paragraph, out, budget)
        if tag == "p":
            paragraph += 1
            para = Paragraph(element, document)
            inline = element.find(SDT) is not None
            legacy = next(element.iter(FF_DATA), None) is not None  # a protected form's fields
            text = (
                inline_words(element) if inline or legacy else tracked(element, para.text)
            ).strip()
            if next(element.iter(FOOTNOTE_REF), None) is not None:
                notes = _footnotes(path, budget) if notes is None else notes
                said = [notes.get(str(r.get(ID)), "") for r in element.iter(FOOTNOTE_REF)]
                text = " ".join([text, *said]).strip()  # a limit may be said only in a footnote
            if not text and not inline and not legacy and para.text.strip():
                continue  # a paragraph all hidden: not a blank line left to write on either
            budget.chars(len(text))
            # an answer box the paragraph ends in (a content control, a legacy text field)
            box_at = paragraph_box(element, inline) if inline or legacy else None
            if box_at is not None and not text:
                out.blocks.append(_boxed(box_at, paragraph))
                empties = 0
                continue
            empties = empties + 1 if not text else 0
            if empties == 2 and asks(out.blocks):  # blank lines left under a question
                out.blocks.append(Block(SPACE, "", (("paragraph", paragraph - 1),)))
            if not text and next(element.iter(TEXT_BOX), None) is not None:
                # a text box drawn as the answer box ("Write or draw your answer here"): python-
                # docx reads none of its words; a box holding at most a prompt is a space
                boxed_words = " ".join(
                    tracked(box, "".join(t.text or "" for t in box.iter(T)))
                    for box in drawn(element)  # each box once (D40)
                ).strip()
                budget.chars(len(boxed_words))
                low = boxed_words.lower()
                prompt = not low or any(w in low for w in ("answer", "write", "here"))
                kind = SPACE if prompt and len(low.split()) <= BOX_PROMPT else TEXT
                words = boxed_words if kind == TEXT else ""
                out.blocks.append(Block(kind, words, (("paragraph", paragraph),)))
                continue
            if not text and drawn_box(element) and out.blocks and _prompt(out.blocks[-1]):
                out.blocks.append(Block(SPACE, "", (("paragraph", paragraph),)))  # a box drawn
                empties = 0  # under the question, with nothing in it: room to write
                continue
            # a ruled line: "\t" to an underscore tab leader, or underscores or dots typed out
            # ("________", as the text reader reads them), ruled lines one after another one space
            if (not text and ruled(element)) or typed_rule(text):
                if boxed != paragraph - 1:
                    out.blocks.append(Block(SPACE, "", (("paragraph", paragraph),)))
                boxed = paragraph
                continue
            if not text and bordered(element):
                if boxed != paragraph - 1:  # (bordered paragraphs one after another: one box)
                    out.blocks.append(Block(SPACE, "", (("paragraph", paragraph),)))
                boxed = paragraph
                continue
            blanks = labelled_blanks(text, (("paragraph", paragraph),)) if text else None
            if any(box in text for box in TICK_BOXES):
                _ticks(out.blocks, cell_blocks(para, (("paragraph", paragraph),), text))
            elif blanks:  # "Postcode: ______  Telephone: ______": a form typed as paragraphs
                out.blocks += blanks
            elif text:
                style = (para.style.name or "") if para.style is not None else ""
                block = Block(
                    TEXT,
                    text,
                    (("paragraph", paragraph),),
                    heading=style.lower().startswith(("heading", "title")),
                    item=style.lower().startswith("list") or _numbered(element),
                )
                out.blocks.append(box(block) or block)  # "Click or tap here to enter text."
            if box_at is not None:  # "Name of your group: [box]": the label, then its box
                out.blocks.append(_boxed(box_at, paragraph))
        elif tag == "tbl":
            table = read_table(Table(element, document), table + 1, out, budget)
    if drawn_in is not None:
        spans.append((since, len(out.blocks), drawn_in))
    in_boxes(out.blocks, spans)
    return out


def review_marks(body: Any) -> str:
    """The review marks a draft still holds ('3 tracked changes and 1 comment'; '' for none):
    insertions and deletions are read as accepted (docx_hidden.tracked) and comments not at
    all, so an officer about to publish is told they are there (trial25 T14)."""
    from grantcheck.units import plural

    changes = sum(1 for _ in body.iter(*CHANGES))
    comments = sum(1 for _ in body.iter(COMMENT))
    said = [plural(n, w) for n, w in ((changes, "tracked change"), (comments, "comment")) if n]
    return " and ".join(said)


def _boxed(found: tuple[str, int | None], paragraph: int) -> Block:
    """The block of an answer box a paragraph holds: its kind, and a legacy field's maxLength."""
    kind, max_chars = found
    said = f"maximum length {max_chars} on the text form field" if max_chars else ""
    return Block(kind, "", (("paragraph", paragraph),), max_chars=max_chars, limit_said=said)


def _footnotes(path: Path, budget: Budget) -> dict[str, str]:
    """The document's footnotes, each one's words by its id (python-docx does not read them)."""
    from docx.oxml import parse_xml

    try:
        with zipfile.ZipFile(path) as archive:
            raw = archive.read("word/footnotes.xml")
    except (KeyError, zipfile.BadZipFile, OSError):
        return {}
    try:
        root = parse_xml(raw)
    except Exception:  # a damaged footnotes part: the body is still read
        return {}
    out = {}
    for note in root.iter(FOOTNOTE):
        words = "".join(t.text or "" for t in note.iter(T)).strip()
        budget.chars(len(words))
        out[str(note.get(ID))] = words
    return out


def _ticks(blocks: list[Block], new: list[Block]) -> None:
    """A paragraph with a tick box, added to ``blocks``: a short item with one box right under
    another is the same group (a checklist, or options one a line), not a field of its own."""
    last, field = (blocks[-1] if blocks else None), new[-1]
    if (
        last is not None
        and last.kind == FIELD
        and last.group
        and _one_box(last.text)
        and _one_box(field.text)
        and last.where == (("paragraph", int(field.where[0][1]) - 1),)
    ):
        new[-1] = Block(FIELD, field.text, field.where, group=last.group)
    blocks += new


def _one_box(label: str) -> bool:
    """A short item with a single tick box (as a field's label, boxes stripped at its ends)."""
    return len(label.split()) <= 15 and not any(box in label for box in TICK_BOXES)


def _prompt(block: Block) -> bool:
    """Whether a block may be a prompt a box drawn under it answers: words, not a heading."""
    return block.kind == TEXT and not block.heading


def _numbered(element: Any) -> bool:
    """Whether a Word paragraph is a numbered or bulleted list item by its own numbering."""
    ppr = element.pPr
    return ppr is not None and ppr.numPr is not None
