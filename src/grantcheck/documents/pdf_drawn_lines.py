"""Lines drawn on a text PDF page to write on, with no box round them. Text extraction sees only
the words (the lines are drawing), so a prompt over them read as one with nowhere to answer.

- Writing lines: two or more rules of one length stacked a handwritten line apart under a
  prompt ("Please give details" over three lines), room for prose, as a box is (pdf_boxes).
- A label's answer rule: "Name of group" with a rule drawn after it on its baseline, or on the
  line under it ("Signed"), to write the value on. Typed, the same form says "Name of group
  ____", a field: the line is split into its labels as the typed one would be, each marked
  ruled (Block.ruled), and the questions' reader takes a ruled label for a field's unless it
  names a document ("Your latest accounts" with a rule to write the date sent is one to send).

Both read a page's rules against its words, each rule against every word: a page drawing more
than pdf_boxes' MOST rules is a picture, and neither is looked for on it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from grantcheck.documents.phrases import has_stem

# (pdf_boxes reads boxes with the same measures)
TALL = 36.0  # points: an empty box this high holds lines of prose (a one-line cell is about 18)
THIN = 2.5  # points: a rectangle this thin is a rule
WIDE = 60.0  # points: a box narrower than this is a tick box or a margin's mark
SPACING = (12.0, 40.0)  # points: writing lines are stacked this far apart
BAND = 10.0  # points: a label's middle (a third of its size over its baseline) over its rule
SHORTEST = 36.0  # points (half an inch): a shorter rule is a mark, not room to write a value
BLANK = " ____"
UNDER = 40.0  # points: a label's middle over its own line to write on, at most (pdf_boxes' SPACING)
LABEL_WORDS = 10  # a label's words at most ("Address or grid reference of the orchard site")

Rule = tuple[float, float, float]  # a horizontal rule's y, left, right; an upright's x, low, high
Word = tuple[float, float, int]  # a piece of text's x, middle y and line of the page's text


def writing_lines(
    flat: Sequence[Rule],
    upright: Sequence[Rule],
    words: Sequence[Word],
    label: Callable[[float, float, float, float], tuple[int, int]],
) -> dict[int, int]:
    """The page text's lines with writing lines under them, as pdf_boxes' boxes (each with the
    first line of its words: ``label`` places a box). A grid's rows have sides (a table, read
    by pdf_boxes' cells), and a rule under each of a list of labels has words between or
    beside it: neither is one."""
    stacks: dict[tuple[float, float], list[float]] = {}
    for y, left, right in set(flat):
        if right - left >= WIDE:
            key = next((k for k in stacks if _same(k, (left, right))), (left, right))
            stacks.setdefault(key, []).append(y)
    after: dict[int, int] = {}
    for (left, right), ys in stacks.items():
        ys.sort(reverse=True)
        run = [ys[0]]
        for lower in [*ys[1:], None]:
            if lower is not None and _next_line(words, left, right, run[-1], lower):
                run.append(lower)
                continue
            if _room(upright, words, left, right, run):
                after.update([label(left, run[-1], run[0], right)])
            run = [] if lower is None else [lower]
    return after


def _next_line(words: Sequence[Word], left: float, right: float, upper: float, y: float) -> bool:
    """Whether the rule at ``y`` is the next writing line under the one at ``upper``."""
    low, high = SPACING
    return low <= upper - y <= high and empty(words, left, right, y, upper)


def _room(
    upright: Sequence[Rule], words: Sequence[Word], left: float, right: float, run: list[float]
) -> bool:
    """Whether a stack of rules is room to write: tall enough, no upright rules beside its
    lines (a table's rows) and no words to their left (a column of labels, each over or beside
    its own rule: "Name", "Address", "Telephone")."""
    top, foot = run[0], run[-1]
    return (
        top - foot >= TALL
        and empty(words, float("-inf"), right, foot - THIN, top + THIN)
        and not any(
            left - THIN <= x <= right + THIN and lo < top - THIN and hi > foot + THIN
            for x, lo, hi in upright
        )
    )


def empty(words: Sequence[Word], left: float, right: float, low: float, top: float) -> bool:
    """Whether no words start inside a region of the page."""
    return not any(left < x < right and low < y < top for x, y, _ in words)


def _same(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two rules start and end at the same places (within THIN)."""
    return abs(a[0] - b[0]) <= THIN and abs(a[1] - b[1]) <= THIN


