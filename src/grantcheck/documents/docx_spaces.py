"""Answer spaces Word draws or types outside a table: a tab to a leader, typed underscores, a
paragraph's border, a rectangle drawn on the page, and blank paragraphs left under a numbered
question."""

from __future__ import annotations

from typing import Any

from grantcheck.documents.blocks import TEXT, Block
from grantcheck.documents.docx_controls import TAB
from grantcheck.documents.text_lines import RULED

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TABS, LEADER = f"{_W}tabs", f"{_W}leader"  # a paragraph's tab stops, and a stop's leader
PBDR = f"{_W}pBdr"  # a paragraph's border (a box drawn round empty paragraphs: an answer space)
# a shape drawn on the page (DrawingML, or VML as older Word and its fallback write it), its
# preset geometry, a text box's content, and a picture
_WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
SHAPE = f"{_WPS}wsp"
TEXT_BOX = f"{_W}txbxContent"  # a text box drawn on the page (VML or DrawingML)
GEOMETRY = "{http://schemas.openxmlformats.org/drawingml/2006/main}prstGeom"
VML_BOXES = ("{urn:schemas-microsoft-com:vml}rect", "{urn:schemas-microsoft-com:vml}roundrect")
PICTURE = "{http://schemas.openxmlformats.org/drawingml/2006/picture}pic"
RECTANGLES = frozenset({"rect", "roundRect", "flowChartProcess", "flowChartAlternateProcess"})


def drawn_box(element: Any) -> bool:
    """Whether an empty paragraph holds a rectangle drawn on the page with nothing written in it
    (no text box, no picture): a box drawn under a question to write in."""
    if next(element.iter(TEXT_BOX, PICTURE), None) is not None:
        return False
    shape = next(element.iter(SHAPE), None)
    if shape is not None:
        geometry = next(shape.iter(GEOMETRY), None)
        return geometry is not None and geometry.get("prst") in RECTANGLES
    return next(element.iter(*VML_BOXES), None) is not None


def ruled(element: Any) -> bool:
    """Whether an empty paragraph is a ruled line to write on: a tab drawn to a tab stop with
    a leader (underscores or dots), as a Word form draws its answer lines."""
    ppr = element.pPr
    tabs = ppr.find(TABS) if ppr is not None else None
    return (
        tabs is not None
        and any(tab.get(LEADER) not in (None, "none") for tab in tabs)
        and next(element.iter(TAB), None) is not None
    )


def asks(blocks: list[Block]) -> bool:
    """Whether the last block is a numbered question ("3. Who will benefit?") with no answer
    space yet: two or more empty paragraphs under it are the room left to write in (one is
    only spacing)."""
    last = blocks[-1] if blocks else None
    return (
        last is not None
        and last.kind == TEXT
        and not last.heading
        and last.text.rstrip().endswith("?")
        and (last.item or last.text[:1].isdigit())
    )


def typed_rule(text: str) -> bool:
    """Whether a paragraph's words are only a line typed to write on ("________", "........")."""
    return bool(text) and set(text) <= RULED and sum(ch in "_." for ch in text) >= 5


def bordered(element: Any) -> bool:
    """Whether a paragraph has a border of its own (Word draws one box round a run of them)."""
    ppr = element.pPr
    return ppr is not None and ppr.find(PBDR) is not None
