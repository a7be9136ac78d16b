"""A saved page's tables as a browser lays them out: each cell's row and grid column, counting
``colspan`` and ``rowspan``, in bounded steps however a hostile page spans its cells.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_SPAN = 1000  # browsers clamp colspan at 1,000 and rowspan at 65,534: a span is bounded
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


def _span(raw: str | None) -> int:
    """A colspan or rowspan as a browser reads it: a whole number from 1, bounded."""
    number = attr_number(raw)
    return min(max(number or 1, 1), MAX_SPAN)


def attr_number(raw: str | None) -> int | None:
    raw = (raw or "").strip()
    return int(raw) if raw.isdigit() and len(raw) < 9 else None
