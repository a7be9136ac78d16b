"""A fillable PDF page laid out in two columns of fields, each with its own labels ("Work down
the left column of each page and then the right"): its gutter, and its text split there.

Read by height alone, a line of the left column and the line beside it in the right column are
one line, and a box is read after whatever line of either column sits above it: a question's
label runs into its neighbour's, and its limit ("(up to 150 words)") lands on the other
column's box. A page whose boxes fall in two groups, left and right of a band in the middle of
the page that no box and few words cross, is read column by column (pdf_placed.py), when the two
groups stand side by side and each has lines of words (its labels) on its side. A form of
labels on the left and boxes on the right has boxes on one side only, and is read as before;
so is such a form with a column of tick boxes at its left margin (a checklist under the boxes,
the ticks of a declaration): the boxes on the right have no words of their own.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from grantcheck.documents.blocks import TEXT
from grantcheck.documents.pdf_fields import Widget
from grantcheck.documents.pdf_tables import Piece

MIDDLE = (0.3, 0.7)  # of the page's width: where a gutter between two columns lies
EACH = 3  # boxes on each side of the gutter at least
CROSSING = 0.1  # the share of the page's pieces of text that may cross it (a title, a band)
SHARED = 0.5  # of the shorter column's height: the two stand side by side over this much
ACROSS = 0.8  # of the right-hand boxes: with words on their row left of the gutter, one column
HINT = 12  # points: words this little under a box's foot are its hint, not a label
ROW = 3  # points: the height of a line's key (pdf_placed keys the lines by round(y / 3))
GLYPH = 0.5  # a glyph's width, as a share of its font size (to tell where a piece ends)


def gutter(pieces: dict[int, list[Piece]], widgets: list[Widget], width: float) -> float | None:
    """Where a page's two columns of fields part, or None: the middle of the widest band in the
    middle of the page that no box crosses, with boxes on both sides of it and few words
    across it."""
    low, high = MIDDLE[0] * width, MIDDLE[1] * width
    widgets = [w for w in widgets if w[3].kind != TEXT]  # (a read-only box shows words: no column)
    spans = sorted((w[1], w[4]) for w in widgets if w[4] > w[1])
    best: tuple[float, float] | None = None
    reach = low
    for left, right in spans:  # the bands between boxes, left to right
        if left > reach and min(left, high) - reach > (best[1] - best[0] if best else 0):
            best = (reach, min(left, high))
        reach = max(reach, right)
        if reach >= high:
            break
    if reach < high and high - reach > (best[1] - best[0] if best else 0):
        best = (reach, high)
    if best is None:
        return None
    split = (best[0] + best[1]) / 2
    lefts = [w for w in widgets if w[4] <= split]
    rights = [w for w in widgets if w[1] >= split]
    if len(lefts) < EACH or len(rights) < EACH or not _beside(lefts, rights):
        return None
    # each column has its own labels: lines of words on its side, not hints printed under its
    # boxes (a form's boxes on the right of labels on the left, a checklist's ticks at the left
    # margin, a hint under each box, is one column)
    for side, boxes in ((lambda x: x < split, lefts), (lambda x: x >= split, rights)):
        feet = _by_foot(boxes)
        labels = sum(
            any(side(p[0]) and not _under(p[0], row, feet) for p in parts)
            for row, parts in pieces.items()
        )
        if labels < EACH:
            return None
    if _labelled_across(pieces, rights, split) >= ACROSS * len(rights):
        return None  # the right-hand boxes are the boxes of the labels on their rows, left
    runs = [piece for parts in pieces.values() for piece in parts]
    across = sum(x < split < x + len(text) * size * GLYPH for x, text, size in runs)
    return split if runs and across <= CROSSING * len(runs) else None


def _beside(lefts: list[Widget], rights: list[Widget]) -> bool:
    """Whether two groups of boxes stand side by side: the heights they span (from the top of
    the highest box to the foot of the lowest) share half the shorter span or more (a checklist
    under a column of boxes stands beside nothing)."""
    spans = [(max(w[0] for w in side), min(w[2] for w in side)) for side in (lefts, rights)]
    shared = min(spans[0][0], spans[1][0]) - max(spans[0][1], spans[1][1])
    return shared >= SHARED * min(top - foot for top, foot in spans)


def _by_foot(boxes: list[Widget]) -> dict[int, list[Widget]]:
    """Boxes by the line key of their foot (so that a line looks only at the boxes just above
    it: words times boxes was quadratic on a page of thousands of each)."""
    feet: dict[int, list[Widget]] = {}
    for b in boxes:
        feet.setdefault(round(b[2] / ROW), []).append(b)
    return feet


def _under(x: float, row: int, feet: dict[int, list[Widget]]) -> bool:
    """Whether words at ``x`` on the line keyed ``row`` are printed just under a box, within
    its width: a hint on what to write in it ("As it appears on your bank account")."""
    y = row * ROW
    return any(
        b[1] - 2 <= x <= b[4] and 0 < b[2] - y <= HINT
        for key in range(row, row + HINT // ROW + 2)
        for b in feet.get(key, ())
    )


def _labelled_across(pieces: dict[int, list[Piece]], boxes: list[Widget], split: float) -> int:
    """How many of the right-hand boxes have words left of the gutter on their own row (a label
    beside its box across the middle: one column of labels and boxes); a second column's boxes
    stand beside the first column's boxes or blank space, their labels over them."""
    left = sorted(row * ROW for row, parts in pieces.items() if any(p[0] < split for p in parts))
    return sum(bisect_right(left, b[0]) > bisect_left(left, b[2] - ROW) for b in boxes)


def halves(
    pieces: dict[int, list[Piece]], split: float
) -> tuple[dict[int, list[Piece]], dict[int, list[Piece]]]:
    """A page's pieces of text left of the gutter and right of it, by line."""
    left: dict[int, list[Piece]] = {}
    right: dict[int, list[Piece]] = {}
    for row, parts in pieces.items():
        for piece in parts:
            (left if piece[0] < split else right).setdefault(row, []).append(piece)
    return left, right
