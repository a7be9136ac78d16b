"""A blank typed on its label's line that a PDF's text gives as a line of its own.

A form typed in Word and printed, or drawn by a tool, may write a label and the underscores
after it to write its value on as two runs of text on one baseline, and the text extraction
ends a line after each ("Who owns the building?" then "______"). Read as the typed form is,
the blank ends its label's line: "Who owns the building? ______" is a label with its blank (a
field), as a text form says it on one line, where a label over a line of its own may ask for
prose (a question over a line to write on).

Only a line holding nothing but a blank is joined to the line before it, and only where the
blank starts on that line's baseline, to the right of its last words, and neither starts an
answer space: a prompt stating a limit ("2. Describe your project (max 300 words) ____") or a
blank with more ruled lines under it is a question's first line to write on, as before (review26
F2). The page's text stays as
pypdf gives it (tests/test_pdf_text_parity.py): the joins are made on its lines once the page's
running header and footer are known (pdf_reader.py).
"""

from __future__ import annotations

import re

BLANK = re.compile(r"_{3,}[_ ]*")  # a blank to write a value on, typed as underscores
BASELINE = 2.0  # points: two runs of text this close in height are on one printed line
# words a prompt stating a limit says ("max 300 words", "1,500 characters", "one side of A4",
# "half a page"): such a prompt's blank is its answer's first line, never a value's
LIMITED = re.compile(r"\b(?:words?|characters?|chars|sides?|pages?)\b", re.IGNORECASE)

Word = tuple[float, float, int]  # a run of text's left, its letters' middle, the text's line
Moves = dict[int, int]  # a line to move, and the line it joins


def worth_placing(text: str) -> bool:
    """Whether a page's text has a line holding only a blank: the runs of text are placed, to
    join them, only on such a page (no other page has a line to join). Quick: most pages have
    no three underscores at all, found in one search of the text."""
    return "___" in text and any(_blank(line.strip()) for line in text.splitlines())


def placed(lines: list[str], words: list[Word]) -> Moves:
    """Each line of ``lines`` holding only a blank printed on the line before's baseline, to
    the right of its words (``words``: each run's place), with the line before."""
    first: dict[int, tuple[float, float]] = {}
    last: dict[int, tuple[float, float]] = {}
    for x, y, line in words:
        first.setdefault(line, (x, y))
        last[line] = (x, y)
    out: Moves = {}
    for i in range(1, len(lines)):
        before, here = lines[i - 1].strip(), lines[i].strip()
        if (
            before
            and _blank(here)
            and not _blank(before)
            and _level(last.get(i - 1), first.get(i))
            and not (i + 1 < len(lines) and _blank(lines[i + 1].strip()))  # (ruled lines on)
            and LIMITED.search(before) is None
        ):
            out[i] = i - 1
    return out


def moved(lines: list[str], moves: Moves) -> list[str]:
    """``lines`` with each blank to move at the end of its label's line, the line it leaves
    empty, so every other line keeps its number."""
    if not moves:
        return lines
    out = list(lines)
    for start, to in moves.items():
        out[to] = f"{out[to].rstrip()} {out[start].strip()}"
        out[start] = ""
    return out


def _level(left: tuple[float, float] | None, right: tuple[float, float] | None) -> bool:
    """Whether a run starts on the baseline of the run before it, to its right."""
    return (
        left is not None
        and right is not None
        and abs(left[1] - right[1]) <= BASELINE
        and right[0] > left[0]
    )


def _blank(text: str) -> bool:
    return text[:3] == "___" and BLANK.fullmatch(text) is not None
