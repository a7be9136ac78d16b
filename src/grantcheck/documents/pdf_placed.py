"""A fillable PDF form's page: its text lines and its fields, read in place.

pypdf's extraction is visited piece by piece with each piece's position, so that a field is
read after the label beside it (a label wrapped in a narrow column beside a tall box is one
label), a short bold line heads what follows, a table drawn on the page is read cell by cell,
and a sentence wrapped between two fields is one block.
"""

from __future__ import annotations

from typing import Any

from grantcheck.documents.blocks import SPACE, TEXT, Block
from grantcheck.documents.budget import Budget
from grantcheck.documents.pdf_columns import gutter, halves
from grantcheck.documents.pdf_fields import Widget, stacked
from grantcheck.documents.pdf_lines import ITEM, PROSE_END, bullets
from grantcheck.documents.pdf_tables import Piece, holds, tables
from grantcheck.documents.placeholders import box
from grantcheck.documents.text_lines import wraps

TITLE = 10  # words: a bold line this short is a heading
BESIDE = 16  # points: a control whose top is this little above a line's baseline is on its row


def form_page(
    page: Any,
    number: int,
    widgets: list[Widget],
    budget: Budget,
    tabled: list[int],
) -> list[Block]:
    """A form page's text lines and fields, ordered by their height on the page (``tabled``:
    the tables found on the pages above, counted on)."""
    pieces: dict[int, list[Piece]] = {}
    plain: set[int] = set()  # rows with words in a font that is not bold

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            pieces.setdefault(round(y / 3), []).append((x, text, abs(size * tm[0]) or size))
            if not _bold(font):
                plain.add(round(y / 3))

    page.extract_text(visitor_text=visit)
    split = gutter(pieces, widgets, _width(page))
    if split is None:
        return _placed(pieces, plain, number, widgets, budget, tabled)
    # a page of two columns of fields, each with its labels: the left column read, then the right
    left, right = halves(pieces, split)
    first = _placed(left, plain, number, [w for w in widgets if w[4] <= split], budget, tabled)
    lines = len({row for row, _ in left.items()})
    on = [w for w in widgets if w[4] > split]
    return first + _placed(right, plain, number, on, budget, tabled, lines)


