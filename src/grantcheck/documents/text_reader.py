"""Markdown and plain text: one block a line, located by line number.

A line of underscores or dots (ruled lines for handwriting) is an answer space; a
Markdown table row is split into its cells, and an empty cell is an answer space. A
cell is located by line, then table, row and cell, as in a Word form. Pipe tables
have a row a line; grid tables (``+----+----+`` borders) a row between borders, so a
cell written over several lines is one cell, and the borders are not words.
"""

from __future__ import annotations

import re

from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block, Extracted, Location
from grantcheck.documents.budget import Budget

RULED = set("_.…-=|[] \t")
LIST = re.compile(
    r"^(?:[-*+•▪]\s|\(?[0-9]{1,3}[.)]\s|[0-9]{1,2}\s+[A-Z]|[0-9]{1,3}(?:\.[0-9]{1,3})+\s|"
    r"(?:section|part|stage|step|adran|rhan)\s+[0-9A-Z]{1,3}\b|[A-Z][0-9]{1,2}[.):]?\s|\(?[a-hivx]{1,4}\)\s|[A-Za-z]\.\s|(?:q|question)\s*\d)",
    re.IGNORECASE,
)
BOXES = ("☐", "☑", "☒", "□", "[ ]", "[x]")
GRID = set("+-=: ")


def grid_border(line: str) -> bool:
    """A grid table's border: +-----+-----+ (or +=====+ under the header row)."""
    return (
        len(line) > 2
        and line[0] == line[-1] == "+"
        and set(line) <= GRID
        and ("-" in line or "=" in line)
    )


class _Tables:
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


def wraps(previous: str, line: str, ends: tuple[str, ...] = (":", "?")) -> bool:
    """Whether ``line`` continues ``previous`` (a paragraph or list item wrapped at the margin):
    the previous line is long and unfinished, and this one starts no list item, table or field."""
    return (
        len(previous) > 40
        and not previous.endswith(ends)
        and not previous.isupper()
        and not previous.endswith(("___", "…"))
        and not LIST.match(line)
        and not line.startswith(("#", "|", "[", ">"))
        and not set(line) <= RULED
        and not any(box in line for box in BOXES)
        and not line.rstrip().endswith(("___", "…", ":"))
    )


def line_blocks(line: str, where: Location, group: str) -> list[Block] | None:
    """A line that is not prose: ruled lines (an answer space), a tick-box group, or
    "Name: ______" (a field, labelled); None for prose. Shared by text and PDF pages."""
    if set(line) <= RULED:
        if sum(ch in "_." for ch in line) >= 5 or (line.startswith("[") and line.endswith("]")):
            return [Block(SPACE, "", where)]
        return []  # a Markdown rule or table divider
    if any(box in line for box in BOXES):  # "[ ] Yes  [ ] No": a tick-box group
        label = " ".join(line.replace("[ ]", " ").replace("[x]", " ").strip("☐☑☒□ -*").split())
        return [Block(TEXT, label, where)] * bool(label) + [Block(FIELD, label, where, group=group)]
    label = line.rstrip("_.… \t:£")
    if (
        len(line) - len(label) >= 5
        and label
        and line.rstrip().endswith(("___", "...", "…"))
        and "___" in line
    ):
        return [Block(FIELD, label.strip(" :"), where)]  # "Name: ________": a one-line field
    return None


def tick_group(blocks: list[Block], where: Location, default: str) -> str:
    """A line of tick boxes right under another is the same group ("[ ] Aim 1", "[ ] Aim 2")."""
    last = blocks[-1] if blocks else None
    line, before = dict(where).get("line"), dict(last.where).get("line") if last else None
    if (
        last is not None
        and last.kind == FIELD
        and last.group
        and isinstance(line, int)
        and before == line - 1
    ):
        return last.group
    return default


def read_text(text: str, fmt: str, budget: Budget) -> Extracted:
    """The blocks of a text or Markdown document."""
    budget.chars(len(text))
    out = Extracted(fmt)
    joinable = False  # whether the last block is prose that a wrapped line continues
    tables = _Tables()
    hang = 0  # the column a list item's words start at: a line indented that far continues it
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if fmt == "md" and any(
            c.isalpha() for c in line
        ):  # emphasis and non-breaking spaces are layout, not words
            line = line.replace("**", "").replace("__", "").replace("&nbsp;", " ").strip()
            if len(line) > 2 and line[0] == line[-1] == "_":
                line = line[1:-1].strip()
        if not line:
            joinable, hang = False, 0
            continue
        where = (("line", number),)
        if fmt == "md" and grid_border(line):
            tables.border(number)
            joinable = False
            continue
        indent = len(raw) - len(raw.lstrip())
        if hang and indent >= hang and wraps(out.blocks[-1].text, line, ends=()):
            last = out.blocks[-1]  # " * your accounts:\n   a bank statement will do": the item's
            out.blocks[-1] = Block(TEXT, f"{last.text} {line}", last.where, heading=last.heading)
            continue
        hang = 0
        if joinable and wraps(out.blocks[-1].text, line):
            last = out.blocks[-1]  # a line wrapped inside a paragraph or list item: one block
            out.blocks[-1] = Block(TEXT, f"{last.text} {line}", last.where, heading=last.heading)
            joinable = not line.endswith(":")
            continue
        joinable = False
        ruled = line_blocks(line, where, tick_group(out.blocks, where, f"line {number}"))
        if ruled is not None and not (tables.open and line.startswith("|")):
            if fmt == "md" and line.startswith("|") and number == tables.last + 1:
                tables.last = number  # the divider under a table's header row
            out.blocks += ruled
            continue
        if fmt == "md" and line.startswith("|") and line.endswith("|"):
            tables.row_line(line, number, out.blocks)
            continue
        heading = fmt == "md" and line.startswith("#")
        out.blocks.append(
            Block(TEXT, line.lstrip("#").strip() if heading else line, where, heading=heading)
        )
        joinable = (
            not heading and not line.endswith((":", "?")) and not line.isupper() and len(line) > 40
        )  # a short line is a title or a label, not a wrapped paragraph
        marker = re.match(r"[-*+•▪]\s+", line) if not heading else None
        hang = indent + marker.end() if marker and indent + marker.end() > 1 else 0
    return out
