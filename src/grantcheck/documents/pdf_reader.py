"""PDF forms and notes: page text (pypdf), and AcroForm fields with their labels.

Pages that share one content stream are extracted once (a hostile file can give
thousands of pages the same slow stream); the page count is checked against the
budget before any page is read. A fillable form's fields carry a name, a type, a
``MaxLen`` (a character limit) and a tooltip (``/TU``), which is usually the label.
pypdf's warnings go to logging; they are silenced here so nothing leaks to stderr.
"""

from __future__ import annotations

import logging
import re
import warnings
from pathlib import Path
from typing import Any

from grantcheck.documents.blocks import SPACE, TEXT, Block, Extracted
from grantcheck.documents.browser_files import file_inputs
from grantcheck.documents.budget import Budget
from grantcheck.documents.footnotes import page_notes, unmarked
from grantcheck.documents.furniture import page_furniture, runs_on
from grantcheck.documents.pdf_boxes import page_text
from grantcheck.documents.pdf_fields import Widget, fields, stacked
from grantcheck.documents.pdf_tables import Piece, holds, tables
from grantcheck.documents.placeholders import box, cards
from grantcheck.documents.preview import preview
from grantcheck.documents.sheets import sheet as sheets
from grantcheck.documents.text_lines import LIGATURES, line_blocks, tick_group, wraps
from grantcheck.guidance import DAMAGED_PDF, Unreadable

# a PDF line ending a sentence ends the block (no blank lines); so does a required prompt's mark
PROSE_END = (".", ":", "?", "!", " *")
MARKS = frozenset("•▪")  # a line holding only a bullet (a font's glyph read as "•") is an item's
ITEM = re.compile(r"^(?:[-•*▪]|\(?[0-9]{1,2}[.)]|\(?[a-h]\))\s")  # a bulleted or numbered item
WRAPPED = 0.85  # a line this share of the page's widest (in characters) or more may have wrapped
TITLE = 10  # words: a bold line this short is a heading
BESIDE = 16  # points: a control whose top is this little above a line's baseline is on its row
# bullets as fonts' private glyphs come out of extraction: DEL, Symbol's U+F0B7, and others
# and a designer's ligatures as single glyphs ("ﬁnancial", "certiﬁcate"): the letters they join
BULLETS = str.maketrans(
    {**dict.fromkeys("\x7f\uf0b7\uf0a7\uf076\u25cf\u25aa\u25e6\u2023", "•"), **LIGATURES}
)


def read_pdf(path: Path, budget: Budget) -> Extracted:
    """The blocks of a PDF: each page's lines, then its form fields. Raises Unreadable."""
    logging.getLogger("pypdf").setLevel(logging.ERROR + 10)
    from pypdf import PdfReader

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return _read(PdfReader(str(path)), budget)
        except Unreadable:
            raise
        except RecursionError:
            raise Unreadable(
                "cannot be read as a PDF (its structure is nested too deeply)"
            ) from None
        except Exception:  # pypdf raises many types on damaged files; all mean the same to a user
            raise Unreadable(DAMAGED_PDF) from None


def _read(reader: Any, budget: Budget) -> Extracted:
    if reader.is_encrypted and not reader.decrypt(""):
        raise Unreadable("is an encrypted PDF that needs a password; publish an unlocked copy")
    count = len(reader.pages)
    budget.page_count(count)
    out = Extracted("pdf", pages=count)
    done: dict[Any, tuple[str, dict[int, int]]] = {}
    boxes: dict[int, dict[int, int]] = {}  # a text page's lines with an empty box drawn after
    placed: dict[int, list[Block]] = {}  # a form page's blocks, read in place
    tabled = [0]  # tables drawn on the form pages read so far
    texts: list[tuple[int, list[str]]] = []  # a text page's lines
    for number, page in enumerate(reader.pages, start=1):
        widgets = fields(page, number, budget)
        if widgets:  # a form page: lines and fields in reading order, top to bottom
            placed[number] = _placed(page, number, widgets, budget, tabled)
            continue
        key = _content_key(page)
        if key is not None and key in done:
            text, after = done[key]
        else:
            text, after = page_text(page)
            if key is not None:
                done[key] = text, after
        budget.chars(len(text))
        texts.append((number, text.splitlines()))
        boxes[number] = after
    marks = page_furniture([t for _, t in texts])
    runs_on([t for _, t in texts], marks)  # a list running on over a page: a footer between
    running = dict(zip((n for n, _ in texts), marks, strict=True))
    lines = dict(texts)
    for number in range(1, count + 1):
        if number in placed:
            out.blocks += placed[number]
        elif number in lines:
            _page_blocks(out, number, lines[number], running[number], boxes[number])
    out.blocks = file_inputs(preview(cards(out.blocks)))
    return out


