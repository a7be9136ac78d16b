"""A table on a text PDF page whose text comes out a cell a line: "Ref", "Question",
"Weighting", "Max pages", then "B1", the question's words, "10%", "2", and so on.

A word processor or a report tool draws each cell's words apart, so the page's text lists
every cell on a line of its own; read line by line, a question's limit is a bare "2" with no
unit, and its reference ("B2") runs into the question before. A reader of the printed page sees
a table: a run of short headings, then rows each opening with a question's reference. Here such
a run is given back its rows and cells (the locations a Word or web table's cells have), so
the question reader reads it as it reads those: each row's question, with the limit in the
column its heading names ("Max pages"). The cells' lines keep their page and line.
"""

from __future__ import annotations

from grantcheck.documents.blocks import TEXT, Block
from grantcheck.documents.referred_limits import REF

HEAD_WORDS = 3  # a column's heading is this short ("Max pages", "Who must send it" is not one)
HEADS = (3, 6)  # columns: a table read this way has at least three (reference, question, more)
SHORT = 3  # words: a cell after the question ("10%", "0.5", "All bidders") is this short
ABBREVIATED = 4  # characters: a heading ending in a full stop this short is abbreviated
ROW_LINES = 12  # lines: a row longer than this is no table's row


def _page(block: Block) -> object:
    return block.where[0][1] if block.where and block.where[0][0] == "page" else None


def _plain_line(block: Block) -> bool:
    """A text PDF's line as read: on a page and a line, nothing more (not a table's cell)."""
    return block.kind == TEXT and len(block.where) == 2 and block.where[1][0] == "line"


def _head(block: Block) -> bool:
    text = block.text.strip()
    return (
        _plain_line(block)
        and 0 < len(text.split()) <= HEAD_WORDS
        and not any(ch.isdigit() for ch in text)
        and text[-1:] not in "?:;,"
        and (text[-1:] != "." or len(text) <= ABBREVIATED)  # ("No.", "Ref.": no sentence)
    )


def _ref(block: Block) -> bool:
    return _plain_line(block) and REF.fullmatch(block.text.strip()) is not None


def _short(block: Block) -> bool:
    """A cell after the question: a figure, a mark or a few words, no sentence."""
    text = block.text.strip()
    return len(text.split()) <= SHORT and text[-1:] not in ".?"


def _row(blocks: list[Block], at: int, heads: int) -> tuple[list[list[Block]], int] | None:
    """The row opening at ``blocks[at]`` (a reference) in a table of ``heads`` columns: its
    cells (the question's lines together) and where the row ends; None if it is no such row.
    The next row opens at the next reference with short cells before it ("15%", "1.5": a
    figure after the question may look like a reference, "1.5", where no row can open)."""
    page = _page(blocks[at])
    tail = heads - 2  # the cells after the question
    end = at + 1
    while end < len(blocks) and end - at <= ROW_LINES and _plain_line(blocks[end]):
        if _page(blocks[end]) != page or _heads(blocks, end) >= HEADS[0]:
            break  # (the next page, or the next table's headings)
        if (
            _ref(blocks[end])
            and end >= at + 2 + tail
            and all(map(_short, blocks[end - tail : end]))
        ):
            return _cells(blocks, at, end - at - 1 - tail, tail), end  # the next row opens
        end += 1
    for asked in range(1, end - at - tail):  # the table's last row: the question's lines, as
        if all(map(_short, blocks[at + 1 + asked : at + 1 + asked + tail])):  # few as leave
            return _cells(blocks, at, asked, tail), at + 1 + asked + tail  # short cells after
    return None


def _cells(blocks: list[Block], at: int, asked: int, tail: int) -> list[list[Block]]:
    """A row's cells: its reference, the question's ``asked`` lines, the ``tail`` cells after."""
    after = blocks[at + 1 + asked : at + 1 + asked + tail]
    return [[blocks[at]], blocks[at + 1 : at + 1 + asked], *[[b] for b in after]]


def _heads(blocks: list[Block], at: int) -> int:
    """How many column headings start at ``blocks[at]``, on one page, before a row's reference
    (0 if no row follows them: short lines, but no table's headings)."""
    page = _page(blocks[at])
    count = 0
    while (
        at + count < len(blocks)
        and count < HEADS[1]
        and _head(blocks[at + count])
        and _page(blocks[at + count]) == page
    ):
        count += 1
    follows = at + count < len(blocks) and _ref(blocks[at + count])
    return count if follows else 0


def _table(blocks: list[Block], at: int) -> tuple[int, list[list[list[Block]]], int] | None:
    """The table whose headings start at ``blocks[at]``: its column count, its rows (the
    heading row first) and where it ends; None if no such table starts there."""
    page = _page(blocks[at])
    count = _heads(blocks, at)
    if count < HEADS[0]:
        return None
    rows = [[[b] for b in blocks[at : at + count]]]
    i = at + count
    while i < len(blocks) and _ref(blocks[i]) and _page(blocks[i]) == page:
        row = _row(blocks, i, count)
        if row is None:
            break
        rows.append(row[0])
        i = row[1]
    return (count, rows, i) if len(rows) > 2 else None


def cell_rows(blocks: list[Block]) -> list[Block]:
    """Blocks as read, but a table printed a cell a line (see the module's note) as a table:
    each cell one block, located by its page and first line, then by table, row and cell."""
    if not any(map(_ref, blocks)):
        return blocks  # (most pages: no line is a question's reference alone)
    tables = [int(t) for b in blocks for k, t in b.where if k == "table" and isinstance(t, int)]
    number = max(tables, default=0)
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        found = _table(blocks, i) if _head(blocks[i]) else None
        if found is None:
            out.append(blocks[i])
            i += 1
            continue
        _, rows, i = found
        number += 1
        for r, row in enumerate(rows, start=1):
            for c, cell in enumerate(row, start=1):
                text = " ".join(b.text for b in cell)
                where = (*cell[0].where, ("table", number), ("row", r), ("cell", c))
                out.append(Block(TEXT, text, where))
    return out
