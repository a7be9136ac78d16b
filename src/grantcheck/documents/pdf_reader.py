"""PDF forms and notes: page text (pypdf's, read faster by pdf_text.py), and AcroForm fields
with their labels.

Pages that share one content stream are extracted once (a hostile file can give
thousands of pages the same slow stream); the page count is checked against the
budget before any page is read. A fillable form's fields carry a name, a type, a
``MaxLen`` (a character limit) and a tooltip (``/TU``), which is usually the label.
pypdf's warnings go to logging; they are silenced here so nothing leaks to stderr. A form
page (one with fields) is read in place by pdf_placed.py; a text page line by line here.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import replace
from io import BytesIO
from pathlib import Path
from typing import Any

from grantcheck.documents.blocks import SPACE, TEXT, Block, Extracted, Location
from grantcheck.documents.browser_files import file_inputs
from grantcheck.documents.budget import Budget
from grantcheck.documents.footnotes import page_notes, unmarked
from grantcheck.documents.furniture import page_furniture, runs_on
from grantcheck.documents.pdf_beside import Moves, moved
from grantcheck.documents.pdf_bounded import Stopped, bounded
from grantcheck.documents.pdf_boxes import read_page
from grantcheck.documents.pdf_drawn_lines import blanked
from grantcheck.documents.pdf_fields import fields
from grantcheck.documents.pdf_lines import PROSE_END, bullets, goes_on
from grantcheck.documents.pdf_open import STREAM_ENTRIES, opened, over_limit
from grantcheck.documents.pdf_packed import packed_fields
from grantcheck.documents.pdf_placed import form_page
from grantcheck.documents.pdf_rows import cell_rows
from grantcheck.documents.placeholders import box, cards
from grantcheck.documents.preview import preview
from grantcheck.documents.sheets import sheet as sheets
from grantcheck.documents.text_lines import line_blocks, tick_group, wraps
from grantcheck.guidance import DAMAGED_PDF, Unreadable

MARKS = frozenset("•▪")  # a line holding only a bullet (a font's glyph read as "•") is an item's
# AES encryption (Acrobat's "restrict editing", even with no password to open) needs the
# 'cryptography' package, a compiled dependency grantcheck does without: say so plainly
AES_PDF = (
    "is a PDF encrypted with AES (protected against editing, perhaps with no password to open "
    "it), which grantcheck cannot read: print or save a copy without protection as a PDF and "
    "use that copy"
)


def read_pdf(path: Path, budget: Budget) -> Extracted:
    """The blocks of a PDF: each page's lines, then its form fields. Raises Unreadable."""
    logging.getLogger("pypdf").setLevel(logging.ERROR + 10)
    from pypdf import PdfReader

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            data, named = _counted(path, budget)
            return _read(opened(bounded(PdfReader, budget), data, budget), budget, named)
        except Stopped as e:  # (the budget's refusal, carried out of pypdf: pdf_bounded.py)
            raise e.args[0] from None
        except Unreadable:
            raise
        except RecursionError:
            raise Unreadable(
                "cannot be read as a PDF (its structure is nested too deeply)"
            ) from None
        except Exception as e:  # pypdf raises many types on damaged files; all mean the same
            # (pypdf's safety limits: not damaged; a stream's is said inside a PdfReadError)
            if type(e).__name__ == "LimitReachedError" or STREAM_ENTRIES in str(e):
                raise over_limit(str(e), budget) from None
            if type(e).__name__ == "DependencyError" and "AES" in str(e):
                raise Unreadable(AES_PDF) from None
            raise Unreadable(DAMAGED_PDF) from None


def _counted(path: Path, budget: Budget) -> tuple[BytesIO, int]:
    """The file's bytes (within max_document_bytes), once its fields are counted, and their
    count: a page whose fields are written inside its own list is parsed whole as the page is
    reached (pypdf builds about 4 KB for each: 100 MB of them would take 3 GB), so the fields
    the bytes name (``/Widget``) are counted before pypdf reads any (and those packed in
    compressed object streams before any page is reached: pdf_packed.py)."""
    data = path.read_bytes()
    named = data.count(b"/Widget")
    budget.field_count(named, charge=False)
    return BytesIO(data), named


