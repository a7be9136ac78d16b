"""A fillable PDF page's form fields (AcroForm widgets): each a field, an answer box, a
signature, a tick box or an upload, with its label (the tooltip, ``/TU``, else its name) and
its ``/MaxLen`` (a limit in characters), and the top and left of its box on the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from grantcheck.documents.blocks import FIELD, FILE, SIGNATURE, SPACE, TEXT, Block
from grantcheck.documents.budget import Budget
from grantcheck.documents.placeholders import DATE_PARTS

READ_ONLY = 1  # /Ff bit 1: a field the applicant cannot change
MULTILINE = 1 << 12  # /Ff bit 13: a text field of several lines (an answer box)
RADIO = 1 << 15
PUSH = 1 << 16  # /Ff bit 17: a push button ("Print form", "Clear form") acts; it asks nothing
SHOWN_MOST = 4000  # characters of a read-only box's words read (a page's worth)
SHOWN = 60  # characters: an answer box's pre-filled words this short are its hint, not an answer
LINES = 3  # one-line boxes stacked this many deep, each under the last, are lines to write on
TALL = 36.0  # points: a text box this tall holds lines of prose (a one-line box is about 18)
# the names form tools give fields they make: Acrobat's "Text6", "Check Box3", "undefined_2",
# LibreOffice's "Text Box 1", "Field 2"
MADE_UP = re.compile(
    r"^(?:text(?: ?box)?|check ?box|undefined|field|fill|untitled)[\s_-]*\d*$", re.I
)


Widget = tuple[float, float, float, Block, float]  # a field: its box's top, left, bottom, right
DIGITS = re.compile(r"\d+")
# what a run of stacked lines' tooltips add to their shared label: "(line 3 of 8)", "- line 2"
LINE_NO = re.compile(r"[\s(\[,:-]*(?:line|row|part)?[\s.]*$", re.IGNORECASE)


def fields(page: Any, number: int, budget: Budget) -> list[Widget]:
    """The page's form fields, each with the top, left, bottom and right of its box."""
    blocks: list[Widget] = []
    annots = page.get("/Annots") or []
    # counted before any is parsed: pypdf builds about 4 KB for each (50,000 took 300 MB)
    budget.field_count(len(annots) if isinstance(annots, list) else 0)
    for annot in annots:
        budget.tick()
        try:
            widget = annot.get_object()
        except Exception:  # a dangling reference: skip the widget, keep the page
            continue
        if widget.get("/Subtype") != "/Widget":
            continue
        if int(_inherited(widget, "/Ff") or 0) & PUSH and _inherited(widget, "/FT") == "/Btn":
            continue  # ("Print form", "Email form", "Clear form": buttons that act)
        try:
            left, bottom, right, top = (float(v) for v in widget.get("/Rect", [0, 0, 0, 0]))
        except (TypeError, ValueError):
            left, bottom, right, top = 0.0, 0.0, 0.0, 0.0
        if int(_inherited(widget, "/Ff") or 0) & READ_ONLY and _inherited(widget, "/FT") == "/Tx":
            # a box the applicant cannot type in holds the form's own words (a column of
            # guidance shown in boxes): read as text, where it is, never as a box to fill in
            where = (("page", number), ("element", str(_inherited(widget, "/T") or "")[:80]))
            for words in _shown(widget):
                blocks.append((top, left, min(bottom, top), Block(TEXT, words, where), right))
            continue
        tall = abs(top - bottom) >= TALL
        blocks.append((top, left, min(bottom, top), _field_block(widget, number, tall), right))
    return _dates(_grids(blocks, number), number)


