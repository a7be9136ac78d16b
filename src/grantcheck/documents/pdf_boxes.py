"""Answer boxes drawn on a text PDF page: a Word or web form printed to PDF keeps its table's
borders as drawing (thin filled rectangles, stroked rectangles, lines) and leaves an empty
answer cell as no text at all, so its question reads as a line with nothing to write in.

Only a page whose content stream draws (a rectangle or a line: a byte search, in C) is read
this way, and then in the one pass that extracts its text (pypdf's visitors see each operator
as the text is extracted, so the stream is parsed once). A box is a region ruled above and
below, with edges at both sides, at least ``TALL`` high and holding no words: room to write.
Each is placed after the words beside it on its left (a question in the table's first column),
else after the page's line just above it (by the line's number in the page's text). Lines drawn
to write on with no box round them are read in the same pass (pdf_drawn_lines.py).
"""

from __future__ import annotations

import re
from contextlib import suppress
from itertools import pairwise
from typing import Any

from grantcheck.documents.pdf_beside import Moves, placed, worth_placing
from grantcheck.documents.pdf_drawn_lines import (
    TALL,
    THIN,
    WIDE,
    empty,
    labelled,
    writing_lines,
)

CORNER = 12.0  # points: a curve this small at most is a rounded box's corner
MOST = 800  # rules: a page drawing more is a picture, not a form (and the search is bounded)
DRAWS = (b" re", b" l\n", b" l ", b" re\n")
# the operators themselves, as pypdf reads them: "re" or "l" after white space, a delimiter or a
# number, and before white space, a delimiter or the end. DRAWS alone is fooled by the words of
# the text ("(Please read these notes)"): nearly every page, whose extraction then handed each
# operator to a visitor for nothing (about 60M instructions on bench/documents.py's 100 pages)
_ENDS = rb"[\s\x00()<>\[\]{}/%]"
_JOINS = rb"[^\s\x00()<>\[\]{}/%0-9.+\-]"  # a character that makes "re" part of a longer word
OPERATORS = tuple(
    re.compile(rb"%s(?=%s|\Z)(?<!%s%s)" % (op, _ENDS, _JOINS, op)) for op in (b"re", b"l")
)

Rule = tuple[float, float, float]  # a horizontal rule's y, left, right; a vertical's x, low, high


def read_page(
    page: Any, faces: dict[int, Any] | None = None
) -> tuple[str, dict[int, int], dict[int, list[str]], Moves]:
    """A text page's text; the lines (numbered from 0) with an empty box drawn under or beside
    them, each with the first line of its words; the lines with a label's answer rule drawn
    after pieces of their words (pdf_drawn_lines.py), each with those pieces; and the lines
    holding only a blank typed on its label's line (pdf_beside.py), each with that line. Boxes,
    rules and blanks are read in the same pass, and only on a page that draws or has a line
    holding only a blank (read again then, its words placed). The text is pdf_text.py's,
    which is pypdf's ``extract_text`` read faster, or pypdf's own where pdf_text.py declines;
    ``faces`` keeps the document's fonts."""
    from grantcheck.documents.pdf_text import page_text as lean

    faces = {} if faces is None else faces
    if not draws(page):
        text = lean(page, faces)
        text = (page.extract_text() if text is None else text) or ""
        if not worth_placing(text):
            return text, {}, {}, {}
    drawing = Drawing()
    text = lean(page, faces, drawing.before, drawing.text)
    if text is None:  # (the visitors may have seen part of the page: pypdf's get fresh ones)
        drawing = Drawing()
        text = page.extract_text(visitor_operand_before=drawing.before, visitor_text=drawing.text)
    text = text or ""
    moves = placed(text.splitlines(), drawing.words) if worth_placing(text) else {}  # (blanks)
    drawn = len(drawing.flat) + len(drawing.upright)
    blanks = (
        labelled(drawing.flat, drawing.upright, drawing.words, drawing.pieces)
        if text and drawn <= MOST  # (more is a picture, as boxes() reads it: no form's lines)
        else {}
    )
    return text, drawing.boxes(), blanks, moves