def _read(reader: Any, budget: Budget, named: int = 0) -> Extracted:
    """The blocks of a PDF; ``named``: the fields its bytes name outside object streams."""
    if reader.is_encrypted and not reader.decrypt(""):
        raise Unreadable(
            "is an encrypted PDF that needs a password; publish a copy without one, or ask "
            "the council that publishes it for one"
        )
    packed = packed_fields(reader, budget, named)
    if packed:  # (the whole file's fields, counted before any page is reached)
        budget.field_count(named + packed, charge=False)
    count = len(reader.pages)
    budget.page_count(count)
    out = Extracted("pdf", pages=count)
    done: dict[Any, tuple[str, dict[int, int], dict[int, list[str]], Moves]] = {}
    boxes: dict[int, dict[int, int]] = {}  # a text page's lines with an empty box drawn after
    blanks: dict[int, dict[int, list[str]]] = {}  # and with a label's answer rule after words
    moves: dict[int, Moves] = {}  # and with a blank typed on its label's line
    placed: dict[int, list[Block]] = {}  # a form page's blocks, read in place
    tabled = [0]  # tables drawn on the form pages read so far
    texts: list[tuple[int, list[str]]] = []  # a text page's lines
    faces: dict[int, Any] = {}  # the document's fonts, read once for all its pages (pdf_text)
    for number, page in enumerate(reader.pages, start=1):
        widgets = fields(page, number, budget)
        if widgets:  # a form page: lines and fields in reading order, top to bottom
            placed[number] = form_page(page, number, widgets, budget, tabled)
            continue
        key = _content_key(page)
        if key is not None and key in done:
            text, after, ruled, beside = done[key]
        else:
            text, after, ruled, beside = read_page(page, faces)
            if key is not None:
                done[key] = text, after, ruled, beside
        budget.chars(len(text))
        texts.append((number, text.splitlines()))
        boxes[number], blanks[number], moves[number] = after, ruled, beside
    marks = page_furniture([t for _, t in texts])
    runs_on([t for _, t in texts], marks)  # a list running on over a page: a footer between
    running = dict(zip((n for n, _ in texts), marks, strict=True))
    # (moved once the running header and footer are known: a blank's line left empty would let
    # the next lines in among a page's edges, where furniture is looked for)
    lines = {n: moved(t, moves[n]) for n, t in texts}
    for number in range(1, count + 1):
        if number in placed:
            out.blocks += placed[number]
        elif number in lines:
            drawn = boxes[number], blanks[number]
            _page_blocks(out, number, lines[number], running[number], drawn)
    out.blocks = file_inputs(preview(cards(cell_rows(out.blocks))))
    return out


