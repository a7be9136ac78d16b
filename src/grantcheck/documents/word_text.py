"""A Word form saved as plain text ("Save as: Plain Text"): each paragraph is one line however
long, a table row is one line with a tab between its cells (an empty cell leaves its tab: a
label and its empty box are "Name of group<TAB>"), a list number is followed by a tab ("3.<TAB>
Describe ..."), and an empty answer row under a question is an empty line.

Read line by line as prose, a label and its box are one word run, the empty boxes vanish, and a
question with no limit has nowhere to answer. Here each tabbed line is a table row, its cells
read as a Word table's are (an empty cell is an answer space), and an empty line right under a
numbered prompt is its answer row. A text is read so only when it shows the export's marks:
rows of cells on several lines and paragraphs never wrapped.
"""

from __future__ import annotations

import re

from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block
from grantcheck.documents.placeholders import box

ROWS = 4  # lines with cells: fewer, and the text is not a table form saved as text
UNWRAPPED = 120  # characters: a text wrapped at the margin has no line this long
NUMBER = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-h]\)|[A-Z]\d{1,2}[.)]?)\t")  # "3.<TAB>"
TAB_CELLS = re.compile(r"\S\t|\t\S|\t$")
UNIT = re.compile(r"^(?:£|GBP|€|\$|%)$")
TICKS = ("☐", "☑", "☒", "□", "[]", "[ ]", "[x]")


def saved_as_text(lines: list[str]) -> bool:
    """Whether ``lines`` are a Word document saved as plain text with its tables."""
    if not any(len(line) > UNWRAPPED for line in lines):
        return False
    rows = 0
    for line in lines:
        if "\t" in line and TAB_CELLS.search(_unnumbered(line)):
            rows += 1
            if rows >= ROWS:
                return True
    return False


def _unnumbered(line: str) -> str:
    """A line with its list number's tab made a space ("3.<TAB>Describe" is one cell)."""
    m = NUMBER.match(line)
    return f"{line[: m.end() - 1]} {line[m.end() :]}" if m else line


class Rows:
    """Reads a saved Word form's tabbed lines as table rows."""

    def __init__(self) -> None:
        self.table = self.row = 0
        self.last = -1  # the line number of the table's last row

    def cells(self, raw: str, number: int) -> list[str] | None:
        """A line's cells, or None when it is a paragraph (no tab between cells). A line with
        tick boxes is a row only within a table ("Document<TAB>Who<TAB>Attached?" above it):
        alone, it is read as a line of boxes is ("Registered?<TAB>☐ Yes<TAB>☐ No")."""
        line = _unnumbered(raw.rstrip("\r\n"))
        if "\t" not in line:
            return None
        if number != self.last + 1 and any(tick in line for tick in TICKS):
            return None  # (under a table's row, a row of the table: its boxes are a column)
        return [cell.strip() for cell in line.split("\t")]

    def read(self, cells: list[str], number: int, blocks: list[Block]) -> None:
        """One row: a word cell is text, an empty one an answer space (a label's box), one
        still showing its control's prompt ("Click or tap here to enter text.") that box."""
        if number != self.last + 1:
            self.table, self.row = self.table + 1, 0
        self.last, self.row = number, self.row + 1
        ticks = [sum(cell.count(t) for t in TICKS) for cell in cells]
        for c, cell in enumerate(cells, start=1):
            at = (("line", number), ("table", self.table), ("row", self.row), ("cell", c))
            if ticks[c - 1]:  # a row's options ("☐ Yes  ☐ No"), or a checklist's column of
                # boxes ("Attached?"): one group either way
                own = ticks[c - 1] > 1 or sum(map(bool, ticks)) > 1
                group = f"line {number}" if own else f"ticks {self.table} {c}"
                label = " ".join(cell.replace("[]", " ").replace("[ ]", " ").strip("☐☑☒□ ").split())
                blocks.append(Block(FIELD, label, at, group=group))
            elif UNIT.match(cell):  # "£", "%": the box's unit printed in it, a value to give
                blocks.append(Block(FIELD, "", at))
            elif cell.endswith(":") and len(cell.split()) <= 3 and cells[c : c + 1] != [""]:
                blocks.append(Block(FIELD, cell, at))  # "Start:<TAB>Finish:": typed after it
            elif cell:
                text = Block(TEXT, cell, at)
                blocks.append(box(text) or text)
            elif c > 1 or len(cells) == 1 or not any(cells):
                blocks.append(Block(SPACE, "", at))


def answer_row(lines: list[str], number: int, blocks: list[Block]) -> bool:
    """Whether the empty line ``number`` is the answer row under the numbered prompt right
    above it ("8.<TAB>Tell us anything else ..." then an empty line)."""
    above = lines[number - 2] if number >= 2 else ""
    return (
        bool(NUMBER.match(above))
        and "\t" not in _unnumbered(above).strip()
        and bool(blocks)
        and blocks[-1].kind == TEXT
    )
