"""A page printed in two columns side by side, as ``pdftotext -layout`` prints a leaflet form: the
notes in the left column and the form in the right ("Use this form if you are a group of
A1 Name of group ____"). Read line by line, every line mixes the two, and a question's words
run into the notes beside them.

Such a text has a gutter: one column where, on many lines, prose on the left stops and the other
column's words start after three or more spaces, and which few lines cross; and a paragraph in
one column runs on, mid-sentence, beside a new item of the other. A table's two cells start a
row together (a documents table whose notes wrap under a blank left cell is no such page), and
a fixed-width table has a rule of dashes under its header, one run starting at each column.
Here each page (up to a form feed) is read column by column, the left column's lines and then
the right's, and a line wrapped inside a column (it stops near the column's edge, unfinished)
is joined to the next: a column's lines are short, and the reader takes a short line for a
label. A form laid out as a table of labels and answers (layout_text.py) is no such text: its
left column holds short labels, not paragraphs. The lines keep their numbers, so evidence still
points at the file.
"""

from __future__ import annotations

from collections import Counter

from grantcheck.documents.text_tables import FIXED_RULE

Numbered = list[tuple[int, str]]

GAP = 3  # spaces at least between the columns
LEFT_MOST = 25  # columns: the right column starts further right than this
ENOUGH = 6  # lines with words both sides of the gutter: fewer, and the text is no such page
INDENT = 4  # columns: a line of the right column indented under its first words
PROSE_WORDS = 4  # words: a line of a paragraph in the left column has this many
RUN = 4  # lines: the left column holds a paragraph this long beside the right column's words
CROSSING = 0.2  # the share of lines with words that may cross the gutter (a centred title)
EDGE = 12  # characters: a line stopping this near its column's edge may be wrapped
ENDS = (".", ":", "?", "!", ";")
BOXES = ("[", "☐", "□", "☑", "☒")  # a tick box opening a checklist's item
MARKS = ("*", "-", "•", "[", "(", "|", "+")


def gutter(lines: list[str]) -> int | None:
    """The column where the right column starts, when the text is printed in two columns side
    by side with a paragraph in one of them; None otherwise."""
    starts: Counter[int] = Counter()
    for line in lines:
        at = _right_start(line)
        if at is not None:
            starts[at] += 1
    if not starts:
        return None
    # (the right column's lines indented under its first words start a little further right)
    column = max(starts, key=lambda c: (sum(starts[c + i] for i in range(INDENT + 1)), -c))
    if sum(starts[column + i] for i in range(INDENT + 1)) < ENOUGH:
        return None
    if any(_ruled_at(line, column) for line in lines):
        return None  # a fixed-width table: a rule of dashes under its header, one per column
    worded = [line for line in lines if line.strip()]
    crossing = sum(1 for line in worded if _crosses(line, column))
    if crossing > CROSSING * len(worded):
        return None
    # a paragraph in either column (lines of prose, one under another) that runs on beside a new
    # item of the other column: a table's cells start together, row by row (a documents table
    # whose notes wrap under a blank left cell is no two-column page), a page's columns do not
    runs = [0, 0]
    beside = [False, False]  # whether the other column started something beside the run's middle
    last = ("", "")
    for line in lines:
        sides = (line[:column], line[column:]) if not _crosses(line, column) else ("", "")
        for at in (0, 1):
            if not _prose(sides[at]):
                runs[at], beside[at] = 0, False
                continue
            opened = bool(sides[1 - at].strip()) and not _runs_on(last[1 - at], sides[1 - at])
            beside[at] = beside[at] or (runs[at] > 0 and opened and _runs_on(last[at], sides[at]))
            runs[at] += 1
            if runs[at] >= RUN and beside[at]:
                return column
        last = sides
    return None


def _ruled_at(line: str, column: int) -> bool:
    """Whether a line is a table's rule under its header ("--------   ------------") with a
    run of dashes starting at ``column`` (or a place either side): the right column is that
    table's second."""
    return FIXED_RULE.match(line) is not None and any(
        line[at - 1 : at + 1] in (" -", " =") for at in range(column - 1, column + 2)
    )


def _prose(side: str) -> bool:
    """Whether a column's part of a line is a paragraph's line: words enough, and no tick box
    opening it (a checklist's items, their notes beside them, are a table's rows)."""
    bare = side.lstrip()
    return len(bare.split(None, PROSE_WORDS)) >= PROSE_WORDS and not bare.startswith(BOXES)


def _runs_on(above: str, line: str) -> bool:
    """Whether a column's line carries on the sentence of its line above: that one is not
    finished, and this one opens in lower case ("an event or activity", "(at least three")."""
    bare = line.lstrip().lstrip("(\"'‘“")
    return bool(above.strip()) and not above.rstrip().endswith(ENDS) and bare[:1].islower()


def _right_start(line: str) -> int | None:
    """Where a line's second column starts: after words on the left and a gap of spaces."""
    body = line.rstrip()
    at = body.find(" " * GAP)
    while at != -1:
        end = at + GAP
        while end < len(body) and body[end] == " ":
            end += 1
        if end >= len(body):
            return None
        if end > LEFT_MOST and body[:at].strip():
            return end
        at = body.find(" " * GAP, end)
    return None


def _crosses(line: str, column: int) -> bool:
    """Whether a line's words run across the gutter (a title centred over both columns)."""
    return (
        len(line) > column
        and line[column - 2 : column].strip() != ""
        and line[:column].strip() != ""
    )


def side_by_side(lines: list[str], page_ends: set[int]) -> Numbered | None:
    """The text's lines, numbered from 1, read column by column on each page (``page_ends``: the
    indices of the lines that end a page); None when the text is not printed so."""
    column = gutter(lines)
    if column is None:
        return None
    widest = max(map(len, lines)) - column
    out: Numbered = []
    left: Numbered = []
    right: Numbered = []
    for index, line in enumerate(lines):
        number = index + 1
        if _crosses(line, column) or len(line) <= column:
            left.append((number, line.rstrip()))
            right.append((number, ""))  # (the right column is blank on this line)
        else:
            left.append((number, line[:column].rstrip()))
            right.append((number, line[column:].rstrip()))
        if index in page_ends or index == len(lines) - 1:
            out += _wrapped(left, column - GAP) + [(number, "")] + _wrapped(right, widest)
            left, right = [], []
    return out


def _wrapped(column: Numbered, width: int) -> Numbered:
    """A column's lines with each line wrapped inside it (``width`` wide) joined to the one it
    runs on to. A line's parts are joined once, at the end: joined as they came, a paragraph of
    n wrapped lines was copied n times over (quadratic; a stranger's text can be one such)."""
    out: list[tuple[int, list[str]]] = []
    open_ = False  # whether the last line kept runs on to the next
    for number, line in column:
        bare = line.strip()
        if open_ and bare and out and _continues(bare):
            out[-1][1].append(bare)
            last = bare
        else:
            out.append((number, [line]))
            last = line.rstrip()
        open_ = bool(bare) and len(line) >= width - EDGE and not last.endswith(ENDS)
        open_ = open_ and not last.endswith(("_", "…", "..")) and not set(bare) <= set("_.-… ")
    return [(number, " ".join(parts)) for number, parts in out]


def _continues(bare: str) -> bool:
    """Whether a line can be the rest of the line above it: it opens no item, mark or ruling."""
    return not bare.startswith(MARKS) and not set(bare) <= set("_.-… ") and "___" not in bare[:4]
