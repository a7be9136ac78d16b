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


def _cell_blocks(cell: Any, where: tuple[tuple[str, int], ...]) -> list[Block]:
    text = cell.text.strip()
    element = getattr(cell, "_tc", None)
    check, typed, max_chars = _form_fields(element) if element is not None else (False, False, None)
    if check:  # check boxes: "Yes [x] No [x]", or a checklist's "Enclosed" column
        words = [Block(TEXT, text, where)] if len(text.split()) > 3 else []
        return words + [Block(FIELD, text, where, group=str(where))]
    if typed and not text:  # a text form field: an answer box, or a single value if short
        long = max_chars is None or max_chars >= LONG_FIELD
        return [Block(SPACE if long else FIELD, "", where, max_chars=max_chars)]
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
    for element in body:
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph += 1
            para = Paragraph(element, document)
            text = para.text.strip()
            budget.chars(len(text))
            blanks = labelled_blanks(text, (("paragraph", paragraph),)) if text else None
            if any(box in text for box in TICK_BOXES):
                out.blocks += _cell_blocks(para, (("paragraph", paragraph),))
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
