"""A Word table's cells as blocks, located by table, row and cell.

An empty cell is an answer space, and so is the room under a question asked at the top of its
own tall cell; a cell's legacy text field is an answer box (or a single value's, if short);
check boxes and drawn tick boxes ("Yes ☐ No ☐") are a tick-box group; a grid's empty corner
over its row labels is no box. A merged cell is read once.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block, Extracted
from grantcheck.documents.budget import Budget
from grantcheck.documents.docx_controls import (
    FF_DATA,
    LONG_FIELD,
    SDT,
    TBL,
    TC,
    TR,
    P,
    T,
    form_fields,
    unwrapped,
)
from grantcheck.documents.docx_hidden import INS, STRIKES, tracked
from grantcheck.documents.placeholders import box

TICK_BOXES = "☐☑☒□■"  # drawn tick boxes: a tick-box group, not prose
ROOM_BELOW = 3  # empty paragraphs: under a cell's words, this many are room to write in
# a picture (DrawingML's or an old VML image): an easy-read form's illustration beside its words
PICTURES = (
    "{http://schemas.openxmlformats.org/drawingml/2006/picture}pic",
    "{urn:schemas-microsoft-com:vml}imagedata",
)


def _cell_text(cell: Any) -> str:
    """A cell's words, as python-docx gives them, with tracked insertions, less hidden and
    struck text."""
    tc = getattr(cell, "_tc", None)
    if tc is None or next(tc.iter(INS, *STRIKES), None) is None:
        return str(cell.text)
    return "\n".join(tracked(p, "") for p in tc.iterchildren(P))


def cell_blocks(cell: Any, where: tuple[tuple[str, int], ...], said: str = "") -> list[Block]:
    text = (said or _cell_text(cell)).strip()
    element = getattr(cell, "_tc", None)
    check, typed, max_chars = form_fields(element) if element is not None else (False, False, None)
    if check:  # check boxes: "Yes [x] No [x]", or a checklist's "Enclosed" column
        words = [Block(TEXT, text, where)] if len(text.split()) > 3 else []
        return words + [Block(FIELD, text, where, group=str(where))]
    if typed and not text:  # a text form field: an answer box, or a single value if short
        long = max_chars is None or max_chars >= LONG_FIELD
        said = f"maximum length {max_chars} on the text form field" if max_chars else ""
        return [Block(SPACE if long else FIELD, "", where, max_chars=max_chars, limit_said=said)]
    if not text:  # an empty cell is a box to write in; one holding only a picture is not
        return (
            []
            if element is not None and next(element.iter(*PICTURES), None) is not None
            else [Block(SPACE, "", where)]
        )
    if any(box in text for box in TICK_BOXES):  # "Yes ☐ No ☐": a tick-box group
        label = text.strip(TICK_BOXES + " _.:")
        return [Block(TEXT, label, where)] * bool(label) + [
            Block(FIELD, label, where, group=str(where))
        ]
    block = Block(TEXT, text, where)
    if _room_below(cell) or _boxed_in(element):  # a tall cell: the question at its top, the
        # room under it to write; or a box drawn inside the cell ("Write here:" over a table)
        return [block, Block(SPACE, "", where)]
    return [box(block) or block]  # a cell still showing "Click or tap here to enter text."


def _room_below(cell: Any) -> bool:
    """Whether a cell's words end in empty paragraphs, ROOM_BELOW or more: the answer space
    of a question asked at the top of its own tall cell (a one-cell table per question)."""
    paragraphs = getattr(cell, "paragraphs", ())
    if len(paragraphs) <= ROOM_BELOW:
        return False
    return all(not p.text.strip() for p in paragraphs[-ROOM_BELOW:])


def _boxed_in(element: Any) -> bool:
    """Whether a cell holds a table of its own with nothing written in it: a box drawn inside
    the cell to write in, under the cell's words (an easy-read form's "Write here:")."""
    nested = element.find(TBL) if element is not None else None
    return nested is not None and not "".join(t.text or "" for t in nested.iter(T)).strip()


def read_table(grid: Any, number: int, out: Extracted, budget: Budget) -> int:
    """Adds a table's cells to ``out`` as blocks; returns the number of the last table read,
    a table inside a cell being numbered after the table that holds it."""
    rows = _rows(grid)
    last = number
    margin = _margin(rows)
    seen: set[int] = set()  # (the whole table's: a cell merged down rows is one box, too)
    for r, cells in enumerate(rows, start=1):
        for c, cell in enumerate(cells, start=1):
            if id(cell._tc) in seen:  # a merged cell is returned once per grid column, and
                continue  # once per row it runs down: read in the first
            seen.add(id(cell._tc))
            budget.chars(len(cell.text))
            if r == c == 1 and not cell.text.strip() and _headed(cells) and _bare(cell):
                continue  # a grid's empty corner, over its row labels: no box to write in
            if c == 1 and margin and _bare(cell) and any(x.text.strip() for x in cells[1:]):
                continue  # the margin beside a row's words (an easy-read form's pictures)
            where = (("table", number), ("row", r), ("cell", c))
            if _holds_tables(cell._tc):
                last = _layout_cell(cell, where, last, out, budget)
            else:
                out.blocks += cell_blocks(cell, where)
    return last


WORD_COLUMNS = 63  # the most columns a Word table has


def _rows(grid: Any) -> list[Any]:
    """A table's rows' cells, rows and cells a content control holds (a repeating section of
    rows, a control round a whole cell) in their places: python-docx reads a table's own rows
    and cells only, and a form's questions or answer boxes in such controls were lost."""
    tbl = grid._tbl
    if tbl.find(SDT) is None and tbl.find(f"{TR}/{SDT}") is None:
        return [row.cells for row in grid.rows]
    from docx.table import _Cell, _Row

    rows = []
    for tr in unwrapped(tbl, TR):
        if tr.tag != TR:
            continue
        if tr.find(SDT) is None:
            with suppress(ValueError, IndexError):  # (a merged cell's row above: outside)
                rows.append(_Row(tr, grid).cells)
                continue
        # each cell in its place, a cell a content control holds too (a merged cell's later
        # rows: the cell above, read there)
        tcs = [tc for tc in unwrapped(tr, TC) if tc.tag == TC and tc.vMerge != "continue"]
        rows.append(_spanned([_Cell(tc, grid) for tc in tcs]))
    return rows


