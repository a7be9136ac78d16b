"""A fillable PDF page's form fields (AcroForm widgets): each a field, an answer box, a
signature, a tick box or an upload, with its label (the tooltip, ``/TU``, else its name) and
its ``/MaxLen`` (a limit in characters), and the top and left of its box on the page.
"""

from __future__ import annotations

import re
from typing import Any

from grantcheck.documents.blocks import FIELD, FILE, SIGNATURE, SPACE, Block
from grantcheck.documents.budget import Budget

MULTILINE = 1 << 12  # /Ff bit 13: a text field of several lines (an answer box)
RADIO = 1 << 15
TALL = 36.0  # points: a text box this tall holds lines of prose (a one-line box is about 18)
# the names form tools give fields they make: Acrobat's "Text6", "Check Box3", "undefined_2",
# LibreOffice's "Text Box 1", "Field 2"
MADE_UP = re.compile(
    r"^(?:text(?: ?box)?|check ?box|undefined|field|fill|untitled)[\s_-]*\d*$", re.I
)


Widget = tuple[float, float, float, Block]  # a field: the top, left and bottom of its box


def fields(page: Any, number: int, budget: Budget) -> list[Widget]:
    """The page's form fields, each with the top, left and bottom of its box."""
    blocks: list[Widget] = []
    for annot in page.get("/Annots") or []:
        budget.tick()
        try:
            widget = annot.get_object()
        except Exception:  # a dangling reference: skip the widget, keep the page
            continue
        if widget.get("/Subtype") != "/Widget":
            continue
        try:
            left, bottom, _, top = (float(v) for v in widget.get("/Rect", [0, 0, 0, 0]))
        except (TypeError, ValueError):
            left, bottom, top = 0.0, 0.0, 0.0
        tall = abs(top - bottom) >= TALL
        blocks.append((top, left, min(bottom, top), _field_block(widget, number, tall)))
    return blocks


def _inherited(widget: Any, key: str) -> Any:
    node, depth = widget, 0
    while node is not None and depth < 20:
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
        depth += 1
    return None


def _field_block(widget: Any, page: int, tall: bool = False) -> Block:
    """A widget as a block: a box ``tall`` enough for lines of prose is an answer space
    whatever its flags say (Acrobat's automatic fields are never marked multi-line)."""
    kind = str(_inherited(widget, "/FT") or "")
    flags = int(_inherited(widget, "/Ff") or 0)
    name = str(_inherited(widget, "/T") or "")
    # a name a form tool made up ("Text6", "Check Box3", "undefined_2") says nothing: the
    # label is the page's words beside the box, read before it
    made_up = MADE_UP.match(name) is not None
    label = str(_inherited(widget, "/TU") or "") or ("" if made_up else name.replace("_", " "))
    where = (("page", page), ("element", name[:80] or "field"))
    if kind == "/Tx":
        max_len = _inherited(widget, "/MaxLen")
        chars = int(max_len) if max_len is not None else None
        long = bool(flags & MULTILINE) or (chars is not None and chars >= 200) or tall
        said = f'MaxLen {chars} on field "{name[:80]}"' if chars else ""
        return Block(SPACE if long else FIELD, label, where, max_chars=chars, limit_said=said)
    if kind == "/Sig":
        return Block(SIGNATURE, label, where)
    if kind == "/Btn":
        parent = widget.get("/Parent")
        group = name if flags & RADIO or parent is not None else ""
        tip = str(_inherited(widget, "/TU") or "")
        stem = name.rstrip("0123456789").rstrip("_- ")
        # check boxes numbered as one set ("Encl1", "Encl2", ...) or sharing one tooltip ("How
        # did you hear about us?" on each) are the options of one question: one tick-box group
        if not group and stem and stem != name:
            group = f"set {page} {stem[:80]}"
        group = group or (f"tooltip {page} {tip[:80]}" if tip else "")
        return Block(FIELD, label, where, group=group)
    if "upload" in label.lower() or "attach" in label.lower():
        return Block(FILE, label, where)
    return Block(FIELD, label, where)
