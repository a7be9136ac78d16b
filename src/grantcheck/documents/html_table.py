"""A saved page's tables as a browser lays them out: each cell's row and grid column, counting
``colspan`` and ``rowspan``, in bounded steps however a hostile page spans its cells; and the
HTML parser's state for them (``Tables``: which tables lay the page out, which cells are empty).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from grantcheck.documents.blocks import SPACE, Block
from grantcheck.documents.budget import Budget

MAX_SPAN = 1000  # browsers clamp colspan at 1,000 and rowspan at 65,534: a span is bounded
CELLS = {"td", "th"}
# what only a page's layout puts in a table cell: a form's table never holds these
LAYOUT_INSIDE = {"table", "form", "h1", "h2", "h3", "h4", "h5", "h6"}
MAX_SPANS = 8  # cells spanning rows followed at once in one table (a form has one or two)


@dataclass
class Table:
    """An open ``<table>``: its number, the row and cell being read, and cells spanning down.

    A cell spanning rows is kept as (first column, last column, last row), at most
    ``MAX_SPANS`` at once, so placing a cell costs a few steps however the page spans its
    cells (a hostile page's thousand rowspans are read as if they did not span)."""

    number: int
    row: int = 0
    column: int = 0  # the last grid column used in this row
    cell: int | None = None  # the grid column of the open cell
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # sorted by first column
    opened: int = 0  # blocks read before the open cell: none since, and the cell is empty
    name: str = ""  # the open cell, as a user finds it in the file ("td 12")

    def new_row(self) -> None:
        self.row, self.column, self.cell = self.row + 1, 0, None
        if self.spans:
            self.spans = [s for s in self.spans if s[2] >= self.row]

    def new_cell(self, values: dict[str, str]) -> None:
        if not self.row:  # a cell with no <tr> before it: the first row
            self.new_row()
        column = self.column + 1
        for first, last, _ in self.spans:  # sorted: one pass skips every cell spanning down
            if first <= column <= last:
                column = last + 1
        wide = _span(values["colspan"]) if "colspan" in values else 1
        tall = _span(values["rowspan"]) if "rowspan" in values else 1
        self.cell, self.column = column, column + wide - 1
        if tall > 1 and len(self.spans) < MAX_SPANS:
            self.spans = sorted([*self.spans, (column, self.column, self.row + tall - 1)])


class Tables:
    """The parser's state for tables: the open tables, which lay the page out, and the table,
    row and cell each block was read in."""

    blocks: list[Block]
    budget: Budget
    places: list[tuple[str, str]]
    chrome_at: int | None

    def __init__(self) -> None:
        self.tables: list[Table] = []  # the open tables, innermost last
        self.numbered = 0  # tables met so far
        self.layout: set[int] = set()  # the tables that lay the page out
        self.spacers: set[int] = set()  # one-cell tables inside others: their empty cell is no box
        self.cells: dict[int, tuple[int, int, int]] = {}  # block index -> table, row, cell
        self.cells_seen = 0
        self.empty: list[int] = []  # empty table cells: answer spaces, on a page with no controls

    def _in_cell(self) -> None:
        """Note that the block about to be added is in the innermost open table cell, if any."""
        cell = self.tables[-1].cell if self.tables else None
        if cell is not None:
            top = self.tables[-1]
            self.cells[len(self.blocks)] = (top.number, top.row, cell)

    def _table_tag(self, tag: str, values: dict[str, str]) -> None:
        """Follow tables, rows and cells; mark a table holding what a form's table never does."""
        if tag in LAYOUT_INSIDE and self.tables:
            self.layout.add(self.tables[-1].number)
        if tag == "table":
            self.numbered += 1
            self.tables.append(Table(self.numbered))
            if values.get("role", "").lower() in ("presentation", "none"):
                self.layout.add(self.numbered)
        elif tag == "tr" and self.tables:
            self.tables[-1].new_row()
        elif tag in CELLS and self.tables:
            self.tables[-1].new_cell(values)
            self.tables[-1].opened = len(self.blocks)
            self.tables[-1].name = self.places[-1][1] if self.places else tag
            self.cells_seen += 1
            if not self.cells_seen % 256:  # a page of empty cells has no text to charge: time it
                self.budget.tick()

    def _end_table(self, tag: str) -> None:
        """Close a table or a cell as an element ends: a one-cell table inside another is a
        spacer; an empty cell, outside the site's chrome, is an answer space."""
        if tag == "table" and self.tables:
            done = self.tables.pop()
            if self.tables and done.row <= 1 and done.column <= 1:
                self.spacers.add(done.number)  # one cell inside another table: a spacer, a
                # divider or a button's box (an e-mail is laid out so), never an answer box
        elif tag in CELLS and self.tables:
            if (
                self.tables[-1].opened == len(self.blocks)
                and self.chrome_at is None
                and tag != "th"  # (an empty heading cell is a table's corner: nothing to fill)
            ):
                self.empty.append(len(self.blocks))  # an empty cell: an answer space, on paper
                self._in_cell()
                self.blocks.append(Block(SPACE, "", (("element", self.tables[-1].name),)))
            self.tables[-1].cell = None


def _span(raw: str | None) -> int:
    """A colspan or rowspan as a browser reads it: a whole number from 1, bounded."""
    number = attr_number(raw)
    return min(max(number or 1, 1), MAX_SPAN)


def attr_number(raw: str | None) -> int | None:
    raw = (raw or "").strip()
    return int(raw) if raw.isdigit() and len(raw) < 9 else None
