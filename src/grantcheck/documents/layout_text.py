"""A table form as ``pdftotext -layout`` (or a "save as text" that keeps the layout) prints it:
labels in the left column, the answer column starting at one place further right, and no rules.
What is in the answer column is pre-printed ("Yes / No", "£", "[ ]", "(50 words)", "Please
continue on a separate sheet"); an empty answer cell prints as nothing, and a tall one as blank
lines. Read line by line, a label's wrapped words run into the answer column's, and the empty
boxes are not seen at all.

Here each row (lines up to a blank one) is taken apart: the label's lines are one label, the
answer column's words follow it as a line of their own (a sign or a tick box stays on the
label's line), and an empty answer cell becomes the blank it is on paper: a line to write on
when it is one or two lines high (a field), ruled lines when it is taller (room for prose).
The lines keep their numbers, so evidence still points at the file.
"""

from __future__ import annotations

import re
from collections import Counter

from grantcheck.documents.text_tables import FIXED_RULE

GAP = re.compile(r"[^\s[]( {3,})(?=\S)")  # (not the inside of a box, "[   ]")
LEFT_MOST = 30  # columns: an answer column starts right of this
ENOUGH = 4  # rows with words in the answer column: fewer, and the text is not such a table
TALL = 3  # blank lines: an empty cell this high is room for prose
BOX = re.compile(r"^(?:\[\s*\]|☐|□)$")
BOX_LED = re.compile(r"^\s*(?:\[ {0,2}\]|☐|□)\s+\w")  # a tick box before an item's words
BOX_AT = re.compile(r" (\[ {0,4}\]|☐|□)(?= |$)")
UNIT = re.compile(r"^(?:£|GBP|€|\$|%|approx\.?|c\.|about)$", re.IGNORECASE)
CHOICE = re.compile(r"^(?:yes|ydy|oes)\W+(?:or\W+)?(?:no|nac \w+)\W*$", re.IGNORECASE)
BLANK, RULED = " ______", "________________"
RULING = frozenset("._… \t")

Numbered = list[tuple[int, str]]


def answer_column(lines: list[str]) -> int | None:
    """Where the answer column starts, when the text is laid out as a two-column table."""
    starts: Counter[int] = Counter()
    if any(FIXED_RULE.match(line) for line in lines):
        return None  # a fixed-width table with its rule under the header: read as such
    for line in lines:
        bare = line.strip()
        if bare and bare[:1] in "|+" and bare[-1:] in "|+":
            continue  # a grid table's row or border, drawn in "|" and "+" (indented under its
            # question, as a plain-text form draws it, or not): read as a table
        for m in GAP.finditer(line):
            if m.end() > LEFT_MOST:
                starts[m.end()] += 1
                break
    if not starts:
        return None
    column, count = starts.most_common(1)[0]
    count += starts[column - 1] + starts[column + 1]
    return column if count >= ENOUGH else None


def _split(line: str, column: int) -> tuple[str, str]:
    """A line's label words and its answer column's words."""
    if len(line) - len(line.lstrip()) >= column - 1:
        return "", line.strip()  # the answer column's words, wrapped: nothing on the left
    for m in GAP.finditer(line):
        if abs(m.end() - column) <= 1:
            return line[: m.start() + 1].rstrip(), line[m.end() :].strip()
    box = BOX_AT.search(line, column - 3)
    if (
        box and box.start() <= column + 1
    ):  # "... certificate (limit of [   ]": a tick box one space after a long label
        return (line[: box.start()] + line[box.end() :]).rstrip(), box[1]
    return line.rstrip(), ""