def stacked(widgets: list[Widget], labelled: Callable[[Widget], bool]) -> list[Widget]:
    """``widgets`` with each run of one-line text boxes stacked under one another (the same
    left and right edges, each close under the last, no label of its own beside any but the
    first, nothing else on their rows, named or described alike but for a number) as one answer
    space: a form drawn with a box on each printed line to write on ("Q2_line1" ... "Q2_line8").
    Their character limits, if each has one, add up. (A column of boxes each beside its label,
    "Name", "Position", "Date", stays.)"""
    order = sorted(range(len(widgets)), key=lambda i: -widgets[i][0])
    out: list[Widget] = []
    n = 0
    while n < len(order):
        run = [order[n]]
        while n + len(run) < len(order) and _under(widgets[run[-1]], widgets[order[n + len(run)]]):
            run.append(order[n + len(run)])
        if (
            len(run) >= LINES
            and not any(labelled(widgets[i]) for i in run[1:])
            and not any(_beside(widgets, run, i) for i in range(len(widgets)))
        ):
            out.append(_space([widgets[i] for i in run]))
            n += len(run)
        else:
            out.append(widgets[order[n]])
            n += 1
    return out


def _under(above: Widget, below: Widget) -> bool:
    _, left, bottom, block, right = above
    top2, left2, bottom2, block2, right2 = below
    return (
        block.kind == FIELD == block2.kind
        and not block.group
        and not block2.group
        and abs(left - left2) <= 2
        and abs(right - right2) <= 2
        and -1 <= bottom - top2 <= 0.6 * (top2 - bottom2)
        and (
            (_numbered(block, block2) and not _told_apart(block, block2))
            or DIGITS.sub("#", block.text) == DIGITS.sub("#", block2.text)
        )
    )


def _told_apart(block: Block, other: Block) -> bool:
    """Whether two boxes named alike but for a number ("Text1", "Text2", as a form tool names
    them) have tooltips that differ but for a number: each box its own field ("Name of club",
    "Contact name"), not a line of one answer ("Describe your project (line 2 of 8)")."""
    tips = [_tip(b) for b in (block, other)]
    return all(tips) and DIGITS.sub("#", tips[0]) != DIGITS.sub("#", tips[1])


def _tip(block: Block) -> str:
    """A box's label when it is its tooltip, not the words of its name ("" then)."""
    name = str(dict(block.where).get("element", ""))
    return "" if block.text == name.replace("_", " ") else block.text


def _numbered(block: Block, other: Block) -> bool:
    """Whether two boxes' names differ only in their numbers ("Q2_line1", "Q2_line2")."""
    name = str(dict(block.where).get("element", ""))
    name2 = str(dict(other.where).get("element", ""))
    return name != name2 and DIGITS.sub("#", name) == DIGITS.sub("#", name2)


def _beside(widgets: list[Widget], run: list[int], other: int) -> bool:
    """Whether a widget outside ``run`` sits on one of its rows (a table's rows of boxes)."""
    top, _, bottom, _, _ = widgets[other]
    middle = (top + bottom) / 2
    return other not in run and any(widgets[i][2] < middle < widgets[i][0] for i in run)


def _space(run: list[Widget]) -> Widget:
    blocks = [w[3] for w in run]
    label = blocks[0].text
    for block in blocks[1:]:
        while label and not block.text.startswith(label):
            label = label[:-1]
    label = LINE_NO.sub("", label.rstrip("0123456789")) or blocks[0].text
    limits = [b.max_chars for b in blocks]
    chars = sum(c for c in limits if c) if all(limits) else None
    name = dict(blocks[0].where).get("element", "")
    said = (
        f'MaxLen {limits[0]} on each of the {len(run)} line fields from "{name}"' if chars else ""
    )
    space = Block(SPACE, label, blocks[0].where, max_chars=chars, limit_said=said)
    return (run[0][0], run[0][1], run[-1][2], space, run[0][4])


def _grids(widgets: list[Widget], page: int) -> list[Widget]:
    """``widgets`` with a grid of one-line text boxes numbered by row ("Item1" ... "Item5"
    beside "Cost1" ... "Cost5": two numbered sets on the same rows) as one field."""
    rows: dict[str, list[int]] = {}
    for top, _, _, block, _ in widgets:
        name = str(dict(block.where).get("element", ""))
        if block.kind == FIELD and not block.group and name[-1:].isdigit():
            rows.setdefault(DIGITS.sub("#", name), []).append(round(top))
    columns: dict[tuple[int, ...], int] = {}
    for tops in rows.values():
        if len(tops) >= 2:
            key = tuple(sorted(tops))
            columns[key] = columns.get(key, 0) + 1
    if not any(count >= 2 for count in columns.values()):
        return widgets
    out: list[Widget] = []
    for top, left, bottom, block, right in widgets:
        name = str(dict(block.where).get("element", ""))
        key = tuple(sorted(rows.get(DIGITS.sub("#", name), ()))) if name[-1:].isdigit() else ()
        if block.kind == FIELD and not block.group and columns.get(key, 0) >= 2:
            block = replace(block, group=f"grid {page} {key[:4]}")
        out.append((top, left, bottom, block, right))
    return out