def _spanned(cells: list[Any]) -> tuple[Any, ...]:
    """A row's cells, each once per grid column it spans (as python-docx gives a row's cells),
    the row no wider than Word's widest table or its own cells: a span is the file's word, and
    one cell spanning 20 million columns took 2.4 GB, one object a column (redteam21 R4)."""
    spare = max(WORD_COLUMNS - len(cells), 0)  # columns the spans may add to the row
    row: list[Any] = []
    for cell in cells:
        extra = min(max(cell._tc.grid_span - 1, 0), spare)
        spare -= extra
        row += [cell] * (1 + extra)
    return tuple(row)


def _holds_tables(element: Any) -> bool:
    """Whether a cell holds a table with words in it: a page laid out as a table of sections,
    each cell holding the section's own tables (a table with no words is a box drawn to write
    in, read by _boxed_in)."""
    return any(
        "".join(t.text or "" for t in nested.iter(T)).strip() for nested in element.iter(TBL)
    )


def _layout_cell(
    cell: Any, where: tuple[tuple[str, int], ...], last: int, out: Extracted, budget: Budget
) -> int:
    """A cell holding tables, read in order as a document's body is: its paragraphs' words where
    the cell is, each table inside it as a table of its own, numbered after the last one read.
    python-docx's cell text leaves the inner tables out, and with them a whole form."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for element in cell._tc.iterchildren(P, TBL):
        if element.tag == TBL:
            last = read_table(Table(element, cell), last + 1, out, budget)
            continue
        para = Paragraph(element, cell)
        text = tracked(element, para.text).strip()
        if text:
            out.blocks += cell_blocks(para, where, text)
    return last


def _margin(rows: list[Any]) -> bool:
    """Whether a table's first column holds no words in any row, its header included, while
    the cells after it do: a margin of pictures and blanks beside the words (an easy-read
    form), never a column to write in, which is to the right of or under what it answers."""
    return (
        len(rows) > 1
        and all(len(cells) > 1 and not cells[0].text.strip() for cells in rows)
        and any(x.text.strip() for cells in rows for x in cells[1:])
    )


def _bare(cell: Any) -> bool:
    """Whether a cell holds no form field (a legacy field or a content control): a grid's
    corner is bare; a first row's first cell holding a tick box is the row's box."""
    tc = cell._tc
    return next(tc.iter(FF_DATA), None) is None and next(tc.iter(SDT), None) is None


def _headed(cells: Any) -> bool:
    """Whether a first row's other cells all hold words: column headings ("First signatory",
    "Second signatory"), the empty first cell being the grid's corner."""
    return len(cells) > 1 and all(cell.text.strip() for cell in cells[1:])
