"""The neutral structure every document format is read into: blocks with locations.

A reader (docx, pdf, html, text) turns a file into an ordered tuple of ``Block``s;
the measurer never sees the format again. A block is prose, a labelled field, or
an answer space (an empty table cell, ruled lines, a text field or textarea).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# What a block is. Prose is read for prompts and requirements; the others are
# places an applicant writes or ticks.
TEXT = "text"  # a paragraph, line, table cell with words, heading or list item
SPACE = "space"  # room for a free-text answer: empty cell, ruled lines, textarea
FIELD = "field"  # a single-value field: text box, date, number, tick box, choice
FILE = "file"  # an upload control
SIGNATURE = "signature"

# ordered, e.g. (("table", 2), ("row", 3), ("cell", 1))
Location = tuple[tuple[str, int | str], ...]


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of a document, in reading order."""

    kind: str
    text: str  # the words (for a field or space: its label, if known)
    where: Location
    max_chars: int | None = None  # a field's MaxLen / maxlength
    max_words: int | None = None  # a word count's limit (GOV.UK's data-maxwords)
    required: bool = False  # an upload the page marks required: every applicant sends it
    group: str = ""  # fields sharing a group (radio buttons, a tick-box group) count once
    heading: bool = False
    item: bool = False  # a list item the format marks (a Word "List Bullet" or numbered paragraph)
    link: bool = False  # words that are all a link's: a page to visit, never a document to send


@dataclass(slots=True)
class Extracted:
    """What a reader found: blocks, pages (when the file says) and the plain text."""

    format: str
    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None

    def text(self) -> str:
        """Every text block's words, one block a line, for reading measures."""
        return "\n".join(b.text for b in self.blocks if b.kind == TEXT)


def where_dict(where: Location) -> dict[str, int | str]:
    """A location as the JSON object the spec shows."""
    return dict(where)


def where_text(where: Location) -> str:
    """A location for people: 'table 2, row 3, cell 1'."""
    return ", ".join(f"{key} {value}" for key, value in where)


def clip(text: str, limit: int = 120) -> str:
    """Words matched, on one line and at most ``limit`` characters."""
    flat = " ".join(text.split())
    if not flat.isprintable():  # control characters (terminal escapes) are shown, never sent
        flat = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in flat)
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