def _date_part(block: Block) -> tuple[str, str] | None:
    """A one-line box's label less the part of a date it holds ("Date set up (dd)" -> "Date
    set up", "dd"), by its tooltip's last word or else its name's ("start_yyyy")."""
    words = block.text.split()
    last = words[-1].strip("()[]:*").lower() if words else ""
    if last in DATE_PARTS:
        return " ".join(words[:-1]), last
    name = str(dict(block.where).get("element", ""))
    part = re.split(r"[\s_-]", name)[-1].lower()
    return (name[: -len(part)], part) if part in DATE_PARTS and part != name.lower() else None


def _dates(widgets: list[Widget], page: int) -> list[Widget]:
    """``widgets`` with a date written as boxes side by side on one row, each for a part of it
    ("dd", "mm", "yyyy"; "Day", "Month", "Year") and named alike but for the part, as one
    field (as a web page's date inputs are: the rules count a date once)."""
    out = list(widgets)
    for i in range(1, len(out)):
        top, left, bottom, block, right = out[i]
        previous = out[i - 1][3]
        if block.kind != FIELD or previous.kind != FIELD or block.group:
            continue
        if round(top) != round(out[i - 1][0]):
            continue  # (not on one row)
        part, before = _date_part(block), _date_part(previous)
        if part is None or before is None or part[0] != before[0] or part[1] == before[1]:
            continue
        group = previous.group or f"date {page} {round(top)} {part[0][:80]}"
        out[i - 1] = (*out[i - 1][:3], replace(previous, group=group), out[i - 1][4])
        out[i] = (top, left, bottom, replace(block, group=group), right)
    return out


def _shown(widget: Any) -> list[str]:
    """A read-only box's words, a paragraph at a time (none when it is empty)."""
    value = _inherited(widget, "/V")
    if not isinstance(value, str):
        return []
    return [" ".join(p.split()) for p in value[:SHOWN_MOST].split("\n\n") if p.strip()]


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
    named = bool(label) and not _inherited(widget, "/TU")
    where = (("page", page), ("element", name[:80] or "field"))
    if kind == "/Tx":
        max_len = _inherited(widget, "/MaxLen")
        chars = int(max_len) if max_len is not None else None
        long = bool(flags & MULTILINE) or (chars is not None and chars >= 200) or tall
        said = f'MaxLen {chars} on field "{name[:80]}"' if chars else ""
        shown = _inherited(widget, "/V") if long else None
        if isinstance(shown, str) and 0 < len(shown) <= SHOWN and any(map(str.isdigit, shown)):
            label = f"{label} {shown}"  # "(Max 100 words)" printed inside the empty answer box
        kind = SPACE if long else FIELD
        return Block(kind, label, where, max_chars=chars, limit_said=said, named=named)
    if kind == "/Sig":
        return Block(SIGNATURE, label, where)
    if kind == "/Btn":
        parent = widget.get("/Parent")
        group = name if flags & RADIO or parent is not None else ""
        tip = str(_inherited(widget, "/TU") or "")
        stem = DIGITS.sub("", name).rstrip("_- ")
        # check boxes numbered as one set ("Encl1", "Encl2", ... or "Doc1Yes", "Doc2Yes", ...)
        # or sharing one tooltip ("How did you hear about us?" on each) are the options of one
        # question: one tick-box group
        if not group and stem and stem != name:
            group = f"set {page} {stem[:80]}"
        group = group or (f"tooltip {page} {tip[:80]}" if tip else "")
        return Block(FIELD, label, where, group=group, named=named)
    if "upload" in label.lower() or "attach" in label.lower():
        return Block(FILE, label, where)
    return Block(FIELD, label, where)