def _page_blocks(
    out: Extracted, number: int, lines: list[str], running: set[int], boxes: dict[int, int]
) -> None:
    """A text page's lines as blocks: ruled lines and tick boxes as fields and spaces, an empty
    box drawn under a line (``boxes``) as an answer space, a line wrapped inside a sentence
    joined to it. Its running header and footer (``running``, by
    index: a browser's date, title, address and "Page N") are not its words: left in, they land
    inside a question that runs over the page break."""
    previous = ""
    widest = max(map(len, lines), default=0)
    notes, moved = page_notes(lines, running) if not all(map(str.isascii, lines)) else ({}, ())
    # lines wrapped in a table's cell beside its answer box: one prompt, however short they are
    celled = {n for last, first in boxes.items() for n in range(first + 1, last + 1)}
    sheet = sheets(lines)  # (a spreadsheet printed with its headings; most pages are not)
    for index, raw in enumerate(lines):
        line_no = index + 1
        if index - 1 in boxes:  # (an empty box drawn under the line before: room to write)
            out.blocks.append(Block(SPACE, "", (("page", number), ("line", index))))
            previous = ""
        line = _bullets(raw).strip()
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
            previous = ""
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
        ruled = (
            line_blocks(line, where, tick_group(out.blocks, where, f"page {number} {line_no}"))
            if "_" in line or "☐" in line or "[ ]" in line or "...." in line or "…" in line
            else None
        )
        block = Block(TEXT, line, where) if ruled is None else None  # (made once: it is kept)
        shown = box(block) if block is not None else None
        if ruled is not None or shown is not None:
            out.blocks += ruled if ruled is not None else [shown] if shown is not None else []
            previous = ""
        elif (previous and index in celled) or (
            wraps(previous, line, PROSE_END)
            and not _item_ended(out.blocks[-1].text, previous, line, widest)
        ):  # a line wrapped inside a sentence: one block
            last = out.blocks[-1]
            out.blocks[-1] = Block(TEXT, f"{last.text} {line}", last.where)
            previous = line
        elif block is not None:
            out.blocks.append(block)
            previous = line
    if len(lines) - 1 in boxes:
        out.blocks.append(Block(SPACE, "", (("page", number), ("line", len(lines)))))


def _bullets(text: str) -> str:
    """``text`` with the fonts' bullet glyphs as "•" and ligatures as their letters. (A
    translation looks up every character: most lines are ASCII with no DEL, and have none to
    change.)"""
    return text if text.isascii() and "\x7f" not in text else text.translate(BULLETS)


def _item_ended(item: str, previous: str, line: str, widest: int) -> bool:
    """Whether a list item ended at ``previous`` although it has no full stop: the next line
    starts a sentence (a capital) and the item's last line stopped well short of the page's
    width, so it did not wrap ("- Three quotes for the work" then "Insurance: you must ...")."""
    return bool(ITEM.match(item)) and line[:1].isupper() and len(previous) < WRAPPED * widest


