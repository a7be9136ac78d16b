"""Where a block sits: the table row, column or page that tells a label from its box."""

from __future__ import annotations

from grantcheck.documents.blocks import Block, Location


def same_row(a: Block, b: Block) -> bool:
    """Whether two blocks are cells of one table row."""
    return row_of(a.where, b.where)


def row_of(a: Location, b: Location) -> bool:
    """Whether two places are cells of one table row."""
    if len(a) < 3 or len(b) < 3:
        return False  # a page and line, a paragraph, an element: not a table cell
    x, y = dict(a), dict(b)
    return "row" in x and (x.get("table"), x["row"]) == (y.get("table"), y.get("row"))


def heads_column(a: Block, b: Block) -> bool:
    """Whether ``a`` heads a later column of ``b``'s table (not its first: a label over a box
    is often one column), ``b`` a cell of a row below: the header row of a grid of values."""
    x, y = dict(a.where), dict(b.where)
    return (
        x.get("row") == 1
        and x.get("cell", 1) != 1
        and y.get("row", 1) != 1
        and "table" in x
        and x.get("table") == y.get("table")
    )


def container(where: tuple[tuple[str, int | str], ...]) -> tuple[object, ...]:
    """The page and table a block is on (a box drawn on a page ends with the page)."""
    return tuple(item for item in where if item[0] in ("page", "table"))


def row_key(where: Location) -> tuple[object, object]:
    """The table and row a block is in (None for each when not a table's cell)."""
    place = dict(where)
    return place.get("table"), place.get("row")


def column(where: tuple[tuple[str, int | str], ...]) -> tuple[object, object]:
    place = dict(where)
    return place.get("table"), place.get("cell")