def _page_blocks(
    out: Extracted,
    number: int,
    lines: list[str],
    running: set[int],
    drawn: tuple[dict[int, int], dict[int, list[str]]],
) -> None:
    """A text page's lines as blocks: ruled lines and tick boxes as fields and spaces, an empty
    box drawn under a line (``drawn``'s boxes) as an answer space, a label with its answer rule
    drawn after it (its blanks) as one typed with underscores, a line wrapped inside a sentence
    joined to it. Its running header and footer (``running``, by
    index: a browser's date, title, address and "Page N") are not its words: left in, they land
    inside a question that runs over the page break."""
    boxes, blanks = drawn
    previous = ""
    widest = max(map(len, lines), default=0)
    notes, moved = page_notes(lines, running) if not all(map(str.isascii, lines)) else ({}, ())
    # lines wrapped in a table's cell beside its answer box: one prompt, however short they are
    celled = {n for last, first in boxes.items() for n in range(first + 1, last + 1)}
    sheet = sheets(lines)  # (a spreadsheet printed with its headings; most pages are not)
    boxed: int | None = None  # the block of the tick-box item on the line before, if any
    for index, raw in enumerate(lines):
        line_no = index + 1
        if index - 1 in boxes:  # (an empty box drawn under the line before: room to write)
            out.blocks.append(Block(SPACE, "", (("page", number), ("line", index))))
            previous = ""
        line = bullets(raw).strip()
        if index in running or index in moved:
            continue  # (a sentence or question runs on over the page break; a note is read at
            # its mark)
        if sheet is not None and index in sheet.skip:  # a sheet's row number, column letter
            previous = ""  # or "X" over its ticks: a row starts; rows are not one sentence
            empty = sheet.empty.get(index)  # empty rows: answer space, as blank lines under a
            if empty is not None:  # question are, or a grid of values under its headings
                heads = " | ".join(b.text for b in out.blocks[-empty[1] :]) if empty[1] else ""
                out.blocks.append(Block(empty[0], heads, (("page", number), ("line", line_no))))
            continue
        if index in notes:  # "... the grant on.¹" and, at the page's foot, "1 Up to 250 words."
            line = f"{unmarked(line)} {notes[index]}"
        if not line:
            previous, boxed = "", None
            continue
        if line in MARKS:  # a list's bullet drawn apart from its item, on a line of its own,
            # after an item's long last line: a new item starts, not the last one's next line
            out.blocks.append(Block(TEXT, line, (("page", number), ("line", line_no))))
            previous = line
            continue
        if line == "*" and out.blocks and out.blocks[-1].kind == TEXT:
            last = out.blocks[-1]  # a required mark printed apart from its title (in red)
            out.blocks[-1] = Block(TEXT, f"{last.text} *", last.where, heading=last.heading)
            previous = ""
            continue
        where = (("page", number), ("line", line_no))
        labels = _labels(line, where, blanks.get(index)) if sheet is None else None
        if labels:  # ("Name of group" and a rule drawn after it, or "Signed" over one)
            out.blocks += labels
            previous, boxed = "", None
            continue
        ruled = (
            line_blocks(line, where, tick_group(out.blocks, where, f"page {number} {line_no}"))
            if "_" in line or "☐" in line or "[ ]" in line or "...." in line or "…" in line
            else None
        )
        block = Block(TEXT, line, where) if ruled is None else None  # (made once: it is kept)
        shown = box(block) if block is not None else None
        if ruled is None and boxed is not None and _wraps_item(out.blocks[boxed].text, line):
            # "[ ] Your accounts (groups with an income" / "under £25,000 may send ...)": a tick
            # box's item wrapped at the margin goes on in lower case, past its box
            last = out.blocks[boxed]
            out.blocks[boxed] = replace(last, text=f"{last.text} {line}")
            continue
        boxed = None
        if ruled is not None or shown is not None:
            out.blocks += ruled if ruled is not None else [shown] if shown is not None else []
            previous = ""
            if ruled is not None and len(ruled) == 2 and ruled[0].boxed:
                boxed = len(out.blocks) - 2  # (its item's text, before its box)
        elif (previous and index in celled) or (
            previous and goes_on(previous, line, widest, out.blocks[-1].text)
        ):  # a line wrapped inside a sentence: one block
            last = out.blocks[-1]
            out.blocks[-1] = Block(TEXT, f"{last.text} {line}", last.where)
            previous = line
        elif block is not None:
            out.blocks.append(block)
            previous = line
    if len(lines) - 1 in boxes:
        out.blocks.append(Block(SPACE, "", (("page", number), ("line", len(lines)))))


def _labels(line: str, where: Location, pieces: list[str] | None) -> list[Block] | None:
    """A line's labels, each with its answer rule drawn after it (pdf_drawn_lines): read as the
    typed line with its underscores is ("Postcode ____ Telephone ____": two), but as words
    marked ruled, so that a document named so stays one to the requirements' reader."""
    if not pieces or "_" in line:
        return None
    found = line_blocks(blanked(line, pieces), where, "") or []
    return [Block(TEXT, b.text, where, ruled=True) for b in found if b.text] or None


def _wraps_item(item: str, line: str) -> bool:
    """Whether ``line`` goes on with the tick-box item ``item`` on the line before: it starts
    in lower case, as no new item or heading does, and the item stopped unfinished."""
    return line[:1].islower() and wraps(item, line, PROSE_END)


def _content_key(page: Any) -> Any:
    """What identifies a page's content stream(s), so shared streams are read once."""
    raw = page.get("/Contents")
    if raw is None:
        return None
    ref = getattr(raw, "idnum", None)
    if ref is not None:
        return ("ref", ref)
    try:
        return ("refs", tuple(getattr(item, "idnum", id(item)) for item in raw))
    except TypeError:
        return None