def draws(page: Any) -> bool:
    """Whether the page's content stream draws rectangles or lines (cheap: a byte search)."""
    try:
        contents = page.get_contents()
        data = contents.get_data() if contents is not None else b""
    except Exception:  # (a damaged stream: the text extraction says so, not this)
        return False
    return any(op in data for op in DRAWS) and any(p.search(data) for p in OPERATORS)


class Drawing:
    """What a page's extraction saw: its words' places and its rules, gathered by the visitors
    ``before`` and ``text`` handed to pypdf's ``extract_text``."""

    def __init__(self) -> None:
        self.flat: list[Rule] = []
        self.upright: list[Rule] = []
        self.words: list[tuple[float, float, int]] = []  # x, y, the page text's line number
        self.pieces: list[str] = []  # each word's piece of text, as extracted
        self.line = 0  # the line of the page's text being written
        self.rect: tuple[float, float, float, float] | None = None  # the last, until painted
        self.start: tuple[float, float] | None = None  # a path's current point
        # the corners of a path drawn as rules and rounded corners (a web form's box printed
        # to PDF), None once it draws anything else; with a corner, its bounds are a box
        self.turns: list[tuple[float, float]] | None = None
        self.rounded = False

    def text(self, text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            # the middle of the letters, a third of their size over the baseline (a baseline
            # sits on or just under a cell's bottom rule)
            with suppress(TypeError, ValueError):
                y += abs(float(size) * tm[3] * cm[3]) / 3
            self.words.append((x, y, self.line))
            self.pieces.append(text)
        self.line += text.count("\n")

    def before(self, op: bytes, args: Any, cm: Any, tm: Any) -> None:
        try:
            self._operator(op, args, cm)
        except (TypeError, ValueError):  # (an operand that is not a number: not drawn)
            self.rect = self.start = None

    def _operator(self, op: bytes, args: Any, cm: Any) -> None:
        if op == b"re" and len(args) == 4:
            self._painted()
            x, y, w, h = (float(a) for a in args)
            self.rect = (*_at(cm, x, y), *_at(cm, x + w, y + h))
        elif op in (b"W", b"W*"):
            self.rect = self.turns = None  # a clipping path, not drawn
        elif op == b"m" and len(args) == 2:
            self._painted()
            self.start = _at(cm, float(args[0]), float(args[1]))
            self.turns, self.rounded = [self.start], False
        elif op == b"l" and len(args) == 2 and self.start is not None:
            end = _at(cm, float(args[0]), float(args[1]))
            self._segment(self.start, end)
            self._turn(end, min(abs(end[0] - self.start[0]), abs(end[1] - self.start[1])) > THIN)
            self.start = end
        elif op == b"c" and len(args) == 6 and self.start is not None:
            end = _at(cm, float(args[4]), float(args[5]))
            dx, dy = abs(end[0] - self.start[0]), abs(end[1] - self.start[1])
            self._turn(end, max(dx, dy) > CORNER)  # (a rounded corner draws no rule)
            self.rounded = True
            self.start = end
        elif op in (b"f", b"F", b"f*", b"S", b"s", b"B", b"B*", b"b", b"b*"):
            self._painted()

    def _turn(self, end: tuple[float, float], askew: bool) -> None:
        """The path's pen turns at ``end``; a path with a stroke ``askew`` (a slanting line or
        a large curve: a drawing, not a box) is no rounded box."""
        if self.turns is not None and not askew and len(self.turns) < 16:
            self.turns.append(end)
        else:
            self.turns = None

    def _painted(self) -> None:
        if self.turns is not None and self.rounded and len(self.turns) >= 5:
            # a box with rounded corners: its rules stop short of its corners and its sides
            # run between them, so it is read as the rectangle that bounds it
            xs, ys = [x for x, _ in self.turns], [y for _, y in self.turns]
            self.rect = (min(xs), min(ys), max(xs), max(ys))
        self.turns, self.rounded = None, False
        if self.rect is None or len(self.flat) + len(self.upright) > MOST:
            self.rect = None
            return
        x1, y1, x2, y2 = self.rect
        self.rect = None
        left, right, low, high = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
        if high - low <= THIN or right - left <= THIN:
            self._segment((left, (low + high) / 2), (right, (low + high) / 2))
            self._segment(((left + right) / 2, low), ((left + right) / 2, high))
            return
        self.flat += [(high, left, right), (low, left, right)]
        self.upright += [(left, low, high), (right, low, high)]

    def _segment(self, a: tuple[float, float], b: tuple[float, float]) -> None:
        (x1, y1), (x2, y2) = a, b
        if len(self.flat) + len(self.upright) > MOST:
            return
        if abs(y1 - y2) <= THIN and abs(x1 - x2) > THIN:
            self.flat.append(((y1 + y2) / 2, min(x1, x2), max(x1, x2)))
        elif abs(x1 - x2) <= THIN and abs(y1 - y2) > THIN:
            self.upright.append(((x1 + x2) / 2, min(y1, y2), max(y1, y2)))

    def boxes(self) -> dict[int, int]:
        """The page text's line numbers (from 0) after which an empty box is drawn, each with
        the first line of the words it answers (the same line, unless they wrap in a cell)."""
        if len(self.flat) + len(self.upright) > MOST or not self.words:
            return {}
        after: dict[int, int] = {}
        flat = sorted(set(self.flat), reverse=True)
        for n, (top, left, right) in enumerate(flat):
            closing = None  # the next rule under this one closes its cell (one of its rules)
            for low, left2, right2 in flat[n + 1 :]:
                a, b = max(left, left2), min(right, right2)
                if b - a < WIDE or top - low <= THIN:
                    continue  # (not under it, or the same rule drawn twice)
                if closing is not None and closing - low > THIN:
                    break
                closing = low
                cells = self._cells(a, b, top, low) if top - low >= TALL else []
                after.update(self._label(x, low, top, x2) for x, x2, _ in cells)
                if cells:
                    break
            if closing is None:  # a box running on over the page's foot: its sides end there
                cells = self._cells(left, right, top, None)
                after.update(self._label(x, low, top, x2) for x, x2, low in cells)
        after.update(writing_lines(self.flat, self.upright, self.words, self._label))
        after.pop(-1, None)
        return after

    def _cells(
        self, left: float, right: float, top: float, low: float | None
    ) -> list[tuple[float, float, float]]:
        """The empty cells between ``left`` and ``right`` under the rule ``top``, closed by the
        rule ``low`` (or, with None, running on to where their sides end), as left, right and
        low: each between two sides that span it, wide and tall enough, holding no words."""
        sides: dict[float, float] = {}  # each side's x, and how far down it runs
        for x, lo, hi in self.upright:
            if left - THIN <= x <= right + THIN and hi >= top - THIN:
                if low is None and hi <= top + THIN:
                    sides[x] = min(sides.get(x, top), lo)
                elif low is not None and lo <= low + THIN:
                    sides[x] = low
        xs = sorted(sides)
        out = []
        for x1, x2 in pairwise(xs):
            foot = max(sides[x1], sides[x2])
            if x2 - x1 >= WIDE and top - foot >= TALL and self._empty(x1, x2, foot, top):
                out.append((x1, x2, foot))
        return out

    def _empty(self, left: float, right: float, low: float, top: float) -> bool:
        return empty(self.words, left, right, low, top)

    def _label(self, left: float, low: float, top: float, right: float) -> tuple[int, int]:
        """The lines a box answers, last and first: its row's words to its left (a "Question |
        Your answer" table's question, wrapped in its narrow cell), else the line above it."""
        beside = [line for x, y, line in self.words if x < left and low < y < top]
        if beside:
            return max(beside), min(beside)
        above = self._above(top, left, right)
        return above, above

    def _above(self, top: float, left: float, right: float) -> int:
        """The page text's line just above ``top`` (-1 if none is), left of the box's right
        edge: of words on that one line written as pieces of text ("B7", then the question
        beside it in the margin's next column), the last piece, so the box follows the whole
        line and not its margin's number. On a page in two columns, a box in the right one
        answers the line over it, not the left column's last line, which may sit lower: words
        starting over the box (or just left of it) are taken first."""
        above = [(y, line) for x, y, line in self.words if y > top and left - WIDE <= x < right]
        above = above or [(y, line) for x, y, line in self.words if y > top and x < right]
        if not above:
            return -1
        nearest = min(y for y, _ in above)
        return max(line for y, line in above if y - nearest <= THIN)


def _at(cm: Any, x: float, y: float) -> tuple[float, float]:
    return x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5]
