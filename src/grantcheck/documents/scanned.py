"""Plain text as OCR gives it from a scanned paper form: the edges of the boxes drawn round
each part ("| 9. Describe the project ...  |"), and letters and figures read one for the other
("C0UNCIL", "f0rm", "no more than 2O0 words", "approx l50 words", "l. Name").

A box's edges are not words: left in, every line of a box ends in "|", no sentence ends, and
the two edges line up as if they were a table's columns. Confused letters hide the words the
measurer looks for ("0rganisation") and the figures of a limit ("2O0"). Both are mended line
by line, keeping each line's place (its number and columns), so that evidence still points
at the file. The letters are mended only in a text that shows OCR's mistakes: a figure 0
inside three or more words.
"""

from __future__ import annotations

import re

FRAMES = 3  # lines with a box's edges at both ends: fewer, and the text is not framed
BORDER = re.compile(r"^\s*\+[-=*+]{8,}\+\s*$")  # a box's top or bottom drawn in characters
# a figure 0 read for the letter O inside a word, or opening one ("0rganisation", "0f")
ZERO_FOR_O = re.compile(r"(?<=[A-Za-z])0(?=[A-Za-z])|(?<![\w£$€.,])0(?=[A-Za-z])")
OCR_WORDS = 3  # words with a 0 for an O: fewer, and the text is not OCR's
# a figure with letters read for its digits: "2O0", "l50", "£l00" (not a word: no letter
# but l, I and O, and at least one digit)
FIGURE = re.compile(r"(?<![A-Za-z])(?=[\dlIO,]*\d)(?=[\dl,]*[lIO])[\dlIO][\dlIO,]*(?![A-Za-z])")
DIGITS = str.maketrans("lIO", "110")
LIST_ONE = re.compile(r"^(\s*)[lI]([.)]\s)")  # "l. Name of organisation": item 1


def unframed(lines: list[str]) -> list[str]:
    """``lines`` with the edges of boxes drawn in characters taken off (as spaces, so that the
    columns stay where they were); unchanged when fewer than ``FRAMES`` lines are framed."""
    framed = [_framed(line) for line in lines]
    if sum(framed) < FRAMES:
        return lines
    out = []
    for line, edged in zip(lines, framed, strict=True):
        if edged:
            body = line.rstrip()
            start = body.index("|")
            line = f"{body[:start]} {body[start + 1 : -1]} "
        elif BORDER.match(line):
            line = ""  # a box's top or bottom ("+-----+"): where the box ends, no words
        out.append(line)
    # two or more empty lines inside a box are its answer space: typed as a ruled line, as a
    # form's lines to write on are
    for i, (line, edged) in enumerate(zip(out, framed, strict=True)):
        if edged and not line.strip() and _opens_run(out, framed, i):
            out[i] = "_" * 20
    return out


def _opens_run(out: list[str], framed: list[bool], i: int) -> bool:
    """Whether the blank framed line ``i`` opens a run of two or more inside one box."""
    if i + 1 >= len(out) or not framed[i + 1] or out[i + 1].strip():
        return False
    return i == 0 or not framed[i - 1] or bool(out[i - 1].strip())


def _framed(line: str) -> bool:
    """Whether a line is a box's line: its words between two edges and no other edge."""
    body = line.strip()
    return len(body) > 2 and body[0] == "|" == body[-1] and body.count("|") == 2


def mended(lines: list[str]) -> list[str]:
    """``lines`` with OCR's confusions of letters and figures mended, when the text shows
    them; unchanged otherwise."""
    if sum(len(ZERO_FOR_O.findall(line)) for line in lines if "0" in line) < OCR_WORDS:
        return lines
    return [_mend(line) if "0" in line or "l" in line or "I" in line else line for line in lines]


def _mend(line: str) -> str:
    line = ZERO_FOR_O.sub(lambda m: _letter(line, m.start()), line)
    line = FIGURE.sub(lambda m: m[0].translate(DIGITS), line)
    return LIST_ONE.sub(r"\g<1>1\2", line)


def _letter(line: str, at: int) -> str:
    """The letter O in the case of the word it is in ("C0UNCIL", "f0rm", "0ld")."""
    near = line[at + 1 : at + 2] if at + 1 < len(line) else ""
    before = line[at - 1 : at] if at else ""
    upper = (near.isupper() and (not before.isalpha() or before.isupper())) or (
        before.isupper() and not near.islower()
    )
    return "O" if upper else "o"


def scanned(lines: list[str], kept: list[str]) -> tuple[list[str], list[str]]:
    """A text's lines, and the same with their ends (``str.splitlines(keepends=True)``: a form
    feed ends a page), with a scanned form's box edges and OCR's confusions mended."""
    out = mended(unframed(lines))
    if out is lines:
        return lines, kept
    return out, [new + old[len(old.rstrip("\r\n\f")) :] for new, old in zip(out, kept, strict=True)]