def labelled(
    flat: Sequence[Rule], upright: Sequence[Rule], words: Sequence[Word], pieces: Sequence[str]
) -> dict[int, list[str]]:
    """The page text's lines (from 0) with a rule drawn after a piece of their words, on its
    baseline and with no words on it, each with those pieces in order. A heading's underline
    starts under its words, and a table's row rule has the next cell's words on it: neither is
    one, nor is a cell's edge (a table's, whose rows may list documents to tick, not values
    to write). A piece with no letter ("13", a printed sheet's row number) labels nothing."""
    out: dict[int, list[int]] = {}
    rules = sorted(set(flat))
    for y, left, right in rules:
        if right - left < SHORTEST or _edged(y, left, right, upright):
            continue
        band = [i for i, (_, middle, _) in enumerate(words) if 0 < middle - y <= BAND]
        if any(left - THIN < words[i][0] < right for i in band):
            continue  # (words on the rule: a value written in, or the row of a table)
        before = [i for i in band if words[i][0] <= left - THIN]
        if not before and not _stacked(y, left, right, rules):
            before = _over(y, left, right, words)  # ("Signed", its rule on the line under it)
        if before:
            piece = max(before, key=lambda i: words[i][0])
            line = out.setdefault(words[piece][2], [])
            if piece not in line and _label(pieces[piece]):
                line.append(piece)
    return {
        n: [pieces[i].strip() for i in sorted(after, key=lambda i: words[i][0])]
        for n, after in out.items()
        if after
    }


def _over(y: float, left: float, right: float, words: Sequence[Word]) -> list[int]:
    """The pieces of the one line of words just over a rule, starting over it, when nothing
    else is between: a label with its line to write on under it."""
    above = [i for i, (x, middle, _) in enumerate(words) if 0 < middle - y <= UNDER]
    if not above or any(not left - THIN <= words[i][0] < right for i in above):
        return []
    lines = {words[i][2] for i in above}
    return above if len(lines) == 1 else []


def _stacked(y: float, left: float, right: float, rules: Sequence[Rule]) -> bool:
    """Whether a rule is one of a stack of writing lines (pdf_boxes reads those as room for
    prose): another of the same length a line of handwriting over or under it."""
    return any(0 < abs(y - y2) <= UNDER and _same((left, right), (l2, r2)) for y2, l2, r2 in rules)


def _label(piece: str) -> bool:
    """Whether a piece of words can label a value: a few words with a letter, not a sentence or
    a question ("1. What will you do?" over a box's top edge asks for prose), nor a limit
    ("(maximum 250 words)", its question's last line)."""
    words = piece.split()
    return (
        0 < len(words) <= LABEL_WORDS
        and any(c.isalpha() for c in piece)
        and not piece.rstrip().endswith((".", "?", "!"))
        and not (any(c.isdigit() for c in piece) and has_stem(piece.lower()))
    )


def _edged(y: float, left: float, right: float, upright: Sequence[Rule]) -> bool:
    """Whether a rule is a cell's edge: an upright rule meets it at either end."""
    return any(
        (abs(x - left) <= THIN or abs(x - right) <= THIN) and low - THIN <= y <= high + THIN
        for x, low, high in upright
    )


def blanked(line: str, pieces: list[str]) -> str:
    """A line with a blank after each of its pieces a rule follows, in order (at its end for a
    piece not found whole in it: the extraction may space it otherwise)."""
    out, at = [], 0
    for piece in pieces:
        found = line.find(piece, at) if piece else -1
        if found < 0:
            continue
        end = found + len(piece)
        out.append(line[at:end] + BLANK)
        at = end
    if not out:
        return line + BLANK
    return "".join(out) + line[at:]
