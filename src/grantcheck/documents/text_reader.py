"""Markdown and plain text: one block a line, located by line number.

A line of underscores or dots (ruled lines for handwriting) is an answer space; a
Markdown table row is split into its cells, and an empty cell is an answer space.
"""

from __future__ import annotations

from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block, Extracted
from grantcheck.documents.budget import Budget

RULED = set("_.…-=|[] \t")
BOXES = ("☐", "☑", "☒", "□", "[ ]", "[x]")


def read_text(text: str, fmt: str, budget: Budget) -> Extracted:
    """The blocks of a text or Markdown document."""
    budget.chars(len(text))
    out = Extracted(fmt)
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        where = (("line", number),)
        if set(line) <= RULED:
            if sum(ch in "_." for ch in line) >= 5 or (line.startswith("[") and line.endswith("]")):
                out.blocks.append(Block(SPACE, "", where))
            continue  # a Markdown rule or table divider
        if fmt == "md" and line.startswith("|") and line.endswith("|"):
            cells = [c.strip() for c in line[1:-1].split("|")]
            out.blocks += [Block(TEXT, c, where) if c.strip("_ .") else Block(SPACE, "", where)
                           for c in cells]
            continue
        if any(box in line for box in BOXES):  # "[ ] Yes  [ ] No": a tick-box group
            label = " ".join(line.replace("[ ]", " ").replace("[x]", " ").strip("☐☑☒□ -*").split())
            out.blocks += [Block(TEXT, label, where)] * bool(label) + [Block(FIELD, label, where,
                                                                           group=f"line {number}")]
            continue
        label = line.rstrip("_.… \t:")
        if len(line) - len(label) >= 5 and label and line.rstrip().endswith(("___", "...", "…")):
            out.blocks += [Block(TEXT, label.strip(), where), Block(FIELD, label.strip(), where)]
            continue  # "Name: ________": a one-line field
        heading = fmt == "md" and line.startswith("#")
        out.blocks.append(Block(TEXT, line.lstrip("#").strip() if heading else line, where,
                                heading=heading))
    return out