def _placed(
    page: Any,
    number: int,
    widgets: list[Widget],
    budget: Budget,
    tabled: list[int],
) -> list[Block]:
    """A form page's text lines and fields, ordered by their height on the page (``tabled``:
    the tables found on the pages above, counted on)."""
    pieces: dict[int, list[Piece]] = {}
    plain: set[int] = set()  # rows with words in a font that is not bold

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            pieces.setdefault(round(y / 3), []).append((x, text, abs(size * tm[0]) or size))
            if not _bold(font):
                plain.add(round(y / 3))

    page.extract_text(visitor_text=visit)
    lines = sorted(pieces.items(), key=lambda p: -p[0])
    widgets = stacked(widgets, lambda w: bool(_label(lines, w[0], w[1], w[2])))
    placed: list[tuple[float, float, int, Block]] = []
    tops = [top for top, _, _, _, _ in widgets]
    beside: set[int] = set()  # lines a control sits on: "B4 ... secured? (o) Yes (o) No"
    made: dict[int, Block] = {}  # each line's block, by its height's key
    controlled = frozenset(row for row, _ in lines if any(_on(row, top) for top in tops))
    # lines a box to tick or choose sits on: "B4 ... secured? (o) Yes (o) No", its options
    options = {r for r in controlled for t, _, _, b, _ in widgets if b.kind != SPACE and _on(r, t)}
    grid, wrapped, starts = tables(lines, tabled[0], controlled)  # a table drawn on the page
    tabled[0] = max((t for t, _, _ in grid.values()), default=tabled[0])
    for line_no, (row, parts) in enumerate(lines, start=1):
        if row in wrapped:
            continue  # (a cell's wrapped line: in its cell)
        if row in grid:
            table, index, cells = grid[row]
            lefts = [x for top, x, _, _, _ in widgets if row * 3.0 + 1 < top < row * 3.0 + BESIDE]
            for column, words in cells:
                if lefts and holds(starts[table], column, lefts):
                    continue  # ("Yes  No" beside the row's check boxes: their labels)
                text = " ".join(_bullets(words).split())
                budget.chars(len(text))
                at = (("page", number), ("table", table), ("row", index), ("cell", column + 1))
                placed.append((-row * 3.0, column, 0, Block(TEXT, text, at)))
            continue
        line = " ".join(_bullets(" ".join(t for _, t, _ in sorted(parts))).split())
        budget.chars(len(line))
        # a short line all in bold, not a question, heads what follows ("D  What to send")
        title = row not in plain and len(line.split()) <= TITLE and not line.endswith("?")
        block = Block(TEXT, line, (("page", number), ("line", line_no)), heading=title)
        shown = box(block)
        if shown is not None:  # "Click or tap here to enter text." printed in a box: the box
            placed.append((-row * 3.0, min(x for x, _, _ in parts), 0, shown))
            continue
        if row in options:
            beside.add(id(block))
        made[row] = block
        placed.append((-row * 3.0, min(x for x, _, _ in parts), 0, block))
    labelled: set[int] = set()  # a label's later lines beside its box: one label with the first
    for top, left, bottom, block, _ in widgets:
        label = _label(lines, top, left, bottom)
        labelled.update(id(made[r]) for r in label[1:] if r in made)
        placed.append((-label[-1] * 3.0 if label else -top, left, 1, block))
    out: list[Block] = []
    item_left: float | None = None  # where the last bulleted or numbered item's line starts
    for _, left, _, block in sorted(placed, key=lambda p: (p[0], p[2], p[1])):
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == TEXT == block.kind
            and len(last.where) == 2 == len(block.where)  # (a table's cells stay apart)
            # (a bold title heads what follows, never wraps into it; a bold item may)
            and not (last.heading and ITEM.match(last.text) is None)
            and id(last) not in beside  # (a row with a control ends at the row: its options)
            and (
                id(block) in labelled
                or wraps(last.text, block.text, PROSE_END)
                # a line starting to the right of an item's bullet, under its words (a wrapped
                # item, or its translation): "• Copi o'ch cyfansoddiad" / "  A copy of ..."
                or (item_left is not None and left > item_left + 4 and not ITEM.match(block.text))
            )
        ):  # a sentence wrapped at the margin between two fields: one block
            out[-1] = Block(TEXT, f"{last.text} {block.text}", last.where)
            continue
        out.append(block)
        item_left = left if block.kind == TEXT and ITEM.match(block.text) else None
    return out


def _on(row: int, top: float) -> bool:
    """Whether a box whose top is ``top`` sits on the line ``row`` (its height's key)."""
    return row * 3.0 + 1 < top < row * 3.0 + BESIDE


def _label(lines: list[tuple[int, list[Piece]]], top: float, left: float, low: float) -> list[int]:
    """The lines of a box's label beside it, top first: left of the box and within its height
    (a label wrapped in a narrow column beside a tall answer box: "2b What need or problem
    will" / "your project address, and how" / "do you know?"). The box is read after them."""
    return [
        row
        for row, parts in lines
        if (_on(row, top) or low <= row * 3.0 < top) and min(x for x, _, _ in parts) < left
    ]


def _bold(font: Any) -> bool:
    """Whether a font resource is a bold face ("Helvetica-Bold", "ABCDEF+Arial,Bold")."""
    try:
        return "bold" in str(font.get("/BaseFont", "")).lower()
    except AttributeError:
        return False


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