def _placed(
    pieces: dict[int, list[Piece]],
    plain: set[int],
    number: int,
    widgets: list[Widget],
    budget: Budget,
    tabled: list[int],
    before: int = 0,
) -> list[Block]:
    """The blocks of a page's (or a column's) pieces of text and fields, top to bottom; its lines
    numbered on from ``before``."""
    lines = sorted(pieces.items(), key=lambda p: -p[0])
    widgets = stacked(widgets, lambda w: bool(_label(lines, w[0], w[1], w[2])))
    placed: list[tuple[float, float, int, Block]] = []
    tops = [top for top, _, _, _, _ in widgets]
    beside: set[int] = set()  # lines a control sits on: "B4 ... secured? (o) Yes (o) No"
    made: dict[int, Block] = {}  # each line's block, by its height's key
    controlled = frozenset(row for row, _ in lines if any(_on(row, top) for top in tops))
    # lines a box to tick or choose sits on: "B4 ... secured? (o) Yes (o) No", its options
    options = {r for r in controlled for t, _, _, b, _ in widgets if b.kind != SPACE and _on(r, t)}
    grid, wrapped, starts = tables(lines, tabled[0], controlled)  # a table drawn on the page
    tabled[0] = max((t for t, _, _ in grid.values()), default=tabled[0])
    for line_no, (row, parts) in enumerate(lines, start=before + 1):
        if row in wrapped:
            continue  # (a cell's wrapped line: in its cell)
        if row in grid:
            table, index, cells = grid[row]
            lefts = [x for top, x, _, _, _ in widgets if row * 3.0 + 1 < top < row * 3.0 + BESIDE]
            for column, words in cells:
                if lefts and holds(starts[table], column, lefts):
                    continue  # ("Yes  No" beside the row's check boxes: their labels)
                text = " ".join(bullets(words).split())
                budget.chars(len(text))
                at = (("page", number), ("table", table), ("row", index), ("cell", column + 1))
                placed.append((-row * 3.0, column, 0, Block(TEXT, text, at)))
            continue
        line = " ".join(bullets(" ".join(t for _, t, _ in sorted(parts))).split())
        budget.chars(len(line))
        # a short line all in bold, not a question, heads what follows ("D  What to send"),
        # unless a box to tick sits on it: then it is the box's words (a checklist's item)
        title = (
            row not in plain
            and len(line.split()) <= TITLE
            and not line.endswith("?")
            and row not in options
        )
        block = Block(TEXT, line, (("page", number), ("line", line_no)), heading=title)
        shown = box(block)
        if shown is not None:  # "Click or tap here to enter text." printed in a box: the box
            placed.append((-row * 3.0, min(x for x, _, _ in parts), 0, shown))
            continue
        if row in options:
            beside.add(id(block))
        made[row] = block
        placed.append((-row * 3.0, min(x for x, _, _ in parts), 0, block))
    labelled: set[int] = set()  # a label's later lines beside its box: one label with the first
    for top, left, bottom, block, _ in widgets:
        label = _label(lines, top, left, bottom)
        labelled.update(id(made[r]) for r in label[1:] if r in made)
        placed.append((-label[-1] * 3.0 if label else -top, left, 1, block))
    out: list[Block] = []
    item_left: float | None = None  # where the last bulleted or numbered item's line starts
    for _, left, _, block in sorted(placed, key=lambda p: (p[0], p[2], p[1])):
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == TEXT == block.kind
            and len(last.where) == 2 == len(block.where)  # (a table's cells stay apart)
            # (a bold title heads what follows, never wraps into it; a bold item may)
            and not (last.heading and ITEM.match(last.text) is None)
            # (a row with a control ends at the row, its options; but a tick box's item
            # wrapped at the margin goes on in lower case: "Your accounts. If you are new, a
            # statement of income" / "and expenditure signed by two members.")
            and (id(last) not in beside or _goes_on(last.text, block.text))
            and (
                id(block) in labelled
                or wraps(last.text, block.text, PROSE_END)
                # a line starting to the right of an item's bullet, under its words (a wrapped
                # item, or its translation): "• Copi o'ch cyfansoddiad" / "  A copy of ..."
                or (item_left is not None and left > item_left + 4 and not ITEM.match(block.text))
            )
        ):  # a sentence wrapped at the margin between two fields: one block
            out[-1] = Block(TEXT, f"{last.text} {block.text}", last.where)
            continue
        out.append(block)
        item_left = left if block.kind == TEXT and ITEM.match(block.text) else None
    return out


def _goes_on(line: str, after: str) -> bool:
    """Whether ``after`` goes on with ``line``, a line with a box on it: in lower case, from a
    long unfinished line (a tick box's item wrapped at the margin), never a question's options
    ("... staff? Yes No" then "if yes, send ...")."""
    return after[:1].islower() and wraps(line, after, PROSE_END)


def _width(page: Any) -> float:
    """A page's width in points (A4's when it cannot be read)."""
    try:
        return float(page.mediabox.width)
    except (AttributeError, TypeError, ValueError, KeyError):
        return 595.0


def _on(row: int, top: float) -> bool:
    """Whether a box whose top is ``top`` sits on the line ``row`` (its height's key)."""
    return row * 3.0 + 1 < top < row * 3.0 + BESIDE


def _label(lines: list[tuple[int, list[Piece]]], top: float, left: float, low: float) -> list[int]:
    """The lines of a box's label beside it, top first: left of the box and within its height
    (a label wrapped in a narrow column beside a tall answer box: "2b What need or problem
    will" / "your project address, and how" / "do you know?"). The box is read after them."""
    return [
        row
        for row, parts in lines
        if (_on(row, top) or low <= row * 3.0 < top) and min(x for x, _, _ in parts) < left
    ]


def _bold(font: Any) -> bool:
    """Whether a font resource is a bold face ("Helvetica-Bold", "ABCDEF+Arial,Bold")."""
    try:
        return "bold" in str(font.get("/BaseFont", "")).lower()
    except AttributeError:
        return False
