"""Word (.docx) forms: paragraphs numbered in reading order, tables by table, row and cell.

A .docx is a zip: member sizes and the compression ratio are checked from the zip's
directory before anything is decompressed, so a zip bomb is refused unread. The body
is walked in document order (paragraphs and tables interleaved), because a question
and its answer box are usually neighbours. An empty cell is an answer space; a
protected form's legacy fields are read too (a text field's maxLength is a character
limit; check boxes are a tick-box group).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block, Extracted
from grantcheck.documents.budget import Budget, over
from grantcheck.documents.text_reader import labelled_blanks
from grantcheck.guidance import DAMAGED_DOCX, Unreadable

TICK_BOXES = "☐☑☒□■"  # drawn tick boxes: a tick-box group, not prose
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FF_DATA, MAX_LENGTH, VAL = f"{_W}ffData", f"{_W}maxLength", f"{_W}val"
# content controls (Word's Developer tab): a control, its settings, and what they say
SDT, SDT_PR, SDT_CONTENT = f"{_W}sdt", f"{_W}sdtPr", f"{_W}sdtContent"
PLACEHOLDER, T, TAB, P = f"{_W}showingPlcHdr", f"{_W}t", f"{_W}tab", f"{_W}p"
CHECKBOX = "{http://schemas.microsoft.com/office/word/2010/wordml}checkbox"
ONE_VALUE = {f"{_W}date", f"{_W}dropDownList", f"{_W}comboBox"}  # a date or a choice
INS, MOVED_FROM, BR, CR = f"{_W}ins", f"{_W}moveFrom", f"{_W}br", f"{_W}cr"
# a paragraph's border (a box drawn round empty paragraphs: an answer space) and a footnote
PBDR, FOOTNOTE_REF, FOOTNOTE, ID = f"{_W}pBdr", f"{_W}footnoteReference", f"{_W}footnote", f"{_W}id"
TEXT_BOX = f"{_W}txbxContent"  # a text box drawn on the page (VML or DrawingML)
BOX_PROMPT = 8  # words: a text box holding no more is an answer box with its prompt in it
LONG_FIELD = 200  # characters: a text field this long is an answer box (as a PDF's MaxLen)


def check_zip(path: Path, budget: Budget) -> None:
    """Refuse a zip whose members would decompress past the budget, before reading any."""
    limits = budget.limits
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise Unreadable(DAMAGED_DOCX) from None
    total = sum(i.file_size for i in infos)
    if total > limits.max_decompressed_bytes:
        raise over(
            f"would decompress to {total:,} bytes",
            "max_decompressed_bytes",
            limits.max_decompressed_bytes,
        )
    for info in infos:
        if (
            info.file_size > 1_000_000
            and info.file_size > info.compress_size * limits.max_compression_ratio
        ):
            raise over(
                f"holds {info.filename!r}, compressed more than {limits.max_compression_ratio}"
                " to 1 (a zip bomb?)",
                "max_compression_ratio",
                limits.max_compression_ratio,
            )


def _form_fields(element: Any) -> tuple[bool, bool, int | None]:
    """A cell's legacy form fields (a protected Word form): any check box, any text field, and
    the text field's maxLength (a character limit)."""
    check = text = False
    longest: int | None = None
    for data in element.iter(FF_DATA):
        for child in data:
            name = child.tag.rsplit("}", 1)[-1]
            check = check or name == "checkBox"
            if name == "textInput":
                text = True
                for limit in child.iter(MAX_LENGTH):
                    raw = str(limit.get(VAL) or "")
                    if raw.isdigit() and len(raw) < 9:
                        longest = max(longest or 0, int(raw))
    return check, text, longest


def _tracked(element: Any, plain: str) -> str:
    """A paragraph's words as they read with its tracked changes accepted: python-docx's text
    leaves out insertions (runs inside ``w:ins``); deletions are never words (``w:delText``,
    ``w:moveFrom``). ``plain`` is python-docx's text, right when nothing is tracked."""
    if element is None or next(element.iter(INS), None) is None:
        return plain
    out = []
    for e in element.iter(T, TAB, BR, CR):
        if e.tag != T:
            out.append("\t" if e.tag == TAB else "\n")
        elif not any(a.tag == MOVED_FROM for a in e.iterancestors(MOVED_FROM)):
            out.append(e.text or "")
    return "".join(out)


def _cell_text(cell: Any) -> str:
    """A cell's words, as python-docx gives them, with tracked insertions."""
    tc = getattr(cell, "_tc", None)
    if tc is None or next(tc.iter(INS), None) is None:
        return str(cell.text)
    return "\n".join(_tracked(p, "") for p in tc.iterchildren(P))


def _cell_blocks(cell: Any, where: tuple[tuple[str, int], ...], said: str = "") -> list[Block]:
    text = (said or _cell_text(cell)).strip()
    element = getattr(cell, "_tc", None)
    check, typed, max_chars = _form_fields(element) if element is not None else (False, False, None)
    if check:  # check boxes: "Yes [x] No [x]", or a checklist's "Enclosed" column
        words = [Block(TEXT, text, where)] if len(text.split()) > 3 else []
        return words + [Block(FIELD, text, where, group=str(where))]
    if typed and not text:  # a text form field: an answer box, or a single value if short
        long = max_chars is None or max_chars >= LONG_FIELD
        said = f"maximum length {max_chars} on the text form field" if max_chars else ""
        return [Block(SPACE if long else FIELD, "", where, max_chars=max_chars, limit_said=said)]
    if not text:
        return [Block(SPACE, "", where)]
    if any(box in text for box in TICK_BOXES):  # "Yes ☐ No ☐": a tick-box group
        label = text.strip(TICK_BOXES + " _.:")
        return [Block(TEXT, label, where)] * bool(label) + [
            Block(FIELD, label, where, group=str(where))
        ]
    return [Block(TEXT, text, where)]


