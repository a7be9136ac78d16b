"""Tables in plain text and Markdown: pipe and grid tables (``| … |`` rows, ``+----+`` borders)
and fixed-width tables (a header line, a rule of dashes under each column, then rows).

A cell is located by line, then table, row and cell, as in a Word form; an empty cell of a
Markdown table is an answer space.
"""

from __future__ import annotations

import re

from grantcheck.documents.blocks import SPACE, TEXT, Block

# a fixed-width table's rule under its header: two or more runs of dashes, two spaces apart
FIXED_RULE = re.compile(r"^\s*[-=]{3,}(?:\s{2,}[-=]{3,})+\s*$")
GRID = set("+-=: ")


def grid_border(line: str) -> bool:
    """A grid table's border: +-----+-----+ (or +=====+ under the header row)."""
    return (
        len(line) > 2
        and line[0] == line[-1] == "+"
        and set(line) <= GRID
        and ("-" in line or "=" in line)
    )


class Tables:
    """Markdown tables being read: which table and row a ``| … |`` line belongs to."""

    def __init__(self) -> None:
        self.table = self.row = 0
        self.last = -1  # the line number of the table's last line (a row, divider or border)
        self.grid = False  # a grid table: its rows run from border to border
        self.open: dict[int, int] = {}  # a grid row being read: cell -> index of its block

    def border(self, number: int) -> None:
        """A grid table's border: a table begins, or its next row does."""
        if number != self.last + 1:
            self.table, self.row = self.table + 1, 0
        self.last, self.grid, self.open = number, True, {}

    def row_line(self, line: str, number: int, blocks: list[Block]) -> None:
        """A ``| … |`` line: a new row's cells, or more words for a grid row's cells."""
        where = (("line", number),)
        if number != self.last + 1:
            self.table, self.row, self.grid, self.open = self.table + 1, 0, False, {}
        cells = [c.strip() for c in line[1:-1].split("|")]
        self.last = number
        if self.open:  # a grid row's next line: its words join the cells above
            for c, cell in enumerate(cells, start=1):
                index = self.open.get(c)
                if index is not None and cell.strip("_ ."):
                    above = blocks[index]
                    words = f"{above.text} {cell}".strip()
                    blocks[index] = Block(TEXT, words, above.where)
            return
        self.row += 1
        for c, cell in enumerate(cells, start=1):
            at = (*where, ("table", self.table), ("row", self.row), ("cell", c))
            if self.grid:
                self.open[c] = len(blocks)
            blocks.append(Block(TEXT, cell, at) if cell.strip("_ .") else Block(SPACE, "", at))


class Fixed:
    """A fixed-width table in plain text: a header line, a rule of dashes under each column,
    then rows until a blank line; a line that leaves a column empty continues the row above
    (its cells' words wrapped)."""

    def __init__(self, rule: str, table: int) -> None:
        self.starts = [m.start() for m in re.finditer(r"[-=]+", rule)]
        self.table, self.row = table, 0
        self.rows: list[list[int]] = []  # each row's block index per column (-1: none yet)

    def cells(self, raw: str) -> list[str]:
        """A line cut at the columns (a word running past a column's start stays whole)."""
        out, at = [], 0
        for i, start in enumerate(self.starts):
            end = self.starts[i + 1] if i + 1 < len(self.starts) else len(raw)
            while 0 < end < len(raw) and not raw[end - 1].isspace() and not raw[end].isspace():
                end += 1
            out.append(raw[max(at, start if i else 0) : end].strip())
            at = end
        return out

    def fits(self, raw: str) -> bool:
        """Whether a line is laid out in the table's columns (not prose under it)."""
        indent = len(raw) - len(raw.lstrip())
        return indent >= self.starts[0] - 1 and (
            indent >= self.starts[1] - 1 or sum(map(bool, self.cells(raw))) >= 1
        )

    def line(self, raw: str, number: int, blocks: list[Block]) -> None:
        cells = self.cells(raw)
        filled = [c for c in cells if c]
        wrapped = self.rows and len(filled) < len(cells)  # a cell's words wrapped to this line
        if wrapped:
            for c, words in enumerate(cells):
                index = self.rows[-1][c]
                if words and index >= 0:
                    above = blocks[index]
                    blocks[index] = Block(TEXT, f"{above.text} {words}", above.where)
                elif words:
                    self.rows[-1][c] = self._add(words, number, c, blocks)
            return
        self.row += 1
        self.rows.append(
            [self._add(w, number, c, blocks) if w else -1 for c, w in enumerate(cells)]
        )

    def _add(self, words: str, number: int, c: int, blocks: list[Block]) -> int:
        at = (("line", number), ("table", self.table), ("row", self.row), ("cell", c + 1))
        # a cell that is only a rule ("--------", "________") under the header's rule: a line
        # to write on, the cell empty (a blank grid's rows drawn in dashes)
        ruled = self.row > 1 and not words.strip("-_=.")
        blocks.append(Block(SPACE, "", at) if ruled else Block(TEXT, words, at))
        return len(blocks) - 1


def header(
    rule: str, header: str, number: int, tables: Tables, blocks: list[Block]
) -> Fixed | None:
    """A fixed-width table whose rule is ``rule`` and header line ``header`` (already read as a
    text block, which its cells replace); None when the header does not fit the columns."""
    tables.table += 1
    table = Fixed(rule, tables.table)
    cells = table.cells(header)
    last = blocks[-1]
    if (
        sum(map(bool, cells)) < 2
        or last.where != (("line", number),)
        or last.text != header.strip()
    ):
        tables.table -= 1
        return None
    blocks.pop()
    table.line(header, number, blocks)
    return table
