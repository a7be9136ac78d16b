"""A table drawn on a fillable PDF page, read as the table it is: text runs on one line far
apart are cells of their columns, not one line ("Risk assessment   Residential trips and
adventurous   Yes No"), and a cell's wrapped line under it ("activities only") is that cell's,
not a line of its own. The columns are the header row's; a table is a header row and two or
more rows whose cells fall in its columns. Its cells are then located by table, row and cell,
as a Word table's are, so a "Who sends it" column speaks for its row.
"""

from __future__ import annotations

import math

GAP = 3.0  # font sizes: a gap at least this wide between two runs of text parts two cells
EM = 0.5  # an average character's width in font sizes (a text run carries no width of its own)
SLACK = 15.0  # points: a cell may start this far left of its column's heading
STEP = 1.7  # font sizes: a line this close under a table row is a wrapped line of its cells
HEIGHT = 3.0  # points: the height of one key (the page reader rounds a line's height so)

Piece = tuple[float, str, float]  # a run of text: its left, words and font size
Cell = tuple[int, str]  # a cell: its column (from 0) and words


def cells(parts: list[Piece]) -> list[tuple[float, str]]:
    """A line's runs of text grouped into cells: each cell's left and words."""
    out: list[tuple[float, str]] = []
    end = -math.inf
    for x, text, size in sorted(parts):
        if out and x < end + GAP * size:
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
        else:
            out.append((x, text))
        end = x + len(text.strip()) * EM * size
    return out


def _column(left: float, columns: list[float]) -> int:
    """The column a cell starting at ``left`` falls in, or -1 left of the first."""
    return max((k for k, c in enumerate(columns) if c - SLACK <= left), default=-1)


Rows = dict[int, tuple[int, int, list[Cell]]]
Starts = dict[int, list[float]]  # each table's columns: where each starts, left to right


def tables(
    lines: list[tuple[int, list[Piece]]], before: int = 0, controlled: frozenset[int] = frozenset()
) -> tuple[Rows, set[int], Starts]:
    """``lines`` (a key and its runs, top first) read for tables: each table row's key with
    its table (numbered on from ``before``, the tables of the pages above), row (from 1) and
    cells; the keys of wrapped lines taken into a row's cells; and each table's columns. A
    line with a control on it (``controlled``) heads no table: its words far apart are the
    control's options."""
    rows: Rows = {}
    starts: Starts = {}
    taken: set[int] = set()
    grid = [cells(parts) if len(parts) > 1 else [] for _, parts in lines]
    i, table = 0, before
    while i < len(lines):
        if len(grid[i]) < 2 or lines[i][0] in controlled:
            i += 1
            continue
        columns = [left for left, _ in grid[i]]
        found = [(lines[i][0], dict(enumerate(t for _, t in grid[i])))]
        wrapped: set[int] = set()
        j, last = i + 1, lines[i][0]
        while j < len(lines):
            key, runs = lines[j]  # (each cell's words are runs of their own: placed by column)
            at = [(_column(x, columns), text) for x, text, _ in sorted(runs)]
            if min(k for k, _ in at) < 0:
                break
            row: dict[int, str] = {}
            for k, text in at:
                row[k] = f"{row[k]} {text}" if k in row else text
            size = max(s for _, _, s in runs)
            if len(row) >= 2:
                found.append((key, row))
            elif (last - key) * HEIGHT <= STEP * size and len(found) > 1:
                cell = found[-1][1]  # a cell's wrapped line
                for k, text in row.items():
                    cell[k] = f"{cell[k]} {text}" if k in cell else text
                wrapped.add(key)
            else:
                break
            last, j = key, j + 1
        if len(found) >= 3:
            table += 1
            starts[table] = columns
            for number, (key, row) in enumerate(found, start=1):
                rows[key] = (table, number, sorted(row.items()))
            taken |= wrapped
            i = j
        else:
            i += 1
    return rows, taken, starts


def holds(columns: list[float], column: int, lefts: list[float]) -> bool:
    """Whether a control starting at one of ``lefts`` sits in a table's ``column``: the cell's
    words there are its label ("Yes  No" beside two check boxes), read with the control."""
    end = columns[column + 1] - SLACK if column + 1 < len(columns) else math.inf
    return any(columns[column] - SLACK <= left < end for left in lefts)