def _joined(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if out.endswith("-") and out[-2:-1].isalpha() and part[:1].islower():
            out = out[:-1] + part
        else:
            out = f"{out} {part}" if out else part
    return out


def laid_out(lines: list[str]) -> Numbered | None:
    """The text's lines, numbered from 1, with each table row read as described above; None
    when the text is not laid out in two columns."""
    column = answer_column(lines)
    if column is None:
        return None
    out: Numbered = []
    n = 0
    while n < len(lines):
        if not lines[n].strip():
            out.append((n + 1, lines[n]))
            n += 1
            continue
        first = n
        while n < len(lines) and lines[n].strip() and (n == first or not _ruled(lines[n])):
            n += 1  # (ruled lines under a label are its answer space, never its words)
        if any(BOX_LED.match(line) for line in lines[first:n]):
            out += _ticked(lines, first, n)  # a checklist, not a row of the table
            continue
        cells = [_split(line, column) for line in lines[first:n]]
        lefts = [left for left, _ in cells if left.strip()]
        rights = " ".join(right for _, right in cells if right)
        blank = n
        while blank < len(lines) and not lines[blank].strip() and blank - n <= TALL:
            blank += 1
        height = blank - n
        # (ruled lines after the blank under a label are its box: "3. Tell us ... (150 words)" /
        # blank / "_____" x 4, read as written, never a one-line value's blank)
        ruled_under = blank < len(lines) and _writing_lines(lines, blank)
        if not lefts or (not rights and (height < 1 or ruled_under or not _label(lefts))):
            out += [(first + 1 + i, line) for i, line in enumerate(lines[first:n])]
            continue
        indent = lefts[0][: len(lefts[0]) - len(lefts[0].lstrip())]
        label = indent + _joined([left.strip() for left in lefts])
        if BOX.match(rights):
            out.append((first + 1, label + " [ ]"))  # (the reader groups a column of them)
            continue
        if UNIT.match(rights):  # "£", "approx.": one value, however tall its box
            out.append((first + 1, f"{label} {rights}{BLANK}"))
        elif CHOICE.match(rights):  # "... constituted?  Yes / No": the choice on its line
            out.append((first + 1, f"{label} {rights}"))
        elif rights:
            out += [(first + 1, label), (first + 1, ""), (first + 1, indent + rights)]
        elif height >= TALL:
            out += [(first + 1, label), (n + 1, indent + RULED)]
        else:
            out.append((first + 1, label + BLANK))
    return out


def _ruled(line: str) -> bool:
    """Whether a line is ruled for handwriting: dots or underscores and nothing else."""
    return set(line) <= RULING and line.count(".") + line.count("_") >= 5


def _writing_lines(lines: list[str], at: int) -> bool:
    """Whether room to write starts at line ``at`` (0-based): a line ruled in dots or
    underscores, or two or more drawn in hyphens ("-----" alone may be a heading's rule)."""
    if _ruled(lines[at]):
        return True
    return at + 1 < len(lines) and all(_dashed(lines[i]) for i in (at, at + 1))


def _dashed(line: str) -> bool:
    """Whether a line is drawn in hyphens and nothing else, five or more."""
    bare = line.strip()
    return len(bare) >= 5 and set(bare) == {"-"}


def _ticked(lines: list[str], first: int, end: int) -> Numbered:
    """Lines ``first`` to ``end`` (0-based) holding a checklist, numbered: each item with a tick
    box before it is one line, its words in the order written, whatever column they are in
    ("[ ] Your accounts      - all groups" / "    (signed by two officers)"); lines before
    the first box are kept as they are."""
    out: Numbered = []
    for index in range(first, end):
        line = lines[index]
        if BOX_LED.match(line) or not out or not BOX_LED.match(lines[out[-1][0] - 1]):
            out.append((index + 1, line.rstrip()))
        else:  # the item's words go on: its note, or its column's words wrapped
            number, item = out[-1]
            out[-1] = (number, f"{item} {' '.join(line.split())}")
    return out


def _label(lefts: list[str]) -> bool:
    """Whether a row's left words are a label over a box: a few lines of words, not a heading
    in capitals, a rule, a line set out in columns of its own, nor a paragraph (a sentence of
    more than a few words ending in a full stop: a declaration over signatures is no box)."""
    text = " ".join(" ".join(lefts).split())
    words = len(text.split())
    return (
        0 < words <= 30
        and len(lefts) <= 4
        and not text.isupper()
        and all(any(c.isalpha() for c in left) and not GAP.search(left) for left in lefts)
        and not (text.endswith(".") and words > 8)
        and not text.endswith((",", ";"))  # "Dear all,": a letter's words
    )