def read_docx(path: Path, budget: Budget) -> Extracted:
    """The blocks of a Word document, in order. Raises Unreadable or OverBudget."""
    check_zip(path, budget)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
        body = list(document.element.body.iterchildren())
    except Exception:  # python-docx raises zip, XML and package errors alike
        raise Unreadable(DAMAGED_DOCX) from None
    out = Extracted("docx")
    paragraph = table = 0
    notes: dict[str, str] | None = None  # footnotes by id, read when one is first referred to
    boxed = -1  # the last empty bordered paragraph (an answer box Word draws round paragraphs)
    for element in body:
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "sdt":  # a block-level content control: an answer box, or words within it
            paragraph = _control(element, paragraph, out, budget)
        if tag == "p":
            paragraph += 1
            para = Paragraph(element, document)
            text = (
                _words(element) if element.find(SDT) is not None else _tracked(element, para.text)
            ).strip()
            if next(element.iter(FOOTNOTE_REF), None) is not None:
                notes = _footnotes(path, budget) if notes is None else notes
                said = [notes.get(str(r.get(ID)), "") for r in element.iter(FOOTNOTE_REF)]
                text = " ".join([text, *said]).strip()  # a limit may be said only in a footnote
            budget.chars(len(text))
            if not text and next(element.iter(TEXT_BOX), None) is not None:
                # a text box drawn as the answer box ("Write or draw your answer here"): python-
                # docx reads none of its words; a box holding at most a prompt is a space
                boxed_words = " ".join(
                    _tracked(box, "".join(t.text or "" for t in box.iter(T)))
                    for box in element.iter(TEXT_BOX)
                ).strip()
                budget.chars(len(boxed_words))
                low = boxed_words.lower()
                prompt = not low or any(w in low for w in ("answer", "write", "here"))
                kind = SPACE if prompt and len(low.split()) <= BOX_PROMPT else TEXT
                words = boxed_words if kind == TEXT else ""
                out.blocks.append(Block(kind, words, (("paragraph", paragraph),)))
                continue
            if not text and _bordered(element):
                if boxed != paragraph - 1:  # (bordered paragraphs one after another: one box)
                    out.blocks.append(Block(SPACE, "", (("paragraph", paragraph),)))
                boxed = paragraph
                continue
            blanks = labelled_blanks(text, (("paragraph", paragraph),)) if text else None
            if any(box in text for box in TICK_BOXES):
                _ticks(out.blocks, _cell_blocks(para, (("paragraph", paragraph),), text))
            elif blanks:  # "Postcode: ______  Telephone: ______": a form typed as paragraphs
                out.blocks += blanks
            elif text:
                style = (para.style.name or "") if para.style is not None else ""
                out.blocks.append(
                    Block(
                        TEXT,
                        text,
                        (("paragraph", paragraph),),
                        heading=style.lower().startswith(("heading", "title")),
                        item=style.lower().startswith("list") or _numbered(element),
                    )
                )
        elif tag == "tbl":
            table += 1
            _table(Table(element, document), table, out, budget)
    return out


def _bordered(element: Any) -> bool:
    """Whether a paragraph has a border of its own (Word draws one box round a run of them)."""
    ppr = element.pPr
    return ppr is not None and ppr.find(PBDR) is not None


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


def _words(element: Any) -> str:
    """A paragraph's words with its inline content controls read as Word shows them: a check box
    is a tick box ("☐"), a text control still showing its grey prompt ("Enter details.") is
    an empty box, and one filled in is its words."""
    out = []
    for child in element.iterchildren():
        if child.tag != SDT:
            out += [" " if e.tag == TAB else e.text or "" for e in child.iter(T, TAB)]
            continue
        settings = child.find(SDT_PR)
        if settings is not None and settings.find(CHECKBOX) is not None:
            out.append(" ☐ ")
        elif settings is None or settings.find(PLACEHOLDER) is None:
            content = child.find(SDT_CONTENT)
            out += [e.text or "" for e in content.iter(T)] if content is not None else []
    return "".join(out)


def _control(element: Any, paragraph: int, out: Extracted, budget: Budget) -> int:
    """A block-level content control: still showing its prompt ("Type your answer here."), an
    answer box (a date or a choice: a field); filled in, its paragraphs' words. Returns the
    paragraph count after it."""
    settings = element.find(SDT_PR)
    content = element.find(SDT_CONTENT)
    where = (("paragraph", paragraph),)  # under the paragraph before it
    if settings is not None and settings.find(PLACEHOLDER) is not None:
        one = any(settings.find(tag) is not None for tag in ONE_VALUE)
        out.blocks.append(Block(FIELD if one else SPACE, "", where))
        return paragraph
    for inner in content.iterchildren(P) if content is not None else ():
        paragraph += 1
        text = _words(inner).strip()
        budget.chars(len(text))
        if text:
            out.blocks.append(Block(TEXT, text, (("paragraph", paragraph),)))
    return paragraph


def _numbered(element: Any) -> bool:
    """Whether a Word paragraph is a numbered or bulleted list item by its own numbering."""
    ppr = element.pPr
    return ppr is not None and ppr.numPr is not None


def _table(grid: Any, number: int, out: Extracted, budget: Budget) -> None:
    for r, row in enumerate(grid.rows, start=1):
        seen: set[int] = set()
        for c, cell in enumerate(row.cells, start=1):
            if id(cell._tc) in seen:  # a merged cell is returned once per grid column
                continue
            seen.add(id(cell._tc))
            budget.chars(len(cell.text))
            out.blocks += _cell_blocks(cell, (("table", number), ("row", r), ("cell", c)))
