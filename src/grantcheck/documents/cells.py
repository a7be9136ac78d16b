"""Where a block sits: the table row, column or page that tells a label from its box."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from grantcheck.documents.blocks import SPACE, TEXT, Block, Location

ANSWERS = frozenset(["yes", "no", "n/a", "not sure", "don't know"])


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


def grids(blocks: list[Block]) -> set[object]:
    """Tables whose first row heads columns over empty cells, a grid of values to fill in even
    where a heading asks "?": three or more headings over any empty cell ("Source | Amount |
    Confirmed or expected?"), or two over two or more rows with no words ("When | What will
    happen", a timeline of short entries: rows to fill, where one question has one box)."""
    heads: dict[object, int] = {}
    empty: dict[object, set[object]] = {}
    worded: dict[object, set[object]] = {}  # the rows with words below a table's first row
    last: dict[object, object] = {}  # each table's last row
    for b in blocks:
        if len(b.where) < 3:
            continue  # (a page's line, a paragraph: not a table cell)
        table, row = row_key(b.where)
        if table is None or row is None:
            continue
        last[table] = row
        if row == 1 and b.kind == TEXT and b.text.strip():
            heads[table] = heads.get(table, 0) + 1
        elif row != 1 and b.kind == SPACE:
            empty.setdefault(table, set()).add(row)
        elif row != 1 and b.kind == TEXT and b.text.strip():
            worded.setdefault(table, set()).add(row)
    # (words in the last row only are the grid's foot, "Total | [box]", not rows of words)
    prose = {t for t, rows in worded.items() if rows - {last[t]}}
    return {
        t
        for t, n in heads.items()
        if t in empty and (n >= 3 or (n == 2 and len(empty[t]) >= 2 and t not in prose))
    }


def label_rows(blocks: list[Block]) -> set[tuple[object, object]]:
    """Table rows whose first cell has words and a later cell is empty: a label beside its own
    box ("Organisation | [box]"); not a box's own words ("Insert your response here")."""
    worded: set[tuple[object, object]] = set()
    rows: set[tuple[object, object]] = set()
    for b in blocks:
        if len(b.where) < 3:
            continue  # (a page's line, a paragraph: not a table cell)
        place = dict(b.where)
        key = (place.get("table"), place.get("row"))
        if key[0] is None or key[1] is None:
            continue
        if place.get("cell") == 1 and b.kind == TEXT and b.text.strip():
            worded.add(key)
        elif key in worded and b.kind == SPACE and place.get("cell") != 1:
            rows.add(key)
    return rows


HEADING_WORDS = 5  # words: a grid's column heading is no longer ("Quote enclosed? Y/N")


def inner_heads(blocks: list[Block]) -> set[tuple[object, object]]:
    """Rows of three or more short column headings over two or more rows of empty cells,
    anywhere in a table: a grid of values inside a longer table (a costs grid in a form that
    is one table from top to bottom: "Item | Supplier | Cost (£) | Quote enclosed? Y/N" over
    empty rows). A table of questions, each row over one empty answer row, is none."""
    worded: dict[tuple[object, object], int] = {}
    longest: dict[tuple[object, object], int] = {}  # the most words in a row's cell
    empty: dict[tuple[object, object], int] = {}
    for b in blocks:
        table, row = row_key(b.where) if len(b.where) >= 3 else (None, None)
        if table is None or not isinstance(row, int):
            continue
        if b.kind == TEXT and b.text.strip():
            worded[table, row] = worded.get((table, row), 0) + 1
            size = len(b.text.split(None, HEADING_WORDS))
            longest[table, row] = max(longest.get((table, row), 0), size)
        elif b.kind == SPACE:
            empty[table, row] = empty.get((table, row), 0) + 1
    return {
        (table, row)
        for (table, row), n in worded.items()
        if n >= 3
        and isinstance(row, int)
        and longest[table, row] <= HEADING_WORDS
        and all(
            empty.get((table, row + k), 0) >= 3 and (table, row + k) not in worded for k in (1, 2)
        )
    }


def headings_row(text: str) -> bool:
    """Whether a line of text is a table's column headings drawn with bars ("MONTH | TASK |
    WHO"): short names of what goes in each column, no question among them."""
    parts = [part.strip() for part in text.split("|") if part.strip()]
    return (
        len(parts) >= 2
        and "?" not in text
        and all(len(p.split()) <= 4 for p in parts)
        and not {p.lower() for p in parts} <= ANSWERS  # ("Yes | No": a choice's words)
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


def blank_notes(blocks: list[Block]) -> list[Block]:
    """A text table's empty cells, less those that are only a blank among notes: in a column
    most of whose rows under the header have words ("Who | Eligible? | Notes", two notes left
    empty), on a row with words of its own, an empty cell is a note not written, not a box.
    A column to fill in is empty in most rows ("Detail | Your answer"), and so is a budget's
    below its example row."""
    cells: list[tuple[int, tuple[object, object], tuple[object, object]]] = []
    for i, b in enumerate(blocks):
        if len(b.where) >= 3:
            place = dict(b.where)
            if "table" in place and "row" in place and "cell" in place:
                table = place["table"]
                cells.append((i, (table, place["row"]), (table, place["cell"])))
    if not cells:
        return blocks
    first: dict[object, object] = {}
    for _, (number, row), _ in cells:
        first.setdefault(number, row)  # (the header row: the table's first)
    filled: dict[tuple[object, object], int] = {}
    empty: dict[tuple[object, object], int] = {}
    worded: set[tuple[object, object]] = set()
    for i, row, column in cells:
        if row[1] == first[row[0]]:
            continue
        if blocks[i].kind == TEXT and blocks[i].text.strip():
            filled[column] = filled.get(column, 0) + 1
            worded.add(row)
        elif blocks[i].kind == SPACE:
            empty[column] = empty.get(column, 0) + 1
    drop = {
        i
        for i, row, column in cells
        if blocks[i].kind == SPACE
        and row in worded
        and row[1] != first[row[0]]
        and filled.get(column, 0) > max(1, empty.get(column, 0))
    }
    return [b for i, b in enumerate(blocks) if i not in drop] if drop else blocks


def leading_blanks(blocks: list[Block]) -> list[Block]:
    """A table's empty cells that open their row before a cell with words ("[ ] | The host's
    safeguarding policy.": a list set out in two columns, one running out before the other),
    taken out: a box follows its prompt, in its row or under it, and no prompt comes before
    this cell in its row. The prompt of the row above is not answered here. Only where words
    opened an earlier row of the table: a column of tick boxes ("[ ] | Our constitution",
    every row) is boxes to fill in, not a column run out."""
    drop: set[int] = set()
    run: list[int] | None = None  # the empty cells opening the row being read, while they do
    at: tuple[object, object] = (None, None)
    worded: set[object] = set()  # the tables a row of which (below the first) opens with words
    for i, b in enumerate(blocks):
        key = row_key(b.where) if len(b.where) >= 3 else (None, None)
        if key != at:
            run, at = [], key
        if key[1] is None or key[1] == 1 or run is None:
            continue  # (not a table's cell; a header row's blank heads a column)
        if b.kind == SPACE:
            run.append(i)
            continue
        if b.kind == TEXT and b.text.strip():
            if run and key[0] in worded:
                drop.update(run)
            elif not run:
                worded.add(key[0])
        run = None
    return [b for i, b in enumerate(blocks) if i not in drop] if drop else blocks


def _run(blocks: list[Block], end: int, at: tuple[object, object]) -> tuple[int, str]:
    """Where the run of text blocks ending at ``end`` in table row ``at`` starts, and its words,
    if they are all one cell's ("" when they are not: a row of several cells)."""
    start, cells = end, set()
    while start >= 0 and row_key(blocks[start].where) == at and blocks[start].kind == TEXT:
        cells.add(dict(blocks[start].where).get("cell"))
        start -= 1
    if len(cells) != 1 or (start >= 0 and row_key(blocks[start].where) == at):
        return start + 1, ""
    return start + 1, " ".join(b.text for b in blocks[start + 1 : end + 1])


def notes_beside_box(blocks: list[Block], limit: Callable[[str], object]) -> list[Block]:
    """A question set out as a small table: a row holding only the question, which asks ("?")
    or gives its limit, over a row of two cells, the funder's notes ("Guidance ...", "What to
    include: ...") and the empty box. The box is the question's: the notes beside it are read
    with it (a hint), never a prompt of their own taking the box. Notes that ask or give a limit
    of their own are a question's (a sub-question in its row), and stay as they are."""
    out = blocks
    for i in range(2, len(blocks)):
        if blocks[i].kind != SPACE or len(blocks[i].where) < 3:
            continue  # (the cheap test first: most blocks are not a table's empty cell)
        table, row = at = row_key(blocks[i].where)
        if not isinstance(row, int) or (i + 1 < len(blocks) and row_key(blocks[i + 1].where) == at):
            continue  # the box shares its row with more cells: a grid, not this layout
        start, notes = _run(blocks, i - 1, at)
        _, title = _run(blocks, start - 1, (table, row - 1))
        if not notes or not title or not ("?" in title or limit(title)):
            continue  # "Part 3: Your project" over "Describe it | [box]": the cell asks
        if notes.rstrip().endswith("?") or limit(notes) or blocks[start].heading:
            continue
        out = out if out is not blocks else list(blocks)
        out[start:i] = [replace(b, hint=True) for b in blocks[start:i]]
    return out


def framed(
    rows: dict[tuple[object, object], list[Block]], boxed: set[tuple[object, object]]
) -> set[tuple[object, object]]:
    """The rows of tables of one cell holding several blocks and no answer box: a box drawn
    round a part of the page (an old web page laid out in a table, a Word form's bordered
    "What to send" panel), not a table of rows and columns. Its heading, lead-in and list are
    read as the page's, not as one row whose cells qualify each other."""
    tables: dict[object, list[tuple[object, object]]] = {}
    for key in rows:
        tables.setdefault(key[0], []).append(key)
    answered = {key[0] for key in boxed}
    return {
        keys[0]
        for table, keys in tables.items()
        if len(keys) == 1
        and table not in answered
        and len(cells := rows[keys[0]]) > 1
        and len({dict(b.where).get("cell") for b in cells}) == 1
    }
